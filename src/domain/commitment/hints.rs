//! What to change so the commitment passes, most useful first. Hints are data: the
//! i18n layer turns them into sentences and example rewrites.

use chrono::{Datelike, Weekday};

use super::calendar::Calendar;
use super::dates::weekday_at;
use super::dates_english::weekday_word;
use super::rules::Judgement;
use super::text::{Text, Words};
use super::{Hint, Quote, Reason, SpanKind};

/// One hint: the person should see the next step, not a list.
/// `calendar` is the day the text was written (its times were read then); a start the
/// hints suggest is from `today`'s coming Monday, never a day already past.
pub(crate) fn hints_for(
    text: &Text,
    judgement: &Judgement,
    calendar: &Calendar,
    today: chrono::NaiveDate,
) -> Vec<Hint> {
    // The Monday of next week is close enough to be real and far enough to plan for.
    let now = calendar.seen_from(today);
    let suggested_start = now.monday_of_week(1).unwrap_or(today);
    if judgement.empty {
        return vec![Hint::WriteACommitment { suggested_start }];
    }
    if judgement.nothing_yet {
        return vec![Hint::NothingYet];
    }
    if !judgement.objective.met {
        // An act whose amount is left open needs a number, not another act.
        if let Some((hedge, words)) = judgement.hedge.clone() {
            return vec![Hint::AddMeasure {
                hedge,
                words,
                suggested_start,
            }];
        }
        // Without an act there is nothing to start: a start needs an act to bind. So one
        // hint asks for both, and its example rewrite carries an act and a date. A time
        // that could start the act is there already when it is not a deadline: 来年中に
        // says when it ends, and the day it begins is still to write.
        let dated = judgement
            .start
            .reasons
            .iter()
            .any(|reason| matches!(reason, Reason::TimeWithoutAction { by: false }));
        // The date written stays (the hint says so): the example begins on it.
        let suggested_start = match judgement.unbound_date {
            Some(written) if dated && written >= today => written,
            _ => suggested_start,
        };
        return vec![Hint::AddObservableAction {
            attitude: judgement.attitude,
            words: judgement.attitude_words.clone(),
            suggested_start,
            dated,
        }];
    }
    if judgement.start.met {
        return weekday_slip(text, judgement)
            .or_else(|| year_ahead(text, judgement, calendar))
            .or_else(|| fiscal_quarter(text, judgement, calendar))
            .or_else(|| hedged(text))
            .into_iter()
            .collect();
    }
    let stray_start = judgement
        .stray_start
        .map(|(start, end)| text.span(start, end, SpanKind::Date));
    // A result is met by no date of its own (できるだけ早く簿記2級を取る: 2026年12月7日から
    // 簿記2級を取る still starts nothing): the first step towards it is what is missing,
    // whatever time it was given.
    let only_a_result = judgement
        .objective
        .reasons
        .iter()
        .find_map(|reason| match reason {
            Reason::MeasurableOutcome { outcome } => Some(*outcome),
            _ => None,
        });
    // A vague time still comes before a deadline on a result where an act is there too
    // (近いうちに毎週3件提案し、来期までにトップ3に入る: the act needs its date).
    let hint = if let Some(outcome) = only_a_result {
        Hint::TurnOutcomeIntoFirstStep {
            outcome,
            suggested_start,
        }
    } else if let Some((vague, span, words)) = judgement.vague.clone() {
        Hint::ReplaceVagueTime {
            vague,
            span,
            words,
            suggested_start,
        }
    } else if let Some(outcome) = judgement.outcome_deadline {
        Hint::TurnOutcomeIntoFirstStep {
            outcome,
            suggested_start,
        }
    } else if let Some(words) = judgement.act_deadline.clone() {
        // Begun after its own deadline, an act is late: a deadline before next Monday
        // is started on today.
        let suggested_start = match judgement.act_deadline_date {
            Some(deadline) if deadline <= suggested_start => today.min(deadline),
            _ => suggested_start,
        };
        Hint::SayWhenItBegins {
            words,
            suggested_start,
            stray_start,
        }
    } else if let Some(words) = stray_start.is_none().then(|| occasion(text)).flatten() {
        Hint::DateTheOccasion { words }
    } else {
        Hint::AddStart {
            suggested_start,
            stray_start,
        }
    };
    vec![hint]
}

/// A weekday written with the start date that is not the date's own: 12月7日(火), "Tue
/// 24th" or "December 7 (Tue)" when the 7th is a Monday. Looked for in the words of the
/// start (English puts the weekday first) and in brackets right after them, and only
/// where a figure names the day: "the day after Tuesday" or 来週の月曜 name a day by its
/// weekday, and cannot disagree with it.
fn weekday_slip(text: &Text, judgement: &Judgement) -> Option<Hint> {
    let date = judgement.start_date?;
    let span = judgement.start.spans.first()?;
    let (start, end) = (text.char_index(span.start), text.char_index(span.end));
    if !(start..end).any(|i| text.at(i).is_ascii_digit()) {
        return None;
    }
    let after = text.skip_spaces(end);
    let written = (start..end)
        .filter(|&i| text.is_word_start(i))
        .find_map(|i| weekday_word(text, i).or_else(|| weekday_at(text, i)))
        .or_else(|| in_brackets(text, after))
        .or_else(|| (start..end).find_map(|i| in_brackets(text, i)))?
        .0;
    (written != date.weekday()).then_some(Hint::CheckWeekday { date, written })
}

/// A start read as next year's although no year is written, when this year's same day
/// passed only lately (this month or the two before): 11月1日に申し込みます on 23
/// November is 1 November 2027, which the person may not have meant. A year written in
/// the words of the start (2027年, 来年, "2027"), or 来年 / "next year" anywhere in the
/// text, says they did.
fn year_ahead(text: &Text, judgement: &Judgement, calendar: &Calendar) -> Option<Hint> {
    let date = judgement.start_date?;
    let today = calendar.today;
    let this_year = date.with_year(today.year())?;
    if date.year() != today.year() + 1
        || this_year >= today
        || this_year < calendar.lately_from()?
    {
        return None;
    }
    let span = judgement.start.spans.first()?;
    let (start, end) = (text.char_index(span.start), text.char_index(span.end));
    let year_written = (start..end).any(|i| {
        text.at(i) == '年'
            || ((start..end).contains(&(i + 3)) && (i..i + 4).all(|k| text.at(k).is_ascii_digit()))
    });
    // 来年 or "next year" anywhere (11月1日に申し込みます（来年）, "on 11/1 next year")
    // says which year was meant.
    let next_year_said = (0..text.len())
        .any(|i| text.match_at(i, "来年").is_some() || text.word_at(i, "next year").is_some());
    (!year_written && !next_year_said).then_some(Hint::CheckYear { date })
}

/// A start read from a quarter (Q1, "the first quarter", 第1四半期) in a fiscal year
/// that does not start in January: Q1 is April to June in most Japanese companies, and
/// January to March to many who write in English, so the person should see which.
fn fiscal_quarter(text: &Text, judgement: &Judgement, calendar: &Calendar) -> Option<Hint> {
    let date = judgement.start_date?;
    if calendar.fiscal_start_month() == 1 {
        return None;
    }
    let span = judgement.start.spans.first()?;
    let (start, end) = (text.char_index(span.start), text.char_index(span.end));
    let quarter = (start..end).any(|i| {
        (text.at(i) == 'q' && text.is_word_start(i) && ('1'..='4').contains(&text.at(i + 1)))
            || text.word_at(i, "quarter").is_some()
            || text.match_at(i, "四半期").is_some()
    });
    quarter.then_some(Hint::CheckQuarter {
        date,
        fiscal_start_month: calendar.fiscal_start_month(),
    })
}

/// An occasion the person knows and the app cannot date, opening the sentence: 発表会が
/// 終わったら, 竣工後すぐに, 運動会のあと, "After the audit,", and the next of something
/// only the person's calendar holds (次の早番の日から、). From the start of its clause (the
/// text's start, or the last 、 or space before it) through its ending; each form looks
/// a bounded way ahead, so the scan stays linear.
fn occasion(text: &Text) -> Option<Quote> {
    const JA: Words = Words::new("が終わったら|が終わってから|が終わり次第|が済んだら|後すぐに|後速やかに|後直ちに|のあとで|のあとに|のあと、|の後で|の後に|の後、|後、");
    const EN: Words = Words::new("after the|once the");
    if let Some((_, end)) = text.first_of(text.skip_spaces(0), &EN) {
        let comma = (end..text.len().min(end + 60)).find(|&i| text.at(i) == ',')?;
        return Some(Quote::new(text.original(0, comma)));
    }
    // 次の早番の日から、 つぎのやすみに、: the next of something only the person's
    // calendar holds (a shift, a day off), set off by its 、.
    const NEXT: Words = Words::new("次の|次回の|つぎの|今度の|こんどの");
    const PARTICLE: Words = Words::new("から|より|に|で");
    if let Some((_, after)) = text.first_of(text.skip_spaces(0), &NEXT) {
        let comma = (after..text.len().min(after + 16)).find(|&i| matches!(text.at(i), '、' | ','));
        // Not before it (次の契約更新の前に, までに): a deadline, whose example dates it.
        let before = |c: usize| {
            text.ends_with_at(c, "前に").is_some()
                || text.ends_with_at(c, "までに").is_some()
                || text.ends_with_at(c, "まで").is_some()
        };
        if let Some(comma) = comma.filter(|&c| c > after + 1 && !before(c)) {
            if (after..comma).any(|i| text.first_of(i, &PARTICLE).map(|(_, e)| e) == Some(comma)) {
                return Some(Quote::new(text.original(0, comma)));
            }
        }
    }
    // 来月の勤務表が出たら、新人が独り立ちしたら、1月の勤務希望を出すときに、: a leading
    // condition whose day only the person's workplace knows, set off by its 、.
    const CONDITION: Words = Words::new("たら、|ったら、|だら、|ときに、|時に、|際に、|次第、");
    let (at, end) = (0..text.len().min(40)).find_map(|i| {
        text.first_of(i, &JA)
            .or_else(|| text.first_of(i, &CONDITION).map(|(k, e)| (k, e - 1)))
            .map(|(_, e)| (i, e))
    })?;
    let start = (0..at)
        .rev()
        .find(|&i| "、，,。 ".contains(text.at(i)))
        .map_or(0, |i| i + 1);
    (at >= start + 2).then(|| Quote::new(text.original(start, end)))
}

/// An act written as what the person has in mind (聞いてみようと思う, 行こうと考えている,
/// 問い合わせるつもりです, "I plan to", "I intend to"): the form, as
/// the note names it. A volitional form (しよう, 行こう) ends in う before と思う or と考える.
fn hedged(text: &Text) -> Option<Hint> {
    const JA: [(&str, &str); 3] = [
        ("うと思", "〜と思う"),
        ("うと考え", "〜と考えている"),
        ("つもり", "〜つもり"),
    ];
    const EN: [&str; 4] = ["plan to", "planning to", "intend to", "intending to"];
    let ending = (0..text.len()).find_map(|i| {
        JA.iter()
            .find(|(form, _)| text.match_at(i, form).is_some())
            .map(|(_, ending)| *ending)
            .or_else(|| {
                EN.iter()
                    .copied()
                    .find(|form| text.word_at(i, form).is_some())
            })
    })?;
    Some(Hint::SayItFirmly {
        ending: ending.to_owned(),
    })
}

/// (火), （火曜）, (Tue) at `i`.
fn in_brackets(text: &Text, i: usize) -> Option<(Weekday, usize)> {
    if text.at(i) != '(' {
        return None;
    }
    let (weekday, end) = weekday_word(text, i + 1)
        .or_else(|| weekday_at(text, i + 1))
        .or_else(|| Some((japanese_weekday(text.at(i + 1))?, i + 2)))?;
    (text.at(end) == ')').then_some((weekday, end + 1))
}

/// 月 火 水 木 金 土 日 alone, as in 12月7日(月).
fn japanese_weekday(c: char) -> Option<Weekday> {
    let k = "月火水木金土日".chars().position(|d| d == c)?;
    Weekday::try_from(k as u8).ok()
}
