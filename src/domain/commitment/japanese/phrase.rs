//! The words before a Japanese predicate's ending: the listed word that heads it
//! (頑張|ります), where a verb no list knows begins (点検|します, 水をや|ります), where
//! the person's own words for the act begin (after its date and what joins it to the
//! previous act), and a note that ends in a noun (TOEIC申込。) with the particles that
//! make it something an act takes.

use super::{hedge_of, kind_of_head, Kind, Predicate, Sentence, Text, Token, TokenKind, When};
use crate::domain::commitment::text::{is_kana, is_kanji, is_katakana, words, Words};
use crate::domain::commitment::vocabulary::Word;

/// A sentence that ends in a noun, as notes do (12月1日、TOEIC申込。毎朝30分英語学習。):
/// when the noun is an act that opens something, it is that act; when it is any other
/// noun after what an act would take (を, a count), it may be an act, and the check
/// says it is unsure rather than failing the person.
pub(super) fn noun_ending(
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
        .filter(|t| t.end <= content_end)
        .find(|t| !matches!(t.kind, TokenKind::ClauseBreak));
    // A time that ends the note may keep its に (受験申込は12月中に, 申込は年内に).
    let ends_the_note =
        |t: &&Token| t.end == content_end || (t.end + 1 == content_end && text.at(t.end) == 'に');
    if let Some(time) =
        last.filter(|t| ends_the_note(t) && matches!(t.kind, TokenKind::Time { .. }))
    {
        // TOEIC申込、〆12/10: a note whose time comes last, after a comma, ends in the
        // noun before it (read once: the time's clause has no noun of its own). So does
        // one whose noun is the topic and the time what is said of it (申請は11/27までに,
        // 受験申込は12月中に).
        let mut noun_end = time.start;
        while noun_end > sentence.start && matches!(text.at(noun_end - 1), '、' | ',' | ' ' | '〆')
        {
            noun_end -= 1;
        }
        let topic = noun_end == time.start
            && noun_end > sentence.start + 1
            && text.at(noun_end - 1) == 'は'
            && !('ぁ'..='ゖ').contains(&text.at(noun_end - 2));
        if topic {
            noun_end -= 1;
        }
        if noun_end < time.start && noun_end > sentence.start && (clause_start > noun_end || topic)
        {
            noun_ending(text, tokens, sentence, noun_end, sentence.start, out);
        }
        return;
    }
    // A note may close with the copula (課長に相談だ, 部長と面談です).
    let content_end = text
        .first_ending_at(content_end, words!("です|だ"))
        .map_or(content_end, |(_, s)| s)
        .max(clause_start);
    // 3月までに宅建合格！: a note that ends in a result is that result, measurable and
    // with no act begun (目標は合格: a goal named as a topic, not a commitment).
    let result = last.filter(|t| t.end == content_end && text.at(t.start.wrapping_sub(1)) != 'は');
    // 入力率100%, 前年比で契約件数120%: a note that ends in a percentage is a level to
    // reach, as 率を80%以上にする is; so is one that ends in a grade or a prize and 以上
    // (銅メダル以上), but not a count (月3冊以上).
    let percentage = text.at(content_end.wrapping_sub(1)) == '%'
        && text.at(content_end.wrapping_sub(2)).is_ascii_digit()
        && last.is_some_and(|t| t.end + 1 == content_end);
    let above = text.ends_with_at(content_end, "以上").is_some_and(|at| {
        at > clause_start
            && !('ぁ'..='ゖ').contains(&text.at(at - 1))
            && !slice
                .iter()
                .any(|t| t.kind == TokenKind::Word(Word::Measure) && t.end <= at && at - t.end <= 3)
    });
    let level = (percentage || above).then_some(crate::domain::commitment::Outcome::Achieve);
    let outcome = match result.and_then(word_of) {
        Some(Word::Outcome(outcome)) => Some(outcome),
        _ => level,
    };
    if let Some(outcome) = outcome {
        let head = last.map_or(content_end, |t| t.start);
        out.push(Predicate {
            words: (quote_start(text, slice, clause_start, head), content_end),
            head: (head, content_end),
            end: content_end,
            kind: Kind::Outcome(outcome),
            subordinate: false,
            opens: false,
            anchored: true,
            hedge: None,
        });
        return;
    }
    // 講習会に申込み: the noun of an opening act may keep the kana of its stem.
    let opening = last.filter(|t| {
        word_of(t) == Some(Word::Opening)
            && (t.end == content_end || (t.end + 1 == content_end && text.at(t.end) == 'み'))
    });
    // 受講申込を完了, 予約の完了: an act that opens something, said done, is that act.
    let opening = opening.or_else(|| {
        let (_, done) = text.first_ending_at(content_end, words!("完了|済み"))?;
        let object_end = done - usize::from(done > 0 && "をの".contains(text.at(done - 1)));
        slice
            .iter()
            .find(|t| t.end == object_end && word_of(t) == Some(Word::Opening))
    });
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
    // What an act takes: an object (を), a person or a place (部長と面談, 人事に相談), the
    // occasion of a role (定例MTGでファシリ担当) or a gathering, or a count or a rhythm
    // (毎週月曜).
    let role = text
        .first_ending_at(content_end, words!("担当|係|役|当番"))
        .is_some();
    // A gathering the act is done at (説明会で発表, 定例会議で報告) is a place anyone there
    // sees it in; で after other nouns may say how (笑顔で対応, 一人で作業).
    let at_a_gathering = |i: usize| i > clause_start && matches!(text.at(i - 1), '会' | '議');
    let takes_object = start.checked_sub(1).is_some_and(|i| {
        i >= clause_start
            && ("とにへ".contains(text.at(i))
                || (text.at(i) == 'で' && (role || at_a_gathering(i))))
    }) || (clause_start..start).any(|i| text.at(i) == 'を')
        || slice.iter().any(|t| {
            word_of(t) == Some(Word::Measure)
                || matches!(
                    t.kind,
                    TokenKind::Time {
                        when: When::Recurring,
                        ..
                    }
                )
        });
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

/// The listed word that heads the predicate: the last one that ends at the verb, with
/// at most a few kana of inflection between (頑張|ります, 目指|します, 読ん|でいきます).
/// A listed word may also reach into what was peeled off (目標にし|ます).
pub(super) fn head_token<'t>(
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

pub(super) fn word_of(token: &Token) -> Option<Word> {
    match token.kind {
        TokenKind::Word(word) => Some(word),
        _ => None,
    }
}

/// Where a verb no list knows begins: back over a little inflection, then over the
/// kanji or katakana of its stem (点検, サイン, 水をや|ります reads や).
pub(super) fn verb_start(text: &Text, verb_end: usize, floor: usize) -> usize {
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

/// Where the quoted words begin: at the start of the clause, after any date in it (the
/// report names the date on its own), so that the quote is the whole phrase the person
/// wrote for the act. A rhythm (毎週金曜に) stays: it is part of what is done. A note in
/// brackets on the time (部会（4月）で、, 来年度(2027年4月)から, 12月1日（予定）に) goes
/// with it, and so does what joins the time to the act after the note (で、, から,
/// が終わったら、).
pub(super) fn quote_start(
    text: &Text,
    slice: &[Token],
    clause_start: usize,
    head_start: usize,
) -> usize {
    let mut start = clause_start;
    let first = slice.partition_point(|t| t.start < clause_start);
    for token in slice[first..].iter().take_while(|t| t.end <= head_start) {
        // 年末回顧企画の原稿を: a time that begins a compound noun is part of the
        // person's words for the thing.
        if matches!(token.kind, TokenKind::Time { when, .. } if when != When::Recurring)
            && !crate::domain::commitment::dates::end_before_a_noun(text, token.end)
        {
            start = token.end;
        }
    }
    let after_note = (start > clause_start)
        .then(|| after_a_note(text, clause_start, start, head_start))
        .flatten();
    if let Some(end) = after_note {
        start = end;
        // The time's particle, or what says the time has come, up to its 、.
        let comma = (start..head_start.min(start + 8))
            .find(|&i| matches!(text.at(i), '、' | ','))
            .filter(|&c| (start..c).all(|i| !matches!(text.at(i), 'を' | '(' | '（')));
        match comma {
            Some(comma) => start = comma + 1,
            None => {
                if let Some((_, end)) = text.first_of(start, &TIME_PARTICLES) {
                    start = end.min(head_start);
                }
            }
        }
    }
    // 来月のシフトから、 4月の新体制から、: a time's occasion that the act is taken up
    // from, set off by its 、, goes with the time (the quote had begun シフトから、…).
    if start > clause_start && text.at(start) == 'の' {
        let noun = |c: char| is_kanji(c) || is_katakana(c) || c == 'ー';
        let mut end = start + 1;
        while end < head_start && end - start <= 8 && noun(text.at(end)) {
            end += 1;
        }
        if let Some((_, after)) = text.first_of(end, &FROM_THEN) {
            if end > start + 1 && matches!(text.at(after), '、' | ',') && after < head_start {
                start = after + 1;
            }
        }
    }
    // What joins the previous predicate to this one (ので、, が、, けれど、) is not
    // part of this act.
    let comma = (start..head_start.min(start + 5)).find(|&i| matches!(text.at(i), '、' | ','));
    if let Some(comma) = comma.filter(|&c| c > start && (start..c).all(|i| is_kana(text.at(i)))) {
        start = comma + 1;
    }
    // The particle right after the time (来週は, 月末に), not a word's first kana after a
    // space (こんしゅうちゅうに　はんちょうに: 班長).
    let mut after_space = false;
    while start < head_start {
        match text.at(start) {
            '、' | ',' | ' ' => after_space = true,
            'に' | 'は' | 'の' if !after_space => {}
            _ => break,
        }
        start += 1;
    }
    start.min(head_start)
}

/// What says an act is taken up from an occasion (シフトから, 新体制より).
const FROM_THEN: Words = Words::new("から|より");

/// The particles that join a time to what is done then (（4月）で, （1月8日）から).
const TIME_PARTICLES: Words = Words::new("にて|では|には|までに|まで|から|より|で|に");

/// Where a note in brackets on a time ends (the char after its closing bracket), when
/// the time that ends at `time_end` stands inside it (部会（4月）) or the note follows
/// the time right away (12月1日（予定）). Full-width and ASCII brackets alike.
fn after_a_note(
    text: &Text,
    clause_start: usize,
    time_end: usize,
    head_start: usize,
) -> Option<usize> {
    let is_open = |c: char| matches!(c, '(' | '（');
    let is_close = |c: char| matches!(c, ')' | '）');
    let close_after = |from: usize| {
        (from..head_start.min(from + 24))
            .find(|&i| is_close(text.at(i)) || is_open(text.at(i)))
            .filter(|&i| is_close(text.at(i)))
            .map(|i| i + 1)
    };
    // Inside: an open bracket before the time with no close between.
    let inside = (clause_start..time_end)
        .rev()
        .take(24)
        .find(|&i| is_open(text.at(i)) || is_close(text.at(i)))
        .is_some_and(|i| is_open(text.at(i)));
    if inside {
        return close_after(time_end);
    }
    if time_end < head_start && is_open(text.at(time_end)) {
        return close_after(time_end + 1);
    }
    None
}

/// Whether the verb at `head_start` only says that a time is used for the act after it
/// (来週月曜の祝日を使って、説明会に参加します; 土曜日を利用して、…): the means of that
/// act, a clause under it, not an act of its own.
pub(super) fn a_time_used(
    text: &Text,
    slice: &[Token],
    clause_start: usize,
    head_start: usize,
) -> bool {
    head_start > clause_start
        && text.at(head_start - 1) == 'を'
        && text
            .first_of(head_start, words!("使って、|利用して、|活用して、"))
            .is_some()
        && slice.iter().any(|t| {
            matches!(t.kind, TokenKind::Time { .. })
                && t.start >= clause_start
                && t.end < head_start
        })
}
