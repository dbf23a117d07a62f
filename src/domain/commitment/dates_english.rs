//! Recognises the times people type in English: December 1, Dec 1, 1st December,
//! today, tomorrow, next Monday, this Friday, next week, next month, within a year,
//! the start of next quarter, a month before the end of the fiscal year… and the
//! preposition before them (from, starting, by, on) that says how they bind the act.
//!
//! This module holds the entry points and what every form shares: the preposition
//! before a time, the word lists read by `first_word`, counts and weekday names. The
//! forms themselves are read in `days` (today, next Monday, this week: days named
//! relative to today), `months` (December 1, 1st of December, the first Monday in
//! January, early March: a day within a named month) and `spans` (within two weeks,
//! the end of March, Q4, FY2027, the company's calendar: durations, deadlines and
//! periods).

mod days;
mod months;
mod spans;

use chrono::{NaiveDate, Weekday};

use super::calendar::Calendar;
use super::dates::{Found, Marker, When};
use super::text::{alternatives, begins_with, number_at, words, Text, Words};
use super::Trigger;

/// An English time expression starting at `i` (a word start), if there is one.
pub(crate) fn time_at(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if !text.is_word_start(i) {
        return None;
    }
    let named = super::dates_named::english(text, i, calendar);
    let found = named.or_else(|| plain(text, i, calendar))?;
    Some(Found {
        marker: found.marker.or_else(|| preposition_before(text, i)),
        when: the_day_after(
            text,
            i,
            named.is_some(),
            the_day_before(text, i, found.when),
        ),
        ..found
    })
}

/// "After Christmas", "after 3 December": a day that "after" names is past once it
/// ends, so the act begins the day after. A period ("after next week") keeps its day.
fn the_day_after(text: &Text, i: usize, named: bool, when: When) -> When {
    let When::Date(date) = when else {
        return when;
    };
    let (start, end) = word_before(text, i);
    let names_a_day = named
        || text.at(i).is_ascii_digit()
        || months::month_word(text, i).is_some()
        || first_word(text, i, words!("christmas")).is_some();
    match date.succ_opt() {
        Some(day) if names_a_day && text.word_at(start, "after") == Some(end) => When::Date(day),
        _ => when,
    }
}

/// "Before 11 December", "before Friday": the last day it leaves is the day before ("on or
/// before" leaves the day itself). A period ("before the end of March", "before the Christmas break") keeps its day.
fn the_day_before(text: &Text, i: usize, when: When) -> When {
    let When::Date(date) = when else {
        return when;
    };
    let (start, end) = word_before(text, i);
    let names_a_day = text.at(i).is_ascii_digit()
        || weekday_word(text, i).is_some()
        || months::month_word(text, i).is_some()
        || first_word(text, i, words!("obon|christmas day|christmas eve|christmas|new year's day|new year's eve|valentine's day")).is_some();
    // "on or before 16 December" leaves the day itself.
    let on_or = || {
        let (or_start, or_end) = word_before(text, start);
        let (on_start, on_end) = word_before(text, or_start);
        text.word_at(or_start, "or") == Some(or_end) && text.word_at(on_start, "on") == Some(on_end)
    };
    match date.pred_opt() {
        Some(day) if names_a_day && text.word_at(start, "before") == Some(end) && !on_or() => {
            When::Date(day)
        }
        _ => when,
    }
}

/// The times that are not named days; a named day reads the time after "the day
/// after" with this, so that the reading never calls itself.
pub(crate) fn plain(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    spans::spans_of_time(text, i, calendar)
        .or_else(|| {
            days::named_day(text, i, calendar).map(|day| days::with_date_after(text, day, calendar))
        })
        .or_else(|| months::calendar_date(text, i, calendar))
        .or_else(|| super::dates_events::english(text, i))
        .or_else(|| super::dates_interview::english(text, i, calendar))
}

fn date(end: usize, date: Option<NaiveDate>) -> Option<Found> {
    date.map(|date| Found {
        end,
        when: When::Date(date),
        marker: None,
    })
}

fn trigger(end: usize, trigger: Trigger, calendar: &Calendar) -> Option<Found> {
    Some(Found {
        end,
        when: When::Trigger(trigger, calendar.date_of(trigger)),
        marker: None,
    })
}

/// The marker the word before `i` gives a time (`preposition_before`).
pub(crate) fn preposition(text: &Text, i: usize) -> Option<Marker> {
    preposition_before(text, i)
}

/// The word before a time decides what it means for the act; a possessive between
/// them is read past ("before my next review"), and so is "next" before a month's name
/// ("by next April": the coming April, with the deadline before it).
fn preposition_before(text: &Text, i: usize) -> Option<Marker> {
    let (start, end) = word_before(text, i);
    let possessive = ["my", "our", "your", "his", "her", "their", "next"]
        .iter()
        .any(|w| text.word_at(start, w) == Some(end));
    let (start, end) = if possessive && start < end {
        word_before(text, start)
    } else {
        (start, end)
    };
    const FROM: &str = "from|starting|beginning|since|of|after|commencing";
    // "registration closes Dec 18", "deadline Dec 4", "due Friday": a closing day.
    const BY: &str = "by|before|until|till|within|than|closes|closing|deadline|due";
    let word_is = |w: &str| text.word_at(start, w) == Some(end);
    if start == end {
        None
    } else if alternatives(FROM).any(word_is) {
        Some(Marker::From)
    } else if alternatives(BY).any(word_is) {
        Some(Marker::By)
    } else {
        Some(Marker::On)
    }
}

/// The chars of the word before `i`, past a few spaces (empty when there is none).
fn word_before(text: &Text, i: usize) -> (usize, usize) {
    let mut end = i;
    let mut budget = 8;
    while end > 0 && text.at(end - 1).is_whitespace() && budget > 0 {
        end -= 1;
        budget -= 1;
    }
    let mut start = end;
    while start > 0 && text.at(start - 1).is_ascii_alphabetic() && end - start < 12 {
        start -= 1;
    }
    (start, end)
}

pub(crate) fn weekday_word(text: &Text, i: usize) -> Option<(Weekday, usize)> {
    const DAYS: &[(&str, Weekday)] = &[
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
        // Short forms people type in notes ("Next Wed: call the vendor"); "sat" and
        // "sun" are words of their own and are left out.
        ("mon", Weekday::Mon),
        ("tues", Weekday::Tue),
        ("tue", Weekday::Tue),
        ("weds", Weekday::Wed),
        ("wed", Weekday::Wed),
        ("thurs", Weekday::Thu),
        ("thur", Weekday::Thu),
        ("thu", Weekday::Thu),
        ("fri", Weekday::Fri),
    ];
    let first = text.at(i);
    DAYS.iter()
        .filter(|(name, _)| begins_with(name, first))
        .find_map(|&(name, day)| {
            let end = text.match_at(i, name)?;
            // "Thursday's meeting": the possessive names that day's occasion, and the
            // weekday is read with it.
            if text
                .match_at(end, "'s")
                .is_some_and(|after| text.is_word_end(after))
            {
                return Some((day, end + 2));
            }
            // "mondays" is accepted here and read as a rhythm by the caller.
            (text.is_word_end(end) || (text.at(end) == 's' && text.is_word_end(end + 1)))
                .then_some((day, end))
        })
}

fn word_before_is(text: &Text, i: usize, word: &str) -> bool {
    let start = i.saturating_sub(word.len() + 1);
    text.word_at(start, word)
        .is_some_and(|end| text.skip_spaces(end) == i)
}

/// A count in figures or in words: 3, a, an, one… twelve.
fn count_at(text: &Text, i: usize) -> Option<(u32, usize)> {
    if text.at(i).is_ascii_digit() {
        return number_at(text, i);
    }
    // Longest first, so that "a few" is not read as "a"; the counts are in order
    // from "twelve" down, then "an" and "a" for one.
    const WORDS: Words = Words::new(
        "a few|a couple of|twelve|eleven|ten|nine|eight|seven|six|five|four|three|two|one|an|a",
    );
    let (k, end) = first_word(text, i, &WORDS)?;
    let n = match k {
        0 => 3,
        1 => 2,
        2..=13 => 14 - k as u32,
        _ => 1,
    };
    Some((n, end))
}

/// The first of the `words` that stands as whole words at `i`: its index and where it
/// ends. Callers tell the words apart by index, which costs less code than comparing
/// strings.
pub(crate) fn first_word(text: &Text, i: usize, words: &Words) -> Option<(usize, usize)> {
    let letter = |k: usize| Some(text.at(i + k)).filter(char::is_ascii_alphanumeric);
    if !words.may_begin_with(letter(0)?) {
        return None;
    }
    // The first word, up to 16 letters.
    let length = (1..16).find(|&k| letter(k).is_none()).unwrap_or(16);
    // Most words at `i` are in no alternative: one search of the list for them costs
    // less than going through its alternatives.
    let mut first = [0u8; 16];
    for (k, byte) in first.iter_mut().enumerate().take(length) {
        *byte = text.at(i + k) as u8;
    }
    if !std::str::from_utf8(&first[..length]).is_ok_and(|word| words.may_hold(word)) {
        return None;
    }
    // Comparing the first word first is a cheap filter: most alternatives differ there.
    let same_first_word = |pattern: &str| {
        let bytes = pattern.as_bytes();
        bytes.len() >= length
            && (0..length).all(|k| bytes[k] as char == text.at(i + k))
            && bytes.get(length).is_none_or(|b| !b.is_ascii_alphanumeric())
    };
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| same_first_word(w))
        .find_map(|(k, w)| text.word_at(i, w).map(|end| (k, end)))
}
