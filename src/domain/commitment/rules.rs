//! The two tests, applied to the predicates. Objective: is there an act with something
//! a third party can observe (or a result they can measure)? Start: does a datable
//! time bind an act, as its beginning (から, from), its day (に, on), or a deadline on
//! an act that opens something (申し込む, sign up)? A deadline on a result is not a start.
//!
//! This module gathers both verdicts into a `Judgement`; `objective` applies the
//! first test, `start` the second, and `bound` says what a time binds in each
//! language (the act it starts, a result it is the deadline of, or nothing).

mod bound;
mod clauses;
mod objective;
mod start;

use chrono::NaiveDate;

use super::dates::{Marker, When};
use super::predicates::{self, Kind, Predicate, Sentence};
use super::scanner::{Token, TokenKind};
use super::text::Text;
use super::vocabulary::Word;
use super::{Attitude, Hedge, Outcome, Quote, Reason, Span, SpanKind, Trigger, VagueTime, Verdict};
use objective::objective;
use start::start;

/// Both verdicts and what the hints need to know about why.
pub(crate) struct Judgement {
    pub(crate) objective: Verdict,
    pub(crate) start: Verdict,
    pub(crate) start_date: Option<NaiveDate>,
    /// The start is a deadline to begin by (12月15日までに申し込む), not a day to begin on.
    pub(crate) start_by: bool,
    pub(crate) start_trigger: Option<Trigger>,
    pub(crate) empty: bool,
    pub(crate) attitude: Option<Attitude>,
    /// The attitude's word as written (empty when no word names it): quoted rather than
    /// the attitude's label, so the person finds it in their sentence ("improve", not
    /// "grow").
    pub(crate) attitude_words: Quote,
    /// The hedge that kept an act from being objective, as written.
    pub(crate) hedge: Option<(Hedge, Quote)>,
    /// The vague time, where it is and as written.
    pub(crate) vague: Option<(VagueTime, Span, Quote)>,
    pub(crate) outcome_deadline: Option<Outcome>,
    pub(crate) act_deadline: Option<Quote>,
    /// The day of that deadline, when it has one: a start suggested for the act comes
    /// before it.
    pub(crate) act_deadline_date: Option<NaiveDate>,
    /// The chars of the first beginning or day the text gives that starts nothing
    /// anyone could see (12月7日から取りかかり、: the time, a bare beginning right after
    /// it and the 、 after that; "Starting 7 December " with its lead word), which an
    /// example rewrite replaces rather than puts a second start before.
    pub(crate) stray_start: Option<(usize, usize)>,
    /// The day of the first time that begins or falls on a day and binds no act (12/21から
    /// 勉強を頑張ります): an example that replaces the attitude with an act keeps it, as
    /// the hint says the date can stay.
    pub(crate) unbound_date: Option<NaiveDate>,
    /// Some sentence is read in English word order (all of it, or after a Japanese time:
    /// 来週の月曜日から、I will write 日報…).
    pub(crate) english_order: bool,
    /// The whole answer is that there is nothing yet (`says_nothing_yet`).
    pub(crate) nothing_yet: bool,
}

pub(crate) fn judge(text: &Text, tokens: &[Token], empty: bool) -> Judgement {
    let unmet = |reasons: Vec<Reason>| Verdict {
        met: false,
        reasons,
        spans: Vec::new(),
    };
    let mut judgement = Judgement {
        objective: unmet(vec![Reason::Empty]),
        start: unmet(vec![Reason::Empty]),
        start_date: None,
        start_by: false,
        start_trigger: None,
        empty,
        attitude: None,
        attitude_words: Quote::default(),
        hedge: None,
        vague: None,
        outcome_deadline: None,
        act_deadline: None,
        act_deadline_date: None,
        stray_start: None,
        unbound_date: None,
        english_order: false,
        nothing_yet: false,
    };
    if empty {
        return judgement;
    }
    if says_nothing_yet(text) {
        judgement.nothing_yet = true;
        judgement.objective = unmet(vec![Reason::NothingYet]);
        judgement.start = unmet(vec![Reason::NothingYet]);
        return judgement;
    }
    let (sentences, predicates) = predicates::find(text, tokens);
    judgement.english_order = sentences.iter().any(|sentence| sentence.english);
    objective(text, tokens, &sentences, &predicates, &mut judgement);
    judgement.start = unmet(Vec::new());
    start(text, tokens, &sentences, &predicates, &mut judgement);
    judgement
}

/// Whether the whole text is an honest "nothing yet" (特にありません, まだ決まっていません,
/// 未定, "Nothing in particular", "None yet"): a short answer of its own, with no act,
/// time or topic beside it. Read as an attitude it would get an example to copy, when
/// what it needs is the interview. The forms are a closed set, as short answers are.
fn says_nothing_yet(text: &Text) -> bool {
    const ANSWERS: [&str; 24] = [
        "特にありません",
        "特にない",
        "特になし",
        "とくにありません",
        "とくにない",
        "とくになし",
        "今のところありません",
        "今のところ特にありません",
        "今のところない",
        "まだありません",
        "まだない",
        "まだ決まっていません",
        "まだ決まってない",
        "未定",
        "未定です",
        "なし",
        "nothing in particular",
        "nothing yet",
        "nothing",
        "none yet",
        "none",
        "not yet",
        "not decided yet",
        "no plans yet",
    ];
    let mut end = text.len();
    while end > 0 && matches!(text.at(end - 1), '。' | '.' | '!' | '?' | ' ' | '、' | ',') {
        end -= 1;
    }
    let mut start = 0;
    while start < end && text.at(start).is_whitespace() {
        start += 1;
    }
    end - start <= 24
        && ANSWERS
            .iter()
            .any(|answer| text.match_at(start, answer) == Some(end))
}

/// The person's words for chars `start..end`, whole: a bracket opened inside them is
/// closed as written right after them ("with Kenta (2x/week)", not "(2x/week").
/// The act's words through the chain they begin (課長にお願いして、輸出書類のダブルチェックを
/// 担当させてもらいます; 了承をもらって、…を担当します): an act in て-form set off by 、 is
/// the first of the acts that follow it in the sentence, and quoted alone it is a
/// fragment the person never wrote as their act.
fn through_chain(text: &Text, sentence: &Sentence, (start, end): (usize, usize)) -> (usize, usize) {
    let chained = matches!(text.at(end.wrapping_sub(1)), 'て' | 'で')
        && matches!(text.at(end), '、' | ',')
        && end < sentence.end;
    if !chained {
        return (start, end);
    }
    let last = (end..sentence.end)
        .rev()
        .find(|&i| {
            !matches!(
                text.at(i),
                '。' | '.' | '!' | '！' | '?' | '？' | ' ' | '\n'
            )
        })
        .map_or(end, |i| i + 1);
    (start, last.max(end))
}

fn quote(text: &Text, (start, end): (usize, usize)) -> Quote {
    let opened = (start..end).filter(|&i| text.at(i) == '(').count();
    let closed = (start..end).filter(|&i| text.at(i) == ')').count();
    let end = if opened > closed && text.at(end) == ')' {
        end + 1
    } else {
        end
    };
    Quote::new(text.original(start, end))
}
