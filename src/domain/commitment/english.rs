//! English predicates, found by the shape of the sentence. A commitment in English puts
//! its verb right after a modal ("I will water", "I'll walk", "I'm going to book", "we
//! plan to hold"), with adverbs in between ("I will always", "I will proactively"), or
//! after "I"/"we" in the present ("Every Friday I update"); the verb's object follows.
//! "and" + a verb with its own object chains a further act ("count the stock and list
//! any gaps"). The closed lists then say whether the verb is not an act (try to, aim
//! to, want to, be, become, stay, think), a result (pass, achieve), or an act that
//! opens something (sign up, book); any other verb is an act.

use super::predicates::{hedge_of, kind_of_head, opening_within, Kind, Predicate, Sentence};
use super::scanner::{Token, TokenKind};
use super::text::{alternatives, is_latin_word_char, Text};
use super::vocabulary::Word;
use super::Attitude;

/// What a word is, for reading a sentence: one bit per class of words, looked up once
/// per word by `classes_of` (a `match`, which the compiler turns into a few compares)
/// rather than by searching lists at every question the reader asks.
const MODAL: u32 = 1 << 0;
/// "I", "we": a subject that commits.
const SUBJECT: u32 = 1 << 1;
/// What may come before "going to".
const BEFORE_GOING: u32 = 1 << 2;
const GOING: u32 = 1 << 3;
const TO: u32 = 1 << 4;
/// "plan", "intend", "promise"… before "to".
const PLANNED: u32 = 1 << 5;
/// What may come before "plan to".
const BEFORE_PLANNED: u32 = 1 << 6;
/// Auxiliaries and modals after "I": not the verb itself.
const AUXILIARY: u32 = 1 << 7;
/// Words that open a clause inside another ("what I hear", "when I can"): the "I"
/// after them does not commit to anything.
const CLAUSE_OPENER: u32 = 1 << 8;
/// Adverbs that may stand between the modal and the verb, besides any word in -ly.
const ADVERB: u32 = 1 << 9;
/// Verbs in -ly, which are not adverbs.
const LY_VERB: u32 = 1 << 10;
/// Pronouns and the like, which are never a verb after "and".
const NOT_VERB: u32 = 1 << 11;
/// Words that start what a verb acts on: a determiner, a pronoun, a number, or a
/// preposition that comes with a phrasal verb.
const OBJECT_START: u32 = 1 << 12;
/// What ends a predicate's phrase: a new clause of reason, time or condition.
const SUBORDINATOR: u32 = 1 << 13;
const AND_OR: u32 = 1 << 14;
/// A subject that starts a new clause.
const SUBJECT_LIKE: u32 = 1 << 15;
const THEN: u32 = 1 << 16;
/// "I'd", "we'd": a subject with its wish.
const WISH_SUBJECT: u32 = 1 << 17;

fn classes_of(word: &str) -> u32 {
    // One arm per set of classes, so that each word is compared once.
    match word {
        "will" => AUXILIARY | BEFORE_PLANNED | MODAL,
        "shall" | "must" | "should" | "gonna" => AUXILIARY | MODAL,
        "i" | "we" => BEFORE_GOING | BEFORE_PLANNED | NOT_VERB | SUBJECT | SUBJECT_LIKE,
        "am" => AUXILIARY | BEFORE_GOING | BEFORE_PLANNED,
        "are" | "is" => BEFORE_GOING,
        "i'm" => AUXILIARY | BEFORE_GOING | BEFORE_PLANNED | NOT_VERB | SUBJECT_LIKE,
        "we're" => BEFORE_GOING | BEFORE_PLANNED | NOT_VERB | SUBJECT_LIKE,
        "plan" | "plans" | "planning" | "intend" | "intends" | "intending" | "promise"
        | "commit" | "committed" | "need" | "has" | "decided" => PLANNED,
        "have" => AUXILIARY | PLANNED,
        "going" => GOING | PLANNED,
        "also" => ADVERB | AUXILIARY | BEFORE_PLANNED | NOT_VERB,
        "was" | "were" | "had" | "do" | "did" | "would" | "could" | "can" | "might" | "may"
        | "won't" | "can't" | "cannot" | "don't" | "didn't" | "wouldn't" => AUXILIARY,
        "what" | "that" | "how" => CLAUSE_OPENER | OBJECT_START,
        "which" | "who" | "whom" | "where" | "than" | "until" | "before" | "after" | "once" => {
            CLAUSE_OPENER
        }
        "when" | "whenever" | "if" | "as" | "because" | "so" | "while" | "unless" | "though"
        | "although" => CLAUSE_OPENER | SUBORDINATOR,
        "always" | "first" | "still" | "just" | "now" | "again" | "both" | "definitely"
        | "personally" | "finally" | "really" | "immediately" | "promptly" | "actually"
        | "certainly" | "soon" | "further" | "even" => ADVERB,
        "then" => ADVERB | NOT_VERB | THEN,
        "all" | "each" => ADVERB | OBJECT_START,
        "apply" | "reply" | "supply" | "rely" | "comply" | "multiply" | "fly" | "tally"
        | "rally" | "ally" | "bully" => LY_VERB,
        "you" | "he" | "she" | "they" | "not" | "by" | "starting" | "beginning" => NOT_VERB,
        "myself" | "the" | "a" | "an" | "my" | "our" => NOT_VERB | OBJECT_START,
        "and" | "or" => AND_OR | NOT_VERB,
        "to" => NOT_VERB | OBJECT_START | TO,
        "your" | "his" | "her" | "their" | "its" | "this" | "these" | "those" | "some" | "any"
        | "every" | "no" | "one" | "two" | "three" | "four" | "five" | "six" | "seven"
        | "eight" | "nine" | "ten" | "it" | "them" | "him" | "me" | "us" | "about" | "through"
        | "with" | "for" | "on" | "up" | "out" | "in" | "at" | "from" | "into" | "off" | "down"
        | "back" | "over" | "everyone" | "everybody" => OBJECT_START,
        "i'd" | "we'd" => WISH_SUBJECT,
        _ => 0,
    }
}

/// The last word of "keep X …" when X is kept in a state.
const KEPT_STATES: &str =
    "date|current|tidy|clean|neat|organised|organized|updated|short|simple|low|high";

/// Verbs that, with a result as their object, state the result (get my licence).
const RESULT_VERBS: &str = "get|gain|raise|increase|boost|lift|earn|secure|win|hit|reach|improve";

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
    // A hedge may stand after the phrase ("exercise whenever I can", "help juniors as
    // much as possible"): it belongs to the act until the next one begins.
    for k in before..out.len() {
        let until = out.get(k + 1).map_or(sentence.end, |next| next.head.0);
        let predicate = &mut out[k];
        if predicate.kind == Kind::Act && predicate.hedge.is_none() {
            predicate.hedge = hedge_of(tokens, &sentence.tokens, None, predicate.head.0, until);
        }
    }
    // No modal and no "I": an imperative, if the first word of the sentence or of its
    // second part is one the lists know ("Stay humble and keep learning.").
    if out.len() == before {
        imperative(&reader, out);
    }
    // Still nothing, in a note with a count after a colon ("From Monday: 20 minutes
    // of drills before work"): it may be an act, and the check asks rather than fails.
    if out.len() == before {
        counted_note(&reader, out);
    }
}

/// The note after a colon, when it counts something in figures.
fn counted_note(reader: &Reader, out: &mut Vec<Predicate>) {
    let (text, sentence) = (reader.text, reader.sentence);
    let Some(colon) = (sentence.start..sentence.end).find(|&i| text.at(i) == ':') else {
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
        out.push(Predicate {
            words: (start, end),
            head: (start, end),
            end,
            kind: Kind::Act,
            subordinate: false,
            opens: false,
            anchored: false,
            hedge: None,
        });
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
    for k in first_of_part.take(3) {
        let k = reader.skip_adverbs(k);
        // After a time set off by a comma ("Starting next week, communicate more
        // with my team"), the first word is the verb of an imperative.
        let after_time = k > 0 && reader.only_a_time_before(k);
        if reader.listed_head(k) || reader.verb_like(k) || after_time {
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

    /// Whether word `k` heads a predicate by itself: a listed act, result or attitude.
    fn listed_head(&self, k: usize) -> bool {
        self.word_at(k).and_then(kind_of_head).is_some()
            && !matches!(self.word_at(k), Some(Word::Other))
    }

    /// The word a wish begins at, when "I" or "we" come with one: "I'd like to" (one
    /// listed phrase with its subject), "I would like to", "we hope to".
    fn wish_at(&self, k: usize) -> Option<usize> {
        let wish = |j: usize| matches!(self.word_at(j), Some(Word::AttitudeVerb(Attitude::Want)));
        if self.has(k, WISH_SUBJECT) && wish(k) {
            Some(k)
        } else {
            (self.has(k, SUBJECT) && wish(k + 1)).then_some(k + 1)
        }
    }

    /// The word after a modal at `k` ("will", "I'll", "am going to", "plan to").
    fn after_modal(&self, k: usize) -> Option<usize> {
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

    /// Skips the adverbs after a modal; listed adverbs and hedges are noted by their
    /// own tokens.
    fn skip_adverbs(&self, mut k: usize) -> usize {
        while k < self.words.len() {
            // "make sure to", "be sure to" only stress the verb that follows.
            if self.is(k, "make|be") && self.is(k + 1, "sure") && self.is(k + 2, "to") {
                k += 3;
                continue;
            }
            let adverb = self.has(k, ADVERB)
                || (self.ends_with(k, "ly") && !self.has(k, LY_VERB))
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
    fn only_a_time_before(&self, k: usize) -> bool {
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

    /// Whether word `k`, after "and", is a verb: a listed one, or one followed by
    /// what it acts on ("and list any gaps", "and meet them").
    fn verb_like(&self, k: usize) -> bool {
        if k >= self.words.len() || self.has(k, NOT_VERB | OBJECT_START) {
            return false;
        }
        self.listed_head(k) || self.has(k + 1, OBJECT_START) || self.starts_with_digit(k + 1)
    }

    fn starts_with_digit(&self, k: usize) -> bool {
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
    fn chain(&self, from: usize, mut verb: usize, out: &mut Vec<Predicate>) -> usize {
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

    fn predicate(&self, from: usize, verb: usize, end: usize) -> Predicate {
        let (mut kind, head) = self.kind(verb, end);
        // "act with integrity", "behave proactively": the manner is the commitment.
        if kind == Kind::Act && matches!(self.word_at(verb), Some(Word::Generic)) {
            let manner = super::predicates::tokens_within(
                self.tokens,
                &self.sentence.tokens,
                self.words[verb].0,
                self.words[end - 1].1,
            )
            .find_map(|t| match t.kind {
                TokenKind::Word(Word::AttitudeVerb(a) | Word::AttitudeAdverb(a)) => Some(a),
                _ => None,
            });
            if let Some(attitude) = manner {
                kind = Kind::NotAnAct(attitude);
            }
        }
        let verb_start = self.words[verb].0;
        let phrase_end = self.words[end - 1].1.max(verb_start);
        let range = &self.sentence.tokens;
        let is_act = kind == Kind::Act;
        // Something to observe: a word after the verb that is not an adverb, or a
        // count, a rhythm or a time in the sentence.
        let complement = (head + 1..end).any(|k| !self.ends_with(k, "ly") && !self.has(k, ADVERB));
        Predicate {
            words: (verb_start, phrase_end),
            head: (verb_start, self.words[head].1),
            end: phrase_end,
            kind,
            subordinate: false,
            opens: is_act && opening_within(self.tokens, range, verb_start, phrase_end),
            anchored: complement || self.sentence.timed || self.sentence.measured,
            hedge: hedge_of(
                self.tokens,
                range,
                self.token_at(head),
                from.min(verb_start),
                phrase_end,
            )
            .filter(|_| is_act),
        }
    }

    /// What the verb at word `verb` commits to, and the word that is the verb proper.
    fn kind(&self, verb: usize, end: usize) -> (Kind, usize) {
        // "raise my score", "get my licence", "improve my TOEIC score": the result is
        // what is committed to.
        if self.is(verb, RESULT_VERBS) {
            let (from, to) = (self.words[verb].0, self.words[end - 1].1);
            let result =
                super::predicates::tokens_within(self.tokens, &self.sentence.tokens, from, to)
                    .find_map(|t| match t.kind {
                        TokenKind::Word(Word::Outcome(outcome)) => Some(outcome),
                        _ => None,
                    });
            if let Some(outcome) = result {
                return (Kind::Outcome(outcome), verb);
            }
        }
        if let Some(kind) = self.word_at(verb).and_then(kind_of_head) {
            // A wish for an attitude ("want to become someone") is that attitude.
            if kind == Kind::NotAnAct(Attitude::Want) {
                let token_end = self.token_at(verb).map_or(self.words[verb].1, |t| t.end);
                let next = (verb + 1..end).find(|&k| self.words[k].0 >= token_end);
                if let Some(Kind::NotAnAct(attitude)) =
                    next.and_then(|k| self.word_at(k)).and_then(kind_of_head)
                {
                    return (Kind::NotAnAct(attitude), verb);
                }
            }
            if !matches!(self.word_at(verb), Some(Word::Other)) {
                return (kind, verb);
            }
        }
        let next_is_ing = self.ends_with(verb + 1, "ing") && verb + 1 < end;
        if self.is(verb, "be") {
            // "be running a workshop" is the act; "be at my desk by 8:30", "be on time"
            // say where one will be, which anyone can see; "be patient" is a state.
            return if next_is_ing {
                self.kind(verb + 1, end)
            } else if self.is(verb + 1, "on|at|in|there|back|home") {
                (Kind::Act, verb)
            } else {
                (Kind::NotAnAct(Attitude::Become), verb)
            };
        }
        if self.is(verb, "feel|not|never") {
            let attitude = if self.is(verb, "feel") {
                Attitude::Become
            } else {
                Attitude::KeepInMind
            };
            return (Kind::NotAnAct(attitude), verb);
        }
        // "put my wellbeing first", "put family first": to put something first is to
        // value it.
        if self.is(verb, "put") && end > verb + 2 && self.is(end - 1, "first") {
            return (Kind::NotAnAct(Attitude::Value), verb);
        }
        if self.is(verb, "keep") && next_is_ing && verb + 2 >= end {
            return (Kind::NotAnAct(Attitude::KeepGoing), verb);
        }
        // "keep my certifications up to date", "keep my desk tidy": a state kept, unless
        // a rhythm says when it is seen to ("keep the stock list current every Friday").
        if self.is(verb, "keep")
            && end > verb + 2
            && self.is(end - 1, KEPT_STATES)
            && !self.sentence.measured
        {
            return (Kind::NotAnAct(Attitude::Stay), verb);
        }
        if self.is(verb, "have|'ve")
            && (self.ends_with(verb + 1, "ed")
                || self.is(
                    verb + 1,
                    "read|done|made|built|written|taken|sent|held|set|finished|completed",
                ))
        {
            return (Kind::Act, verb + 1);
        }
        (Kind::Act, verb)
    }
}
