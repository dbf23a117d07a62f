//! Japanese words for times relative to today (来週金曜, 来月末, 年明け, 明日) and for
//! the company calendar (来年度, 期末の一ヶ月前, 下期, 次の評価面談).
//!
//! This module reads the company calendar and tries the others in turn: the days and
//! weeks around today are in `days`, a week, month or year counted from this one in
//! `periods`, the fiscal year and its quarters in `fiscal`.

use chrono::NaiveDate;

use super::calendar::Calendar;
use super::dates::{found, trigger, weekday_at, Found, Marker, When};
use super::text::{number_at, words, Text, Words};
use super::Trigger;
use days::{days_and_weekdays, just_past};
use fiscal::quarter_or_half_year;
use periods::this_next_or_after;

mod days;
mod fiscal;
mod periods;

/// Words for relative times and for the company calendar.
pub(crate) fn relative(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some(found) = this_next_or_after(text, i, calendar) {
        return Some(found);
    }
    if let Some(found) = just_past(text, i, calendar) {
        return Some(found);
    }
    // Holidays and the office's closures (勤労感謝の日, 仕事始め, 年末年始休暇明け) come
    // before the company-calendar words, which would read 年末 in 年末年始.
    if let Some(found) = super::dates_named::japanese(text, i, calendar) {
        return Some(found);
    }
    // 上期末, 上半期末: the end of the fiscal year's first half (30 September), where 上期
    // alone is its start; 下期末 ends the second half, which is the fiscal year's end.
    if let Some((k, end)) = text.first_of(i, words!("上期末|上半期末|下期末|下半期末"))
    {
        if k >= 2 {
            if let Some(before) = before_the_end(text, end, calendar) {
                return Some(before);
            }
            return trigger(end, Trigger::FiscalYearEnd, calendar);
        }
        if let Some((months, weeks, end)) = length_before(text, end) {
            return found(end, calendar.before_first_half_end(months, weeks), None);
        }
        return found(end, calendar.first_half_end(), None);
    }
    for &(moment, ref words) in TRIGGER_WORDS {
        if let Some((k, end)) = text.first_of(i, words) {
            // 新年度 written in April is the year just begun; 次年度 and 来期 the next.
            if moment == Trigger::NextFiscalYear && k == 0 {
                let now = calendar.new_fiscal_year();
                if now != calendar.next_fiscal_year_start() {
                    return found(end, now, None);
                }
            }
            if moment == Trigger::FiscalYearEnd {
                if let Some(before) = before_the_end(text, end, calendar) {
                    return Some(before);
                }
            }
            if moment == Trigger::NextFiscalYear {
                if let Some(end_of) = fiscal::within_next_fiscal_year(text, end, calendar) {
                    return Some(end_of);
                }
            }
            // 給料日の25日: payday, dated by the day the text gives it (the coming one).
            if moment == Trigger::Payday {
                let day = text
                    .match_at(end, "の")
                    .or_else(|| text.match_at(end, "("))
                    .and_then(|at| number_at(text, at))
                    .filter(|&(day, e)| (1..=31).contains(&day) && text.at(e) == '日');
                if let Some((day, day_end)) = day {
                    return found(day_end + 1, calendar.coming_day_of_month(day), None);
                }
            }
            return trigger(end, moment, calendar);
        }
    }
    // 年度内, 年度中: by the end of this fiscal year, as 今年度中.
    if let Some((_, end)) = text.first_of(i, words!("年度内|年度中")) {
        return found(
            end,
            calendar.date_of(Trigger::FiscalYearEnd),
            Some(Marker::By),
        );
    }
    // 月内, 今月内: by the end of this month.
    if let Some((_, end)) = text.first_of(i, words!("今月内|月内")) {
        return found(end, calendar.end_of_month(0), Some(Marker::By));
    }
    // 年末年始 (の休み): the year-end holidays, from 29 December, when most offices close.
    if let Some((_, end)) = text.first_of(i, words!("年末年始")) {
        return found(
            end,
            NaiveDate::from_ymd_opt(calendar.year_of(0)?, 12, 29),
            None,
        );
    }
    if let Some((k, end)) = text.first_of(i, words!("年内|年末")) {
        let marker = (k == 0).then_some(Marker::By);
        return found(
            end,
            NaiveDate::from_ymd_opt(calendar.year_of(0)?, 12, 31),
            marker,
        );
    }
    // Days of the calendar everyone knows: the coming one.
    if let Some((k, end)) = text.first_of(
        i,
        words!("元日|元旦|大晦日|大みそか|クリスマスイブ|クリスマス・イブ|クリスマス|お盆明け|お盆休み明け|盆明け|お盆"),
    ) {
        // お盆 is 13 to 16 August, when most offices close: 明け is the 17th.
        let (month, day) = [
            (1, 1),
            (1, 1),
            (12, 31),
            (12, 31),
            (12, 24),
            (12, 24),
            (12, 25),
            (8, 17),
            (8, 17),
            (8, 17),
            (8, 13),
        ][k];
        return found(end, calendar.coming_month_day(month, day), None);
    }
    if let Some(found) = season(text, i, calendar) {
        return Some(found);
    }
    if let Some(found) = quarter_or_half_year(text, i, calendar) {
        return Some(found);
    }
    if let Some((_, end)) = text.first_of(i, words!("週明け")) {
        return found(end, calendar.monday_of_week(1), None);
    }
    if let Some((_, end)) = text.first_of(i, words!("月初め|月初|月の初め")) {
        return found(end, calendar.coming_month_start(), None);
    }
    if let Some(end) = text.match_at(i, "月末") {
        return found(end, calendar.end_of_month(0), None);
    }
    days_and_weekdays(text, i, calendar)
}

/// Japanese names of the company-calendar moments, tried in this order (新年度 before
/// 新年). 年明け is read as 1 January: the first day of the new year, even though many
/// offices open a few days later. Only the company knows when the appraisal or the
/// transfer is; they still say when a third party can check.
const TRIGGER_WORDS: &[(Trigger, Words)] = &[
    // 年度が変わったら, 年が明けたら: the year named by its turning.
    (Trigger::NextFiscalYear, Words::new("新年度|次年度|来期|年度が変わったら|年度が替わったら|年度が切り替わったら")),
    (Trigger::NewYear, Words::new("年明け|年始|新年|年が明けたら|年が明けてから")),
    (Trigger::FiscalYearStart, Words::new("期初|期首|年度初め|年度始め|上期|上半期")),
    (Trigger::FiscalYearEnd, Words::new("期末|年度末")),
    (Trigger::SecondHalf, Words::new("下期|下半期")),
    (
        Trigger::NextQuarter,
        Words::new("来四半期|次の四半期|次四半期|次のクォーター"),
    ),
    (
        Trigger::NextAppraisal,
        Words::new("次の評価面談|次回の評価面談|次の人事評価|次の査定"),
    ),
    (
        Trigger::NextOneToOne,
        Words::new("次回の1on1|次の1on1|次回の1on1面談|次の1on1面談|次回の上司面談|次の上司面談|次回の個人面談|次の個人面談"),
    ),
    // The next interview, written while preparing for one, is that one (dates_interview).
    (Trigger::Interview, Words::new("次回の面談|次の面談")),
    (
        Trigger::NextPersonnelChange,
        Words::new("次の異動|次の人事異動|異動後|異動したら|異動になったら"),
    ),
    (
        Trigger::Payday,
        Words::new("次の給料日|給料日|給与支給日|ボーナス支給日|賞与支給日|ボーナスが出たら|賞与が出たら|ボーナス日"),
    ),
];

/// の一ヶ月前, の2週間前 after 期末.
fn before_the_end(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (months, weeks, end) = length_before(text, i)?;
    let date = calendar.before_fiscal_year_end(months, weeks);
    Some(Found {
        end,
        when: When::Trigger(Trigger::BeforeFiscalYearEnd, date),
        marker: None,
    })
}

/// の一ヶ月前, の2週間前 after the end of a period: how many months and weeks before it,
/// and where the words end.
fn length_before(text: &Text, i: usize) -> Option<(u32, u32, usize)> {
    let after_no = text.match_at(i, "の").unwrap_or(i);
    let (n, end) = number_at(text, after_no)?;
    let (unit, end) = text.first_of(end, words!("ヶ月|か月|カ月|ヵ月|ケ月|箇月|週間"))?;
    let end = text.match_at(end, "前")?;
    Some(if unit == 6 { (0, n, end) } else { (n, 0, end) })
}

/// 来春, 今冬, and a bare season with a particle (春から, 夏までに): the first day of its
/// first month (春 = 1 March, as 来年の春), the coming one unless 来 says next year's.
fn season(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (next_year, at) = match text.first_of(i, words!("来|今|この")) {
        Some((0, end)) => (true, end),
        Some((_, end)) => (false, end),
        None => (false, i),
    };
    let (k, end) = text.first_of(at, words!("春|夏|秋|冬"))?;
    let bare = at == i;
    if bare
        && text
            .first_of(end, words!("から|に|まで|以降|頃|ごろ|中"))
            .is_none()
    {
        return None;
    }
    found(
        end,
        calendar.season_start(3 + 3 * k as u32, next_year),
        None,
    )
}
