//! What to change, one sentence per `Hint` in each language: the act, the amount or the
//! day to add, the vague time to replace, the first step towards a goal, or the date to
//! check when both tests pass already.

use chrono::Datelike;

use super::labels::{as_written, attitude_label, outcome_label, vague_label};
use super::{format_date, format_start, month_en, weekday_ja, weekday_name_en};
use crate::domain::commitment::{Attitude, Hedge, Hint};
use crate::domain::lang::Lang;

/// One sentence saying what to change.
pub fn hint_text(hint: &Hint, lang: Lang) -> String {
    match (hint, lang) {
        (Hint::WriteACommitment { .. }, Lang::Ja) => "これから実際にやることを一つ、始める日と一緒に書いてみましょう。".into(),
        (Hint::WriteACommitment { .. }, Lang::En) => "Write down one thing you will actually do, and the day you begin.".into(),
        (Hint::NothingYet, Lang::Ja) => "まだ決まっていなくても大丈夫です。面談で担当者と一緒に考えましょう。".into(),
        (Hint::NothingYet, Lang::En) => "It's fine not to have one yet. You can work it out with your interviewer.".into(),
        // Not doing something: what one does to keep to it is the act.
        (Hint::AddObservableAction { attitude: Some(Attitude::Refrain), dated: true, .. }, Lang::Ja) => "しないことの代わりに、そのためにすること（決めた曜日は何時に退社する、など）を書きましょう。書いた日付は、そのままで大丈夫です。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Refrain), dated: true, .. }, Lang::En) => "Instead of what you will not do, write what you will do to keep to it (leave by a set time on set days, for instance); the date you wrote can stay.".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Refrain), .. }, Lang::Ja) => "しないことの代わりに、そのためにすること（決めた曜日は何時に退社する、など）を、始める日と一緒に書きましょう。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Refrain), .. }, Lang::En) => "Instead of what you will not do, write what you will do to keep to it (leave by a set time on set days, for instance), and the day you begin.".into(),
        // A time is there already (来月から、…心がけます): ask only for the act.
        (Hint::AddObservableAction { attitude: Some(Attitude::Want), dated: true, .. }, Lang::Ja) => "「〜したい」を「〜します」と言い切れる行動に変えましょう。書いた日付は、そのままで大丈夫です。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Want), dated: true, .. }, Lang::En) => "Turn the wish into something you will do (\"I will…\"); the date you wrote can stay.".into(),
        // An ability: what one will practise or learn, and how much, makes it something to see.
        (Hint::AddObservableAction { attitude: Some(Attitude::Able), dated: true, .. }, Lang::Ja) => "できるようになるために始める練習や学び（何を、週に何回）を書きましょう。書いた日付は、そのままで大丈夫です。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Able), dated: true, .. }, Lang::En) => "Write the practice or study you will start to get there (what, and how often); the date you wrote can stay.".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Able), .. }, Lang::Ja) => "できるようになるために始める練習や学び（何を、週に何回）を、始める日と一緒に書きましょう。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Able), .. }, Lang::En) => "Write the practice or study you will start to get there (what, and how often), and the day you begin.".into(),
        (Hint::AddObservableAction { attitude: Some(attitude), words, dated: true, .. }, Lang::Ja) => format!("「{}」を、その姿勢が表れる具体的な行動に置き換えましょう。誰と、何を、どこでするかを書くと伝わります。書いた日付は、そのままで大丈夫です。", as_written(words, attitude_label(*attitude, lang))),
        (Hint::AddObservableAction { attitude: Some(attitude), words, dated: true, .. }, Lang::En) => format!("Turn \"{}\" into something you will do that shows it (with whom, what, where); the date you wrote can stay.", as_written(words, attitude_label(*attitude, lang))),
        (Hint::AddObservableAction { attitude: None, dated: true, .. }, Lang::Ja) => "申し込む、予約する、開く、参加するなど、目に見える行動を一つ入れましょう。書いた日付は、そのままで大丈夫です。".into(),
        (Hint::AddObservableAction { attitude: None, dated: true, .. }, Lang::En) => "Add one visible action, such as signing up for, booking, holding or joining something; the date you wrote can stay.".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Want), .. }, Lang::Ja) => "「〜したい」を「〜します」と言い切れる行動に変えて、始める日も書き添えましょう。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Want), .. }, Lang::En) => "Turn the wish into something you will do (\"I will…\"), and add the day you begin.".into(),
        (Hint::AddObservableAction { attitude: Some(attitude), words, .. }, Lang::Ja) => format!("「{}」を、その姿勢が表れる具体的な行動に置き換え、始める日も書き添えましょう。誰と、何を、どこでするかを書くと伝わります。", as_written(words, attitude_label(*attitude, lang))),
        (Hint::AddObservableAction { attitude: Some(attitude), words, .. }, Lang::En) => format!("Turn \"{}\" into something you will do that shows it (with whom, what, where), and add the day you begin.", as_written(words, attitude_label(*attitude, lang))),
        (Hint::AddObservableAction { attitude: None, .. }, Lang::Ja) => "申し込む、予約する、開く、参加するなど、目に見える行動を一つ、始める日と一緒に入れましょう。".into(),
        (Hint::AddObservableAction { attitude: None, .. }, Lang::En) => "Add one visible action, such as signing up for, booking, holding or joining something, and the day you begin.".into(),
        // A number raised or cut with no level (ミスへらす): how often is beside the point;
        // the figure aimed at, or what is done for it, is the measure.
        (Hint::AddMeasure { hedge: Hedge::More, words, .. }, Lang::Ja) if changes_a_number(words.as_str()) => format!("「{words}」だけでは、どこまでかが分かりません。目指す数（月3件以下など）か、そのために続けること（作業の前にチェック表を見る、など）を書き添えましょう。"),
        (Hint::AddMeasure { hedge: Hedge::More, words, .. }, Lang::En) if changes_a_number(words.as_str()) => format!("\"{words}\" does not say how far: add the figure you aim for (three a month or fewer, for instance), or what you will keep doing for it (go through a checklist before each job)."),
        (Hint::AddMeasure { words, .. }, Lang::Ja) => format!("「{words}」だけでは量が分かりません。回数・時間・量を書き添えましょう（週に2回、1日30分、月に1冊など）。"),
        (Hint::AddMeasure { words, .. }, Lang::En) => format!("\"{words}\" leaves the amount open: say how often or how much, such as twice a week, 30 minutes a day or one book a month."),
        (Hint::AddStart { suggested_start, .. }, Lang::Ja) => format!("始める日を書き足しましょう（たとえば「{}」）。", format_start(*suggested_start, lang)),
        (Hint::AddStart { suggested_start, .. }, Lang::En) => format!("Add the day you begin, for instance {}.", format_start(*suggested_start, lang)),
        (Hint::ReplaceVagueTime { vague, words, suggested_start, .. }, Lang::Ja) => format!("「{}」を、{}のような具体的な日付に変えましょう。", as_written(words, vague_label(*vague, lang)), format_date(*suggested_start, lang)),
        (Hint::ReplaceVagueTime { vague, words, suggested_start, .. }, Lang::En) => format!("Replace \"{}\" with a real date, such as {}.", as_written(words, vague_label(*vague, lang)), format_date(*suggested_start, lang)),
        (Hint::TurnOutcomeIntoFirstStep { outcome, .. }, Lang::Ja) => format!("{}という目標はそのままに、そのための最初の一歩（申し込み、予約など）とその日付を加えましょう。", outcome_label(*outcome, lang)),
        (Hint::TurnOutcomeIntoFirstStep { outcome, .. }, Lang::En) => format!("Keep your goal ({}) as it is, and add the first step towards it (a sign-up, a booking) with its date.", outcome_label(*outcome, lang)),
        // "When you get started" is no answer: starting shows nothing until something is done.
        (Hint::SayWhenItBegins { words, .. }, Lang::Ja) => format!("締め切りはそのままに、「{words}」に向けて最初にする、周りから見える一歩（申し込む、問題集を毎朝解く、進め方を上司に伝える、など）とその日付を書き足しましょう。"),
        (Hint::SayWhenItBegins { words, .. }, Lang::En) => format!("Keep the deadline, and add the first step towards \"{words}\" that others could see (signing up, working through practice questions every morning, telling your manager your plan), with its date."),
        (Hint::CheckWeekday { date, written }, Lang::Ja) => format!("{}月{}日は{}曜日ですが、曜日が「{}」と書かれています。日付と曜日のどちらが正しいか確かめましょう。", date.month(), date.day(), weekday_ja(date.weekday()), weekday_ja(*written)),
        (Hint::CheckWeekday { date, written }, Lang::En) => format!("{} {} is a {}, but it says {}. Check which of the two is right.", date.day(), month_en(date.month()), weekday_name_en(date.weekday()), weekday_name_en(*written)),
        (Hint::CheckYear { date }, Lang::Ja) => format!("今年の{}月{}日はもう過ぎているので、来年の{}と読みました。来年のことなら、このままで大丈夫です。そうでなければ、これから始める日に書き直しましょう。", date.month(), date.day(), format_date(*date, lang)),
        (Hint::CheckYear { date }, Lang::En) => format!("{} {} has already passed this year, so this was read as next year's: {}. If that is what you meant, it is fine as it is; if not, write the day you will begin.", date.day(), month_en(date.month()), format_date(*date, lang)),
        (Hint::CheckQuarter { date, fiscal_start_month }, Lang::Ja) => format!("四半期は、{}月に始まる年度で数えて{}と読みました。1月から数える四半期のつもりなら、始める日を日付で書きましょう。", fiscal_start_month, format_date(*date, lang)),
        (Hint::DateTheOccasion { words }, Lang::Ja) => format!("「{}」がいつなのかは、アプリには分かりません。その日付か予定の時期を書き添えましょう（たとえば「{}（○月○日の予定）」）。", words.as_str(), words.as_str()),
        (Hint::DateTheOccasion { words }, Lang::En) => format!("The app cannot tell when \"{}\" is. Add its date, or when it is planned, for example \"{} (planned for …)\".", words.as_str(), words.as_str()),
        (Hint::SayItFirmly { ending }, Lang::Ja) => format!("「{ending}」は、まだ考えていることを書いた形です。面談の相手に約束として伝わるよう、「〜します」と言い切ってみましょう。"),
        (Hint::SayItFirmly { ending }, Lang::En) => format!("\"{ending}\" says what you have in mind. To make it a commitment your interviewer can hold you to, write \"I will …\"."),
        (Hint::CheckQuarter { date, fiscal_start_month }, Lang::En) => format!("The quarter was counted in the fiscal year, which starts in {}: {}. If you count quarters from January, write the day you will begin as a date.", month_en(*fiscal_start_month), format_date(*date, lang)),
    }
}

/// Whether the words of an amount left open raise or cut a number (減らす, へらす,
/// 増やす, 上げる, "reduce", "cut", "increase").
fn changes_a_number(words: &str) -> bool {
    let lower = words.to_ascii_lowercase();
    [
        "減ら", "へら", "増や", "ふや", "上げ", "下げ", "reduce", "cut", "increase", "raise",
        "lower",
    ]
    .iter()
    .any(|word| lower.contains(word))
}
