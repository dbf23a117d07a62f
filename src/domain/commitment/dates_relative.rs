//! Japanese words for times relative to today (来週金曜, 来月末, 年明け, 明日) and for
//! the company calendar (来年度, 期末の一ヶ月前, 下期, 次の評価面談).

use chrono::{NaiveDate, Weekday};

use super::calendar::Calendar;
use super::dates::{after_month_number, found, trigger, weekday_at, Found, Marker, When};
use super::text::{number_at, Text};
use super::Trigger;

/// Words for relative times and for the company calendar.
pub(crate) fn relative(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    const WEEKS: &[(&str, u32)] = &[("再来週", 2), ("来週", 1), ("今週", 0)];
    if let Some(&(word, weeks)) = WEEKS
        .iter()
        .find(|(word, _)| text.match_at(i, word).is_some())
    {
        let end = text.match_at(i, word)?;
        let after_no = text.match_at(end, "の").unwrap_or(end);
        if let Some((weekday, end)) = weekday_at(text, after_no) {
            return found(end, calendar.weekday_of_week(weekday, weeks), None);
        }
        if let Some(end) = text.match_at(end, "中") {
            return found(
                end,
                calendar.weekday_of_week(Weekday::Sun, weeks),
                Some(Marker::By),
            );
        }
        if let Some(end) = text.match_at(end, "末") {
            return found(end, calendar.weekday_of_week(Weekday::Sat, weeks), None);
        }
        let date = if weeks == 0 {
            Some(calendar.today)
        } else {
            calendar.monday_of_week(weeks)
        };
        return found(end, date, None);
    }
    const MONTHS: &[(&str, u32)] = &[("再来月", 2), ("来月", 1), ("今月", 0)];
    if let Some(&(word, months)) = MONTHS
        .iter()
        .find(|(word, _)| text.match_at(i, word).is_some())
    {
        let end = text.match_at(i, word)?;
        let after_no = text.match_at(end, "の").unwrap_or(end);
        if let Some((day, day_end)) = number_at(text, after_no) {
            if text.at(day_end) == '日' {
                return found(day_end + 1, calendar.day_of_month(months, day), None);
            }
        }
        if let Some(end) = text.match_at(end, "中") {
            return found(end, calendar.end_of_month(months), Some(Marker::By));
        }
        if let Some(end) = text.match_at(end, "末") {
            return found(end, calendar.end_of_month(months), None);
        }
        if let Some((_, end)) = text.first_of(end, "初め|初旬|上旬|頭") {
            return found(end, calendar.first_of_month(months), None);
        }
        let date = if months == 0 {
            Some(calendar.today)
        } else {
            calendar.first_of_month(months)
        };
        return found(end, date, None);
    }
    // The fiscal words come before 来年 and 今年, which they start with.
    if let Some((_, end)) = text.first_of(i, "来年度|新年度|次年度|来期") {
        return trigger(end, Trigger::NextFiscalYear, calendar);
    }
    if let Some(end) = text.match_at(i, "今年度") {
        if let Some((_, end)) = text.first_of(end, "中|内|末") {
            return found(
                end,
                calendar.date_of(Trigger::FiscalYearEnd),
                Some(Marker::By),
            );
        }
        return found(end, Some(calendar.today), None);
    }
    const YEARS: &[(&str, u32)] = &[("再来年", 2), ("来年", 1), ("今年", 0)];
    if let Some(&(word, years)) = YEARS
        .iter()
        .find(|(word, _)| text.match_at(i, word).is_some())
    {
        let end = text.match_at(i, word)?;
        let year = calendar.year_of(years)?;
        let after_no = text.match_at(end, "の").unwrap_or(end);
        if let Some((month, month_end)) = number_at(text, after_no) {
            if text.at(month_end) == '月' && (1..=12).contains(&month) {
                return after_month_number(text, month_end + 1, Some(year), month, calendar);
            }
        }
        // A season is read as the first day of its first month: 来年の春 = 1 March.
        if let Some((season, end)) = text.first_of(after_no, "春|夏|秋|冬") {
            return found(
                end,
                NaiveDate::from_ymd_opt(year, 3 + 3 * season as u32, 1),
                None,
            );
        }
        if let Some(end) = text.match_at(end, "中") {
            return found(end, NaiveDate::from_ymd_opt(year, 12, 31), Some(Marker::By));
        }
        if let Some(end) = text.match_at(end, "末") {
            return found(end, NaiveDate::from_ymd_opt(year, 12, 31), None);
        }
        let date = if years == 0 {
            Some(calendar.today)
        } else {
            NaiveDate::from_ymd_opt(year, 1, 1)
        };
        let end = text.first_of(end, "初め|明け").map_or(end, |(_, end)| end);
        return found(end, date, None);
    }
    if let Some(end) = text.match_at(i, "年内") {
        return found(
            end,
            NaiveDate::from_ymd_opt(calendar.year_of(0)?, 12, 31),
            Some(Marker::By),
        );
    }
    if let Some(end) = text.match_at(i, "年末") {
        return found(
            end,
            NaiveDate::from_ymd_opt(calendar.year_of(0)?, 12, 31),
            None,
        );
    }
    // 年明け is read as 1 January: the first day of the new year, even though many
    // offices open a few days later.
    if let Some((_, end)) = text.first_of(i, "年明け|年始|正月明け|新年") {
        return trigger(end, Trigger::NewYear, calendar);
    }
    if let Some((_, end)) = text.first_of(i, "週明け") {
        return found(end, calendar.monday_of_week(1), None);
    }
    if let Some((_, end)) = text.first_of(i, "月初め|月初|月の初め") {
        return found(end, calendar.coming_month_start(), None);
    }
    if let Some(end) = text.match_at(i, "月末") {
        return found(end, calendar.end_of_month(0), None);
    }
    company_calendar(text, i, calendar).or_else(|| days_and_weekdays(text, i, calendar))
}

/// 期初, 期末, 期末の一ヶ月前, 下期, 次の四半期, 次の評価面談, 次の異動.
fn company_calendar(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((_, end)) = text.first_of(i, "期初|期首|年度初め|年度始め") {
        return trigger(end, Trigger::FiscalYearStart, calendar);
    }
    if let Some((_, end)) = text.first_of(i, "期末|年度末") {
        if let Some(before) = before_the_end(text, end, calendar) {
            return Some(before);
        }
        return trigger(end, Trigger::FiscalYearEnd, calendar);
    }
    if let Some((_, end)) = text.first_of(i, "下期|下半期") {
        return trigger(end, Trigger::SecondHalf, calendar);
    }
    if let Some((_, end)) = text.first_of(i, "来四半期|次の四半期|次四半期|次のクォーター")
    {
        return trigger(end, Trigger::NextQuarter, calendar);
    }
    // Only the company knows these dates; they still say when a third party can check.
    if let Some((_, end)) = text.first_of(i, "次の評価面談|次回の評価面談|次の人事評価|次の査定")
    {
        return trigger(end, Trigger::NextAppraisal, calendar);
    }
    if let Some((_, end)) =
        text.first_of(i, "次の異動|次の人事異動|異動後|異動したら|異動になったら")
    {
        return trigger(end, Trigger::NextPersonnelChange, calendar);
    }
    None
}

/// の一ヶ月前, の2週間前 after 期末.
fn before_the_end(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let after_no = text.match_at(i, "の").unwrap_or(i);
    let (n, end) = number_at(text, after_no)?;
    let (unit, end) = text.first_of(end, "ヶ月|か月|カ月|ヵ月|ケ月|箇月|週間")?;
    let end = text.match_at(end, "前")?;
    let date = if unit == 6 {
        calendar.before_fiscal_year_end(0, n)
    } else {
        calendar.before_fiscal_year_end(n, 0)
    };
    Some(Found {
        end,
        when: When::Trigger(Trigger::BeforeFiscalYearEnd, date),
        marker: None,
    })
}

/// 今日, 明日, 明後日, 次の金曜, 金曜日, and 毎週金曜 (a rhythm, not a date).
fn days_and_weekdays(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((_, end)) = text.first_of(i, "今日|本日|きょう") {
        return found(end, Some(calendar.today), None);
    }
    if let Some((_, end)) = text.first_of(i, "明後日|あさって") {
        return found(end, calendar.plus_days(2), None);
    }
    if let Some((_, end)) = text.first_of(i, "明日|あした") {
        return found(end, calendar.plus_days(1), None);
    }
    if let Some((_, end)) = text.first_of(i, "毎週|毎月|隔週") {
        let end = text.match_at(end, "の").unwrap_or(end);
        let end = weekday_at(text, end).map_or(end, |(_, end)| end);
        return Some(Found {
            end,
            when: When::Recurring,
            marker: None,
        });
    }
    if let Some(end) = text.first_of(i, "次の|次回の").map(|(_, end)| end) {
        let (weekday, end) = weekday_at(text, end)?;
        return found(end, calendar.next_weekday(weekday), None);
    }
    let (weekday, end) = weekday_at(text, i)?;
    found(end, calendar.next_weekday(weekday), None)
}
