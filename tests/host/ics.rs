//! The calendar file of a commitment, as a calendar program reads it (RFC 5545).

use chrono::NaiveDate;
use jiritsu::domain::ics::{commitment_calendar, escape_text, fold_line, CommitmentEvent};

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

/// 2026-11-23 09:30:15 UTC.
const NOW_MILLIS: u64 = 1_795_426_215_000;

fn calendar(text: &str, start: NaiveDate) -> String {
    commitment_calendar(&CommitmentEvent {
        id: 42,
        text,
        start,
        follow_up_summary: "始められましたか？",
        now_millis: NOW_MILLIS,
    })
}

/// Unfolds the file back into its logical lines, as RFC 5545 3.1 says a reader does.
fn unfolded_lines(file: &str) -> Vec<String> {
    file.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

fn events(file: &str) -> Vec<Vec<String>> {
    let mut events = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in unfolded_lines(file) {
        match line.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.extend(current.take()),
            _ => {
                if let Some(event) = current.as_mut() {
                    event.push(line);
                }
            }
        }
    }
    events
}

#[test]
fn the_file_is_a_version_2_calendar_with_a_product_id_and_crlf_line_endings() {
    let file = calendar(
        "12月1日までに英会話スクールに申し込みます",
        date(2026, 12, 1),
    );
    assert!(
        file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"),
        "{file}"
    );
    assert!(file.ends_with("END:VCALENDAR\r\n"), "{file}");
    assert!(
        !file.replace("\r\n", "").contains('\n'),
        "a bare LF in {file:?}"
    );
    assert!(
        !file.replace("\r\n", "").contains('\r'),
        "a bare CR in {file:?}"
    );
}

#[test]
fn the_commitment_is_an_all_day_event_on_its_start_date_and_a_follow_up_comes_a_week_later() {
    let file = calendar("英会話スクールに申し込みます", date(2026, 12, 1));
    let events = events(&file);
    assert_eq!(events.len(), 2, "{file}");
    let start = &events[0];
    assert!(
        start.contains(&"DTSTART;VALUE=DATE:20261201".to_owned()),
        "{start:?}"
    );
    assert!(
        start.contains(&"DTEND;VALUE=DATE:20261202".to_owned()),
        "{start:?}"
    );
    assert!(
        start.contains(&"SUMMARY:英会話スクールに申し込みます".to_owned()),
        "{start:?}"
    );
    let follow_up = &events[1];
    assert!(
        follow_up.contains(&"DTSTART;VALUE=DATE:20261208".to_owned()),
        "{follow_up:?}"
    );
    assert!(
        follow_up.contains(&"DTEND;VALUE=DATE:20261209".to_owned()),
        "{follow_up:?}"
    );
    assert!(
        follow_up.contains(&"SUMMARY:始められましたか？".to_owned()),
        "{follow_up:?}"
    );
}

#[test]
fn dates_roll_over_months_years_and_leap_days() {
    let events = events(&calendar("申し込みます", date(2027, 12, 31)));
    assert!(
        events[0].contains(&"DTEND;VALUE=DATE:20280101".to_owned()),
        "{events:?}"
    );
    assert!(
        events[1].contains(&"DTSTART;VALUE=DATE:20280107".to_owned()),
        "{events:?}"
    );
    let events = self::events(&calendar("申し込みます", date(2028, 2, 22)));
    assert!(
        events[1].contains(&"DTSTART;VALUE=DATE:20280229".to_owned()),
        "{events:?}"
    );
    assert!(
        events[1].contains(&"DTEND;VALUE=DATE:20280301".to_owned()),
        "{events:?}"
    );
}

#[test]
fn the_stamp_is_the_moment_given_and_uids_are_stable_and_distinct() {
    let first = calendar("申し込みます", date(2026, 12, 1));
    let again = calendar("申し込みます", date(2026, 12, 1));
    assert_eq!(
        first, again,
        "the same commitment at the same moment gives the same file"
    );
    let events = events(&first);
    for event in &events {
        assert!(
            event.contains(&"DTSTAMP:20261123T093015Z".to_owned()),
            "{event:?}"
        );
    }
    let uid = |event: &Vec<String>| {
        event
            .iter()
            .find(|l| l.starts_with("UID:"))
            .cloned()
            .unwrap()
    };
    assert_ne!(uid(&events[0]), uid(&events[1]));
    assert!(
        uid(&events[0]).contains("42"),
        "the UID is built on the commitment's id"
    );
    let other = commitment_calendar(&CommitmentEvent {
        id: 43,
        text: "申し込みます",
        start: date(2026, 12, 1),
        follow_up_summary: "始められましたか？",
        now_millis: NOW_MILLIS,
    });
    assert_ne!(uid(&self::events(&other)[0]), uid(&events[0]));
}

#[test]
fn text_is_escaped_as_the_spec_says() {
    assert_eq!(escape_text(r"a\b"), r"a\\b");
    assert_eq!(escape_text("a;b,c"), r"a\;b\,c");
    assert_eq!(escape_text("one\ntwo"), r"one\ntwo");
    assert_eq!(escape_text("one\r\ntwo\rthree"), r"one\ntwo\nthree");
    assert_eq!(
        escape_text("期末の一ヶ月前になったら、勉強会を開きます"),
        "期末の一ヶ月前になったら、勉強会を開きます"
    );
    let file = calendar("Sign up, book; then\nstart", date(2026, 12, 1));
    assert!(
        unfolded_lines(&file).contains(&r"SUMMARY:Sign up\, book\; then\nstart".to_owned()),
        "{file}"
    );
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_japanese_char() {
    let text = "期末の一ヶ月前になったら、経理経験2年未満の社員を集めて決算の勉強会を開き、毎月の振り返りも続けます";
    let file = calendar(text, date(2027, 3, 1));
    for line in file.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(
        file.contains("\r\n "),
        "the long SUMMARY was folded: {file}"
    );
    assert!(unfolded_lines(&file).contains(&format!("SUMMARY:{text}")));
}

#[test]
fn folding_fills_each_line_up_to_the_limit_and_leaves_short_lines_alone() {
    assert_eq!(fold_line("SUMMARY:short"), "SUMMARY:short");
    let ascii = "x".repeat(75);
    assert_eq!(fold_line(&ascii), ascii);
    let folded = fold_line(&"x".repeat(160));
    let lines: Vec<&str> = folded.split("\r\n").collect();
    assert_eq!(
        lines.iter().map(|l| l.len()).collect::<Vec<_>>(),
        vec![75, 75, 12]
    );
    // Three-octet chars: 25 fit in the first line, 24 (plus the leading space) in the next.
    let folded = fold_line(&"あ".repeat(60));
    let lengths: Vec<usize> = folded.split("\r\n").map(str::len).collect();
    assert_eq!(lengths, vec![75, 73, 34]);
}
