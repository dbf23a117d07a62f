//! What the verb of an English predicate commits to: an act, a closed form that is
//! no act (a wish for an attitude, "be patient", "feel", "never", "put X first",
//! "keep learning", "keep my desk tidy"), or a result ("get my licence"); and whether
//! something a third party can observe comes with it (a complement after the verb, a
//! count, a rhythm or a time in the sentence); and whether it opens something (a listed
//! verb, or the first session of something as its object).

use super::classes::{ADVERB, NOT_VERB, OBJECT_START};
use super::{
    hedge_of, kind_of_head, opening_within, Attitude, Kind, Predicate, Reader, TokenKind, Word,
};
use crate::domain::commitment::predicates::tokens_within;
use crate::domain::commitment::vocabulary::in_mind_at;
use crate::domain::commitment::Outcome;

/// The last word of "keep X …" when X is kept in a state.
const KEPT_STATES: &str =
    "date|current|tidy|clean|neat|organised|organized|updated|short|simple|low|high";

/// Verbs that, with a result as their object, state the result (get my licence).
/// What a licence makes of a person ("become a licensed optician"). Not "certified":
/// "become a certified …" cost a report set (batch 6) a row when it was tried.
const LICENSED: &str = "licensed|qualified|accredited|registered";

/// What "get" makes of one, with a name between them ("Get Salesforce certified").
pub(super) const CERTIFIED: &str = "certified|licensed|qualified|accredited";

const RESULT_VERBS: &str = "get|gain|raise|increase|boost|lift|earn|secure|win|hit|reach|improve";

/// Light verbs whose bare noun is the verb itself ("make proposals" is to propose, 提案
/// する; "give feedback"): the noun is no object of its own.
const LIGHT_VERBS: &str = "make|makes|do|does|give|gives";

/// The words that lead a time ("from 7 December", "starting next week").
const TIME_LEADS: &str =
    "from|on|by|in|at|starting|beginning|until|till|before|after|within|during|through|over";

impl Reader<'_, '_> {
    /// Whether word `k` begins "with X in mind" (`vocabulary::in_mind_at`).
    pub(super) fn in_mind(&self, k: usize) -> bool {
        self.token_at(k).is_some_and(|t| {
            t.kind == TokenKind::Word(Word::AttitudeVerb(Attitude::BeAware))
                && in_mind_at(self.text, t.start) == Some(t.end)
        })
    }

    /// Whether the act `predicate` is only the occasion of "with X in mind" said in
    /// chars `since..until` (its clause, up to the next act): it has nothing of its own a
    /// third party could observe, as 顧客満足度を意識して提案する has not (`japanese::
    /// manner`). What counts is a word after the verb besides the attitude, an adverb, a
    /// time and the bare noun of a light verb ("make proposals"): an object, a person, a
    /// place. A count or a rhythm in the sentence, an act that opens something and one
    /// whose amount is open already are left as they are read.
    pub(super) fn occasion_of_in_mind(
        &self,
        predicate: &Predicate,
        since: usize,
        until: usize,
    ) -> bool {
        if predicate.kind != Kind::Act
            || predicate.opens
            || predicate.hedge.is_some()
            || self.sentence.measured
        {
            return false;
        }
        // The tokens are in text order: only those of the clause are looked at.
        let Some(attitude) = tokens_within(self.tokens, &self.sentence.tokens, since, until)
            .find(|t| {
                t.kind == TokenKind::Word(Word::AttitudeVerb(Attitude::BeAware))
                    && in_mind_at(self.text, t.start) == Some(t.end)
            })
            .map(|t| (t.start, t.end))
        else {
            return false;
        };
        let verb = self.words.partition_point(|w| w.0 < predicate.head.0);
        if self.words.get(verb).is_none_or(|w| w.0 != predicate.head.0) {
            return false;
        }
        let slice = &self.tokens[self.sentence.tokens.clone()];
        let in_a_time = |k: usize| {
            self.words.get(k).is_some_and(|&(at, _)| {
                let next = slice.partition_point(|t| t.end <= at);
                slice
                    .get(next)
                    .is_some_and(|t| matches!(t.kind, TokenKind::Time { .. }) && t.start <= at)
            })
        };
        // A time and the word that leads it ("from 7 December") say when, not what.
        let timed = |k: usize| in_a_time(k) || (self.is(k, TIME_LEADS) && in_a_time(k + 1));
        let mut own = (verb + 1..self.words.len())
            // Up to the next act, not only the phrase: "listen to customers" ends its
            // phrase at "to", which may be a purpose.
            .take_while(|&k| self.words[k].1 <= until)
            .filter(|&k| !(attitude.0 <= self.words[k].0 && self.words[k].0 < attitude.1))
            .filter(|&k| !timed(k))
            .filter(|&k| !self.has(k, ADVERB) && !self.ends_with(k, "ly"));
        let first = own.next();
        let bare_noun = |k: usize| {
            k == verb + 1
                && self.is(verb, LIGHT_VERBS)
                && !self.has(k, NOT_VERB | OBJECT_START)
                && !self.starts_with_digit(k)
        };
        match first {
            None => true,
            Some(k) if bare_noun(k) => own.next().is_none(),
            Some(_) => false,
        }
    }

    /// The predicate whose verb is word `verb`, its phrase ending before word `end`.
    pub(super) fn predicate(&self, from: usize, verb: usize, end: usize) -> Predicate {
        if let Some(predicate) = self.japanese_opening_before(verb, end) {
            return predicate;
        }
        let (mut kind, head) = self.kind(verb, end);
        // "act with integrity", "behave proactively": the manner is the commitment; and
        // a mind kept or taken up ("keep a growth mindset") is that mind.
        let generic = matches!(self.word_at(verb), Some(Word::Generic));
        let holds = self.is(verb, "keep|have|maintain|adopt|develop|build");
        if kind == Kind::Act && (generic || holds) {
            let manner = tokens_within(
                self.tokens,
                &self.sentence.tokens,
                self.words[verb].0,
                self.words[end - 1].1,
            )
            .find_map(|t| match t.kind {
                TokenKind::Word(Word::AttitudeVerb(a) | Word::AttitudeAdverb(a)) if generic => {
                    Some(a)
                }
                TokenKind::Word(Word::AttitudeVerb(Attitude::FreshStart)) => {
                    Some(Attitude::FreshStart)
                }
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
            opens: is_act
                && (opening_within(self.tokens, range, verb_start, phrase_end)
                    || self.first_session_within(head + 1, end)
                    || self.shown_to_someone(head, end)),
            anchored: complement || self.sentence.timed || self.sentence.measured,
            hedge: hedge_of(
                self.tokens,
                range,
                // "act as mentor for two new hires": acting as someone is taking a role,
                // which shows; "act" alone says only that one acts.
                self.token_at(head).filter(|_| !self.is(head + 1, "as")),
                from.min(verb_start),
                phrase_end,
            )
            .filter(|&(_, at, _)| is_act && !self.hedge_in_a_noun_clause(at)),
        }
    }

    /// "I will 申し込み QC検定 by 12月20日": a Japanese noun of an act that opens
    /// something (申し込み, 予約, 登録, 提出, 応募), written where the verb stands, right
    /// before the first Latin word after the modal, is that act, and what follows is
    /// what it opens.
    fn japanese_opening_before(&self, verb: usize, end: usize) -> Option<Predicate> {
        let gap_start = self.words[verb.checked_sub(1)?].1;
        let verb_start = self.words[verb].0;
        let opening = tokens_within(self.tokens, &self.sentence.tokens, gap_start, verb_start)
            .find(|t| {
                t.kind == TokenKind::Word(Word::Opening) && !self.text.at(t.start).is_ascii()
            })?;
        let phrase_end = self.words[end - 1].1.max(verb_start);
        // Quoted up to a time after it ("by 12月20日"), with a Japanese noun glued to the
        // last Latin word kept whole (QC検定).
        let time = tokens_within(
            self.tokens,
            &self.sentence.tokens,
            verb_start,
            self.sentence.end,
        )
        .find(|t| matches!(t.kind, TokenKind::Time { .. }))
        .map_or(phrase_end, |t| t.start.min(phrase_end));
        // The word that leads the time ("by") goes with it.
        let lead = (verb + 1..end)
            .rev()
            .find(|&k| self.words[k].1 <= time && self.words[k].0 >= verb_start);
        let cut = match lead {
            Some(k) if self.is(k, TIME_LEADS) => self.words[k].0,
            _ => time,
        };
        let mut quoted = (verb_start..cut)
            .rev()
            .find(|&i| !self.text.at(i).is_whitespace())
            .map_or(phrase_end, |i| i + 1);
        while quoted < self.sentence.end && {
            let c = self.text.at(quoted);
            !c.is_ascii() && !c.is_whitespace() && !matches!(c, '、' | '。')
        } {
            quoted += 1;
        }
        Some(Predicate {
            words: (opening.start, quoted),
            head: (opening.start, opening.end),
            end: phrase_end,
            kind: Kind::Act,
            subordinate: false,
            opens: true,
            anchored: true,
            hedge: None,
        })
    }

    /// Whether the verb at word `head` shows a thing to a person ("show it to my boss",
    /// "show the plan to the team"): handed over for them to see, as "submit" is, so the
    /// person can say whether it came. Showing with nobody named ("show leadership")
    /// hands nothing over.
    fn shown_to_someone(&self, head: usize, end: usize) -> bool {
        self.is(head, "show|shows|showed")
            && (head + 1..end.min(head + 6)).any(|k| {
                self.is(k, "to") && self.is(k + 1, "my|our|the|a|an|his|her|their|everyone")
            })
    }

    /// Whether words `from..end` name the first session of something ("have my first
    /// session with the coach", "attend the first class"): taking part in it opens that
    /// thing, as DOMAIN.md's first session, so a deadline on it is a start.
    fn first_session_within(&self, from: usize, end: usize) -> bool {
        (from..end).any(|k| {
            self.is(k, "first|1st")
                && (k + 1..(k + 3).min(end)).any(|n| self.is(n, super::SESSIONS))
        })
    }

    /// What the verb at word `verb` commits to, and the word that is the verb proper.
    fn kind(&self, verb: usize, end: usize) -> (Kind, usize) {
        // "raise my score", "get my licence", "improve my TOEIC score": the result is
        // what is committed to.
        if self.is(verb, RESULT_VERBS) {
            let (from, to) = (self.words[verb].0, self.words[end - 1].1);
            let result =
                tokens_within(self.tokens, &self.sentence.tokens, from, to).find_map(|t| {
                    match t.kind {
                        TokenKind::Word(Word::Outcome(outcome)) => Some(outcome),
                        _ => None,
                    }
                });
            if let Some(outcome) = result {
                return (Kind::Outcome(outcome), verb);
            }
        }
        // "Become a licensed optician", "become a registered nurse": the licence is
        // obtained, a result, as 認定看護師になる.
        if self.is(verb, "become|becomes")
            && (verb + 1..end.min(verb + 4)).any(|k| self.is(k, LICENSED))
        {
            return (Kind::Outcome(Outcome::Obtain), verb);
        }
        if let Some(kind) = self.word_at(verb).and_then(kind_of_head) {
            // "reflect on the week with my manager": a reflection shared is an act, as
            // 課長と振り返る (`japanese::reflect`); alone it is thinking.
            if kind == Kind::NotAnAct(Attitude::Think)
                && self.is(
                    verb,
                    "reflect|reflects|reflected|reflecting|look|looks|looked|looking",
                )
                && (verb + 1..end)
                    .any(|k| (self.is(k, "with") && !self.in_mind(k)) || self.is(k, "together"))
            {
                return (Kind::Act, verb);
            }
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
            // Beginning to think ("start thinking about my career", "begin reflecting")
            // is thinking: the verb begun says what is done, as 考え始める.
            if self.is(verb, "start|starts|begin|begins") && verb + 1 < end {
                if let Some(Kind::NotAnAct(attitude)) =
                    self.word_at(verb + 1).and_then(kind_of_head)
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
                Attitude::Refrain
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
