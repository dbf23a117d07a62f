//! Whether a commitment says its act has already begun: 11月2日から記録している,
//! 10月から続けています, 先月始めた, "Since November 2, I have been logging…", "I
//! started …". A month and day written without a year is then read as this year's
//! when it has just passed (`Calendar::written_month_day`): a start already made. Said
//! as a plan (11月1日に申し込みます on 23 November), the same date is next year's, as
//! the blind writers of the held-out sets read it.
//!
//! The marks are grammatical and few: Japanese ている/てきた, the past of 始める and the
//! polite past ました (11月10日に申し込みました),
//! English "since" (not before "will": "Since my team grew, I will…" gives a reason) and
//! the perfect or past after "I"/"we" ("I have been logging", "I
//! registered"). ている after a verb of
//! thinking or planning (と思っています, 予定しています, 考えている) is an intention, not
//! an act under way, and does not count.

use super::dates_english::first_word;
use super::text::{words, Text, Words};

/// Japanese endings that say the act is under way or has been begun.
const BEGUN_JA: Words =
    Words::new("ている|ています|ていて|てきた|てきました|始めた|始めました|以来|ました");
/// ている said casually, without its い: 通ってます, 読んでます.
const CASUAL_BEGUN_JA: Words = Words::new("ってます|ってました|んでます|んでました");
/// What before ている makes it an intention: thinking, planning, aiming, deciding.
const INTENDING_JA: Words =
    Words::new("思っ|考え|予定し|計画し|目指し|検討し|希望し|期待し|願っ|決め|予定をし");
/// English words and phrases that say the act is under way or has been begun.
const BEGUN_EN: Words = Words::new( "since|i started|we started|i began|we began|i have been|i've been|we have been|we've been|i have already|i've already|we have already|we've already");

/// Whether `text` says its act has already begun. One pass over the text, looking
/// further only at the chars the marks begin with.
pub(crate) fn already_begun(text: &Text) -> bool {
    // "Since my team grew, I will…": before a future, "since" gives a reason. Whether
    // the text says what will be is read once, at the first "since".
    let mut future = None;
    (0..text.len()).any(|i| match text.at(i) {
        // The second char first: て and ま begin most Japanese endings (して, ます).
        // 通ってます, 読んでます: ている said casually, after っ or ん (not 思ってます).
        'っ' | 'ん' if matches!(text.at(i + 1), 'て' | 'で') => {
            text.first_of(i, &CASUAL_BEGUN_JA).is_some()
                && text.first_ending_at(i + 1, &INTENDING_JA).is_none()
        }
        // 10月から継続中: an act kept up since then.
        '継' if text.at(i + 1) == '続' => text.first_of(i, words!("継続中")).is_some(),
        'て' | '始' | '以' | 'ま' if matches!(text.at(i + 1), 'い' | 'き' | 'め' | '来' | 'し') =>
        {
            match text.first_of(i, &BEGUN_JA) {
                // ている, ています, ていて: not after a verb of thinking or planning.
                Some((k, _)) => k > 2 || text.first_ending_at(i, &INTENDING_JA).is_none(),
                None => false,
            }
        }
        's' | 'i' | 'w' => {
            text.is_word_start(i)
                && match first_word(text, i, &BEGUN_EN) {
                    Some((0, _)) => {
                        !*future.get_or_insert_with(|| future_after(text, 0, text.len()))
                    }
                    Some(_) => true,
                    None => past_after_subject(text, i),
                }
        }
        _ => false,
    })
}

/// Words in -ed that are not a past: "I need to", "we proceed".
const NOT_PAST: &str =
    "need|feed|seed|speed|proceed|succeed|exceed|bleed|breed|heed|embed|shed|shred|wed";

/// "I registered", "we joined": "I" or "we" and a verb in the past (-ed, not `NOT_PAST`).
fn past_after_subject(text: &Text, i: usize) -> bool {
    let Some((_, end)) = first_word(text, i, words!("i|we")) else {
        return false;
    };
    let start = text.skip_spaces(end);
    if start == end {
        return false;
    }
    is_past_in_ed(text, start)
}

/// Common verbs whose past does not end in -ed.
const IRREGULAR_PAST: Words = Words::new( "was|were|had|did|got|told|said|gave|took|made|went|came|saw|grew|began|became|left|lost|won|met|felt|found|heard|held|kept|led|paid|ran|sent|spent|thought|wrote|chose|fell|forgot|knew|taught|brought|bought|caught|sold|built|stood|understood|broke|spoke");

/// Whether the word at `start` is a verb in the past: -ed or one of `IRREGULAR_PAST`.
pub(crate) fn is_past(text: &Text, start: usize) -> bool {
    is_past_in_ed(text, start) || first_word(text, start, &IRREGULAR_PAST).is_some()
}

/// Whether the word at `start` ends in -ed and is not one of `NOT_PAST`.
fn is_past_in_ed(text: &Text, start: usize) -> bool {
    let mut stop = start;
    while text.at(stop).is_ascii_alphabetic() {
        stop += 1;
    }
    let word = text.original(start, stop).to_ascii_lowercase();
    word.len() > 3
        && word.ends_with("ed")
        && !super::text::alternatives(NOT_PAST).any(|not_past| not_past == word)
}

/// Whether the words `from..to` say what will be: will, 'll, shall, going to.
pub(crate) fn future_after(text: &Text, from: usize, to: usize) -> bool {
    (from..to).any(|i| match text.at(i) {
        'w' | 's' | 'g' => ["will", "shall", "going to"]
            .iter()
            .any(|w| text.word_at(i, w).is_some()),
        // I'll, we’ll (typographic apostrophes are read as ').
        '\'' => text
            .match_at(i + 1, "ll")
            .is_some_and(|e| text.is_word_end(e)),
        _ => false,
    })
}
