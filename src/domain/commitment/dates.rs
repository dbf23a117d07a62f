//! Recognises the times people type in Japanese and in figures: 12月1日, 12/1,
//! 2026-12-01, 令和8年12月1日, 十二月一日, 来週金曜, 来月, 年明け, 期末の一ヶ月前, 1年以内…
//! and the particle after them that says whether the time is a start (から), a
//! deadline (までに) or a day (に). English phrases live in `dates_english`.
//!
//! Every pattern looks ahead a bounded number of chars from where it starts, so the
//! scanner stays linear in the length of the text.
//!
//! This module holds what a time found is (`Found`, `When`, `Marker`) and the order in
//! which the readers are tried; `numeric` reads the dates and spans written in figures
//! or kanji numerals, and `after` what may follow any time and change it (the day
//! before or after, the second half of a fiscal year, the nth weekday of a month, the
//! particle that says how the time binds the act).

mod after;
mod numeric;
mod within;

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::Calendar;
use super::text::{number_at, Text, Words};
use super::Trigger;
use after::{with_day_before_or_after, with_japanese_particle, with_weekday_of_month};
use numeric::numeric;
pub(crate) use numeric::{after_month_number, part_of_month};
pub(crate) use within::{ends_the_word, within_after};
use within::{with_half_of_year, with_occasion_in_month, with_within_period};

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

/// The marks of a closing day, before a date (〆12/10) or after it (来週水曜〆の申込): a
/// deadline. (After a time, `after`'s particles read them too, with 〆切.)
pub(crate) const CLOSING: Words = Words::new("〆|締切|締め切り");

/// 年末回顧企画, 月末処理: a time that ends in 末 at `end` with a kanji noun right after
/// it names a kind of thing (the year-end review), not when one acts. What still says
/// when (年末頃, 月末迄, 年末休み, 月末日, 月末締め) is a time.
pub(crate) fn end_before_a_noun(text: &Text, end: usize) -> bool {
    if text.at(end.wrapping_sub(1)) != '末'
        || !super::text::is_kanji(text.at(end))
        || "迄頃前中後以時明近直付休日締年午朝夕夜週".contains(text.at(end))
    {
        return false;
    }
    let mut noun_end = end;
    while noun_end - end < 8 && super::text::is_kanji(text.at(noun_end)) {
        noun_end += 1;
    }
    matches!(text.at(noun_end), 'の' | 'を')
}

/// Whether the time `found` at `i` stands in brackets right after a time (`previous`: its
/// end and what it is) with the same day, restating it ("by the end of Q3 (Dec 31)"). A
/// bracket that names another day ("next week (Dec 2)") makes the first precise, and is
/// read as before.
pub(crate) fn restates_in_brackets(
    text: &Text,
    (previous_end, previous): (usize, When),
    i: usize,
    found: &Found,
) -> bool {
    let day = |when: When| match when {
        When::Date(date) | When::Trigger(_, Some(date)) => Some(date),
        _ => None,
    };
    let mut open = i;
    while open > previous_end && text.at(open - 1) == ' ' {
        open -= 1;
    }
    let bracketed = open > previous_end
        && text.at(open - 1) == '('
        && (previous_end..open - 1).all(|k| text.at(k) == ' ')
        && text.at(text.skip_spaces(found.end)) == ')';
    bracketed && day(previous).is_some() && day(previous) == day(found.when)
}

/// A time expression starting at `i`, if there is one.
pub(crate) fn time_at(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let found = if text.at(i).is_ascii_alphanumeric() {
        numeric(text, i, calendar)
            .or_else(|| super::dates_english::time_at(text, i, calendar))
            .or_else(|| super::dates_named::japanese(text, i, calendar))
    } else {
        numeric(text, i, calendar)
            .or_else(|| super::dates_relative::relative(text, i, calendar))
            .or_else(|| super::dates_events::japanese(text, i))
            .or_else(|| super::dates_interview::japanese(text, i, calendar))
    }?;
    let found = with_within_period(
        text,
        with_half_of_year(text, with_weekday_of_month(text, found, calendar)),
        calendar,
    );
    let found = with_occasion_in_month(text, with_day_before_or_after(text, found));
    if let Some(written) = written_out_after(text, &found, calendar) {
        return Some(written);
    }
    let mut found = with_japanese_particle(text, until_the_months_end(text, found));
    // "by 12/25", "until 12/25": a date in figures takes the English preposition before
    // it, as a date in words does, when no Japanese particle follows it.
    if found.marker.is_none() && text.at(i).is_ascii_digit() {
        found.marker = super::dates_english::preposition(text, i);
    }
    Some(begun_lately(text, i, found, calendar))
}

/// 3月までに, 十二月まで: a month named by its number with まで is a deadline at its last
/// day, as 3月中に is (a nursery teacher read 「3月までに…申し込みます」 as by the end of
/// March, and the first of March had the follow-up ask on the 2nd). 来月までに and
/// 今月まで are left as they are read.
fn until_the_months_end(text: &Text, found: Found) -> Found {
    let When::Date(day) = found.when else {
        return found;
    };
    let numbered = text.at(found.end.wrapping_sub(1)) == '月'
        && (text.at(found.end.wrapping_sub(2)).is_ascii_digit()
            || "一二三四五六七八九十".contains(text.at(found.end.wrapping_sub(2))));
    if found.marker.is_some() || !numbered || text.match_at(found.end, "まで").is_none() {
        return found;
    }
    // The current month is read as today (`after_month_number`): its end all the same.
    match Calendar::last_of_month(day) {
        Some(last) => Found {
            when: When::Date(last),
            ..found
        },
        None => found,
    }
}

/// 宴会が終わった翌日の12/26から, 来月の12/5に: a day written out in figures after の says
/// which day the time before it meant, and is the day (its particle with it).
fn written_out_after(text: &Text, found: &Found, calendar: &Calendar) -> Option<Found> {
    let at = text
        .match_at(found.end, "の")
        .filter(|&at| text.at(at).is_ascii_digit())?;
    time_at(text, at, calendar).filter(|written| matches!(written.when, When::Date(_)))
}

/// A rhythm or an act taken up "from" a day written without a year that fell within
/// the last month (「11月20日から、毎週月曜の朝会で…」 or "From 12/1, every Monday I will
/// check …" written on 3 December) has most likely begun already: the person writes
/// down what they started, not a plan for next year. It is read as this year's day, a
/// start already made. A day the act is done on or by (11月1日に申し込みます) stays the
/// coming one: a one-off act on a day just gone is more likely next year's, and the
/// person is asked to check the year. A year written with the day (来年の, 2027年, "next
/// year") is kept.
fn begun_lately(text: &Text, i: usize, found: Found, calendar: &Calendar) -> Found {
    let When::Date(date) = found.when else {
        return found;
    };
    let today = calendar.today;
    let this_year = date.with_year(today.year());
    let lately =
        this_year.filter(|day| *day < today && today.signed_duration_since(*day).num_days() <= 31);
    let year_written = || {
        (i.saturating_sub(3)..found.end).any(|k| {
            text.at(k) == '年'
                || (k + 4 <= found.end && (k..k + 4).all(|d| text.at(d).is_ascii_digit()))
        }) || text.ends_with_at(i, "next year ").is_some()
    };
    // The day itself in figures (11月20日, 12/1, November 25), not a weekday counted in
    // the month (11月の第1月曜), which falls on another date in another year.
    let day_in_figures = || {
        let mut k = i;
        let mut found_day = false;
        while k < found.end {
            let c = text.at(k);
            if matches!(c, '第' | '曜') || text.word_at(k, "first").is_some() {
                return false;
            }
            if c.is_ascii_digit() {
                let Some((n, after)) = number_at(text, k) else {
                    return false;
                };
                found_day |= n == date.day() && !matches!(text.at(after), '月' | '年');
                k = after.max(k + 1);
            } else {
                k += 1;
            }
        }
        found_day
    };
    match lately {
        Some(day)
            if found.marker == Some(Marker::From)
                && date.year() == today.year() + 1
                && !year_written()
                && day_in_figures() =>
        {
            Found {
                when: When::Date(day),
                ..found
            }
        }
        _ => found,
    }
}

/// A date written in figures at `i` (11/30, 2026-12-07), as after a weekday ("Monday
/// 11/30"); not a span or a duration.
pub(crate) fn written_date(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    numeric(text, i, calendar).filter(|found| matches!(found.when, When::Date(_)))
}

/// The date in figures at `i` read day first (7/12/2026 as 7 December), when both of
/// its first two numbers could be a month: a weekday written beside it ("Monday
/// 7/12/2026") tells which order the writer used.
pub(crate) fn written_day_first(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (day, end) = number_at(text, i).filter(|(n, _)| (1..=12).contains(n))?;
    if text.at(end) != '/' || !text.at(i).is_ascii_digit() {
        return None;
    }
    let (month, end) = number_at(text, end + 1).filter(|(n, _)| (1..=12).contains(n))?;
    if text.at(end) == '/' {
        let (year, end) = number_at(text, end + 1)?;
        if !(1900..=2999).contains(&year) || text.at(end).is_ascii_digit() {
            return None;
        }
        return found(end, NaiveDate::from_ymd_opt(year as i32, month, day), None);
    }
    if text.at(end).is_ascii_digit() {
        return None;
    }
    found(end, calendar.written_month_day(month, day), None)
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

/// 月 火 水 木 金 土 日 + 曜 (+ 日) or よう日: a weekday written in Japanese.
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
    // 木よう日, 木ようび: the weekday written partly in kana.
    if let Some(end) = text
        .match_at(i + 1, "よう日")
        .or_else(|| text.match_at(i + 1, "ようび"))
    {
        return Some((weekday, end));
    }
    let end = text.match_at(i + 1, "曜")?;
    Some((weekday, if text.at(end) == '日' { end + 1 } else { end }))
}
