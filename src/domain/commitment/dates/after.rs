//! What may follow a Japanese time and change it: the day before or after it (成人の日
//! の翌日, クリスマス明け, 海の日の連休), the nth weekday of the month it names
//! (12月の第2金曜日), and the particle after it (から, までに, に, になったら) that says
//! whether it starts the act, is a deadline or is the act's day. Each reads on from
//! where a time already found ends, whichever reader found it. The periods and ranges
//! a time may open (来年度の上期のうちに, 12月7日〜11日の間に) are `within`'s.

use chrono::{Datelike, NaiveDate};

use super::{number_at, weekday_at, Calendar, Found, Marker, Text, When};
use crate::domain::commitment::text::{words, Words};

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
    if at > found.end
        && text.match_at(at, "連休").is_some()
        && text.first_of(at + 2, words!("明け|が明け")).is_none()
    {
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
    // 連休が明けたら reads as 連休明け.
    if let Some((k, end)) =
        text.first_of(at, words!("連休明け|休み明け|連休が明け|休みが明け|明け"))
    {
        // 明けたら and 明けて are the particle's to read, as が明けたら.
        let day = if k == 4 {
            date.succ_opt()
        } else {
            date.iter_days()
                .skip(1)
                .take(16)
                .find(|&day| super::super::holidays::is_business_day(day))
        };
        if let Some(day) = day.filter(|_| at == found.end || k < 4) {
            return Found {
                end,
                when: When::Date(day),
                ..found
            };
        }
    }
    // 12/10の研修の前日, 11/30の1on1の翌週の月曜: the day named dates an event, and the
    // act is the day before or after it, or the week after.
    if let Some(found) = around_a_dated_event(text, found, date) {
        return found;
    }
    // 来週火曜（11/24）の安全大会の翌日: the day in brackets only writes the day out
    // again, and the event after it is dated by both.
    if text.at(found.end) == '(' {
        let close = (found.end + 1..found.end + 12).find(|&i| {
            let c = text.at(i);
            !(c.is_ascii_digit() || matches!(c, '/' | '月' | '日' | '-' | '.'))
        });
        if let Some(close) = close.filter(|&i| i > found.end + 1 && text.at(i) == ')') {
            let spelled_out = Found {
                end: close + 1,
                ..found
            };
            if let Some(found) = around_a_dated_event(text, spelled_out, date) {
                return found;
            }
        }
    }
    // 12月7日の週から: the week of that day, from its Monday.
    if let Some(end) = text.match_at(found.end, "の週").filter(|&end| {
        text.first_of(end, words!("から|に|中|うち|内|まで"))
            .is_some()
    }) {
        let monday = date.checked_sub_days(chrono::Days::new(u64::from(
            date.weekday().num_days_from_monday(),
        )));
        if let Some(monday) = monday {
            return Found {
                end,
                when: When::Date(monday),
                ..found
            };
        }
    }
    let Some((k, end)) = text
        .match_at(found.end, "の")
        .and_then(|at| text.first_of(at, words!("翌日|次の日|前日")))
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

/// A day, の, the name of an event (研修, 1on1, 忘年会: up to ten kanji, katakana or
/// letters) and の前日, の翌日, の翌週 (its Monday) or の翌週の水曜: that day. After が
/// and a verb in the past (の安全大会が終わった翌日から), the day or the week after it.
/// A day named in katakana runs straight into its event: クリスマス会の翌日.
fn around_a_dated_event(text: &Text, found: Found, date: NaiveDate) -> Option<Found> {
    let at = text.match_at(found.end, "の").or_else(|| {
        (super::super::text::is_katakana(text.at(found.end.wrapping_sub(1)))
            && super::super::text::is_kanji(text.at(found.end)))
        .then_some(found.end)
    })?;
    let mut j = at;
    while j < at + 10 {
        let c = text.at(j);
        if !(super::super::text::is_kanji(c)
            || matches!(c, 'ァ'..='ヺ' | 'ー')
            || c.is_ascii_alphanumeric())
        {
            break;
        }
        j += 1;
    }
    if j == at {
        return None;
    }
    // 11/24の安全大会が終わった翌日から: the day after whatever verb says the event
    // happened (が, then a verb in the past), as an undated event's (`dates_events`).
    if text.at(j) == 'が' {
        let past = (j + 2..j + 7).find(|&k| {
            matches!(text.at(k - 1), 'た' | 'だ')
                && text.first_of(k, words!("翌日|次の日|翌週")).is_some()
        })?;
        if (j + 1..past).any(|k| matches!(text.at(k), '、' | '。' | ',')) {
            return None;
        }
        return the_day_or_week_after(text, found, date, past);
    }
    let after = text.match_at(j, "の")?;
    if let Some((k, end)) = text.first_of(after, words!("前日|翌日|次の日")) {
        let day = if k == 0 {
            date.pred_opt()
        } else {
            date.succ_opt()
        };
        return Some(Found {
            end,
            when: When::Date(day?),
            ..found
        });
    }
    the_day_or_week_after(text, found, date, after)
}

/// 翌日, 次の日 or 翌週 (its Monday, or the weekday named after it: 翌週の水曜) at `at`:
/// the day or the week after `date`.
fn the_day_or_week_after(text: &Text, found: Found, date: NaiveDate, at: usize) -> Option<Found> {
    if let Some((_, end)) = text.first_of(at, words!("翌日|次の日")) {
        return Some(Found {
            end,
            when: When::Date(date.succ_opt()?),
            ..found
        });
    }
    let end = text.match_at(at, "翌週")?;
    let monday = date.checked_add_days(chrono::Days::new(
        7 - u64::from(date.weekday().num_days_from_monday()),
    ))?;
    let (day, end) = match text.match_at(end, "の").and_then(|at| weekday_at(text, at)) {
        Some((weekday, end)) => (
            monday
                .checked_add_days(chrono::Days::new(u64::from(weekday.num_days_from_monday())))?,
            end,
        ),
        None => (monday, end),
    };
    Some(Found {
        end,
        when: When::Date(day),
        ..found
    })
}

/// After a month: 第2金曜日, 第1週の月曜日, 最初の月曜日 (the nth weekday of that month),
/// 第2週 (the Monday it begins with); after a day:
/// の月曜日 or 月曜, which only confirms the day and is read as part of it.
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
        // 第1週の月曜日 is the first Monday; 第1週 alone, the first day; 第2週 and after,
        // the Monday that week begins with (weeks begin on Monday: 12月第2週 is 7 December
        // when the 1st is a Tuesday).
        match nth.and_then(|(n, end)| Some((n, text.match_at(end, "週")?))) {
            Some((n, end)) => {
                let after = text.match_at(end, "の").unwrap_or(end);
                if weekday_at(text, after).is_none() {
                    return match Calendar::nth_week_of_month(date, n) {
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
        text.first_of(after_no, words!("最初の|初めの|一番目の|最後の|最終"))
            .map(|(k, end)| (if k >= 3 { 0 } else { 1 }, end))
    };
    match nth {
        Some((n, end)) => {
            // 第1営業日, 最初の営業日: a business day, Monday to Friday.
            let (weekday, end) = match weekday_at(text, end) {
                Some((weekday, end)) => (Some(weekday), end),
                None => match text
                    .first_of(end, words!("営業日|出社日|出勤日|勤務日"))
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
        // 12月4日の金曜日, 12月4日金曜, 十二月七日月曜日: the weekday of the day written.
        None => match weekday_at(text, after_no) {
            Some((weekday, end))
                if (after_no > found.end || text.at(found.end - 1) == '日')
                    && chrono::Datelike::weekday(&date) == weekday =>
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
    const FROM: Words = Words::new( "から|より|以降|以後|〜|~|になったら|になれば|になってから|に入ったら|に入ってから|が来たら|が始まったら|が明けたら|を機に|を迎えたら");
    const BY: Words = Words::new(
        "までに|まで|以内に|以内|中に|内に|前に|の前に|の前まで|をめどに|を目処に|を目途に|〆切|〆|締め切り|締切");
    // A space before the particle (12.15 までに) is read past; only before one.
    let mut spaced = end;
    while text.at(spaced) == ' ' && spaced - end < 4 {
        spaced += 1;
    }
    if spaced > end
        && text
            .first_of(spaced, &FROM)
            .or_else(|| text.first_of(spaced, &BY))
            .is_some()
    {
        end = spaced;
    }
    if let Some(range) = super::within::within_range(text, end, found) {
        return range;
    }
    if let Some((k, after)) = text.first_of(end, &FROM) {
        // 明日以降の最初の出勤日: the first business day from that day on.
        if let (2, When::Date(date)) = (k, found.when) {
            if let Some((_, day_end)) = text
                .match_at(after, "の最初の")
                .and_then(|at| text.first_of(at, words!("営業日|出勤日|出社日|勤務日")))
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
    if let Some((k, after)) = text.first_of(end, &BY) {
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
