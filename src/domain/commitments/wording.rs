//! The words the follow-up asks an action in: a habit (毎朝30分勉強します, "go to the gym
//! twice a week") is asked "did you start?", and a one-off act (受験を申し込みます, "ask my
//! manager for a meeting") "did you do it?", since 「始めました」 says too little of an
//! application already sent. The saved value stays DOMAIN.md's four-level scale; each
//! answer keeps the words it was asked in (`FollowUp::asked`), so that rewriting the
//! action later does not reword what the person chose.

use serde::{Deserialize, Serialize};

use crate::domain::commitment::normalised;

/// How the follow-up question and its four answers are worded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum Wording {
    /// 始められましたか？ 始めました: for a habit, begun and (maybe) kept up.
    Begun,
    /// できましたか？ 済ませました: for an act done once, on a day or by one.
    Done,
}

impl Wording {
    /// The stable name it is saved under.
    pub fn code(self) -> &'static str {
        match self {
            Wording::Begun => "begun",
            Wording::Done => "done",
        }
    }

    /// How an action is asked about: a deadline to begin by (12月15日までに申し込む) is
    /// done by it, as before; otherwise a habit is begun and anything else is done.
    pub fn of(text: &str, start_by: bool) -> Wording {
        if start_by || !is_a_habit(text) {
            Wording::Done
        } else {
            Wording::Begun
        }
    }

    /// The words answers saved before they kept their own were asked in: those of the
    /// action's deadline to begin by, as the app asked then.
    pub fn before_it_was_kept(start_by: bool) -> Wording {
        if start_by {
            Wording::Done
        } else {
            Wording::Begun
        }
    }
}

/// Whether the action is a habit, kept up once begun, rather than an act done once: it
/// says a rhythm (毎朝, 週に2回, 1日30分ずつ, 給料日ごとに, "every morning", "twice a
/// week", "on Mondays"), keeping on (続けます, "keep", "continue"), beginning something
/// that goes on (通い始めます, 書き始めます, 通います, "start taking lessons"), or that the
/// act goes on from a time (12月1日から朝礼で話します, "from January"). Anything else
/// (年明けの第2週に申し込みます, 発表します, 受験します, "ask my manager") is one act.
pub fn is_a_habit(text: &str) -> bool {
    let text = normalised(text);
    japanese_habit(&text) || english_habit(&text)
}

/// Words that alone say a rhythm or keeping on. 毎 opens every rhythm word (毎朝, 毎週,
/// 毎営業日); 開始し is 開始します, not 開始日.
const JAPANESE_WORDS: [&str; 20] = [
    "毎",
    "ごとに",
    "おきに",
    "置きに",
    "たびに",
    "の度に",
    "隔週",
    "隔月",
    "隔日",
    "定期的",
    "習慣",
    "日課",
    "継続",
    "続け",
    "ずつ",
    "始めま",
    "始める",
    "始めて",
    "開始し",
    "通う",
];

/// More verbs that begin something ongoing: はじめます in kana, 通います and 通って (not
/// 通知 or 通して).
const JAPANESE_MORE: [&str; 5] = ["はじめま", "はじめる", "始めよ", "通い", "通っ"];

fn japanese_habit(text: &str) -> bool {
    JAPANESE_WORDS
        .iter()
        .chain(JAPANESE_MORE.iter())
        .any(|word| text.contains(word))
        || counted_per_period(text)
        || from_a_time(text)
}

/// 12月1日から, 来週から, 4月から, 年明けから, 1月6日(月)から: から after a word of time,
/// from which the act goes on. Not 課長から (from a person) nor 忙しいから (a reason).
fn from_a_time(text: &str) -> bool {
    text.match_indices("から").any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| "日月週年度期け降)）朝春夏秋冬旬末初曜".contains(c))
    })
}

/// 週に2回, 月1回, 1日に3回, 年に4度: a period, maybe に, a number and 回 or 度. Not
/// 第2週に (a week named, then 申し込む) nor 12月1日に.
fn counted_per_period(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        if !matches!(c, '週' | '月' | '日' | '年') {
            return false;
        }
        let mut j = i + 1;
        if chars.get(j) == Some(&'に') {
            j += 1;
        }
        let digits = chars[j.min(chars.len())..]
            .iter()
            .take_while(|&&d| d.is_ascii_digit() || "一二三四五六七八九十何数".contains(d))
            .count();
        digits > 0 && matches!(chars.get(j + digits), Some('回' | '度'))
    })
}

/// English words that alone say a rhythm or keeping on.
const ENGLISH_WORDS: [&str; 22] = [
    "every",
    "everyday",
    "nightly",
    "fortnightly",
    "biweekly",
    "regularly",
    "routinely",
    "habit",
    "keep",
    "keeps",
    "continue",
    "continues",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "weekdays",
    "weekends",
    "onwards",
];

/// What follows "each" or "per", or "a" after a count (twice a week), for a rhythm.
const PERIODS: [&str; 11] = [
    "day", "week", "month", "year", "morning", "evening", "night", "quarter", "weekday", "monday",
    "friday",
];

fn english_habit(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let word = |i: usize| words.get(i).copied().unwrap_or("");
    (0..words.len()).any(|i| {
        let w = word(i);
        ENGLISH_WORDS.contains(&w)
            // "each week", "per month"; not "each member".
            || (matches!(w, "each" | "per") && PERIODS.contains(&word(i + 1)))
            // "twice a week", "30 minutes a day"; not "within a week".
            || (w == "a"
                && PERIODS.contains(&word(i + 1))
                && matches!(word(i.wrapping_sub(1)), "once" | "twice" | "thrice" | "times" | "minutes" | "hours" | "pages"))
            // "a weekly session", "daily"; not "the weekly meeting", a thing named.
            || (matches!(w, "daily" | "weekly" | "monthly")
                && !matches!(word(i.wrapping_sub(1)), "the" | "my" | "our" | "this" | "next" | "that" | "his" | "her" | "their"))
            // "from January", "from 1 December", "from next week": the act goes on from
            // then; not "from my manager".
            || (w == "from" && from_a_time_word(word(i + 1)))
            // "start taking lessons", "begin to study"; not "starting one month before"
            // nor "the start of April".
            || (matches!(w, "start" | "starts" | "begin" | "begins")
                && (word(i + 1) == "to" || (word(i + 1).ends_with("ing") && word(i + 1).len() > 4)))
    })
}

/// A word that opens a time after "from": a figure (1, 6th), a month, a weekday, or
/// next, now, today, tomorrow, this.
fn from_a_time_word(word: &str) -> bool {
    const WORDS: [&str; 26] = [
        "next",
        "now",
        "today",
        "tomorrow",
        "this",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
    ];
    word.starts_with(|c: char| c.is_ascii_digit()) || WORDS.contains(&word)
}

// Saved form.

/// Reads a wording saved under its name.
impl TryFrom<String> for Wording {
    type Error = &'static str;

    fn try_from(code: String) -> Result<Wording, &'static str> {
        [Wording::Begun, Wording::Done]
            .into_iter()
            .find(|wording| wording.code() == code)
            .ok_or("expected begun or done")
    }
}

impl From<Wording> for &'static str {
    fn from(wording: Wording) -> &'static str {
        wording.code()
    }
}
