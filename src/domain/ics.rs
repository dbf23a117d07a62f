//! A calendar file (iCalendar, RFC 5545) for a commitment with a start date: an all-day
//! event on the day it begins, and a second all-day event a week later that asks
//! "did I start?". Pure text building: the texts come in already translated, and the
//! moment written as DTSTAMP is an argument, never read from a clock.

use chrono::{DateTime, Datelike, Days, NaiveDate, Timelike};

/// The longest a content line may be, in octets, before it is folded (RFC 5545 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// How many days after the start the "did I start?" event falls.
pub const FOLLOW_UP_AFTER_DAYS: u64 = 7;

/// What goes into the calendar file of one commitment.
pub struct CommitmentEvent<'a> {
    /// The commitment's id, unique within the person's document: the UIDs are built on it
    /// so that downloading the file again updates the same events instead of adding new ones.
    pub id: u64,
    /// The commitment as the person wrote it: the first event's SUMMARY.
    pub text: &'a str,
    pub start: NaiveDate,
    /// The second event's SUMMARY, in the person's language ("did I start? …").
    pub follow_up_summary: &'a str,
    /// When the file is made, in milliseconds since the Unix epoch (UTC): the DTSTAMP.
    pub now_millis: u64,
}

/// The whole calendar file: CRLF line endings, lines folded at 75 octets, text escaped.
pub fn commitment_calendar(event: &CommitmentEvent) -> String {
    let follow_up = event
        .start
        .checked_add_days(Days::new(FOLLOW_UP_AFTER_DAYS))
        .unwrap_or(event.start);
    let stamp = utc_stamp(event.now_millis);
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Jiritsu//Commitment check//EN".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    for (suffix, day, summary) in [
        ("start", event.start, event.text),
        ("follow-up", follow_up, event.follow_up_summary),
    ] {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:commitment-{}-{suffix}@jiritsu", event.id));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", ics_date(day)));
        lines.push(format!(
            "DTEND;VALUE=DATE:{}",
            ics_date(day.succ_opt().unwrap_or(day))
        ));
        lines.push(format!("SUMMARY:{}", escape_text(summary)));
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        out.push_str(&fold_line(line));
        out.push_str("\r\n");
    }
    out
}

/// A date as iCalendar writes it: 20261201.
pub fn ics_date(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // A CRLF pair, or a lone CR, is one line break.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Folds a content line so that no physical line is longer than 75 octets: a line break
/// and one space are inserted before the char that would cross the limit (the space
/// counts toward the next line). Never splits a UTF-8 char. No line ending is added.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}

/// A moment in UTC as iCalendar writes it: 20261123T093000Z.
fn utc_stamp(now_millis: u64) -> String {
    let moment = i64::try_from(now_millis)
        .ok()
        .and_then(DateTime::from_timestamp_millis)
        .unwrap_or_default();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        moment.year(),
        moment.month(),
        moment.day(),
        moment.hour(),
        moment.minute(),
        moment.second()
    )
}
