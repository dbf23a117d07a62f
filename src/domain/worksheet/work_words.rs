//! The words a person said are simply words of their job (`Worksheet::work_words`): 子ども
//! for a nursery teacher, 介護 for a care worker, 看護 for a nurse. Both notes that name
//! words of what is shared leave them out — the topics often kept from a manager
//! (`sensitive`) and the words of what must not be passed on said again (`overlap`) — so
//! that a word set aside from either note is set aside for both, on the worksheet and on
//! the sheet's screen.

use std::ops::Range;

use super::sensitive;

/// Whether `word`, as a note names it, is one of the person's `work` words: the same
/// word, a Latin one in either case (the repeated-words note names "nurse" in lower case,
/// an acronym as k writes it).
pub fn is_work_word(word: &str, work: &[String]) -> bool {
    work.iter().any(|kept| kept.eq_ignore_ascii_case(word))
}

/// Where the person's `work` words stand in `text`, as byte ranges. A piece of the text
/// within one of them is part of a word of their job, not a word of its own: with 訪問看護
/// set aside, its 訪問看 and 看護 are not named from k in its stead.
pub fn work_word_spans(text: &str, work: &[String]) -> Vec<Range<usize>> {
    work.iter()
        .filter(|word| !word.is_empty())
        .flat_map(|word| text.match_indices(word.as_str()))
        .map(|(at, word)| at..at + word.len())
        .collect()
}

/// Whether a note's `word` may be an everyday word of someone's job (介護 for a care
/// worker, 看護 for a nurse, salary in payroll), so that the person can say so; leaving or
/// a family member (転職, 母, "my son") never is, whichever note names it.
pub fn can_be_work_word(word: &str) -> bool {
    !sensitive::is_personal(word)
}
