//! The example rewrite shown with a hint: the person's own words with a start put in, a
//! first step put before a deadline or a vague time swapped for a date, a wish said as
//! what one will do, an example on their own topic (`topics`), or else a fixed good
//! example; a rewrite is shown only when it passes both tests itself.

use chrono::NaiveDate;

use super::{format_date, format_start, topics};
use crate::domain::commitment::{check_with, Attitude, Hint, Outcome, Settings, Span};
use crate::domain::lang::Lang;
use crate::i18n::fill;

/// An example rewrite. Where the person's own words can stay, they do: a start is put
/// in front, or the vague time is swapped for a date; otherwise a fixed good example.
///
/// A rewrite of the person's words is shown only when it passes both tests itself
/// (いつか簿記2級を取る with a date in front still starts nothing): an example that the
/// check would turn down teaches the wrong thing, so the hint's fixed good example is
/// shown instead. The screens check it as the person's text is checked, on the same day
/// with the host's settings (`hint_example_on`); this form, for tools and tests, checks it
/// as written a week before the start it suggests, with the usual settings.
pub fn hint_example(hint: &Hint, text: &str, lang: Lang) -> String {
    let written_on = hint
        .suggested_start()
        .and_then(|start| start.checked_sub_days(chrono::Days::new(7)));
    match written_on {
        Some(day) => hint_example_on(hint, text, lang, day, &Settings::default()),
        None => fixed_example(hint, lang),
    }
}

/// [`hint_example`], its rewrite checked as of `today` with `settings` (in the example's
/// language), as the screen checks what the person writes.
///
/// A wish (FP2級を取りたい, "I'd like to get the FP certificate") is said as what one will
/// do (FP2級を取ります) and checked again: if that passes, it is the example; if it is a
/// goal, the example is the goal's first step, as for the plain form; otherwise the
/// topic's example comes first, and the plain form's example after it.
pub fn hint_example_on(
    hint: &Hint,
    text: &str,
    lang: Lang,
    today: NaiveDate,
    settings: &Settings,
) -> String {
    let settings = Settings {
        lang: Some(lang),
        ..settings.clone()
    };
    let plain = match hint {
        Hint::AddObservableAction {
            attitude: Some(Attitude::Want),
            words,
            ..
        } => wish_said_as_a_will(text, words.as_str(), lang)
            .map(|plain| (check_with(&plain, today, &settings), plain)),
        _ => None,
    };
    // The plain form's own example, when it has one (a goal's first step, a start).
    let plain_example = |goal_only: bool| {
        let (report, plain) = plain.as_ref()?;
        let first = report.hints.first()?;
        let goal = matches!(first, Hint::TurnOutcomeIntoFirstStep { .. });
        (report.objective.met && (goal || !goal_only))
            .then(|| hint_example_on(first, plain, lang, today, &settings))
            .filter(|example| !example.is_empty())
    };
    if let Some((report, plain)) = &plain {
        if report.passes_both_tests() {
            return plain.clone();
        }
    }
    if let Some(example) = plain_example(true) {
        return example;
    }
    let rewrite = rewrite_in_own_words(hint, text, lang).or_else(|| on_topic(hint, text, lang));
    match rewrite {
        Some(rewrite) if check_with(&rewrite, today, &settings).passes_both_tests() => rewrite,
        Some(_) => fixed_example(hint, lang),
        None => plain_example(false).unwrap_or_else(|| fixed_example(hint, lang)),
    }
}

/// A wish said as what one will do, for the check to read again: 〜たい (です, と思います)
/// becomes 〜ます on the same stem (取りたい: 取ります, 合格したいです: 合格します); in
/// English the wish's words (`words`, as the check quoted them: "want to", "I'd like
/// to") become "will", after "I" or "we". `None` when the wish is not so written.
fn wish_said_as_a_will(text: &str, words: &str, lang: Lang) -> Option<String> {
    let text = text.trim();
    match lang {
        Lang::Ja => {
            let at = text.rfind("たい")?;
            let (stem, after) = (text.get(..at)?, text.get(at + "たい".len()..)?);
            let after = after.trim_end_matches(['。', '！', '!', '.', ' ', '　']);
            const ENDINGS: [&str; 9] = [
                "",
                "です",
                "と思います",
                "と思っています",
                "と思ってます",
                "と思う",
                "と思っている",
                "と考えています",
                "と考えている",
            ];
            (!stem.is_empty() && ENDINGS.contains(&after)).then(|| format!("{stem}ます"))
        }
        Lang::En => {
            let at = text.find(words).filter(|_| !words.is_empty())?;
            let lower = words.to_ascii_lowercase();
            let subject = ["i'", "i ", "i\u{2019}"]
                .iter()
                .any(|start| lower.starts_with(start));
            let will = if subject { "I will" } else { "will" };
            Some(format!(
                "{}{will}{}",
                text.get(..at)?,
                text.get(at + words.len()..)?
            ))
        }
    }
}

/// The person's own words with a start put in, for the hints that keep them; `None`
/// for the others, which show a fixed example.
fn rewrite_in_own_words(hint: &Hint, text: &str, lang: Lang) -> Option<String> {
    let original = text;
    let text = text.trim();
    let rewrite = match (hint, lang) {
        // Taking an exam from a day (12月7日から、TOEICを受けます) shows nothing begun on
        // it: the practice for it is the first step, as before a deadline.
        (
            Hint::AddStart {
                suggested_start,
                stray_start,
            },
            _,
        ) if topics::taking_an_exam(text, lang) => {
            exam_practice_before(*suggested_start, &without(original, *stray_start)?, lang)
        }
        (
            Hint::AddStart {
                suggested_start,
                stray_start,
            },
            Lang::Ja,
        ) => format!(
            "{}、{}",
            format_start(*suggested_start, lang),
            after_an_unread_start(&without(original, *stray_start)?, lang)
        ),
        (
            Hint::AddStart {
                suggested_start,
                stray_start,
            },
            Lang::En,
        ) => format!(
            "Starting on {}, {}",
            format_date(*suggested_start, lang),
            lower_first(after_an_unread_start(
                &without(original, *stray_start)?,
                lang
            ))
        ),
        // A deadline with no start: a first step others could see before it, on the
        // person's topic when it is an exam (past papers every morning), otherwise the
        // plan told to their manager; never a bare "start" on a date, which nobody sees.
        (
            Hint::SayWhenItBegins {
                suggested_start,
                stray_start,
                ..
            },
            _,
        ) => {
            let rest = without(original, *stray_start)?;
            let date = format_date(*suggested_start, lang);
            match lang {
                _ if topics::on_an_exam(text, lang) => {
                    exam_practice_before(*suggested_start, &rest, lang)
                }
                Lang::Ja => fill(
                    "{}までに、進め方と途中の締め切りを上司に伝え、{}",
                    &[&date, &rest],
                ),
                Lang::En => fill(
                    "By {} I will send my manager a plan with a date for each step. {}",
                    &[&date, &upper_first(&rest)],
                ),
            }
        }
        (
            Hint::ReplaceVagueTime {
                span,
                suggested_start,
                ..
            },
            _,
        ) => {
            // The span counts bytes of the text as it was checked, so the untrimmed one.
            let (before, after) = match (original.get(..span.start), original.get(span.end..)) {
                (Some(before), Some(after)) => (before, after),
                _ => return None,
            };
            let date = match lang {
                Lang::Ja => format_start(*suggested_start, lang),
                Lang::En if before.is_empty() => {
                    format!("On {}", format_date(*suggested_start, lang))
                }
                Lang::En => format!("on {}", format_date(*suggested_start, lang)),
            };
            format!("{before}{date}{after}").trim().to_string()
        }
        // Thinking about something (再雇用のことは、そのうち考えます): the first step that
        // starts the thinking with someone, on the person's own topic.
        (
            Hint::AddObservableAction {
                attitude: Some(Attitude::Think),
                suggested_start,
                ..
            },
            Lang::Ja,
        ) => format!(
            "{}までに、{}について人事部か上司に30分の相談を申し込みます",
            format_date(*suggested_start, lang),
            thought_topic(text)?
        ),
        // An effort on something (QCの勉強をがんばる, 英語を頑張ります, 業務改善に取り組む): time
        // set aside for it each week and a report of what was done, on the person's topic.
        (
            Hint::AddObservableAction {
                attitude: Some(Attitude::DoMyBest | Attitude::Strive | Attitude::WorkOn),
                words,
                suggested_start,
                ..
            },
            Lang::Ja,
        ) => format!(
            "{}、毎週1時間を{}にあて、月末に進み具合を上司に報告します",
            format_start(*suggested_start, lang),
            effort_topic(text, words.as_str())?
        ),
        _ => return None,
    };
    Some(rewrite)
}

/// For the hints whose fixed example is a general one (an act with nothing to count, an
/// act missing, a wish, no commitment at all, something kept in mind or not done), an
/// example on the person's own topic (`topics`): 部下の話をよく聞くように心がけます gets
/// one-on-ones with the team, not a procedure to write. Those with an example of their
/// own kind (being able to, being relied upon, thinking) keep it; something kept in mind
/// on none of the topics gets its own.
fn on_topic(hint: &Hint, text: &str, lang: Lang) -> Option<String> {
    let start = match hint {
        Hint::AddMeasure {
            suggested_start, ..
        }
        | Hint::WriteACommitment { suggested_start } => suggested_start,
        Hint::AddObservableAction {
            attitude,
            suggested_start,
            ..
        } if !matches!(
            attitude,
            Some(
                Attitude::Able | Attitude::BeReliedUpon | Attitude::BecomeSomeone | Attitude::Think
            )
        ) =>
        {
            suggested_start
        }
        _ => return None,
    };
    topics::topic_example(text, &format_date(*start, lang), lang)
}

/// What a Japanese text makes an effort on: the noun phrase right before を or に and
/// the effort's verb as the check quoted it, `verb` (QCの勉強をがんばる: 「QCの勉強」;
/// もっと英語を頑張ります: 「英語」),
/// written in kanji, katakana, Latin letters or figures joined by の, with an honorific
/// お or ご before it. A time or an adverb before it is left out, as hiragana ends the
/// phrase; two to twenty characters, and not a word that names no topic (仕事を頑張る:
/// an hour a week on "work" says nothing).
fn effort_topic<'a>(text: &'a str, verb: &str) -> Option<&'a str> {
    let before = text
        .get(..text.find(verb).filter(|_| !verb.is_empty())?)?
        .strip_suffix(['を', 'に'])?;
    let noun = |c: char| {
        !c.is_whitespace()
            && !matches!(c, '、' | '。' | '，' | ',' | '「' | '」')
            && (!('\u{3041}'..='\u{3096}').contains(&c) || c == 'の')
    };
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| noun(c))
        .last()
        .map_or(before.len(), |(at, _)| at);
    // An honorific prefix belongs to the noun (お客様対応, ご案内).
    let start = match before.get(..start).and_then(|head| head.chars().last()) {
        Some(c @ ('お' | 'ご')) => start - c.len_utf8(),
        _ => start,
    };
    let topic = before.get(start..)?.trim_start_matches('の');
    let generic = [
        "仕事", "業務", "職務", "毎日", "日々", "自分", "何事", "物事", "全て",
    ];
    ((2..=20).contains(&topic.chars().count()) && !generic.contains(&topic)).then_some(topic)
}

/// What a Japanese text says it will think about: the words before のことは, のことを,
/// のことも or について, when they are a short phrase of their own (no 、 inside, at most
/// 20 characters). The rewrite is checked before it is shown, so an odd topic only costs
/// the fixed example.
fn thought_topic(text: &str) -> Option<&str> {
    let end = ["のことは", "のことを", "のことも", "について"]
        .iter()
        .filter_map(|marker| text.find(marker))
        .min()?;
    let topic = text.get(..end)?.trim();
    let topic = topic.rsplit(['、', '，', ',']).next()?.trim();
    let length = topic.chars().count();
    (1..=20).contains(&length).then_some(topic)
}

fn fixed_example(hint: &Hint, lang: Lang) -> String {
    let (date, ja, en) = match hint {
        // The text passes: only the person knows which of the two they meant.
        Hint::CheckWeekday { .. } | Hint::CheckYear { .. } => return String::new(),
        // Nothing decided yet: the interview is where it is worked out, not an example.
        Hint::NothingYet => return String::new(),
        Hint::AddObservableAction { attitude: Some(Attitude::Able), suggested_start, .. } => (*suggested_start, "{date}から、毎週火曜と木曜に30分、英語で商品説明を声に出して練習し、月末に課長の前で一度説明します", "From {date} I will practise explaining our product aloud in English for 30 minutes every Tuesday and Thursday, and explain it once to my manager at the end of the month."),
        Hint::AddObservableAction { attitude: Some(Attitude::BeReliedUpon | Attitude::BecomeSomeone), suggested_start, .. } => (*suggested_start, "{date}に、入社3年目までの後輩5人に声をかけて1回目の相談会を開き、その後も毎月開きます", "On {date} I will invite five junior colleagues to a monthly drop-in session and hold the first one."),
        Hint::TurnOutcomeIntoFirstStep { outcome: Outcome::ScoreUp, suggested_start } => (*suggested_start, "{date}までに次回のTOEICに申し込み、申し込んだ翌朝から毎朝30分問題集を解きます", "By {date} I will register for the next TOEIC test and begin 30 minutes of practice each morning."),
        Hint::TurnOutcomeIntoFirstStep { outcome: Outcome::Promotion, suggested_start } => (*suggested_start, "{date}に上司との面談を予約し、昇格に必要な条件を聞きます", "On {date} I will book a meeting with my manager to ask what promotion requires."),
        // A place in a sales ranking: learning from the one at the top is a first step.
        Hint::TurnOutcomeIntoFirstStep { outcome: Outcome::Rank, suggested_start } => (*suggested_start, "{date}に、営業成績トップの先輩に30分の面談を申し込み、商談の進め方を教わります", "On {date} I will book a 30-minute meeting with our top salesperson to learn how they run their deals."),
        Hint::TurnOutcomeIntoFirstStep { suggested_start, .. } => (*suggested_start, "{date}までに講座に申し込み、参考書を買って勉強を始めます", "By {date} I will sign up for a course, buy the textbook and start studying."),
        // Thinking: begun with someone, who can tell that it was.
        Hint::AddObservableAction { attitude: Some(Attitude::Think), suggested_start, .. } => (*suggested_start, "{date}までに、これからの働き方について人事部か上司に30分の相談を申し込みます", "By {date} I will ask HR or my manager for 30 minutes to talk through how I want to work from here."),
        // A way of working kept in mind: made into a time set aside and something to show.
        Hint::AddObservableAction { attitude: Some(Attitude::KeepInMind | Attitude::BeAware), suggested_start, .. } => (*suggested_start, "{date}から、毎週金曜の午後に30分、業務の手順書を1項目ずつ書いて課の共有フォルダに置きます", "From {date} I will write up one of our work procedures every Friday afternoon for 30 minutes and put it in the team's shared folder."),
        Hint::AddMeasure { suggested_start, .. } => (*suggested_start, "{date}から、毎朝始業前に15分、経理の本を10ページずつ読みます", "From {date} I will read ten pages of an accounting book for 15 minutes every morning before work."),
        Hint::AddObservableAction { suggested_start, .. }
        | Hint::WriteACommitment { suggested_start }
        | Hint::AddStart { suggested_start, .. }
        | Hint::ReplaceVagueTime { suggested_start, .. }
        | Hint::SayWhenItBegins { suggested_start, .. } => (*suggested_start, "{date}から、週に一度チームの朝会で担当業務の進み具合を発表します", "From {date} I will present my work's progress at the team's weekly morning meeting."),
    };
    match lang {
        Lang::Ja => fill_date(ja, &format_date(date, lang)),
        Lang::En => fill_date(en, &format_date(date, lang)),
    }
}

/// Puts `date` where the template says `{date}`.
fn fill_date(template: &str, date: &str) -> String {
    template.replacen("{date}", date, 1)
}

/// Practice for an exam begun on `start` (past papers every morning: anyone at home or
/// at work can see it), before the person's own words about the exam, `rest`.
fn exam_practice_before(start: NaiveDate, rest: &str, lang: Lang) -> String {
    let date = format_date(start, lang);
    match lang {
        Lang::Ja => fill("{}から、過去問題集を毎朝30分解き、{}", &[&date, rest]),
        Lang::En => fill(
            "From {} I will work through a book of past exam papers for 30 minutes every morning. {}",
            &[&date, &upper_first(rest)],
        ),
    }
}

/// `text` without the stray start (`Hint::AddStart::stray_start`), trimmed: a second
/// start is not put before one already written. `None` when the span does not fit the
/// text.
fn without(text: &str, stray: Option<Span>) -> Option<String> {
    let Some(stray) = stray else {
        return Some(text.trim().to_string());
    };
    let (before, after) = (text.get(..stray.start)?, text.get(stray.end..)?);
    let kept = format!("{}{}", before.trim_end(), after.trim_start());
    let kept = kept.trim().trim_start_matches(['、', ',', ' ']);
    (!kept.is_empty()).then(|| kept.to_string())
}

/// `text` after a beginning the check could not date, which the example's start takes
/// the place of rather than going before it: in Japanese a short phrase opening the
/// text with から after it (夏休み明けから, 異動してから: no particle inside, and not から
/// of a reason, after an adjective, a verb's plain or past form or です); in English
/// an opening "From", "Starting", "After" or "Once" phrase up to "I" or "we".
fn after_an_unread_start(text: &str, lang: Lang) -> &str {
    match lang {
        Lang::Ja => {
            let Some(at) = text.find("から") else {
                return text;
            };
            let phrase = text.get(..at).unwrap_or_default();
            let unread = phrase.chars().count() <= 12
                && !phrase.contains(['を', 'に', 'が', 'は', 'で', 'と', 'へ', '、', '。', ','])
                && phrase
                    .chars()
                    .last()
                    .is_some_and(|last| !"いうくすつぬむるただぐぶ".contains(last));
            match text.get(at + "から".len()..) {
                Some(rest) if unread => {
                    let rest = rest.trim_start_matches(['、', ',', ' ', '　']);
                    if rest.is_empty() {
                        text
                    } else {
                        rest
                    }
                }
                _ => text,
            }
        }
        Lang::En => {
            let lower = text.to_ascii_lowercase();
            let leads = ["from ", "starting ", "beginning ", "after ", "once "];
            if !leads.iter().any(|lead| lower.starts_with(lead)) {
                return text;
            }
            let subject = [" i ", " we ", ",i ", ",we "]
                .iter()
                .filter_map(|subject| lower.find(subject))
                .min();
            match subject.and_then(|at| text.get(at + 1..)) {
                Some(rest) => rest.trim_start_matches([',', ' ']),
                None => text,
            }
        }
    }
}

/// The first letter in capitals: a sentence of the person's put after one of ours.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // "I" stays a capital: "Starting on …, I will …".
        Some(first) if first.is_ascii_uppercase() && !text.starts_with("I ") => {
            first.to_ascii_lowercase().to_string() + chars.as_str()
        }
        _ => text.to_string(),
    }
}
