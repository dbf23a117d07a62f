//! Days people name rather than write as a date, in both languages: the public
//! holidays (勤労感謝の日, Culture Day), the office's own calendar around them (仕事始め,
//! 年末年始休暇明け, GW明け, 3連休明け, after the long weekend: the first business day
//! after a closure or a run of days off; 仕事納め: the last before one), and a day counted from a named one (the
//! day after Christmas; the first working day after New Year). The days themselves
//! come from `holidays`.

use chrono::{Datelike, NaiveDate};

use super::calendar::Calendar;
use super::dates::{found, Found, Marker, When};
use super::dates_english::first_word;
use super::holidays::{is_business_day, Holiday, HOLIDAYS, HOLIDAY_NAMES};
use super::text::{words, Text, Words};

/// A named day in Japanese at `i`.
pub(crate) fn japanese(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    // The first chars of the names below: most times begin otherwise (来週, 12月).
    if !"成建天春昭憲みこ子海山敬秋ス体文勤年正冬仕御ゴg連2345二三四五".contains(text.at(i))
    {
        return None;
    }
    if let Some((k, end)) = text.first_of(i, &HOLIDAY_NAMES) {
        return found(end, calendar.coming_holiday(HOLIDAYS[k]), None);
    }
    // The first business day after the new-year closure, and the last before it.
    const REOPENING: Words = Words::new( "年末年始休暇明け|年末年始の休み明け|年末年始明け|正月休み明け|正月明け|年始休み明け|冬季休暇明け|冬休み明け|仕事始め|仕事初め|御用始め");
    if let Some((_, end)) = text.first_of(i, &REOPENING) {
        return found(end, calendar.first_working_day_of_year(), None);
    }
    if let Some((_, end)) = text.first_of(
        i,
        words!("仕事納め|御用納め|年内最後の出勤日|年内最終出勤日|年内最後の営業日|年内最終営業日|年内最後の勤務日"),
    ) {
        return found(end, last_working_day_of_year(calendar), None);
    }
    if let Some((_, end)) = text.first_of(i, words!("ゴールデンウィーク明け|gw明け")) {
        return found(end, after_golden_week(calendar), None);
    }
    // GWに, ゴールデンウィーク中に: the holidays, from 29 April (昭和の日).
    if let Some((_, end)) = text.first_of(i, words!("ゴールデンウィーク|gw")) {
        return found(end, calendar.coming_month_day(4, 29), None);
    }
    // 3連休明け, 連休明け: the first business day after the coming run of days off.
    let (days_off, at) = match text.first_of(i, words!("2|3|4|5|二|三|四|五")) {
        Some((k, end)) => (k as u32 % 4 + 2, end),
        None => (3, i),
    };
    if let Some((_, end)) = text.first_of(at, words!("連休明け|連休が明け")) {
        return found(end, after_days_off(calendar, days_off), None);
    }
    None
}

/// The first business day after the coming run of at least `days` days off in a row
/// (a weekend with a public holiday, the new-year closure), looked for up to a year;
/// written on a day of the run itself, the run it is in.
fn after_days_off(calendar: &Calendar, days: u32) -> Option<NaiveDate> {
    let mut run = 0;
    let from = calendar.today.checked_sub_days(chrono::Days::new(7))?;
    for day in from.iter_days().take(380) {
        if !is_business_day(day) {
            run += 1;
        } else if run >= days && day > calendar.today {
            return Some(day);
        } else {
            run = 0;
        }
    }
    None
}

/// A named day in English at `i` (a word start). Tried at every word that may begin
/// a time, so the first word picks the one reading worth trying.
pub(crate) fn english(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let mut first = [0u8; 12];
    let mut length = 0;
    while length < first.len() && text.at(i + length).is_ascii_alphabetic() {
        first[length] = text.at(i + length) as u8;
        length += 1;
    }
    match &first[..length] {
        // ("The Emperor's Birthday" is read at "emperor".)
        b"the" => {
            closing(text, i, calendar).or_else(|| counted_from_a_named_day(text, i, calendar))
        }
        b"day" | b"first" => counted_from_a_named_day(text, i, calendar),
        b"after" | b"when" => reopening(text, i, calendar),
        b"before" => closing(text, i, calendar),
        // Seasons; "coming", "spring", "autumn" begin holidays' names too.
        b"coming" | b"spring" | b"autumn" => {
            season(text, i, calendar).or_else(|| english_holiday(text, i, calendar))
        }
        b"this" | b"next" | b"in" | b"summer" | b"fall" | b"winter" => season(text, i, calendar),
        // "over Golden Week": the holidays, from 29 April.
        b"golden" => {
            let (_, end) = first_word(text, i, words!("golden week"))?;
            found(end, calendar.coming_month_day(4, 29), None)
        }
        // The first words of the holidays' names.
        b"national" | b"foundation" | b"emperor" | b"vernal" | b"showa" | b"constitution"
        | b"greenery" | b"children" | b"marine" | b"sea" | b"ocean" | b"mountain" | b"respect"
        | b"autumnal" | b"sports" | b"health" | b"culture" | b"labour" | b"labor" => {
            english_holiday(text, i, calendar)
        }
        _ => None,
    }
}

/// "the day after Christmas", "the first working day after New Year".
fn counted_from_a_named_day(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    // "the day after Christmas", "the day before Culture Day".
    if let Some((k, end)) = first_word(
        text,
        i,
        words!("the day after|the day before|day after|day before"),
    ) {
        let named = holiday_or_plain(text, text.skip_spaces(end), calendar)?;
        let When::Date(date) = named.when else {
            return None;
        };
        let day = if k % 2 == 0 {
            date.succ_opt()
        } else {
            date.pred_opt()
        };
        return found(named.end, day, None);
    }
    // "the first working day after New Year", "the first Monday after New Year's": the
    // first such day after that day.
    // "the Monday after Coming of Age Day" says "first" without the word.
    let at = first_word(text, i, words!("the")).map_or(i, |(_, end)| text.skip_spaces(end));
    let at = first_word(text, at, words!("first")).map_or(at, |(_, end)| text.skip_spaces(end));
    let (weekday, end) = match super::dates_english::weekday_word(text, at) {
        Some((weekday, end)) => (Some(weekday), end),
        None => (
            None,
            first_word(text, at, words!("business day|working day|workday"))?.1,
        ),
    };
    let (_, end) = first_word(text, text.skip_spaces(end), words!("after|following"))?;
    // "the Monday after our Dec 11 town hall": the day of what is named.
    let at = text.skip_spaces(end);
    let at =
        first_word(text, at, words!("our|my|the")).map_or(at, |(_, end)| text.skip_spaces(end));
    let named = holiday_or_plain(text, at, calendar)?;
    let day = match named.when {
        When::Date(date) | When::Trigger(_, Some(date)) => {
            date.iter_days().skip(1).take(14).find(|&d| match weekday {
                Some(weekday) => d.weekday() == weekday,
                None => is_business_day(d),
            })
        }
        _ => None,
    };
    found(named.end, day, None)
}

/// "after the year-end holidays", "after Golden Week": the first business day after
/// the closure.
fn reopening(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    if let Some((_, end)) = first_word(text, i, &REOPENING_EN) {
        return Some(Found {
            end,
            when: When::Date(calendar.first_working_day_of_year()?),
            marker: Some(Marker::From),
        });
    }
    if let Some((_, end)) = first_word(
        text,
        i,
        words!("after the long weekend|after the three-day weekend|after the 3-day weekend|after the holiday weekend"),
    ) {
        return Some(Found {
            end,
            when: When::Date(after_days_off(calendar, 3)?),
            marker: Some(Marker::From),
        });
    }
    if let Some((_, end)) = first_word(
        text,
        i,
        words!("after golden week|after the golden week holidays"),
    ) {
        return Some(Found {
            end,
            when: When::Date(after_golden_week(calendar)?),
            marker: Some(Marker::From),
        });
    }
    None
}

fn english_holiday(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    ENGLISH_HOLIDAYS.iter().find_map(|&(holiday, ref names)| {
        let (_, end) = first_word(text, i, names)?;
        found(end, calendar.coming_holiday(holiday), None)
    })
}

/// The day a "day after" counts from: a holiday or a plain time, never another "day
/// after" (so the reading stays linear however the words repeat).
fn holiday_or_plain(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    english_holiday(text, i, calendar).or_else(|| super::dates_english::plain(text, i, calendar))
}

/// "next spring", "this winter", "in the autumn", and a bare season after "by",
/// "from", "until": the first day of its first month, as 来春 and 今冬.
fn season(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (which, at) = match first_word(
        text,
        i,
        words!("next|this|this coming|the coming|coming|in the|in"),
    ) {
        Some((k, end)) => (Some(k), text.skip_spaces(end)),
        None => (None, i),
    };
    let (k, end) = first_word(text, at, words!("spring|summer|autumn|fall|winter"))?;
    // A bare season ("fall" is a verb too) only after a preposition of time.
    if which.is_none()
        && !matches!(
            super::dates_english::preposition(text, i),
            Some(Marker::From | Marker::By)
        )
    {
        return None;
    }
    let month = [3, 6, 9, 9, 12][k];
    found(end, calendar.season_start(month, which == Some(0)), None)
}

/// What people write for the office reopening after the new year.
/// "before the year-end holidays", "the last working day of the year": the last business
/// day before the closure, as 仕事納め.
fn closing(text: &Text, i: usize, calendar: &Calendar) -> Option<Found> {
    let (k, end) = first_word(text, i, &CLOSING_EN)?;
    Some(Found {
        end,
        when: When::Date(last_working_day_of_year(calendar)?),
        marker: (k < 5).then_some(Marker::By),
    })
}

/// The last business day before the year-end closure, in English: a deadline before
/// the holidays (the first five), or the day itself.
const CLOSING_EN: Words = Words::new("before the year-end holidays|before the year-end break|before the new year holidays|before the christmas break|before the winter break|the last working day of the year|the last business day of the year|the last workday of the year|the last day of work this year");

const REOPENING_EN: Words = Words::new( "after the year-end holidays|after the year-end break|after the new year holidays|after the new year holiday|after the new year break|after the new year's holidays|after the christmas break|after the christmas holidays|after the winter break|when the office reopens in january|when the office reopens after new year");

/// The English names of the public holidays.
const ENGLISH_HOLIDAYS: &[(Holiday, Words)] = &[
    (Holiday::Monday(1, 2), Words::new("coming of age day")),
    (
        Holiday::Fixed(2, 11),
        Words::new("national foundation day|foundation day"),
    ),
    (
        Holiday::Fixed(2, 23),
        Words::new("the emperor's birthday|emperor's birthday"),
    ),
    (
        Holiday::SpringEquinox,
        Words::new("vernal equinox day|spring equinox day"),
    ),
    (Holiday::Fixed(4, 29), Words::new("showa day")),
    (
        Holiday::Fixed(5, 3),
        Words::new("constitution memorial day|constitution day"),
    ),
    (Holiday::Fixed(5, 4), Words::new("greenery day")),
    (Holiday::Fixed(5, 5), Words::new("children's day")),
    (
        Holiday::Monday(7, 3),
        Words::new("marine day|sea day|ocean day"),
    ),
    (Holiday::Fixed(8, 11), Words::new("mountain day")),
    (
        Holiday::Monday(9, 3),
        Words::new("respect for the aged day"),
    ),
    (
        Holiday::AutumnEquinox,
        Words::new("autumnal equinox day|autumn equinox day"),
    ),
    (
        Holiday::Monday(10, 2),
        Words::new("sports day|health and sports day"),
    ),
    (Holiday::Fixed(11, 3), Words::new("culture day")),
    (
        Holiday::Fixed(11, 23),
        Words::new("labour thanksgiving day|labor thanksgiving day"),
    ),
];

/// The first business day after `date`.
fn next_working_day(date: NaiveDate) -> Option<NaiveDate> {
    date.iter_days()
        .skip(1)
        .take(14)
        .find(|&d| is_business_day(d))
}

/// 仕事納め: the last business day before the coming year-end closure.
fn last_working_day_of_year(calendar: &Calendar) -> Option<NaiveDate> {
    let last_in = |year: i32| {
        let closure = NaiveDate::from_ymd_opt(year, 12, 29)?;
        let mut day = closure;
        for _ in 0..14 {
            day = day.pred_opt()?;
            if is_business_day(day) {
                return Some(day);
            }
        }
        None
    };
    match last_in(calendar.today.year()) {
        Some(day) if day >= calendar.today => Some(day),
        _ => last_in(calendar.year_of(1)?),
    }
}

/// GW明け: the first business day after 5 May, this year's unless it has passed.
fn after_golden_week(calendar: &Calendar) -> Option<NaiveDate> {
    let after_in = |year: i32| next_working_day(NaiveDate::from_ymd_opt(year, 5, 5)?);
    match after_in(calendar.today.year()) {
        Some(day) if day >= calendar.today => Some(day),
        _ => after_in(calendar.year_of(1)?),
    }
}
