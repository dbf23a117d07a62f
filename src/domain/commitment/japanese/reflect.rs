//! 振り返る, reflecting: done in one's own head (一日の仕事を振り返る, 寝る前に振り返りを
//! する) it shows nothing and is thinking, as 考える is; done with someone or somewhere
//! (後輩と振り返る, チームで, 1on1で, 日報で, 一緒に) it is shared or written down, an act
//! the others there can confirm. English reads "reflect on", "look back on" the same way
//! (`english::kind`).

use std::ops::Range;

use super::{word_of, Text, Token, Word, Words};
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
/// a person named with an honorific in kana (田中さんと, しんじんさんと, 後輩たちと, みんなと;
/// not before の, 田中さんとの会話),
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

/// Whether a person named with an honorific or a plural in kana ends at `i`, where と
/// stands: after a name or a role (田中さん, 佐藤くん, 後輩たち), or everyone (みんな,
/// みなさん). An adverb that ends alike (きちんと) names nobody: the honorific must follow
/// a name. ちゃん is no honorific here: after a kanji, 毎週ちゃんと (properly, every week)
/// cannot be told from a name and ちゃんと without a list of names, and the adverb is far
/// more common in a commitment than a colleague called ちゃん. Nor is a partner's と before
/// の (田中さんとの会話を振り返る): what is reviewed is a talk held before, now alone.
fn after_a_person(text: &Text, from: usize, i: usize) -> bool {
    if text.at(i + 1) == 'の' {
        return false;
    }
    if text.first_ending_at(i, &EVERYONE).is_some() {
        return true;
    }
    text.first_ending_at(i, &HONORIFIC)
        .is_some_and(|(_, start)| {
            // A name or a role in kana counts too (しんじんさんと, typed on a phone), but
            // たくさん is an amount, not a person.
            start > from && text.ends_with_at(start, "たく").is_none() && {
                let before = text.at(start - 1);
                !before.is_whitespace() && !matches!(before, '、' | ',' | '(' | ')' | '。')
            }
        })
}

/// What follows a person's name or role in kana.
const HONORIFIC: Words = Words::new("さん|さま|くん|たち");

/// Everyone, in kana.
const EVERYONE: Words = Words::new("みなさん|みんな");

/// Whether chars `from..to`, before the reflection's own clause, end a chunk set off by
/// 、 with a partner: a person (田中さんと, 後輩たちと, みんなと, or a role or a group,
/// 課長と, チームで), then at most a length (田中さんと30分、) or 一緒に, then the 、. So と
/// closes the chunk as the particle of whom one does it with: 目標と、実績の差を (two
/// things joined), みんなと同じように、 (a comparison), 家族と話したあと、 (a clause with its
/// own verb) name no partner of the reflection.
pub(super) fn partner_before(text: &Text, from: usize, to: usize) -> bool {
    (from..to).filter(|&k| text.at(k) == '、').any(|comma| {
        let mut end = comma;
        if let Some((_, start)) = text.first_ending_at(end, &WITH_THEM) {
            end = start;
        } else if let Some((_, start)) = text.first_ending_at(end, &LENGTH) {
            // Only a figure before the unit: 30分, 1時間.
            let mut digits = start;
            while digits > from && text.at(digits - 1).is_ascii_digit() {
                digits -= 1;
            }
            if digits == start {
                return false;
            }
            end = digits;
        }
        if end <= from + 1 || !matches!(text.at(end - 1), 'と' | 'で') {
            return false;
        }
        let particle = end - 1;
        (text.at(particle) == 'と' && after_a_person(text, from, particle))
            || text
                .first_ending_at(particle, &PEOPLE)
                .is_some_and(|(_, start)| start >= from)
    })
}

/// What may stand between a partner and the 、 that sets the chunk off.
const WITH_THEM: Words = Words::new("一緒に|いっしょに|ともに|共に");

/// A length a review with someone takes (田中さんと30分、), after a figure.
const LENGTH: Words = Words::new("分間|分ほど|分程度|分|時間ほど|時間程度|時間半|時間");

/// People at work, by role or as a group, that a review can be held with (課長と,
/// チームで): a noun before と that names nobody (目標と, 仕事と) is no partner.
const PEOPLE: Words = Words::new(
    "上司|部下|先輩|後輩|同僚|新人|新入社員|社長|部長|課長|係長|班長|主任|店長|所長|室長|リーダー|メンバー|チーム|担当者|メンター|トレーナー|講師|全員|皆",
);

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
