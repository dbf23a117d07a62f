//! The English reader: a sentence split into words (runs of letters, digits and
//! apostrophes), each word's classes looked up once, and the questions every part of the
//! reading asks of a word (is it one of these words, is it in this class, is it a listed
//! verb) or of a stretch of words (does it bring something to a level, give a reason,
//! name a capitalised object or a bare noun and how often).

use super::classes::{AND_OR, NOT_VERB, OBJECT_START, SUBJECT_LIKE, SUBORDINATOR};
use super::{kind_of_head, Sentence, Text, Token, TokenKind, Word};
use crate::domain::commitment::text::{alternatives, is_latin_word_char};

/// Verbs people write as an imperative with a bare noun, a weekday or a time of day after
/// them ("Study Japanese", "Practise kanji", "Block Friday afternoons"), which `verb_like`
/// cannot tell from a noun phrase by the word after them.
const BARE_OBJECT: &str = "study|practise|practice|learn|review|revise|read|write|train|drill|memorise|memorize|rehearse|speak|spend|block|jog|run|walk|swim|stretch|meditate|journal|exercise|call|email|visit|attend|teach|coach|mentor|update|check|clean|prepare|plan|post|share|join";

const WEEKDAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays";

/// What "every" or "each" counts when it says how often.
const PERIODS: &str = "day|week|month|morning|evening|night|weekday|weekend|year|quarter|sprint|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/// The words of chars `start..end`: runs of letters, digits and apostrophes, joined
/// by a hyphen (one-to-one, e-mail).
pub(super) fn words_of(text: &Text, start: usize, end: usize) -> Vec<(usize, usize)> {
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

pub(super) struct Reader<'r, 't> {
    pub(super) text: &'r Text<'t>,
    pub(super) tokens: &'r [Token],
    pub(super) sentence: &'r Sentence,
    pub(super) words: &'r [(usize, usize)],
    /// For each word, its classes (`classes_of`).
    pub(super) classes: &'r [u32],
}

impl Reader<'_, '_> {
    /// Whether the words in chars `from..to` bring a rate or a score to a level: "rate",
    /// "ratio", "score" or "satisfaction", then within three words "to", "under", "below",
    /// "above", "over" or "at", and a figure.
    pub(super) fn rate_to_a_level(&self, from: usize, to: usize) -> bool {
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
    pub(super) fn reason_between(&self, from: usize, to: usize) -> bool {
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
    pub(super) fn brought_to_a_level(&self, from: usize, to: usize) -> bool {
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

    /// Whether the hedge at char `at` stands inside an infinitive that says what a noun
    /// before it holds ("present a proposal to burn more waste tyres", "a plan to hire
    /// more staff"): it is the content of that noun, not how much of the act is done.
    /// "to" then a word that is no determiner, after a noun after a determiner; "more
    /// often" stays how often the act is done.
    pub(super) fn hedge_in_a_noun_clause(&self, at: usize) -> bool {
        let Some(hedge) = self.words.iter().position(|w| w.0 == at) else {
            return false;
        };
        if self.is(hedge + 1, "often|frequently|regularly") {
            return false;
        }
        (hedge.saturating_sub(4)..hedge).any(|to| {
            to >= 2
                && self.is(to, "to")
                && self.is(to - 2, "a|an|the|my|our|this|that")
                && !self.is(
                    to + 1,
                    "a|an|the|my|our|his|her|their|your|all|more|every|each",
                )
                && self
                    .words
                    .get(to + 1)
                    .is_some_and(|w| w.0 < at && !self.text.at(w.0).is_ascii_digit())
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
    pub(super) fn is(&self, k: usize, words: &str) -> bool {
        self.words
            .get(k)
            .is_some_and(|&(start, end)| word_in(self.text, start, end, words))
    }

    /// Whether word `k` is in one of the classes of `bits`.
    pub(super) fn has(&self, k: usize, bit: u32) -> bool {
        self.classes
            .get(k)
            .is_some_and(|classes| classes & bit != 0)
    }

    pub(super) fn ends_with(&self, k: usize, suffix: &str) -> bool {
        self.words.get(k).is_some_and(|&(start, end)| {
            end - start > suffix.len() && self.text.ends_with_at(end, suffix).is_some()
        })
    }

    /// The listed word that starts at word `k`, if any.
    pub(super) fn token_at(&self, k: usize) -> Option<&Token> {
        let &(start, _) = self.words.get(k)?;
        let slice = &self.tokens[self.sentence.tokens.clone()];
        let at = slice.partition_point(|t| t.start < start);
        slice.get(at).filter(|t| t.start == start)
    }

    pub(super) fn word_at(&self, k: usize) -> Option<Word> {
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
    pub(super) fn phrasal_or_before_a_name(&self, k: usize) -> bool {
        if self.is(k, "back") && self.is(k + 1, "up") {
            return true;
        }
        // A word that leaves an amount open ("more ICT", "less SQL") compares; it does
        // nothing, whatever follows it.
        if self.ends_with(k, "ly")
            || self.has(k, NOT_VERB | OBJECT_START)
            || matches!(self.word_at(k), Some(Word::Hedge(_)))
        {
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
        // "Get Salesforce certified": a name between "get" and what it makes of one.
        if capitals
            || (self.is(k, "get") && (k + 2..k + 5).any(|j| self.is(j, super::kind::CERTIFIED)))
        {
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
    pub(super) fn listed_head(&self, k: usize) -> bool {
        self.word_at(k).and_then(kind_of_head).is_some()
            && !matches!(self.word_at(k), Some(Word::Other))
    }
}
