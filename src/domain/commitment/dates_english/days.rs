//! Days named relative to today, in English: today, tomorrow, this Friday, next
//! Monday, Monday after next, this weekend, next week, every Monday (a rhythm rather
//! than a day), last Friday (a day past, as an act under way began), and the date a weekday is followed by ("Friday 8 January"). They are
//! read apart from the forms within a month because they count from today, not from
//! the first of a month, and because a weekday after a determiner ("our Monday
//! meeting") names a thing rather than a day.

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::dates::{written_date, written_day_first};
use super::months::{calendar_date, ordinal_day, the_ordinal_day};
use super::{
    date, first_word, preposition_before, weekday_word, word_before_is, Calendar, Found, Marker,
    Text, When,
};
use crate::domain::commitment::text::words;

/// today, tomorrow, next week, next Monday, this Friday, Friday, every Monday.
pub(super) fn named_day(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((_, end)) = first_word(
        text,
        i,
        words!("today|tonight|this morning|this evening|this afternoon"),
    ) {
        return date(end, Some(calendar.today));
    }
    // "starting now", "as of now": today ("from now on" is vague, read as a word).
    if let Some((_, end)) = first_word(text, i, words!("now")) {
        if preposition_before(text, i) == Some(Marker::From) {
            return date(end, Some(calendar.today));
        }
    }
    // "this week", "this year": from today after "from", "starting"; otherwise the
    // period the act is to be done within, as 今週中, 今年中 (by its last day).
    if let Some((period, end)) = first_word(text, i, words!("this week|this month|this year")) {
        if preposition_before(text, i) == Some(Marker::From) {
            return date(end, Some(calendar.today));
        }
        let last = match period {
            0 => calendar.weekday_of_week(Weekday::Sun, 0),
            1 => calendar.end_of_month(0),
            _ => NaiveDate::from_ymd_opt(calendar.year_of(0)?, 12, 31),
        };
        return last.map(|last| Found {
            end,
            when: When::Date(last),
            marker: Some(Marker::By),
        });
    }
    if let Some((period, end)) =
        first_word(text, i, words!("this weekend|the weekend|next weekend"))
    {
        let saturday = if period == 2 {
            calendar.weekday_of_week(Weekday::Sat, 1)
        } else {
            calendar
                .weekday_of_week(Weekday::Sat, 0)
                .filter(|d| *d >= calendar.today)
                .or_else(|| calendar.weekday_of_week(Weekday::Sat, 1))
        };
        // "by the weekend": a deadline ends with the weekend, on its Sunday (週末までに).
        if word_before_is(text, i, "by") {
            return date(end, saturday.and_then(|d| d.succ_opt()));
        }
        return date(end, saturday);
    }
    if let Some((_, end)) = first_word(text, i, words!("the day after tomorrow|day after tomorrow"))
    {
        return date(end, calendar.plus_days(2));
    }
    // The day, week or month before this one, as the time an act began ("since last
    // week", "from last month", "I started yesterday": after a word that says so, or in
    // a text that says the act has begun). "than last week" and "compared with last
    // month" compare; "the last week of March" and "last month of the year" name
    // another time.
    if let Some((period, end)) = first_word(text, i, words!("yesterday|last week|last month")) {
        let of_after = first_word(text, text.skip_spaces(end), words!("of")).is_some();
        let another_time = period > 0 && (of_after || word_before_is(text, i, "the"));
        let began = matches!(preposition_before(text, i), Some(Marker::From))
            || (calendar.begun()
                && !["than", "with", "to", "as"]
                    .iter()
                    .any(|word| word_before_is(text, i, word)));
        if began && !another_time {
            let when = match period {
                0 => calendar.today.pred_opt(),
                1 => calendar.monday_of_last_week(),
                _ => calendar.first_of_last_month(),
            };
            return date(end, when);
        }
    }
    // "last Friday": the latest Friday before today, as the day an act began ("since last
    // Friday", "I started last Friday"), read like "last week" above. Otherwise it is no
    // time of the act, and the weekday below is not read as the coming one.
    if let Some((_, after)) = first_word(text, i, words!("last")) {
        if let Some((weekday, end)) = weekday_word(text, text.skip_spaces(after)) {
            let of_after = first_word(text, text.skip_spaces(end), words!("of")).is_some();
            let began =
                matches!(preposition_before(text, i), Some(Marker::From)) || calendar.begun();
            if began && !of_after && !word_before_is(text, i, "the") {
                return date(end, calendar.last_weekday(weekday));
            }
        }
    }
    // With its common misspellings: the day is meant all the same.
    if let Some((_, end)) = first_word(
        text,
        i,
        words!("tomorrow|tomorow|tommorow|tommorrow|tmrw|tmrrw"),
    ) {
        return date(end, calendar.plus_days(1));
    }
    if let Some((period, end)) = first_word(
        text,
        i,
        words!("next week|next month|next year|the week after next|the month after next"),
    ) {
        let when = match period {
            0 => calendar.monday_of_week(1),
            1 => calendar.first_of_month(1),
            2 => NaiveDate::from_ymd_opt(calendar.year_of(1)?, 1, 1),
            3 => calendar.monday_of_week(2),
            _ => calendar.first_of_month(2),
        };
        return date(end, when);
    }
    if let Some((_, end)) = first_word(text, i, words!("every|each")) {
        // "every second Thursday", "every other Friday", "every first Monday": a rhythm
        // all the same.
        let end = text.skip_spaces(end);
        let end = first_word(
            text,
            end,
            words!("other|first|second|third|fourth|last|alternate|1st|2nd|3rd|4th"),
        )
        .map_or(end, |(_, after)| text.skip_spaces(after));
        let (_, end) = weekday_word(text, end)?;
        return Some(Found {
            end: more_weekdays(text, end),
            when: When::Recurring,
            marker: None,
        });
    }
    // "one Saturday a month", "two Fridays per month": a rhythm.
    if let Some((_, end)) = first_word(text, i, words!("one|two|a")) {
        let (_, end) = weekday_word(text, text.skip_spaces(end))?;
        let end = if text.at(end) == 's' { end + 1 } else { end };
        let (_, end) = first_word(
            text,
            text.skip_spaces(end),
            words!("a month|a week|per month|per week|each month|every month"),
        )?;
        return Some(Found {
            end,
            when: When::Recurring,
            marker: None,
        });
    }
    if let Some((which, end)) = first_word(text, i, words!("next|this|this coming|on")) {
        let (weekday, end) = weekday_word(text, text.skip_spaces(end))?;
        // "on Fridays": a rhythm, which a date given with it ("from 4 December") starts.
        if text.at(end) == 's' && text.is_word_end(end + 1) {
            return Some(Found {
                end: end + 1,
                when: When::Recurring,
                marker: None,
            });
        }
        if let Some((_, after)) = first_word(text, text.skip_spaces(end), words!("after next")) {
            return date(after, calendar.weekday_of_week(weekday, 2));
        }
        let when = match which {
            0 => calendar.weekday_of_week(weekday, 1),
            1 => calendar
                .weekday_of_week(weekday, 0)
                .filter(|d| *d >= calendar.today)
                .or_else(|| calendar.next_weekday(weekday)),
            _ => calendar.next_weekday(weekday),
        };
        let marker = if which == 3 { Some(Marker::On) } else { None };
        return when.map(|d| Found {
            end,
            when: When::Date(d),
            marker,
        });
    }
    let (weekday, end) = weekday_word(text, i)?;
    // "Tue/Thu": weekdays joined by a slash are a weekly rhythm.
    if text.at(end) == '/' && weekday_word(text, end + 1).is_some() {
        return Some(Found {
            end: more_weekdays(text, end),
            when: When::Recurring,
            marker: None,
        });
    }
    // "Monday after next", "Monday week": the one of the week after next.
    if let Some((_, after)) = first_word(text, text.skip_spaces(end), words!("after next|week")) {
        return date(after, calendar.weekday_of_week(weekday, 2));
    }
    if text.at(end) == 's' && text.is_word_end(end + 1) {
        return Some(Found {
            end: end + 1,
            when: When::Recurring,
            marker: None,
        });
    }
    // "the Saturday Spanish class", "our Monday meeting": after a determiner the
    // weekday names a thing, not a day; after "last" (read above) it is a day past.
    if [
        "the", "a", "my", "our", "your", "their", "his", "her", "last",
    ]
    .iter()
    .any(|w| word_before_is(text, i, w))
    {
        return None;
    }
    date(end, calendar.next_weekday(weekday))
}

/// After "every Tuesday": more weekdays of the same rhythm ("and Thursday", "& Fri",
/// "/Fri", ", Wednesday"), so that none of them is read as a day of its own. A few at
/// most, so a long text stays linear.
fn more_weekdays(text: &Text, mut end: usize) -> usize {
    for _ in 0..6 {
        let at = text.skip_spaces(end);
        let at = match text.at(at) {
            ',' | '&' | '/' => text.skip_spaces(at + 1),
            _ => at,
        };
        let at =
            first_word(text, at, words!("and|or")).map_or(at, |(_, after)| text.skip_spaces(after));
        match weekday_word(text, at) {
            Some((_, after)) if at > end => end = after,
            _ => break,
        }
    }
    end
}

/// "Monday, April 5", "Friday 8 January", "Friday the 4th of December", "Monday 11/30":
/// the date after a weekday says which one.
pub(super) fn with_date_after(text: &Text, day: Found, calendar: &Calendar) -> Found {
    if day.when == When::Recurring {
        return day;
    }
    let after = if text.at(day.end) == ',' {
        day.end + 1
    } else {
        day.end
    };
    let after = text.skip_spaces(after);
    if after == day.end {
        return day;
    }
    let date = calendar_date(text, after, calendar)
        // "Friday the 4th of December".
        .or_else(|| {
            let (_, the_end) = first_word(text, after, words!("the"))?;
            calendar_date(text, text.skip_spaces(the_end), calendar)
        })
        .or_else(|| the_ordinal_day(text, after, calendar))
        .or_else(|| ordinal_day(text, after, calendar))
        .or_else(|| written_date(text, after, calendar));
    // "Monday 7/12/2026": of the two orders of a date in figures, the one that falls on
    // the weekday written (7 December is a Monday; 12 July was a Sunday).
    let on = |found: &Found, weekday: Weekday| matches!(found.when, When::Date(date) if date.weekday() == weekday);
    let date = match (day.when, date) {
        (When::Date(named), Some(date)) if !on(&date, named.weekday()) => {
            written_day_first(text, after, calendar)
                .filter(|swapped| swapped.end == date.end && on(swapped, named.weekday()))
                .or(Some(date))
        }
        (_, date) => date,
    };
    match date {
        Some(date) => Found {
            marker: day.marker,
            ..date
        },
        None => day,
    }
}
