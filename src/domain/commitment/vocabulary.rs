//! The closed lists. The check finds what a person will do from the shape of the
//! sentence (`japanese`, `english`), not from a list of verbs; the lists hold only
//! what shape cannot tell: the forms that are NOT an observable act (attitudes and
//! effort, wishes and aspirations, states of being, thinking), the hedges that leave
//! the amount open (できるだけ, little by little), the results that are not acts (合格,
//! pass), the acts that open something (申し込む, sign up: DOMAIN.md's rule for a
//! deadline), vague times, and counts. Each line of a list is one meaning and its
//! spellings separated by `|`, which keeps the lists compact in the built site.
//! `word_index` packs them and indexes their spellings by the first char at compile
//! time, so a lookup reads only a handful of spellings whatever the length of the text.
//!
//! This module holds what a word stands for (`Word`) and the lookup; the lines
//! themselves are in `japanese_list` and `english_list`.

mod english_list;
mod japanese_list;

use super::text::{is_latin_word_char, Text, Words};
use super::word_index::{line_word, packed_text, BUCKETS, INDEX};
use super::{Attitude, Hedge, Outcome, VagueTime};

pub(super) use english_list::ENGLISH;
pub(super) use japanese_list::JAPANESE;

/// What a word in the lists stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    /// An act that opens something (a sign-up, a booking, a first session): a deadline
    /// on it is a start.
    Opening,
    /// A result rather than an act: measurable, but reaching it by a date is no start.
    Outcome(Outcome),
    /// An attitude, an effort, a wish or a state that is itself the predicate (頑張る,
    /// try to, になる): an act right before it is what one will try, not what one does.
    AttitudeVerb(Attitude),
    /// An attitude that only colours an act (積極的に, proactively).
    AttitudeAdverb(Attitude),
    /// An amount left open (できるだけ, more, regularly): nobody can tell how much counts
    /// as done, unless a count or a rhythm is given too.
    Hedge(Hedge),
    /// A verb that names no visible result (見直す, 生かす): an act, but as unmeasured
    /// as a hedge.
    VagueVerb(Hedge),
    /// A verb that says only that one will act (行動する, 働く, behave): what is done
    /// comes from the words before it, so after an attitude (意識して行動する) it is
    /// that attitude, and otherwise it is as unmeasured as a hedge.
    Generic,
    Vague(VagueTime),
    /// A count or a rhythm (毎朝, every, once): what makes a hedged act measurable.
    Measure,
    /// A word that contains a listed stem without being it (勉強会, 取り消す is not
    /// 取る): read and then ignored.
    Other,
}

/// The words of a beginning (始める, 取りかかる, 着手する, "get started"), as the lists
/// give them: with what is begun named they open it; with nothing before them but a
/// time, beside a deadline, they say only that one begins (`japanese::kind`,
/// `rules::bound`).
pub(crate) const BEGINNINGS: Words = Words::new(
    "始め|始ま|開始|スタート|取りかか|取り掛か|とりかか|着手|はじめ|get started|gets started|getting started|make a start|made a start|making a start",
);

/// Where "with customer satisfaction in mind", "keeping safety in mind" or "bearing
/// the reader in mind" ends, when one begins at `i`: English says the attitude of
/// 意識して with what it is aware of in between, which no line of the lists can hold.
/// At most six words stand between, in one clause (a comma or a full stop ends the
/// search), so the look-ahead is bounded.
pub(crate) fn in_mind_at(text: &Text, i: usize) -> Option<usize> {
    let mut at = ["with", "keeping", "bearing"]
        .iter()
        .find_map(|lead| text.word_at(i, lead))?;
    for _ in 0..=6 {
        if !text.at(at).is_whitespace() {
            return None;
        }
        at = text.skip_spaces(at);
        if let Some(end) = text.word_at(at, "in mind") {
            return Some(end);
        }
        let start = at;
        while is_latin_word_char(text.at(at)) || (text.at(at) == '-' && at > start) {
            if at - start > 24 {
                return None;
            }
            at += 1;
        }
        if at == start {
            return None;
        }
    }
    None
}

/// The longest entry of the lists found at `i`, with where it ends.
pub(crate) fn word_at(text: &Text, i: usize) -> Option<(Word, usize)> {
    let first = text.at(i);
    let bucket = first as usize % BUCKETS;
    // The bucket only says that the first char may be this one: each spelling's first
    // bytes are compared with those of the text's next two chars, encoded once here
    // (one char when the second is a space, which a pattern's space may stretch over).
    let mut head = [0u8; 8];
    let mut head_len = first.encode_utf8(&mut head).len();
    let second = text.at(i + 1);
    if !second.is_whitespace() && second != '\0' {
        head_len += second.encode_utf8(&mut head[head_len..]).len();
    }
    let head = &head[..head_len];
    let packed = packed_text();
    let entries = INDEX.starts[bucket] as usize..INDEX.starts[bucket + 1] as usize;
    let mut best: Option<(Word, usize)> = None;
    let mut best_len = 0;
    for e in entries {
        let (from, to) = (INDEX.from[e] as usize, INDEX.to[e] as usize);
        // Two entries that both match at `i` are one a prefix of the other, so the
        // longer in bytes is the longer in chars; equal lengths cannot both match.
        if to - from <= best_len {
            continue;
        }
        let same_head = packed.as_bytes().get(from..to).is_some_and(|spelling| {
            let n = spelling.len().min(head.len());
            // The last byte compared tells most entries apart (in Japanese the first bytes
            // are those every kana and most kanji share): one byte before the whole head.
            n > 0 && spelling[n - 1] == head[n - 1] && spelling[..n] == head[..n]
        });
        if !same_head {
            continue;
        }
        let Some(pattern) = packed.get(from..to) else {
            continue;
        };
        let k = INDEX.lines[e] as usize;
        let english = k >= JAPANESE.len();
        let stem = packed.as_bytes().get(to) == Some(&b'*');
        if let Some(end) = match_at(text, i, pattern, english, stem) {
            best = Some((line_word(k), end));
            best_len = to - from;
        }
    }
    best
}

fn match_at(text: &Text, i: usize, pattern: &str, english: bool, stem: bool) -> Option<usize> {
    if !english {
        return text.match_at(i, pattern);
    }
    if !text.is_word_start(i) {
        return None;
    }
    let end = text.match_at(i, pattern)?;
    if stem {
        let mut j = end;
        while text.at(j).is_ascii_alphabetic() && j - end < 16 {
            j += 1;
        }
        Some(j)
    } else {
        Some(end).filter(|&end| text.is_word_end(end))
    }
}
