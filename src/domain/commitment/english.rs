//! English predicates, found by the shape of the sentence. A commitment in English puts
//! its verb right after a modal ("I will water", "I'll walk", "I'm going to book", "we
//! plan to hold"), with adverbs in between ("I will always", "I will proactively"), or
//! after "I"/"we" in the present ("Every Friday I update"); the verb's object follows.
//! "and" + a verb with its own object chains a further act ("count the stock and list
//! any gaps"). The closed lists then say whether the verb is not an act (try to, aim
//! to, want to, be, become, stay, think), a result (pass, achieve), or an act that
//! opens something (sign up, book); any other verb is an act.
//!
//! This module reads a sentence word by word and holds what every question asks of a
//! word (`Reader`); `classes` says what each word is (a modal, a subject, an adverb…),
//! `committed` finds the verb a commitment puts forward (after a modal, "I", a wish's
//! subject; the phrase it heads and the acts chained to it) and `kind` says what that
//! verb commits to (an act, a closed attitude, wish or state, a result) and whether
//! something observable comes with it.

mod classes;
mod committed;
mod kind;

use super::dates::When;
use super::predicates::{hedge_of, kind_of_head, opening_within, Kind, Predicate, Sentence};
use super::scanner::{Token, TokenKind};
use super::text::{alternatives, is_latin_word_char, Text};
use super::vocabulary::Word;
use super::Attitude;
use classes::{
    classes_of, AND_OR, AUXILIARY, CLAUSE_OPENER, NOT_VERB, OBJECT_START, SUBJECT, SUBJECT_LIKE,
    SUBORDINATOR,
};

/// Verbs people write as an imperative with a bare noun, a weekday or a time of day after
/// them ("Study Japanese", "Practise kanji", "Block Friday afternoons"), which `verb_like`
/// cannot tell from a noun phrase by the word after them.
const BARE_OBJECT: &str = "study|practise|practice|learn|review|revise|read|write|train|drill|memorise|memorize|rehearse|speak|spend|block|jog|run|walk|swim|stretch|meditate|journal|exercise|call|email|visit|attend|teach|coach|mentor|update|check|clean|prepare|plan|post|share|join";

const WEEKDAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays";

/// What "every" or "each" counts when it says how often.
const PERIODS: &str = "day|week|month|morning|evening|night|weekday|weekend|year|quarter|sprint|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/// The predicates of one English sentence, in text order.
pub(crate) fn predicates(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    out: &mut Vec<Predicate>,
) {
    let words = words_of(text, sentence.start, sentence.end);
    let classes: Vec<u32> = words
        .iter()
        .map(|&(start, end)| {
            let mut word = [0u8; 16];
            if end - start > word.len() {
                return 0;
            }
            for (k, byte) in word.iter_mut().enumerate().take(end - start) {
                *byte = text.at(start + k) as u8;
            }
            std::str::from_utf8(&word[..end - start]).map_or(0, classes_of)
        })
        .collect();
    let reader = Reader {
        text,
        tokens,
        sentence,
        words: &words,
        classes: &classes,
    };
    let before = out.len();
    let mut k = 0;
    while k < words.len() {
        // A wish that carries its own subject: "I'd like to", "I would like to".
        if let Some(wish) = reader.wish_at(k) {
            k = reader.chain(words[k].0, wish, out);
            continue;
        }
        if let Some(after) = reader.after_modal(k) {
            let verb = reader.skip_adverbs(after);
            if verb < words.len() {
                k = reader.chain(words[k].0, verb, out);
                continue;
            }
        } else if reader.has(k, SUBJECT)
            && k + 1 < words.len()
            && !reader.has(k + 1, AUXILIARY)
            // "I plan to grow": the modal after the subject reads the verb.
            && reader.after_modal(k + 1).is_none()
            && !(k > 0 && reader.has(k - 1, CLAUSE_OPENER))
        {
            let verb = reader.skip_adverbs(k + 1);
            if verb < words.len() && !reader.has(verb, AUXILIARY) {
                k = reader.chain(words[k].1, verb, out);
                continue;
            }
        }
        k += 1;
    }
    // "Since I missed the promotion this year, I'm going to…": what a leading clause of
    // reason says happened commits to nothing, as a Japanese clause in ので does not.
    if let Some(comma) = leading_reason_end(&reader) {
        if out[before..].iter().any(|p| p.words.0 > comma) {
            for predicate in out[before..].iter_mut().filter(|p| p.end <= comma) {
                predicate.subordinate = true;
            }
        }
    }
    // No modal and no "I": an imperative, if the first word of the sentence or of its
    // second part is one the lists know ("Stay humble and keep learning.").
    // "Attend the info session on Dec 12 because I want to move into planning": a wish
    // given as the reason for an act does not take the act's place, nor one the act
    // reports ("tell my manager I'd like to move to the product team").
    for k in before..out.len() {
        let since = if k > before {
            out[k - 1].end
        } else {
            sentence.start
        };
        if out[k].kind == Kind::NotAnAct(super::Attitude::Want)
            && reader.reason_between(since, out[k].words.0)
        {
            out[k].subordinate = true;
        }
    }
    if out[before..].iter().all(|p| p.subordinate) {
        imperative(&reader, out);
        out[before..].sort_by_key(|p| p.end);
    }
    // A hedge may stand after the phrase ("exercise whenever I can", "help juniors as
    // much as possible", "Volunteer … whenever possible"): it belongs to the act until the next one begins.
    for k in before..out.len() {
        let until = out.get(k + 1).map_or(sentence.end, |next| next.head.0);
        let predicate = &mut out[k];
        // "get my team's defect rate under 1%", "raise the satisfaction score to 4.5": a
        // rate brought to a level is a result, as 取得率を80%以上にする.
        let grows = predicate.kind == Kind::NotAnAct(super::Attitude::Grow);
        if (predicate.kind == Kind::Act && reader.rate_to_a_level(predicate.head.0, until))
            || ((predicate.kind == Kind::Act || grows)
                && reader.brought_to_a_level(predicate.head.0, until))
        {
            predicate.kind = Kind::Outcome(super::Outcome::Achieve);
        }
        if predicate.kind == Kind::Act && predicate.hedge.is_none() {
            predicate.hedge = hedge_of(tokens, &sentence.tokens, None, predicate.head.0, until);
        }
    }
    // "make proposals with customer satisfaction in mind": with nothing of its own, the
    // act is only the occasion of the attitude, as 顧客満足度を意識して提案する.
    for k in before..out.len() {
        let since = if k > before {
            out[k - 1].end
        } else {
            sentence.start
        };
        let until = out.get(k + 1).map_or(sentence.end, |next| next.head.0);
        if reader.occasion_of_in_mind(&out[k], since, until) {
            out[k].kind = Kind::NotAnAct(super::Attitude::BeAware);
            out[k].opens = false;
        }
    }
    // Still nothing, in a note with a count after a colon ("From Monday: 20 minutes
    // of drills before work"): it may be an act, and the check asks rather than fails.
    if out.len() == before {
        counted_note(&reader, out);
    }
    // A note that names the first session of something ("Jan 9 - first class of the
    // writing course"): attending it opens that thing, as DOMAIN.md's first session.
    if out.len() == before {
        first_session_note(&reader, out);
    }
    // A rhythm noted with its first time ("Monthly 'SQL clinic' for the sales team,
    // first one Jan 20."): the first one opens it.
    if out.len() == before {
        first_of_rhythm_note(&reader, out);
    }
}

/// Where a leading clause of reason ends (its first comma): "Because I finished the
/// course, …", "Since my team grew, …", "As we agreed, …", "Now that the depot is open,
/// …". Not "Since November 2, …" (a time), nor "As of", "As soon as" and the like.
fn leading_reason_end(reader: &Reader) -> Option<usize> {
    let (text, sentence) = (reader.text, reader.sentence);
    let lead = if reader.is(0, "because|since|as") {
        1
    } else if reader.is(0, "now") && reader.is(1, "that") {
        2
    } else {
        return None;
    };
    if reader.is(0, "as")
        && reader.is(
            lead,
            "of|from|soon|early|long|well|far|much|a|an|part|always|usual|planned",
        )
    {
        return None;
    }
    let next = reader.words.get(lead)?.0;
    let slice = &reader.tokens[sentence.tokens.clone()];
    if slice
        .iter()
        .any(|t| t.start == next && matches!(t.kind, TokenKind::Time { .. }))
    {
        return None;
    }
    slice
        .iter()
        .find(|t| matches!(t.kind, TokenKind::ClauseBreak))
        .map(|t| t.start)
        .filter(|_| text.at(next) != ',')
}

/// "Monthly clinic, first one Jan 20", "One post a month, first one published by Dec
/// 25": a note with a rhythm and a dated first time, without a verb the reader knows.
fn first_of_rhythm_note(reader: &Reader, out: &mut Vec<Predicate>) {
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

/// What has a first session one attends.
const SESSIONS: &str = "class|session|lesson|lecture|workshop|seminar|meeting|meetup|practice";

/// "first class of the course", "first Saturday session": the first session of
/// something, named in a note without a verb.
fn first_session_note(reader: &Reader, out: &mut Vec<Predicate>) {
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
fn counted_note(reader: &Reader, out: &mut Vec<Predicate>) {
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
    let counted = super::predicates::tokens_within(
        reader.tokens,
        &sentence.tokens,
        colon,
        sentence.end,
    )
    .any(|t| matches!(t.kind, TokenKind::Word(Word::Measure)) && text.at(t.start).is_ascii_digit());
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
fn imperative(reader: &Reader, out: &mut Vec<Predicate>) {
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

/// The words of chars `start..end`: runs of letters, digits and apostrophes, joined
/// by a hyphen (one-to-one, e-mail).
fn words_of(text: &Text, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut i = start;
    while i < end {
        if !is_latin_word_char(text.at(i)) {
            i += 1;
            continue;
        }
        let from = i;
        while i < end
            && (is_latin_word_char(text.at(i))
                || (text.at(i) == '-' && is_latin_word_char(text.at(i + 1))))
        {
            i += 1;
        }
        words.push((from, i));
    }
    words
}

/// Whether the word at chars `start..end` is one of the `|`-separated `words`.
fn word_in(text: &Text, start: usize, end: usize, words: &str) -> bool {
    let mut word = [0u8; 16];
    if end - start > word.len() {
        return false;
    }
    for (k, byte) in word.iter_mut().enumerate().take(end - start) {
        *byte = text.at(start + k) as u8;
    }
    // The list must hold the word somewhere before it is worth splitting.
    let word = std::str::from_utf8(&word[..end - start]).unwrap_or_default();
    !word.is_empty() && words.contains(word) && alternatives(words).any(|w| w == word)
}

struct Reader<'r, 't> {
    text: &'r Text<'t>,
    tokens: &'r [Token],
    sentence: &'r Sentence,
    words: &'r [(usize, usize)],
    /// For each word, its classes (`classes_of`).
    classes: &'r [u32],
}

impl Reader<'_, '_> {
    /// Whether the words in chars `from..to` bring a rate or a score to a level: "rate",
    /// "ratio", "score" or "satisfaction", then within three words "to", "under", "below",
    /// "above", "over" or "at", and a figure.
    fn rate_to_a_level(&self, from: usize, to: usize) -> bool {
        let in_range = |k: &usize| self.words[*k].0 >= from && self.words[*k].1 <= to;
        (0..self.words.len()).filter(in_range).any(|k| {
            self.is(k, "rate|ratio|score|satisfaction")
                && (k + 1..(k + 4).min(self.words.len()))
                    .filter(in_range)
                    .any(|n| {
                        self.is(n, "to|under|below|above|over|at")
                            && self
                                .words
                                .get(n + 1)
                                .is_some_and(|w| self.text.at(w.0).is_ascii_digit())
                    })
        })
    }

    /// Whether a word that gives a reason (because, since, as) or reports what is said
    /// (tell, ask, that) stands in chars `from..to`.
    fn reason_between(&self, from: usize, to: usize) -> bool {
        (0..self.words.len())
            .filter(|&k| self.words[k].0 >= from && self.words[k].1 <= to)
            .any(|k| {
                self.is(
                    k,
                    "because|since|as|cause|'cause|tell|telling|ask|asking|say|saying|that",
                )
            })
    }

    /// Whether the verb at char `from` brings something to a figure ("grow my team to 8
    /// people", "reduce my overtime to under 20 hours"), or by one ("cut p99 latency by
    /// 30%", "by half"), or says how much itself ("double weekly active users"): a level
    /// reached, as a rate's.
    fn brought_to_a_level(&self, from: usize, to: usize) -> bool {
        let Some(verb) = self.words.iter().position(|w| w.0 == from) else {
            return false;
        };
        if self.is(verb, "double|halve|triple") {
            return true;
        }
        if !self.is(verb, "reduce|cut|lower|raise|increase|grow|boost") {
            return false;
        }
        let figure = |k: usize| {
            self.words
                .get(k)
                .is_some_and(|w| w.1 <= to && self.text.at(w.0).is_ascii_digit())
        };
        (verb + 1..(verb + 8).min(self.words.len())).any(|k| {
            // A level said in a word is one too ("to zero", as ゼロに).
            (self.is(k, "to")
                && (figure(k + 1)
                    || self.is(k + 1, "zero|nil")
                    || (self.is(k + 1, "under|below|over|above|at") && figure(k + 2))))
                || (self.is(k, "by") && (self.amount(k + 1, to) || self.is(k + 1, "half")))
        })
    }

    /// Whether word `k` is an amount ("30%", "20 percent", "5 hours"), not a date
    /// ("by 12/10").
    fn amount(&self, k: usize, to: usize) -> bool {
        let Some(&(start, end)) = self.words.get(k).filter(|w| w.1 <= to) else {
            return false;
        };
        self.text.at(start).is_ascii_digit()
            && !matches!(self.text.at(end), '/' | '-' | '.')
            && (self.text.at(end) == '%'
                || self.is(k + 1, "percent|per|points|point|pts|hours|hour|minutes|ms|seconds|days|people|cases|yen|million|thousand"))
    }

    /// Whether word `k` is one of the `|`-separated `words`.
    fn is(&self, k: usize, words: &str) -> bool {
        self.words
            .get(k)
            .is_some_and(|&(start, end)| word_in(self.text, start, end, words))
    }

    /// Whether word `k` is in one of the classes of `bits`.
    fn has(&self, k: usize, bit: u32) -> bool {
        self.classes
            .get(k)
            .is_some_and(|classes| classes & bit != 0)
    }

    fn ends_with(&self, k: usize, suffix: &str) -> bool {
        self.words.get(k).is_some_and(|&(start, end)| {
            end - start > suffix.len() && self.text.ends_with_at(end, suffix).is_some()
        })
    }

    /// The listed word that starts at word `k`, if any.
    fn token_at(&self, k: usize) -> Option<&Token> {
        let &(start, _) = self.words.get(k)?;
        let slice = &self.tokens[self.sentence.tokens.clone()];
        let at = slice.partition_point(|t| t.start < start);
        slice.get(at).filter(|t| t.start == start)
    }

    fn word_at(&self, k: usize) -> Option<Word> {
        match self.token_at(k)?.kind {
            TokenKind::Word(word) => Some(word),
            _ => None,
        }
    }

    /// An imperative's verb that `verb_like` cannot tell: "back up" (whose "back" may
    /// start an object elsewhere); a verb before a name written in capitals ("Sit JLPT
    /// N1", "Email HR"), unless it is an adverb in -ly ("Weekly KPI review"); or one of the
    /// verbs people write with a bare noun, a weekday or a time of day (`BARE_OBJECT`:
    /// "Study Japanese for 30 minutes every day", "Practise kanji each morning", "spend
    /// Wednesday lunch …", "Block Friday afternoons …"), before a weekday or before a bare
    /// noun and then how often or how long. A closed list, not any word: "Good sleep every
    /// night", "Busy Mondays …" and "Career growth every year" open with no verb.
    /// "Learn Python." alone stays unread: writers take it as a wish.
    fn phrasal_or_before_a_name(&self, k: usize) -> bool {
        if self.is(k, "back") && self.is(k + 1, "up") {
            return true;
        }
        if self.ends_with(k, "ly") || self.has(k, NOT_VERB | OBJECT_START) {
            return false;
        }
        let capitals = self.words.get(k + 1).is_some_and(|&(start, end)| {
            let written = self.text.original(start, end);
            end - start >= 2
                && written
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && written.chars().any(|c| c.is_ascii_uppercase())
        });
        if capitals {
            return true;
        }
        if !self.is(k, BARE_OBJECT) {
            return false;
        }
        self.is(k + 1, WEEKDAYS) || self.bare_noun_then_how_often(k, 1)
    }

    /// Whether word `k` is followed by a bare noun of up to `longest` words (no
    /// determiner, no conjunction, no subject) and then how often or how long: "picking
    /// errors every day", "Japanese for 30 minutes".
    pub(super) fn bare_noun_then_how_often(&self, k: usize, longest: usize) -> bool {
        let bare = |j: usize| {
            j < self.words.len()
                && !self.has(
                    j,
                    NOT_VERB | OBJECT_START | AND_OR | SUBORDINATOR | SUBJECT_LIKE,
                )
        };
        (1..=longest).any(|n| {
            let j = k + n + 1;
            (k + 1..j).all(bare)
                && (self.is(j, "daily|weekly|monthly|twice|once")
                    || (self.is(j, "every|each") && self.is(j + 1, PERIODS))
                    || (self.is(j, "for") && self.starts_with_digit(j + 1)))
        })
    }

    /// Whether word `k` heads a predicate by itself: a listed act, result or attitude.
    fn listed_head(&self, k: usize) -> bool {
        self.word_at(k).and_then(kind_of_head).is_some()
            && !matches!(self.word_at(k), Some(Word::Other))
    }
}
