//! The message catalogue: every text the interface shows, in Japanese and English.
//! Each feature keeps its messages in a file of its own, declared with `catalogue!`.

#[macro_use]
mod catalogue;

pub mod anchors;
pub mod assessment;
pub mod check;
pub mod commitment;
pub mod guide;
pub mod sheet;
pub mod shell;
pub mod training;
pub mod worksheet;

pub mod data;
pub use catalogue::Message;
pub use shell::{language_name, route_label, Msg};

use crate::domain::lang::Lang;

/// One of two texts written side by side, `(Japanese, English)`, for tables of texts
/// that go with a value (an anchor's label, a level of a scale).
pub fn in_lang((ja, en): (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => ja,
        Lang::En => en,
    }
}

/// What stands between a label and its text: 「氏名：山田」, "Name: Yamada".
pub fn colon(lang: Lang) -> &'static str {
    in_lang(("：", ": "), lang)
}

/// A message with its `{}` replaced by `args` in order, as plain text (a view shows it as
/// text): the order of the parts can differ between languages.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut parts = template.split("{}");
    let mut out = String::from(parts.next().unwrap_or_default());
    let mut args = args.iter();
    for part in parts {
        out.push_str(args.next().copied().unwrap_or_default());
        out.push_str(part);
    }
    out
}

/// The English name of a month, 1 = January; "" outside 1..=12.
pub fn english_month(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("")
}
