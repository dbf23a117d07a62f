//! Recognises the times people type in Japanese and in figures: 12月1日, 12/1,
//! 2026-12-01, 令和8年12月1日, 十二月一日, 来週金曜, 来月, 年明け, 期末の一ヶ月前, 1年以内…
//! and the particle after them that says whether the time is a start (から), a
//! deadline (までに) or a day (に). English phrases live in `dates_english`.
//!
//! Every pattern looks ahead a bounded number of chars from where it starts, so the
//! scanner stays linear in the length of the text.

use chrono::{NaiveDate, Weekday};

use super::calendar::Calendar;
use super::text::{number_at, Text};
use super::Trigger;

/// A time expression found in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Found {
    /// Where the expression (with its particle) ends, in chars.
    pub(crate) end: usize,
    pub(crate) when: When,
    /// Set when the expression itself says it (今月中 is a deadline); otherwise the
    /// particle or preposition around it decides.
    pub(crate) marker: Option<Marker>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum When {
    Date(NaiveDate),
    Trigger(Trigger, Option<NaiveDate>),
    /// 毎週金曜, every Monday: a rhythm, not a start.
    Recurring,
}

/// How a time relates to the act: from then, on that day, or at the latest then.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    From,
    On,
    By,
}

/// A time expression starting at `i`, if there is one.
pub(crate) fn time_at(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let found = if text.at(i).is_ascii_alphanumeric() {
        numeric(text, i, calendar)
            .or_else(|| super::dates_english::time_at(text, i, calendar))
            .or_else(|| super::dates_named::japanese(text, i, calendar))
    } else {
        numeric(text, i, calendar).or_else(|| super::dates_relative::relative(text, i, calendar))
    }?;
    let found = with_half_of_year(text, with_weekday_of_month(text, found, calendar));
    Some(with_japanese_particle(
        text,
        with_day_before_or_after(text, found),
    ))
}

/// 成人の日の翌日, 12月1日の前日: the day after or before the day just named.
fn with_day_before_or_after(text: &Text, found: Found) -> Found {
    let When::Date(date) = found.when else {
        return found;
    };
    let Some((k, end)) = text
        .match_at(found.end, "の")
        .and_then(|at| text.first_of(at, "翌日|次の日|前日"))
    else {
        return found;
    };
    let day = if k < 2 {
        date.succ_opt()
    } else {
        date.pred_opt()
    };
    match day {
        Some(day) => Found {
            end,
            when: When::Date(day),
            ..found
        },
        None => found,
    }
}

/// 来年度下期, 2027年度の下半期: the second half of that fiscal year, six months in.
fn with_half_of_year(text: &Text, found: Found) -> Found {
    let start = match found.when {
        When::Trigger(Trigger::NextFiscalYear, Some(date)) => date,
        _ => return found,
    };
    let at = text.match_at(found.end, "の").unwrap_or(found.end);
    match text.first_of(at, "下期|下半期") {
        Some((_, end)) => Found {
            end,
            when: When::Trigger(
                Trigger::SecondHalf,
                start.checked_add_months(chrono::Months::new(6)),
            ),
            ..found
        },
        None => found,
    }
}

/// After a month: 第2金曜日, 第1週の月曜日, 最初の月曜日 (the nth weekday of that month),
/// 第2週 (its first day plus a week); after a day:
/// の月曜日, which only confirms the day and is read as part of it.
fn with_weekday_of_month(text: &Text, found: Found, calendar: &Calendar) -> Found {
    let date = match found.when {
        When::Date(date) | When::Trigger(_, Some(date)) => date,
        _ => return found,
    };
    let after_no = text.match_at(found.end, "の").unwrap_or(found.end);
    // 第4四半期の初日, 来月の初日: the day the time already names.
    if let Some(end) = text
        .match_at(after_no, "初日")
        .filter(|_| after_no > found.end)
    {
        return Found { end, ..found };
    }
    let nth = if let Some(end) = text.match_at(after_no, "第") {
        let nth = number_at(text, end).filter(|&(n, _)| (1..=5).contains(&n));
        // 第1週の月曜日 is the first Monday; 第2週 alone, the first day plus a week.
        match nth.and_then(|(n, end)| Some((n, text.match_at(end, "週")?))) {
            Some((n, end)) => {
                let after = text.match_at(end, "の").unwrap_or(end);
                if weekday_at(text, after).is_none() {
                    return match date.checked_add_days(chrono::Days::new(7 * u64::from(n - 1))) {
                        Some(day) => Found {
                            end,
                            when: When::Date(day),
                            ..found
                        },
                        None => found,
                    };
                }
                Some((n, after))
            }
            None => nth,
        }
    } else {
        text.first_of(after_no, "最初の|初めの|一番目の|最後の|最終")
            .map(|(k, end)| (if k >= 3 { 0 } else { 1 }, end))
    };
    match nth {
        Some((n, end)) => {
            // 第1営業日, 最初の営業日: a business day, Monday to Friday.
            let (weekday, end) = match weekday_at(text, end) {
                Some((weekday, end)) => (Some(weekday), end),
                None => match text
                    .first_of(end, "営業日|出社日|出勤日|勤務日")
                    .map(|(_, end)| end)
                {
                    Some(end) => (None, end),
                    None => return found,
                },
            };
            match calendar.nth_weekday_of_month(date, n, weekday) {
                Some(day) => Found {
                    end,
                    when: When::Date(day),
                    ..found
                },
                // A fifth weekday the month lacks: the month, and the weekday is not
                // read again on its own as the coming one.
                None => Found { end, ..found },
            }
        }
        None => match weekday_at(text, after_no) {
            Some((weekday, end))
                if after_no > found.end && chrono::Datelike::weekday(&date) == weekday =>
            {
                Found { end, ..found }
            }
            _ => found,
        },
    }
}

pub(crate) fn found(end: usize, date: Option<NaiveDate>, marker: Option<Marker>) -> Option<Found> {
    date.map(|date| Found {
        end,
        when: When::Date(date),
        marker,
    })
}

pub(crate) fn trigger(end: usize, trigger: Trigger, calendar: &Calendar) -> Option<Found> {
    Some(Found {
        end,
        when: When::Trigger(trigger, calendar.date_of(trigger)),
        marker: None,
    })
}

/// Reads the particle after a time: から, までに, になったら… and a weekday note such
/// as (火) that people add after a date.
fn with_japanese_particle(text: &Text, found: Found) -> Found {
    let mut end = found.end;
    if text.at(end) == '(' {
        // (火), (火曜), (火曜日).
        let after = weekday_at(text, end + 1)
            .map(|(_, after)| after)
            .or_else(|| {
                "月火水木金土日"
                    .contains(text.at(end + 1))
                    .then_some(end + 2)
            });
        if let Some(after) = after.filter(|&after| text.at(after) == ')') {
            end = after + 1;
        }
    }
    const FROM: &str = "から|より|以降|以後|〜|~|になったら|になれば|になってから|に入ったら|に入ってから|が来たら|が始まったら|が明けたら|を機に|を迎えたら";
    const BY: &str =
        "までに|まで|以内に|以内|中に|内に|前に|の前に|の前まで|をめどに|を目処に|を目途に";
    // A space before the particle (12.15 までに) is read past; only before one.
    let mut spaced = end;
    while text.at(spaced) == ' ' && spaced - end < 4 {
        spaced += 1;
    }
    if spaced > end
        && text
            .first_of(spaced, FROM)
            .or_else(|| text.first_of(spaced, BY))
            .is_some()
    {
        end = spaced;
    }
    if let Some((_, after)) = text.first_of(end, FROM) {
        return Found {
            end: after,
            marker: found.marker.or(Some(Marker::From)),
            ..found
        };
    }
    if let Some((_, after)) = text.first_of(end, BY) {
        return Found {
            end: after,
            marker: Some(Marker::By),
            ..found
        };
    }
    Found { end, ..found }
}

/// 月 火 水 木 金 土 日 + 曜 (+ 日): a weekday written in Japanese.
pub(crate) fn weekday_at(text: &Text, i: usize) -> Option<(Weekday, usize)> {
    let weekday = match text.at(i) {
        '月' => Weekday::Mon,
        '火' => Weekday::Tue,
        '水' => Weekday::Wed,
        '木' => Weekday::Thu,
        '金' => Weekday::Fri,
        '土' => Weekday::Sat,
        '日' => Weekday::Sun,
        _ => return None,
    };
    let end = text.match_at(i + 1, "曜")?;
    Some((weekday, if text.at(end) == '日' { end + 1 } else { end }))
}

/// Dates in figures or kanji numerals, and durations such as 1年以内.
fn numeric(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some(after_era) = text.first_of(i, "令和|r").map(|(_, end)| end) {
        let (n, end) = if text.at(after_era) == '元' {
            (1, after_era + 1)
        } else {
            number_at(text, after_era)?
        };
        let after_year = text.match_at(end, "年")?;
        return after_year_number(text, after_year, 2018 + n as i32, calendar);
    }
    let (n, end) = number_at(text, i)?;
    let separator = text.at(end);
    if n >= 1000 && matches!(separator, '-' | '/' | '.') {
        let (month, end) = number_at(text, end + 1)?;
        if text.at(end) != separator {
            return None;
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
        let particle = text.first_of(spaced, "に|から|まで|の|、|(|（").is_some();
        if !particle || text.at(after) == '.' {
            return None;
        }
        return found(after, calendar.coming_month_day(n, day), None);
    }
    if separator == '/' && (1..=12).contains(&n) {
        let (day, end) = number_at(text, end + 1)?;
        if text.at(end) == '/' || text.at(end).is_ascii_digit() {
            return None;
        }
        return found(end, calendar.coming_month_day(n, day), None);
    }
    if separator == '年' && (1900..=2999).contains(&n) {
        return after_year_number(text, end + 1, n as i32, calendar);
    }
    if separator == '月' && (1..=12).contains(&n) {
        return after_month_number(text, end + 1, None, n, calendar);
    }
    duration(text, end, n, calendar)
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
            .coming_month_day(month, 1)
            .filter(|_| month != chrono::Datelike::month(&calendar.today))
            .unwrap_or(calendar.today),
    };
    let (first_year, first_month) = (
        chrono::Datelike::year(&first),
        chrono::Datelike::month(&first),
    );
    if let Some((day, end)) = number_at(text, i) {
        if text.at(end) == '日' && (1..=31).contains(&day) {
            let date = match year {
                Some(year) => NaiveDate::from_ymd_opt(year, month, day),
                None => calendar.coming_month_day(month, day),
            };
            return found(end + 1, date, None);
        }
    }
    let last = NaiveDate::from_ymd_opt(first_year, first_month, 1)?
        .checked_add_months(chrono::Months::new(1))?
        .pred_opt();
    if let Some(end) = text.match_at(i, "末") {
        return found(end, last, None);
    }
    // 中旬 begins on the 11th, 下旬 on the 21st.
    if let Some((k, end)) = text.first_of(i, "中旬|下旬") {
        let day = if k == 0 { 11 } else { 21 };
        return found(
            end,
            NaiveDate::from_ymd_opt(first_year, first_month, day),
            None,
        );
    }
    if let Some(end) = text.match_at(i, "中") {
        return found(end, last, Some(Marker::By));
    }
    let end = text
        .first_of(i, "初め|初旬|上旬|頭")
        .map_or(i, |(_, end)| end);
    found(
        end,
        NaiveDate::from_ymd_opt(first_year, first_month, 1),
        None,
    )
}

/// 1年以内, 3ヶ月以内, 2週間後: a span of time counted from today.
fn duration(text: &Text, i: usize, n: u32, calendar: &Calendar) -> Option<Found> {
    const UNITS: &str = "年間|年|ヶ月間|ヶ月|か月間|か月|カ月間|カ月|ヵ月間|ヵ月|ケ月間|ケ月|箇月間|箇月|週間|日間|日";
    let (unit, end) = text.first_of(i, UNITS)?;
    let date = match unit {
        0 | 1 => calendar.plus_months(n.checked_mul(12)?),
        14 => calendar.plus_days(7 * n as u64),
        15 | 16 => calendar.plus_days(n as u64),
        _ => calendar.plus_months(n),
    };
    if let Some(end) = text.match_at(end, "以内") {
        return found(end, date, Some(Marker::By));
    }
    let (_, end) = text.first_of(end, "後に|後から|後")?;
    found(end, date, Some(Marker::On))
}
