//! Which parts of a sheet are written in the other language than its headings: a person
//! who prepares in English for a manager who reads only Japanese (or the other way round)
//! is told before the sheet goes out, not when the manager cannot read it.
//!
//! A text counts as Japanese or English by its letters: kana and kanji against Latin
//! letters, a Japanese character weighing three Latin letters (a word of Japanese is
//! about a third as many characters as the same word in English). So 「Pythonの勉強会に
//! 参加します」 is Japanese and "From 12/14, 毎週月曜 I will check the 不良 data" is
//! English; digits and punctuation count for neither.

use super::readiness::Section;
use super::sheet::Sheet;
use crate::domain::lang::Lang;

/// The language `text` is written in, by its letters; `None` when it has none.
pub fn written_in(text: &str) -> Option<Lang> {
    let (mut japanese, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if is_japanese(c) {
            japanese += 1;
        } else if c.is_ascii_alphabetic() || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ') {
            latin += 1;
        }
    }
    match (japanese, latin) {
        (0, 0) => None,
        (j, l) if 3 * j >= l => Some(Lang::Ja),
        _ => Some(Lang::En),
    }
}

fn is_japanese(c: char) -> bool {
    matches!(c,
        '\u{3041}'..='\u{3096}' // hiragana
        | '\u{30A1}'..='\u{30FA}' | '\u{30FC}' // katakana and its long mark
        | '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' // kanji
        | '々' | '〆')
}

/// The sections of `sheet` with a text written in another language than `lang`, the
/// language of its headings, in the worksheet's order.
pub fn sections_in_other_language(sheet: &Sheet, lang: Lang) -> Vec<Section> {
    let parts = sheet.written_parts();
    let confidential = sheet
        .confidential
        .as_deref()
        .map(|t| (Section::Confidential, t));
    let other: Vec<Section> = parts
        .into_iter()
        .chain(confidential)
        .filter(|(_, text)| written_in(text).is_some_and(|written| written != lang))
        .map(|(section, _)| section)
        .collect();
    Section::ALL
        .into_iter()
        .filter(|s| other.contains(s))
        .collect()
}
