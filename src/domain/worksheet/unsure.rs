//! Whether a vision says that the person does not know yet (「わからない。銀行にいるかも
//! わからない」, "Not sure yet"). That is an honest place to start, and the worksheet answers
//! it with encouragement rather than with the check's "this reads as an attitude".
//!
//! A closed list of the ways people say it. In Japanese the phrase must close a clause
//! (the end, a stop, a comma, or a link such as けど): 「お客様が分からないことを調べている」
//! is a vision, not doubt. An English phrase counts only in a short answer, where it is the
//! answer and not a detail of one ("helping customers who don't know where to start").

const JAPANESE: [&str; 18] = [
    "わからない",
    "分からない",
    "判らない",
    "わかりません",
    "分かりません",
    "わかんない",
    "決まっていない",
    "決まってない",
    "決まっていません",
    "決めていない",
    "決めていません",
    "未定",
    "迷っている",
    "迷っています",
    "思いつかない",
    "思いつきません",
    "想像できない",
    "想像できません",
];

/// What may follow a Japanese phrase that closes its clause.
const CLOSERS: [&str; 12] = [
    "。",
    "、",
    "！",
    "？",
    "!",
    "?",
    ".",
    "です",
    "けど",
    "けれど",
    "し",
    "…",
];

const ENGLISH: [&str; 10] = [
    "don't know",
    "do not know",
    "dont know",
    "not sure",
    "no idea",
    "undecided",
    "haven't decided",
    "have not decided",
    "can't picture",
    "can't imagine",
];

/// The longest English answer read as a whole answer of doubt, in bytes.
const SHORT_ANSWER: usize = 100;

/// Whether `vision` says the person does not know yet.
pub fn says_unsure(vision: &str) -> bool {
    let text = vision.trim();
    let japanese = JAPANESE.iter().any(|phrase| {
        text.match_indices(phrase).any(|(at, _)| {
            let rest = text[at + phrase.len()..].trim_start();
            rest.is_empty() || CLOSERS.iter().any(|closer| rest.starts_with(closer))
        })
    });
    japanese || {
        let lower = text.to_ascii_lowercase().replace('’', "'");
        lower.len() <= SHORT_ANSWER && ENGLISH.iter().any(|phrase| lower.contains(phrase))
    }
}
