//! The committed forms of English: the verb after a modal ("will", "'ll", "am going
//! to", "plan to", "my plan is to"), after a progressive of a plan ("I'm meeting"),
//! after "I"/"we" in the present or a subject with its wish ("I'd like to"), past the
//! adverbs in between; where the phrase that verb heads ends, and the acts chained to
//! it by "and". What the verb commits to is `kind`'s to say.

use super::classes::{
    ADVERB, AND_OR, BEFORE_GOING, BEFORE_PLANNED, GOING, HAVE, LY_VERB, MODAL, NOT_VERB,
    OBJECT_START, PLANNED, SUBJECT, SUBJECT_LIKE, SUBORDINATOR, THEN, TO, WISH_SUBJECT,
};
use super::{Attitude, Predicate, Reader, TokenKind, Word};

impl Reader<'_, '_> {
    /// The word a wish begins at, when "I" or "we" come with one: "I'd like to" (one
    /// listed phrase with its subject), "I would like to", "we hope to".
    pub(super) fn wish_at(&self, k: usize) -> Option<usize> {
        let wish = |j: usize| matches!(self.word_at(j), Some(Word::AttitudeVerb(Attitude::Want)));
        if self.has(k, WISH_SUBJECT) && wish(k) {
            Some(k)
        } else {
            (self.has(k, SUBJECT) && wish(k + 1)).then_some(k + 1)
        }
    }

    /// The word after a modal at `k` ("will", "I'll", "am going to", "plan to").
    pub(super) fn after_modal(&self, k: usize) -> Option<usize> {
        if self.has(k, MODAL) || self.ends_with(k, "'ll") {
            return Some(k + 1);
        }
        let subject_before = k > 0 && self.has(k - 1, BEFORE_GOING);
        if self.has(k, GOING) && self.has(k + 1, TO) && subject_before {
            return Some(k + 2);
        }
        // "I'm meeting my mentor on Wednesday", "my plan is to register": only after a
        // form of "be" (one bit test first: this runs for every word).
        if self.has(k, BEFORE_GOING) {
            if let Some(verb) = self.after_be(k) {
                return Some(verb);
            }
        }
        if let Some(verb) = self.after_have(k) {
            return Some(verb);
        }
        let planned = self.has(k, PLANNED);
        // "committed to my team" names no verb after "to".
        let verb_follows = !self.has(k + 2, NOT_VERB | OBJECT_START);
        (planned && self.has(k + 1, TO) && k > 0 && self.has(k - 1, BEFORE_PLANNED) && verb_follows)
            .then_some(k + 2)
    }

    /// The verb after a form of "be" at `k`: the present progressive of a plan ("I'm
    /// meeting", "we are booking"; "I'm going to", "I'm planning to" are read as
    /// modals), or "my plan is to".
    fn after_be(&self, k: usize) -> Option<usize> {
        let be =
            self.is(k, "i'm|we're") || (self.is(k, "am|are") && k > 0 && self.is(k - 1, "i|we"));
        if be
            && self.ends_with(k + 1, "ing")
            && !self.has(k + 1, PLANNED | GOING)
            && !self.is(k + 1, "being|feeling|looking")
        {
            return Some(k + 1);
        }
        let plan_is = self.is(k, "is") && k > 0 && self.is(k - 1, "plan|intention|commitment");
        (plan_is && self.has(k + 1, TO)).then_some(k + 2)
    }

    /// The verb of an act already under way, in the perfect after "I" or "we": "I have
    /// been logging", "I've kept", "we have already held" (a regular participle in -ed,
    /// or one of the common irregular ones). "I have been more careful" names a state,
    /// not an act, and "I have to", "I have a plan" are read as before.
    fn after_have(&self, k: usize) -> Option<usize> {
        // One bit test first: this runs for every word.
        if !self.has(k, HAVE) || (self.is(k, "have") && !(k > 0 && self.is(k - 1, "i|we"))) {
            return None;
        }
        let next = self.skip_adverbs(k + 1);
        if self.is(next, "been") {
            let doing = self.ends_with(next + 1, "ing")
                && !self.is(next + 1, "being|feeling|looking|trying");
            return doing.then_some(next + 1);
        }
        let participle = self.ends_with(next, "ed")
            || self.is(next, "kept|set|met|read|written|begun|taken|made|done|held|run|led|built|sent|spent|taught|bought|brought|given|put|got|told|shown|found|left|paid|sat|stood|won|drawn|thrown|spoken|chosen|driven|ridden|swum|sung|eaten|slept");
        (participle && !self.has(next, NOT_VERB | OBJECT_START | TO | PLANNED)).then_some(next)
    }

    /// Skips the adverbs after a modal; listed adverbs and hedges are noted by their
    /// own tokens.
    pub(super) fn skip_adverbs(&self, mut k: usize) -> usize {
        while k < self.words.len() {
            // "make sure to", "be sure to" only stress the verb that follows.
            if self.is(k, "make|be") && self.is(k + 1, "sure") && self.is(k + 2, "to") {
                k += 3;
                continue;
            }
            let adverb = self.has(k, ADVERB)
                || (self.ends_with(k, "ly") && !self.has(k, LY_VERB))
                // "With safety in mind, run …": how, not what.
                || self.in_mind(k)
                || matches!(
                    self.token_at(k).map(|t| t.kind),
                    Some(
                        TokenKind::Time { .. }
                            | TokenKind::Word(Word::AttitudeAdverb(_) | Word::Vague(_))
                    )
                );
            if !adverb {
                break;
            }
            k = self.next_word_after_token(k);
        }
        k
    }

    /// The word after word `k`, or after the whole listed phrase or time starting there.
    fn next_word_after_token(&self, k: usize) -> usize {
        match self.token_at(k) {
            Some(token) if !matches!(token.kind, TokenKind::Word(Word::Hedge(_))) => {
                let end = token.end;
                (k + 1..self.words.len())
                    .find(|&j| self.words[j].0 >= end)
                    .unwrap_or(self.words.len())
            }
            _ => k + 1,
        }
    }

    /// Whether the words before word `k` are only a time and the word that leads it
    /// ("Starting next week,", "From Q4 of this fiscal year,"), set off by a comma,
    /// and word `k` can be a verb.
    pub(super) fn only_a_time_before(&self, k: usize) -> bool {
        let Some(&(start, _)) = self.words.get(k) else {
            return false;
        };
        let comma = start.saturating_sub(2);
        if self.text.at(comma) != ',' || self.has(k, NOT_VERB | OBJECT_START | ADVERB) {
            return false;
        }
        let slice = &self.tokens[self.sentence.tokens.clone()];
        let times_end = slice
            .iter()
            .take_while(|t| matches!(t.kind, TokenKind::Time { .. }))
            .last()
            .map(|t| t.end);
        // At most one leading word ("from", "starting") before the time.
        let first_time = slice
            .first()
            .filter(|t| matches!(t.kind, TokenKind::Time { .. }));
        let led = first_time
            .is_some_and(|t| self.words.iter().take_while(|w| w.1 <= t.start).count() <= 1);
        led && times_end.is_some_and(|end| self.text.skip_spaces(end) == comma || end == comma)
    }

    /// The first word after a time that opens the sentence with no comma after it ("By
    /// 12/15 submit the application"), where an imperative's verb stands.
    pub(super) fn first_after_leading_time(&self) -> Option<usize> {
        let slice = &self.tokens[self.sentence.tokens.clone()];
        let first = slice
            .first()
            .filter(|t| matches!(t.kind, TokenKind::Time { .. }))?;
        // At most one leading word ("by", "from") before the time.
        if self.words.iter().take_while(|w| w.1 <= first.start).count() > 1 {
            return None;
        }
        let mut end = slice
            .iter()
            .take_while(|t| matches!(t.kind, TokenKind::Time { .. }))
            .last()
            .map_or(first.end, |t| t.end);
        // A note in brackets after the time ("On Dec 1 (my day off) have lunch …").
        let at = self.text.skip_spaces(end);
        if self.text.at(at) == '(' {
            if let Some(close) =
                (at..(at + 40).min(self.sentence.end)).find(|&i| self.text.at(i) == ')')
            {
                end = close + 1;
            }
        }
        self.words.iter().position(|w| w.0 >= end)
    }

    /// Whether word `k`, after "and", is a verb: a listed one, or one followed by
    /// what it acts on ("and list any gaps", "and meet them").
    pub(super) fn verb_like(&self, k: usize) -> bool {
        if k >= self.words.len() || self.has(k, NOT_VERB | OBJECT_START) || self.in_capitals(k) {
            return false;
        }
        self.listed_head(k) || self.has(k + 1, OBJECT_START) || self.starts_with_digit(k + 1)
    }

    /// Whether word `k` is written in capitals (VLOOKUP, HR, KPI) in a sentence that is
    /// not (its first word is not): a name, never a verb.
    pub(super) fn in_capitals(&self, k: usize) -> bool {
        let capitals = |k: usize| {
            self.words.get(k).is_some_and(|&(start, end)| {
                let written = self.text.original(start, end);
                written.len() >= 2 && written.chars().all(|c| c.is_ascii_uppercase())
            })
        };
        k > 0 && capitals(k) && !capitals(0)
    }

    pub(super) fn starts_with_digit(&self, k: usize) -> bool {
        self.words
            .get(k)
            .is_some_and(|&(start, _)| self.text.at(start).is_ascii_digit())
    }

    /// Where the phrase of the verb at `verb` ends (a word index): at "and" + a verb,
    /// a new clause, a new subject, or "to" + a verb (a purpose).
    fn phrase_end(&self, verb: usize) -> usize {
        // A listed verb of several words ("want to", "make use of") is read whole.
        let mut j = self.next_word_after_token(verb).max(verb + 1);
        while j < self.words.len() {
            // "to" before a verb is a purpose; "up to date" is no purpose.
            let purpose = self.has(j, TO)
                && !self.has(j + 1, OBJECT_START)
                && !self.is(j + 1, "date")
                && !self.starts_with_digit(j + 1)
                && !matches!(
                    self.token_at(j + 1).map(|t| t.kind),
                    Some(TokenKind::Time { .. })
                );
            if (self.has(j, AND_OR) && self.verb_like(self.skip_then(j + 1)))
                || self.has(j, SUBORDINATOR)
                || self.has(j, SUBJECT_LIKE)
                || self.after_modal(j).is_some()
                || purpose
            {
                return j;
            }
            j += 1;
        }
        j
    }

    fn skip_then(&self, k: usize) -> usize {
        if self.has(k, THEN) {
            k + 1
        } else {
            k
        }
    }

    /// Reads the predicate whose verb is word `verb` (its clause having begun at char
    /// `from`), and those chained to it by "and"; returns the word after the last.
    pub(super) fn chain(&self, from: usize, mut verb: usize, out: &mut Vec<Predicate>) -> usize {
        let mut from = from;
        loop {
            let end = self.phrase_end(verb);
            out.push(self.predicate(from, verb, end));
            let next = self.skip_then(end + 1);
            if end < self.words.len() && self.has(end, AND_OR) && self.verb_like(next) {
                from = self.words[next].0;
                verb = next;
                continue;
            }
            return end;
        }
    }
}
