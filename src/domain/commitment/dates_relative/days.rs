//! The days and weeks around today in Japanese: 今日, 明日, 明後日, a weekday (次の金曜,
//! 金曜日), the weekend, a rhythm (毎週金曜), and the day, week or month just past
//! (昨日, 先週, 先月) where an act already under way began. Split from `dates_relative`
//! so that each file reads in one sitting.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{found, number_at, weekday_at, words, Calendar, Found, Text, When};

/// 今日, 明日, 明後日, 次の金曜, 金曜日, and 毎週金曜 (a rhythm, not a date).
pub(super) fn days_and_weekdays(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    // きょう is read as 今日 only where it stands as a word of its own (`text`), since
    // it ends many words (べんきょう, とうきょう, じょうきょう); あした and あさって end
    // none, and are read wherever they stand.
    if let Some((_, end)) = text.first_of(i, words!("今日|本日")) {
        return found(end, Some(calendar.today), None);
    }
    if let Some((_, end)) = text.first_of(i, words!("明々後日|明明後日|しあさって")) {
        return found(end, calendar.plus_days(3), None);
    }
    if let Some((_, end)) = text.first_of(i, words!("明後日|あさって")) {
        return found(end, calendar.plus_days(2), None);
    }
    if let Some((_, end)) = text.first_of(i, words!("明日|あした")) {
        return found(end, calendar.plus_days(1), None);
    }
    if let Some((_, end)) = text.first_of(i, words!("毎週|毎月|隔週")) {
        let end = text.match_at(end, "の").unwrap_or(end);
        // 毎月第3金曜, 毎月最終金曜日: the nth or the last weekday belongs to the rhythm.
        let end = text
            .match_at(end, "第")
            .and_then(|at| number_at(text, at))
            .map_or(end, |(_, after)| after);
        let end = text
            .first_of(end, words!("最終|最後の"))
            .map_or(end, |(_, after)| after);
        let end = weekday_at(text, end).map_or(end, |(_, end)| end);
        return Some(Found {
            end,
            when: When::Recurring,
            marker: None,
        });
    }
    // The evening or morning of a day is that day.
    if let Some((_, end)) = text.first_of(i, words!("今夜|今晩|今夕")) {
        return found(end, Some(calendar.today), None);
    }
    if let Some((_, end)) = text.first_of(i, words!("明朝|明晩")) {
        return found(end, calendar.plus_days(1), None);
    }
    // 週末, 今週末, 今度の土日, この土日: this week's Saturday (next week's once it has
    // passed). A bare 土日 is often every weekend (土日は家族と過ごす): not read. この is
    // read back from 土, since こ begins too many words to be a time's first char.
    let this_weekend = (i >= 2 && text.at(i - 2) == 'こ' && text.at(i - 1) == 'の')
        .then(|| text.match_at(i, "土日"))
        .flatten()
        .map(|end| (0, end));
    if let Some((_, end)) =
        this_weekend.or_else(|| text.first_of(i, words!("今週末|週末|今度の土日")))
    {
        let saturday = calendar
            .weekday_of_week(Weekday::Sat, 0)
            .filter(|d| *d >= calendar.today)
            .or_else(|| calendar.weekday_of_week(Weekday::Sat, 1));
        // As a deadline (週末までに, この週末のうちに), the weekend ends on its last day,
        // the Sunday, as 中旬までに ends on the 20th.
        if text
            .first_of(end, words!("まで|のうちに|のうち|中に"))
            .is_some()
        {
            return found(end, saturday.and_then(|d| d.succ_opt()), None);
        }
        return found(end, saturday, None);
    }
    if let Some(end) = text
        .first_of(i, words!("次の|次回の|今度の"))
        .map(|(_, end)| end)
    {
        let (weekday, end) = weekday_at(text, end)?;
        return found(end, calendar.next_weekday(weekday), None);
    }
    let (weekday, end) = weekday_at(text, i)?;
    // 火曜と木曜の15時に, 月曜・木曜に: weekdays side by side are a rhythm (every Tuesday
    // and Thursday), not next Tuesday.
    let mut last = end;
    while let Some((_, after)) = text
        .first_of(last, words!("と|・|や"))
        .and_then(|(_, at)| weekday_at(text, at))
    {
        last = after;
    }
    if last > end {
        return Some(Found {
            end: last,
            when: When::Recurring,
            marker: None,
        });
    }
    found(end, calendar.next_weekday(weekday), None)
}

/// 昨日, 先週, 先月: the day, week or month before this one, as an act already under
/// way says it (先週から読んでいます): yesterday, the Monday of last week (or the
/// weekday named, 先週の水曜; 先週末 its Saturday), the first of last month (or 先月15日,
/// 先月末 as written). Only as the time an act began: with から or 以来, or with に or a
/// comma where the text says the act has begun (先週の水曜に申し込みました). Otherwise
/// the word compares (昨日より1件多く, 先週と同じように) or, with の and a noun, describes
/// a thing (昨日の会議, 先月の面談で話した…): no time.
pub(super) fn just_past(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (end, date) = past_day(text, i, calendar)?;
    let began = text.first_of(end, words!("から|以来")).is_some()
        || (calendar.begun() && text.first_of(end, words!("に|、|,")).is_some());
    if began {
        found(end, date, None)
    } else {
        None
    }
}

/// Where the past word at `i` (with its weekday, day or 末) ends, and its day.
fn past_day(text: &Text, i: usize, calendar: &Calendar) -> Option<(usize, Option<NaiveDate>)> {
    let (unit, end) = text.first_of(i, words!("昨日|先週|先月"))?;
    let no = text.match_at(end, "の");
    let after_no = no.unwrap_or(end);
    if unit == 0 {
        return no.is_none().then(|| (end, calendar.today.pred_opt()));
    }
    if unit == 1 {
        let monday = calendar.monday_of_last_week()?;
        if let Some((weekday, end)) = weekday_at(text, after_no) {
            let day = monday.checked_add_days(Days::new(weekday.num_days_from_monday().into()));
            return Some((end, day));
        }
        no.is_none().then_some(())?;
        // 先週末: last week's Saturday.
        return Some(match text.match_at(end, "末") {
            Some(end) => (end, monday.checked_add_days(Days::new(5))),
            None => (end, Some(monday)),
        });
    }
    let first = calendar.first_of_last_month()?;
    if let Some((day, day_end)) = number_at(text, after_no) {
        if text.at(day_end) == '日' {
            let date = NaiveDate::from_ymd_opt(first.year(), first.month(), day);
            return Some((day_end + 1, date));
        }
    }
    no.is_none().then_some(())?;
    Some(match text.match_at(end, "末") {
        Some(end) => (end, calendar.first_of_month(0)?.pred_opt()),
        None => (end, Some(first)),
    })
}
