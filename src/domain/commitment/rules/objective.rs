//! The objective test: among the main predicates, an act with something a third party
//! can observe passes, a result passes (a score is measurable), and the reasons say why
//! not otherwise: no act at all, an attitude or a wish, an amount left open (more,
//! できるだけ), or an act the check is unsure of (it passes and asks "is it 「…」?").

use super::bound::begins_only;
use super::clauses::in_reason_or_purpose;
use super::{
    quote, through_chain, Attitude, Hedge, Judgement, Kind, Outcome, Predicate, Quote, Reason,
    Sentence, Span, SpanKind, Text, Token, TokenKind, Verdict, Word,
};
use crate::domain::commitment::dates::{Marker, When};

/// Applies the objective test to the predicates of every sentence.
pub(super) fn objective(
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
    // The verb of the first predicate that is no act, as written: quoted when no listed
    // word names its attitude (振り返ります, read as thinking by its shape).
    let mut not_an_act_head: Option<(usize, usize)> = None;
    let mut wish: Option<Quote> = None;
    let mut spans = Vec::new();
    for (sentence, found) in sentences.iter().zip(predicates) {
        for predicate in found.iter().filter(|p| !p.subordinate) {
            let (head_start, head_end) = predicate.head;
            match predicate.kind {
                Kind::Act => {
                    // Quotes are made only for the first act of each kind: the others
                    // are never shown.
                    let words = || quote(text, through_chain(text, sentence, predicate.words));
                    // A count says how much; an attitude adverb on an act done once, on a
                    // given day, leaves nothing open.
                    // A bare beginning (12月7日から取りかかり、) stays open whatever count
                    // the sentence holds elsewhere: it says only that one begins.
                    let open = predicate.hedge.filter(|&(hedge, ..)| {
                        let done_once =
                            hedge == Hedge::Manner && dated_once(text, tokens, sentence);
                        !(sentence.measured || done_once) || begins_only(text, predicate)
                    });
                    match open {
                        Some((hedge, start, end)) => {
                            if unmeasured.is_none() {
                                // A hedge that is the verb itself (増や|します, 関係を築|く)
                                // is quoted to the end of the predicate as written: the
                                // stem alone is no word the person wrote.
                                let verb = !sentence.english && start >= head_start;
                                let end = if verb { end.max(head_end) } else { end };
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
                // 今より早く見積書を出せるようになる: an ability better than now, by no
                // measure, is a comparative with nothing to check.
                Kind::Outcome(Outcome::BecomeAble)
                    if !sentence.measured && matches!(predicate.hedge, Some((Hedge::More, ..))) =>
                {
                    if let (None, Some((hedge, start, end))) = (&unmeasured, predicate.hedge) {
                        let written = Quote::new(text.original(start, end));
                        let span = text.span(start, end, SpanKind::Hedge);
                        unmeasured = Some((hedge, written, span));
                    }
                }
                // 英語を話せるようになる, "be able to explain": an ability of one's own
                // with no count or figure is a state reached, which nobody can check.
                Kind::Outcome(Outcome::BecomeAble) if !sentence.measured => {
                    not_an_act = not_an_act.or(Some(Attitude::Able));
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
                Kind::NotAnAct(attitude) => {
                    if not_an_act.is_none() {
                        // Not doing something (残業はしないようにします, "I will not do
                        // overtime") has no word of its own: the whole phrase is quoted,
                        // since its last verb (します, do) is what is not done.
                        not_an_act_head = Some(if attitude == Attitude::Refrain {
                            let (start, end) = predicate.words;
                            let modal = ["will ", "shall "]
                                .iter()
                                .find_map(|modal| text.ends_with_at(start, modal));
                            (modal.unwrap_or(start), end)
                        } else {
                            predicate.head
                        });
                    }
                    not_an_act = not_an_act.or(Some(attitude));
                }
            }
        }
    }
    judgement.attitude = not_an_act.or_else(|| tokens.iter().find_map(attitude_of));
    judgement.attitude_words = judgement
        .attitude
        .and_then(|attitude| tokens.iter().find(|t| attitude_of(t) == Some(attitude)))
        .map(|token| quote(text, (token.start, word_end(text, token, predicates))))
        .or_else(|| {
            let head = not_an_act_head.filter(|_| judgement.attitude == not_an_act)?;
            Some(quote(text, head))
        })
        .unwrap_or_default();
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
            (Some(attitude), _) => Reason::AttitudeOnly {
                attitude,
                words: judgement.attitude_words.clone(),
            },
            (None, _) => Reason::NoObservableAction,
        };
        verdict(false, reason, attitude_spans)
    };
}

/// Where the word of `token` ends as written: a Japanese word listed by its stem (磨,
/// 成長, 心がけ) runs on through the kana of its ending (磨きます, 成長します), up to a
/// particle that begins the next phrase (向上させることを → 向上させること). When the
/// word heads a predicate, it ends where the predicate does (頑張っていきたいと思います):
/// a quote never stops inside a verb.
fn word_end(text: &Text, token: &Token, predicates: &[Vec<Predicate>]) -> usize {
    let mut end = token.end;
    if token.english {
        return end;
    }
    let headed = predicates
        .iter()
        .flatten()
        .find(|p| p.head.0 == token.start && p.head.1 >= token.end);
    if let Some(predicate) = headed {
        return predicate.head.1;
    }
    while end < text.len()
        && end < token.end + 8
        && ('ぁ'..='ゖ').contains(&text.at(end))
        && !"をがはもへ".contains(text.at(end))
    {
        end += 1;
    }
    end
}

fn attitude_of(token: &Token) -> Option<Attitude> {
    match token.kind {
        TokenKind::Word(Word::AttitudeVerb(a) | Word::AttitudeAdverb(a)) => Some(a),
        _ => None,
    }
}

/// Whether the sentence dates its act to one day (not from a day on, not a rhythm): a time
/// of a purpose (2月の検定に向けて) or a reason dates what it is about, not the act, so an
/// attitude adverb on that act (積極的に勉強します) is still an attitude.
fn dated_once(text: &Text, tokens: &[Token], sentence: &Sentence) -> bool {
    sentence.one_shot
        && sentence.tokens.clone().any(|index| {
            matches!(tokens[index].kind, TokenKind::Time { when, marker }
                if when != When::Recurring && marker != Marker::From)
                && (sentence.english || !in_reason_or_purpose(text, tokens, sentence, index, false))
        })
}
