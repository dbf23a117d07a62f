//! Texts of the guide for interviewers (`#/guide`): the manager, HR or the career
//! consultant who receives an employee's interview sheet. The anchors' meanings, the
//! sheet's marks and the rehearsal's questions are not repeated here: the page takes them
//! from the catalogues that the result, the sheet and the rehearsal show.

crate::catalogue! {
    /// A message of the guide for interviewers.
    pub enum GuideMsg {
        NavGuide { ja: "面談をする方へ", en: "For interviewers" },
        Heading { ja: "面談をする方へ", en: "For interviewers" },
        Lead {
            ja: "社員から面談準備シートを受け取った上司・人事・キャリアコンサルタントの方へ。シートの読み方、面談で聞くこと、面談のあとにすることをまとめました。3分ほどで読めます。",
            en: "For the manager, HR or career consultant who has received an employee's interview preparation sheet: how to read it, what to ask, and what to do after the interview. About a three-minute read.",
        },
        Print { ja: "このページを印刷する", en: "Print this page" },

        SheetHeading { ja: "面談準備シートとは", en: "What the sheet is" },
        SheetPrepared {
            ja: "社員本人がこのアプリで準備したものです。シートに何を載せるかも、本人が選んでいます。",
            en: "The employee prepared it with this app, and chose what to put on it.",
        },
        SheetLeftOut {
            ja: "載っていないことは、まだ書いていないか、本人が自分の中にとどめると決めたことです。どちらの場合も、面談で聞き出そうとしないでください。",
            en: "What is not on it is either not written yet or something they chose to keep to themselves: either way, please do not press them for it.",
        },
        // {} is the sheet's own heading of that part.
        SheetConfidential {
            ja: "シートの最初に枠で囲まれた「{}」があれば、面談をするあなただけに宛てたものです。要約や報告には入れず、ほかの人にも伝えないでください。",
            en: "If the sheet begins with a framed part headed \"{}\", it is for you, the interviewer, alone: keep it out of any summary or report, and do not pass it on.",
        },

        AnchorsHeading { ja: "キャリア・アンカーの読み方", en: "Reading the career anchors" },
        AnchorsIntro {
            ja: "シートには、本人の自己診断で点数の高かったアンカーが載っています。8つのアンカーの意味は次のとおりです。",
            en: "The sheet lists the employee's highest-scoring anchors from the self-assessment. The eight anchors mean:",
        },
        AnchorsValues {
            ja: "アンカーは、本人が仕事で大切にしたい、手放したくないことです。能力の高さや意欲の強さを表すものではなく、どのアンカーが優れているということもありません。たとえば「生活様式」は、仕事への熱意が低いという意味ではありません。",
            en: "An anchor is what the person wants to keep at work. It measures neither ability nor drive, and no anchor is better than another: Lifestyle, for instance, does not mean they care less about their work.",
        },
        AnchorsTies {
            ja: "同じ点数で並ぶこともあります。並んだアンカーは、どれも本人のアンカーとして受け止めてください。",
            en: "Ties happen: take each tied anchor as theirs.",
        },
        AnchorsTeam {
            ja: "アンカーを評価するのではなく、「大切にしていることを、チームの中でどう生かせそうですか？」と一緒に考えてください。たとえば「生活様式」の人は、みんなが定時に帰れる段取りでチームに貢献できるかもしれません。",
            en: "Rather than judge an anchor, think it through together: \"How could what matters to you serve the team?\" Someone with Lifestyle, for instance, may be the one who plans the work so that everyone gets home on time.",
        },

        TestsHeading { ja: "行動の二つの基準", en: "The two tests of an action" },
        TestsGoal {
            ja: "面談は、本人が数年先のビジョンを語り、次の二つを満たす行動を少なくとも一つ約束できたところで一区切りです。一回で終わらなくてもかまいません。",
            en: "The interview has done its work when the employee has stated a vision for the next few years and committed to at least one action that passes both tests. It may take more than one meeting.",
        },
        TestObjectiveName { ja: "客観性", en: "Objective" },
        TestObjective {
            ja: "実行したかどうかを、誰が見ても確かめられる。",
            en: "anyone can see whether it was done.",
        },
        TestStartName { ja: "開始時期", en: "Start" },
        TestStart {
            ja: "「いつまでに」だけでなく、「いつから」始めるかが書いてある。",
            en: "it says from when it begins, not only by when.",
        },
        ExamplesLabel { ja: "例", en: "For example" },
        FailsLabel { ja: "満たさない", en: "Fails" },
        ExampleFails { ja: "データ分析の勉強を頑張ります", en: "I will work hard at learning data analysis" },
        ExampleFailsWhy {
            ja: "何をすれば「頑張った」ことになるのか、いつ始まるのかが分かりません。",
            en: "Nobody can tell what counts as working hard, or when it begins.",
        },
        PassesLabel { ja: "満たす", en: "Passes" },
        ExamplePasses {
            ja: "4月10日までにデータ分析の講座に申し込み、毎週水曜の夜に受講します",
            en: "I will sign up for a data analysis course by 10 April and attend it every Wednesday evening",
        },
        ExamplePassesWhy {
            ja: "4月10日を過ぎれば、申し込んだかどうかを誰でも確かめられます。",
            en: "After 10 April, anyone can check whether they signed up.",
        },
        MarksHeading { ja: "シートの開始日の印", en: "The start marks on the sheet" },
        MarksIntro {
            ja: "シートの行動には、アプリが読み取った開始日が次のように添えられています（日付は例です）。",
            en: "Each action on the sheet carries the start the app read in it, in one of these forms (the dates are examples):",
        },
        MarkStarts {
            ja: "その日から始めると約束しています。その日を過ぎたら、始めたかどうかを聞けます。",
            en: "They will begin on that day; after it, you can ask whether they did.",
        },
        MarkStartsBy {
            ja: "その日までに、始めるための行動（申し込み・予約など）を済ませると約束しています。",
            en: "By that day they will have done the act that begins it, such as signing up or booking.",
        },
        MarkNoStart {
            ja: "始める日がまだ読み取れません。「いつから始めますか？」と聞いてみてください。",
            en: "No start was found yet. A good question to ask: \"From when?\"",
        },

        QuestionsHeading { ja: "面談で聞くこと", en: "Questions to ask" },
        QuestionsIntro {
            ja: "本人はアプリの「面談の練習」で、次の質問に答える準備をしています。面談の流れに沿った順です。",
            en: "The employee has rehearsed their answers to these questions in the app, in the order an interview usually takes.",
        },
        QuestionsStuck {
            ja: "答えに詰まったら、これまでにうまくいった仕事や、「自分には簡単でも、人には難しいこと」を一緒に思い出すと話が進みます。",
            en: "If they get stuck, recalling work that went well, or what comes easily to them but is hard for others, helps the talk along.",
        },

        AfterHeading { ja: "面談のあとで", en: "After the interview" },
        AfterAsk {
            ja: "約束した行動の開始日を控えておき、その日を過ぎたら「始めましたか？」と声をかけてください。",
            en: "Note each action's start date, and once it has passed, ask: \"Did you start?\"",
        },
        AfterApp {
            ja: "本人のアプリも、開始日を過ぎると同じことを尋ねて答えを記録します。共有された行動なら、いちばん新しい答えが「振り返り」として次のシートに載ります。",
            en: "The employee's app asks them the same once the day has passed, and keeps their answer. For an action they share, the latest answer appears on their next sheet as a follow-up line.",
        },
        AfterNewSheet {
            ja: "次の面談の前に、新しいシートを渡してもらってください。前回の約束がどうなったかから話し始められます。",
            en: "Before the next interview, ask for an updated sheet, so that you can start from what became of the last commitments.",
        },
        AfterSummary {
            ja: "要約や報告を書くときは、本人が伝えてほしくないと言ったことを入れないでください。",
            en: "When you write a summary or report, leave out anything the employee asked you not to pass on.",
        },

        DataHeading { ja: "本人のデータについて", en: "The employee's data" },
        DataOnDevice {
            ja: "このアプリは、入力された内容をすべて本人の端末のブラウザの中だけに保存します。会社にも面談の担当者にも送られないため、あなたが見る方法はありません。",
            en: "The app keeps everything on the employee's own device, in their browser. Nothing is sent to the company or to you, and you have no way to see it.",
        },
        DataNoFile {
            ja: "シートは、本人が印刷やコピーをして渡すものです。アプリから書き出したファイルは求めないでください。本人だけの書き込みも入っています。",
            en: "The sheet is what they hand you, printed or copied. Please do not ask for the file the app exports: it holds their private notes too.",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::GuideMsg;
    use crate::domain::commitment::check;
    use crate::domain::lang::Lang;

    fn has_japanese(text: &str) -> bool {
        text.chars()
            .any(|c| matches!(c, '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff01}'..='\u{ff65}'))
    }

    #[test]
    fn every_text_is_japanese_in_japanese_and_has_no_japanese_in_english() {
        for &msg in GuideMsg::ALL {
            assert!(has_japanese(msg.text(Lang::Ja)), "{msg:?} in Japanese");
            assert!(!has_japanese(msg.text(Lang::En)), "{msg:?} in English");
        }
    }

    #[test]
    fn the_examples_fail_and_pass_the_app_s_own_check() {
        // Early in the year, so that 4月10日 / 10 April is ahead.
        let today = chrono::NaiveDate::from_ymd_opt(2027, 1, 15).expect("a date");
        for lang in [Lang::Ja, Lang::En] {
            let fails = check(GuideMsg::ExampleFails.text(lang), today);
            assert!(!fails.objective.met, "{lang:?}: not objective");
            assert!(!fails.start.met, "{lang:?}: no start");
            let passes = check(GuideMsg::ExamplePasses.text(lang), today);
            assert!(passes.passes_both_tests(), "{lang:?}: {passes:?}");
        }
    }
}
