//! The interview the person is preparing for, as the time of an act: 面談の前に上司に聞く,
//! 面談までに計画表を作る, 面談のあとから, "before my interview", "at the interview". The
//! app knows its day when the worksheet gives one (`Settings::interview_date`), and then
//! the act is dated by it, so that its follow-up asks on the right day; without a day it
//! is an occasion the person will know, as a company event is (DOMAIN.md counts a datable
//! trigger as a start).
//!
//! Only the interview itself: 面談 not inside another word (評価面談 is the appraisal, an
//! event of `dates_events`; 採用面談 is someone else's), and only with an ending that
//! places the act before, on or after it. Alone, 面談 is an object (面談の準備をする,
//! 面談で話したこと).

use super::calendar::Calendar;
use super::dates::{Found, Marker, When};
use super::text::{is_kanji, Text, Words};
use super::Trigger;

/// 面談 and what places the act before, on or after it, at `i`.
pub(crate) fn japanese(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if i > 0 && is_kanji(text.at(i - 1)) {
        return None;
    }
    let end = text.match_at(i, "面談")?;
    let (k, end) = text.first_of(end, &ENDINGS_JA)?;
    let marker = match k {
        k if k < BEFORE_JA => Marker::By,
        k if k < ON_JA => Marker::On,
        _ => Marker::From,
    };
    Some(interview(end, marker, calendar))
}

/// "my interview", "the next interview", "my career interview" after "before", "by",
/// "at" or "after", at `i` (the word "my" or "the").
pub(crate) fn english(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let marker = preposition(text, i)?;
    let (_, end) = text.first_of(i, &INTERVIEW_EN)?;
    // "before my interview on December 10": the date after it dates it.
    let next = text.skip_spaces(end);
    let dated = ["on", "in", "of"]
        .into_iter()
        .any(|word| text.word_at(next, word).is_some());
    (text.is_word_end(end) && !dated).then(|| interview(end, marker, calendar))
}

fn interview(end: usize, marker: Marker, calendar: &Calendar) -> Found {
    Found {
        end,
        when: When::Trigger(Trigger::Interview, calendar.interview()),
        marker: Some(marker),
    }
}

/// The word before `i` that says where the act stands to the interview.
fn preposition(text: &Text, i: usize) -> Option<Marker> {
    if !text.is_word_start(i) {
        return None;
    }
    let word_before = |word: &str| {
        i.checked_sub(word.len() + 1)
            .and_then(|start| text.word_at(start, word))
            .is_some_and(|end| end + 1 == i)
    };
    if ["before", "by", "until"].into_iter().any(word_before) {
        Some(Marker::By)
    } else if ["at", "in", "during"].into_iter().any(word_before) {
        Some(Marker::On)
    } else if ["after", "following"].into_iter().any(word_before) {
        Some(Marker::From)
    } else {
        None
    }
}

/// The Japanese endings, in three runs: before it (up to `BEFORE_JA`), on its day (up
/// to `ON_JA`), after it.
const ENDINGS_JA: Words = Words::new(
    "の日までに|の前までに|の前に|前までに|前に|までに|の日に|の当日に|当日に|のときに|の時に|の際に|の場で|のあとで|のあとに|のあとから|の後で|の後に|の後から|後に|後から|が終わったら|が終わってから|が済んだら|のあと、|の後、|後すぐに|後すぐ|後速やかに|後直ちに|後、",
);
const BEFORE_JA: usize = 6;
const ON_JA: usize = 13;

const INTERVIEW_EN: Words = Words::new(
    "my next career interview|my career interview|my next interview|my interview|the next career interview|the career interview|the next interview|the interview",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runs_of_endings_are_where_the_constants_say() {
        let endings: Vec<&str> = ENDINGS_JA.iter().collect();
        assert_eq!(endings[BEFORE_JA - 1], "までに");
        assert_eq!(endings[BEFORE_JA], "の日に");
        assert_eq!(endings[ON_JA - 1], "の場で");
        assert_eq!(endings[ON_JA], "のあとで");
    }
}
