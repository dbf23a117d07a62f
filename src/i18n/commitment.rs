//! Everything the commitment check says to the person, in Japanese and English: the
//! names of the two tests, why a verdict came out as it did, what to change, example
//! rewrites, and dates written the way each language writes them.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::domain::commitment::{
    check_with, Attitude, Hint, Outcome, Quote, Reason, Settings, Trigger, VagueTime,
};
use crate::domain::lang::Lang;

mod topics;

crate::catalogue! {
    /// The fixed texts around the check.
    pub enum CommitmentMsg {
        ObjectiveTitle { ja: "客観性：誰が見てもやったかどうか分かるか", en: "Objective: could anyone tell whether it was done?" },
        StartTitle { ja: "開始時期：いつから始めるかが書かれているか", en: "Start: does it say when it begins?" },
        Met { ja: "クリア", en: "Passes" },
        NotMet { ja: "もう一歩", en: "Not yet" },
        NotWritten { ja: "未入力", en: "Nothing yet" },
        BothMet { ja: "二つともクリアしています。この約束なら、書かれた日を過ぎれば、誰でも「始めましたか？」と確かめられます。", en: "It passes both tests. Once the day you named has passed, anyone can ask \"Did you start?\" and get a clear answer." },
        ExampleLabel { ja: "書き直しの例", en: "For example" },
    }
}

/// A date as each language writes it: 2026年12月1日(火), Tue 1 December 2026.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "{}年{}月{}日({})",
            date.year(),
            date.month(),
            date.day(),
            weekday_ja(date.weekday())
        ),
        Lang::En => format!(
            "{} {} {} {}",
            weekday_en(date.weekday()),
            date.day(),
            month_en(date.month()),
            date.year()
        ),
    }
}

/// A start date: 2026年12月1日(火)から, from Tue 1 December 2026.
pub fn format_start(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}から", format_date(date, lang)),
        Lang::En => format!("from {}", format_date(date, lang)),
    }
}

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
        (Reason::MeasurableOutcome { outcome }, Lang::Ja) => format!("「{}」は結果が数字や事実で確かめられます。", outcome_label(*outcome, lang)),
        (Reason::MeasurableOutcome { outcome }, Lang::En) => format!("\"{}\" can be checked against a number or a fact.", outcome_label(*outcome, lang)),
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
        (Reason::CalendarTrigger { trigger, date: Some(date), words }, Lang::Ja) => format!("{}（{}）に始める行動として「{words}」が書かれています。", trigger_label(*trigger, lang), format_date(*date, lang)),
        (Reason::CalendarTrigger { trigger, date: Some(date), words }, Lang::En) => format!("It names when \"{words}\" begins: {} ({}).", trigger_label(*trigger, lang), format_date(*date, lang)),
        (Reason::CalendarTrigger { trigger, date: None, words }, Lang::Ja) => format!("「{words}」は{}をきっかけに始まります。日付は会社の予定表で確かめられます。", trigger_label(*trigger, lang)),
        (Reason::CalendarTrigger { trigger, date: None, words }, Lang::En) => format!("It names when \"{words}\" begins: {}; the company calendar gives the date.", trigger_label(*trigger, lang)),
        (Reason::DeadlineOnOutcome { outcome }, Lang::Ja) => format!("「{}」の期限はありますが、それは結果の締め切りで、いつ動き出すかは書かれていません。", outcome_label(*outcome, lang)),
        (Reason::DeadlineOnOutcome { outcome }, Lang::En) => format!("There is a deadline for \"{}\", but a deadline on a result does not say when the work begins.", outcome_label(*outcome, lang)),
        (Reason::DeadlineWithoutStart { words }, Lang::Ja) => format!("「{words}」の締め切りはありますが、いつから取りかかるかが分かりません。"),
        (Reason::DeadlineWithoutStart { words }, Lang::En) => format!("There is a deadline for \"{words}\", but not the day you begin."),
        (Reason::TimeWithoutAction, Lang::Ja) => "日付はありますが、その日に始める具体的な行動がありません。".into(),
        (Reason::TimeWithoutAction, Lang::En) => "There is a date, but no concrete action that begins on it.".into(),
        (Reason::VagueTime { vague, words }, Lang::Ja) => format!("「{}」ではカレンダーに書き込めません。", as_written(words, vague_label(*vague, lang))),
        (Reason::VagueTime { vague, words }, Lang::En) => format!("\"{}\" cannot go on a calendar.", as_written(words, vague_label(*vague, lang))),
        (Reason::NoTimeAtAll, Lang::Ja) => "いつ始めるのかが書かれていません。".into(),
        (Reason::NoTimeAtAll, Lang::En) => "It does not say when you will begin.".into(),
    }
}

/// One sentence saying what to change.
pub fn hint_text(hint: &Hint, lang: Lang) -> String {
    match (hint, lang) {
        (Hint::WriteACommitment { .. }, Lang::Ja) => "これから実際にやることを一つ、始める日と一緒に書いてみましょう。".into(),
        (Hint::WriteACommitment { .. }, Lang::En) => "Write down one thing you will actually do, and the day you begin.".into(),
        (Hint::NothingYet, Lang::Ja) => "まだ決まっていなくても大丈夫です。面談で担当者と一緒に考えましょう。".into(),
        (Hint::NothingYet, Lang::En) => "It's fine not to have one yet. You can work it out with your interviewer.".into(),
        // Not doing something: what one does to keep to it is the act.
        (Hint::AddObservableAction { attitude: Some(Attitude::Refrain), dated: true, .. }, Lang::Ja) => "しないことの代わりに、そのためにすること（決めた曜日は何時に退社する、など）を書きましょう。始める日はもう書かれています。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Refrain), dated: true, .. }, Lang::En) => "Instead of what you will not do, write what you will do to keep to it (leave by a set time on set days, for instance); the day you begin is already there.".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Refrain), .. }, Lang::Ja) => "しないことの代わりに、そのためにすること（決めた曜日は何時に退社する、など）を、始める日と一緒に書きましょう。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Refrain), .. }, Lang::En) => "Instead of what you will not do, write what you will do to keep to it (leave by a set time on set days, for instance), and the day you begin.".into(),
        // A time is there already (来月から、…心がけます): ask only for the act.
        (Hint::AddObservableAction { attitude: Some(Attitude::Want), dated: true, .. }, Lang::Ja) => "「〜したい」を「〜します」と言い切れる行動に変えましょう。始める日はもう書かれています。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Want), dated: true, .. }, Lang::En) => "Turn the wish into something you will do (\"I will…\"); the day you begin is already there.".into(),
        // An ability: what one will practise or learn, and how much, makes it something to see.
        (Hint::AddObservableAction { attitude: Some(Attitude::Able), dated: true, .. }, Lang::Ja) => "できるようになるために始める練習や学び（何を、週に何回）を書きましょう。始める日はもう書かれています。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Able), dated: true, .. }, Lang::En) => "Write the practice or study you will start to get there (what, and how often); the day you begin is already there.".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Able), .. }, Lang::Ja) => "できるようになるために始める練習や学び（何を、週に何回）を、始める日と一緒に書きましょう。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Able), .. }, Lang::En) => "Write the practice or study you will start to get there (what, and how often), and the day you begin.".into(),
        (Hint::AddObservableAction { attitude: Some(attitude), words, dated: true, .. }, Lang::Ja) => format!("「{}」を、その姿勢が表れる具体的な行動に置き換えましょう。誰と、何を、どこでするかを書くと伝わります。始める日はもう書かれています。", as_written(words, attitude_label(*attitude, lang))),
        (Hint::AddObservableAction { attitude: Some(attitude), words, dated: true, .. }, Lang::En) => format!("Turn \"{}\" into something you will do that shows it (with whom, what, where); the day you begin is already there.", as_written(words, attitude_label(*attitude, lang))),
        (Hint::AddObservableAction { attitude: None, dated: true, .. }, Lang::Ja) => "申し込む、予約する、開く、参加するなど、目に見える行動を一つ入れましょう。始める日はもう書かれています。".into(),
        (Hint::AddObservableAction { attitude: None, dated: true, .. }, Lang::En) => "Add one visible action, such as signing up for, booking, holding or joining something; the day you begin is already there.".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Want), .. }, Lang::Ja) => "「〜したい」を「〜します」と言い切れる行動に変えて、始める日も書き添えましょう。".into(),
        (Hint::AddObservableAction { attitude: Some(Attitude::Want), .. }, Lang::En) => "Turn the wish into something you will do (\"I will…\"), and add the day you begin.".into(),
        (Hint::AddObservableAction { attitude: Some(attitude), words, .. }, Lang::Ja) => format!("「{}」を、その姿勢が表れる具体的な行動に置き換え、始める日も書き添えましょう。誰と、何を、どこでするかを書くと伝わります。", as_written(words, attitude_label(*attitude, lang))),
        (Hint::AddObservableAction { attitude: Some(attitude), words, .. }, Lang::En) => format!("Turn \"{}\" into something you will do that shows it (with whom, what, where), and add the day you begin.", as_written(words, attitude_label(*attitude, lang))),
        (Hint::AddObservableAction { attitude: None, .. }, Lang::Ja) => "申し込む、予約する、開く、参加するなど、目に見える行動を一つ、始める日と一緒に入れましょう。".into(),
        (Hint::AddObservableAction { attitude: None, .. }, Lang::En) => "Add one visible action, such as signing up for, booking, holding or joining something, and the day you begin.".into(),
        (Hint::AddMeasure { words, .. }, Lang::Ja) => format!("「{words}」だけでは量が分かりません。回数・時間・量を書き添えましょう（週に2回、1日30分、月に1冊など）。"),
        (Hint::AddMeasure { words, .. }, Lang::En) => format!("\"{words}\" leaves the amount open: say how often or how much, such as twice a week, 30 minutes a day or one book a month."),
        (Hint::AddStart { suggested_start }, Lang::Ja) => format!("始める日を書き足しましょう（たとえば「{}」）。", format_start(*suggested_start, lang)),
        (Hint::AddStart { suggested_start }, Lang::En) => format!("Add the day you begin, for instance {}.", format_start(*suggested_start, lang)),
        (Hint::ReplaceVagueTime { vague, words, suggested_start, .. }, Lang::Ja) => format!("「{}」を、{}のような具体的な日付に変えましょう。", as_written(words, vague_label(*vague, lang)), format_date(*suggested_start, lang)),
        (Hint::ReplaceVagueTime { vague, words, suggested_start, .. }, Lang::En) => format!("Replace \"{}\" with a real date, such as {}.", as_written(words, vague_label(*vague, lang)), format_date(*suggested_start, lang)),
        (Hint::TurnOutcomeIntoFirstStep { outcome, .. }, Lang::Ja) => format!("「{}」という目標はそのままに、そのための最初の一歩（申し込み、予約など）とその日付を加えましょう。", outcome_label(*outcome, lang)),
        (Hint::TurnOutcomeIntoFirstStep { outcome, .. }, Lang::En) => format!("Keep your goal (\"{}\") as it is, and add the first step towards it (a sign-up, a booking) with its date.", outcome_label(*outcome, lang)),
        (Hint::SayWhenItBegins { words, .. }, Lang::Ja) => format!("締め切りに加えて、「{words}」にいつ取りかかるかを書きましょう。"),
        (Hint::SayWhenItBegins { words, .. }, Lang::En) => format!("Besides the deadline, say when you will start on \"{words}\"."),
        (Hint::CheckWeekday { date, written }, Lang::Ja) => format!("{}月{}日は{}曜日ですが、曜日が「{}」と書かれています。日付と曜日のどちらが正しいか確かめましょう。", date.month(), date.day(), weekday_ja(date.weekday()), weekday_ja(*written)),
        (Hint::CheckWeekday { date, written }, Lang::En) => format!("{} {} is a {}, but it says {}. Check which of the two is right.", date.day(), month_en(date.month()), weekday_name_en(date.weekday()), weekday_name_en(*written)),
        (Hint::CheckYear { date }, Lang::Ja) => format!("今年の{}月{}日はもう過ぎているので、来年の{}と読みました。来年のことなら、このままで大丈夫です。そうでなければ、これから始める日に書き直しましょう。", date.month(), date.day(), format_date(*date, lang)),
        (Hint::CheckYear { date }, Lang::En) => format!("{} {} has already passed this year, so this was read as next year's: {}. If that is what you meant, it is fine as it is; if not, write the day you will begin.", date.day(), month_en(date.month()), format_date(*date, lang)),
    }
}

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
pub fn hint_example_on(
    hint: &Hint,
    text: &str,
    lang: Lang,
    today: NaiveDate,
    settings: &Settings,
) -> String {
    let Some(rewrite) =
        rewrite_in_own_words(hint, text, lang).or_else(|| on_topic(hint, text, lang))
    else {
        return fixed_example(hint, lang);
    };
    let settings = Settings {
        lang: Some(lang),
        ..settings.clone()
    };
    if check_with(&rewrite, today, &settings).passes_both_tests() {
        rewrite
    } else {
        fixed_example(hint, lang)
    }
}

/// The person's own words with a start put in, for the hints that keep them; `None`
/// for the others, which show a fixed example.
fn rewrite_in_own_words(hint: &Hint, text: &str, lang: Lang) -> Option<String> {
    let original = text;
    let text = text.trim();
    let rewrite = match (hint, lang) {
        (Hint::AddStart { suggested_start }, Lang::Ja) => {
            format!("{}、{}", format_start(*suggested_start, lang), text)
        }
        (Hint::AddStart { suggested_start }, Lang::En) => format!(
            "Starting on {}, {}",
            format_date(*suggested_start, lang),
            lower_first(text)
        ),
        (
            Hint::SayWhenItBegins {
                suggested_start, ..
            },
            Lang::Ja,
        ) => format!(
            "{}取りかかり、{}",
            format_start(*suggested_start, lang),
            text
        ),
        (
            Hint::SayWhenItBegins {
                suggested_start, ..
            },
            Lang::En,
        ) => format!(
            "Starting on {}, {}",
            format_date(*suggested_start, lang),
            lower_first(text)
        ),
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
        | Hint::AddStart { suggested_start }
        | Hint::ReplaceVagueTime { suggested_start, .. }
        | Hint::SayWhenItBegins { suggested_start, .. } => (*suggested_start, "{date}から、週に一度チームの朝会で担当業務の進み具合を発表します", "From {date} I will present my work's progress at the team's weekly morning meeting."),
    };
    match lang {
        Lang::Ja => fill_date(ja, &format_date(date, lang)),
        Lang::En => fill_date(en, &format_date(date, lang)),
    }
}

/// Puts `date` where the template says `{date}`. Written out rather than `str::replace`,
/// whose general search and panicking slices cost the built site a few kilobytes.
fn fill_date(template: &str, date: &str) -> String {
    const MARK: &[u8] = b"{date}";
    let at = template
        .as_bytes()
        .windows(MARK.len())
        .position(|window| window == MARK);
    let Some(at) = at else {
        return template.to_owned();
    };
    let mut out = String::with_capacity(template.len() + date.len());
    out.push_str(template.get(..at).unwrap_or(""));
    out.push_str(date);
    out.push_str(template.get(at + MARK.len()..).unwrap_or(""));
    out
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

pub fn outcome_label(outcome: Outcome, lang: Lang) -> &'static str {
    label(OUTCOME_LABELS, outcome as usize, lang)
}

/// One line per outcome, in the order `Outcome` declares them: Japanese|English.
const OUTCOME_LABELS: &str = "\
合格する|pass
取得する|obtain
昇格する|be promoted
点数を上げる|raise a score
達成する|achieve
できるようになる|be able to
上位に入る|reach a top ranking";

/// The person's own words when the check found them, else the label of what it found.
fn as_written<'a>(words: &'a Quote, label: &'a str) -> &'a str {
    if words.is_empty() {
        label
    } else {
        words.as_str()
    }
}

pub fn attitude_label(attitude: Attitude, lang: Lang) -> &'static str {
    label(ATTITUDE_LABELS, attitude as usize, lang)
}

/// One line per attitude, in the order `Attitude` declares them: Japanese|English.
const ATTITUDE_LABELS: &str = "\
意識する|be aware
心がける|keep in mind
頑張る|do my best
努める|strive
積極的に|proactively
前向きに|positively
成長する|grow
大切にする|value
〜存在になる|become someone who…
頼られる|be relied on
挑戦する|try
取り組む|work on
目指す|aim
貢献する|contribute
考える|think about
忘れない|never forget
気持ちを切り替える|make a fresh start
〜になる|become
〜したい|want to
〜し続ける|keep going
〜のままでいる|stay
〜があります|there is
〜できるようになる|be able to
〜しない|not do";

pub fn vague_label(vague: VagueTime, lang: Lang) -> &'static str {
    label(VAGUE_LABELS, vague as usize, lang)
}

/// One line per vague time, in the order `VagueTime` declares them: Japanese|English.
const VAGUE_LABELS: &str = "\
いつか|someday
そのうち|sooner or later
近いうちに|soon
できるだけ早く|as soon as possible
今後|from now on
いずれ|eventually
時間ができたら|when there is time";

pub fn trigger_label(trigger: Trigger, lang: Lang) -> &'static str {
    label(TRIGGER_LABELS, trigger as usize, lang)
}

/// One line per trigger, in the order `Trigger` declares them: Japanese|English.
const TRIGGER_LABELS: &str = "\
来年度|the next fiscal year
期初|the start of the fiscal year
期末|the end of the fiscal year
期末前|the run-up to the fiscal year end
下期|the second half of the fiscal year
次の四半期|the next quarter
年明け|the new year
次の評価面談|the next appraisal
次の異動|the next transfer
次の面談|the next one-on-one
給料日・賞与支給日|payday
社内の予定|an event on the company calendar";

/// Line `k` of a table of labels, in `lang`. One string per table costs less in the
/// built site than a match, which becomes a table of pointers and lengths.
fn label(table: &'static str, k: usize, lang: Lang) -> &'static str {
    let line = table.lines().nth(k).unwrap_or_default();
    crate::i18n::in_lang(line.split_once('|').unwrap_or((line, line)), lang)
}

fn weekday_ja(weekday: Weekday) -> &'static str {
    ["月", "火", "水", "木", "金", "土", "日"][weekday.num_days_from_monday() as usize % 7]
}

fn weekday_name_en(weekday: Weekday) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ][weekday.num_days_from_monday() as usize % 7]
}

/// Mon, Tue…: the first three letters of the name.
fn weekday_en(weekday: Weekday) -> &'static str {
    weekday_name_en(weekday).get(..3).unwrap_or_default()
}

fn month_en(month: u32) -> &'static str {
    crate::i18n::english_month(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The label tables follow the order of their enums: one line per variant, and
    /// the last variant on the last line.
    #[test]
    fn label_tables_have_one_line_per_variant() {
        assert_eq!(OUTCOME_LABELS.lines().count(), Outcome::Rank as usize + 1);
        assert_eq!(
            ATTITUDE_LABELS.lines().count(),
            Attitude::Refrain as usize + 1
        );
        assert_eq!(
            VAGUE_LABELS.lines().count(),
            VagueTime::WhenThereIsTime as usize + 1
        );
        assert_eq!(
            TRIGGER_LABELS.lines().count(),
            Trigger::CompanyEvent as usize + 1
        );
        assert_eq!(
            outcome_label(Outcome::BecomeAble, Lang::Ja),
            "できるようになる"
        );
        assert_eq!(attitude_label(Attitude::KeepGoing, Lang::En), "keep going");
        assert_eq!(
            vague_label(VagueTime::WhenThereIsTime, Lang::Ja),
            "時間ができたら"
        );
        assert_eq!(trigger_label(Trigger::Payday, Lang::En), "payday");
    }
}
