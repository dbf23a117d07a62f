//! The two tests, applied to the tokens. Objective: is there an act a third party can
//! see (or a result they can measure)? Start: does a datable time bind an act, as its
//! beginning (から, from), its day (に, on), or a deadline on an act that opens
//! something (申し込む, sign up)? A deadline on a result is not a start.

use chrono::NaiveDate;

use super::dates::{Marker, When};
use super::scanner::{Token, TokenKind};
use super::text::{is_kana, Text};
use super::vocabulary::Word;
use super::{Act, Attitude, Outcome, Reason, Span, SpanKind, Trigger, VagueTime, Verdict};

/// Both verdicts and what the hints need to know about why.
pub(crate) struct Judgement {
    pub(crate) objective: Verdict,
    pub(crate) start: Verdict,
    pub(crate) start_date: Option<NaiveDate>,
    pub(crate) start_trigger: Option<Trigger>,
    pub(crate) empty: bool,
    pub(crate) attitude: Option<Attitude>,
    pub(crate) vague: Option<(VagueTime, Span)>,
    pub(crate) outcome_deadline: Option<Outcome>,
    pub(crate) act_deadline: Option<Act>,
}

pub(crate) fn judge(text: &Text, tokens: &[Token], empty: bool) -> Judgement {
    if empty {
        let nothing = Verdict {
            met: false,
            reasons: vec![Reason::Empty],
            spans: Vec::new(),
        };
        return Judgement {
            objective: nothing.clone(),
            start: nothing,
            start_date: None,
            start_trigger: None,
            empty,
            attitude: None,
            vague: None,
            outcome_deadline: None,
            act_deadline: None,
        };
    }
    let live = live_acts(text, tokens);
    let objective = objective(text, tokens, &live);
    let mut judgement = Judgement {
        attitude: tokens.iter().find_map(attitude_of),
        objective,
        start: Verdict {
            met: false,
            reasons: Vec::new(),
            spans: Vec::new(),
        },
        start_date: None,
        start_trigger: None,
        empty,
        vague: None,
        outcome_deadline: None,
        act_deadline: None,
    };
    start(text, tokens, &live, &mut judgement);
    judgement
}

/// An act is "live" unless an attitude verb right next to it makes it the thing one
/// will try rather than do: 勉強を頑張る, 発言するように意識する, try to read more.
fn live_acts(text: &Text, tokens: &[Token]) -> Vec<bool> {
    let is_attitude_verb = |t: &Token| matches!(t.kind, TokenKind::Word(Word::AttitudeVerb(_)));
    // Only a few kana (を, するように) may stand between a Japanese act and the attitude.
    let only_kana_between = |from: usize, to: usize| {
        to >= from && to - from <= 6 && (from..to).all(|i| is_kana(text.at(i)))
    };
    (0..tokens.len())
        .map(|k| {
            let token = &tokens[k];
            if !matches!(token.kind, TokenKind::Word(Word::Act(_))) {
                return false;
            }
            let next = tokens.get(k + 1).filter(|n| {
                !n.english && is_attitude_verb(n) && only_kana_between(token.end, n.start)
            });
            let previous = k
                .checked_sub(1)
                .and_then(|p| tokens.get(p))
                .filter(|p| p.english && is_attitude_verb(p) && token.start <= p.end + 4);
            next.is_none() && previous.is_none()
        })
        .collect()
}

fn attitude_of(token: &Token) -> Option<Attitude> {
    match token.kind {
        TokenKind::Word(Word::AttitudeVerb(a) | Word::AttitudeAdverb(a)) => Some(a),
        _ => None,
    }
}

fn objective(text: &Text, tokens: &[Token], live: &[bool]) -> Verdict {
    let mut spans = Vec::new();
    let mut first_act = None;
    let mut first_outcome = None;
    for (token, &is_live) in tokens.iter().zip(live) {
        match token.kind {
            TokenKind::Word(Word::Act(act)) if is_live => {
                first_act = first_act.or(Some(act));
                spans.push(text.span(token.start, token.end, SpanKind::Action));
            }
            TokenKind::Word(Word::Outcome(outcome)) => {
                first_outcome = first_outcome.or(Some(outcome));
                spans.push(text.span(token.start, token.end, SpanKind::Outcome));
            }
            _ => {}
        }
    }
    if let Some(act) = first_act {
        return Verdict {
            met: true,
            reasons: vec![Reason::ObservableAction { act }],
            spans,
        };
    }
    if let Some(outcome) = first_outcome {
        return Verdict {
            met: true,
            reasons: vec![Reason::MeasurableOutcome { outcome }],
            spans,
        };
    }
    let attitude_spans = tokens
        .iter()
        .filter(|t| attitude_of(t).is_some())
        .map(|t| text.span(t.start, t.end, SpanKind::Attitude))
        .collect();
    let reason = match tokens.iter().find_map(attitude_of) {
        Some(attitude) => Reason::AttitudeOnly { attitude },
        None => Reason::NoObservableAction,
    };
    Verdict {
        met: false,
        reasons: vec![reason],
        spans: attitude_spans,
    }
}

/// What a stretch of tokens holds, enough to decide what a time binds.
#[derive(Clone, Copy, Default)]
struct Summary {
    opening_act: Option<(Act, usize)>,
    act: Option<(Act, usize)>,
    outcome: Option<Outcome>,
    attitude: bool,
}

impl Summary {
    fn add(&mut self, token: &Token, index: usize, is_live: bool) {
        match token.kind {
            TokenKind::Word(Word::Act(act)) if is_live => {
                self.act = self.act.or(Some((act, index)));
                if act.begins_something() {
                    self.opening_act = self.opening_act.or(Some((act, index)));
                }
            }
            TokenKind::Word(Word::Act(_)) => self.attitude = true,
            TokenKind::Word(Word::Outcome(outcome)) => {
                self.outcome = self.outcome.or(Some(outcome))
            }
            TokenKind::Word(Word::AttitudeVerb(_) | Word::AttitudeAdverb(_)) => {
                self.attitude = true
            }
            _ => {}
        }
    }

    fn is_empty(&self) -> bool {
        self.act.is_none() && self.outcome.is_none() && !self.attitude
    }
}

/// Goes sentence by sentence. In Japanese a time binds the words after it up to the
/// end of their clause (or, when nothing follows, the clause before it); in English it
/// binds the whole sentence, since "by Friday" usually comes last. A scan stops at the
/// next time, so each token is read at most twice per direction: linear in the text.
fn start(text: &Text, tokens: &[Token], live: &[bool], judgement: &mut Judgement) {
    let mut reasons: Vec<Reason> = Vec::new();
    let mut spans = Vec::new();
    let mut any_time = false;
    let mut sentence_start = 0;
    for k in 0..=tokens.len() {
        let at_end = k == tokens.len() || matches!(tokens[k].kind, TokenKind::SentenceEnd);
        if !at_end {
            continue;
        }
        let sentence = sentence_start..k;
        sentence_start = k + 1;
        let mut whole = Summary::default();
        let mut times: Vec<usize> = Vec::new();
        for index in sentence.clone() {
            let token = &tokens[index];
            match token.kind {
                TokenKind::Time { when, .. } if when != When::Recurring => times.push(index),
                TokenKind::Word(Word::Vague(vague)) => {
                    let span = text.span(token.start, token.end, SpanKind::VagueTime);
                    judgement.vague = judgement.vague.or(Some((vague, span)));
                    spans.push(span);
                }
                _ => whole.add(token, index, live[index]),
            }
        }
        for &index in &times {
            any_time = true;
            let token = &tokens[index];
            let TokenKind::Time { when, marker } = token.kind else {
                continue;
            };
            let bound = if token.english {
                whole
            } else {
                let after = clause(tokens, live, index + 1..sentence.end);
                if after.is_empty() {
                    clause(tokens, live, (sentence.start..index).rev())
                } else {
                    after
                }
            };
            let kind = if matches!(when, When::Trigger(..)) {
                SpanKind::Trigger
            } else {
                SpanKind::Date
            };
            let span = text.span(token.start, token.end, kind);
            let act = match (bound.opening_act, bound.act) {
                (Some((act, _)), _) => Some(act),
                (None, Some((act, _))) if marker != Marker::By => Some(act),
                _ => None,
            };
            match act {
                Some(act) if !judgement.start.met => {
                    judgement.start.met = true;
                    judgement.start.spans = vec![span];
                    let reason = match when {
                        When::Date(date) => {
                            judgement.start_date = Some(date);
                            Reason::StartDate { date, act }
                        }
                        When::Trigger(trigger, date) => {
                            judgement.start_date = date;
                            judgement.start_trigger = Some(trigger);
                            Reason::CalendarTrigger { trigger, date, act }
                        }
                        When::Recurring => continue,
                    };
                    judgement.start.reasons = vec![reason];
                }
                Some(_) => {}
                None => {
                    spans.push(span);
                    let reason = if let Some(outcome) = bound.outcome {
                        judgement.outcome_deadline = judgement.outcome_deadline.or(Some(outcome));
                        Reason::DeadlineOnOutcome { outcome }
                    } else if let Some((act, _)) = bound.act {
                        judgement.act_deadline = judgement.act_deadline.or(Some(act));
                        Reason::DeadlineWithoutStart { act }
                    } else {
                        Reason::TimeWithoutAction
                    };
                    if !reasons.contains(&reason) && reasons.len() < 8 {
                        reasons.push(reason);
                    }
                }
            }
        }
    }
    if judgement.start.met {
        return;
    }
    if let Some((vague, _)) = judgement.vague {
        reasons.insert(0, Reason::VagueTime { vague });
    }
    if !any_time && judgement.vague.is_none() {
        reasons.push(Reason::NoTimeAtAll);
    }
    spans.truncate(64);
    judgement.start.reasons = reasons;
    judgement.start.spans = spans;
}

/// The words of one clause, read from a time outwards: up to the next time, the end
/// of the sentence, or a clause break once something has been read (a 、 right after
/// the time, as in 期末になったら、…, does not end it).
fn clause(tokens: &[Token], live: &[bool], indices: impl Iterator<Item = usize>) -> Summary {
    let mut summary = Summary::default();
    for index in indices {
        let token = &tokens[index];
        match token.kind {
            TokenKind::Time { when, .. } if when != When::Recurring => break,
            TokenKind::ClauseBreak if !summary.is_empty() => break,
            _ => summary.add(token, index, live[index]),
        }
    }
    summary
}
