//! Japanese predicates, found by the shape of the sentence. Japanese puts the verb
//! last and marks the end of a predicate with few forms: the polite ます (ました,
//! ません), the plain form at the end of a sentence (する, やる, 書き出す), and the forms
//! that chain one act to the next before 、 (申し込んで、, 訪問し、, 集め、) or subordinate
//! it (〜ので、, 〜ため、). Each is read backwards from its end: politeness, plans
//! (予定です, つもり), wishes (たい, たいと思う), ように, and auxiliaries (ていく, てもらう)
//! are peeled off until the verb itself is reached. The closed lists then say whether
//! that verb is something that is not an act (頑張る, 目指す, 〜になる, 考える), a result
//! (合格, 取得), or an act that opens something (申し込む); any other verb is an act.

use super::dates::When;
use super::predicates::{
    attitude_before_generic, hedge_of, kind_of_head, opening_within, Kind, Predicate, Sentence,
};
use super::scanner::{Token, TokenKind};
use super::text::{is_kana, is_kanji, Text};
use super::{Attitude, Hedge, Outcome};

/// The plain form of a verb ends in one of these (書く, 話す, やる).
const U_ROW: &str = "うくぐすつぬぶむる";
/// The stem a verb chains with before 、 ends in one of these (集め、, 書き、).
/// (に is left out: after a kanji it is far more often the particle, 今月中に、.)
const I_E_ROW: &str = "いきぎしちひびみりえけげせてねべめれ";

/// How a predicate ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// ます, ました, ません, ましょう: always a verb. `p` is where ま stands.
    Polite { negative: bool },
    /// A 、 after the predicate (連用形, て形, or a subordinate clause).
    Comma,
    /// The end of the sentence.
    Final,
}

/// The predicates of one Japanese sentence, in text order.
pub(crate) fn predicates(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    out: &mut Vec<Predicate>,
) {
    let slice = &tokens[sentence.tokens.clone()];
    let content_end = content_end(text, sentence);
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
            if let Some((k, end)) = text.first_of(i, "ました|ません|ましょう|ます") {
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

/// A sentence that ends in a noun, as notes do (12月1日、TOEIC申込。毎朝30分英語学習。):
/// when the noun is an act that opens something, it is that act; when it is any other
/// noun after what an act would take (を, a count), it may be an act, and the check
/// says it is unsure rather than failing the person.
fn noun_ending(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    content_end: usize,
    clause_start: usize,
    out: &mut Vec<Predicate>,
) {
    let slice = &tokens[sentence.tokens.clone()];
    let last = slice
        .iter()
        .rev()
        .find(|t| !matches!(t.kind, TokenKind::ClauseBreak));
    if last.is_some_and(|t| t.end == content_end && matches!(t.kind, TokenKind::Time { .. })) {
        return;
    }
    // A note may close with the copula (課長に相談だ, 部長と面談です).
    let content_end = text
        .first_ending_at(content_end, "です|だ")
        .map_or(content_end, |(_, s)| s)
        .max(clause_start);
    let opening = last
        .filter(|t| t.end == content_end && word_of(t) == Some(super::vocabulary::Word::Opening));
    let mut start = content_end;
    // The noun: kanji or katakana (面談, ミーティング), or Latin letters and figures
    // as Japanese notes write them (1on1).
    while start > clause_start
        && content_end - start < 12
        && (is_kanji(text.at(start - 1))
            || is_katakana(text.at(start - 1))
            || text.at(start - 1).is_ascii_alphanumeric())
    {
        start -= 1;
    }
    let noun = content_end - start >= 2;
    // What an act takes: an object (を), a person or a place (部長と面談, 人事に相談), or
    // a count.
    let takes_object = start
        .checked_sub(1)
        .is_some_and(|i| i >= clause_start && "とにへ".contains(text.at(i)))
        || (clause_start..start).any(|i| text.at(i) == 'を')
        || slice
            .iter()
            .any(|t| word_of(t) == Some(super::vocabulary::Word::Measure));
    let listed = slice.iter().any(|t| {
        t.start < content_end
            && t.end > start
            && word_of(t)
                .and_then(kind_of_head)
                .is_some_and(|k| k != Kind::Act)
    });
    if opening.is_none() && !(noun && takes_object && !listed) {
        return;
    }
    let from = quote_start(text, slice, clause_start, start);
    out.push(Predicate {
        words: (from, content_end),
        head: (start, content_end),
        end: content_end,
        kind: Kind::Act,
        subordinate: false,
        opens: opening.is_some(),
        // Named with a particle or a count, the act may still not be what was meant.
        anchored: opening.is_some() && (sentence.timed || sentence.measured),
        hedge: hedge_of(tokens, &sentence.tokens, None, clause_start, content_end),
    });
}

/// The sentence without what may close it: spaces, brackets, quotes.
fn content_end(text: &Text, sentence: &Sentence) -> usize {
    let mut end = sentence.end;
    while end > sentence.start
        && (text.at(end - 1).is_whitespace() || "」』）)]】\"'〜~…".contains(text.at(end - 1)))
    {
        end -= 1;
    }
    end
}

/// Reads the predicate that ends at `p` (its ending running to `end`), if there is
/// one, and adds it.
#[allow(clippy::too_many_arguments)]
fn read(
    text: &Text,
    tokens: &[Token],
    sentence: &Sentence,
    form: Form,
    p: usize,
    end: usize,
    clause_start: usize,
    out: &mut Vec<Predicate>,
) {
    let Some(shape) = shape(text, form, p, clause_start) else {
        return;
    };
    let slice = &tokens[sentence.tokens.clone()];
    let head_token = head_token(text, slice, shape.verb_end, p, clause_start);
    let head_kind = head_token.and_then(|t| word_of(t).and_then(kind_of_head));
    let mut kind = match (shape.kind, head_kind) {
        // A wish for an attitude (頼られる人になりたい) is that attitude.
        (Some(Kind::NotAnAct(Attitude::Want)), Some(Kind::NotAnAct(attitude))) => {
            Kind::NotAnAct(attitude)
        }
        (Some(kind), _) => kind,
        (None, head) => head.unwrap_or(Kind::Act),
    };
    // 取る obtains a result only when what it takes is one (800点を取る, 資格を取る);
    // 時間を取る, 休みを取る, 記録を取る are acts.
    if let (Kind::Outcome(Outcome::Obtain), Some(token)) = (kind, head_token) {
        let takes_a_result = (clause_start..token.start)
            .any(|i| "点級格許証".contains(text.at(i)) || text.match_at(i, "スコア").is_some());
        if text.at(token.start) == '取' && text.at(token.start + 1) != '得' && !takes_a_result {
            kind = Kind::Act;
        }
    }
    let head_start = head_token.map_or_else(
        || verb_start(text, shape.verb_end, clause_start),
        |t| t.start,
    );
    let predicate_end = if form == Form::Comma { p } else { end };
    // Anything but kana before the verb in its clause is something to look at: an
    // object (在庫表を), a person (課長に), a place (会議で), a count (3冊).
    let complement = (clause_start..head_start).any(|i| {
        let c = text.at(i);
        !is_kana(c) && !c.is_whitespace() && !matches!(c, '、' | ',')
    });
    let since = out.last().map_or(sentence.start, |p| p.end);
    if kind == Kind::Act {
        if let Some(attitude) = attitude_before_generic(tokens, &sentence.tokens, head_token, since)
        {
            kind = Kind::NotAnAct(attitude);
        }
    }
    // 持つ after a feeling (責任感を強く持つ) holds that feeling, and 積む after an
    // effort (研鑽を積む) makes it: an attitude either way.
    // 変える, 改める after a way of working (営業スタイルに変える, 姿勢を改める) change
    // that way: an attitude as well.
    if kind == Kind::Act && matches!(text.at(head_start), '持' | '積' | '変' | '改') {
        let held =
            super::predicates::tokens_within(tokens, &sentence.tokens, clause_start, head_start)
                .find_map(|t| match t.kind {
                    TokenKind::Word(super::vocabulary::Word::AttitudeVerb(attitude)) => {
                        Some(attitude)
                    }
                    _ => None,
                });
        if let Some(attitude) = held {
            kind = Kind::NotAnAct(attitude);
        }
    }
    // A light verb after を (進める, 図る, 行う, 推進する) does what its object names:
    // 見える化を進める is as open as 見える化, 意識改革を図る as 意識.
    let mut light_hedge = None;
    if kind == Kind::Act
        && matches!(text.at(head_start), '進' | '図' | '行' | '推')
        && head_start > clause_start
        && text.at(head_start - 1) == 'を'
    {
        let object =
            super::predicates::tokens_within(tokens, &sentence.tokens, clause_start, head_start)
                .last()
                .filter(|t| t.end + 1 == head_start);
        match object.map(|t| (t.kind, t.start, t.end)) {
            Some((TokenKind::Word(super::vocabulary::Word::VagueVerb(hedge)), start, end)) => {
                light_hedge = Some((hedge, start, end));
            }
            Some((TokenKind::Word(super::vocabulary::Word::AttitudeVerb(attitude)), ..)) => {
                kind = Kind::NotAnAct(attitude);
            }
            _ => {}
        }
    }
    let is_act = kind == Kind::Act;
    out.push(Predicate {
        // The act's words run from the end of the previous predicate, over any 、 that
        // ends no predicate (後輩の相談に、毎週金曜に、会議室でのります is one act).
        words: (quote_start(text, slice, since, head_start), predicate_end),
        head: (head_start, predicate_end),
        end: predicate_end,
        kind,
        subordinate: shape.subordinate,
        opens: is_act && opening_within(tokens, &sentence.tokens, clause_start, predicate_end),
        anchored: complement || sentence.timed || sentence.measured,
        // A hedge set off by 、 (これまで以上に、…) belongs to the act that follows it.
        hedge: shape
            .hedge
            .or(light_hedge)
            .or_else(|| hedge_of(tokens, &sentence.tokens, head_token, since, predicate_end))
            .filter(|_| is_act),
    });
}

/// What reading a predicate backwards found: where its verb ends, and its kind when
/// the ending itself decides it (a wish, ように, a negation).
struct Shape {
    verb_end: usize,
    kind: Option<Kind>,
    subordinate: bool,
    /// An amount left open by the form of the predicate itself.
    hedge: Option<(Hedge, usize, usize)>,
}

fn shape(text: &Text, form: Form, p: usize, floor: usize) -> Option<Shape> {
    let ends = |q: usize, patterns: &str| {
        text.first_ending_at(q, patterns)
            .filter(|&(_, s)| s >= floor)
    };
    let decided = |kind: Kind, subordinate: bool| {
        Some(Shape {
            verb_end: p,
            kind: Some(kind),
            subordinate,
            hedge: None,
        })
    };
    // A wish: the verb wished for ends where たい begins (なり|たい), so that a wish
    // for an attitude can be told from a wish for an act.
    let wished = |verb_end: usize, subordinate: bool| {
        Some(Shape {
            verb_end,
            kind: Some(Kind::NotAnAct(Attitude::Want)),
            subordinate,
            hedge: None,
        })
    };
    // Particles made of a verb's て form (に向けて, について, として) join nouns, not acts.
    // Conjunctions made the same way (そして, それから) join sentences, not acts.
    const COMPOUND_PARTICLES: &str = "に向けて|に向け|について|に対して|に関して|によって|にとって|として|を通して|を通じて|に沿って|に基づいて|をもって|において|にあたって|に当たって|にあたり|に当たり|に際して|に際し|そして|それから|そのうえで|その上で|そこで|改めて|初めて|続いて|加えて";
    if form == Form::Comma && ends(p, COMPOUND_PARTICLES).is_some() {
        return None;
    }
    let mut q = p;
    let mut subordinate = false;
    let mut verb = matches!(form, Form::Polite { .. });
    if form == (Form::Polite { negative: true }) {
        return decided(Kind::NotAnAct(Attitude::KeepInMind), false);
    }
    if form == Form::Comma {
        // Reason, purpose, condition, concession: a clause that does not commit by
        // itself. が joins clauses only after a predicate; after a noun it marks a subject.
        const JOINS: &str =
            "ので|ために|ため|けれども|けれど|けど|ながら|つつ|のに|たら|れば|なら|が";
        if let Some((k, s)) = ends(q, JOINS) {
            let subject_marker = k == super::text::alternatives(JOINS).count() - 1;
            if !subject_marker || ends(s, "ます|です|る|た|い").is_some() {
                subordinate = true;
                q = s;
            }
        }
    }
    if form == Form::Final {
        // Particles that only add force (受けるぞ, 行くよ) and こと of a rule one sets
        // oneself (ランチに行くこと) follow the plain form of the verb.
        if let Some((_, s)) = ends(q, "ぞ|ぜ|よ|ね|わ|こと") {
            if U_ROW.contains(text.at(s.wrapping_sub(1))) {
                q = s;
            }
        }
        if let Some((_, s)) = ends(q, "でした|です|だ") {
            q = s;
        }
    }
    // Plans and decisions name the verb before them: 申し込む予定です, 通うことにします.
    if let Some((_, s)) = ends(q, "予定|つもり|ことにし|ことにする|こととし|ことにしてい")
    {
        q = s;
    }
    // Wishes and opinions: 〜たい is a wish, 〜と思う an opinion, unless it follows the
    // volitional form (申し込もうと思います), which states an intention.
    if let Some((_, s)) = ends(
        q,
        "と思ってい|と思って|と思い|と思う|と考えてい|と考え|と考える|と存じ",
    ) {
        if let Some((_, t)) = ends(s, "たい") {
            return wished(t, subordinate);
        }
        match ends(s, "よう|おう|こう|そう|とう|のう|もう|ぼう|ごう|ろう") {
            Some((_, v)) => {
                q = v;
                verb = true;
            }
            None => return decided(Kind::NotAnAct(Attitude::Think), subordinate),
        }
    }
    if let Some((_, t)) = ends(q, "たい|たく|たかった") {
        return wished(t, subordinate);
    }
    // 〜ようにする: not to do something is no act, to be able to is a result, and to
    // make a habit of an act is that act (毎朝8時に出社するようにします).
    if let Some((_, s)) = ends(q, "ようにしてい|ようにして|ようにし|ようにする")
    {
        if ends(s, "ない").is_some() {
            return decided(Kind::NotAnAct(Attitude::KeepInMind), subordinate);
        }
        if ends(s, "られる|できる|れる|せる").is_some() {
            return decided(Kind::Outcome(Outcome::BecomeAble), subordinate);
        }
        q = s;
        verb = true;
    }
    if form != Form::Comma && ends(q, "ない|ず").is_some() {
        return decided(Kind::NotAnAct(Attitude::KeepInMind), subordinate);
    }
    if form == Form::Final || subordinate {
        verb |= ends(q, "する|した").is_some() || U_ROW.contains(text.at(q.wrapping_sub(1)));
    }
    // Auxiliaries after the verb's て form: ていく, てもらう, させていただく, 続ける.
    const AUXILIARIES: &str = "させていただき|させてもらい|させてもらう|ていただき|ていただく|てもらい|てもらう|でもらい|でもらう|てまいり|でまいり|ていき|ていく|でいき|でいく|ていけ|てい|でい|てみる|でみる|てみ|でみ|ておき|でおき|ておく|でおく|続け|続ける";
    for _ in 0..3 {
        match ends(q, AUXILIARIES) {
            Some((_, s)) => q = s,
            None => break,
        }
    }
    if form == Form::Comma && !subordinate {
        if let Some((_, s)) = ends(q, "て") {
            q = s;
            verb = true;
        } else if let Some((_, s)) = ends(q, "んで|いで") {
            q = s + 1;
            verb = true;
        } else if ends(q, "し").is_some() {
            verb = true;
        } else {
            // The stem alone (集め、, 書き、): a kana of the i or e row after a kanji.
            let stem = I_E_ROW.contains(text.at(q.wrapping_sub(1)))
                && q >= floor + 2
                && is_kanji(text.at(q - 2));
            verb |= stem;
        }
    }
    // する and its forms after a noun: the noun is the verb (更新します, 点検して).
    let mut hedge = None;
    if let Some((_, s)) = ends(q, "する|した|して|し") {
        q = s;
        // An adjective made into an act (雰囲気を明るくする, 早くする) names a change
        // of degree, as unmeasured as もっと.
        if text.at(q.wrapping_sub(1)) == 'く' && q >= floor + 2 {
            hedge = Some((Hedge::More, verb_start(text, q, floor), q));
        }
    }
    verb.then_some(Shape {
        verb_end: q,
        kind: None,
        subordinate,
        hedge,
    })
}

/// The listed word that heads the predicate: the last one that ends at the verb, with
/// at most a few kana of inflection between (頑張|ります, 目指|します, 読ん|でいきます).
/// A listed word may also reach into what was peeled off (目標にし|ます).
fn head_token<'t>(
    text: &Text,
    slice: &'t [Token],
    verb_end: usize,
    ending: usize,
    floor: usize,
) -> Option<&'t Token> {
    let k = slice.partition_point(|t| t.start < verb_end);
    let token = slice[..k].last()?;
    let close = token.start >= floor
        && if token.end <= verb_end {
            verb_end - token.end <= 4 && (token.end..verb_end).all(|i| is_kana(text.at(i)))
        } else {
            token.end <= ending
        };
    close.then_some(token).filter(|t| word_of(t).is_some())
}

fn word_of(token: &Token) -> Option<super::vocabulary::Word> {
    match token.kind {
        TokenKind::Word(word) => Some(word),
        _ => None,
    }
}

/// Where a verb no list knows begins: back over a little inflection, then over the
/// kanji or katakana of its stem (点検, サイン, 水をや|ります reads や).
fn verb_start(text: &Text, verb_end: usize, floor: usize) -> usize {
    let mut j = verb_end;
    while j > floor
        && verb_end - j < 2
        && is_kana(text.at(j - 1))
        && !"をにでとへはがものや".contains(text.at(j - 1))
    {
        j -= 1;
    }
    while j > floor
        && verb_end - j < 10
        && (is_kanji(text.at(j - 1)) || is_katakana(text.at(j - 1)))
    {
        j -= 1;
    }
    if j == verb_end {
        j.saturating_sub(2).max(floor)
    } else {
        j
    }
}

fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FF}').contains(&c) && c != '\u{30FB}'
}

/// Where the quoted words begin: at the start of the clause, after any date in it (the
/// report names the date on its own), so that the quote is the whole phrase the person
/// wrote for the act. A rhythm (毎週金曜に) stays: it is part of what is done.
fn quote_start(text: &Text, slice: &[Token], clause_start: usize, head_start: usize) -> usize {
    let mut start = clause_start;
    let first = slice.partition_point(|t| t.start < clause_start);
    for token in slice[first..].iter().take_while(|t| t.end <= head_start) {
        if matches!(token.kind, TokenKind::Time { when, .. } if when != When::Recurring) {
            start = token.end;
        }
    }
    // What joins the previous predicate to this one (ので、, が、, けれど、) is not
    // part of this act.
    let comma = (start..head_start.min(start + 5)).find(|&i| matches!(text.at(i), '、' | ','));
    if let Some(comma) = comma.filter(|&c| c > start && (start..c).all(|i| is_kana(text.at(i)))) {
        start = comma + 1;
    }
    while start < head_start && matches!(text.at(start), '、' | ',' | ' ' | 'に' | 'は' | 'の')
    {
        start += 1;
    }
    start.min(head_start)
}
