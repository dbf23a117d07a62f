//! English predicates, found by the shape of the sentence. A commitment in English puts
//! its verb right after a modal ("I will water", "I'll walk", "I'm going to book", "we
//! plan to hold"), with adverbs in between ("I will always", "I will proactively"), or
//! after "I"/"we" in the present ("Every Friday I update"); the verb's object follows.
//! "and" + a verb with its own object chains a further act ("count the stock and list
//! any gaps"). The closed lists then say whether the verb is not an act (try to, aim
//! to, want to, be, become, stay, think), a result (pass, achieve), or an act that
//! opens something (sign up, book); any other verb is an act.
//!
//! This module walks a sentence to its predicates. `reader` reads it word by word and
//! holds what every question asks of a word (`Reader`); `classes` says what each word is
//! (a modal, a subject, an adverb…), `committed` finds the verb a commitment puts forward
//! (after a modal, "I", a wish's subject; the phrase it heads and the acts chained to it)
//! and `kind` says what that verb commits to (an act, a closed attitude, wish or state, a
//! result) and whether something observable comes with it; `without_subject` reads a
//! sentence with no modal and no "I": an imperative, or a note with no verb the reader
//! knows.

mod classes;
mod committed;
mod kind;
mod reader;
mod without_subject;

use super::dates::When;
use super::predicates::{hedge_of, kind_of_head, opening_within, Kind, Predicate, Sentence};
use super::scanner::{Token, TokenKind};
use super::text::Text;
use super::vocabulary::Word;
use super::Attitude;
use classes::{classes_of, AUXILIARY, CLAUSE_OPENER, SUBJECT, SUBORDINATOR};
use reader::{words_of, Reader};
use without_subject::{counted_note, first_of_rhythm_note, first_session_note, imperative};

/// What has a first session one attends.
const SESSIONS: &str = "class|session|lesson|lecture|workshop|seminar|meeting|meetup|practice";

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
    // Predicates said in a clause that a subordinator opens ("even though I'm retiring
    // in 18 months", "because I'm moving to Osaka"): a circumstance of the act.
    let mut in_subordinate_clause = Vec::new();
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
                let first = out.len();
                // ("so I'm going to…" is the act itself, a consequence, not a
                // circumstance.)
                let subordinate =
                    k > 0 && reader.has(k - 1, SUBORDINATOR) && !reader.is(k - 1, "so|as");
                k = reader.chain(words[k].0, verb, out);
                if subordinate {
                    in_subordinate_clause.extend(first..out.len());
                }
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
    if in_subordinate_clause.len() < out.len() - before {
        for &k in &in_subordinate_clause {
            out[k].subordinate = true;
        }
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
            predicate.hedge = hedge_of(tokens, &sentence.tokens, None, predicate.head.0, until)
                .filter(|&(_, at, _)| !reader.hedge_in_a_noun_clause(at));
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
