//! What a commitment says it will do, sentence by sentence: the predicates `japanese`
//! and `english` find by the shape of the sentence, and what each one carries (is it
//! an act, is there something to observe, is its amount left open, does it open
//! something). The rules only read these.

use std::ops::Range;

use super::dates::{Marker, When};
use super::scanner::{Token, TokenKind};
use super::text::{is_kana, is_kanji, Text};
use super::vocabulary::Word;
use super::{Attitude, Hedge, Outcome};

/// One sentence: chars `start..end` (without its end mark) and its tokens.
pub(crate) struct Sentence {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) tokens: Range<usize>,
    /// Written in Latin letters (a Japanese noun or two among many English words, with
    /// no hiragana, included): English word order applies.
    pub(crate) english: bool,
    /// A count or a rhythm somewhere in it (30分, 毎朝, every Monday, 3 books).
    pub(crate) measured: bool,
    /// A time somewhere in it, a rhythm included.
    pub(crate) timed: bool,
    /// A day the act is done on or by (12月1日に, by Friday), rather than only a
    /// beginning: the act is done once, not taken up as a habit.
    pub(crate) one_shot: bool,
}

/// A predicate: a verb and what the sentence attaches to it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Predicate {
    /// Chars quoted when the report names the act: the verb and what it acts on.
    pub(crate) words: (usize, usize),
    /// Chars of the verb itself, highlighted as the act.
    pub(crate) head: (usize, usize),
    /// Where the predicate ends: a time before it may bind it.
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    /// A clause of reason or purpose (〜ので, 〜ため): it neither commits to anything
    /// nor takes a time set off by 、 from the main clause.
    pub(crate) subordinate: bool,
    /// An act that opens something (申し込む, sign up): a deadline on it is a start.
    pub(crate) opens: bool,
    /// Something a third party could look at comes with the verb: an object or other
    /// complement, a count, a rhythm or a time.
    pub(crate) anchored: bool,
    /// What leaves the amount open, and its chars, unless a count says how much.
    pub(crate) hedge: Option<(Hedge, usize, usize)>,
}

/// What a predicate commits to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An act, whatever the verb: it is not in the closed lists of what is not one.
    Act,
    Outcome(Outcome),
    /// An attitude, an effort, a wish, a state of being, a thought.
    NotAnAct(Attitude),
}

/// The sentences of the text and the predicates of each, in text order.
pub(crate) fn find(text: &Text, tokens: &[Token]) -> (Vec<Sentence>, Vec<Vec<Predicate>>) {
    let mut sentences = Vec::new();
    let mut first_token = 0;
    let mut start = 0;
    for (k, token) in tokens.iter().enumerate() {
        if matches!(token.kind, TokenKind::SentenceEnd) {
            sentences.push(sentence(text, tokens, start, token.start, first_token..k));
            start = token.end;
            first_token = k + 1;
        }
    }
    if start < text.len() || first_token < tokens.len() {
        sentences.push(sentence(
            text,
            tokens,
            start,
            text.len(),
            first_token..tokens.len(),
        ));
    }
    let predicates = sentences
        .iter()
        .map(|sentence| {
            let mut found = Vec::new();
            if sentence.english {
                super::english::predicates(text, tokens, sentence, &mut found);
            } else {
                super::japanese::predicates(text, tokens, sentence, &mut found);
            }
            found
        })
        .collect();
    (sentences, predicates)
}

fn sentence(
    text: &Text,
    tokens: &[Token],
    start: usize,
    end: usize,
    range: Range<usize>,
) -> Sentence {
    let english = english_order(text, &tokens[range.clone()], start, end);
    let mut measured = false;
    let mut timed = false;
    let mut one_shot = false;
    for token in &tokens[range.clone()] {
        match token.kind {
            TokenKind::Word(Word::Measure) => measured = true,
            TokenKind::Time { when, marker } => {
                timed = true;
                measured |= when == When::Recurring;
                one_shot |= when != When::Recurring && marker != Marker::From;
            }
            _ => {}
        }
    }
    Sentence {
        start,
        end,
        tokens: range,
        english,
        measured,
        timed,
        one_shot,
    }
}

/// Whether chars `start..end` take English word order: written in Latin letters, or
/// mostly so with a Japanese noun or two and no hiragana to join them ("Set up a 勉強会
/// on cloud cost", "Share the 議事録"), or opening with "I will" / "we'll" whatever the
/// nouns after it ("I will 申し込み QC検定 by 12月20日").
///
/// A Japanese time before an English clause (来週の月曜日から、I will write 日報…) is
/// only the time: its kana say nothing of the order of the words after it, so the chars
/// of a time written in Japanese, and of the particle right after it (から, までに), are
/// left out. So are the kana that end a Japanese noun standing among English words
/// (申し込み before a space or a Latin letter): they belong to the noun, not to a
/// Japanese predicate.
fn english_order(text: &Text, tokens: &[Token], start: usize, end: usize) -> bool {
    let hiragana_at = |i: usize| i < end && ('ぁ'..='ゖ').contains(&text.at(i));
    let (mut hiragana, mut japanese, mut latin_words) = (false, 0, 0);
    let mut first_latin = None;
    // A sentence that is only a time in Japanese (12/1から) stays Japanese.
    let mut skipped_japanese = false;
    let mut next = 0;
    let mut i = start;
    while i < end {
        while next < tokens.len() && tokens[next].end <= i {
            next += 1;
        }
        let token = tokens.get(next).filter(|t| t.start <= i);
        let written_in_japanese = |t: &Token| (t.start..t.end).any(|k| !text.at(k).is_ascii());
        if let Some(t) =
            token.filter(|t| matches!(t.kind, TokenKind::Time { .. }) && written_in_japanese(t))
        {
            skipped_japanese = true;
            i = t.end;
            while i < t.end + 3 && hiragana_at(i) {
                i += 1;
            }
            continue;
        }
        if let Some(t) =
            token.filter(|t| matches!(t.kind, TokenKind::Word(_)) && is_kanji(text.at(t.start)))
        {
            let mut to = t.end;
            while to < t.end + 2 && hiragana_at(to) {
                to += 1;
            }
            let noun_end = to >= end || text.at(to) == ' ' || text.at(to).is_ascii_alphanumeric();
            if noun_end {
                japanese += (t.start..to).filter(|&k| is_kanji(text.at(k))).count();
                i = to;
                continue;
            }
        }
        let c = text.at(i);
        hiragana |= ('ぁ'..='ゖ').contains(&c);
        japanese += usize::from(is_kana(c) || is_kanji(c));
        if c.is_ascii_alphabetic() && text.is_word_start(i) {
            latin_words += 1;
            first_latin.get_or_insert(i);
        }
        i += 1;
    }
    let committed_opening = first_latin.is_some_and(|at| {
        [
            "i will ",
            "i'll ",
            "we will ",
            "we'll ",
            "i am going to ",
            "i'm going to ",
        ]
        .iter()
        .any(|opening| text.match_at(at, opening).is_some())
    });
    if japanese == 0 && latin_words == 0 {
        return !skipped_japanese;
    }
    japanese == 0
        || (!hiragana && (committed_opening || (latin_words >= 4 && latin_words > japanese)))
}

/// The tokens of `range` that lie inside chars `from..to`.
pub(crate) fn tokens_within<'t>(
    tokens: &'t [Token],
    range: &Range<usize>,
    from: usize,
    to: usize,
) -> impl Iterator<Item = &'t Token> {
    let slice = &tokens[range.clone()];
    let first = slice.partition_point(|t| t.start < from);
    slice[first..].iter().take_while(move |t| t.end <= to)
}

/// What leaves the amount of an act open: its verb, when the verb names no visible
/// result (見直す; as a noun, 振り返り会, it is not the verb), or else the first hedge in
/// chars `from..to` (できるだけ, more).
pub(crate) fn hedge_of(
    tokens: &[Token],
    range: &Range<usize>,
    head: Option<&Token>,
    from: usize,
    to: usize,
) -> Option<(Hedge, usize, usize)> {
    match head {
        Some(Token {
            kind: TokenKind::Word(Word::VagueVerb(hedge)),
            start,
            end,
            ..
        }) => return Some((*hedge, *start, *end)),
        Some(Token {
            kind: TokenKind::Word(Word::Generic),
            start,
            end,
            ..
        }) => return Some((Hedge::Generic, *start, *end)),
        _ => {}
    }
    let hedge = tokens_within(tokens, range, from, to).find_map(|t| match t.kind {
        TokenKind::Word(Word::Hedge(hedge)) => Some((hedge, t.start, t.end)),
        _ => None,
    });
    // An attitude adverb (積極的に, proactively) leaves the amount of a habit as open
    // as a hedge does; the rules let it pass on an act done once, on a given day.
    hedge.or_else(|| {
        tokens_within(tokens, range, from, to).find_map(|t| match t.kind {
            TokenKind::Word(Word::AttitudeAdverb(_)) => Some((Hedge::Manner, t.start, t.end)),
            _ => None,
        })
    })
}

/// The attitude a generic verb takes from the words before it: 意識して行動する is
/// being aware, not an act.
pub(crate) fn attitude_before_generic(
    tokens: &[Token],
    range: &Range<usize>,
    head: Option<&Token>,
    from: usize,
) -> Option<Attitude> {
    let head = head.filter(|t| matches!(t.kind, TokenKind::Word(Word::Generic)))?;
    tokens_within(tokens, range, from, head.start).find_map(|t| match t.kind {
        TokenKind::Word(Word::AttitudeVerb(attitude) | Word::AttitudeAdverb(attitude)) => {
            Some(attitude)
        }
        _ => None,
    })
}

/// Whether an act that opens something is named in chars `from..to`.
pub(crate) fn opening_within(
    tokens: &[Token],
    range: &Range<usize>,
    from: usize,
    to: usize,
) -> bool {
    tokens_within(tokens, range, from, to).any(|t| matches!(t.kind, TokenKind::Word(Word::Opening)))
}

/// The kind a listed word gives the predicate it heads, if it decides it.
pub(crate) fn kind_of_head(word: Word) -> Option<Kind> {
    match word {
        Word::Opening | Word::VagueVerb(_) | Word::Generic | Word::Other => Some(Kind::Act),
        Word::Outcome(outcome) => Some(Kind::Outcome(outcome)),
        Word::AttitudeVerb(attitude) => Some(Kind::NotAnAct(attitude)),
        Word::AttitudeAdverb(_) | Word::Hedge(_) | Word::Vague(_) | Word::Measure => None,
    }
}
