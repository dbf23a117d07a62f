//! English sentences that put no verb after a modal or "I": an imperative, whose first
//! word (or the first after a comma, a colon, a dash or a leading time) is the verb
//! ("Stay humble and keep learning.", "From 14 Dec — shadow …"); or, with no verb the
//! reader knows, a note taken as an act: a count after a colon ("From Monday: 20 minutes
//! of drills before work"), the first session of something ("Jan 9 - first class of the
//! writing course"), a rhythm with its dated first time ("Monthly clinic, first one Jan
//! 20").

use super::classes::{NOT_VERB, OBJECT_START};
use super::{Kind, Predicate, Reader, TokenKind, When, Word, SESSIONS};
use crate::domain::commitment::predicates::tokens_within;

/// "Monthly clinic, first one Jan 20", "One post a month, first one published by Dec
/// 25": a note with a rhythm and a dated first time, without a verb the reader knows.
pub(super) fn first_of_rhythm_note(reader: &Reader, out: &mut Vec<Predicate>) {
    let sentence = reader.sentence;
    if (0..reader.words.len()).any(|k| reader.is(k, "is|are|was|were|be|been")) {
        return;
    }
    let slice = &reader.tokens[sentence.tokens.clone()];
    let rhythm = slice.iter().any(|t| {
        matches!(
            t.kind,
            TokenKind::Word(Word::Measure)
                | TokenKind::Time {
                    when: When::Recurring,
                    ..
                }
        )
    });
    // "first one", "first post": the first of the things counted, not "first in
    // January" (at first).
    let Some(k) = (0..reader.words.len()).find(|&k| {
        reader.is(k, "first|1st")
            && k + 1 < reader.words.len()
            && !reader.is(k + 1, "in|on|by|at|from|of|to|and|step|steps")
            && !reader.text.at(reader.words[k + 1].0).is_ascii_digit()
    }) else {
        return;
    };
    let first_at = reader.words[k].1;
    let dated = slice.iter().any(|t| {
        matches!(t.kind, TokenKind::Time { when, .. } if when != When::Recurring)
            && t.start >= first_at
            && t.start - first_at <= 24
    });
    if rhythm && dated {
        let start = reader.words.first().map_or(sentence.start, |w| w.0);
        let end = reader.words.last().map_or(start, |w| w.1);
        out.push(note_act((start, end), true, true));
    }
}

/// "first class of the course", "first Saturday session": the first session of
/// something, named in a note without a verb.
pub(super) fn first_session_note(reader: &Reader, out: &mut Vec<Predicate>) {
    // "The first meeting is important" says something of it: a statement, not a note.
    if (0..reader.words.len()).any(|k| reader.is(k, "is|are|was|were|be|been")) {
        return;
    }
    let Some(k) = (0..reader.words.len())
        .find(|&k| reader.is(k, "first|1st") && (k + 1..=k + 2).any(|n| reader.is(n, SESSIONS)))
    else {
        return;
    };
    let start = reader.words[k].0;
    let end = reader.words.last().map_or(start, |w| w.1);
    out.push(note_act((start, end), true, true));
}

/// The note after a colon (or after a leading rhythm and a comma), when it counts
/// something in figures.
pub(super) fn counted_note(reader: &Reader, out: &mut Vec<Predicate>) {
    let (text, sentence) = (reader.text, reader.sentence);
    // After a colon, or after a comma that closes a leading rhythm or time ("Every
    // morning, 20 minutes of Duolingo.").
    let slice = &reader.tokens[sentence.tokens.clone()];
    let leading_comma = || {
        let first = slice.first().filter(|t| {
            matches!(
                t.kind,
                TokenKind::Time { .. } | TokenKind::Word(Word::Measure)
            ) && {
                // The time may follow its preposition ("From 4Q, weekly review …").
                let at = text.skip_spaces(sentence.start);
                let after = ["from", "starting", "in", "on", "by"]
                    .iter()
                    .find_map(|w| text.word_at(at, w))
                    .map_or(at, |end| text.skip_spaces(end));
                at == t.start || after == t.start
            }
        })?;
        slice
            .iter()
            .find(|t| matches!(t.kind, TokenKind::ClauseBreak))
            .filter(|comma| comma.start >= first.end)
            .map(|comma| comma.start)
    };
    let Some(colon) = (sentence.start..sentence.end)
        .find(|&i| text.at(i) == ':')
        .or_else(leading_comma)
    else {
        return;
    };
    let counted = tokens_within(reader.tokens, &sentence.tokens, colon, sentence.end).any(|t| {
        matches!(t.kind, TokenKind::Word(Word::Measure)) && text.at(t.start).is_ascii_digit()
    });
    let Some(&(start, _)) = reader.words.iter().find(|w| w.0 > colon) else {
        return;
    };
    let end = reader.words.last().map_or(start, |w| w.1);
    if counted {
        out.push(note_act((start, end), false, false));
    }
}

/// A note with no verb the reader knows, taken as an act whose words are all of chars
/// `start..end` (a first session, a count after a colon).
fn note_act((start, end): (usize, usize), opens: bool, anchored: bool) -> Predicate {
    Predicate {
        words: (start, end),
        head: (start, end),
        end,
        kind: Kind::Act,
        subordinate: false,
        opens,
        anchored,
        hedge: None,
    }
}

/// An imperative: the first word of the sentence, or of a part after a comma or a
/// colon, when it is a verb.
pub(super) fn imperative(reader: &Reader, out: &mut Vec<Predicate>) {
    let (text, words) = (reader.text, reader.words);
    // A part begins after a comma, a colon or a dash ("From 14 Dec — shadow …").
    let first_of_part = std::iter::once(0).chain((1..words.len()).filter(|&k| {
        matches!(
            text.at(words[k].0.saturating_sub(2)),
            ',' | ':' | '-' | '–' | '—'
        )
    }));
    // After a time that opens the sentence without a comma ("By 12/15 submit …"), a verb
    // the lists know, one before a determiner, or any word before a bare noun and how
    // often ("from 30 Nov tally picking errors every day"), as after a comma.
    let after_time = reader.first_after_leading_time().filter(|&k| {
        reader.listed_head(k)
            || (reader.verb_like(k)
                && reader.is(
                    k + 1,
                    "the|a|an|my|our|your|every|each|all|one|two|three|some|his|her|their",
                ))
            || (!reader.has(k, NOT_VERB | OBJECT_START)
                && !reader.in_capitals(k)
                && reader.bare_noun_then_how_often(k, 2))
    });
    for k in first_of_part.take(3).chain(after_time) {
        let led_by_a_time = Some(k) == after_time;
        let k = reader.skip_adverbs(k);
        // After a time set off by a comma ("Starting next week, communicate more
        // with my team"), the first word is the verb of an imperative.
        let after_time = k > 0 && reader.only_a_time_before(k);
        // "Cut p99 latency by 30%", "Raise test coverage to 80%": a verb of degree
        // before a bare noun, known by the level it brings something to.
        let to_a_level = reader.words.get(k).is_some_and(|&(start, _)| {
            reader.is(k, "cut|raise|boost") && reader.brought_to_a_level(start, reader.sentence.end)
        });
        if reader.listed_head(k)
            || reader.verb_like(k)
            || after_time
            || led_by_a_time
            || reader.phrasal_or_before_a_name(k)
            || to_a_level
        {
            reader.chain(words[k].0, k, out);
            break;
        }
    }
}
