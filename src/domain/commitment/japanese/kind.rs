//! What a Japanese predicate commits to, read from its ending (`ending`) and the words
//! before it (`phrase`): an act, an attitude, a wish, a state or a result, with the
//! exceptions each of these has (取る that takes no result, a reflection done alone, a
//! licence's title become, a place in a ranking, a light verb after what it does, an
//! amount brought to a level); whether something observable comes with it, whether it
//! opens something, and what leaves its amount open.

use super::ending::{shape, Form};
use super::handing::{another_channel, hands_a_thing_over, hands_in, proposes_to_someone};
use super::level::{changed_to_a_level, made_a_share, rate_to_a_level};
use super::phrase::{head_token, quote_start, verb_start, word_of};
use super::{
    hedge_of, is_hiragana, is_kana, is_kanji, kind_of_head, manner, phrase, ranking, reflect,
    Attitude, Hedge, Kind, Outcome, Predicate, Sentence, Text, Token, TokenKind, Word,
};
use crate::domain::commitment::dates::{Marker, When};
use crate::domain::commitment::predicates::{self, attitude_before_generic, opening_within};
use crate::domain::commitment::text::words;
use crate::domain::commitment::vocabulary;

/// Reads the predicate that ends at `p` (its ending running to `end`), if there is
/// one, and adds it.
#[allow(clippy::too_many_arguments)]
pub(super) fn read(
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
    // 考え始める, 検討し始める: beginning to think is thinking; the verb begun, right
    // before 始める (its stem, or a noun and し), says what is done.
    if let Some(begin) = head_token
        .filter(|t| word_of(t) == Some(Word::Opening) && matches!(text.at(t.start), '始' | 'は'))
    {
        let begun = slice.iter().rev().find(|t| {
            t.end <= begin.start
                && (t.end == begin.start || (t.end + 1 == begin.start && text.at(t.end) == 'し'))
        });
        if let Some(Kind::NotAnAct(attitude)) = begun.and_then(word_of).and_then(kind_of_head) {
            kind = Kind::NotAnAct(attitude);
        }
    }
    // 取る obtains a result only when what it takes is one (800点を取る, 資格を取る);
    // 時間を取る, 休みを取る, 記録を取る are acts.
    // …or a level (A以上を取る), not time (30分以上の時間を取る); or a grade in an
    // appraisal (評価Aを取る, S評価をとる).
    let takes_a_result = |to: usize| {
        (clause_start..to).any(|i| {
            "点級格許証".contains(text.at(i))
                || text.match_at(i, "スコア").is_some()
                || text.match_at(i, "以上を").is_some()
                || a_grade_at(text, i)
        })
    };
    if let (Kind::Outcome(Outcome::Obtain), Some(token)) = (kind, head_token) {
        if text.at(token.start) == '取'
            && text.at(token.start + 1) != '得'
            && !takes_a_result(token.start)
        {
            kind = Kind::Act;
        }
    }
    let head_start = head_token.map_or_else(
        || verb_start(text, shape.verb_end, clause_start),
        |t| t.start,
    );
    // A grade taken in kana (評価Aをとる), right after を (where the verb's start, taking
    // と for a particle, may stand either side of it). Only a grade: 資格をとる in kana is
    // left as it was read (as a result too, it cost a report set a row, by its figure).
    let kana_take = (head_start.saturating_sub(1)..head_start + 2).find(|&i| {
        i > clause_start
            && text.at(i - 1) == 'を'
            && text.at(i) == 'と'
            && matches!(text.at(i + 1), 'る' | 'り' | 'っ' | 'ろ' | 'れ')
    });
    let a_grade = |to: usize| (clause_start..to).any(|i| a_grade_at(text, i));
    if kind == Kind::Act && head_token.is_none() && kana_take.is_some_and(|i| a_grade(i - 1)) {
        kind = Kind::Outcome(Outcome::Obtain);
    }
    let predicate_end = if form == Form::Comma { p } else { end };
    // Anything but kana before the verb in its clause is something to look at: an
    // object (在庫表を), a person (課長に), a place (会議で), a count (3冊).
    let complement = (clause_start..head_start).any(|i| {
        let c = text.at(i);
        !is_kana(c) && !c.is_whitespace() && !matches!(c, '、' | ',')
    });
    let since = out.last().map_or(sentence.start, |p| p.end);
    // 一日の仕事を振り返る: reflecting alone is thinking; with someone or somewhere
    // (後輩と振り返る), an act, whose amount its occasion or its partner says.
    let reflection = head_token
        .filter(|t| reflect::is_reflection(text, t))
        .or_else(|| {
            reflect::done_by_a_light_verb(text, tokens, &sentence.tokens, clause_start, head_start)
        })
        .filter(|_| kind == Kind::Act);
    // A partner set off by 、 before the reflection's own clause (田中さんと30分、請求業務
    // を振り返る), with no predicate of its own between, is still the reflection's, unless
    // the reflection is said to be done alone (田中さんとの面談の前に、自分で振り返る).
    // Only a person or a group closes that chunk: 目標と、実績の差を is two things.
    let since_last = since.max(sentence.start).min(clause_start);
    let shared_reflection = reflection.is_some()
        && (reflect::shared(text, clause_start, head_start)
            || (reflect::partner_before(text, since_last, clause_start)
                && !reflect::alone(text, since_last, head_start)));
    if reflection.is_some() && !shared_reflection {
        kind = Kind::NotAnAct(Attitude::Think);
    }
    // Weighing something with someone (班長と改善案を検討する, チームで検討する) is a
    // discussion the others there can confirm, as a shared reflection is. (考える stays
    // thinking even with someone: 家族と将来のことを考える shows nothing.)
    if kind == Kind::NotAnAct(Attitude::Think)
        && head_token.is_some_and(|t| text.match_at(t.start, "検討").is_some())
        && reflect::shared(text, clause_start, head_start)
    {
        kind = Kind::Act;
    }
    if kind == Kind::Act {
        if let Some(attitude) = attitude_before_generic(tokens, &sentence.tokens, head_token, since)
        {
            kind = Kind::NotAnAct(attitude);
        }
    }
    // 顧客満足度を意識して提案する: with nothing of its own to observe, the act is only
    // the occasion of the attitude before it. A verb that names no visible result
    // (時間を意識して効率化する) is an act with its amount open already, as it is read.
    let vague_head = head_token.is_some_and(|t| matches!(word_of(t), Some(Word::VagueVerb(_))));
    if kind == Kind::Act && !sentence.measured && !vague_head {
        let previous = out.last().filter(|p| p.end >= sentence.start);
        if let Some(attitude) =
            manner::attitude_before_the_verb(text, slice, clause_start, head_start, previous)
        {
            kind = Kind::NotAnAct(attitude);
        }
    }
    // 認定看護師になる, 中小企業診断士になる: becoming what a licence names (a title in
    // 士 or 師) is the licence obtained, a result; a title described (頼れる看護師になる)
    // is still a kind of person.
    if kind == Kind::NotAnAct(Attitude::Become) {
        if let Some(ni) = head_token
            .map(|t| t.start)
            .filter(|&ni| text.at(ni) == 'に')
        {
            let mut noun = ni;
            while noun > clause_start && ni - noun < 12 && is_kanji(text.at(noun - 1)) {
                noun -= 1;
            }
            let described =
                noun > clause_start && "うくぐすつぬぶむるいなのた".contains(text.at(noun - 1));
            if ni - noun >= 3 && matches!(text.at(ni - 1), '士' | '師') && !described {
                // 主任保育士になる, 主任看護師になる: the post held with the licence, a seat
                // the employer names one to, as 主任になる is.
                let post = text.match_at(noun, "主任").is_some()
                    || text.match_at(noun, "主席").is_some()
                    || text.match_at(noun, "統括").is_some();
                kind = Kind::Outcome(if post {
                    Outcome::Promotion
                } else {
                    Outcome::Obtain
                });
            }
        }
    }
    // 頼りにされるリーダーになる, 優秀な課長になる: a seat described by a clause before
    // it is a kind of person, as 頼れる看護師 is, not the seat one is named to
    // (チームリーダーになる, 営業課の課長になる stay a promotion).
    let mut described_seat = None;
    if kind == Kind::Outcome(Outcome::Promotion) {
        if let Some(seat) = head_token.map(|t| t.start) {
            let mut noun = seat;
            let noun_char = |c: char| is_kanji(c) || (is_kana(c) && !is_hiragana(c));
            while noun > clause_start && seat - noun < 12 && noun_char(text.at(noun - 1)) {
                noun -= 1;
            }
            if noun > clause_start && "うくぐすつぬぶむるいなた".contains(text.at(noun - 1))
            {
                kind = Kind::NotAnAct(Attitude::BecomeSomeone);
                described_seat = Some(noun);
            }
        }
    }
    // トップ3に入る, 1位になる, 1位を取る: a place in a ranking is a result.
    if matches!(
        kind,
        Kind::Act | Kind::NotAnAct(Attitude::Become) | Kind::Outcome(Outcome::Obtain)
    ) && ranking::a_place_in_a_ranking(text, clause_start, head_start)
    {
        kind = Kind::Outcome(Outcome::Rank);
    }
    // 話しやすい職場にする, 部下の話を聞く時間にする: making something into a kind of
    // thing described right before it is a state made, with nothing to see unless a
    // count or a rhythm says it (毎月1日は家族と夕食をとる日にする); a thing named by
    // itself (10時出社にする, 報告をこまめにする) is read as before.
    if kind == Kind::Act && head_token.is_none() && !sentence.measured {
        if let Some(ni) = shape
            .verb_end
            .checked_sub(1)
            .filter(|&i| text.at(i) == 'に')
        {
            let mut noun = ni;
            let noun_char = |c: char| {
                is_kanji(c) || (is_kana(c) && !is_hiragana(c)) || c.is_ascii_alphanumeric()
            };
            while noun > clause_start && ni - noun < 10 && noun_char(text.at(noun - 1)) {
                noun -= 1;
            }
            let described = noun < ni
                && noun > clause_start
                && "うくぐすつぬぶむるいなのた".contains(text.at(noun - 1));
            if described {
                kind = Kind::NotAnAct(Attitude::Become);
            }
        }
    }
    // 持つ after a feeling (責任感を強く持つ) holds that feeling, and 積む after an
    // effort (研鑽を積む) makes it: an attitude either way.
    // 変える, 改める after a way of working (営業スタイルに変える, 姿勢を改める) change
    // that way: an attitude as well.
    if kind == Kind::Act && matches!(text.at(head_start), '持' | '積' | '変' | '改') {
        let held = predicates::tokens_within(tokens, &sentence.tokens, clause_start, head_start)
            .find_map(|t| match t.kind {
                TokenKind::Word(Word::AttitudeVerb(attitude)) => Some(attitude),
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
        let object = predicates::tokens_within(tokens, &sentence.tokens, clause_start, head_start)
            .last()
            .filter(|t| t.end + 1 == head_start);
        match object.map(|t| (t.kind, t.start, t.end)) {
            Some((TokenKind::Word(Word::VagueVerb(hedge)), start, end)) => {
                light_hedge = Some((hedge, start, end));
            }
            Some((TokenKind::Word(Word::AttitudeVerb(attitude)), ..)) => {
                kind = Kind::NotAnAct(attitude);
            }
            // 準備を進める, 引き継ぎを進める: a process carried on, with nothing said of
            // how much of it (毎週1つ, 月末までに3件) leaves its amount open.
            _ => {
                let process = ["準備", "引き継ぎ", "引継ぎ", "ひきつぎ", "取り組み"]
                    .into_iter()
                    .find_map(|noun| text.ends_with_at(head_start - 1, noun));
                if let Some(start) = process {
                    light_hedge = Some((Hedge::Generic, start, head_start - 1));
                }
            }
        }
    }
    // 半分に減らす, 月3件以下に減らす, 2倍に増やす: a change to a level is a result, as
    // "cut … by 30%" is; 残業を減らす alone leaves the amount open.
    let changes_an_amount =
        head_token.is_some_and(|t| word_of(t) == Some(Word::VagueVerb(Hedge::More)));
    if kind == Kind::Act
        && (rate_to_a_level(text, clause_start, predicate_end)
            || made_a_share(text, head_token, shape.verb_end)
            || (changes_an_amount
                && changed_to_a_level(text, tokens, sentence, clause_start, head_start)))
    {
        kind = Kind::Outcome(super::Outcome::Achieve);
    }
    let is_act = kind == Kind::Act;
    // 12月7日から取りかかり、来年度中に…: a beginning with nothing before it but its time
    // says only that one begins, as スタートを切る does (勉強を始める, 資料作成に
    // 着手する, 読み始める name what is begun).
    // Only beside a deadline, which it would otherwise seem to start: alone, 来週月曜から
    // 始めます after (or before) the act it means is the day that act begins.
    let beside_a_deadline = tokens[sentence.tokens.clone()].iter().any(|t| {
        matches!(t.kind, TokenKind::Time { marker: Marker::By, when } if when != When::Recurring)
    });
    let bare_beginning = head_token
        .filter(|t| is_act && beside_a_deadline && begins_only(text, slice, t, clause_start))
        .map(|t| (Hedge::Generic, t.start, t.end));
    let opens = is_act
        && (opening_within(tokens, &sentence.tokens, clause_start, predicate_end)
            || hands_in(text, clause_start, head_start, predicate_end)
            || proposes_to_someone(text, slice, clause_start, head_start));
    out.push(Predicate {
        // The act's words run from the end of the previous predicate, over any 、 that
        // ends no predicate (後輩の相談に、毎週金曜に、会議室でのります is one act).
        words: (quote_start(text, slice, since, head_start), predicate_end),
        // 振り返りを行います, read as thinking, is quoted from 振り返り.
        // The seat a described kind of person is named by is quoted whole (課長になる,
        // not 長になる).
        head: (
            described_seat.unwrap_or_else(|| {
                reflection
                    .filter(|_| !shared_reflection)
                    .map_or(head_start, |t| t.start.min(head_start))
            }),
            predicate_end,
        ),
        end: predicate_end,
        kind,
        subordinate: shape.subordinate
            || phrase::a_time_used(text, slice, clause_start, head_start),
        opens,
        anchored: complement || sentence.timed || sentence.measured,
        // A hedge set off by 、 (これまで以上に、…) belongs to the act that follows it.
        // (The く of 早くする is an adjective's; a listed verb that ends in it, とうろくする,
        // is no change of degree.)
        hedge: shape
            .hedge
            .filter(|_| head_token.is_none_or(|t| t.end < shape.verb_end))
            .or(light_hedge)
            .or(bare_beginning)
            .or_else(|| {
                // A shared reflection's verb leaves nothing open: the occasion is the act.
                let head = head_token.filter(|_| !shared_reflection);
                hedge_of(tokens, &sentence.tokens, head, since, predicate_end)
            })
            // A habit of handing a thing over (週報を課長に送るようにする) is confirmed by
            // whoever receives it, each time, and a practice carried to another channel
            // (電話だけでなく連絡帳でもする) keeps the rhythm it has; any other habit
            // (上司に相談するようにする, 部下の話を聞くようにする) leaves how often open.
            .or(shape.habit.filter(|_| {
                !(is_act
                    && (hands_a_thing_over(text, clause_start, head_start, predicate_end)
                        || another_channel(text, since, shape.verb_end)))
            }))
            // An ability keeps a comparative (今より早く…できるようになる): better by
            // no measure is nothing to check.
            .filter(|&(hedge, ..)| {
                is_act
                    || (kind == Kind::Outcome(super::Outcome::BecomeAble)
                        && hedge == super::Hedge::More)
            }),
    });
}

/// Whether `head` is a beginning (始める, 開始する, 取りかかる, 着手する) with nothing before
/// it in its clause but a time and the particle after it (12月7日から取りかかり、): what
/// is begun is not said.
fn begins_only(text: &Text, slice: &[Token], head: &Token, clause_start: usize) -> bool {
    if word_of(head) != Some(Word::Opening)
        || text.first_of(head.start, &vocabulary::BEGINNINGS).is_none()
    {
        return false;
    }
    let mut at = clause_start;
    while at < head.start {
        // Tokens are in text order: the one starting at `at`, if any, is found by halving.
        let next = slice.partition_point(|t| t.start < at);
        if let Some(time) = slice
            .get(next)
            .filter(|t| t.start == at && matches!(t.kind, TokenKind::Time { .. }))
        {
            at = time.end;
        } else if let Some((_, end)) = text.first_of(at, words!("から|より|に|は|、|,| ")) {
            at = end;
        } else {
            return false;
        }
    }
    at == head.start
}

/// Whether a grade in an appraisal is named at `i`: 評価 beside its letter (評価A, S評価),
/// not an appraisal named in a noun (事業性評価のヒアリングのアポを取る: an appointment).
fn a_grade_at(text: &Text, i: usize) -> bool {
    text.match_at(i, "評価").is_some()
        && (text.at(i + 2).is_ascii_alphabetic() || (i > 0 && text.at(i - 1).is_ascii_alphabetic()))
}
