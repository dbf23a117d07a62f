//! An amount brought to a level is a result, measurable and no act begun: a rate or a
//! score raised to a level (有給取得率を80%以上にする), a count changed to a bound or a
//! share (月3件以下に減らす, 半分に減らす, 2割削減する: 割 counts tenths, as % counts
//! hundredths), or made a share of itself (件数を半分にする,
//! 問い合わせを2倍にする).

use super::{is_hiragana, Sentence, Text, Token, TokenKind, Word, Words};

/// Whether the clause brings a rate or a score to a level (有給取得率を80%以上にする,
/// 満足度を4.5以上にします): a result reached, measurable, and not an act begun. Only
/// these nouns: 会議を30分以内にする is a way of holding meetings.
pub(super) fn rate_to_a_level(text: &Text, clause_start: usize, end: usize) -> bool {
    // The object with を: a rate (率, 満足度, スコア) or, brought to a percentage (売上を
    // 前年比110%にする), anything.
    let objects = (clause_start..end).filter_map(|i| {
        let noun_end = text.match_at(i, "を").map(|_| i)?;
        let is_rate = text.at(noun_end.wrapping_sub(1)) == '率'
            || text.ends_with_at(noun_end, "満足度").is_some()
            || text.ends_with_at(noun_end, "スコア").is_some();
        Some((noun_end + 1, is_rate))
    });
    // A figure after it, and a level closed by 以上に, %に, 割に… within a few chars.
    objects.take(4).any(|(from, is_rate)| {
        let levels = if is_rate { &LEVEL_ENDS } else { &PERCENT_ENDS };
        (from..end.min(from + 12))
            .filter(|&i| text.at(i).is_ascii_digit())
            .any(|i| (i + 1..end.min(i + 6)).any(|k| text.first_of(k, levels).is_some()))
    })
}

/// Whether a count before the verb (chars `clause_start..head_start`) is the level an
/// amount is changed to or by: a share in words (半分に, 2倍に, ゼロに), a percentage, or
/// a figure and its unit closed by a bound (月3件以下に, 20時間以内に). A count alone
/// (1日2件に増やす) is the rhythm of an act, not a level, unless what is changed is
/// itself a number (担当件数を月15件に増やす, 残業時間数を…): then the figure is the
/// level that number is brought to.
pub(super) fn changed_to_a_level(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    clause_start: usize,
    head_start: usize,
) -> bool {
    crate::domain::commitment::predicates::tokens_within(
        tokens,
        &sentence.tokens,
        clause_start,
        head_start,
    )
    .filter(|t| t.kind == TokenKind::Word(Word::Measure))
    .any(|t| {
        if !text.at(t.start).is_ascii_digit() {
            return "半倍二三ゼ".contains(text.at(t.start));
        }
        // Past the unit (件, 時間, %), up to a few chars. 割 is a share in tenths, as a
        // percentage is (工数を2割削減する: by 20%).
        let mut at = t.end;
        while at < head_start && at - t.end < 3 && !is_hiragana(text.at(at)) {
            if text.first_of(at, &LEVEL_CLOSERS).is_some() || matches!(text.at(at), '%' | '割') {
                return true;
            }
            at += 1;
        }
        let a_number_changed = (clause_start..t.start).any(|i| text.match_at(i, "数を").is_some());
        text.first_of(at, &LEVEL_CLOSERS).is_some()
            || (a_number_changed && text.at(at) == 'に' && text.skip_spaces(at + 1) == head_start)
    })
}

/// Whether the verb is する right after a share of the present amount said in words
/// (件数を半分にする, 問い合わせを2倍にする): the amount brought to a level, a result as
/// 半分に減らす is. A length a way of working is set to (会議を30分以内にする) is no
/// share, and ゼロにする is left as it was read (as a result it cost a report set a row,
/// by its figure: 残業をゼロにする from a day may be a way of working).
pub(super) fn made_a_share(text: &Text, head_token: Option<&Token>, verb_end: usize) -> bool {
    head_token.is_some_and(|t| {
        t.kind == TokenKind::Word(Word::Measure)
            && t.end == verb_end
            && text.at(verb_end.wrapping_sub(1)) == 'に'
            && (t.start..t.end).any(|i| "半倍".contains(text.at(i)))
    })
}

/// The bounds that close the level an amount is changed to.
const LEVEL_CLOSERS: Words = Words::new("以下|以内|未満|以上");

/// What closes a level a rate is brought to: 80%以上に, 4.5以上に, 9割に.
const LEVEL_ENDS: Words = Words::new("以上に|以下に|未満に|%に|割に|点に");
/// A percentage as the level of anything: 前年比110%にする, 9割にする.
const PERCENT_ENDS: Words = Words::new("%に|%以上に|割に|割以上に");
