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
            ja: "社員から面談準備シートを受け取った上司・人事・キャリアコンサルタントの方へ。面談の始め方、シートの読み方、面談で聞くこと、面談のあとにすることをまとめました。4分ほどで読めます。",
            en: "For the manager, HR or career consultant who has received an employee's interview sheet: how to open the interview and read the sheet, what to ask, and what to do afterwards. About a four-minute read.",
        },
        Print { ja: "このページを印刷する", en: "Print this page" },

        OpeningHeading { ja: "面談の始めに", en: "Opening the interview" },
        OpeningPurpose {
            ja: "これからのキャリアを考え、次の一歩を決めるための面談で、人事評価の場ではないと伝えてください。",
            en: "Tell them what the interview is for: time to think about their career and choose a next step. It is not an appraisal.",
        },
        OpeningTime {
            ja: "どのくらい時間をとるか（たとえば1時間）を伝えてください。",
            en: "Say how long it will take, for example an hour.",
        },
        OpeningSummary {
            ja: "面談のあとに要約を書くかどうか、書くなら誰が読むのかを伝え、それでよいか本人の同意を得てください。",
            en: "Say whether a summary will be written afterwards and, if so, who will read it, and ask whether they agree.",
        },
        OpeningKeepBack {
            ja: "伝えてほしくないことがあれば最初に言ってもらい、外に出さないと約束して、必ず守ってください。",
            en: "At the start, ask them to say anything that must not be passed on; promise it won't be, and keep that promise.",
        },
        OpeningListen {
            ja: "話すのは主に本人です。聞いたことを言い直して理解を確かめ、助言を急がないでください。",
            en: "Let them do most of the talking: listen, say back what you heard to check it, and don't rush to advise.",
        },

        SheetHeading { ja: "面談準備シートとは", en: "What the sheet is" },
        SheetPrepared {
            ja: "社員本人がこのアプリで準備したものです。シートに何を載せるかも、本人が選んでいます。",
            en: "The employee prepared it with this app, and chose what to put on it.",
        },
        SheetSelfRated {
            ja: "「得るもの・失うもの」のかっこ内の数字は、本人にとっての大きさ（1〜5）です。載っているのは共有すると決めたものだけなので、数字を足し合わせて本人の気持ちを決めつけないでください。「キャリア自律の自己チェック」も本人が自分で付けたもので、人事評価の材料にするものではありません。",
            en: "In \"Gains and losses\", the figure is how much each weighs for them (1–5); only what they shared is there, so do not add them up. The autonomy self-rating is their own view, not appraisal material.",
        },
        SheetLeftOut {
            ja: "載っていないことは、未記入か、本人がとどめておくと決めたことです。聞き出そうとしないでください。",
            en: "Anything not on it is unwritten or something they chose to keep private: either way, do not press them for it.",
        },
        // {} is the sheet's own heading of that part.
        SheetConfidential {
            ja: "シートの最初に枠で囲まれた「{}」があれば、面談をするあなただけに宛てたものです。要約や報告には入れず、ほかの人にも伝えないでください。",
            en: "A framed part headed \"{}\" at the top, if any, is for you alone: keep it out of any summary or report.",
        },

        AnchorsHeading { ja: "キャリア・アンカーの読み方", en: "Reading the career anchors" },
        AnchorsIntro {
            ja: "シートには、本人の自己診断で点数の高かったアンカーが載っています。8つのアンカーの意味は次のとおりです。",
            en: "The sheet lists the employee's highest-scoring anchors from the self-assessment. The eight anchors mean:",
        },
        AnchorsValues {
            ja: "アンカーは、本人が仕事で大切にしたい、手放したくないことです。能力の高さや意欲の強さを表すものではなく、優劣もありません。たとえば「生活様式」は、仕事への熱意が低いという意味ではありません。",
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
            ja: "いつから何を始めるのかが、まだ読み取れません。時期だけ（「来月から、がんばる」）や行動だけが書かれていることもあります。「いつから、何から始めますか？」と聞いてみてください。",
            en: "No start yet: a time with no act, or an act with no time. Ask: \"What will you begin with, and when?\"",
        },

        QuestionsHeading { ja: "面談で聞くこと", en: "Questions to ask" },
        QuestionsIntro {
            ja: "本人はアプリの「面談の練習」で、次の質問に答える準備をしています。面談の流れに沿った順です。",
            en: "The employee has rehearsed their answers to these questions in the app, in the order an interview usually takes.",
        },
        QuestionsStuck {
            ja: "答えに詰まったら、うまくいった仕事や「自分には簡単でも、人には難しいこと」を一緒に思い出しましょう。",
            en: "If they get stuck, recall together work that went well, or what comes easily to them but is hard for others.",
        },

        AfterHeading { ja: "面談のあとで", en: "After the interview" },
        AfterAsk {
            ja: "約束した行動の開始日を控えておき、その日を過ぎたら「始めましたか？」と声をかけてください。",
            en: "Note each action's start date, and once it has passed, ask: \"Did you start?\"",
        },
        AfterApp {
            ja: "本人のアプリも、開始日を過ぎると同じことを尋ねて答えを記録します。共有された行動なら、いちばん新しい答えが「振り返り」として次のシートに載ります。",
            en: "Their app asks them the same after that day; for a shared action, the latest answer shows on their next sheet.",
        },
        AfterNewSheet {
            ja: "本人がよければ、次の面談の前に新しいシートを見せてもらい、前回の約束の続きから話しましょう。",
            en: "If they are happy to, they can show you a new sheet before the next interview, to pick up where you left off.",
        },

        SummaryHeading { ja: "面談のあとの要約", en: "Writing the summary" },
        SummaryWhen {
            ja: "会社の仕組みとして要約を書く場合は、短くまとめてください。",
            en: "Where your company's programme includes a summary, keep it short.",
        },
        SummaryContents {
            ja: "書くのは、職場ではまだ見えていなかった本人の一面、やる気のもと、約束した行動とそれぞれの開始日、上司にできる支援の四つです。",
            en: "Put in four things: a side of them not yet seen at work, what motivates them, the actions they committed to with their start dates, and how their manager can support them.",
        },
        SummaryKeptBack {
            ja: "本人が伝えてよいと言ったことだけで書き、伝えてほしくないと言ったことは入れないでください。",
            en: "Write it only from what they agreed to share; leave out anything they asked you to keep back.",
        },
        SummaryShowFirst {
            ja: "仕組みが許すなら、渡す前に本人に読んでもらいましょう。",
            en: "If the programme allows, let them read it before it goes to anyone.",
        },

        DataHeading { ja: "本人のデータについて", en: "The employee's data" },
        DataOnDevice {
            ja: "このアプリは、入力された内容をすべて本人の端末のブラウザの中だけに保存します。会社にも面談の担当者にも送られないため、あなたが見る方法はありません。",
            en: "Everything stays in the browser on the employee's own device: nothing is sent to the company or to you.",
        },
        DataNoFile {
            ja: "シートは、本人が印刷やコピーをして渡すものです。アプリから書き出したファイルは求めないでください。本人だけの書き込みも入っています。",
            en: "The sheet comes to you printed or copied. Do not ask for the file the app exports: it holds their private notes too.",
        },
        // A 部長 who also holds interviews with his 課長 wondered whether to run the
        // assessment "for" them on his own laptop (2026-12-05).
        DataOwnDevice {
            ja: "部下にこのアプリで準備してもらうときは、本人の端末で開いてもらってください。記録は開いたブラウザに残るので、あなたのパソコンで部下の診断をすると、あなたの記録と混ざり、あなたにも見えてしまいます。",
            en: "When you ask your team to prepare with this app, have each person open it on their own device. What is entered stays in the browser it was entered in: an assessment taken on your computer would mix with your own notes, and you would see it.",
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
