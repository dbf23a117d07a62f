//! What must not be passed on (section k), said again where it is shared: the words of
//! k that the shared sheet also holds, section by section, so that the person can see
//! before printing or copying that their topic (a parent's care, a wish to move) also
//! sits in the vision or an obstacle the interviewer will summarise for the manager.
//!
//! Words are found the way each script writes them, with no dictionary:
//! - Japanese writes its content words (nouns and verb stems) in kanji or katakana and
//!   the grammar between them in hiragana, so a run of kanji or of katakana stands for
//!   a word or a compound. Two runs share a word when they share two or more
//!   characters in a row: 「母の介護」 and 「介護休業」 share 介護, 「時短勤務」 and
//!   「時短や在宅」 share 時短. The longest shared piece is the one named.
//! - English and other Latin text: words of four letters or more, compared in lower
//!   case, with a possessive or a plural s dropped ("mother's", "transfers"); and an
//!   acronym in capitals of two to five letters (QC, DX, ＩＶＦ), however short: in a
//!   Japanese text it names a topic (「品質管理課(QC)への異動」 and 「QC検定の勉強」).
//!
//! Words every worksheet is full of (仕事, 上司, "manager", "work") and time words
//! (来年, 毎週, 3年後) are not named: they would be found in every shared part and
//! say nothing about the topic. Both lists are closed and below. Nor are the words the
//! person said are words of their job (`work_words`): a nurse who writes 訪問看護 in k and
//! 認定看護師 in her vision shares 看護 with it, every time.
//!
//! The cost grows with the length of the text: each shared character is looked up once
//! among k's two-character pieces (sorted, by halves), and only a hit is followed further.

use std::ops::Range;

use super::common_words::{COMMON_EN, COMMON_JA, TIME_KANJI};
use super::readiness::Section;
use super::sheet::Sheet;
use super::work_words::{is_work_word, work_word_spans};

/// A shared section of the sheet that holds words of k, in the order k writes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repeated {
    pub section: Section,
    pub words: Vec<String>,
}

/// The sections of the shared sheet `shared` (`sheet(…, SheetScope::Shared, …)`) that
/// hold words of k, `confidential` (shared or not: either way the person does not want it
/// passed on), in the worksheet's order, less the person's `work` words.
pub fn repeated_on_sheet(shared: &Sheet, confidential: &str, work: &[String]) -> Vec<Repeated> {
    let confidential = confidential.trim();
    if confidential.is_empty() {
        return Vec::new();
    }
    repeated(confidential, &shared.written_parts(), work)
}

/// The sections of `parts` that hold words of `confidential`, each with those words
/// (see the module's docs for what a word is), less the person's `work` words.
pub fn repeated(confidential: &str, parts: &[(Section, &str)], work: &[String]) -> Vec<Repeated> {
    let runs: Vec<Run> = runs_of(confidential).collect();
    // Every piece of k's runs (two to MAX_PIECE characters), and its first two characters
    // alone for the quick test; sorted, to be searched.
    let latin: Vec<String> = runs
        .iter()
        .filter(|run| run.script == Script::Latin)
        .map(|run| latin_word(run.text))
        .collect();
    let mut words: Vec<&str> = latin.iter().map(String::as_str).collect();
    let mut pieces: Vec<&str> = Vec::new();
    let mut pairs: Vec<&str> = Vec::new();
    for run in runs.iter().filter(|run| run.script != Script::Latin) {
        pieces.extend(run.pieces().map(|(start, len)| run.slice(start, len)));
        pairs.extend((0..run.chars() - 1).map(|start| run.slice(start, 2)));
    }
    for sorted in [&mut words, &mut pieces, &mut pairs] {
        sorted.sort_unstable();
        sorted.dedup();
    }
    let has = |sorted: &[&str], piece: &str| sorted.binary_search(&piece).is_ok();
    Section::ALL
        .into_iter()
        .filter_map(|section| {
            // Which of k's pieces and words this section's shared parts hold.
            let mut found: Vec<&str> = Vec::new();
            for (_, text) in parts.iter().filter(|(s, _)| *s == section) {
                for run in runs_of(text) {
                    if run.script == Script::Latin {
                        if let Ok(at) = words.binary_search(&latin_word(run.text).as_str()) {
                            found.push(words[at]);
                        }
                        continue;
                    }
                    for start in 0..run.chars() - 1 {
                        if !has(&pairs, run.slice(start, 2)) {
                            continue;
                        }
                        // k's pieces hold every beginning of each of them, so the first
                        // length not among them ends the search from this start.
                        for len in 2..=MAX_PIECE.min(run.chars() - start) {
                            let piece = run.slice(start, len);
                            if !has(&pieces, piece) {
                                break;
                            }
                            found.push(piece);
                        }
                    }
                }
            }
            found.sort_unstable();
            found.dedup();
            // In k's order: each run's longest pieces found, and its words.
            let here = |piece: &str| has(&found, piece);
            let mut named: Vec<String> = Vec::new();
            for run in &runs {
                let taken = match run.script {
                    Script::Latin => {
                        let word = latin_word(run.text);
                        // An acronym is named as k writes it (QC, not qc).
                        let said = if is_acronym(run.text) {
                            run.text.to_owned()
                        } else {
                            word.clone()
                        };
                        let named = !COMMON_EN.contains(&word.as_str())
                            && !is_work_word(&said, work)
                            && here(&word);
                        if named {
                            vec![said]
                        } else {
                            Vec::new()
                        }
                    }
                    _ => {
                        // A word of the person's job in k, and every piece of it.
                        let set_aside = work_word_spans(run.text, work);
                        let within = |at: &Range<usize>| {
                            set_aside
                                .iter()
                                .any(|w| w.start <= at.start && at.end <= w.end)
                        };
                        longest_pieces(run, |piece, at| {
                            !is_common(piece) && !within(&at) && here(piece)
                        })
                        .into_iter()
                        .map(str::to_owned)
                        .collect()
                    }
                };
                for word in taken {
                    if !named.contains(&word) {
                        named.push(word);
                    }
                }
            }
            (!named.is_empty()).then_some(Repeated {
                section,
                words: named,
            })
        })
        .collect()
}

/// The pieces of `run` that `wanted` takes (given each with its bytes in the run),
/// longest first, leaving out a piece that overlaps one taken; in the run's order.
fn longest_pieces<'a>(run: &Run<'a>, wanted: impl Fn(&str, Range<usize>) -> bool) -> Vec<&'a str> {
    let n = run.chars();
    let mut covered = vec![false; n];
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for len in (2..=MAX_PIECE.min(n)).rev() {
        for start in 0..=n - len {
            if covered[start..start + len].iter().any(|&c| c)
                || !wanted(run.slice(start, len), run.bytes(start, len))
            {
                continue;
            }
            covered[start..start + len]
                .iter_mut()
                .for_each(|c| *c = true);
            taken.push((start, len));
        }
    }
    taken.sort_unstable();
    taken
        .into_iter()
        .map(|(start, len)| run.slice(start, len))
        .collect()
}

/// The longest piece of a run compared: longer compounds are rare, and a shared word
/// inside one is found through its shorter pieces.
const MAX_PIECE: usize = 12;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Kanji,
    Katakana,
    Latin,
}

/// A run of one script in a text, with the byte offset of each of its characters.
struct Run<'a> {
    script: Script,
    text: &'a str,
    offsets: Vec<usize>,
}

impl<'a> Run<'a> {
    fn chars(&self) -> usize {
        self.offsets.len()
    }

    fn slice(&self, start: usize, len: usize) -> &'a str {
        &self.text[self.bytes(start, len)]
    }

    /// The bytes of `len` characters from the `start`th, within the run's text.
    fn bytes(&self, start: usize, len: usize) -> Range<usize> {
        let end = self
            .offsets
            .get(start + len)
            .copied()
            .unwrap_or(self.text.len());
        self.offsets[start]..end
    }

    /// Every (start, length) of two to MAX_PIECE characters.
    fn pieces(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let n = self.chars();
        (0..n).flat_map(move |start| (2..=MAX_PIECE.min(n - start)).map(move |len| (start, len)))
    }
}

/// The runs of `text` that can be words: kanji and katakana of two characters or more,
/// Latin words of four letters or more, acronyms in capitals.
fn runs_of(text: &str) -> impl Iterator<Item = Run<'_>> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || loop {
        let (begin, c) = chars.next()?;
        let Some(script) = script(c) else { continue };
        let mut offsets = vec![0];
        let mut end = begin + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            if self::script(next) == Some(script) {
                offsets.push(at - begin);
                end = at + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let run = Run {
            script,
            text: &text[begin..end],
            offsets,
        };
        let long_enough = match script {
            Script::Latin => run.chars() >= 4 || is_acronym(run.text),
            // A line of ーーー is no word.
            Script::Katakana => run.chars() >= 2 && run.text.chars().any(|c| c != 'ー'),
            Script::Kanji => run.chars() >= 2,
        };
        if long_enough {
            return Some(run);
        }
    })
}

fn script(c: char) -> Option<Script> {
    match c {
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' => {
            Some(Script::Kanji)
        }
        '\u{30A1}'..='\u{30FA}' | 'ー' | 'ヽ' | 'ヾ' => Some(Script::Katakana),
        'a'..='z' | 'A'..='Z' | 'ａ'..='ｚ' | 'Ａ'..='Ｚ' => Some(Script::Latin),
        _ => None,
    }
}

/// Two to five capitals, half- or full-width (QC, TOEIC, ＤＸ).
fn is_acronym(text: &str) -> bool {
    (2..=5).contains(&text.chars().count())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || ('Ａ'..='Ｚ').contains(&c))
}

/// A Latin word as compared: lower case, half-width, without a possessive or a plural s.
fn latin_word(word: &str) -> String {
    // Only ASCII letters and their full-width forms make a Latin run (`script`).
    let mut w: String = word
        .chars()
        .map(|c| match c {
            'ａ'..='ｚ' | 'Ａ'..='Ｚ' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
        w.pop();
    }
    w
}

/// Whether a kanji or katakana piece is too common on a worksheet to name.
fn is_common(piece: &str) -> bool {
    piece.chars().all(|c| TIME_KANJI.contains(c)) || COMMON_JA.contains(&piece)
}

#[cfg(test)]
mod tests {
    use super::{is_acronym, latin_word, COMMON_EN};

    /// A common word the note could never meet is a dead entry: the note reads Latin words
    /// of four letters or more, and acronyms in capitals, as `latin_word` writes them.
    #[test]
    fn every_common_english_word_is_one_the_note_can_meet() {
        for word in COMMON_EN {
            let acronym = is_acronym(&word.to_ascii_uppercase());
            assert!(
                (word.len() >= 4 || acronym) && latin_word(word) == *word,
                "{word}"
            );
        }
    }
}
