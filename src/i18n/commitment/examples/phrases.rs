//! The parts of the person's text an example keeps (`own_words.rs` puts them together):
//! the topic of an effort or a thought, the text without a stray start or a beginning the
//! check could not date, and a first letter in capitals or not.

use crate::domain::commitment::Span;
use crate::domain::lang::Lang;

/// What a Japanese text makes an effort on: the noun phrase right before を or に and
/// the effort's verb as the check quoted it, `verb` (QCの勉強をがんばる: 「QCの勉強」;
/// もっと英語を頑張ります: 「英語」),
/// written in kanji, katakana, Latin letters or figures joined by の, with an honorific
/// お or ご before it. A time or an adverb before it is left out, as hiragana ends the
/// phrase; two to twenty characters, and not a word that names no topic (仕事を頑張る:
/// an hour a week on "work" says nothing).
pub(super) fn effort_topic<'a>(text: &'a str, verb: &str) -> Option<&'a str> {
    let before = text
        .get(..text.find(verb).filter(|_| !verb.is_empty())?)?
        .strip_suffix(['を', 'に'])?;
    let noun = |c: char| {
        !c.is_whitespace()
            && !matches!(c, '、' | '。' | '，' | ',' | '「' | '」')
            && (!('\u{3041}'..='\u{3096}').contains(&c) || c == 'の')
    };
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| noun(c))
        .last()
        .map_or(before.len(), |(at, _)| at);
    // An honorific prefix belongs to the noun (お客様対応, ご案内).
    let start = match before.get(..start).and_then(|head| head.chars().last()) {
        Some(c @ ('お' | 'ご')) => start - c.len_utf8(),
        _ => start,
    };
    let topic = before.get(start..)?.trim_start_matches('の');
    let generic = [
        "仕事", "業務", "職務", "毎日", "日々", "自分", "何事", "物事", "全て",
    ];
    ((2..=20).contains(&topic.chars().count()) && !generic.contains(&topic)).then_some(topic)
}

/// What a Japanese text says it will think about: the words before のことは, のことを,
/// のことも or について, when they are a short phrase of their own (no 、 inside, at most
/// 20 characters). The rewrite is checked before it is shown, so an odd topic only costs
/// the fixed example.
pub(super) fn thought_topic(text: &str) -> Option<&str> {
    let end = ["のことは", "のことを", "のことも", "について"]
        .iter()
        .filter_map(|marker| text.find(marker))
        .min()?;
    let topic = text.get(..end)?.trim();
    let topic = topic.rsplit(['、', '，', ',']).next()?.trim();
    let length = topic.chars().count();
    (1..=20).contains(&length).then_some(topic)
}

/// `text` without the stray start (`Hint::AddStart::stray_start`), trimmed: a second
/// start is not put before one already written. `None` when the span does not fit the
/// text.
pub(super) fn without(text: &str, stray: Option<Span>) -> Option<String> {
    let Some(stray) = stray else {
        return Some(text.trim().to_string());
    };
    let (before, after) = (text.get(..stray.start)?, text.get(stray.end..)?);
    let kept = format!("{}{}", before.trim_end(), after.trim_start());
    let kept = kept.trim().trim_start_matches(['、', ',', ' ']);
    (!kept.is_empty()).then(|| kept.to_string())
}

/// `text` after a beginning the check could not date, which the example's start takes
/// the place of rather than going before it: in Japanese a short phrase opening the
/// text with から after it (夏休み明けから, 異動してから: no particle inside, and not から
/// of a reason, after an adjective, a verb's plain or past form or です); in English
/// an opening "From", "Starting", "After" or "Once" phrase up to "I" or "we".
pub(super) fn after_an_unread_start(text: &str, lang: Lang) -> &str {
    match lang {
        Lang::Ja => {
            let Some(at) = text.find("から") else {
                return text;
            };
            let phrase = text.get(..at).unwrap_or_default();
            let unread = phrase.chars().count() <= 12
                && !phrase.contains(['を', 'に', 'が', 'は', 'で', 'と', 'へ', '、', '。', ','])
                && phrase
                    .chars()
                    .last()
                    .is_some_and(|last| !"いうくすつぬむるただぐぶ".contains(last));
            match text.get(at + "から".len()..) {
                Some(rest) if unread => {
                    let rest = rest.trim_start_matches(['、', ',', ' ', '　']);
                    if rest.is_empty() {
                        text
                    } else {
                        rest
                    }
                }
                _ => text,
            }
        }
        Lang::En => {
            let lower = text.to_ascii_lowercase();
            let leads = ["from ", "starting ", "beginning ", "after ", "once "];
            if !leads.iter().any(|lead| lower.starts_with(lead)) {
                return text;
            }
            let subject = [" i ", " we ", ",i ", ",we "]
                .iter()
                .filter_map(|subject| lower.find(subject))
                .min();
            match subject.and_then(|at| text.get(at + 1..)) {
                Some(rest) => rest.trim_start_matches([',', ' ']),
                None => text,
            }
        }
    }
}

/// The first letter in capitals: a sentence of the person's put after one of ours.
pub(super) fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

pub(super) fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // "I" stays a capital: "Starting on …, I will …".
        Some(first) if first.is_ascii_uppercase() && !text.starts_with("I ") => {
            first.to_ascii_lowercase().to_string() + chars.as_str()
        }
        _ => text.to_string(),
    }
}
