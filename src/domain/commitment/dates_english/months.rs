//! A day within a named month, in English: December 1, Dec. 1st, 2026, 1st of
//! December, December 2026, in April, the 15th, the first Monday in January, the
//! first business day of December, early March, mid-January. They share the reading
//! of a month's name (with "may" and "march", which are verbs too), of a day's number
//! and of a year after them, which the other forms do not need.

use chrono::{Datelike, NaiveDate};

use super::{
    date, first_word, number_at, preposition_before, weekday_word, word_before_is, Calendar, Found,
    Marker, Text, When,
};
use crate::domain::commitment::text::{words, Words};

/// December 1, Dec. 1st, 2026; 1 Dec; 1st of December 2026; December 2026; in April.
pub(super) fn calendar_date(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((month, end, ambiguous)) = month_word(text, i) {
        let after = text.skip_spaces(end);
        // "December the 7th".
        let after = match first_word(text, after, words!("the")) {
            Some((_, the_end)) if day_number(text, text.skip_spaces(the_end)).is_some() => {
                text.skip_spaces(the_end)
            }
            _ => after,
        };
        if let Some((day, end)) = day_number(text, after) {
            let (year, end) = year_after(text, end);
            let when = match year {
                Some(year) => NaiveDate::from_ymd_opt(year, month, day),
                None => calendar.written_month_day(month, day),
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
        // "may" and "march" are verbs too; alone they are only months after "in",
        // "next" or "from".
        if ambiguous
            && !matches!(
                preposition_before(text, i),
                Some(Marker::From) | Some(Marker::By)
            )
            && !word_before_is(text, i, "in")
            && !word_before_is(text, i, "next")
        {
            return None;
        }
        let when = if month == calendar.today.month() {
            Some(calendar.today)
        } else {
            calendar.written_month_day(month, 1)
        };
        return date(end, when);
    }
    let (day, end) = day_number(text, i)?;
    let end = text.skip_spaces(end);
    let end = first_word(text, end, words!("of")).map_or(end, |(_, e)| text.skip_spaces(e));
    let (month, end, _) = month_word(text, end)?;
    let (year, end) = year_after(text, end);
    let when = match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day),
        None => calendar.written_month_day(month, day),
    };
    date(end, when)
}

/// "the 3rd", "the 15th" with no month: the coming day of that number (this month's
/// unless it has passed). "the 1st of December" is left to `calendar_date`.
pub(super) fn the_ordinal_day(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (_, after_the) = first_word(text, i, words!("the"))?;
    ordinal_day(text, text.skip_spaces(after_the), calendar)
}

/// "24th" after "the" or a weekday ("Tue 24th"): a day of the month written alone with its
/// ordinal ending, the coming one.
pub(super) fn ordinal_day(text: &Text, at: usize, calendar: &Calendar) -> Option<Found> {
    let (day, end) = day_number(text, at)?;
    let ordinal = end > at && text.at(end - 1).is_ascii_alphabetic();
    let after = text.skip_spaces(end);
    let month_follows =
        first_word(text, after, words!("of")).is_some() || month_word(text, after).is_some();
    // "the 1st business day of every month", "the 2nd Monday": a weekday counted; "the
    // 2nd half": a part of the year.
    let weekday_follows = weekday_word(text, after).is_some()
        || first_word(
            text,
            after,
            words!("business|working|workday|weekday|week|half|quarter"),
        )
        .is_some();
    if !ordinal || month_follows || weekday_follows {
        return None;
    }
    date(end, calendar.coming_day_of_month(day))
}

/// "the first Monday of the new year", "the second Friday of next month", "the first
/// Monday in January", "the first business day of December": a weekday counted within
/// a month.
pub(super) fn nth_weekday(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (nth, end) = first_word(
        text,
        i,
        words!("first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th"),
    )?;
    let nth = match nth {
        5 => 0,
        k if k > 5 => k as u32 - 5,
        k => k as u32 + 1,
    };
    let end = text.skip_spaces(end);
    // "the second week of January" is the week a wall calendar shows second, as
    // 1月の第2週 (`Calendar::nth_week_of_month`).
    let week = first_word(text, end, words!("week")).map(|(_, end)| end);
    let (weekday, end) = match (weekday_word(text, end), week) {
        (Some((weekday, end)), _) => (Some(weekday), end),
        (None, Some(end)) => (None, end),
        (None, None) => (
            None,
            first_word(
                text,
                end,
                words!("business day|working day|workday|weekday"),
            )?
            .1,
        ),
    };
    // "the first Monday of January", "the first Monday in January".
    let (_, end) = first_word(text, text.skip_spaces(end), words!("of|in"))?;
    let at = text.skip_spaces(end);
    let (month, end) = if let Some((period, end)) = first_word(
        text,
        at,
        words!("the new year|next year|the year|this month|the month|next month|every month|each month"),
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
    } else if let Some((year, end)) =
        number_at(text, at).filter(|&(year, end)| (2000..2100).contains(&year) && end == at + 4)
    {
        // "the first business day of 2027": of its January.
        (NaiveDate::from_ymd_opt(year as i32, 1, 1)?, end)
    } else {
        let (month, end, _) = month_word(text, at)?;
        // The month named is this one while it lasts ("the last Friday of November"
        // on 20 November is seven days away), else its coming one.
        (calendar.named_month_first(month)?, end)
    };
    let date = match week {
        Some(_) => Calendar::nth_week_of_month(month, nth.max(1)),
        None => calendar.nth_weekday_of_month(month, nth, weekday),
    };
    let date = match date {
        // This month's has passed: the next month's, or a named month's next year.
        Some(passed) if passed < calendar.today => {
            let months = if month.month() == calendar.today.month() && named_month(text, at) {
                12
            } else {
                1
            };
            let next = chrono::Months::new(months);
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

/// Whether the month at `i` is named ("November") rather than "this month".
fn named_month(text: &Text, i: usize) -> bool {
    month_word(text, i).is_some()
}

/// "early December", "mid-January", "late March", "the beginning of April", "the
/// middle of May": the 1st, the 15th or the 21st of that month.
pub(super) fn part_of_month(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (part, end) = first_word(
        text,
        i,
        words!("beginning of|start of|middle of|early|mid|late"),
    )?;
    let at = text.skip_spaces(end);
    let at = if text.at(at) == '-' { at + 1 } else { at };
    let (month, end, _) = month_word(text, at)?;
    // "by early December" is a deadline: the part's last day (the 10th; mid-month is the
    // 15th, the middle itself; a late month ends with the month), as 上旬までに does.
    let by = i
        .checked_sub(3)
        .and_then(|start| text.word_at(start, "by"))
        .is_some_and(|by_end| by_end + 1 == i);
    if by {
        // This month's part while it lasts ("by late December" on 2 December is this
        // December's 31st), else the coming one's.
        let last_of = |first: NaiveDate| match [10, 10, 15, 10, 15, 0][part] {
            0 => Calendar::last_of_month(first),
            day => first.with_day(day),
        };
        let this = calendar.named_month_first(month).and_then(last_of);
        let last = match this {
            Some(day) if day >= calendar.today => Some(day),
            _ => calendar.coming_month_day(month, 1).and_then(last_of),
        };
        return date(end, last);
    }
    let day = [1, 1, 15, 1, 15, 21][part];
    date(end, calendar.coming_month_day(month, day))
}

/// A month name or its abbreviation; the flag says it could also be an ordinary word.
pub(super) fn month_word(text: &Text, i: usize) -> Option<(u32, usize, bool)> {
    // The full names in order, then the abbreviations: one string costs less in the
    // built site than a table of names and numbers.
    const NAMES: Words = Words::new( "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec");
    const ABBREVIATED: [u8; 12] = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];
    let (k, end) = first_word(text, i, &NAMES)?;
    let month = ABBREVIATED
        .get(k.wrapping_sub(12))
        .map_or(k as u32 + 1, |&m| m as u32);
    let name = NAMES.iter().nth(k).unwrap_or_default();
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
