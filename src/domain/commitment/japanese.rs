//! Japanese predicates, found by the shape of the sentence. Japanese puts the verb
//! last and marks the end of a predicate with few forms: the polite ます (ました,
//! ません), the plain form at the end of a sentence (する, やる, 書き出す), and the forms
//! that chain one act to the next before 、 (申し込んで、, 訪問し、, 集め、) or subordinate
//! it (〜ので、, 〜ため、). Each is read backwards from its end: politeness, plans
//! (予定です, つもり), wishes (たい, たいと思う), ように, and auxiliaries (ていく, てもらう)
//! are peeled off until the verb itself is reached. The closed lists then say whether
//! that verb is something that is not an act (頑張る, 目指す, 〜になる, 考える), a result
//! (合格, 取得), or an act that opens something (申し込む); any other verb is an act.
//!
//! This module walks a sentence to the ends of its predicates and reads each one:
//! `ending` peels the ending off backwards to the verb (the grammar after it), and
//! `phrase` reads what stands before it (the listed word or the stem that heads it,
//! where the person's words for the act begin, and a note that ends in a noun);
//! `kind` puts the two together into what the predicate commits to (an act, an
//! attitude, a wish, a result) and what comes with it, and `handing` whether its act
//! hands something over to someone (申請を出す, 週報を課長に送る, 課長に提案する);
//! `level` reads an amount brought to a level (率を80%以上にする, 件数を半分にする),
//! `manner` reads an attitude in て form that the verb is only the occasion of
//! (意識して提案する), `ranking` a place in a ranking reached (トップ3に入る), and
//! `reflect` whether 振り返る is done in one's head or shared.

mod ending;
mod handing;
mod kind;
mod level;
mod manner;
mod phrase;
mod ranking;
mod reflect;

use ending::Form;
use kind::read;
use phrase::{noun_ending, verb_start, word_of};

use super::dates::When;
use super::predicates::{hedge_of, kind_of_head, Kind, Predicate, Sentence};
use super::scanner::{Token, TokenKind};
use super::text::{is_kana, is_kanji, words, Text, Words};
use super::vocabulary::Word;
use super::{Attitude, Hedge, Outcome};

/// The predicates of one Japanese sentence, in text order.
pub(crate) fn predicates(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    out: &mut Vec<Predicate>,
) {
    let slice = &tokens[sentence.tokens.clone()];
    let (content_end, note_end) = content_end(text, sentence);
    let mut chain_start = out.len();
    let mut clause_start = sentence.start;
    let mut polite_end: Option<usize> = None;
    let mut next = 0;
    let mut i = sentence.start;
    while i < content_end {
        while next < slice.len() && slice[next].end <= i {
            next += 1;
        }
        let inside_token = slice.get(next).is_some_and(|t| t.start <= i);
        let c = text.at(i);
        if c == 'ま' && !inside_token {
            if let Some((k, end)) = text.first_of(i, words!("ました|ません|ましょう|ます"))
            {
                let form = Form::Polite { negative: k == 1 };
                read(text, tokens, sentence, form, i, end, clause_start, out);
                wish_over_chain(&mut out[chain_start..]);
                chain_start = out.len();
                clause_start = end;
                polite_end = Some(end);
                i = end;
                continue;
            }
        }
        if matches!(c, '、' | ',') {
            // 申し込みますので、 and 行いますが、 were read at their ます.
            let just_after_polite = polite_end.is_some_and(|end| i - end <= 3);
            let after_time = slice[..next]
                .last()
                .is_some_and(|t| t.end == i && matches!(t.kind, TokenKind::Time { .. }));
            // 受験申請を、1月15日までに済ませます: を marks the object of a verb still to
            // come, so a 、 after it ends no predicate and the object stays in that
            // verb's clause.
            let after_object = i > clause_start && text.at(i - 1) == 'を';
            if after_object {
                i += 1;
                continue;
            }
            if !just_after_polite && !after_time {
                read(text, tokens, sentence, Form::Comma, i, i, clause_start, out);
            }
            clause_start = i + 1;
        }
        i += 1;
    }
    if polite_end != Some(content_end) && content_end > clause_start {
        read(
            text,
            tokens,
            sentence,
            Form::Final,
            content_end,
            content_end,
            clause_start,
            out,
        );
        wish_over_chain(&mut out[chain_start..]);
    }
    if out.is_empty() {
        noun_ending(text, tokens, sentence, content_end, clause_start, out);
    }
    // …and a note that ends in a noun may end in the note itself (お迎え(課長了承済)).
    if out.is_empty() && note_end > content_end {
        noun_ending(text, tokens, sentence, note_end, clause_start, out);
    }
    if out.is_empty() {
        if let Some(open) =
            note_after_a_noun(text, sentence, content_end).filter(|&open| open > clause_start)
        {
            noun_ending(text, tokens, sentence, open, clause_start, out);
        }
    }
}

/// Acts chained by their て or stem forms share the ending of the last one: in
/// 勉強して、業務を効率化したいです the たい is wished over both, so neither is a
/// commitment when the last is a wish.
fn wish_over_chain(chain: &mut [Predicate]) {
    let Some((last, before)) = chain.split_last_mut() else {
        return;
    };
    if last.kind != Kind::NotAnAct(Attitude::Want) {
        return;
    }
    for predicate in before
        .iter_mut()
        .filter(|p| p.kind == Kind::Act && !p.subordinate)
    {
        predicate.kind = Kind::NotAnAct(Attitude::Want);
        predicate.hedge = None;
        predicate.opens = false;
    }
}

fn is_hiragana(c: char) -> bool {
    ('ぁ'..='ゖ').contains(&c)
}

/// The sentence without what may close it: spaces, brackets, quotes, and a note in
/// brackets after a predicate; and where it ends with that note.
fn content_end(text: &Text, sentence: &Sentence) -> (usize, usize) {
    let mut end = sentence.end;
    while end > sentence.start
        && (text.at(end - 1).is_whitespace() || "」』）)]】\"'〜~…".contains(text.at(end - 1)))
    {
        end -= 1;
    }
    // 異動希望を伝える（次の面談で）, 同行させてもらう(許可取り済): a note in brackets after
    // the predicate closes the sentence too, with a time in it or not; the predicate
    // ends before it.
    if end < sentence.end && matches!(text.at(end), ')' | '）') {
        let open = (end.saturating_sub(24).max(sentence.start)..end)
            .rev()
            .find(|&i| text.at(i) == '(');
        if let Some(open) =
            open.filter(|&i| i > sentence.start && matches!(text.at(i - 1), 'ぁ'..='ゖ'))
        {
            return (open, end);
        }
    }
    (end, end)
}

/// Where a note in brackets after a noun begins (先輩にキャリア相談（アポ取得済み）): the
/// noun may be the act, as a note ending in a noun is, once nothing else was found.
fn note_after_a_noun(text: &Text, sentence: &Sentence, content_end: usize) -> Option<usize> {
    if content_end >= sentence.end || !matches!(text.at(content_end), ')' | '）') {
        return None;
    }
    let open = (content_end.saturating_sub(24).max(sentence.start)..content_end)
        .rev()
        .find(|&i| text.at(i) == '(')?;
    let before = text.at(open.checked_sub(1)?);
    (open > sentence.start && (is_kanji(before) || ('ァ'..='ヺ').contains(&before))).then_some(open)
}
