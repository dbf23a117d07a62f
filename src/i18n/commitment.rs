//! Everything the commitment check says to the person, in Japanese and English: the
//! names of the two tests, why a verdict came out as it did, what to change, example
//! rewrites, and dates written the way each language writes them.
//!
//! This file holds the fixed texts around the check and the dates; each kind of message
//! about a report has a submodule of its own, re-exported here: `reasons` (why a verdict
//! came out so), `hints` (what to change), `examples` (the example rewrites, with
//! `topics` for those on the person's own topic) and `labels` (the names of what the
//! check found, when the person's own words do not name it).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::domain::lang::Lang;

mod examples;
mod hints;
mod labels;
mod reasons;
mod topics;

pub use examples::{hint_example, hint_example_on};
pub use hints::hint_text;
pub use labels::{attitude_label, outcome_label, trigger_label, vague_label};
pub use reasons::reason_text;

crate::catalogue! {
    /// The fixed texts around the check.
    pub enum CommitmentMsg {
        ObjectiveTitle { ja: "客観性：誰が見てもやったかどうか分かるか", en: "Objective: could anyone tell whether it was done?" },
        StartTitle { ja: "開始時期：いつから始めるかが書かれているか", en: "Start: does it say when it begins?" },
        Met { ja: "クリア", en: "Passes" },
        NotMet { ja: "もう一歩", en: "Not yet" },
        NotWritten { ja: "未入力", en: "Nothing yet" },
        BothMet { ja: "二つともクリアしています。この約束なら、書かれた日を過ぎれば、誰でも「始めましたか？」と確かめられます。", en: "It passes both tests. Once the day you named has passed, anyone can ask \"Did you start?\" and get a clear answer." },
        ExampleLabel { ja: "書き直しの例", en: "For example" },
    }
}

/// A date as each language writes it: 2026年12月1日(火), Tue 1 December 2026.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "{}年{}月{}日({})",
            date.year(),
            date.month(),
            date.day(),
            weekday_ja(date.weekday())
        ),
        Lang::En => format!(
            "{} {} {} {}",
            weekday_en(date.weekday()),
            date.day(),
            month_en(date.month()),
            date.year()
        ),
    }
}

/// A start date: 2026年12月1日(火)から, from Tue 1 December 2026.
pub fn format_start(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}から", format_date(date, lang)),
        Lang::En => format!("from {}", format_date(date, lang)),
    }
}

fn weekday_ja(weekday: Weekday) -> &'static str {
    ["月", "火", "水", "木", "金", "土", "日"][weekday.num_days_from_monday() as usize % 7]
}

fn weekday_name_en(weekday: Weekday) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ][weekday.num_days_from_monday() as usize % 7]
}

/// Mon, Tue…: the first three letters of the name.
fn weekday_en(weekday: Weekday) -> &'static str {
    weekday_name_en(weekday).get(..3).unwrap_or_default()
}

fn month_en(month: u32) -> &'static str {
    crate::i18n::english_month(month)
}
