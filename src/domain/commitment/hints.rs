//! What to change so the commitment passes, most useful first. Hints are data: the
//! i18n layer turns them into sentences and example rewrites.

use super::calendar::Calendar;
use super::rules::Judgement;
use super::{Hint, Reason};

/// One hint: the person should see the next step, not a list.
pub(crate) fn hints_for(judgement: &Judgement, calendar: &Calendar) -> Vec<Hint> {
    // The Monday of next week is close enough to be real and far enough to plan for.
    let suggested_start = calendar.monday_of_week(1).unwrap_or(calendar.today);
    if judgement.empty {
        return vec![Hint::WriteACommitment { suggested_start }];
    }
    if !judgement.objective.met {
        // An act whose amount is left open needs a number, not another act.
        if let Some((hedge, words)) = judgement.hedge.clone() {
            return vec![Hint::AddMeasure {
                hedge,
                words,
                suggested_start,
            }];
        }
        // Without an act there is nothing to start: a start needs an act to bind. So one
        // hint asks for both, and its example rewrite carries an act and a date.
        let dated = judgement
            .start
            .reasons
            .iter()
            .any(|reason| matches!(reason, Reason::TimeWithoutAction));
        return vec![Hint::AddObservableAction {
            attitude: judgement.attitude,
            suggested_start,
            dated,
        }];
    }
    if judgement.start.met {
        return Vec::new();
    }
    let hint = if let Some((vague, span)) = judgement.vague {
        Hint::ReplaceVagueTime {
            vague,
            span,
            suggested_start,
        }
    } else if let Some(outcome) = judgement.outcome_deadline {
        Hint::TurnOutcomeIntoFirstStep {
            outcome,
            suggested_start,
        }
    } else if let Some(words) = judgement.act_deadline.clone() {
        Hint::SayWhenItBegins {
            words,
            suggested_start,
        }
    } else {
        Hint::AddStart { suggested_start }
    };
    vec![hint]
}
