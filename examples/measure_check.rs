//! Measures the commitment check on a labelled file, the way `tests/host/heldout.rs` measures
//! the held-out sets kept in the repository, so that a set kept outside it (the team's own)
//! can be measured without copying it in:
//!
//! ```text
//! cargo run --release --example measure_check -- SET.tsv [--today 2026-11-20] [--rows]
//! ```
//!
//! The file is tab-separated with a header line and the columns `lang`, `text`, `objective`
//! (1 or 0), `start` (1 or 0), `start_date` (YYYY-MM-DD or empty) and any columns after
//! them (a note). It prints the two figures (criteria: each row counts twice, objective and
//! start; start dates: over the rows labelled with a date); with `--rows`, one line per row
//! with the label and what the check said, tab-separated, for reading the differences
//! (and "unsure" last when the objective passes only as a question).
//! `--today` is the day the sentences were written against (default 20 November 2026, the
//! day the sets in the repository assume).

use std::process::ExitCode;

use chrono::NaiveDate;
use jiritsu::domain::commitment::{check, Reason};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("measure_check: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut path = None;
    let mut today = NaiveDate::from_ymd_opt(2026, 11, 20).expect("a valid date");
    let mut print_rows = false;
    let mut print_why = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rows" => print_rows = true,
            // Each row's reasons as well, for the one reading a tuning set's misses.
            "--why" => (print_rows, print_why) = (true, true),
            "--today" => {
                let day = args.next().ok_or("--today needs a date (YYYY-MM-DD)")?;
                today = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                    .map_err(|e| format!("--today {day}: {e}"))?;
            }
            _ if path.is_none() => path = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let path = path.ok_or("usage: measure_check SET.tsv [--today YYYY-MM-DD] [--rows | --why]")?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let (mut criteria, mut criteria_right, mut dates, mut dates_right) = (0, 0, 0, 0);
    for (number, line) in text.lines().skip(1).enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row = number + 1;
        let columns: Vec<&str> = line.split('\t').collect();
        if columns.len() < 5 {
            return Err(format!("{path}, row {row}: fewer than five columns"));
        }
        let flag = |column: usize| match columns[column].trim() {
            "1" => Ok(true),
            "0" => Ok(false),
            other => Err(format!("{path}, row {row}: {other:?} is not 1 or 0")),
        };
        let (objective, start) = (flag(2)?, flag(3)?);
        let date = match columns[4].trim() {
            "" => None,
            day => Some(
                NaiveDate::parse_from_str(day, "%Y-%m-%d")
                    .map_err(|e| format!("{path}, row {row}: {day:?}: {e}"))?,
            ),
        };
        let report = check(columns[1], today);
        let said = (report.objective.is_met(), report.start.is_met());
        criteria += 2;
        criteria_right += usize::from(said.0 == objective) + usize::from(said.1 == start);
        if let Some(date) = date {
            dates += 1;
            dates_right += usize::from(report.start_date == Some(date));
        }
        if print_rows {
            let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
            // "unsure": the objective passes only as a question ("is it 「…」?").
            let unsure = report
                .objective
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::UnsureWhatYouWillDo { .. }));
            println!(
                "{row}\tlabel {}{} {}\tcheck {}{} {}\t{}\t{}",
                u8::from(objective),
                u8::from(start),
                day(date),
                u8::from(said.0),
                u8::from(said.1),
                day(report.start_date),
                columns[1],
                if unsure { "unsure" } else { "" },
            );
            if print_why {
                println!("\t  objective {:?}", report.objective.reasons);
                println!("\t  start {:?}", report.start.reasons);
            }
        }
    }
    let percent = |right: usize, total: usize| 100.0 * right as f64 / total.max(1) as f64;
    println!(
        "{path}: criteria {criteria_right}/{criteria} = {:.1}%, start dates {dates_right}/{dates} = {:.1}%",
        percent(criteria_right, criteria),
        percent(dates_right, dates),
    );
    Ok(())
}
