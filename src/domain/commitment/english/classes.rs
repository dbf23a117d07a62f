//! The classes of English words the reader asks about: modals and auxiliaries,
//! subjects that commit ("I", "we"), what may come before "going to" or "plan to",
//! adverbs, words that open a clause, start an object or end a phrase. One bit per
//! class, so that each word is looked up once and every later question is a bit test.

/// What a word is, for reading a sentence: one bit per class of words, looked up once
/// per word by `classes_of` (a `match`, which the compiler turns into a few compares)
/// rather than by searching lists at every question the reader asks.
pub(super) const MODAL: u32 = 1 << 0;
/// "I", "we": a subject that commits.
pub(super) const SUBJECT: u32 = 1 << 1;
/// What may come before "going to".
pub(super) const BEFORE_GOING: u32 = 1 << 2;
pub(super) const GOING: u32 = 1 << 3;
pub(super) const TO: u32 = 1 << 4;
/// "plan", "intend", "promise"… before "to".
pub(super) const PLANNED: u32 = 1 << 5;
/// What may come before "plan to".
pub(super) const BEFORE_PLANNED: u32 = 1 << 6;
/// Auxiliaries and modals after "I": not the verb itself.
pub(super) const AUXILIARY: u32 = 1 << 7;
/// Words that open a clause inside another ("what I hear", "when I can"): the "I"
/// after them does not commit to anything.
pub(super) const CLAUSE_OPENER: u32 = 1 << 8;
/// Adverbs that may stand between the modal and the verb, besides any word in -ly.
pub(super) const ADVERB: u32 = 1 << 9;
/// Verbs in -ly, which are not adverbs.
pub(super) const LY_VERB: u32 = 1 << 10;
/// Pronouns and the like, which are never a verb after "and".
pub(super) const NOT_VERB: u32 = 1 << 11;
/// Words that start what a verb acts on: a determiner, a pronoun, a number, or a
/// preposition that comes with a phrasal verb.
pub(super) const OBJECT_START: u32 = 1 << 12;
/// What ends a predicate's phrase: a new clause of reason, time or condition.
pub(super) const SUBORDINATOR: u32 = 1 << 13;
pub(super) const AND_OR: u32 = 1 << 14;
/// A subject that starts a new clause.
pub(super) const SUBJECT_LIKE: u32 = 1 << 15;
pub(super) const THEN: u32 = 1 << 16;
/// "I'd", "we'd": a subject with its wish.
pub(super) const WISH_SUBJECT: u32 = 1 << 17;
/// "have", "I've", "we've": what may begin the perfect of an act under way.
pub(super) const HAVE: u32 = 1 << 18;

pub(super) fn classes_of(word: &str) -> u32 {
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
        "have" => AUXILIARY | HAVE | PLANNED,
        "i've" | "we've" => HAVE,
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
        | "certainly" | "soon" | "further" | "even" | "already" => ADVERB,
        "then" => ADVERB | NOT_VERB | THEN,
        "all" | "each" => ADVERB | OBJECT_START,
        "apply" | "reply" | "supply" | "rely" | "comply" | "multiply" | "fly" | "tally"
        | "rally" | "ally" | "bully" => LY_VERB,
        "you" | "he" | "she" | "they" | "not" | "by" | "starting" | "beginning" => NOT_VERB,
        // "90% or above", "2 or higher": a comparison that ends a figure, never a verb.
        "above" | "higher" | "below" => NOT_VERB,
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
