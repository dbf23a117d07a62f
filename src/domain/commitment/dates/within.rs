//! The periods and ranges a Japanese time may open, and what "within" them means: the
//! half or quarter of the fiscal year a year names (来年度下期, 来期のQ1), a period of the
//! company's year with うちに or 中 after it (上期中に: by its last day, as 今月中), and a
//! range of days (12月7日〜11日の間に: dated at its last day). Split from `after` so that
//! each file reads in one sitting.

use chrono::Datelike;

use super::super::text::{is_kanji, is_katakana, words};
use super::{number_at, Calendar, Found, Marker, Text, Trigger, When};

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
    let names_a_half =
        |len: usize, word: &str| found.end >= len && text.match_at(found.end - len, word).is_some();
    if found.when == When::Trigger(Trigger::FiscalYearStart, Some(start))
        && !names_a_half(2, "上期")
        && !names_a_half(3, "上半期")
    {
        return found;
    }
    let Some(end) = within_after(text, found.end) else {
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
        .first_of(at, words!("q1|q2|q3|q4"))
        .map(|(k, end)| (k as u32 + 1, end))
        .or_else(|| {
            let (n, end) = number_at(text, text.match_at(at, "第")?)?;
            Some((n, text.match_at(end, "四半期")?)).filter(|&(n, _)| (1..=4).contains(&n))
        });
    if let Some((n, end)) = quarter {
        let first = start.checked_add_months(chrono::Months::new(3 * (n - 1)));
        let after = text.match_at(end, "の").unwrap_or(end);
        if let Some((_, end)) = text
            .first_of(after, words!("うちに|うち|中に|中|内に|内"))
            .filter(|&(_, end)| ends_the_period(text, end))
        {
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
    match text.first_of(at, words!("下期|下半期|上期|上半期")) {
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

/// 12月7日〜11日の間に, 12/21〜12/25のどこかで: once within a range of days, dated at its
/// last day, as 今月中 is; a window of up to two weeks schedules the act like a day.
/// Only with 間 or うち after it: 12月7日〜11日まで毎日 is from the 7th, and so is
/// 12月7日〜11日の間、 (throughout those days, not once within them).
pub(super) fn within_range(text: &Text, at: usize, found: Found) -> Option<Found> {
    let When::Date(first) = found.when else {
        return None;
    };
    let (_, after) = text.first_of(at, words!("〜|~|-|から"))?;
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
    let (k, end) = text.first_of(at, words!("間に|間|うちに|うち|どこかで"))?;
    // 12月7日〜11日の間、見学させてもらいます: throughout the days, so from the first.
    if k == 1 {
        return Some(Found {
            end,
            when: When::Date(first),
            marker: Some(Marker::From),
        });
    }
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

/// 中に, のうちに, 内 right after a period that ends at `end` (上期中に, 第3四半期のうちに,
/// Q1中に): where "within" ends, when it ends the period rather than begins a word of its
/// own (`ends_the_period`).
pub(crate) fn within_after(text: &Text, end: usize) -> Option<usize> {
    let at = text.match_at(end, "の").unwrap_or(end);
    text.first_of(at, words!("うちに|うち|間に|中に|中|内に|内"))
        .map(|(_, end)| end)
        .filter(|&end| ends_the_period(text, end))
}

/// Whether 中 or 内 read as "within" ends at `end` rather than begins a word of its own
/// (来年度の内定者, 来期の中心メンバー, 今期の内容): no kanji follows, but 日 (来期末日).
/// Whether "within" read up to `end` (中, 内に, うちに) ends there: after its particle
/// に anything may follow (上期中に申請), else no kanji but 日 (来期の中心 is a noun).
fn ends_the_period(text: &Text, end: usize) -> bool {
    (end > 0 && text.at(end - 1) == 'に') || ends_the_word(text, end)
}

pub(crate) fn ends_the_word(text: &Text, end: usize) -> bool {
    let next = text.at(end);
    !is_kanji(next) || next == '日'
}

/// 1月の職員会議で, 来月の工程会議にて: an occasion in a month, named by what it is, with
/// で after it, is a day of that month the person knows and the app does not: a company
/// event, as 次の工程会議で is, which the act is done at (a datable beginning, whatever the
/// act), dated at the month's last day as 1月中に is, so that the follow-up asks once it is
/// past (its first day had asked on New Year's Day whether it had begun). Only a month
/// alone (not 1月10日), and only a noun that is not a part of the month (1月の第2週,
/// 1月の上旬, 1月の末, and to be safe anything beginning 中, 内 or 間): those say the day
/// themselves.
/// 12月の面談で is the interview itself (`dates_interview`), dated by its own day.
pub(super) fn with_occasion_in_month(text: &Text, found: Found) -> Found {
    let first = match found.when {
        When::Date(date) | When::Trigger(_, Some(date)) => date,
        _ => return found,
    };
    if found.marker.is_some() || first.day() != 1 || text.at(found.end.wrapping_sub(1)) != '月' {
        return found;
    }
    let Some(start) = text.match_at(found.end, "の") else {
        return found;
    };
    // 12月の給料日(25日)に: the month's payday on the day the brackets give.
    if let Some((_, payday)) = text.first_of(
        start,
        words!("給料日|給与支給日|給与日|賞与支給日|ボーナス支給日"),
    ) {
        let day = text
            .match_at(payday, "(")
            .and_then(|at| number_at(text, at))
            .filter(|&(day, e)| text.at(e) == '日' && text.at(e + 1) == ')' && day >= 1);
        if let Some((date, end)) = day.and_then(|(day, e)| Some((first.with_day(day)?, e + 2))) {
            return Found {
                end,
                when: When::Date(date),
                ..found
            };
        }
    }
    let names = |c: char| is_kanji(c) || is_katakana(c) || c == 'ー' || c.is_ascii_alphanumeric();
    let mut end = start;
    while end - start < 12 && names(text.at(end)) {
        end += 1;
    }
    let part_of_month = text
        .first_of(start, words!("第|上旬|中旬|下旬|初旬|初め|初日|頭|末|前半|後半|半ば|最終|最初|中頃|時点|中|内|間|以降|以内"))
        .is_some();
    let interview = end >= start + 2 && text.match_at(end - 2, "面談").is_some();
    let at_it = text.first_of(end, words!("で|にて")).is_some();
    match Calendar::last_of_month(first) {
        Some(last) if end > start && at_it && !part_of_month && !interview => Found {
            when: When::Trigger(Trigger::CompanyEvent, Some(last)),
            marker: Some(Marker::By),
            ..found
        },
        _ => found,
    }
}
