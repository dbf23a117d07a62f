//! Texts of the self-assessment screens (answering, picking, result, history), and the
//! number and date formats they show. The statements and guidance are in `anchors.rs`.

use chrono::{Datelike, NaiveDate};

use crate::domain::lang::Lang;

catalogue! {
    /// A message of the self-assessment screens.
    pub enum AssessMsg {
        NavAssessment { ja: "自己診断", en: "Self-assessment" },
        NavResult { ja: "診断結果", en: "Results" },
        Title { ja: "キャリア・アンカー診断", en: "Career-anchor self-assessment" },
        Intro {
            ja: "仕事で最後まで手放したくないもの（キャリア・アンカー）を確かめます。40の文に1〜6で答え、特にあてはまる3つを選びます（10〜15分ほど）。今の立場でできるかどうかではなく、自分がどうありたいかで答えてください。回答はこの端末に自動で保存され（どこにも送信されず、人事や上司が見ることもありません）、途中でやめても続きから再開できます。",
            en: "Find out what you would hold on to above all at work: your career anchor. Rate 40 statements from 1 to 6, then pick the three that fit you best (about 10 to 15 minutes). Answer by what you want, not by what your present post allows. Your answers are saved on this device as you go (they are sent nowhere, and neither HR nor your manager sees them), so you can stop and pick up where you left off.",
        },
        // Folded, so that statement 1 is on a phone's first screen (a 19-year-old's 360 px
        // phone showed ten lines of intro and no statement); a situation already behind
        // one was asked for by a rehired 62-year-old.
        HowToAnswer { ja: "答え方のコツ（経験していない場面など）", en: "How to answer (situations you have not met, and more)" },
        HowToAnswerBody {
            ja: "まだ経験していない場面は、そうなったらどう感じるかを思い浮かべて答えてください。もう過ぎた場面（異動や昇進、定年など）は、今の自分ならどう感じるかで答えてください。",
            en: "For a situation you have not met yet, imagine how you would feel in it. For one that is behind you (a transfer, a promotion, retirement), answer as you feel about it now.",
        },
        // Seen without opening anything: the quickest way through 40 statements.
        KeyboardSummary {
            ja: "キーボードなら、Tabで文に移り、数字の1〜6で答えられます（読み上げソフトをお使いの方は、ここを開いて手順をご覧ください）",
            en: "With a keyboard, Tab to a statement and a digit from 1 to 6 answers (screen reader users: open this for the steps)",
        },
        KeyboardHint {
            ja: "数字の1〜6を押すと、その文に答えて次の文へ進みます。矢印キーで選んでTabで進むこともできます。スクリーンリーダーでは、フォーカスモード（NVDAならNVDA+スペース）に切り替えてから数字を押すか、スペースで選んでTabで次の文へ進んでください。",
            en: "A digit from 1 to 6 answers the statement and moves on to the next; you can also choose with the arrow keys and move on with Tab. With a screen reader, switch to focus mode first (NVDA+Space in NVDA) and then press a digit, or choose with Space and move on with Tab.",
        },
        TapHint {
            ja: "まだ答えていない文で答えを選ぶと、自動で次の文へ進みます。答えを直すときや前の文に戻るときは「前へ」を押してください。",
            en: "Choosing a first answer takes you on to the next statement. To change an answer or go back, tap \"Back\".",
        },
        Answered { ja: "回答済み", en: "Answered" },
        Back { ja: "前へ", en: "Back" },
        Next { ja: "次へ", en: "Next" },
        ToPicking { ja: "次へ：特にあてはまる3つを選ぶ", en: "Next: choose your top three statements" },
        Unanswered {
            ja: "まだ答えていない設問があります。番号を押すと、その設問に移動します。",
            en: "Some statements are still unanswered. Choose a number to go to that statement.",
        },
        StatementNumber { ja: "設問", en: "Statement" },
        // The scale's legend, in three parts: each end is kept on one line.
        ScaleLow { ja: "1（全くあてはまらない）", en: "1 (not true at all)" },
        ScaleTo { ja: "〜 ", en: " to " },
        ScaleHigh { ja: "6（いつもあてはまる）", en: "6 (always true)" },
        PickTitle { ja: "特にあてはまる3つを選ぶ", en: "Choose your top three statements" },
        Picked { ja: "選択済み", en: "Chosen" },
        YourRating { ja: "あなたの回答", en: "Your answer" },
        ShowAll { ja: "ほかの文も表示する", en: "Show the other statements" },
        HideOthers { ja: "ほかの文を隠す", en: "Hide the other statements" },
        BackToRating { ja: "回答を見直す", en: "Review my answers" },
        Resumed { ja: "前回の続き（設問{}）から再開します。", en: "Picking up where you left off, at statement {}." },
        IntroAgain { ja: "この診断の説明をもう一度読む", en: "Read the introduction again" },
        SeeResult { ja: "結果を見る", en: "See my result" },
        // In the bar that stays in view over the list, once three are picked: the way on
        // without scrolling a phone's long list to its end.
        PickedSeeResult { ja: "3つ選びました。結果を見る", en: "Three picked: see my result" },
        PicksMissing { ja: "結果を見るには、あと{}つ選んでください。", en: "Choose {} more to see your result." },
        ResultTitle { ja: "診断結果", en: "Your result" },
        YourAnchor { ja: "あなたのキャリア・アンカー", en: "Your career anchor" },
        AnchorMeaning {
            ja: "キャリア・アンカーとは、自分の得意なこと・動機・価値観について経験から育ってきた自己イメージのうち、仕事やキャリアを選ぶときに、これだけは手放したくないと思うもののことです（エドガー・シャインの考え方）。",
            en: "A career anchor is the part of how you see yourself, built up from experience (what you are good at, what drives you, what you value), that you would not give up when you make a choice about your work or career (an idea of the psychologist Edgar Schein).",
        },
        InJapanese { ja: "日本語では", en: "In Japanese: " },
        AllScores { ja: "8つのアンカーの得点", en: "Scores of the eight anchors" },
        SourcesSummary { ja: "それぞれの得点のもとになった文と、あなたの答え", en: "The statements behind each score, with your answers" },
        SourcesLead {
            ja: "各アンカーの得点は、そのアンカーの5つの文への答え（1〜6）の平均です。特にあてはまる3つに選んだ文があれば、1つにつき0.8を足しています。",
            en: "Each anchor's score is the average of your answers (1 to 6) to its five statements, plus 0.8 for each of them you picked among your top three.",
        },
        SourcePicked { ja: "特にあてはまる3つに選んだ文（+0.8）", en: "one of your top three (+0.8)" },
        ScoreRange {
            ja: "得点は1.0〜8.4で、高いほど、そのアンカーを仕事で大切にしていることを表します（5つの文への回答の平均に、特にあてはまる3つに選んだ文1つにつき0.8を足した値です）。",
            en: "Scores run from 1.0 to 8.4: the higher an anchor's score, the more it matters to you at work (the average of your answers to its five statements, plus 0.8 for each of them among your top three).",
        },
        ChartLabel { ja: "8つのアンカーの得点を示すレーダーチャート（同じ内容を表でも示しています）", en: "Radar chart of the eight anchor scores (the same figures are in the table)" },
        TableCaption { ja: "アンカー別の得点", en: "Score by anchor" },
        ColumnAnchor { ja: "アンカー", en: "Anchor" },
        ColumnScore { ja: "得点", en: "Score" },
        InterviewHeading { ja: "面談で話してみること", en: "What to talk about in the interview" },
        VisionHeading { ja: "ビジョンを書いたら、確かめたいこと", en: "Once you have written your vision, ask yourself" },
        LowestHeading { ja: "あまり重視していないこと", en: "What matters least to you" },
        CaveatHeading { ja: "この結果について", en: "About this result" },
        NextHeading { ja: "次の一歩", en: "Your next step" },
        NextBody {
            ja: "この結果を手がかりに、面談の準備を進めましょう。ワークシートでは、大切にしていることをもとに、数年後のビジョンとそれに向けた行動を考えます。行動が決まったら、誰が見てもやったかどうか分かり、いつから始めるかが書かれた約束になっているかを確かめましょう。",
            en: "Take this result into your interview preparation. The worksheet helps you turn what matters to you into a vision for the next few years and the actions towards it. Once you have an action, check that it is a commitment anyone could verify, with the day it begins.",
        },
        NextWorksheet { ja: "ワークシートで面談の準備をする", en: "Prepare on the worksheet" },
        NextCheck { ja: "約束を確かめる", en: "Check a commitment" },
        Print { ja: "印刷する", en: "Print" },
        Retake { ja: "もう一度診断する", en: "Take it again" },
        RetakeAssessment { ja: "自己診断をもう一度受ける", en: "Take the self-assessment again" },
        RetakeDiscards {
            ja: "途中まで答えた診断があります。新しく始めると、その回答は消えます（これまでの結果は残ります）。",
            en: "You have an assessment in progress. Starting again discards those answers (past results are kept).",
        },
        HasResult {
            ja: "{}の診断結果があります。答え直すと、新しい結果として記録されます（これまでの結果も残ります）。",
            en: "You already have a result from {}. Answering again records a new result (the earlier ones are kept).",
        },
        StartAgain { ja: "新しく始める", en: "Start again" },
        Continue { ja: "続きに進む", en: "Continue" },
        Cancel { ja: "やめる", en: "Cancel" },
        HistoryHeading { ja: "これまでの結果", en: "Past results" },
        // A past result: when it was completed, and which result it was.
        ResultNumber { ja: "{}（{}回目）", en: "{} (result {})" },
        ResultOf { ja: "の結果", en: "Result from " },
        Showing { ja: "表示中", en: "Showing" },
        Show { ja: "表示する", en: "Show" },
        Delete { ja: "削除", en: "Delete" },
        ConfirmDelete { ja: "この結果を削除します。元に戻せません。よろしいですか？", en: "Delete this result for good?" },
        CompareHeading { ja: "以前の結果と比べる", en: "Compare with an earlier result" },
        CompareWith { ja: "比べる結果", en: "Compare with" },
        CompareNone { ja: "（選んでください）", en: "(choose one)" },
        TopChanged {
            ja: "前回（{}）いちばん高かったのは{}でした。今回は{}です。何が変わったのかは、面談で話すきっかけになります。",
            en: "Last time ({}), you scored highest on {}; this time, on {}. What has changed since is worth talking about in the interview.",
        },
        TopSame {
            ja: "前回（{}）と同じく、{}がいちばん高くなりました。",
            en: "As last time ({}), you scored highest on {}.",
        },
        NoChange { ja: "得点の変わったアンカーはありません。", en: "No anchor's score has changed." },
        Rose { ja: "上がった", en: "up" },
        Fell { ja: "下がった", en: "down" },
        NoResult {
            ja: "まだ結果がありません。自己診断に答えると、ここに結果が表示されます。",
            en: "No result yet. Once you complete the self-assessment, your result appears here.",
        },
        Start { ja: "自己診断を始める", en: "Start the self-assessment" },
        ContinueAssessment { ja: "自己診断の続きに進む", en: "Continue the self-assessment" },
    }
}

/// A score kept as whole points (score × 5, 5..=42), written with one decimal: 32 → "6.4".
/// Integer arithmetic keeps floating-point formatting out of the app.
pub fn score_text(points: u8) -> String {
    format!("{}.{}", points / 5, (points % 5) * 2)
}

/// A change of score in points, signed: +4 → "+0.8", −7 → "−1.4".
pub fn delta_text(points: i16) -> String {
    let sign = if points < 0 { "−" } else { "+" };
    let size = points.unsigned_abs();
    format!("{sign}{}.{}", size / 5, (size % 5) * 2)
}

/// A time of day as both languages write it: 9:05, 14:30.
pub fn time_text(time: chrono::NaiveTime) -> String {
    use chrono::Timelike;
    format!("{}:{:02}", time.hour(), time.minute())
}

/// A result's date, and its time when it is known: 2026年11月23日 14:30 /
/// 23 November 2026, 14:30.
pub fn moment_text(date: NaiveDate, time: Option<chrono::NaiveTime>, lang: Lang) -> String {
    let date = date_text(date, lang);
    match (time, lang) {
        (None, _) => date,
        (Some(time), Lang::Ja) => format!("{date} {}", time_text(time)),
        (Some(time), Lang::En) => format!("{date}, {}", time_text(time)),
    }
}

/// A date as people write it: 2026年11月23日 / 23 November 2026.
pub fn date_text(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => format!(
            "{} {} {}",
            date.day(),
            crate::i18n::english_month(date.month()),
            date.year()
        ),
    }
}
