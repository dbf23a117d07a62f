//! The example rewrite shown with a hint: the person's own words with a start put in, a
//! first step put before a deadline or a vague time swapped for a date, a wish said as
//! what one will do, an example on their own topic (`topics`), or else a fixed good
//! example; a rewrite is shown only when it passes both tests itself.

mod own_words;
mod phrases;

use chrono::NaiveDate;

use super::{format_date, topics};
use crate::domain::commitment::{check_with, Attitude, Hint, Outcome, Settings};
use crate::domain::lang::Lang;
use own_words::{rewrite_in_own_words, wish_said_as_a_will};

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
    let passes = |example: &str| check_with(example, today, &settings).passes_both_tests();
    // A wish about one's own conditions of work (週4日勤務にしたい, a transfer) is not the
    // person's to grant: said as a will it reads as a demand, so the step is to ask.
    if let Hint::AddObservableAction {
        attitude: Some(Attitude::Want),
        suggested_start,
        ..
    } = hint
    {
        let ask = own_words::ask_about_conditions(text, *suggested_start, lang);
        if let Some(ask) = ask.filter(|ask| passes(ask)) {
            return ask;
        }
    }
    if let Some((report, plain)) = &plain {
        if report.passes_both_tests() {
            return plain.clone();
        }
    }
    // A one-off act (上司に相談する) is done by a day rather than begun from it.
    if let Hint::AddStart {
        suggested_start,
        stray_start: None,
    } = hint
    {
        let by = own_words::done_by(text, *suggested_start, lang);
        if passes(&by) {
            return by;
        }
    }
    // 近いうちに課長に相談します: an act done once is done by a day, not from it.
    if let Some(by) = own_words::vague_swapped_for_deadline(hint, text, lang) {
        if passes(&by) {
            return by;
        }
    }
    if let Some(example) = plain_example(true) {
        return example;
    }
    let rewrite = rewrite_in_own_words(hint, text, lang).or_else(|| on_topic(hint, text, lang));
    match rewrite {
        Some(rewrite) if passes(&rewrite) => rewrite,
        Some(_) => fixed_example(hint, lang),
        None => plain_example(false).unwrap_or_else(|| fixed_example(hint, lang)),
    }
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

fn fixed_example(hint: &Hint, lang: Lang) -> String {
    let (date, ja, en) = match hint {
        // The text passes: only the person knows which of the two they meant.
        Hint::CheckWeekday { .. }
        | Hint::CheckYear { .. }
        | Hint::CheckQuarter { .. }
        | Hint::SayItFirmly { .. }
        | Hint::DateTheOccasion { .. } => {
            return String::new()
        }
        // Nothing decided yet: the interview is where it is worked out, not an example.
        Hint::NothingYet => return String::new(),
        Hint::AddObservableAction { attitude: Some(Attitude::Able), suggested_start, .. } => (*suggested_start, "{date}から、毎週火曜と木曜に30分、英語で商品説明を声に出して練習し、月末に課長の前で一度説明します", "From {date} I will practise explaining our product aloud in English for 30 minutes every Tuesday and Thursday, and explain it once to my manager at the end of the month."),
        Hint::AddObservableAction { attitude: Some(Attitude::BeReliedUpon | Attitude::BecomeSomeone), suggested_start, .. } => (*suggested_start, "{date}に、入社3年目までの後輩5人に声をかけて1回目の相談会を開き、その後も毎月開きます", "On {date} I will invite five junior colleagues to a monthly drop-in session and hold the first one."),
        Hint::TurnOutcomeIntoFirstStep { outcome: Outcome::ScoreUp, suggested_start } => (*suggested_start, "{date}までに次回のTOEICに申し込み、申し込んだ翌朝から毎朝30分問題集を解きます", "By {date} I will register for the next TOEIC test and begin 30 minutes of practice each morning."),
        Hint::TurnOutcomeIntoFirstStep { outcome: Outcome::Transfer, suggested_start } => (*suggested_start, "{date}に上司との面談を予約し、異動したい先と、そのために必要な準備を聞きます", "On {date} I will book a meeting with my manager to say where I would like to move and ask what it takes."),
        Hint::TurnOutcomeIntoFirstStep { outcome: Outcome::Promotion, suggested_start } => (*suggested_start, "{date}に上司との面談を予約し、昇格に必要な条件を聞きます", "On {date} I will book a meeting with my manager to ask what promotion requires."),
        // A place in a sales ranking: learning from the one at the top is a first step.
        Hint::TurnOutcomeIntoFirstStep { outcome: Outcome::Rank, suggested_start } => (*suggested_start, "{date}に、営業成績トップの先輩に30分の面談を申し込み、商談の進め方を教わります", "On {date} I will book a 30-minute meeting with our top salesperson to learn how they run their deals."),
        Hint::TurnOutcomeIntoFirstStep { suggested_start, .. } => (*suggested_start, "{date}までに講座に申し込み、参考書を買って勉強を始めます", "By {date} I will sign up for a course, buy the textbook and start studying."),
        // Thinking: begun with someone, who can tell that it was.
        Hint::AddObservableAction { attitude: Some(Attitude::Think), suggested_start, .. } => (*suggested_start, "{date}までに、これからの働き方について人事部か上司に30分の相談を申し込みます", "By {date} I will ask HR or my manager for 30 minutes to talk through how I want to work from here."),
        // A way of working kept in mind: made into a time set aside and something to show.
        Hint::AddObservableAction { attitude: Some(Attitude::KeepInMind | Attitude::BeAware), suggested_start, .. } => (*suggested_start, "{date}から、毎週金曜の午後に30分、業務の手順書を1項目ずつ書いて課の共有フォルダに置きます", "From {date} I will write up one of our work procedures every Friday afternoon for 30 minutes and put it in the team's shared folder."),
        // An amount left open (もっと積極的に関わる): how often, in a way of any job (an
        // accounting book had been offered to an order clerk).
        Hint::AddMeasure { suggested_start, .. } => (*suggested_start, "{date}から、毎週のチームの会議で、改善の提案を1つずつ出します", "From {date} I will bring one improvement idea to every weekly team meeting."),
        // Any job: a shop floor has no morning meeting, but everyone has a manager.
        Hint::AddObservableAction { suggested_start, .. }
        | Hint::WriteACommitment { suggested_start }
        | Hint::AddStart { suggested_start, .. }
        | Hint::ReplaceVagueTime { suggested_start, .. }
        | Hint::SayWhenItBegins { suggested_start, .. } => (*suggested_start, "{date}から、毎週金曜に、その週にした仕事と気づいたことを3行にまとめて上司に渡します", "From {date} I will sum up the week's work and what I noticed in three lines every Friday, and give them to my manager."),
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
