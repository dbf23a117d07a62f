//! The fiscal year and its quarters in Japanese: 来年度, 今年度中, 今年度最後の四半期,
//! 第3四半期中に, 半年以内. Split from `dates_relative` so that each file reads in one
//! sitting; the half years and periods named after a year are `dates::within`'s.

use super::{found, number_at, trigger, weekday_at, Calendar, Found, Marker, Text, Trigger};
use crate::domain::commitment::text::words;

/// 第3四半期 (a quarter of the fiscal year: its first day, or today once it has begun;
/// 第3四半期中に, by its last day), 最後の四半期 after 今年度 (the fourth), 半年後 and
/// 半年以内 (six months from today), and 第2火曜 with no month (the coming one).
pub(super) fn quarter_or_half_year(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((_, end)) = text.first_of(i, words!("半年")) {
        let date = calendar.plus_months(6);
        if let Some(end) = text.match_at(end, "以内") {
            return found(end, date, Some(Marker::By));
        }
        let (_, end) = text.first_of(end, words!("後に|後から|後"))?;
        return found(end, date, Some(Marker::On));
    }
    // 最後の四半期, 最終四半期: the fourth (read after 今年度; 最 begins too many words
    // to start a time on its own).
    if let Some((_, end)) = text.first_of(i, words!("最後の四半期|最終四半期")) {
        return found(end, calendar.fiscal_quarter_start(4), None);
    }
    let after = text.match_at(i, "第")?;
    let (n, end) = number_at(text, after).filter(|&(n, _)| (1..=5).contains(&n))?;
    // 第2火曜 with no month before it: the coming one (this month's unless it has
    // passed, then next month's).
    if let Some((weekday, end)) = weekday_at(text, end) {
        let this_month = calendar
            .nth_weekday_of_month(calendar.today, n, Some(weekday))
            .filter(|&day| day >= calendar.today);
        let date = this_month.or_else(|| {
            let next = calendar.first_of_month(1)?;
            calendar.nth_weekday_of_month(next, n, Some(weekday))
        });
        return found(end, date, None);
    }
    let end = text.match_at(end, "四半期").filter(|_| n <= 4)?;
    let start = calendar.fiscal_quarter_start(n);
    // 第3四半期中に, 第3四半期のうちに: by its last day.
    if let Some(end) = crate::domain::commitment::dates::within_after(text, end) {
        let last = start
            .and_then(|day| day.checked_add_months(chrono::Months::new(3)))
            .and_then(|day| day.pred_opt());
        return found(end, last, Some(Marker::By));
    }
    found(end, start, None)
}

/// 来年度 (the next fiscal year) and 今年度 (this one, or by its end with 中, 内, 末).
pub(super) fn fiscal_year(
    text: &Text,
    end: usize,
    ahead: u32,
    calendar: &Calendar,
) -> Option<Found> {
    if ahead == 1 {
        return within_next_fiscal_year(text, end, calendar)
            .or_else(|| trigger(end, Trigger::NextFiscalYear, calendar));
    }
    // 今年度最後の四半期, 今年度の第4四半期: that quarter of this fiscal year.
    let at = text.match_at(end, "の").unwrap_or(end);
    if let Some(found) = quarter_or_half_year(text, at, calendar) {
        return Some(found);
    }
    if let Some((k, end)) = text.first_of(end, words!("中|内|末")) {
        // 今期末の2週間前, 今年度末の一ヶ月前: some time before the end, as after 期末.
        if k == 2 {
            if let Some(before) = super::before_the_end(text, end, calendar) {
                return Some(before);
            }
        }
        let date = calendar.date_of(Trigger::FiscalYearEnd);
        return found(end, date, Some(Marker::By));
    }
    found(end, Some(calendar.today), None)
}

/// 来期末, 来年度末 (the last day of the next fiscal year) and 来期中, 来年度内 (by then):
/// the end of the year that 来期 begins, not its first day.
pub(in super::super) fn within_next_fiscal_year(
    text: &Text,
    end: usize,
    calendar: &Calendar,
) -> Option<Found> {
    let (k, end) = text
        .first_of(end, words!("末|中|内"))
        .filter(|&(_, end)| super::super::dates::ends_the_word(text, end))?;
    let last = calendar
        .date_of(Trigger::NextFiscalYear)?
        .checked_add_months(chrono::Months::new(12))?
        .pred_opt();
    found(end, last, (k > 0).then_some(Marker::By))
}
