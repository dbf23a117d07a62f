//! The ending of a Japanese predicate, read backwards from ます, 、 or the end of the
//! sentence: politeness, plans (予定です, つもり), wishes (たい, たいと思う), ように,
//! negation, auxiliaries after the て form (ていく, てもらう), the て and stem forms that
//! chain a further act, and する after a noun, until the verb itself is reached. The
//! ending alone sometimes decides the kind (a wish, a negation); what the verb is, is
//! read by the words before it (`phrase`).

use super::{verb_start, Attitude, Hedge, Kind, Outcome, Text};
use crate::domain::commitment::text::{is_kanji, words, Words};

/// The plain form of a verb ends in one of these (書く, 話す, やる).
const U_ROW: &str = "うくぐすつぬぶむる";
/// The stem a verb chains with before 、 ends in one of these (集め、, 書き、).
/// (に is left out: after a kanji it is far more often the particle, 今月中に、.)
const I_E_ROW: &str = "いきぎしちひびみりえけげせてねべめれ";

/// How a predicate ends.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// ます, ました, ません, ましょう: always a verb. `p` is where ま stands.
    Polite { negative: bool },
    /// A 、 after the predicate (連用形, て形, or a subordinate clause).
    Comma,
    /// The end of the sentence.
    Final,
}

/// What reading a predicate backwards found: where its verb ends, and its kind when
/// the ending itself decides it (a wish, ように, a negation).
pub(super) struct Shape {
    pub(super) verb_end: usize,
    pub(super) kind: Option<Kind>,
    pub(super) subordinate: bool,
    /// An amount left open by the form of the predicate itself.
    pub(super) hedge: Option<(Hedge, usize, usize)>,
    /// A habit made of the act (〜ようにする) with its rhythm left open: the chars of
    /// ように…, read only when nothing else leaves the amount open.
    pub(super) habit: Option<(Hedge, usize, usize)>,
}

pub(super) fn shape(text: &Text, form: Form, p: usize, floor: usize) -> Option<Shape> {
    let ends = |q: usize, patterns: &Words| {
        text.first_ending_at(q, patterns)
            .filter(|&(_, s)| s >= floor)
    };
    let decided = |kind: Kind, subordinate: bool| {
        Some(Shape {
            verb_end: p,
            kind: Some(kind),
            subordinate,
            hedge: None,
            habit: None,
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
            habit: None,
        })
    };
    // Particles made of a verb's て form (に向けて, について, として, にて) join nouns, not acts.
    // Conjunctions made the same way (そして, それから) join sentences, not acts.
    const COMPOUND_PARTICLES: Words = Words::new( "にて|に向けて|に向け|にむけて|にむけ|に備えて|に備え|にそなえて|にそなえ|について|に対して|に関して|によって|にとって|として|を通して|を通じて|に沿って|に基づいて|をもって|において|にあたって|に当たって|にあたり|に当たり|に際して|に際し|そして|それから|そのうえで|その上で|そこで|改めて|初めて|続いて|加えて");
    if form == Form::Comma && ends(p, &COMPOUND_PARTICLES).is_some() {
        return None;
    }
    let mut q = p;
    let mut subordinate = false;
    let mut verb = matches!(form, Form::Polite { .. });
    if form == (Form::Polite { negative: true }) {
        return decided(Kind::NotAnAct(Attitude::Refrain), false);
    }
    if form == Form::Comma {
        // Reason, purpose, condition, concession: a clause that does not commit by
        // itself. が joins clauses only after a predicate; after a noun it marks a subject.
        const JOINS: Words =
            Words::new("ので|ために|ため|けれども|けれど|けど|ながら|つつ|のに|たら|れば|なら|が");
        if let Some((k, s)) = ends(q, &JOINS) {
            let subject_marker = k == JOINS.iter().count() - 1;
            if !subject_marker || ends(s, words!("ます|です|る|た|い")).is_some() {
                subordinate = true;
                q = s;
            }
        }
    }
    if form == Form::Final {
        // Particles that only add force (受けるぞ, 行くよ) and こと of a rule one sets
        // oneself (ランチに行くこと) follow the plain form of the verb.
        if let Some((_, s)) = ends(q, words!("ぞ|ぜ|よ|ね|わ|こと")) {
            if U_ROW.contains(text.at(s.wrapping_sub(1))) {
                q = s;
            }
        }
        if let Some((_, s)) = ends(q, words!("でした|です|だ")) {
            q = s;
        }
    }
    // Plans and decisions name the verb before them: 申し込む予定です, 通うことにします.
    if let Some((_, s)) = ends(
        q,
        words!("予定|つもり|ことにし|ことにする|こととし|ことにしてい"),
    ) {
        q = s;
    }
    // Wishes and opinions: 〜たい is a wish, 〜と思う an opinion, unless it follows the
    // volitional form (申し込もうと思います), which states an intention.
    if let Some((_, s)) = ends(
        q,
        words!("と思っている|と思ってる|と思ってい|と思って|と思い|と思う|と考えている|と考えてる|と考えてい|と考え|と考える|と存じ"),
    ) {
        if let Some((_, t)) = ends(s, words!("たい")) {
            return wished(t, subordinate);
        }
        match ends(s, words!("よう|おう|こう|そう|とう|のう|もう|ぼう|ごう|ろう")) {
            Some((_, v)) => {
                q = v;
                verb = true;
            }
            None => return decided(Kind::NotAnAct(Attitude::Think), subordinate),
        }
    }
    if let Some((_, t)) = ends(q, words!("たい|たく|たかった")) {
        return wished(t, subordinate);
    }
    // 〜ようにする: not to do something is no act, to be able to is a result, and to
    // make a habit of an act is that act, but with how often left open, as 定期的に
    // leaves it: 実験ノートを書くようにする says no more than 心がける does, and
    // 毎朝8時に出社するようにします, with its rhythm, is the act.
    let mut habit = None;
    if let Some((_, s)) = ends(
        q,
        words!("ようにしてい|ようにして|ようにし|ようにする|ようにいたし|ようにいたす"),
    ) {
        if ends(s, words!("ない")).is_some() {
            return decided(Kind::NotAnAct(Attitude::Refrain), subordinate);
        }
        if ends(s, words!("られる|できる|れる|せる")).is_some() {
            return decided(Kind::Outcome(Outcome::BecomeAble), subordinate);
        }
        habit = Some((Hedge::Regularly, s, p));
        q = s;
        verb = true;
    }
    if form != Form::Comma && ends(q, words!("ない|ず")).is_some() {
        return decided(Kind::NotAnAct(Attitude::Refrain), subordinate);
    }
    // 先輩でいる, 笑顔でいます: being something (で after a noun, then いる) is a state
    // kept; 読んでいる, 泳いでいる (で after kana) are acts under way.
    if let Some((_, s)) = ends(q, words!("でいる|でい")) {
        let before = text.at(s.wrapping_sub(1));
        if s > floor && !('ぁ'..='ゖ').contains(&before) && !before.is_whitespace() {
            return decided(Kind::NotAnAct(Attitude::Stay), subordinate);
        }
    }
    if form == Form::Final || subordinate {
        verb |=
            ends(q, words!("する|した")).is_some() || U_ROW.contains(text.at(q.wrapping_sub(1)));
    }
    // Auxiliaries after the verb's て form: ていく, てもらう, させていただく, 続ける.
    const AUXILIARIES: Words = Words::new( "させていただき|させてもらい|させてもらう|ていただき|ていただく|てもらい|てもらう|でもらい|でもらう|てまいり|でまいり|ていき|ていく|でいき|でいく|ていけ|てい|でい|てみる|でみる|てみ|でみ|ておき|でおき|ておく|でおく|続け|続ける");
    for _ in 0..3 {
        match ends(q, &AUXILIARIES) {
            Some((_, s)) => q = s,
            None => break,
        }
    }
    if form == Form::Comma && !subordinate {
        if let Some((_, s)) = ends(q, words!("て")) {
            q = s;
            verb = true;
        } else if let Some((_, s)) = ends(q, words!("んで|いで")) {
            q = s + 1;
            verb = true;
        } else if ends(q, words!("し")).is_some() {
            verb = true;
        } else {
            // The stem alone (集め、, 書き、): a kana of the i or e row after a kanji.
            let stem = I_E_ROW.contains(text.at(q.wrapping_sub(1)))
                && q >= floor + 2
                && is_kanji(text.at(q - 2));
            // …or of a verb whose stem ends in kana after kana (取りかかり、, 差し掛かり、).
            verb |= stem || ends(q, words!("かかり|掛かり")).is_some();
        }
    }
    // する and its forms after a noun: the noun is the verb (更新します, 点検して).
    let mut hedge = None;
    if let Some((_, s)) = ends(q, words!("する|した|して|し")) {
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
        habit,
    })
}
