//! What may follow a Japanese time and change it: the day before or after it (成人の日
//! の翌日), the second half of the fiscal year it names (来年度下期), the nth weekday of
//! the month it names (12月の第2金曜日), and the particle after it (から, までに, に,
//! になったら) that says whether it starts the act, is a deadline or is the act's day.
//! Each reads on from where a time already found ends, whichever reader found it.

use chrono::Datelike;

use super::{number_at, weekday_at, Calendar, Found, Marker, Text, Trigger, When};

/// 成人の日の翌日, 12月1日の前日: the day after or before the day just named. クリスマス
/// 明け, a day with 明け after it, is the day after that day; 天皇誕生日の連休明け, the
/// first business day after the days off it is part of.
pub(super) fn with_day_before_or_after(text: &Text, found: Found) -> Found {
    let When::Date(date) = found.when else {
        return found;
    };
    // 部長面談(12月16日)の前日: a date in brackets after what it dates.
    let found = match text.at(found.end) {
        ')' | '）' if text.at(found.end + 1) == 'の' => Found {
            end: found.end + 1,
            ..found
        },
        _ => found,
    };
    let at = text.match_at(found.end, "の").unwrap_or(found.end);
    // 海の日の連休に: the days off around the day, from their first.
    if at > found.end && text.match_at(at, "連休").is_some() && text.match_at(at + 2, "明け").is_none() {
        let first_off = date
            .iter_days()
            .rev()
            .take(8)
            .take_while(|&day| !super::super::holidays::is_business_day(day))
            .last();
        if let Some(first_off) = first_off {
            return Found {
                end: at + 2,
                when: When::Date(first_off),
                ..found
            };
        }
    }
    if let Some((k, end)) = text.first_of(at, "連休明け|休み明け|明け") {
        // 明けたら and 明けて are the particle's to read, as が明けたら.
        let day = if k == 2 {
            date.succ_opt()
        } else {
            date.iter_days()
                .skip(1)
                .take(16)
                .find(|&day| super::super::holidays::is_business_day(day))
        };
        if let Some(day) = day.filter(|_| at == found.end || k < 2) {
            return Found {
                end,
                when: When::Date(day),
                ..found
            };
        }
    }
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

/// 上期中に, 来期のうちに, 下半期の間に: a period of the company's year with "within" after
/// it is a deadline at its last day, as 今月中 and 12月中 are (the act may be done any
/// day of it, so the last is when a third party can ask).
pub(super) fn with_within_period(text: &Text, found: Found, calendar: &Calendar) -> Found {
    let (months, start) = match found.when {
        When::Trigger(Trigger::FiscalYearStart | Trigger::SecondHalf, Some(start)) => (6, start),
        When::Trigger(Trigger::NextQuarter, Some(start)) => (3, start),
        When::Trigger(Trigger::NextFiscalYear, Some(start)) => (12, start),
        _ => return found,
    };
    // 期初中 and 年度初めのうち are not periods of months: only the words that name one.
    let names_a_half = |len: usize, word: &str| {
        found.end >= len && text.match_at(found.end - len, word).is_some()
    };
    if found.when == When::Trigger(Trigger::FiscalYearStart, Some(start))
        && !names_a_half(2, "上期")
        && !names_a_half(3, "上半期")
    {
        return found;
    }
    let at = text.match_at(found.end, "の").unwrap_or(found.end);
    let Some((_, end)) = text.first_of(at, "うちに|うち|間に|中に|中|内に|内") else {
        return found;
    };
    // The trigger names the coming half (下期から); within it, while one is under way
    // (下期中に, written in November), that one is meant.
    let start = match start.checked_sub_months(chrono::Months::new(12)) {
        Some(current)
            if months == 6
                && current <= calendar.today
                && current.checked_add_months(chrono::Months::new(6)) > Some(calendar.today) =>
        {
            current
        }
        _ => start,
    };
    let last = start
        .checked_add_months(chrono::Months::new(months))
        .and_then(|day| day.pred_opt());
    match last {
        Some(last) => Found {
            end,
            when: When::Date(last),
            marker: Some(Marker::By),
        },
        None => found,
    }
}

/// 来年度下期, 2027年度の下半期: the second half of that fiscal year, six months in;
/// 来年度の上期, its first half, which begins with it.
pub(super) fn with_half_of_year(text: &Text, found: Found) -> Found {
    let start = match found.when {
        When::Trigger(Trigger::NextFiscalYear, Some(date)) => date,
        _ => return found,
    };
    let at = text.match_at(found.end, "の").unwrap_or(found.end);
    // 来期のQ1, 来年度の第2四半期: that quarter of the next fiscal year; with うちに or
    // 中 after it, by its last day.
    let quarter = text
        .first_of(at, "q1|q2|q3|q4")
        .map(|(k, end)| (k as u32 + 1, end))
        .or_else(|| {
            let (n, end) = number_at(text, text.match_at(at, "第")?)?;
            Some((n, text.match_at(end, "四半期")?)).filter(|&(n, _)| (1..=4).contains(&n))
        });
    if let Some((n, end)) = quarter {
        let first = start.checked_add_months(chrono::Months::new(3 * (n - 1)));
        let after = text.match_at(end, "の").unwrap_or(end);
        if let Some((_, end)) = text.first_of(after, "うちに|うち|中に|中|内に|内") {
            let last = first
                .and_then(|day| day.checked_add_months(chrono::Months::new(3)))
                .and_then(|day| day.pred_opt());
            if let Some(last) = last {
                return Found {
                    end,
                    when: When::Date(last),
                    marker: Some(Marker::By),
                };
            }
        }
        if let Some(first) = first {
            return Found {
                end,
                when: When::Date(first),
                ..found
            };
        }
    }
    match text.first_of(at, "下期|下半期|上期|上半期") {
        Some((k, end)) if k < 2 => Found {
            end,
            when: When::Trigger(
                Trigger::SecondHalf,
                start.checked_add_months(chrono::Months::new(6)),
            ),
            ..found
        },
        // 来年度の上期: the first half begins with the year.
        Some((_, end)) => Found {
            end,
            when: When::Trigger(Trigger::FiscalYearStart, Some(start)),
            ..found
        },
        None => found,
    }
}

/// After a month: 第2金曜日, 第1週の月曜日, 最初の月曜日 (the nth weekday of that month),
/// 第2週 (its first day plus a week); after a day:
/// の月曜日, which only confirms the day and is read as part of it.
pub(super) fn with_weekday_of_month(text: &Text, found: Found, calendar: &Calendar) -> Found {
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

/// Reads the particle after a time: から, までに, になったら… and a weekday note such
/// as (火) that people add after a date.
pub(super) fn with_japanese_particle(text: &Text, found: Found) -> Found {
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
    if let Some(range) = within_range(text, end, found) {
        return range;
    }
    if let Some((k, after)) = text.first_of(end, FROM) {
        // 明日以降の最初の出勤日: the first business day from that day on.
        if let (2, When::Date(date)) = (k, found.when) {
            if let Some((_, day_end)) = text
                .match_at(after, "の最初の")
                .and_then(|at| text.first_of(at, "営業日|出勤日|出社日|勤務日"))
            {
                let open = date
                    .iter_days()
                    .take(16)
                    .find(|&day| super::super::holidays::is_business_day(day));
                return Found {
                    end: day_end,
                    when: open.map_or(found.when, When::Date),
                    marker: Some(Marker::On),
                };
            }
        }
        return Found {
            end: after,
            marker: found.marker.or(Some(Marker::From)),
            ..found
        };
    }
    if let Some((k, after)) = text.first_of(end, BY) {
        // 12月11日の前に, before 11 December: the last day it leaves is the day before.
        let when = match found.when {
            When::Date(date) if (6..=8).contains(&k) => {
                date.pred_opt().map_or(found.when, When::Date)
            }
            when => when,
        };
        return Found {
            end: after,
            marker: Some(Marker::By),
            when,
        };
    }
    Found { end, ..found }
}

/// 12月7日〜11日の間に, 12/21〜12/25のどこかで: once within a range of days, dated at its
/// last day, as 今月中 is; a window of up to two weeks schedules the act like a day.
/// Only with 間 or うち after it: 12月7日〜11日まで毎日 is from the 7th.
fn within_range(text: &Text, at: usize, found: Found) -> Option<Found> {
    let When::Date(first) = found.when else {
        return None;
    };
    let (_, after) = text.first_of(at, "〜|~|-|から")?;
    let (n, end) = number_at(text, after)?;
    let (last, end) = match text.at(end) {
        '日' => (first.with_day(n)?, end + 1),
        '月' | '/' => {
            let (day, day_end) = number_at(text, end + 1)?;
            let day_end = if text.at(end) == '月' {
                text.match_at(day_end, "日")?
            } else {
                day_end
            };
            let mut last = chrono::NaiveDate::from_ymd_opt(first.year(), n, day)?;
            if last < first {
                last = last.with_year(first.year() + 1)?;
            }
            (last, day_end)
        }
        _ => return None,
    };
    if last < first {
        return None;
    }
    let at = text.match_at(end, "の").unwrap_or(end);
    let (_, end) = text.first_of(at, "間に|間|うちに|うち|どこかで")?;
    // A window of a few days schedules the act, as a day does: whatever it is, a third
    // party can ask on its last day whether it was done. A longer span is a deadline.
    let marker = if last.signed_duration_since(first).num_days() <= 14 {
        Marker::On
    } else {
        Marker::By
    };
    Some(Found {
        end,
        when: When::Date(last),
        marker: Some(marker),
    })
}
