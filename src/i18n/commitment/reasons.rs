//! Why a verdict came out the way it did, one sentence per `Reason` in each language:
//! what was found to observe or to start from, or what is missing, quoting the person's
//! own words where the check found them.

use super::format_date;
use super::labels::{as_written, attitude_label, outcome_label, trigger_label, vague_label};
use crate::domain::commitment::{Attitude, Reason, Trigger};
use crate::domain::lang::Lang;

/// One sentence saying why a verdict came out the way it did. Where the check found
/// the act by the shape of the sentence, it quotes the person's own words.
pub fn reason_text(reason: &Reason, lang: Lang) -> String {
    match (reason, lang) {
        (Reason::Empty, Lang::Ja) => "まだ何も書かれていません。".into(),
        (Reason::Empty, Lang::En) => "Nothing has been written yet.".into(),
        (Reason::NothingYet, Lang::Ja) => "まだ決まっていない、というお答えですね。".into(),
        (Reason::NothingYet, Lang::En) => "Your answer is that nothing is decided yet.".into(),
        (Reason::ObservableAction { words }, Lang::Ja) => format!("「{words}」は、周りの人が見て確かめられる行動です。"),
        (Reason::ObservableAction { words }, Lang::En) => format!("\"{words}\" is something other people can see you do."),
        (Reason::UnsureWhatYouWillDo { words }, Lang::Ja) => format!("何をするのか、はっきりとは読み取れませんでした。「{words}」のことでしょうか？　そうなら、このままで大丈夫です。誰と・何を・どこでするかを書き添えると、もっと伝わります。"),
        (Reason::UnsureWhatYouWillDo { words }, Lang::En) => format!("It is not quite clear what you will do — is it \"{words}\"? If so, this is fine as it is; saying what, with whom or where makes it clearer still."),
        (Reason::MeasurableOutcome { outcome }, Lang::Ja) => format!("{}は結果なので、数字や事実で確かめられます。", outcome_label(*outcome, lang)),
        (Reason::MeasurableOutcome { outcome }, Lang::En) => format!("This is a result ({}): it can be checked against a number or a fact.", outcome_label(*outcome, lang)),
        (Reason::WishOnly { words }, Lang::Ja) => format!("「{words}」は願いの形なので、やると決めたことかどうかが外からは分かりません。"),
        (Reason::WishOnly { words }, Lang::En) => format!("\"{words}\" is a wish: from outside, nobody can tell whether you have decided to do it."),
        (Reason::AttitudeOnly { attitude: Attitude::Want, .. }, Lang::Ja) => "「〜したい」は願いなので、やると決めたことかどうかが外からは分かりません。".into(),
        (Reason::AttitudeOnly { attitude: Attitude::Want, .. }, Lang::En) => "\"I want to…\" is a wish: from outside, nobody can tell whether you have decided to do it.".into(),
        (Reason::AttitudeOnly { attitude: Attitude::TakesPlace, .. }, Lang::Ja) => "「〜があります」は予定を述べているだけで、あなたが何をするかは書かれていません。".into(),
        (Reason::AttitudeOnly { attitude: Attitude::TakesPlace, .. }, Lang::En) => "\"There is…\" says what is scheduled, not what you will do.".into(),
        (Reason::AttitudeOnly { attitude: Attitude::Able, .. }, Lang::Ja) => "「〜できるようになる」はこれから身につける力のことなので、何がどれだけできたら達成なのかが外からは分かりません。測れる形（何を、どれだけ）にするか、そのために始める行動を書きましょう。".into(),
        (Reason::AttitudeOnly { attitude: Attitude::Able, .. }, Lang::En) => "\"Be able to…\" is an ability you will have: from outside, nobody can tell how much of it counts as done. Say what and how much, or write the act you will start to get there.".into(),
        // Not doing something: nothing is there to see done, whatever it is.
        (Reason::AttitudeOnly { attitude: Attitude::Refrain, words }, Lang::Ja) => format!("「{}」は、しないと決めたことなので、守れているかどうかが外からは見えません。", as_written(words, attitude_label(Attitude::Refrain, lang))),
        (Reason::AttitudeOnly { attitude: Attitude::Refrain, words }, Lang::En) => format!("\"{}\" is something you will not do: nobody can see from outside whether it is kept.", as_written(words, attitude_label(Attitude::Refrain, lang))),
        (Reason::AttitudeOnly { attitude, words }, Lang::Ja) => format!("「{}」は気持ちや姿勢、状態を表すことばなので、できたかどうかを外から判断できません。", as_written(words, attitude_label(*attitude, lang))),
        (Reason::AttitudeOnly { attitude, words }, Lang::En) => format!("\"{}\" describes a feeling, an attitude or a state: nobody can tell from outside whether it has been done.", as_written(words, attitude_label(*attitude, lang))),
        (Reason::UnmeasuredAction { words, .. }, Lang::Ja) => format!("やることは書かれていますが、「{words}」では、どこまでやれば「やった」と言えるのかが外から分かりません。"),
        (Reason::UnmeasuredAction { words, .. }, Lang::En) => format!("It says what you will do, but with \"{words}\" nobody can tell from outside how much counts as done."),
        (Reason::NoObservableAction, Lang::Ja) => "具体的に何をするのかが読み取れません。".into(),
        (Reason::NoObservableAction, Lang::En) => "It does not say what you will actually do.".into(),
        (Reason::StartDate { date, words }, Lang::Ja) => format!("{}に始める行動として「{words}」が書かれています。", format_date(*date, lang)),
        (Reason::StartDate { date, words }, Lang::En) => format!("It names the day you begin, {}: \"{words}\".", format_date(*date, lang)),
        (Reason::StartBy { date, words }, Lang::Ja) => format!("{}までに始める行動として「{words}」が書かれています。", format_date(*date, lang)),
        (Reason::StartBy { date, words }, Lang::En) => format!("It names a deadline to begin by, {}: \"{words}\".", format_date(*date, lang)),
        (Reason::StartedOn { date, words }, Lang::Ja) => format!("{}に始めた行動として「{words}」が書かれています。", format_date(*date, lang)),
        (Reason::StartedOn { date, words }, Lang::En) => format!("It names the day you began, {}: \"{words}\".", format_date(*date, lang)),
        (Reason::StartByPassed { date, words }, Lang::Ja) => format!("「{words}」の期限として{}が書かれていますが、この日はもう過ぎています。", format_date(*date, lang)),
        (Reason::StartByPassed { date, words }, Lang::En) => format!("It names a deadline to begin by, {}, which has already passed: \"{words}\".", format_date(*date, lang)),
        // The interview: before it, on its day or after it, as the text says; dated by the worksheet.
        (Reason::CalendarTrigger { trigger: Trigger::Interview, date: Some(date), words }, Lang::Ja) => format!("面談の日（{}）を目安にする行動として「{words}」が書かれています。", format_date(*date, lang)),
        (Reason::CalendarTrigger { trigger: Trigger::Interview, date: Some(date), words }, Lang::En) => format!("It ties \"{words}\" to your interview, on {}.", format_date(*date, lang)),
        (Reason::CalendarTrigger { trigger: Trigger::Interview, date: None, words }, Lang::Ja) => format!("「{words}」は面談の日を目安にしています。ワークシートの「a. 面談」に日付を書くと、その日で読み取ります。"),
        (Reason::CalendarTrigger { trigger: Trigger::Interview, date: None, words }, Lang::En) => format!("It ties \"{words}\" to your interview. Put its day under \"a. The interview\" on the worksheet, and it is read as that day."),
        (Reason::CalendarTrigger { trigger: Trigger::CompanyEvent, date: Some(date), words }, Lang::Ja) => format!("「{words}」は、その月の社内の予定に合わせて行う行動です（{}までのどこか）。日付は会社の予定表で確かめられます。", format_date(*date, lang)),
        (Reason::CalendarTrigger { trigger: Trigger::CompanyEvent, date: Some(date), words }, Lang::En) => format!("\"{words}\" is done at an event of that month (by {}); the company calendar gives the day.", format_date(*date, lang)),
        (Reason::CalendarTrigger { trigger, date: Some(date), words }, Lang::Ja) => format!("{}（{}）に始める行動として「{words}」が書かれています。", trigger_label(*trigger, lang), format_date(*date, lang)),
        (Reason::CalendarTrigger { trigger, date: Some(date), words }, Lang::En) => format!("It names when \"{words}\" begins: {} ({}).", trigger_label(*trigger, lang), format_date(*date, lang)),
        (Reason::CalendarTrigger { trigger, date: None, words }, Lang::Ja) => format!("「{words}」は{}をきっかけに始まります。日付は会社の予定表で確かめられます。", trigger_label(*trigger, lang)),
        (Reason::CalendarTrigger { trigger, date: None, words }, Lang::En) => format!("It names when \"{words}\" begins: {}; the company calendar gives the date.", trigger_label(*trigger, lang)),
        (Reason::DeadlineOnOutcome { outcome }, Lang::Ja) => format!("{}の期限はありますが、それは結果の締め切りで、いつ動き出すかは書かれていません。", outcome_label(*outcome, lang)),
        (Reason::DeadlineOnOutcome { outcome }, Lang::En) => format!("There is a deadline for {}, but a deadline on a result does not say when the work begins.", outcome_label(*outcome, lang)),
        (Reason::DeadlineWithoutStart { words }, Lang::Ja) => format!("「{words}」の締め切りはありますが、いつから取りかかるかが分かりません。"),
        (Reason::DeadlineWithoutStart { words }, Lang::En) => format!("There is a deadline for \"{words}\", but not the day you begin."),
        (Reason::TimeWithoutAction { by: false }, Lang::Ja) => "日付はありますが、その日に始める具体的な行動がありません。".into(),
        (Reason::TimeWithoutAction { by: false }, Lang::En) => "There is a date, but no concrete action that begins on it.".into(),
        (Reason::TimeWithoutAction { by: true }, Lang::Ja) => "期限はありますが、いつ何を始めるのかが書かれていません。".into(),
        (Reason::TimeWithoutAction { by: true }, Lang::En) => "There is a deadline, but not what you will begin, or when.".into(),
        (Reason::VagueTime { vague, words }, Lang::Ja) => format!("「{}」ではカレンダーに書き込めません。", as_written(words, vague_label(*vague, lang))),
        (Reason::VagueTime { vague, words }, Lang::En) => format!("\"{}\" cannot go on a calendar.", as_written(words, vague_label(*vague, lang))),
        (Reason::UndatedOccasion { words }, Lang::Ja) => format!("「{}」をきっかけに始める行動ですが、それがいつなのかが書かれていません。", words.as_str()),
        (Reason::UndatedOccasion { words }, Lang::En) => format!("It begins at \"{}\", but not when that is.", words.as_str()),
        (Reason::NoTimeAtAll, Lang::Ja) => "いつ始めるのかが書かれていません。".into(),
        (Reason::NoTimeAtAll, Lang::En) => "It does not say when you will begin.".into(),
    }
}
