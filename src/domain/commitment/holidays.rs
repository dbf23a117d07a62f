//! Japan's public holidays, and the days offices close over the new year: what a
//! business day skips (年明け最初の営業日 is 4 January 2027, not New Year's Day), and
//! the holidays people date an act by (勤労感謝の日に, 成人の日の翌日から).
//!
//! The rules are those of the Public Holiday Act as it stands: fixed days, the
//! "Happy Monday" holidays (the nth Monday of a month), the equinoxes (by the
//! astronomical formula the Cabinet Office's announcements follow for 1980–2099), and
//! the substitute holiday after one that falls on a Sunday. The year-end closure
//! (29 December to 3 January) is no law, but nearly every company keeps it.

use super::text::Words;
use chrono::{Datelike, NaiveDate, Weekday};

/// A holiday people name, by its rule.
#[derive(Clone, Copy)]
pub(crate) enum Holiday {
    /// A fixed day: month and day.
    Fixed(u32, u32),
    /// The nth Monday of a month: month and n.
    Monday(u32, u32),
    SpringEquinox,
    AutumnEquinox,
}

/// The Japanese names of the holidays, one line per holiday, in the order of
/// `HOLIDAYS` (元日 is read with the other named days of the calendar).
pub(crate) const HOLIDAY_NAMES: Words = Words::new( "成人の日|建国記念の日|建国記念日|天皇誕生日|春分の日|昭和の日|憲法記念日|みどりの日|こどもの日|子どもの日|海の日|山の日|敬老の日|秋分の日|スポーツの日|体育の日|文化の日|勤労感謝の日");

/// What each name of `HOLIDAY_NAMES` stands for.
pub(crate) const HOLIDAYS: [Holiday; 18] = [
    Holiday::Monday(1, 2),
    Holiday::Fixed(2, 11),
    Holiday::Fixed(2, 11),
    Holiday::Fixed(2, 23),
    Holiday::SpringEquinox,
    Holiday::Fixed(4, 29),
    Holiday::Fixed(5, 3),
    Holiday::Fixed(5, 4),
    Holiday::Fixed(5, 5),
    Holiday::Fixed(5, 5),
    Holiday::Monday(7, 3),
    Holiday::Fixed(8, 11),
    Holiday::Monday(9, 3),
    Holiday::AutumnEquinox,
    Holiday::Monday(10, 2),
    Holiday::Monday(10, 2),
    Holiday::Fixed(11, 3),
    Holiday::Fixed(11, 23),
];

impl Holiday {
    /// The holiday in `year`.
    pub(crate) fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            Holiday::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day),
            Holiday::Monday(month, n) => {
                NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, n as u8)
            }
            Holiday::SpringEquinox => NaiveDate::from_ymd_opt(year, 3, equinox_day(year, 20.8431)?),
            Holiday::AutumnEquinox => NaiveDate::from_ymd_opt(year, 9, equinox_day(year, 23.2488)?),
        }
    }
}

/// The day of an equinox in March (base 20.8431) or September (base 23.2488).
fn equinox_day(year: i32, base: f64) -> Option<u32> {
    if !(1980..=2099).contains(&year) {
        return None;
    }
    let since = f64::from(year - 1980);
    Some((base + 0.242194 * since - (since / 4.0).floor()).floor() as u32)
}

/// Whether `date` is a public holiday: a listed one, New Year's Day, or the substitute
/// for one that fell on the Sunday before (the next day that is not itself a holiday).
pub(crate) fn is_public_holiday(date: NaiveDate) -> bool {
    let listed = |d: NaiveDate| {
        (d.month() == 1 && d.day() == 1) || HOLIDAYS.iter().any(|h| h.in_year(d.year()) == Some(d))
    };
    if listed(date) {
        return true;
    }
    // A substitute holiday: a run of holidays back to a Sunday.
    let mut day = date;
    for _ in 0..3 {
        let Some(before) = day.pred_opt() else {
            return false;
        };
        if !listed(before) {
            return false;
        }
        if before.weekday() == Weekday::Sun {
            return true;
        }
        day = before;
    }
    false
}

/// Whether offices are open on `date`: Monday to Friday, not a public holiday, and
/// not in the year-end closure (29 December to 3 January).
pub(crate) fn is_business_day(date: NaiveDate) -> bool {
    let closure =
        (date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3);
    date.weekday().num_days_from_monday() < 5 && !closure && !is_public_holiday(date)
}
