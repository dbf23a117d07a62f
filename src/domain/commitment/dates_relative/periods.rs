//! A week, a month or a year counted from this one in Japanese (今週, 来月, 再来年,
//! 来年度) and what may follow it: a weekday, a day, a month, a season, or 中, 末, 初め.
//! Split from `dates_relative` so that each file reads in one sitting.

use chrono::{Datelike, NaiveDate, Weekday};

use super::fiscal::fiscal_year;
use super::{found, number_at, relative, weekday_at, words, Calendar, Found, Marker, Text, When};
use crate::domain::commitment::dates::{after_month_number, part_of_month};

/// 今週, 来月, 再来年 and what may follow: a weekday, a day, a month, a season, or
/// 中 (within), 末 (the end), 初め (the beginning). One reading for the three units
/// costs less code than three; `ahead` counts the weeks, months or years from now.
pub(super) fn this_next_or_after(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (ahead, end) = text.first_of(i, words!("今|来|再来"))?;
    let n = ahead as u32;
    let unit = text.at(end);
    let end = end + 1;
    let after_no = text.match_at(end, "の").unwrap_or(end);
    // The first day of the period, the day 中 means, and the day 末 means.
    let (first, within, last) = match unit {
        '週' => {
            if let Some((weekday, end)) = weekday_at(text, after_no) {
                return found(end, calendar.weekday_of_week(weekday, n), None);
            }
            // 来週の土日: that weekend, from its Saturday.
            if let Some(end) = text.match_at(after_no, "土日") {
                return found(end, calendar.weekday_of_week(Weekday::Sat, n), None);
            }
            // 来週26日, 来週の26日: the day of that week with that number.
            if let Some((day, day_end)) = number_at(text, after_no) {
                // Not a count of days (来週3日間, 来週2日だけ).
                let count = text
                    .first_of(day_end + 1, words!("間|以上|以内|ほど|程度|だけ|ずつ"))
                    .is_some();
                if text.at(day_end) == '日' && !count {
                    let monday = calendar.monday_of_week(n)?;
                    let date = monday.iter_days().take(7).find(|d| d.day() == day);
                    if date.is_some() {
                        return found(day_end + 1, date, None);
                    }
                }
            }
            // 来週明け: the week's first business day (the Tuesday after a Monday holiday).
            if let Some(end) = text.match_at(end, "明け") {
                let monday = calendar.monday_of_week(n)?;
                let open = monday
                    .iter_days()
                    .take(7)
                    .find(|&day| crate::domain::commitment::holidays::is_business_day(day));
                return found(end, open.or(Some(monday)), None);
            }
            let sunday = calendar.weekday_of_week(Weekday::Sun, n);
            (
                calendar.monday_of_week(n),
                sunday,
                calendar.weekday_of_week(Weekday::Sat, n),
            )
        }
        '月' => {
            if let Some((day, day_end)) = number_at(text, after_no) {
                if text.at(day_end) == '日' {
                    return found(day_end + 1, calendar.day_of_month(n, day), None);
                }
            }
            // 今月初め is the first of this month, not today; 中旬 begins on the 11th,
            // 下旬 on the 21st (and by 中旬までに, ends on the 20th).
            if let Some((k, end)) =
                text.first_of(after_no, words!("初め|初旬|上旬|頭|中旬|半ば|中頃|下旬"))
            {
                let part = [
                    (1, 10),
                    (1, 10),
                    (1, 10),
                    (1, 10),
                    (11, 20),
                    (11, 20),
                    (11, 20),
                    (21, 31),
                ][k];
                let month = calendar.day_of_month(n, 1)?;
                return Some(part_of_month(text, end, month, part));
            }
            let last = calendar.end_of_month(n);
            (calendar.first_of_month(n), last, last)
        }
        // 今期中, 今期末: this fiscal year, as 今年度 (来期 is a trigger word).
        '期' if n == 0 && text.first_of(end, words!("中|内|末")).is_some() => {
            return fiscal_year(text, end, 0, calendar)
        }
        '年' => {
            if text.at(end) == '度' && n < 2 {
                return fiscal_year(text, end + 1, n, calendar);
            }
            let year = calendar.year_of(n)?;
            if let Some((month, month_end)) = number_at(text, after_no) {
                if text.at(month_end) == '月' && (1..=12).contains(&month) {
                    return after_month_number(text, month_end + 1, Some(year), month, calendar);
                }
            }
            // A season is read as the first day of its first month: 来年の春 = 1 March.
            if let Some((season, end)) = text.first_of(after_no, words!("春|夏|秋|冬")) {
                let month = 3 + 3 * season as u32;
                return found(end, NaiveDate::from_ymd_opt(year, month, 1), None);
            }
            // 来年のゴールデンウィーク明け, 来年のクリスマス: a named day of that year, read
            // as the coming one seen from its 1 January (not the year's first day, nor
            // this year's Christmas).
            if n > 0 && after_no > end {
                let seen = calendar.seen_from(NaiveDate::from_ymd_opt(year, 1, 1)?);
                let named = relative(text, after_no, &seen)
                    .filter(|named| matches!(named.when, When::Date(date) if date.year() == year));
                if named.is_some() {
                    return named;
                }
            }
            let last = NaiveDate::from_ymd_opt(year, 12, 31);
            (NaiveDate::from_ymd_opt(year, 1, 1), last, last)
        }
        _ => return None,
    };
    if let Some(end) = text.match_at(end, "中") {
        return found(end, within, Some(Marker::By));
    }
    if let Some(end) = text.match_at(end, "末") {
        // 今週末までに: as a deadline the weekend ends on its Sunday, as 週末までに.
        if unit == '週' && text.match_at(end, "まで").is_some() {
            return found(end, within, None);
        }
        return found(end, last, None);
    }
    // This week, month or year: from today.
    let date = if n == 0 { Some(calendar.today) } else { first };
    let end = match unit {
        '年' => text
            .first_of(end, words!("初め|明け"))
            .map_or(end, |(_, end)| end),
        _ => end,
    };
    found(end, date, None)
}
