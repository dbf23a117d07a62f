//! Dates and spans written in figures or kanji numerals: 2026-12-01, 12/1, 14/12, 4/1/2027, 2027/1, 12.16に,
//! 令和8年12月1日, 2027年度, 12月1日, 12月末, 12月上旬, 1年以内, 3ヶ月以内, 2週間後. A
//! month without a year is this year's unless it has passed.

use chrono::Datelike;

use super::{found, number_at, Calendar, Found, Marker, NaiveDate, Text, When};
use crate::domain::commitment::text::{words, Words};
use crate::domain::commitment::{dates_interview, Trigger};

/// Dates in figures or kanji numerals, and durations such as 1年以内.
pub(super) fn numeric(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some(after_era) = text.first_of(i, words!("令和|r")).map(|(_, end)| end) {
        let (n, end) = if text.at(after_era) == '元' {
            (1, after_era + 1)
        } else {
            number_at(text, after_era)?
        };
        let year = 2018 + n as i32;
        if let Some(after_year) = text.match_at(end, "年") {
            return after_year_number(text, after_year, year, calendar);
        }
        // R9.1.25, 令和9/1/25: the era's year, the month and the day in figures.
        let separator = text.at(end);
        if !matches!(separator, '.' | '/') {
            return None;
        }
        let (month, end) = number_at(text, end + 1)?;
        // R9.4〜: the era's year and a month, from its first day.
        if text.at(end) != separator {
            let month_alone = (1..=12).contains(&month) && !text.at(end).is_ascii_alphanumeric();
            return found(
                end,
                NaiveDate::from_ymd_opt(year, month, 1).filter(|_| month_alone),
                None,
            );
        }
        let (day, end) = number_at(text, end + 1)?;
        return found(end, NaiveDate::from_ymd_opt(year, month, day), None);
    }
    let (n, end) = number_at(text, i)?;
    let separator = text.at(end);
    if n >= 1000 && matches!(separator, '-' | '/' | '.') {
        let (month, end) = number_at(text, end + 1)?;
        if text.at(end) != separator {
            // 2027/1, 2027.04: a year and a month, from its first day (a year first
            // cannot be a day and a month); not 2027-1, which may be a number of a kind.
            let month_alone = separator != '-'
                && (1900..=2999).contains(&n)
                && (1..=12).contains(&month)
                && !text.at(end).is_ascii_alphanumeric()
                && !(matches!(text.at(end), '.' | ',') && text.at(end + 1).is_ascii_digit());
            return found(
                end,
                NaiveDate::from_ymd_opt(n as i32, month, 1).filter(|_| month_alone),
                None,
            );
        }
        let (day, end) = number_at(text, end + 1)?;
        return found(end, NaiveDate::from_ymd_opt(n as i32, month, day), None);
    }
    // 12.16に: a month and a day with a full stop, when a particle follows (not 1.5倍).
    if separator == '.' && (1..=12).contains(&n) && text.at(end + 1).is_ascii_digit() {
        let (day, after) = number_at(text, end + 1)?;
        let spaced = if text.at(after) == ' ' {
            after + 1
        } else {
            after
        };
        let particle = text
            .first_of(spaced, words!("に|から|まで|の|、|(|（"))
            .is_some();
        // "no later than 12.18", "by 12.18": after an English preposition of time.
        let preposition = {
            let mut start = i;
            while start > 0 && text.at(start - 1) == ' ' {
                start -= 1;
            }
            let end = start;
            while start > 0 && text.at(start - 1).is_ascii_alphabetic() && end - start < 8 {
                start -= 1;
            }
            start < end
                && ["by", "than", "on", "before", "until", "from"]
                    .iter()
                    .any(|w| text.word_at(start, w) == Some(end))
        };
        // …and only where the phrase ends ("by 1.5 times" is a ratio).
        let preposition = preposition
            && matches!(text.at(after), '.' | ',' | ';' | '\0')
            && !text.at(after + 1).is_ascii_digit();
        if !preposition && (!particle || text.at(after) == '.') {
            return None;
        }
        return found(after, calendar.written_month_day(n, day), None);
    }
    // 14/12, 30/11: a day before its month, as many write it; read only when the first
    // number cannot be a month (and never in "24/7", round the clock).
    if separator == '/' && (13..=31).contains(&n) {
        let (month, end) = number_at(text, end + 1)?;
        if !(1..=12).contains(&month) || (n, month) == (24, 7) {
            return None;
        }
        if text.at(end) == '/' {
            let (year, end) = full_year(text, end + 1)?;
            return found(end, NaiveDate::from_ymd_opt(year, month, n), None);
        }
        return found(end, calendar.written_month_day(month, n), None);
    }
    if separator == '/' && (1..=12).contains(&n) {
        let (day, end) = number_at(text, end + 1)?;
        // 4/1/2027: the month, the day and the year, as American English writes them.
        if text.at(end) == '/' {
            let (year, end) = full_year(text, end + 1)?;
            return found(end, NaiveDate::from_ymd_opt(year, n, day), None);
        }
        if text.at(end).is_ascii_digit() {
            return None;
        }
        return found(end, calendar.written_month_day(n, day), None);
    }
    if separator == '年' && (1900..=2999).contains(&n) {
        return after_year_number(text, end + 1, n as i32, calendar);
    }
    if separator == '月' && (1..=12).contains(&n) {
        // 12月の面談で: the interview being prepared for, on its day when it falls in
        // that month (a rehired employee's 12月の面談で…伝えます was dated today).
        if let Some(found) = interview_of_the_month(text, end + 1, n, calendar) {
            return Some(found);
        }
        return after_month_number(text, end + 1, None, n, calendar);
    }
    if separator == '日' {
        if let Some(found) = day_of_month_alone(text, i, end, n, calendar) {
            return Some(found);
        }
    }
    // 夫の転勤が決まったら、1週間以内に: a span right after a condition counts from it,
    // which the text does not date, not from today.
    if after_a_condition(text, i) {
        return None;
    }
    duration(text, end, n, calendar)
}

/// の面談 at `i`, after the month `month`, when the interview's day falls in it: the
/// interview, read on from 面談 as its own words are (面談で, 面談までに).
fn interview_of_the_month(text: &Text, i: usize, month: u32, calendar: &Calendar) -> Option<Found> {
    let day = calendar.interview().filter(|day| day.month() == month)?;
    let at = text.match_at(i, "の")?;
    let end = text.match_at(at, "面談")?;
    Some(
        dates_interview::japanese(text, at, calendar).unwrap_or(Found {
            end,
            when: When::Trigger(Trigger::Interview, Some(day)),
            marker: Some(Marker::On),
        }),
    )
}

/// Whether the chars before `i` end a condition (決まったら、, 済んだら): what
/// follows counts from it.
fn after_a_condition(text: &Text, i: usize) -> bool {
    let mut j = i;
    while j > 0 && matches!(text.at(j - 1), '、' | ',' | ' ') {
        j -= 1;
    }
    ["たら", "だら"]
        .iter()
        .any(|ending| text.ends_with_at(j, ending).is_some())
}

/// A year in four figures at `i` (the end of 4/1/2027), and where it ends.
fn full_year(text: &Text, i: usize) -> Option<(i32, usize)> {
    let (year, end) = number_at(text, i)?;
    ((1900..=2999).contains(&year) && !text.at(end).is_ascii_digit()).then_some((year as i32, end))
}

/// 15日までに, 27日から, 26日(木)に: a day of the month written alone is the coming one
/// (this month's unless it has passed). Read only before a particle of time or a
/// weekday note, since 1日2時間 or 3日で is a count of days, and never after 毎月 or 月
/// (a rhythm or a month already read).
fn day_of_month_alone(
    text: &Text,
    i: usize,
    end: usize,
    day: u32,
    calendar: &Calendar,
) -> Option<Found> {
    if !(1..=31).contains(&day) || (i > 0 && matches!(text.at(i - 1), '月' | '毎' | '第')) {
        return None;
    }
    let after = end + 1;
    let dated = text
        .first_of(after, words!("までに|まで|から|以降"))
        .is_some()
        || (text.at(after) == '(' && "月火水木金土日".contains(text.at(after + 1)));
    if !dated {
        return None;
    }
    found(after, calendar.coming_day_of_month(day), None)
}

/// After 2027年: 2027年度, 2027年4月, 2027年4月1日, or 2027年 alone (1 January).
fn after_year_number(text: &Text, i: usize, year: i32, calendar: &Calendar) -> Option<Found> {
    if text.at(i) == '度' {
        return found(i + 1, calendar.fiscal_year_start_of(year), None);
    }
    if let Some((month, end)) = number_at(text, i) {
        if text.at(end) == '月' && (1..=12).contains(&month) {
            return after_month_number(text, end + 1, Some(year), month, calendar);
        }
    }
    found(i, NaiveDate::from_ymd_opt(year, 1, 1), None)
}

/// After 12月: 12月1日, 12月末, 12月中, 12月上旬, or 12月 alone (its first day). A month
/// without a year is this year's unless it has passed; the current month means today.
pub(crate) fn after_month_number(
    text: &Text,
    i: usize,
    year: Option<i32>,
    month: u32,
    calendar: &Calendar,
) -> Option<Found> {
    if text.at(i) == '曜' {
        return None;
    }
    let first = match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, 1)?,
        None => calendar
            .written_month_day(month, 1)
            .filter(|_| month != chrono::Datelike::month(&calendar.today))
            .unwrap_or(calendar.today),
    };
    // 1月の中旬, 3月の末: the part of the month after の is the month's part, as 1月中旬.
    let parts = words!("末|中旬|半ば|中頃|下旬|初め|初旬|上旬|頭");
    let i = match text.match_at(i, "の") {
        Some(after) if text.first_of(after, parts).is_some() => after,
        _ => i,
    };
    let (first_year, first_month) = (
        chrono::Datelike::year(&first),
        chrono::Datelike::month(&first),
    );
    if let Some((day, end)) = number_at(text, i) {
        if text.at(end) == '日' && (1..=31).contains(&day) {
            let date = match year {
                Some(year) => NaiveDate::from_ymd_opt(year, month, day),
                None => calendar.written_month_day(month, day),
            };
            return found(end + 1, date, None);
        }
    }
    let last = Calendar::last_of_month(NaiveDate::from_ymd_opt(first_year, first_month, 1)?);
    if let Some(end) = text.match_at(i, "末") {
        return found(end, last, None);
    }
    // 中旬 begins on the 11th, 下旬 on the 21st; as a deadline (中旬までに) each ends
    // on its last day.
    // 半ば and 中頃 (12月半ば, 12月中頃) are 中旬.
    if let Some((k, end)) = text.first_of(i, words!("中旬|半ば|中頃|下旬")) {
        let part = [(11, 20), (11, 20), (11, 20), (21, 31)][k];
        return Some(part_of_month(text, end, first, part));
    }
    if let Some(end) = text.match_at(i, "中") {
        return found(end, last, Some(Marker::By));
    }
    match text.first_of(i, words!("初め|初旬|上旬|頭")) {
        Some((_, end)) => Some(part_of_month(text, end, first, (1, 10))),
        None => found(i, Some(first), None),
    }
}

/// 12月中旬, 来月上旬: the part of `month` (a day in it) whose days are `first..=last`
/// (31 for the month's end), the time ending at `end`. It is read from its first day, as
/// the time the act begins, unless a deadline follows (中旬までに): by then, its last day
/// (the 10th, the 20th, the month's last).
pub(crate) fn part_of_month(
    text: &Text,
    end: usize,
    month: NaiveDate,
    (first, last): (u32, u32),
) -> Found {
    let deadline = text.first_of(end, words!("までに|まで")).is_some();
    let date = match (deadline, last) {
        (false, _) => month.with_day(first),
        (true, 31) => Calendar::last_of_month(month),
        (true, _) => month.with_day(last),
    };
    Found {
        end,
        when: When::Date(date.unwrap_or(month)),
        marker: None,
    }
}

/// 1年以内, 3ヶ月以内, 2週間後, 3営業日以内: a span of time counted from today.
fn duration(text: &Text, i: usize, n: u32, calendar: &Calendar) -> Option<Found> {
    // Business days count only the days the office is open (5営業日後 from a Friday
    // before a Monday holiday is the Friday after).
    if let Some(end) = text.match_at(i, "営業日") {
        let date = calendar.plus_business_days(n);
        if let Some(end) = text.match_at(end, "以内") {
            return found(end, date, Some(Marker::By));
        }
        let (_, end) = text.first_of(end, words!("後に|後から|後"))?;
        return found(end, date, Some(Marker::On));
    }
    const UNITS: Words = Words::new( "年間|年|ヶ月間|ヶ月|か月間|か月|カ月間|カ月|ヵ月間|ヵ月|ケ月間|ケ月|箇月間|箇月|週間|日間|日");
    let (unit, end) = text.first_of(i, &UNITS)?;
    let date = match unit {
        0 | 1 => calendar.plus_months(n.checked_mul(12)?),
        14 => calendar.plus_days(7 * n as u64),
        15 | 16 => calendar.plus_days(n as u64),
        _ => calendar.plus_months(n),
    };
    if let Some(end) = text.match_at(end, "以内") {
        return found(end, date, Some(Marker::By));
    }
    let (_, end) = text.first_of(end, words!("後に|後から|後"))?;
    found(end, date, Some(Marker::On))
}
