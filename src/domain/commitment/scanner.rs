//! One pass over the text that turns it into tokens: words from the closed lists,
//! counts, time expressions, clause breaks and sentence ends. Each position is looked at once, with a bounded
//! look-ahead, so the cost is linear in the length of the text.

mod time_starts;

use super::calendar::Calendar;
use super::dates::{self, Marker, When};
use super::text::{is_kanji, number_at, words, Text, Words};
use super::vocabulary::{self, Word};
use super::{Attitude, VagueTime};
use time_starts::may_start_time;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Token {
    /// Char positions in the normalised text.
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TokenKind,
    /// Written in Latin letters: English word order applies around it.
    pub(crate) english: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum TokenKind {
    Word(Word),
    Time {
        when: When,
        marker: Marker,
    },
    /// 、 or a comma: in Japanese a time binds the words up to the end of its clause.
    ClauseBreak,
    SentenceEnd,
}

pub(crate) fn scan(text: &Text, calendar: &Calendar) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let c = text.at(i);
        let english = c.is_ascii();
        if ends_sentence(text, i) {
            tokens.push(Token {
                start: i,
                end: i + 1,
                kind: TokenKind::SentenceEnd,
                english,
            });
            i += 1;
            continue;
        }
        if matches!(c, '、' | ',') {
            tokens.push(Token {
                start: i,
                end: i + 1,
                kind: TokenKind::ClauseBreak,
                english,
            });
            i += 1;
            continue;
        }
        // Inside a Latin word nothing can start: only word starts are looked at.
        if c.is_ascii_alphanumeric() && !text.is_word_start(i) {
            i += 1;
            continue;
        }
        if may_start_time(text, i) {
            if let Some(mut found) = dates::time_at(text, i, calendar).filter(|found| found.end > i)
            {
                // "sometime next year", いつか来年: a vague word right before a time
                // leaves it as vague as itself.
                // "sometime in the new year": a preposition between them changes nothing;
                // nor does "after" ("once things slow down after spring planting").
                let after_vague = |end: usize| {
                    let at = text.skip_spaces(end);
                    ["in", "during", "around", "over", "after"]
                        .iter()
                        .find_map(|w| text.word_at(at, w))
                        .map_or(at, |end| text.skip_spaces(end))
                };
                if let Some(vague) = tokens.last_mut().filter(|t| {
                    matches!(t.kind, TokenKind::Word(Word::Vague(_)))
                        && (text.skip_spaces(t.end) == i || after_vague(t.end) == i)
                }) {
                    vague.end = found.end;
                    i = found.end;
                    continue;
                }
                // "by the end of Q3 (Dec 31)", 今期中（3月末まで）: the same day again in
                // brackets only restates the time before it, which keeps its preposition.
                let restates = tokens.last().is_some_and(|previous| match previous.kind {
                    TokenKind::Time { when, .. } => {
                        dates::restates_in_brackets(text, (previous.end, when), i, &found)
                    }
                    _ => false,
                });
                if restates {
                    i = found.end;
                    continue;
                }
                // 4月1日付の転換: the day a status takes effect describes the noun
                // after it, not when the person acts.
                if let Some((_, end)) = text.first_of(found.end, words!("付の|付けの")) {
                    i = end;
                    continue;
                }
                // 給料日ごとに, 月曜ごとに: a rhythm, how often the act is done, not when
                // it begins.
                if let Some((_, end)) = text.first_of(found.end, words!("ごとに|毎に")) {
                    tokens.push(measure(i, end, english));
                    i = end;
                    continue;
                }
                // 春ごろから, 年明けくらいに, 来月頃: a period said only approximately is as
                // vague as 近いうちに (writers of batches 45 and 49 label it so); a day said
                // approximately (1月10日ごろから) keeps its day, and ごろ is not the act's.
                if let Some((period, end)) = approximately(text, i, found.end) {
                    if period {
                        tokens.push(Token {
                            start: i,
                            end,
                            kind: TokenKind::Word(Word::Vague(VagueTime::Around)),
                            english,
                        });
                        i = end;
                        continue;
                    }
                    found.end = end;
                }
                // 今日中に, by the end of today: a deadline that leaves no later day to
                // begin on is the act's day.
                // 〆12/10, 締切12/10: the deadline mark before the day.
                let closing = text.first_ending_at(i, &dates::CLOSING).is_some();
                let marker = match (found.marker, found.when) {
                    (Some(Marker::By), When::Date(date)) if date == calendar.today => Marker::On,
                    _ if closing => Marker::By,
                    (marker, _) => marker.unwrap_or(Marker::On),
                };
                let kind = TokenKind::Time {
                    when: found.when,
                    marker,
                };
                tokens.push(Token {
                    start: i,
                    end: found.end,
                    kind,
                    english,
                });
                i = found.end;
                continue;
            }
        }
        // "with customer satisfaction in mind": an attitude with its object inside.
        if english && matches!(c, 'w' | 'k' | 'b') {
            if let Some(end) = vocabulary::in_mind_at(text, i) {
                tokens.push(Token {
                    start: i,
                    end,
                    kind: TokenKind::Word(Word::AttitudeVerb(Attitude::BeAware)),
                    english,
                });
                i = end;
                continue;
            }
        }
        if let Some((word, end)) = vocabulary::word_at(text, i).filter(|&(_, end)| end > i) {
            // "the weekly meeting", "my daily reports": after a determiner the rhythm
            // describes a thing, not how often the act is done.
            let word = if word == Word::Measure && english && describes_a_thing(text, i) {
                Word::Other
            } else if word == Word::AttitudeVerb(Attitude::Stay) && stays_for_a_time(text, end) {
                Word::Other
            } else {
                word
            };
            // 年明けに、どこかのタイミングで; 来月のどこかの時点で; 来年のどこかで: some point
            // within the time before leaves it as vague as itself, as いつか来年 does.
            // どこかで with no time right before is somewhere, a place: no time at all.
            let mut word = word;
            if matches!(word, Word::Vague(_)) && text.match_at(i, "どこか").is_some() {
                let time = tokens
                    .iter_mut()
                    .rev()
                    .find(|t| !matches!(t.kind, TokenKind::ClauseBreak))
                    .filter(|t| {
                        matches!(t.kind, TokenKind::Time { .. })
                            && i - t.end <= 2
                            && (t.end..i)
                                .all(|j| matches!(text.at(j), '、' | ',' | 'の' | 'に' | ' '))
                    });
                match time {
                    Some(time) => time.kind = TokenKind::Word(word),
                    None if text.match_at(i, "どこかで").is_some() => word = Word::Other,
                    None => {}
                }
            }
            tokens.push(Token {
                start: i,
                end,
                kind: TokenKind::Word(word),
                english,
            });
            i = end;
            continue;
        }
        // A number that is not part of a date is a count (30分, 3冊, 15 minutes): what
        // makes a hedged act measurable.
        if let Some((_, end)) =
            number_at(text, i).filter(|&(_, end)| end > i && counts(text, i, end))
        {
            tokens.push(measure(i, end, english));
            i = end;
            continue;
        }
        i += 1;
    }
    tokens
}

/// A count or a rhythm at chars `start..end`.
fn measure(start: usize, end: usize, english: bool) -> Token {
    Token {
        start,
        end,
        kind: TokenKind::Word(Word::Measure),
        english,
    }
}

/// Whether the English word at `i` (daily, weekly, monthly) follows a determiner.
fn describes_a_thing(text: &Text, i: usize) -> bool {
    let adjective = ["daily", "weekly", "monthly"]
        .iter()
        .any(|w| text.word_at(i, w).is_some());
    let before = i.saturating_sub(1);
    let mut start = before;
    while start > 0 && text.at(start - 1).is_ascii_alphabetic() && before - start < 6 {
        start -= 1;
    }
    adjective
        && text.at(before) == ' '
        && [
            "the", "my", "our", "a", "his", "her", "their", "your", "its", "this", "that",
        ]
        .iter()
        .any(|d| text.word_at(start, d) == Some(before))
}

/// Whether the number at chars `start..end` counts something. Figures do, except an
/// age (50歳, 60才, 50代) and a year of service (入社2年目, 入館２年目), which say who
/// rather than how much; a kanji numeral does
/// only before a counter (一度, 三冊, 二人), since inside a word (一緒, 一流, 第一, 統一)
/// it counts nothing.
fn counts(text: &Text, start: usize, end: usize) -> bool {
    let year_of_service = text.at(end) == '年' && text.at(end + 1) == '目';
    if matches!(text.at(end), '歳' | '才' | '代') || year_of_service || in_a_name(text, start, end)
    {
        return false;
    }
    if text.at(start).is_ascii_digit() {
        return true;
    }
    let inside_a_word = start > 0 && is_kanji(text.at(start - 1));
    !inside_a_word && text.first_of(end, &COUNTERS).is_some()
}

/// Whether the figure at chars `start..end` is one side of a name written with figures
/// around a few letters (1on1, 2on2: a kind of meeting) or a figure with a capital (5S,
/// 2F): it counts nothing.
fn in_a_name(text: &Text, start: usize, end: usize) -> bool {
    let mut after = end;
    while text.at(after).is_ascii_alphabetic() && after - end < 4 {
        after += 1;
    }
    let mut before = start;
    while before > 0 && text.at(before - 1).is_ascii_alphabetic() && start - before < 4 {
        before -= 1;
    }
    // 5Sを徹底する, 2Fの会議室: a figure and one capital before Japanese text is a name.
    let letter_name =
        end - start == 1 && text.at(end).is_ascii_alphabetic() && !text.at(end + 1).is_ascii();
    letter_name
        || (after > end && text.at(after).is_ascii_digit())
        || (before < start && before > 0 && text.at(before - 1).is_ascii_digit())
}

/// What follows a kanji numeral that counts: a closed set of counters and units.
const COUNTERS: Words = Words::new( "回|度|冊|件|人|名|本|枚|時間|分|日|週|月|年|個|社|つ|ページ|か所|箇所|点|問|コマ|台|杯|歩|キロ|行|章|品|種類|ヶ月|か月|カ月|週間|日間");

/// 。！？ and new lines end a sentence; so does a full stop followed by a space.
fn ends_sentence(text: &Text, i: usize) -> bool {
    match text.at(i) {
        '。' | '!' | '?' | '\n' | '\r' => true,
        // 相談会をひらく、初回12/4: a note after a comma that dates the first session (a
        // day in figures right after it) is a sentence of its own, as 「初回は12/4。」 is.
        '、' | ',' => text
            .first_of(
                i + 1,
                words!("初回は|初回：|初回:|初回 |初回|1回目は|1回目"),
            )
            .and_then(|(_, at)| number_at(text, at))
            .is_some_and(|(_, end)| matches!(text.at(end), '/' | '／' | '月')),
        '.' => {
            (text.at(i + 1).is_whitespace() || i + 1 >= text.len()) && !after_abbreviation(text, i)
        }
        _ => false,
    }
}

/// Abbreviations whose period ends no sentence ("the training dept. to enroll me").
const ABBREVIATIONS: &str =
    "dept|depts|div|mgr|asst|approx|esp|incl|etc|vs|dr|mr|mrs|ms|st|e.g|i.e";

/// Whether the period at `i` closes one of `ABBREVIATIONS`.
fn after_abbreviation(text: &Text, i: usize) -> bool {
    let mut start = i;
    while start > 0
        && (text.at(start - 1).is_ascii_alphabetic()
            || (text.at(start - 1) == '.' && start - 1 != i))
        && i - start < 6
    {
        start -= 1;
    }
    start < i
        && text.is_word_start(start)
        && super::text::alternatives(ABBREVIATIONS).any(|a| text.match_at(start, a) == Some(i))
}

/// ごろ, 頃, くらい or ぐらい inside or right after the time `start..end` (not 中頃, the
/// middle of a month): whether the time is a period rather than a day, and where the
/// approximation and its particle end.
fn approximately(text: &Text, start: usize, end: usize) -> Option<(bool, usize)> {
    let inside = (start..end).any(|k| {
        (text.match_at(k, "ごろ").is_some() || text.at(k) == '頃')
            && text.at(k.wrapping_sub(1)) != '中'
    });
    let after = text.first_of(end, words!("ごろ|頃|くらい|ぐらい"));
    if !inside && after.is_none() {
        return None;
    }
    let end = after.map_or(end, |(_, after)| {
        text.first_of(after, words!("までに|まで|から|に"))
            .map_or(after, |(_, e)| e)
    });
    let day = (start..end).any(|k| matches!(text.at(k), '日' | '/' | '／'));
    Some((!day, end))
}

/// "stay 20 min after close", "stay an hour after my shift": staying for a length of time
/// anyone can see, an act (not "stay calm", "stay late", a state or a manner).
fn stays_for_a_time(text: &Text, end: usize) -> bool {
    let at = text.skip_spaces(end);
    let counted = number_at(text, at).is_some_and(|(_, e)| {
        let unit = text.skip_spaces(e);
        [
            "min", "mins", "minutes", "minute", "hour", "hours", "hr", "hrs",
        ]
        .iter()
        .any(|w| text.word_at(unit, w).is_some())
    });
    counted
        || [
            "an hour",
            "one hour",
            "half an hour",
            "an extra hour",
            "30 minutes",
        ]
        .iter()
        .any(|w| text.word_at(at, w).is_some())
}
