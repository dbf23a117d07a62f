//! Japanese words for times relative to today (来週金曜, 来月末, 年明け, 明日) and for
//! the company calendar (来年度, 期末の一ヶ月前, 下期, 次の評価面談).

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::calendar::Calendar;
use super::dates::{
    after_month_number, found, part_of_month, trigger, weekday_at, Found, Marker, When,
};
use super::text::{number_at, words, Text, Words};
use super::Trigger;
use fiscal::{fiscal_year, quarter_or_half_year};

mod fiscal;

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
        if let Some((_, end)) = text.first_of(i, words) {
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
        Words::new("次回の1on1|次の1on1|次回の1on1面談|次の1on1面談|次回の面談|次の面談|次回の上司面談|次の上司面談|次回の個人面談|次の個人面談"),
    ),
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

/// 今日, 明日, 明後日, 次の金曜, 金曜日, and 毎週金曜 (a rhythm, not a date).
fn days_and_weekdays(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    // きょう is read as 今日 only where it stands as a word of its own (`text`), since
    // it ends many words (べんきょう, とうきょう, じょうきょう); あした and あさって end
    // none, and are read wherever they stand.
    if let Some((_, end)) = text.first_of(i, words!("今日|本日")) {
        return found(end, Some(calendar.today), None);
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
        // As a deadline (週末までに), the weekend ends on its last day, the Sunday, as
        // 中旬までに ends on the 20th.
        if text.match_at(end, "まで").is_some() {
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
    found(end, calendar.next_weekday(weekday), None)
}

/// 昨日, 先週, 先月: the day, week or month before this one, as an act already under
/// way says it (先週から読んでいます): yesterday, the Monday of last week (or the
/// weekday named, 先週の水曜; 先週末 its Saturday), the first of last month (or 先月15日,
/// 先月末 as written). Only as the time an act began: with から or 以来, or with に or a
/// comma where the text says the act has begun (先週の水曜に申し込みました). Otherwise
/// the word compares (昨日より1件多く, 先週と同じように) or, with の and a noun, describes
/// a thing (昨日の会議, 先月の面談で話した…): no time.
fn just_past(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
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

/// 今週, 来月, 再来年 and what may follow: a weekday, a day, a month, a season, or
/// 中 (within), 末 (the end), 初め (the beginning). One reading for the three units
/// costs less code than three; `ahead` counts the weeks, months or years from now.
fn this_next_or_after(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
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
                    .find(|&day| super::holidays::is_business_day(day));
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
                text.first_of(after_no, words!("初め|初旬|上旬|頭|中旬|半ば|下旬"))
            {
                let part = [
                    (1, 10),
                    (1, 10),
                    (1, 10),
                    (1, 10),
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
