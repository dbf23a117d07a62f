//! 振り返る, reflecting: done in one's own head (一日の仕事を振り返る, 寝る前に振り返りを
//! する) it shows nothing and is thinking, as 考える is; done with someone or somewhere
//! (後輩と振り返る, チームで, 1on1で, 日報で, 一緒に) it is shared or written down, an act
//! the others there can confirm. English reads "reflect on", "look back on" the same way
//! (`english::kind`).

use std::ops::Range;

use super::{is_kana, word_of, Text, Token, Word, Words};
use crate::domain::commitment::predicates::tokens_within;
use crate::domain::commitment::Hedge;

/// Whether `token` is 振り返る (振り返, 振りかえ, ふりかえ), among the verbs that name no
/// visible result (見直す is the other: reconsidering changes something one can see).
pub(super) fn is_reflection(text: &Text, token: &Token) -> bool {
    word_of(token) == Some(Word::VagueVerb(Hedge::Review))
        && matches!(text.at(token.start), '振' | 'ふ')
}

/// The reflection a light verb does (振り返りを行う, 振り返りをやる, 振り返りを実施する):
/// the last of the clause's tokens (`range` of `tokens`, from `clause_start`) before the
/// verb at `head_start`, when it is 振り返 and only り and を stand between them.
pub(super) fn done_by_a_light_verb<'t>(
    text: &Text,
    tokens: &'t [Token],
    range: &Range<usize>,
    clause_start: usize,
    head_start: usize,
) -> Option<&'t Token> {
    let light =
        matches!(text.at(head_start), '行' | 'や') || text.match_at(head_start, "実施").is_some();
    if !light {
        return None;
    }
    let before = tokens_within(tokens, range, clause_start, head_start).last();
    before.filter(|t| {
        t.end + 2 == head_start && text.match_at(t.end, "りを").is_some() && is_reflection(text, t)
    })
}

/// Whether what is done in chars `from..to` is shared with someone or somewhere: a
/// person or a group with と or で right after a noun (後輩と, チームで, 1on1で, 日報で),
/// a person named with an honorific in kana (田中さんと, 佐藤くんと, 後輩たちと, みんなと),
/// or 一緒に, 全員で, みんなで. By oneself (自分で, 一人で, 頭の中で, 家で, 5分で) it is not,
/// nor is a time or a rhythm on its own (毎日10分, 毎週金曜15時に): nobody else is there.
pub(super) fn shared(text: &Text, from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        let c = text.at(i);
        let after_a_noun = i > from && {
            let before = text.at(i - 1);
            !('ぁ'..='ゖ').contains(&before)
                && !before.is_whitespace()
                && !matches!(before, '、' | ',' | '(' | ')')
        };
        (matches!(c, 'と' | 'で') && after_a_noun && text.first_ending_at(i, &ALONE).is_none())
            || (c == 'と' && i > from && after_a_person(text, from, i))
            || (TOGETHER.may_begin_with(c) && text.first_of(i, &TOGETHER).is_some())
    })
}

/// Whether a person named with an honorific or a plural in kana ends at `i`: after a
/// name or a role (田中さん, 佐藤くん, 後輩たち), or everyone (みんな, みなさん). An adverb
/// that ends alike (ちゃんと, きちんと) names nobody: the honorific must follow a name.
fn after_a_person(text: &Text, from: usize, i: usize) -> bool {
    if text.first_ending_at(i, &EVERYONE).is_some() {
        return true;
    }
    text.first_ending_at(i, &HONORIFIC)
        .is_some_and(|(_, start)| {
            start > from && !is_kana(text.at(start - 1)) && {
                let before = text.at(start - 1);
                !before.is_whitespace() && !matches!(before, '、' | ',' | '(' | ')' | '。')
            }
        })
}

/// What follows a person's name or role in kana.
const HONORIFIC: Words = Words::new("さん|さま|くん|ちゃん|たち");

/// Everyone, in kana.
const EVERYONE: Words = Words::new("みなさん|みんな");

/// Whether what is done in chars `from..to` is said to be done alone (自分で, 一人で,
/// 頭の中で): a partner in an earlier clause is then not the reflection's.
pub(super) fn alone(text: &Text, from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        matches!(text.at(i), 'で' | 'に')
            && text
                .first_ending_at(i, &BY_ONESELF)
                .is_some_and(|(_, start)| start >= from)
    })
}

/// Oneself, alone.
const BY_ONESELF: Words = Words::new("自分|一人|独り|ひとり|頭の中|心の中");

/// What one reflects in or by alone: oneself, one's head, home, a stretch of time.
const ALONE: Words = Words::new("自分|一人|独り|個人|頭の中|心の中|家|自宅|電車|分|時間|秒");

/// Doing it together.
const TOGETHER: Words = Words::new("一緒に|いっしょに|全員で|みんなで|皆で|共に|ともに");
