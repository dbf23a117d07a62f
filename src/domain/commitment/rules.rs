//! The two tests, applied to the predicates. Objective: is there an act with something
//! a third party can observe (or a result they can measure)? Start: does a datable
//! time bind an act, as its beginning (から, from), its day (に, on), or a deadline on
//! an act that opens something (申し込む, sign up)? A deadline on a result is not a start.

use chrono::NaiveDate;

use super::dates::{Marker, When};
use super::predicates::{self, Kind, Predicate, Sentence};
use super::scanner::{Token, TokenKind};
use super::text::Text;
use super::vocabulary::Word;
use super::{Attitude, Hedge, Outcome, Quote, Reason, Span, SpanKind, Trigger, VagueTime, Verdict};

/// Both verdicts and what the hints need to know about why.
pub(crate) struct Judgement {
    pub(crate) objective: Verdict,
    pub(crate) start: Verdict,
    pub(crate) start_date: Option<NaiveDate>,
    pub(crate) start_trigger: Option<Trigger>,
    pub(crate) empty: bool,
    pub(crate) attitude: Option<Attitude>,
    /// The hedge that kept an act from being objective, as written.
    pub(crate) hedge: Option<(Hedge, Quote)>,
    pub(crate) vague: Option<(VagueTime, Span)>,
    pub(crate) outcome_deadline: Option<Outcome>,
    pub(crate) act_deadline: Option<Quote>,
}

pub(crate) fn judge(text: &Text, tokens: &[Token], empty: bool) -> Judgement {
    let unmet = |reasons: Vec<Reason>| Verdict {
        met: false,
        reasons,
        spans: Vec::new(),
    };
    let mut judgement = Judgement {
        objective: unmet(vec![Reason::Empty]),
        start: unmet(vec![Reason::Empty]),
        start_date: None,
        start_trigger: None,
        empty,
        attitude: None,
        hedge: None,
        vague: None,
        outcome_deadline: None,
        act_deadline: None,
    };
    if empty {
        return judgement;
    }
    let (sentences, predicates) = predicates::find(text, tokens);
    objective(text, tokens, &sentences, &predicates, &mut judgement);
    judgement.start = unmet(Vec::new());
    start(text, tokens, &sentences, &predicates, &mut judgement);
    judgement
}

/// The person's words for chars `start..end`, whole.
fn quote(text: &Text, (start, end): (usize, usize)) -> Quote {
    Quote::new(text.original(start, end))
}

fn objective(
    text: &Text,
    tokens: &[Token],
    sentences: &[Sentence],
    predicates: &[Vec<Predicate>],
    judgement: &mut Judgement,
) {
    let mut act: Option<Reason> = None;
    let mut unsure: Option<Reason> = None;
    let mut outcome: Option<Outcome> = None;
    let mut unmeasured: Option<(Hedge, Quote, Span)> = None;
    let mut not_an_act: Option<Attitude> = None;
    let mut wish: Option<Quote> = None;
    let mut spans = Vec::new();
    for (sentence, found) in sentences.iter().zip(predicates) {
        for predicate in found.iter().filter(|p| !p.subordinate) {
            let (head_start, head_end) = predicate.head;
            match predicate.kind {
                Kind::Act => {
                    // Quotes are made only for the first act of each kind: the others
                    // are never shown.
                    let words = || quote(text, predicate.words);
                    // A count says how much; an attitude adverb on an act done once, on a
                    // given day, leaves nothing open.
                    let open = predicate.hedge.filter(|&(hedge, ..)| {
                        let done_once = hedge == Hedge::Manner && sentence.one_shot;
                        !(sentence.measured || done_once)
                    });
                    match open {
                        Some((hedge, start, end)) => {
                            if unmeasured.is_none() {
                                let written = Quote::new(text.original(start, end));
                                let span = text.span(start, end, SpanKind::Hedge);
                                unmeasured = Some((hedge, written, span));
                            }
                        }
                        None if !predicate.anchored => {
                            if unsure.is_none() {
                                unsure = Some(Reason::UnsureWhatYouWillDo { words: words() });
                            }
                        }
                        None => {
                            if act.is_none() {
                                act = Some(Reason::ObservableAction { words: words() });
                            }
                            spans.push(text.span(head_start, head_end, SpanKind::Action));
                        }
                    }
                }
                Kind::Outcome(found) => {
                    outcome = outcome.or(Some(found));
                    spans.push(text.span(head_start, head_end, SpanKind::Outcome));
                }
                Kind::NotAnAct(Attitude::Want) => {
                    if wish.is_none() {
                        wish = Some(quote(text, predicate.words));
                    }
                    not_an_act = not_an_act.or(Some(Attitude::Want));
                }
                Kind::NotAnAct(attitude) => not_an_act = not_an_act.or(Some(attitude)),
            }
        }
    }
    judgement.attitude = not_an_act.or_else(|| tokens.iter().find_map(attitude_of));
    spans.truncate(64);
    let verdict = |met: bool, reason: Reason, spans: Vec<Span>| Verdict {
        met,
        reasons: vec![reason],
        spans,
    };
    judgement.objective = if let Some(reason) = act {
        verdict(true, reason, spans)
    } else if let Some(outcome) = outcome {
        verdict(true, Reason::MeasurableOutcome { outcome }, spans)
    } else if let Some((hedge, words, span)) = unmeasured {
        judgement.hedge = Some((hedge, words.clone()));
        verdict(false, Reason::UnmeasuredAction { hedge, words }, vec![span])
    } else if let Some(reason) = unsure {
        verdict(true, reason, Vec::new())
    } else {
        let attitude_spans = tokens
            .iter()
            .filter(|t| attitude_of(t).is_some())
            .take(64)
            .map(|t| text.span(t.start, t.end, SpanKind::Attitude))
            .collect();
        let reason = match (judgement.attitude, wish) {
            (Some(Attitude::Want), Some(words)) => Reason::WishOnly { words },
            (Some(attitude), _) => Reason::AttitudeOnly { attitude },
            (None, _) => Reason::NoObservableAction,
        };
        verdict(false, reason, attitude_spans)
    };
}

fn attitude_of(token: &Token) -> Option<Attitude> {
    match token.kind {
        TokenKind::Word(Word::AttitudeVerb(a) | Word::AttitudeAdverb(a)) => Some(a),
        _ => None,
    }
}

/// What a time binds.
#[derive(Clone, Copy)]
enum Bound {
    /// `words`: the chars of the act, quoted only when a reason names it (a long text
    /// may bind many times to one long act).
    Act {
        opens: bool,
        words: (usize, usize),
    },
    Outcome(Outcome),
    Nothing,
}

/// Goes sentence by sentence, time by time, in text order; the first time that starts
/// an act is the start.
fn start(
    text: &Text,
    tokens: &[Token],
    sentences: &[Sentence],
    predicates: &[Vec<Predicate>],
    judgement: &mut Judgement,
) {
    let mut reasons: Vec<Reason> = Vec::new();
    let mut spans = Vec::new();
    let mut any_time = false;
    let mut deadlines: Vec<(usize, usize)> = Vec::new();
    for (sentence, found) in sentences.iter().zip(predicates) {
        let english_bound = sentence
            .english
            .then(|| sentence_bound(tokens, sentence, found));
        let purpose_end = sentence
            .english
            .then(|| leading_purpose(text, tokens, sentence))
            .flatten();
        for index in sentence.tokens.clone() {
            let token = &tokens[index];
            // "To pass the exam next year, I will register by 31 January": a time in
            // a purpose clause dates the purpose, not the act.
            if purpose_end.is_some_and(|end| token.start < end) {
                continue;
            }
            let (when, marker) = match token.kind {
                TokenKind::Word(Word::Vague(vague)) => {
                    let span = text.span(token.start, token.end, SpanKind::VagueTime);
                    judgement.vague = judgement.vague.or(Some((vague, span)));
                    if spans.len() < 64 {
                        spans.push(span);
                    }
                    continue;
                }
                TokenKind::Time { when, marker } if when != When::Recurring => (when, marker),
                _ => continue,
            };
            any_time = true;
            if judgement.start.met || refined_by_next(text, tokens, sentence, index) {
                continue;
            }
            let bound = match &english_bound {
                Some(bound) => *bound,
                None => japanese_bound(text, tokens, sentence, found, index),
            };
            let kind = if matches!(when, When::Trigger(..)) {
                SpanKind::Trigger
            } else {
                SpanKind::Date
            };
            let span = text.span(token.start, token.end, kind);
            match bound {
                Bound::Act { opens, words } if opens || marker != Marker::By => {
                    let words = quote(text, words);
                    judgement.start.met = true;
                    judgement.start.spans = vec![span];
                    let reason = match when {
                        When::Date(date) => {
                            judgement.start_date = Some(date);
                            Reason::StartDate { date, words }
                        }
                        When::Trigger(trigger, date) => {
                            judgement.start_date = date;
                            judgement.start_trigger = Some(trigger);
                            Reason::CalendarTrigger {
                                trigger,
                                date,
                                words,
                            }
                        }
                        When::Recurring => continue,
                    };
                    judgement.start.reasons = vec![reason];
                }
                bound => {
                    if spans.len() < 64 {
                        spans.push(span);
                    }
                    let reason = match bound {
                        Bound::Outcome(outcome) => {
                            judgement.outcome_deadline =
                                judgement.outcome_deadline.or(Some(outcome));
                            Reason::DeadlineOnOutcome { outcome }
                        }
                        Bound::Act { words, .. } => {
                            // Each act is named once, and only the first few.
                            if deadlines.contains(&words) || reasons.len() >= 8 {
                                continue;
                            }
                            deadlines.push(words);
                            let words = quote(text, words);
                            if judgement.act_deadline.is_none() {
                                judgement.act_deadline = Some(words.clone());
                            }
                            Reason::DeadlineWithoutStart { words }
                        }
                        Bound::Nothing => Reason::TimeWithoutAction,
                    };
                    if !reasons.contains(&reason) && reasons.len() < 8 {
                        reasons.push(reason);
                    }
                }
            }
        }
    }
    if judgement.start.met {
        return;
    }
    if let Some((vague, _)) = judgement.vague {
        reasons.insert(0, Reason::VagueTime { vague });
    }
    if !any_time && judgement.vague.is_none() {
        reasons.push(Reason::NoTimeAtAll);
    }
    judgement.start.reasons = reasons;
    judgement.start.spans = spans;
}

/// A time that the next one only makes precise (年明け、1月6日から; 来月、12月7日に):
/// the second is the start, the first says nothing more.
fn refined_by_next(text: &Text, tokens: &[Token], sentence: &Sentence, index: usize) -> bool {
    let time = &tokens[index];
    let next = tokens[index + 1..sentence.tokens.end]
        .iter()
        .find(|t| !matches!(t.kind, TokenKind::ClauseBreak));
    let Some(next) = next else {
        return false;
    };
    let date_of = |token: &Token| match token.kind {
        TokenKind::Time {
            when: When::Date(date) | When::Trigger(_, Some(date)),
            marker,
        } => Some((date, marker)),
        _ => None,
    };
    // The second falls within a month after the first: it names a day of it.
    let refines = match (date_of(time), date_of(next)) {
        (Some((first, marker)), Some((second, _))) => {
            marker != Marker::By
                && first <= second
                && second.signed_duration_since(first).num_days() <= 31
        }
        _ => false,
    };
    refines && (time.end..next.start).all(|i| matches!(text.at(i), '、' | ',' | ' ' | 'の'))
}

/// Where a leading purpose clause ends ("To pass the CMA exam next year, …"): at the
/// first comma of a sentence that begins with "to" or "in order to".
fn leading_purpose(text: &Text, tokens: &[Token], sentence: &Sentence) -> Option<usize> {
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

/// In English a time binds the sentence: "by Friday" usually comes last, "From
/// Monday," first. The first act is what it starts; any act that opens something
/// makes a deadline a start.
fn sentence_bound(tokens: &[Token], sentence: &Sentence, found: &[Predicate]) -> Bound {
    let main = || found.iter().filter(|p| !p.subordinate);
    if let Some(act) = main().find(|p| p.kind == Kind::Act && !says_only_that_one_acts(p, sentence))
    {
        let opens = main().any(|p| p.opens)
            || predicates::opening_within(tokens, &sentence.tokens, sentence.start, sentence.end);
        return Bound::Act {
            opens,
            words: act.words,
        };
    }
    match main().find_map(|p| match p.kind {
        Kind::Outcome(outcome) => Some(outcome),
        _ => None,
    }) {
        Some(outcome) => Bound::Outcome(outcome),
        None => Bound::Nothing,
    }
}

/// In Japanese a time binds the first predicate after it (or, when none follows, the
/// last before it). A time set off by 、 speaks for the main clause, so it passes over
/// the clauses of reason and purpose; one followed by の names the thing after it, and
/// when that thing is a result (来年3月の合格), the time is that result's deadline.
fn japanese_bound(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    found: &[Predicate],
    index: usize,
) -> Bound {
    let time = &tokens[index];
    // A time followed by の describes what comes next. Before an event or a place
    // (12/7の課会で, 来週月曜の朝一番に) it is the day of the act; before the object of
    // the act (3年後のキャリアプランを書き出す) it only describes that object.
    if text.at(time.end) == 'の' {
        let next_particle = (time.end + 1..(time.end + 16).min(sentence.end))
            .map(|i| text.at(i))
            .find(|c| "をがはにで、,".contains(*c));
        if matches!(next_particle, Some('を' | 'が' | 'は')) {
            return Bound::Nothing;
        }
    }
    if text.at(time.end) == 'の' {
        let next_word = tokens[index + 1..sentence.tokens.end]
            .iter()
            .find(|t| match t.kind {
                TokenKind::Word(word) => word != Word::Measure,
                TokenKind::ClauseBreak | TokenKind::Time { .. } => true,
                TokenKind::SentenceEnd => false,
            });
        if let Some(Token {
            kind: TokenKind::Word(Word::Outcome(outcome)),
            ..
        }) = next_word
        {
            return Bound::Outcome(*outcome);
        }
    }
    let set_off = matches!(text.at(time.end), '、' | ',');
    // Predicates are in text order: a binary search finds the first after the time,
    // and only a few subordinate clauses are passed over, so a long text stays linear.
    let after = found.partition_point(|p| p.end <= time.end);
    let predicate = found[after..]
        .iter()
        .take(8)
        .find(|p| !(set_off && p.subordinate))
        .or_else(|| {
            let before = found.partition_point(|p| p.end <= time.start);
            before.checked_sub(1).map(|k| &found[k])
        });
    // A deadline set before a chain of acts is on the whole chain (今月末までに、
    // フォームを記入して総務へ送信します): any of them that opens something makes it a
    // start, up to the next time.
    let chain_opens = || {
        let next_time = tokens[index + 1..sentence.tokens.end]
            .iter()
            .find(|t| matches!(t.kind, TokenKind::Time { .. }))
            .map_or(sentence.end, |t| t.start);
        found[after..]
            .iter()
            .take(8)
            .take_while(|p| p.end <= next_time)
            .any(|p| p.kind == Kind::Act && !p.subordinate && p.opens)
    };
    match predicate.map(|p| (p, p.kind)) {
        Some((p, Kind::Act)) if says_only_that_one_acts(p, sentence) => Bound::Nothing,
        Some((p, Kind::Act)) => Bound::Act {
            opens: p.opens || chain_opens(),
            words: p.words,
        },
        Some((_, Kind::Outcome(outcome))) => Bound::Outcome(outcome),
        _ => Bound::Nothing,
    }
}

/// A verb that says only that one will act (過ごす, 行動する, behave), or an act on
/// something left unsaid with no rhythm to it (何か新しいことを始める), with nothing else
/// to see: no third party can tell that it has begun, so no time starts it.
fn says_only_that_one_acts(predicate: &Predicate, sentence: &Sentence) -> bool {
    match predicate.hedge {
        Some((Hedge::Generic, ..)) => true,
        Some((Hedge::Unspecified, ..)) => !sentence.measured,
        _ => false,
    }
}
