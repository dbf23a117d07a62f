//! The start test: sentence by sentence, time by time, in text order, a datable time
//! that binds an act as its beginning or its day, or as a deadline on an act that opens
//! something, is the start. A time that the next one only makes precise gives way to
//! it, and a time inside a leading English purpose clause dates the purpose, not the
//! act, as does a time in a clause of reason that says what happened (11月10日に指摘された
//! ため、…; "Because I was promoted in October, …") or of purpose (…発表するため、), which
//! `clauses` finds; what a time binds is `bound`'s to say. One later time may take the first one's place: a
//! deadline on an act that opens something, on an earlier day (3月の検定に、今月中に申し
//! 込む), since the booking comes before what is booked.

use chrono::Datelike;

use super::bound::{begins_only, describes_a_thing, japanese_bound, sentence_bounds, Bound};
use super::clauses::{in_reason_or_purpose, leading_context, leading_purpose, leading_reason};
use super::{
    quote, Judgement, Marker, Predicate, Reason, Sentence, SpanKind, Text, Token, TokenKind, When,
    Word,
};
use crate::domain::commitment::text::words;

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
            // 11月16日の締切に間に合わなかったので、…: the time of a reason in the past is
            // the day of what happened, not of the act; 3月の学会で発表するため、…: the
            // time of a purpose is the purpose's.
            if !sentence.english
                && in_reason_or_purpose(text, tokens, sentence, index, marker == Marker::From)
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
                Bound::Act { opens, words } if opens || first || marker != Marker::By => {
                    let words = quote(text, words);
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
                            let words = quote(text, words);
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
                            Reason::TimeWithoutAction
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

/// In Japanese the time nearest the act is its own (12月の評価の前に、12月4日までに提出
/// します; 来週の月曜は祝日なので、火曜日に打診します): an earlier time that binds the
/// same act gives way to a later one before the act that starts it too, unless the
/// earlier is a beginning and the later a deadline (12月から、3月までに…). Only the few
/// times up to the act are looked at, so a long text stays linear.
fn later_time_starts_the_same_act(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    found: &[Predicate],
    index: usize,
    marker: Marker,
    bound: Bound,
) -> bool {
    let Bound::Act { words, .. } = bound else {
        return false;
    };
    // A time set off by 、 speaks for the main clause (今日中に、…10年後にやりたい仕事を
    // 書き出します): it stays the act's.
    if matches!(text.at(tokens[index].end), '、' | ',') {
        return false;
    }
    let act_end = words.1;
    tokens[index + 1..sentence.tokens.end]
        .iter()
        .enumerate()
        .take(8)
        .take_while(|(_, t)| t.start < act_end)
        .any(|(k, t)| {
            let TokenKind::Time {
                when,
                marker: later,
            } = t.kind
            else {
                return false;
            };
            if when == When::Recurring || (marker == Marker::From && later == Marker::By) {
                return false;
            }
            // Only a time of the act's own clause: after a 、 that closes the earlier
            // one's, and itself ending in its particle or set off (not 来年やりたい仕事,
            // where the time describes the object).
            let own_clause = (tokens[index].end..t.start).any(|i| matches!(text.at(i), '、' | ','));
            let marked = text.first_of(t.end, words!("に|から|まで|、|,")).is_some();
            if !own_clause || !marked {
                return false;
            }
            matches!(
                japanese_bound(text, tokens, sentence, found, index + 1 + k),
                Bound::Act { opens, words: same } if same == words && (opens || later != Marker::By)
            )
        })
}

/// A time that the next one only makes precise (年明け、1月6日から; 来月、12月7日に):
/// the second is the start, the first says nothing more.
fn refined_by_next(text: &Text, tokens: &[Token], sentence: &Sentence, index: usize) -> bool {
    let time = &tokens[index];
    let next = tokens[index + 1..sentence.tokens.end]
        .iter()
        .find(|t| !matches!(t.kind, TokenKind::ClauseBreak));
    let Some(next) = next else {
        return false;
    };
    // 11月30日、月末の締め作業が終わったら: the second describes a thing (the closing of
    // that month's end), and the first stays the act's day.
    if describes_a_thing(text, sentence, next) {
        return false;
    }
    let date_of = |token: &Token| match token.kind {
        TokenKind::Time {
            when: When::Date(date) | When::Trigger(_, Some(date)),
            marker,
        } => Some((date, marker)),
        _ => None,
    };
    // The second falls within a month after the first: it names a day of it. A moment
    // the company knows and the text does not date (給料日の25日に) is dated by it.
    let undated = matches!(
        time.kind,
        TokenKind::Time {
            when: When::Trigger(_, None),
            ..
        }
    );
    // "Beginning next week (Tue 24 Nov)", 12月の定期点検日（12月9日）から: a day in
    // brackets right after a month or a week (or the occasion in it) says which day of
    // it, whatever preposition the first takes.
    let bracketed = day_in_brackets_after(text, time.end, next.start);
    let refines = match (date_of(time), date_of(next)) {
        (None, Some(_)) if undated => true,
        (Some((first, marker)), Some((second, _))) => {
            // A beginning (12月1日〜12月4日まで) is not made precise by its end, nor a
            // day by the next one in a list (on 1/13, 1/20 and 1/27): only a month or a
            // week, read from its first day or its Monday, is.
            let broad = first.day() == 1 || first.weekday() == chrono::Weekday::Mon;
            (marker == Marker::On || bracketed && marker == Marker::From)
                && broad
                && first <= second
                && second.signed_duration_since(first).num_days() <= 31
        }
        _ => false,
    };
    let between = |i: usize| matches!(text.at(i), '、' | ',' | ' ' | 'の');
    refines && (bracketed || (time.end..next.start).all(between))
        || dated_in_brackets(text, tokens, sentence, index)
}

/// Whether the chars `from..to` between two times are an opening bracket, after
/// spaces or after a short noun joined by の (12月の定期点検日（): the second time,
/// in brackets, dates what the first only places in its month or week.
fn day_in_brackets_after(text: &Text, from: usize, to: usize) -> bool {
    let mut open = to;
    while open > from && text.at(open - 1) == ' ' {
        open -= 1;
    }
    if open == from || !matches!(text.at(open - 1), '(' | '（') {
        return false;
    }
    let before = from..open - 1;
    let spaces = before.clone().all(|i| text.at(i) == ' ');
    let occasion = text.at(from) == 'の'
        && before.len() <= 12
        && before.clone().all(|i| {
            !matches!(
                text.at(i),
                '、' | ',' | '。' | '.' | ')' | '）' | 'を' | 'に' | 'で'
            )
        });
    spaces || occasion
}

/// An event the text names without a day and dates in brackets right after it: "From
/// the next sprint (it starts Dec 2)", 次の定例（12/7）から.
fn dated_in_brackets(text: &Text, tokens: &[Token], sentence: &Sentence, index: usize) -> bool {
    let time = &tokens[index];
    if !matches!(
        time.kind,
        TokenKind::Time {
            when: When::Trigger(_, None),
            ..
        }
    ) {
        return false;
    }
    let Some(dated) = tokens[index + 1..sentence.tokens.end].iter().find(|t| {
        matches!(
            t.kind,
            TokenKind::Time {
                when: When::Date(_) | When::Trigger(_, Some(_)),
                ..
            }
        )
    }) else {
        return false;
    };
    dated.start - time.end <= 16
        && (time.end..dated.start).any(|i| matches!(text.at(i), '(' | '（'))
        && (time.end..dated.start)
            .all(|i| !matches!(text.at(i), '。' | '.' | '、' | ',' | ')' | '）'))
}

/// Whether a time is the day of the first session (初回は12/16, 第1回は, "1st session
/// 12/15", "first interview booked for Jan 12"): the act begins then, whatever time
/// came first.
fn first_session(text: &Text, time: &Token, previous_time: usize) -> bool {
    let mut at = time.start;
    while at > 0 && matches!(text.at(at - 1), ' ' | ':' | 'は' | '、' | ',') && time.start - at < 3
    {
        at -= 1;
    }
    if text
        .first_ending_at(
            at,
            words!("初回|第1回|1回目|1本目|1件目|初回分|first session|1st session|first class|1st class|first one|the first|first post|first article|first meeting"),
        )
        .is_some()
    {
        return true;
    }
    // "first interview booked for Jan 12": the first of something, a few words before
    // its day in the same clause, with no other time between (not "first session on
    // 12/9 (Wed)", where the first session is dated already).
    let mut from = time.start;
    while from > previous_time
        && time.start - from < 40
        && !matches!(text.at(from - 1), ',' | ';' | '.' | '、' | '。')
    {
        from -= 1;
    }
    // Not "first Saturday", where the word is part of the time, nor "the first 10
    // entries", "the first day the application opens": a count or a moment.
    (from..time.start).any(|i| {
        (i == 0 || !text.at(i - 1).is_ascii_alphanumeric())
            && text.word_at(i, "first").is_some_and(|end| {
                let next = text.skip_spaces(end);
                next < time.start
                    && !text.at(next).is_ascii_digit()
                    && [
                        "day", "time", "thing", "few", "half", "week", "month", "step",
                    ]
                    .iter()
                    .all(|w| text.word_at(next, w).is_none())
            })
    })
}

/// Whether a time stands in brackets to say when the thing before it takes place:
/// QC検定（3月実施）, TOEIC IP(1/23実施), 講習(1月開催分). Only with such a word before
/// the closing bracket and no particle of time after it: 店長会議(12/9)で and
/// 次スプリント(11/30開始)から are the act's own day.
fn describes_in_brackets(text: &Text, time: &Token) -> bool {
    if time.start == 0 || text.at(time.start - 1) != '(' {
        return false;
    }
    let Some(close) = (time.end..time.end + 6).find(|&i| matches!(text.at(i), ')' | '\0')) else {
        return false;
    };
    // 短答講座（土曜クラス）に: a weekday that makes one noun with the word after it
    // names which class or group, whatever particle follows the bracket.
    let noun_char =
        |c: char| super::super::text::is_kanji(c) || ('\u{30a1}'..='\u{30fc}').contains(&c);
    let names_a_kind = close >= time.end + 2 && (time.end..close).all(|i| noun_char(text.at(i)));
    text.at(close) == ')'
        && (names_a_kind
            || (time.end..close).any(|i| {
                text.first_of(i, words!("実施|開催|開講|予定|分|受験"))
                    .is_some()
            }) && text
                .first_of(close + 1, words!("で|から|に|まで"))
                .is_none())
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
