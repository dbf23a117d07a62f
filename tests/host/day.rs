//! Dates as saved: `YYYY-MM-DD`, read back by chrono; times of day as `HH:MM`.

use chrono::NaiveDate;
use jiritsu::domain::day::{from_clock, from_iso, to_clock, to_iso};
use proptest::prelude::*;

fn check(text: &str, expected: Option<(i32, u32, u32)>) {
    let expected = expected.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    assert_eq!(from_iso(text), expected, "{text:?}");
}

#[test]
fn dates_are_read_as_written() {
    check("2026-11-23", Some((2026, 11, 23)));
    check("2026-1-5", Some((2026, 1, 5)));
    check("0001-01-01", Some((1, 1, 1)));
    check("2028-02-29", Some((2028, 2, 29)));
    check("2026-02-29", None);
    check("2026-13-01", None);
    check("2026-00-10", None);
    check("2026-11", None);
    check("2026-11-23-1", None);
    check("2026/11/23", None);
    check("", None);
    check("-2026-11-23", None);
    check("2026-11-23T00:00", None);
    check("１２３", None);
    check("99999-01-01", None);
    check("0000-01-01", None);
    check(" 2026-11-23", None);
    check("2026-11-23 ", None);
    check("2026- 11-23", None);
    check("+2026-11-23", None);
}

#[test]
fn dates_are_written_with_four_digit_years_and_two_digit_months_and_days() {
    assert_eq!(
        to_iso(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()),
        "2026-04-01"
    );
    assert_eq!(
        to_iso(NaiveDate::from_ymd_opt(987, 12, 31).unwrap()),
        "0987-12-31"
    );
}

proptest! {
    #[test]
    fn every_date_survives_the_round_trip(days in 0i32..3_000_000) {
        let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
        prop_assert_eq!(from_iso(&to_iso(date)), Some(date));
    }

    #[test]
    fn any_text_is_read_without_panicking(text in ".*") {
        let _ = from_iso(&text);
    }
}

fn check_clock(text: &str, expected: Option<(u32, u32)>) {
    let expected = expected.and_then(|(h, m)| chrono::NaiveTime::from_hms_opt(h, m, 0));
    assert_eq!(from_clock(text), expected, "{text:?}");
}

#[test]
fn times_of_day_are_read_as_written() {
    check_clock("00:00", Some((0, 0)));
    check_clock("09:05", Some((9, 5)));
    check_clock("23:59", Some((23, 59)));
    check_clock("24:00", None);
    check_clock("12:60", None);
    check_clock("9:05", None);
    check_clock("09:5", None);
    check_clock("09:05:00", None);
    check_clock("+9:05", None);
    check_clock("0905", None);
    check_clock("０９:０５", None);
    check_clock("", None);
}

proptest! {
    #[test]
    fn every_time_of_day_is_written_as_it_reads_back(hour in 0u32..24, minute in 0u32..60) {
        let time = chrono::NaiveTime::from_hms_opt(hour, minute, 0).unwrap();
        prop_assert_eq!(from_clock(&to_clock(time)), Some(time));
        prop_assert_eq!(to_clock(time).len(), 5);
    }
}
