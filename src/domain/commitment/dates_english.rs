//! Recognises the times people type in English: December 1, Dec 1, 1st December,
//! today, tomorrow, next Monday, this Friday, next week, next month, within a year,
//! the start of next quarter, a month before the end of the fiscal year… and the
//! preposition before them (from, starting, by, on) that says how they bind the act.

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::Calendar;
use super::dates::{Found, Marker, When};
use super::text::{alternatives, begins_with, number_at, Text};
use super::Trigger;

/// An English time expression starting at `i` (a word start), if there is one.
pub(crate) fn time_at(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if !text.is_word_start(i) {
        return None;
    }
    let found =
        super::dates_named::english(text, i, calendar).or_else(|| plain(text, i, calendar))?;
    Some(Found {
        marker: found.marker.or_else(|| preposition_before(text, i)),
        ..found
    })
}

/// The times that are not named days; a named day reads the time after "the day
/// after" with this, so that the reading never calls itself.
pub(crate) fn plain(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    spans_of_time(text, i, calendar)
        .or_else(|| named_day(text, i, calendar).map(|day| with_date_after(text, day, calendar)))
        .or_else(|| calendar_date(text, i, calendar))
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
/// them is read past ("before my next review").
fn preposition_before(text: &Text, i: usize) -> Option<Marker> {
    let (start, end) = word_before(text, i);
    let possessive = ["my", "our", "your", "his", "her", "their"]
        .iter()
        .any(|w| text.word_at(start, w) == Some(end));
    let (start, end) = if possessive && start < end {
        word_before(text, start)
    } else {
        (start, end)
    };
    const FROM: &str = "from|starting|beginning|since|of|after|commencing";
    const BY: &str = "by|before|until|till|within|than";
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

/// "Monday, April 5", "Friday 8 January": the date after a weekday says which one.
fn with_date_after(text: &Text, day: Found, calendar: &Calendar) -> Found {
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
    match calendar_date(text, after, calendar).or_else(|| the_ordinal_day(text, after, calendar)) {
        Some(date) => Found {
            marker: day.marker,
            ..date
        },
        None => day,
    }
}

/// "the 3rd", "the 15th" with no month: the coming day of that number (this month's
/// unless it has passed). "the 1st of December" is left to `calendar_date`.
fn the_ordinal_day(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (_, after_the) = first_word(text, i, "the")?;
    let at = text.skip_spaces(after_the);
    let (day, end) = day_number(text, at)?;
    let ordinal = end > at && text.at(end - 1).is_ascii_alphabetic();
    let after = text.skip_spaces(end);
    let month_follows =
        first_word(text, after, "of").is_some() || month_word(text, after).is_some();
    if !ordinal || month_follows {
        return None;
    }
    let today = calendar.today;
    let this_month = NaiveDate::from_ymd_opt(today.year(), today.month(), day);
    let when = this_month.filter(|d| *d >= today).or_else(|| {
        let next = calendar.first_of_month(1)?;
        NaiveDate::from_ymd_opt(next.year(), next.month(), day)
    });
    date(end, when)
}

/// "the first Monday of the new year", "the second Friday of next month", "the first
/// Monday in January", "the first business day of December": a weekday counted within
/// a month.
fn nth_weekday(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (nth, end) = first_word(
        text,
        i,
        "first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th",
    )?;
    let nth = match nth {
        5 => 0,
        k if k > 5 => k as u32 - 5,
        k => k as u32 + 1,
    };
    let end = text.skip_spaces(end);
    // "the first week of December" is read as its first day plus whole weeks.
    let week = first_word(text, end, "week").map(|(_, end)| end);
    let (weekday, end) = match (weekday_word(text, end), week) {
        (Some((weekday, end)), _) => (Some(weekday), end),
        (None, Some(end)) => (None, end),
        (None, None) => (
            None,
            first_word(text, end, "business day|working day|workday|weekday")?.1,
        ),
    };
    // "the first Monday of January", "the first Monday in January".
    let (_, end) = first_word(text, text.skip_spaces(end), "of|in")?;
    let at = text.skip_spaces(end);
    let (month, end) = if let Some((period, end)) = first_word(
        text,
        at,
        "the new year|next year|the year|this month|the month|next month|every month|each month",
    ) {
        let month = match period {
            0..=2 => NaiveDate::from_ymd_opt(calendar.year_of(1)?, 1, 1),
            3 | 4 => calendar.first_of_month(0),
            5 => calendar.first_of_month(1),
            // "the second Friday of every month" is a rhythm.
            _ => {
                return Some(Found {
                    end,
                    when: When::Recurring,
                    marker: None,
                })
            }
        };
        (month?, end)
    } else {
        let (month, end, _) = month_word(text, at)?;
        (calendar.coming_month_day(month, 1)?, end)
    };
    let date = match week {
        Some(_) => month.checked_add_days(chrono::Days::new(7 * u64::from(nth.max(1) - 1))),
        None => calendar.nth_weekday_of_month(month, nth, weekday),
    };
    let date = match date {
        // This month's has passed: the next month's.
        Some(passed) if passed < calendar.today => {
            let next = chrono::Months::new(1);
            calendar.nth_weekday_of_month(month.checked_add_months(next)?, nth, weekday)
        }
        date => date,
    };
    // A fifth weekday the month lacks: the month itself, rather than the weekday read
    // again on its own as the coming one.
    Some(Found {
        end,
        when: When::Date(date.unwrap_or(month.max(calendar.today))),
        marker: None,
    })
}

/// "early December", "mid-January", "late March", "the beginning of April", "the
/// middle of May": the 1st, the 15th or the 21st of that month.
fn part_of_month(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (part, end) = first_word(text, i, "beginning of|start of|middle of|early|mid|late")?;
    let at = text.skip_spaces(end);
    let at = if text.at(at) == '-' { at + 1 } else { at };
    let (month, end, _) = month_word(text, at)?;
    let day = [1, 1, 15, 1, 15, 21][part];
    date(end, calendar.coming_month_day(month, day))
}

/// "two weeks from now", "a week from today", "ten days later": counted from today.
fn from_now(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (n, end) = count_at(text, i)?;
    let (unit, end) = unit_of_time(text, text.skip_spaces(end))?;
    let (_, end) = first_word(
        text,
        text.skip_spaces(end),
        "from now|from today|later|time",
    )?;
    date(end, unit.after(n, calendar))
}

/// Durations and the named moments of the calendar and of the company's year.
fn spans_of_time(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((_, end)) = first_word(
        text,
        i,
        "before the month is out|before the end of the month|before month end|before month-end",
    ) {
        return date(end, calendar.end_of_month(0)).map(|found| Found {
            marker: Some(Marker::By),
            ..found
        });
    }
    if let Some((within, end)) = first_word(text, i, "within|in") {
        let end = text.skip_spaces(end);
        let end = first_word(text, end, "the next|the coming")
            .map_or(end, |(_, after)| text.skip_spaces(after));
        let (n, end) = count_at(text, end)?;
        let (unit, end) = unit_of_time(text, text.skip_spaces(end))?;
        let when = unit.after(n, calendar);
        // "in two weeks' time".
        let end = first_word(text, text.skip_spaces(end), "time").map_or(end, |(_, after)| after);
        let marker = if within == 0 { Marker::By } else { Marker::On };
        return when.map(|d| Found {
            end,
            when: When::Date(d),
            marker: Some(marker),
        });
    }
    if let Some(found) = the_ordinal_day(text, i, calendar) {
        return Some(found);
    }
    let i = first_word(text, i, "the").map_or(i, |(_, end)| text.skip_spaces(end));
    if let Some(found) = nth_weekday(text, i, calendar).or_else(|| part_of_month(text, i, calendar))
    {
        return Some(found);
    }
    if let Some(found) = from_now(text, i, calendar) {
        return Some(found);
    }
    // "Q4", "the fourth quarter" (of this fiscal year): a quarter of the fiscal year,
    // as 第4四半期.
    if let Some((k, end)) = first_word(
        text,
        i,
        "q1|q2|q3|q4|first quarter|second quarter|third quarter|fourth quarter",
    ) {
        let end = first_word(text, text.skip_spaces(end), "of this fiscal year|of the fiscal year|of this financial year|of the financial year|of this year")
            .map_or(end, |(_, after)| after);
        return date(end, calendar.fiscal_quarter_start(k as u32 % 4 + 1));
    }
    // "the Monday after next".
    if let Some((weekday, end)) = weekday_word(text, i) {
        if let Some((_, end)) = first_word(text, text.skip_spaces(end), "after next") {
            return date(end, calendar.weekday_of_week(weekday, 2));
        }
    }
    if let Some((eve, end)) = first_word(text, i, "christmas eve|christmas day|christmas") {
        let day = if eve == 0 { 24 } else { 25 };
        return date(end, calendar.coming_month_day(12, day));
    }
    if let Some((day, end)) = first_word(
        text,
        i,
        "new year's eve|new years eve|new year's day|new years day",
    ) {
        let (month, day) = if day < 2 { (12, 31) } else { (1, 1) };
        return date(end, calendar.coming_month_day(month, day));
    }
    // FY2027, fiscal 2027, fiscal year 2027: the first day of that fiscal year.
    if let Some((_, end)) = first_word(text, i, "fiscal year|fiscal|fy") {
        let at = text.skip_spaces(end);
        let at = if text.at(at) == '-' { at + 1 } else { at };
        if let Some((year, end)) = number_at(text, at).filter(|(y, _)| (1900..=2999).contains(y)) {
            return date(end, calendar.fiscal_year_start_of(year as i32));
        }
    }
    if let Some(end) = text
        .match_at(i, "fy")
        .filter(|&end| text.at(end).is_ascii_digit())
    {
        if let Some((year, end)) = number_at(text, end).filter(|(y, _)| (1900..=2999).contains(y)) {
            return date(end, calendar.fiscal_year_start_of(year as i32));
        }
    }
    // "the end of March": the last day of that month.
    if let Some((_, end)) = first_word(text, i, "end of") {
        if let Some((month, end, _)) = month_word(text, text.skip_spaces(end)) {
            let first = calendar.coming_month_day(month, 1)?;
            let last = first.checked_add_months(chrono::Months::new(1))?.pred_opt();
            return date(end, last);
        }
    }
    for &(moment, words) in TRIGGER_WORDS {
        if let Some((_, end)) = first_word(text, i, words) {
            return trigger(end, moment, calendar);
        }
    }
    if let Some(found) = before_the_fiscal_year_end(text, i, calendar) {
        return Some(found);
    }
    if let Some((period, end)) = first_word(text, i, "start of next month|beginning of next month|start of the month|beginning of the month|start of next year|beginning of next year|start of next week|beginning of next week|first of next month|1st of next month|first of the month|1st of the month") {
        // The words come in pairs (start of, beginning of).
        let when = match period / 2 {
            0 | 4 => calendar.first_of_month(1),
            1 | 5 => calendar.coming_month_start(),
            2 => NaiveDate::from_ymd_opt(calendar.year_of(1)?, 1, 1),
            _ => calendar.monday_of_week(1),
        };
        return date(end, when);
    }
    if let Some((period, end)) = first_word(text, i, "end of the month|end of this month|end of next month|end of the week|end of this week|end of the year|end of this year|end of next week|end of next year") {
        let when = match period {
            0 | 1 => calendar.end_of_month(0),
            2 => calendar.end_of_month(1),
            3 | 4 => calendar.weekday_of_week(Weekday::Sun, 0),
            7 => calendar.weekday_of_week(Weekday::Sun, 1),
            8 => NaiveDate::from_ymd_opt(calendar.year_of(1)?, 12, 31),
            _ => NaiveDate::from_ymd_opt(calendar.year_of(0)?, 12, 31),
        };
        return date(end, when);
    }
    None
}

/// "a month before the end of the fiscal year", "two weeks before the fiscal year end".
fn before_the_fiscal_year_end(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (n, end) = count_at(text, i)?;
    let (unit, end) = first_word(text, text.skip_spaces(end), "months|month|weeks|week")?;
    let (_, end) = first_word(text, text.skip_spaces(end), "before the end of the fiscal year|before the end of the financial year|before the fiscal year end|before the fiscal year-end|before the financial year end|before the end of the year|before year end|before the year end")?;
    let when = if unit >= 2 {
        calendar.before_fiscal_year_end(0, n)
    } else {
        calendar.before_fiscal_year_end(n, 0)
    };
    Some(Found {
        end,
        when: When::Trigger(Trigger::BeforeFiscalYearEnd, when),
        marker: None,
    })
}

/// today, tomorrow, next week, next Monday, this Friday, Friday, every Monday.
fn named_day(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((_, end)) = first_word(
        text,
        i,
        "today|tonight|this morning|this evening|this afternoon",
    ) {
        return date(end, Some(calendar.today));
    }
    // "this week", "this year": from today after "from", "starting"; otherwise the
    // period the act is to be done within, as 今週中, 今年中 (by its last day).
    if let Some((period, end)) = first_word(text, i, "this week|this month|this year") {
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
    if let Some((period, end)) = first_word(text, i, "this weekend|the weekend|next weekend") {
        let saturday = if period == 2 {
            calendar.weekday_of_week(Weekday::Sat, 1)
        } else {
            calendar
                .weekday_of_week(Weekday::Sat, 0)
                .filter(|d| *d >= calendar.today)
                .or_else(|| calendar.weekday_of_week(Weekday::Sat, 1))
        };
        return date(end, saturday);
    }
    if let Some((_, end)) = first_word(text, i, "the day after tomorrow|day after tomorrow") {
        return date(end, calendar.plus_days(2));
    }
    // With its common misspellings: the day is meant all the same.
    if let Some((_, end)) = first_word(text, i, "tomorrow|tomorow|tommorow|tommorrow") {
        return date(end, calendar.plus_days(1));
    }
    if let Some((period, end)) = first_word(
        text,
        i,
        "next week|next month|next year|the week after next|the month after next",
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
    if let Some((_, end)) = first_word(text, i, "every|each") {
        // "every second Thursday", "every other Friday": a rhythm all the same.
        let end = text.skip_spaces(end);
        let end = first_word(text, end, "other|second|third|fourth|alternate|2nd|3rd|4th")
            .map_or(end, |(_, after)| text.skip_spaces(after));
        let (_, end) = weekday_word(text, end)?;
        return Some(Found {
            end,
            when: When::Recurring,
            marker: None,
        });
    }
    if let Some((which, end)) = first_word(text, i, "next|this|this coming|on") {
        let (weekday, end) = weekday_word(text, text.skip_spaces(end))?;
        // "on Fridays": a rhythm, which a date given with it ("from 4 December") starts.
        if text.at(end) == 's' && text.is_word_end(end + 1) {
            return Some(Found {
                end: end + 1,
                when: When::Recurring,
                marker: None,
            });
        }
        if let Some((_, after)) = first_word(text, text.skip_spaces(end), "after next") {
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
    // "Monday after next", "Monday week": the one of the week after next.
    if let Some((_, after)) = first_word(text, text.skip_spaces(end), "after next|week") {
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
    // weekday names a thing, not a day.
    if ["the", "a", "my", "our", "your", "their", "his", "her"]
        .iter()
        .any(|w| word_before_is(text, i, w))
    {
        return None;
    }
    date(end, calendar.next_weekday(weekday))
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
    ];
    let first = text.at(i);
    DAYS.iter()
        .filter(|(name, _)| begins_with(name, first))
        .find_map(|&(name, day)| {
            let end = text.match_at(i, name)?;
            // "mondays" is accepted here and read as a rhythm by the caller.
            (text.is_word_end(end) || (text.at(end) == 's' && text.is_word_end(end + 1)))
                .then_some((day, end))
        })
}

/// December 1, Dec. 1st, 2026; 1 Dec; 1st of December 2026; December 2026; in April.
fn calendar_date(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((month, end, ambiguous)) = month_word(text, i) {
        let after = text.skip_spaces(end);
        // "December the 7th".
        let after = match first_word(text, after, "the") {
            Some((_, the_end)) if day_number(text, text.skip_spaces(the_end)).is_some() => {
                text.skip_spaces(the_end)
            }
            _ => after,
        };
        if let Some((day, end)) = day_number(text, after) {
            let (year, end) = year_after(text, end);
            let when = match year {
                Some(year) => NaiveDate::from_ymd_opt(year, month, day),
                None => calendar.coming_month_day(month, day),
            };
            return date(end, when);
        }
        if let Some((year, end)) = number_at(text, after).filter(|(y, _)| (1900..=2999).contains(y))
        {
            return date(end, NaiveDate::from_ymd_opt(year as i32, month, 1));
        }
        // "the January exam" names an exam, not a time.
        if word_before_is(text, i, "the") {
            return None;
        }
        // "may" and "march" are verbs too; alone they are only months after "in" or "from".
        if ambiguous
            && !matches!(
                preposition_before(text, i),
                Some(Marker::From) | Some(Marker::By)
            )
            && !word_before_is(text, i, "in")
        {
            return None;
        }
        let when = if month == calendar.today.month() {
            Some(calendar.today)
        } else {
            calendar.coming_month_day(month, 1)
        };
        return date(end, when);
    }
    let (day, end) = day_number(text, i)?;
    let end = text.skip_spaces(end);
    let end = first_word(text, end, "of").map_or(end, |(_, e)| text.skip_spaces(e));
    let (month, end, _) = month_word(text, end)?;
    let (year, end) = year_after(text, end);
    let when = match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day),
        None => calendar.coming_month_day(month, day),
    };
    date(end, when)
}

fn word_before_is(text: &Text, i: usize, word: &str) -> bool {
    let start = i.saturating_sub(word.len() + 1);
    text.word_at(start, word)
        .is_some_and(|end| text.skip_spaces(end) == i)
}

/// A month name or its abbreviation; the flag says it could also be an ordinary word.
fn month_word(text: &Text, i: usize) -> Option<(u32, usize, bool)> {
    // The full names in order, then the abbreviations: one string costs less in the
    // built site than a table of names and numbers.
    const NAMES: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    const ABBREVIATED: [u8; 12] = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];
    let (k, end) = first_word(text, i, NAMES)?;
    let month = ABBREVIATED
        .get(k.wrapping_sub(12))
        .map_or(k as u32 + 1, |&m| m as u32);
    let name = NAMES.split('|').nth(k).unwrap_or_default();
    let end = if text.at(end) == '.' && name.len() <= 4 {
        end + 1
    } else {
        end
    };
    Some((month, end, matches!(name, "may" | "march" | "mar")))
}

/// 1, 1st, 2nd, 23rd, 4th: a day of the month.
fn day_number(text: &Text, i: usize) -> Option<(u32, usize)> {
    let (day, end) = number_at(text, i).filter(|(d, _)| (1..=31).contains(d))?;
    if !text.at(i).is_ascii_digit() {
        return None;
    }
    let end = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| text.match_at(end, s))
        .unwrap_or(end);
    text.is_word_end(end).then_some((day, end))
}

/// ", 2026" or " 2026" after a day and month.
fn year_after(text: &Text, i: usize) -> (Option<i32>, usize) {
    let j = if text.at(i) == ',' { i + 1 } else { i };
    let j = text.skip_spaces(j);
    match number_at(text, j) {
        Some((year, end)) if (1900..=2999).contains(&year) && text.at(j).is_ascii_digit() => {
            (Some(year as i32), end)
        }
        _ => (None, i),
    }
}

/// A count in figures or in words: 3, a, an, one… twelve.
fn count_at(text: &Text, i: usize) -> Option<(u32, usize)> {
    if text.at(i).is_ascii_digit() {
        return number_at(text, i);
    }
    // Longest first, so that "a few" is not read as "a"; the counts are in order
    // from "twelve" down, then "an" and "a" for one.
    const WORDS: &str =
        "a few|a couple of|twelve|eleven|ten|nine|eight|seven|six|five|four|three|two|one|an|a";
    let (k, end) = first_word(text, i, WORDS)?;
    let n = match k {
        0 => 3,
        1 => 2,
        2..=13 => 14 - k as u32,
        _ => 1,
    };
    Some((n, end))
}

/// The first of the `|`-separated `words` that stands as whole words at `i`: its index
/// and where it ends. Callers tell the words apart by index, which costs less code than
/// comparing strings, and one string per list less data than a slice of them.
pub(crate) fn first_word(text: &Text, i: usize, words: &str) -> Option<(usize, usize)> {
    // Comparing the first letter first is a cheap filter that matters: this runs for
    // every word that could start a time.
    let mut length = 0;
    let mut first = [0u8; 16];
    while text.at(i + length).is_ascii_alphanumeric() && length < 16 {
        first[length] = text.at(i + length) as u8;
        length += 1;
    }
    // A list that does not even contain the word cannot start with it: one fast search
    // through the list's bytes saves splitting it, which is the common case.
    let word = std::str::from_utf8(&first[..length]).unwrap_or_default();
    if length == 0 || !words.contains(word) {
        return None;
    }
    let same_first_word = |pattern: &str| {
        let bytes = pattern.as_bytes();
        bytes.len() >= length
            && (0..length).all(|k| bytes[k] as char == text.at(i + k))
            && bytes.get(length).is_none_or(|b| !b.is_ascii_alphanumeric())
    };
    alternatives(words)
        .enumerate()
        .filter(|(_, w)| same_first_word(w))
        .find_map(|(k, w)| text.word_at(i, w).map(|end| (k, end)))
}

/// English names of the company-calendar moments, tried in this order.
const TRIGGER_WORDS: &[(Trigger, &str)] = &[
    (Trigger::NextFiscalYear, "next fiscal year|next financial year|new fiscal year|new financial year"),
    (Trigger::NextQuarter, "next quarter|start of next quarter|beginning of next quarter|start of the next quarter|beginning of the next quarter"),
    (Trigger::FiscalYearStart, "start of the fiscal year|beginning of the fiscal year|start of the financial year|start of the next fiscal year|beginning of the next fiscal year"),
    (Trigger::FiscalYearEnd, "end of the fiscal year|end of the financial year|end of this fiscal year|end of this financial year|fiscal year end|fiscal year-end|financial year end|year end|year-end"),
    (Trigger::SecondHalf, "second half|second half of the year|second half of the fiscal year"),
    (Trigger::NewYear, "new year's|new years|new year|turn of the year"),
    (Trigger::NextAppraisal, "next appraisal|next performance review|next review|next evaluation"),
    (Trigger::NextPersonnelChange, "next transfer|next reshuffle|next rotation"),
    (Trigger::NextOneToOne, "next one-to-one|next one-on-one|next 1on1|next 1-on-1|next one to one|next one on one"),
    (Trigger::Payday, "payday|next payday|bonuses are paid|bonus is paid|bonus day|bonus payday"),
];

/// A unit of time after a count: days, weeks, a fortnight, months, years (with the
/// possessive of "two weeks' time").
#[derive(Clone, Copy)]
enum Unit {
    Day,
    Week,
    Fortnight,
    Month,
    Year,
}

impl Unit {
    /// `n` of these from today.
    fn after(self, n: u32, calendar: &Calendar) -> Option<NaiveDate> {
        match self {
            Unit::Day => calendar.plus_days(n as u64),
            Unit::Week => calendar.plus_days(7 * n as u64),
            Unit::Fortnight => calendar.plus_days(14 * n as u64),
            Unit::Month => calendar.plus_months(n),
            Unit::Year => calendar.plus_months(n.checked_mul(12)?),
        }
    }
}

fn unit_of_time(text: &Text, i: usize) -> Option<(Unit, usize)> {
    let (k, end) = first_word(
        text,
        i,
        "days'|day's|days|day|weeks'|week's|weeks|week|fortnights|fortnight|months'|month's|months|month|years'|year's|years|year",
    )?;
    let unit = match k {
        0..=3 => Unit::Day,
        4..=7 => Unit::Week,
        8 | 9 => Unit::Fortnight,
        10..=13 => Unit::Month,
        _ => Unit::Year,
    };
    Some((unit, end))
}
