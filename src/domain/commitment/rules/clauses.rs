//! The clauses whose times date something other than the act: a leading English clause
//! that only sets the scene, a reason that happened or a purpose (in Japanese or
//! English), and a leading English purpose. Split from `start` so that each file reads
//! in one sitting; `start` passes over the times these clauses hold.

use super::super::aspect::{future_after, is_past};
use super::{Kind, Predicate, Sentence, Text, Token, TokenKind, Word};
use crate::domain::commitment::text::Words;

/// Where a leading clause that only sets the scene ends ("My review is in January, so
/// by 23 December I'll send…"; "The kickoff is in January; by 11 December I'll ask…"): at
/// ", so" or ";" when no act of the sentence comes before it and one comes after. Its
/// time belongs to its own predicate (is, want to be), not to the act.
pub(super) fn leading_context(
    text: &Text,
    sentence: &Sentence,
    found: &[Predicate],
) -> Option<usize> {
    let at = (sentence.start..sentence.end).find(|&i| match text.at(i) {
        ';' => true,
        ',' => {
            let next = text.skip_spaces(i + 1);
            text.word_at(next, "so")
                .is_some_and(|end| text.word_at(text.skip_spaces(end), "that").is_none())
        }
        _ => false,
    })?;
    let act = |p: &&Predicate| p.kind == Kind::Act && !p.subordinate;
    let before = found.iter().filter(act).any(|p| p.end <= at);
    let after = found.iter().filter(act).any(|p| p.end > at);
    // The clause must say something of its own: "is", "are", or a predicate that is no
    // act (I want to be), so that a time alone before ";" is not taken for one.
    let own_predicate = found.iter().any(|p| p.end <= at && p.kind != Kind::Act)
        || (sentence.start..at).any(|i| {
            text.is_word_start(i)
                && ["is", "are", "was", "were"]
                    .iter()
                    .any(|w| text.word_at(i, w).is_some())
        });
    (!before && after && own_predicate).then_some(at)
}

/// Japanese endings of a clause that gives a reason in the past: 言われたので,
/// 指摘されたため, 昇進したから, 決まりましたので (not 〜てから, after, nor 〜たら, when).
const PAST_REASON_JA: Words =
    Words::new("たので|たため|たから|ましたので|ましたから|だので|だため");

/// Japanese endings of a clause that gives the purpose (3月の学会で発表するため、…; 面談を
/// 12/7の週に入れてもらうよう、…): its time dates the purpose, not the act, as a leading
/// English purpose clause's does.
const PURPOSE_JA: Words =
    Words::new("るため、|るために、|のため、|のために、|うよう、|うように、|るよう、|るように、|いよう、|いように、");

/// So is a clause of what the act prepares for (4月の新人配属に向けて、…; 期末の異動に備えて、
/// …; 繁忙期（2〜3月）に備え、…), unless the time is a beginning (来週月曜から昇格試験に向けて、…: から is the act's).
const PREPARES_FOR_JA: Words = Words::new(
    "に向けて、|にむけて、|に備えて、|にそなえて、|に向け、|にむけ、|に備え、|にそなえ、",
);

/// Whether the time at `index` is in a clause that ends in a reason in the past
/// (11月10日に課長から指摘されたため、来月から…) or in a purpose (3月の学会で発表するため、):
/// looked for up to the clause's 、, and no further than 40 chars, so a long text stays
/// linear.
pub(super) fn in_reason_or_purpose(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    index: usize,
    beginning: bool,
) -> bool {
    let from = tokens[index].end;
    let clause_end = tokens[index + 1..sentence.tokens.end]
        .iter()
        .find(|t| matches!(t.kind, TokenKind::ClauseBreak | TokenKind::SentenceEnd))
        .map_or(sentence.end, |t| t.start);
    (from..(clause_end + 1).min(from + 40)).any(|i| {
        (matches!(text.at(i), 'た' | 'ま' | 'だ') && text.first_of(i, &PAST_REASON_JA).is_some())
            || (matches!(text.at(i), 'る' | 'の' | 'う' | 'い')
                && text.first_of(i, &PURPOSE_JA).is_some())
            || (!beginning && text.at(i) == 'に' && text.first_of(i, &PREPARES_FOR_JA).is_some())
    })
}

/// Where a leading clause of reason ends ("Because I was promoted in October, I will…";
/// "As we agreed on November 18, I will…"; "Since my team grew last week, I'll…"): at its
/// first comma, when it says what happened (a verb in the past) and an act comes after
/// it. Its time is the day of what happened. "Since"
/// gives a reason only before a clause ("since my team grew") and a main clause in the
/// future; "Since November 2, I have been…" and "as of", "as soon as" say when.
pub(super) fn leading_reason(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    found: &[Predicate],
) -> Option<usize> {
    let at = text.skip_spaces(sentence.start);
    let (word, end) = ["because", "as", "since", "now that"]
        .iter()
        .find_map(|w| text.word_at(at, w).map(|end| (*w, end)))?;
    let next = text.skip_spaces(end);
    if word == "as"
        && [
            "of", "from", "soon", "early", "long", "well", "far", "much", "a", "an", "part",
        ]
        .iter()
        .any(|w| text.word_at(next, w).is_some())
    {
        return None;
    }
    let comma = tokens[sentence.tokens.clone()]
        .iter()
        .find(|t| matches!(t.kind, TokenKind::ClauseBreak))?;
    // "Since November 2, …": a time right after it says when.
    let time_first = tokens[sentence.tokens.clone()].iter().any(|t| {
        t.start == next
            && matches!(
                t.kind,
                TokenKind::Time { .. } | TokenKind::Word(Word::Vague(_))
            )
    });
    if word == "since" && (time_first || !future_after(text, comma.end, sentence.end)) {
        return None;
    }
    // "Since the hiring freeze ends in April, I will interview candidates then": a
    // reason still to come may be the act's time; one in the past is not.
    let in_the_past = (next..comma.start).any(|i| text.is_word_start(i) && is_past(text, i));
    let act_after = found
        .iter()
        .any(|p| p.kind == Kind::Act && !p.subordinate && p.end > comma.start);
    (in_the_past && act_after).then_some(comma.start)
}

/// Where a leading purpose clause ends ("To pass the CMA exam next year, …"): at the
/// first comma of a sentence that begins with "to" or "in order to".
pub(super) fn leading_purpose(text: &Text, tokens: &[Token], sentence: &Sentence) -> Option<usize> {
    let at = text.skip_spaces(sentence.start);
    let begins = text
        .word_at(at, "to")
        .or_else(|| text.word_at(at, "in order to"));
    begins?;
    tokens[sentence.tokens.clone()]
        .iter()
        .find(|t| matches!(t.kind, TokenKind::ClauseBreak))
        .map(|t| t.start)
}

/// What a proposal or a request says, closed by its quotative (やりたいって, 開きたいと,
/// 開くことを) and followed by the saying (提案します, 伝えます, 相談する).
const SAYING_JA: Words = Words::new(
    "提案|伝え|相談|話す|話し|話を|言う|言い|お願い|頼む|頼み|申し出|申し入れ|打診|聞く|聞い|聞き|希望を出|希望す",
);

/// Whether the time at `index` is inside what the act says (12/20の病棟会で、勉強会を1月に
/// やりたいって提案します; 1月に勉強会をやりたいと、12/20の病棟会で提案します): 1月 is
/// when the proposed thing would happen, and the act is the saying. Found by the quotative
/// after the time (って, と after a verb's ending, ことを) with a verb of saying after it,
/// within the time's clause; looked for no further than 40 chars, so a long text stays
/// linear.
pub(super) fn in_reported_content(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    index: usize,
) -> bool {
    let from = tokens[index].end;
    // Inside the content: no 、 between the time and its quotative (11月24日に、…教えて
    // ほしいと先輩にお願いし: the time set off dates the asking).
    let clause_end = (from..sentence.end.min(from + 40))
        .find(|&i| matches!(text.at(i), '、' | ','))
        .unwrap_or(sentence.end);
    let end = sentence.end.min(from + 40);
    (from..clause_end.min(end)).any(|i| {
        let quoted = if text.match_at(i, "って").is_some() {
            Some(i + 2)
        } else if text.at(i) == 'と' && "いうるだ".contains(text.at(i.wrapping_sub(1))) {
            Some(i + 1)
        } else {
            text.match_at(i, "ことを")
        };
        quoted.is_some_and(|after| {
            (after..end.min(after + 16)).any(|k| {
                text.first_of(k, &SAYING_JA)
                    .is_some_and(|(_, e)| e <= sentence.end)
            })
        })
    })
}
