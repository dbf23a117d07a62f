//! Durations, deadlines and the periods of the calendar and of the company's year,
//! in English: within two weeks, in a month's time, two weeks from now, before the
//! month is out, the end of March, Q4, FY2027, Christmas, the start of next month, the
//! next fiscal year, a month before the end of the fiscal year. Most of them give a
//! last day (a deadline) or name a trigger of the company calendar rather than a day
//! on its own, which is why they are tried before the plain days and dates.

use chrono::{NaiveDate, Weekday};

use super::months::{month_word, nth_weekday, part_of_month, the_ordinal_day};
use super::{
    count_at, date, first_word, number_at, trigger, weekday_word, Calendar, Found, Marker, Text,
    Trigger, When,
};
use crate::domain::commitment::text::{words, Words};

/// Durations and the named moments of the calendar and of the company's year.
pub(super) fn spans_of_time(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((_, end)) = first_word(
        text,
        i,
        words!(
            "before the month is out|before the end of the month|before month end|before month-end"
        ),
    ) {
        return date(end, calendar.end_of_month(0)).map(|found| Found {
            marker: Some(Marker::By),
            ..found
        });
    }
    if let Some((within, end)) = first_word(text, i, words!("within|in|over|during")) {
        // "If my husband is transferred, I will ask HR within a week": the span counts
        // from the condition, which the text does not date, not from today.
        if after_a_condition(text, i) {
            return None;
        }
        let end = text.skip_spaces(end);
        // "within the first week of January": by its seventh day.
        if let Some((_, after)) = first_word(text, end, words!("the first week of")) {
            let (month, end, _) = month_word(text, text.skip_spaces(after))?;
            let seventh = calendar.coming_month_day(month, 7);
            return seventh.map(|day| Found {
                end,
                when: When::Date(day),
                marker: Some(if within == 1 { Marker::On } else { Marker::By }),
            });
        }
        let next = first_word(text, end, words!("the next|the coming"));
        let end = next.map_or(end, |(_, after)| text.skip_spaces(after));
        // "over the next year", "within the coming month": one of them, a span to act
        // within, not the calendar's next year.
        let (n, end) = match (count_at(text, end), next) {
            (Some(count), _) => count,
            // "in the coming weeks" is as vague as soon: only one of them is a span.
            (None, Some(_))
                if first_word(text, end, words!("year|month|week|fortnight")).is_some() =>
            {
                (1, end)
            }
            (None, _) => return None,
        };
        let (unit, end) = unit_of_time(text, text.skip_spaces(end))?;
        let when = unit.after(n, calendar);
        // "in two weeks' time".
        let end =
            first_word(text, text.skip_spaces(end), words!("time")).map_or(end, |(_, after)| after);
        let marker = if within != 1 || next.is_some() {
            Marker::By
        } else {
            Marker::On
        };
        return when.map(|d| Found {
            end,
            when: When::Date(d),
            marker: Some(marker),
        });
    }
    if let Some(found) = the_ordinal_day(text, i, calendar) {
        return Some(found);
    }
    let i = first_word(text, i, words!("the")).map_or(i, |(_, end)| text.skip_spaces(end));
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
        words!("q1|q2|q3|q4|first quarter|second quarter|third quarter|fourth quarter|1q|2q|3q|4q"),
    ) {
        // 3Q末: the quarter's last day, as 第3四半期末; Q1中に, Q1のうちに: by it.
        if text.at(end) == '末' {
            return date(
                end + 1,
                calendar.fiscal_quarter_end(k as u32 % 4 + 1, false),
            );
        }
        if let Some(within) = crate::domain::commitment::dates::within_after(text, end) {
            let last = calendar.fiscal_quarter_end(k as u32 % 4 + 1, false);
            return date(within, last).map(|found| Found {
                marker: Some(Marker::By),
                ..found
            });
        }
        let end = first_word(text, text.skip_spaces(end), words!("of this fiscal year|of the fiscal year|of this financial year|of the financial year|of this year"))
            .map_or(end, |(_, after)| after);
        return date(end, calendar.fiscal_quarter_start(k as u32 % 4 + 1));
    }
    // "the Monday after next".
    if let Some((weekday, end)) = weekday_word(text, i) {
        if let Some((_, end)) = first_word(text, text.skip_spaces(end), words!("after next")) {
            return date(end, calendar.weekday_of_week(weekday, 2));
        }
    }
    if let Some((_, end)) = first_word(
        text,
        i,
        words!("valentine's day|valentines day|valentine's"),
    ) {
        return date(end, calendar.coming_month_day(2, 14));
    }
    // Obon, 13 to 16 August, when most offices close.
    if let Some((_, end)) = first_word(text, i, words!("obon")) {
        return date(end, calendar.coming_month_day(8, 13));
    }
    // Thanksgiving, as people who keep it say it: the United States' fourth Thursday of
    // November (26 November 2026).
    if let Some((_, end)) = first_word(text, i, words!("thanksgiving day|thanksgiving")) {
        return date(end, calendar.coming_nth_weekday(11, 4, Weekday::Thu));
    }
    if let Some((eve, end)) = first_word(text, i, words!("christmas eve|christmas day|christmas")) {
        let day = if eve == 0 { 24 } else { 25 };
        return date(end, calendar.coming_month_day(12, day));
    }
    if let Some((day, end)) = first_word(
        text,
        i,
        words!("new year's eve|new years eve|new year's day|new years day"),
    ) {
        let (month, day) = if day < 2 { (12, 31) } else { (1, 1) };
        return date(end, calendar.coming_month_day(month, day));
    }
    // FY2027, fiscal 2027, fiscal year 2027: the first day of that fiscal year.
    if let Some((_, end)) = first_word(text, i, words!("fiscal year|fiscal|fy")) {
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
    if let Some((_, end)) = first_word(text, i, words!("end of")) {
        if let Some((month, end, _)) = month_word(text, text.skip_spaces(end)) {
            let first = calendar.named_month_first(month)?;
            let last = Calendar::last_of_month(first);
            return date(end, last);
        }
    }
    if let Some(found) = end_of_a_fiscal_period(text, i, calendar) {
        return Some(found);
    }
    if let Some(found) = second_half(text, i, calendar) {
        return Some(found);
    }
    for &(moment, ref words) in TRIGGER_WORDS {
        if let Some((k, end)) = first_word(text, i, words) {
            // "the new fiscal year" written in April is the year just begun, as 新年度.
            if moment == Trigger::NextFiscalYear && (2..4).contains(&k) {
                let now = calendar.new_fiscal_year();
                if now != calendar.next_fiscal_year_start() {
                    return date(end, now);
                }
            }
            return trigger(end, moment, calendar);
        }
    }
    if let Some(found) = before_the_fiscal_year_end(text, i, calendar) {
        return Some(found);
    }
    if let Some((period, end)) = first_word(text, i, words!("start of next month|beginning of next month|start of the month|beginning of the month|start of next year|beginning of next year|start of next week|beginning of next week|first of next month|1st of next month|first of the month|1st of the month")) {
        // The words come in pairs (start of, beginning of).
        let when = match period / 2 {
            0 | 4 => calendar.first_of_month(1),
            1 | 5 => calendar.coming_month_start(),
            2 => NaiveDate::from_ymd_opt(calendar.year_of(1)?, 1, 1),
            _ => calendar.monday_of_week(1),
        };
        return date(end, when);
    }
    if let Some((period, end)) = first_word(text, i, words!("end of the month|end of this month|end of next month|end of the week|end of this week|end of the year|end of this year|end of next week|end of next year|year end|year-end|eom|eow|eoy")) {
        // "by year-end" with no fiscal year named is the calendar year's end, as 年末 is;
        // the fiscal one is said as such (fiscal year-end, 年度末). EOM, EOW and EOY are
        // the ends of this month, week and year as people abbreviate them at work.
        let when = match period {
            0 | 1 | 11 => calendar.end_of_month(0),
            12 => calendar.weekday_of_week(Weekday::Sun, 0),
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

/// "a month before the end of the fiscal year", "two weeks before the fiscal year end",
/// "one month before the fiscal year closes". "Term" and "period" say 期 in English ("one
/// month before the end of the term"), and the Japanese word may stand after "before"
/// ("one month before 期末"); the end of the first half (上期末, "the end of the first
/// half") is 30 September, not the year's end.
fn before_the_fiscal_year_end(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (n, end) = count_at(text, i)?;
    let (unit, end) = first_word(
        text,
        text.skip_spaces(end),
        words!("months|month|weeks|week"),
    )?;
    let (months, weeks) = if unit >= 2 { (0, n) } else { (n, 0) };
    let at = text.skip_spaces(end);
    let (anchor, end) = first_word(text, at, words!("before the end of the first half|before the end of the 1st half|before 上期末|before 上半期末|before the end of the fiscal year|before the end of the financial year|before the fiscal year end|before the fiscal year-end|before the financial year end|before the fiscal year closes|before the fiscal year ends|before the financial year closes|before the financial year ends|before the end of the year|before year end|before the year end|before the end of the term|before the end of term|before the end of this term|before the term end|before term end|before the end of the period|before the end of this period|before the end of the fiscal period|before 期末|before 今期末|before 年度末|before 今年度末|before 下期末"))?;
    if anchor < 4 {
        return date(end, calendar.before_first_half_end(months, weeks));
    }
    let when = calendar.before_fiscal_year_end(months, weeks);
    Some(Found {
        end,
        when: When::Trigger(Trigger::BeforeFiscalYearEnd, when),
        marker: None,
    })
}

/// "the end of next fiscal year", "end of Q3 next FY": the last day of that period of the
/// company's year (a deadline), not the day the next year begins.
fn end_of_a_fiscal_period(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (_, end) = first_word(text, i, words!("end of"))?;
    let at = text.skip_spaces(end);
    let at = first_word(text, at, words!("the")).map_or(at, |(_, end)| text.skip_spaces(end));
    const NEXT_YEAR: Words = Words::new(
        "next fiscal year|next financial year|next fy|the next fiscal year|the next financial year",
    );
    if let Some((_, end)) = first_word(text, at, &NEXT_YEAR) {
        let last = calendar
            .date_of(Trigger::FiscalYearEnd)?
            .checked_add_months(chrono::Months::new(12));
        return date(end, last);
    }
    // "the end of fiscal Q3", "end of FY Q3": the fiscal year is the one quarters count in.
    let at = first_word(text, at, words!("fiscal|financial|fy"))
        .map_or(at, |(_, end)| text.skip_spaces(end));
    let (k, end) = first_word(text, at, words!("q1|q2|q3|q4|1q|2q|3q|4q"))?;
    let after = text.skip_spaces(end);
    let after =
        first_word(text, after, words!("of")).map_or(after, |(_, end)| text.skip_spaces(end));
    let (next, end) = match first_word(text, after, &NEXT_YEAR) {
        Some((_, end)) => (true, end),
        None => (false, end),
    };
    date(end, calendar.fiscal_quarter_end(k as u32 % 4 + 1, next))
}

/// "the second half", "2nd half of next FY", "H2": the first day of the second half of
/// the company's year (1 October under an April year), the coming one, or next fiscal
/// year's when the words say so.
fn second_half(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (_, end) = first_word(text, i, words!("second half|2nd half|h2|2h"))?;
    let at = text.skip_spaces(end);
    const NEXT_YEAR: Words = Words::new(
        "of next fiscal year|of next fy|of the next fiscal year|of next financial year|of the next fy");
    if let Some((_, end)) = first_word(text, at, &NEXT_YEAR) {
        // This fiscal year's second half, a year on.
        let when = calendar
            .next_fiscal_year_start()?
            .checked_sub_months(chrono::Months::new(6))?
            .checked_add_months(chrono::Months::new(12));
        return Some(Found {
            end,
            when: When::Trigger(Trigger::SecondHalf, when),
            marker: None,
        });
    }
    const THIS_YEAR: Words =
        Words::new("of the year|of the fiscal year|of this fiscal year|of the fy|of this fy");
    let end = first_word(text, at, &THIS_YEAR).map_or(end, |(_, after)| after);
    trigger(end, Trigger::SecondHalf, calendar)
}

/// "two weeks from now", "a week from today", "ten days later", "fortnight from today":
/// counted from today; "a week from Monday": from the coming Monday.
fn from_now(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (n, end) = count_at(text, i).unwrap_or((1, i));
    let (unit, end) = unit_of_time(text, text.skip_spaces(end))?;
    let at = text.skip_spaces(end);
    if let Some((_, from)) = first_word(text, at, words!("from")) {
        if let Some((weekday, end)) = weekday_word(text, text.skip_spaces(from)) {
            let base = calendar.next_weekday(weekday)?;
            return date(end, unit.after(n, &calendar.seen_from(base)));
        }
    }
    let (_, end) = first_word(text, at, words!("from now|from today|later|time"))?;
    // Without a count only "from now/today" says it is a span ("fortnight from today").
    if end == i
        || (count_at(text, i).is_none() && first_word(text, at, words!("later|time")).is_some())
    {
        return None;
    }
    date(end, unit.after(n, calendar))
}

/// English names of the company-calendar moments, tried in this order.
const TRIGGER_WORDS: &[(Trigger, Words)] = &[
    (Trigger::NextFiscalYear, Words::new("next fiscal year|next financial year|new fiscal year|new financial year|next fy|the next fy|next term|the next term|next business year")),
    (Trigger::NextQuarter, Words::new("next quarter|start of next quarter|beginning of next quarter|start of the next quarter|beginning of the next quarter")),
    (Trigger::FiscalYearStart, Words::new("start of the fiscal year|beginning of the fiscal year|start of the financial year|start of the next fiscal year|beginning of the next fiscal year")),
    (Trigger::FiscalYearEnd, Words::new("end of the term|end of term|end of this term|term end|end of the fiscal period|end of the fiscal year|end of the financial year|end of this fiscal year|end of this financial year|fiscal year end|fiscal year-end|financial year end|financial year-end|end of fy|end of the fy|end of this fy|fy end|fy-end")),
    (Trigger::NewYear, Words::new("new year's|new years|new year|turn of the year")),
    (Trigger::NextAppraisal, Words::new("next appraisal|next performance review|next review|next evaluation")),
    (Trigger::NextPersonnelChange, Words::new("next transfer|next reshuffle|next rotation")),
    (Trigger::NextOneToOne, Words::new("next one-to-one|next one-on-one|next 1on1|next 1-on-1|next one to one|next one on one")),
    (Trigger::Payday, Words::new("payday|next payday|bonuses are paid|bonus is paid|bonus day|bonus payday")),
    // The next sprint: the team's calendar knows its day; so does the transfers'
    // announcement.
    (Trigger::CompanyEvent, Words::new("next sprint|the next sprint|next iteration|the next iteration")),
    (Trigger::NextPersonnelChange, Words::new("when the transfer results come out|when the transfer list comes out|when the transfers are announced|when the transfer results are announced|when the reshuffle is announced")),
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
    /// "3 business days": only the days the office is open count.
    BusinessDay,
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
            Unit::BusinessDay => calendar.plus_business_days(n),
        }
    }
}

fn unit_of_time(text: &Text, i: usize) -> Option<(Unit, usize)> {
    if let Some((_, end)) = first_word(
        text,
        i,
        words!("business days|business day|working days|working day|workdays|workday"),
    ) {
        return Some((Unit::BusinessDay, end));
    }
    let (k, end) = first_word(
        text,
        i,
        words!("days'|day's|days|day|weeks'|week's|weeks|week|fortnights|fortnight|months'|month's|months|month|years'|year's|years|year"),
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

/// Whether the sentence of `i` opens with a condition ("If …,")
/// that a comma closes before `i`.
fn after_a_condition(text: &Text, i: usize) -> bool {
    let mut start = i;
    while start > 0 && !matches!(text.at(start - 1), '.' | '!' | '?' | '。' | '\n') {
        start -= 1;
    }
    let start = text.skip_spaces(start);
    first_word(text, start, words!("if|after")).is_some() && (start..i).any(|k| text.at(k) == ',')
}
