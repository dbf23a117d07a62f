//! An attitude in て form before the verb (顧客満足度を意識して提案する, お客様の声を大切
//! にして提案します, 安全に気をつけて運転する): it says how one will act, and the verb
//! after it is only the occasion of that attitude. When nothing observable comes with
//! the act itself (a count, a rhythm, an object of its own, a person, a place), the
//! commitment is the attitude, which nobody can watch, and a date in front of it starts
//! nothing. With something observable the act stays (顧客満足度を意識して、毎週3件の
//! 提案書を課長に出します; 意識して課長に提案する), as it does after a generic verb only
//! when it names nothing (意識して行動する is `attitude_before_generic`).
//!
//! Only the attitudes that colour how one acts are read so: being aware (意識して, 気を
//! つけて), keeping in mind (心がけて), valuing (大切にして), effort (頑張って, 努めて).
//! What the attitude itself takes (顧客満足度を, 安全に) is its own, not the act's.

use super::{Attitude, Kind, Predicate, Text, Token, TokenKind};
use crate::domain::commitment::text::words;
use crate::domain::commitment::vocabulary::Word;

/// The attitude the act whose verb begins at `head_start` is only the occasion of, if
/// any: in its clause, in て form right before the verb, or as the previous predicate
/// set off by 、 (意識して、提案する). `previous` is the sentence's predicate before.
pub(super) fn attitude_before_the_verb(
    text: &Text,
    slice: &[Token],
    clause_start: usize,
    head_start: usize,
    previous: Option<&Predicate>,
) -> Option<Attitude> {
    let within = slice
        .iter()
        .rev()
        .skip_while(|t| t.end > head_start)
        .take_while(|t| t.start >= clause_start)
        .find(|t| !matches!(t.kind, TokenKind::Time { .. } | TokenKind::ClauseBreak));
    if let Some(token) = within {
        let attitude = manner(token.kind)?;
        let (_, te_end) = text.first_of(
            token.end,
            words!("しながら|しつつ|して|ながら|つつ|って|て"),
        )?;
        let own = te_end <= head_start && (te_end..head_start).all(|i| is_hiragana(text.at(i)));
        let before = object_start(text, slice, clause_start, token.start);
        return (own && nothing_observable(text, slice, clause_start, before)).then_some(attitude);
    }
    // 顧客満足度を意識して、提案する: the attitude is the previous predicate.
    let previous = previous.filter(|p| {
        !p.subordinate
            && p.end + 1 == clause_start
            && matches!(text.at(p.end), '、' | ',')
            && matches!(text.at(p.end.wrapping_sub(1)), 'て' | 'で' | 'ら' | 'つ')
    })?;
    let attitude = match previous.kind {
        Kind::NotAnAct(attitude) if attitude.is_manner() => attitude,
        _ => return None,
    };
    let before = object_start(text, slice, previous.words.0, previous.head.0);
    let own = (clause_start..head_start).any(|i| {
        let c = text.at(i);
        !is_hiragana(c) && !c.is_whitespace()
    });
    (!own && nothing_observable(text, slice, previous.words.0, before)).then_some(attitude)
}

fn manner(kind: TokenKind) -> Option<Attitude> {
    match kind {
        TokenKind::Word(Word::AttitudeVerb(attitude)) if attitude.is_manner() => Some(attitude),
        _ => None,
    }
}

/// Where what the attitude at `attitude_start` takes begins (顧客満足度を意識, お客様の声を
/// 大切に, 安全に気をつけ): back from its を or に to the particle that ends the phrase
/// before it (商談で, 課長に), a comma or a time.
fn object_start(text: &Text, slice: &[Token], floor: usize, attitude_start: usize) -> usize {
    if attitude_start <= floor || !matches!(text.at(attitude_start - 1), 'を' | 'に') {
        return attitude_start;
    }
    let mut i = attitude_start - 1;
    while i > floor {
        let c = text.at(i - 1);
        let after_a_noun = i >= floor + 2 && !is_hiragana(text.at(i - 2));
        let time_ends_here = times_within(slice, floor, attitude_start).any(|t| t.end == i);
        if matches!(c, '、' | ',' | ' ')
            || time_ends_here
            || ("でとへがはもにを".contains(c) && after_a_noun)
            || text.ends_with_at(i, "から").is_some()
        {
            break;
        }
        i -= 1;
    }
    i
}

/// Kana of grammar: katakana writes nouns (メール, ダブルチェック), which are something.
fn is_hiragana(c: char) -> bool {
    ('ぁ'..='ゖ').contains(&c)
}

/// Whether chars `from..to` hold nothing a third party could look at: only hiragana,
/// commas, spaces and times (a time is when, not what).
fn nothing_observable(text: &Text, slice: &[Token], from: usize, to: usize) -> bool {
    (from..to).all(|i| {
        let c = text.at(i);
        is_hiragana(c)
            || c.is_whitespace()
            || matches!(c, '、' | ',' | '(' | ')')
            || times_within(slice, from, to).any(|t| t.start <= i && i < t.end)
    })
}

/// The times among `slice` that overlap chars `from..to` (the tokens are in text order).
fn times_within(slice: &[Token], from: usize, to: usize) -> impl Iterator<Item = &Token> {
    let first = slice.partition_point(|t| t.end <= from);
    slice[first..]
        .iter()
        .take_while(move |t| t.start < to)
        .filter(|t| matches!(t.kind, TokenKind::Time { .. }))
}
