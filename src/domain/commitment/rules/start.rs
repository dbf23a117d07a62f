//! The start test: sentence by sentence, time by time, in text order, a datable time
//! that binds an act as its beginning or its day, or as a deadline on an act that opens
//! something, is the start. A time that the next one only makes precise gives way to
//! it, and a time inside a leading English purpose clause dates the purpose, not the
//! act, as does a time in a clause of reason that says what happened (11月10日に指摘された
//! ため、…; "Because I was promoted in October, …") or of purpose (…発表するため、), which
//! `clauses` finds; what a time binds is `bound`'s to say. One later time may take the first one's place: a
//! deadline on an act that opens something, on an earlier day (3月の検定に、今月中に申し
//! 込む), since the booking comes before what is booked.
//!
//! What stands around a time (a later time, brackets, the first session) is read in
//! `around`.

mod around;

use chrono::Datelike;

use super::bound::{begins_only, japanese_bound, sentence_bounds, Bound};
use super::clauses::{
    in_reason_or_purpose, in_reported_content, leading_context, leading_purpose, leading_reason,
};
use super::{
    quote, through_chain, Judgement, Marker, Predicate, Reason, Sentence, SpanKind, Text, Token,
    TokenKind, Trigger, When, Word,
};
use around::{
    describes_in_brackets, first_session, later_time_starts_the_same_act, refined_by_next,
};

/// Goes sentence by sentence, time by time, in text order; the first time that starts
/// an act is the start, unless a deadline on an opening act comes earlier.
pub(super) fn start(
    text: &Text,
    tokens: &[Token],
    sentences: &[Sentence],
    predicates: &[Vec<Predicate>],
    judgement: &mut Judgement,
) {
    let mut reasons: Vec<Reason> = Vec::new();
    let mut spans = Vec::new();
    let mut any_time = false;
    let mut deadlines: Vec<(usize, usize)> = Vec::new();
    for (k, (sentence, found)) in sentences.iter().zip(predicates).enumerate() {
        // A time written as a sentence of its own after the act (…共有します。来月から。
        // "Starting in May."): it dates the sentence before it.
        let fragment = (found.is_empty() && sentence.end - sentence.start <= 24 && k > 0)
            .then(|| sentence_bounds(text, tokens, &sentences[k - 1], &predicates[k - 1]));
        let english_bound = fragment.or_else(|| {
            sentence
                .english
                .then(|| sentence_bounds(text, tokens, sentence, found))
        });
        let purpose_end = sentence
            .english
            .then(|| {
                leading_purpose(text, tokens, sentence)
                    .or_else(|| leading_context(text, sentence, found))
                    .or_else(|| leading_reason(text, tokens, sentence, found))
            })
            .flatten();
        for index in sentence.tokens.clone() {
            let token = &tokens[index];
            // "To pass the exam next year, I will register by 31 January": a time in
            // a purpose clause dates the purpose, not the act.
            if purpose_end.is_some_and(|end| token.start < end) {
                continue;
            }
            let (when, marker) = match token.kind {
                TokenKind::Word(Word::Vague(vague)) => {
                    let span = text.span(token.start, token.end, SpanKind::VagueTime);
                    if judgement.vague.is_none() {
                        let words = quote(text, (token.start, token.end));
                        judgement.vague = Some((vague, span, words));
                    }
                    if spans.len() < 64 {
                        spans.push(span);
                    }
                    continue;
                }
                TokenKind::Time { when, marker } if when != When::Recurring => (when, marker),
                _ => continue,
            };
            // 11月16日の締切に間に合わなかったので、…: the time of a reason in the past is
            // the day of what happened, not of the act; 3月の学会で発表するため、…: the
            // time of a purpose is the purpose's. Neither is a time of the act: with no other,
            // the act has none (NoTimeAtAll), as an English purpose's time is skipped above.
            if !sentence.english
                && in_reason_or_purpose(text, tokens, sentence, index, marker == Marker::From)
            {
                continue;
            }
            // 12/20の病棟会で、勉強会を1月にやりたいって提案します: when another time of
            // the sentence dates the saying, the time inside what is said is the said
            // thing's.
            if !sentence.english
                && in_reported_content(text, tokens, sentence, index)
                && other_time_of_the_act(text, tokens, sentence, index)
            {
                continue;
            }
            any_time = true;
            if refined_by_next(text, tokens, sentence, index) {
                continue;
            }
            let date = match when {
                When::Date(date) | When::Trigger(_, Some(date)) => Some(date),
                _ => None,
            };
            // Once a start is found, only a deadline on an act that opens something, on
            // an earlier day, takes its place: the booking comes before what is booked
            // (1/24の回に今月中に申し込む; "Register for the session on January 12 -
            // registration closes Dec 18").
            let earlier =
                matches!((date, judgement.start_date), (Some(date), Some(start)) if date < start);
            let previous_time = tokens[sentence.tokens.start..index]
                .iter()
                .rev()
                .find(|t| matches!(t.kind, TokenKind::Time { .. }))
                .map_or(sentence.start, |t| t.end);
            let first = first_session(text, &tokens[index], previous_time);
            // The day of the first session is the act's first day: earlier, or a day of
            // the month found first ("Interview 5 users in Jan, first interview booked
            // for Jan 12"; not "Starting April 1, … run the first drill in May").
            let within_month = matches!((date, judgement.start_date),
                (Some(date), Some(start)) if date > start
                    && start.day() == 1
                    && (date.year(), date.month()) == (start.year(), start.month()));
            if judgement.start.met
                && !((marker == Marker::By || first) && earlier || first && within_month)
            {
                continue;
            }
            // QC検定（3月実施）、12/10までに申し込む: a time in brackets says when the thing
            // before it takes place, not when the act is done, when another time follows
            // to date the act.
            let later_time = || {
                tokens[index + 1..].iter().take(16).any(
                    |t| matches!(t.kind, TokenKind::Time { when, .. } if when != When::Recurring),
                )
            };
            if describes_in_brackets(text, &tokens[index]) && later_time() {
                continue;
            }
            let bound = match &english_bound {
                Some((_, deadline)) if marker == Marker::By => *deadline,
                Some((beginning, _)) => *beginning,
                None => japanese_bound(text, tokens, sentence, found, index),
            };
            if english_bound.is_none()
                && later_time_starts_the_same_act(
                    text, tokens, sentence, found, index, marker, bound,
                )
            {
                continue;
            }
            let kind = if matches!(when, When::Trigger(..)) {
                SpanKind::Trigger
            } else {
                SpanKind::Date
            };
            let span = text.span(token.start, token.end, kind);
            if judgement.start.met && !first && !matches!(bound, Bound::Act { opens: true, .. }) {
                continue;
            }
            match bound {
                // A deadline on the first session (初回は12月中に公開) is its day: it opens
                // the rhythm, as DOMAIN.md's first session of something.
                // An occasion in a month (1月の職員会議で) is the act's day, by the month's end.
                Bound::Act { opens, words }
                    if opens
                        || first
                        || marker != Marker::By
                        || matches!(when, When::Trigger(Trigger::CompanyEvent, Some(_))) =>
                {
                    let words = quote(text, through_chain(text, sentence, words));
                    judgement.start.met = true;
                    judgement.start_by = marker == Marker::By;
                    judgement.start.spans = vec![span];
                    let reason = match when {
                        When::Date(date) => {
                            judgement.start_date = Some(date);
                            if marker == Marker::By {
                                Reason::StartBy { date, words }
                            } else {
                                Reason::StartDate { date, words }
                            }
                        }
                        // 年度末までに: a day of the company's calendar as a deadline is said
                        // as one (「2027年3月31日(水)までに始める行動」), not as the day itself.
                        When::Trigger(trigger, Some(date))
                            if marker == Marker::By
                                && !matches!(
                                    trigger,
                                    Trigger::CompanyEvent | Trigger::Interview
                                ) =>
                        {
                            judgement.start_date = Some(date);
                            judgement.start_trigger = Some(trigger);
                            Reason::StartBy { date, words }
                        }
                        When::Trigger(trigger, date) => {
                            judgement.start_date = date;
                            judgement.start_trigger = Some(trigger);
                            Reason::CalendarTrigger {
                                trigger,
                                date,
                                words,
                            }
                        }
                        When::Recurring => continue,
                    };
                    judgement.start.reasons = vec![reason];
                }
                bound => {
                    if spans.len() < 64 {
                        spans.push(span);
                    }
                    let reason = match bound {
                        Bound::Outcome(outcome) => {
                            judgement.outcome_deadline =
                                judgement.outcome_deadline.or(Some(outcome));
                            Reason::DeadlineOnOutcome { outcome }
                        }
                        Bound::Act { words, .. } => {
                            // Each act is named once, and only the first few.
                            if deadlines.contains(&words) || reasons.len() >= 8 {
                                continue;
                            }
                            deadlines.push(words);
                            let words = quote(text, through_chain(text, sentence, words));
                            if judgement.act_deadline.is_none() {
                                judgement.act_deadline = Some(words.clone());
                                judgement.act_deadline_date = match when {
                                    When::Date(date) => Some(date),
                                    When::Trigger(_, date) => date,
                                    When::Recurring => None,
                                };
                            }
                            Reason::DeadlineWithoutStart { words }
                        }
                        Bound::Nothing => {
                            if marker == Marker::From && judgement.stray_start.is_none() {
                                judgement.stray_start = stray_start(text, token, sentence, found);
                            }
                            if marker != Marker::By && judgement.unbound_date.is_none() {
                                judgement.unbound_date = date;
                            }
                            Reason::TimeWithoutAction {
                                by: marker == Marker::By,
                            }
                        }
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
    if let Some((vague, _, words)) = judgement.vague.clone() {
        reasons.insert(0, Reason::VagueTime { vague, words });
    }
    if !any_time && judgement.vague.is_none() {
        reasons.push(Reason::NoTimeAtAll);
    }
    judgement.start.reasons = reasons;
    judgement.start.spans = spans;
}

/// The chars of a beginning that started nothing (`Judgement::stray_start`): the time,
/// in Japanese with a bare beginning right after it (12月7日から取りかかり) and in
/// English with the word that leads it ("Starting", "From"), and the comma or spaces
/// after it. Not a time that describes the thing after it (来年からの計画).
fn stray_start(
    text: &Text,
    time: &Token,
    sentence: &Sentence,
    found: &[Predicate],
) -> Option<(usize, usize)> {
    let mut start = time.start;
    let mut end = time.end;
    if sentence.english {
        let mut before = start;
        while before > sentence.start && text.at(before - 1) == ' ' {
            before -= 1;
        }
        let lead = ["starting on", "starting", "beginning", "from", "as of"]
            .iter()
            .find_map(|lead| text.ends_with_at(before, lead))
            .filter(|&at| text.is_word_start(at));
        start = lead.unwrap_or(start);
    } else {
        if text.at(end) == 'の' {
            return None;
        }
        let after = found.partition_point(|p| p.end <= end);
        if let Some(p) = found.get(after).filter(|p| begins_only(text, p)) {
            let between = end..p.head.0;
            if between
                .clone()
                .all(|i| matches!(text.at(i), '、' | ',' | ' '))
            {
                end = p.end;
            }
        }
    }
    while matches!(text.at(end), '、' | ',' | ' ') && end < sentence.end {
        end += 1;
    }
    Some((start, end))
}

/// Whether the sentence holds a time other than the one at `index` that is not inside
/// what the act says (nor a rhythm).
fn other_time_of_the_act(text: &Text, tokens: &[Token], sentence: &Sentence, index: usize) -> bool {
    sentence.tokens.clone().any(|k| {
        k != index
            && matches!(tokens[k].kind, TokenKind::Time { when, .. } if when != When::Recurring)
            && !in_reported_content(text, tokens, sentence, k)
    })
}
