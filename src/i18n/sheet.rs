//! Texts of the interview-preparation sheet (what the person prints or copies for the
//! interviewer, and the notes above it) and of the rehearsal, in Japanese and English.

use crate::domain::lang::Lang;
use crate::domain::worksheet::readiness::Question;
use crate::i18n::in_lang;

crate::catalogue! {
    /// A message of the sheet and the rehearsal.
    pub enum SheetMsg {
        SheetHeading { ja: "面談準備シート", en: "Interview preparation sheet" },
        SheetLead {
            ja: "面談に持っていくシートです。下の見本がそのまま印刷されます。たいていはA4一枚に収まります。どのページの下にも、ページ番号と（書いてあれば）氏名が入ります。ブラウザの印刷画面で「PDFに保存」を選ぶとPDFにもできます。面談の前にメールやチャットで送るときは「シートをコピー」を使ってください。",
            en: "The sheet to bring to your interview. The preview below is exactly what prints. Most fit on one A4 page; every page carries its number, and your name if you give it, at its foot. To get a PDF, choose \"Save as PDF\" in the browser's print dialog. To send it ahead by email or chat, use \"Copy the sheet\".",
        },
        SheetScopeLegend { ja: "載せる内容", en: "What the sheet holds" },
        SheetScopeShared { ja: "共有する項目だけ（面談用）", en: "Shared entries only (for the interview)" },
        SheetScopeEverything { ja: "すべて（自分用の控え）", en: "Everything (a private copy for yourself)" },
        SheetPrivateWarning {
            ja: "この控えには「自分だけ」の項目も載ります。人に渡さないでください。",
            en: "This copy includes entries you keep to yourself. Do not give it to anyone else.",
        },
        SheetLargeType { ja: "大きな文字で印刷する", en: "Print in larger type" },
        SheetLargeTypeHelp {
            ja: "本文を10.5ポイントから12.5ポイントに大きくします。見本も同じ大きさになります。2枚以上になることがあります。",
            en: "Body text at 12.5 pt instead of 10.5 pt, in the preview too. The sheet may then take more than one page.",
        },
        Print { ja: "印刷する", en: "Print" },
        SheetCopy { ja: "シートをコピー", en: "Copy the sheet" },
        SheetCopied {
            ja: "シートをコピーしました。メールやチャットに貼り付けると、見出しと箇条書きのまま送れます。",
            en: "Sheet copied. Paste it into an email or a chat: its headings and lists come along.",
        },
        SheetCopiedPrivate {
            ja: "自分用の控え（「自分だけ」の項目も含む）をコピーしました。ほかの人には送らないでください。",
            en: "Copied your private copy, with what you keep to yourself: do not send it to anyone.",
        },
        SheetCopiedNoName {
            ja: "氏名・所属の欄が空なので、誰のシートかは載っていません。載せるときは欄に書いてから、もう一度コピーしてください。",
            en: "Your name is not on it, as the name field is empty: to add it, fill in the field and copy again.",
        },
        SheetSelected {
            ja: "自動ではコピーできなかったため、シートを選択した状態にしました。Ctrl+C（Macは⌘C）でコピーしてください。",
            en: "The sheet could not be copied for you, so it is selected: copy it with Ctrl+C (⌘C on a Mac).",
        },
        // The same, on a phone or a tablet: no keyboard to press Ctrl+C on.
        SheetSelectedTouch {
            ja: "自動ではコピーできなかったため、シートを選択した状態にしました。選択された文字を長押しして、「コピー」を選んでください。",
            en: "The sheet could not be copied for you, so it is selected: press and hold the selected text and choose Copy.",
        },
        RepeatedHeading {
            ja: "「伝えてほしくないこと」と同じ言葉が、共有する項目にもあります",
            en: "Words from \"What must not be passed on\" are also in what you share",
        },
        SensitiveHeading {
            ja: "共有する項目に、上司に伝わると気になるかもしれない言葉があります",
            en: "What you share names topics you may not want to reach your manager",
        },
        SensitiveAdvice {
            ja: "転職や退職、介護、健康、家族、お金のことは、面談の相手から上司に伝わることがあります。このまま載せてよいか確かめてください。載せたくなければ、その項目を「自分だけ」にするか、書き直してください。",
            en: "A job change or leaving, care at home, health, family or money can reach your manager through your interviewer. Check that you want it on the sheet; if not, set the entry to \"Kept to myself\" or reword it.",
        },
        RepeatedAdvice {
            ja: "その話が担当者から伝わってもよいか、確かめてください。伝えたくなければ、その項目を「自分だけ」にするか、書き直してください。",
            en: "Check that the interviewer may pass that on. If not, set the entry to \"Kept to myself\" or reword it.",
        },
        PreviewLabel { ja: "印刷の見本", en: "Print preview" },
        // On the sheet's screen (not on paper), when shared actions do not pass yet.
        SheetFailing {
            ja: "このシートの行動のうち、{}番はまだ二つの基準を満たしていません。面談の前にワークシートで書き直すか、「自分だけ」にしてシートから外しておきましょう。",
            en: "Not passing both tests yet, on this sheet: no. {}. Before the interview, rewrite it on the worksheet, or choose \"Kept to myself\" to leave it off the sheet.",
        },
        SheetFailingLink { ja: "ワークシートの行動へ", en: "Go to the actions on the worksheet" },
        SheetWaiting {
            ja: "このシートの行動のうち、{}番は始める日を過ぎていて、まだ振り返りの答えがありません。答えると、その答えもシートに載ります。",
            en: "On this sheet, these have passed their start date with no follow-up answer yet: no. {}. Once you answer, your answer goes on the sheet too.",
        },
        SheetWaitingLink { ja: "「約束を確かめる」の一覧で答える", en: "Answer in the list under \"Check a commitment\"" },
        SheetInterviewPast {
            ja: "面談の日（{}）は過ぎています。次の面談に持っていくシートなら、ワークシートの「{}」で日付を入れ直してください。",
            en: "The interview date on this sheet ({}) has passed. If the sheet is for your next interview, enter its date under \"{}\" on the worksheet.",
        },
        SheetInterviewLink { ja: "ワークシートの「面談について」へ", en: "Go to \"The interview\" on the worksheet" },
        // On the sheet's screen (not on paper), when section k is on a sheet for the manager.
        // While the shared sheet, read by the manager, opens with the Lifestyle anchor: {} is
        // the anchor's name, and the link's text follows.
        SheetLifestyleToManager {
            ja: "シートの最初に、キャリア・アンカー「{}」が載ります。仕事と家庭や自分の時間との両立を大切にしていることが、そのまま上司に伝わります。伝えたくなければ、診断結果を「自分だけ」にしてください。",
            en: "Your anchors open the sheet, and \"{}\" among them tells your manager that time for family or yourself matters most to you. If you would rather your manager did not read that, set your anchors to \"Kept to myself\".",
        },
        SheetLifestyleToManagerLink { ja: "d. の診断結果へ", en: "Go to your anchors under d." },
        SheetConfidentialToManager {
            ja: "面談の相手は上司です。このシートの最初に「伝えてほしくないこと」が載っていて、上司がそのまま読みます。上司に渡すシートに載せてよいか、印刷やコピーの前に確かめてください。",
            en: "Your manager conducts this interview, and \"What must not be passed on\" is at the top of this sheet, where your manager will read it. Before you print or copy, check that it belongs on a sheet for your manager.",
        },
        SheetConfidentialToManagerOneOnOne {
            ja: "1on1の相手は上司です。このシートの最初に「伝えてほしくないこと」が載っていて、上司がそのまま読みます。上司に渡すシートに載せてよいか、印刷やコピーの前に確かめてください。",
            en: "In a one-on-one you talk to your manager, and \"What must not be passed on\" is at the top of this sheet, where your manager will read it. Before you print or copy, check that it belongs on a sheet for your manager.",
        },
        SheetConfidentialLink { ja: "ワークシートの「伝えてほしくないこと」へ", en: "Go to \"What must not be passed on\" on the worksheet" },
        // On the private copy itself, under its title.
        PrivateBand {
            ja: "自分用の控えです。面談の相手には渡さないでください。［自分だけ］の印は、共有しないと決めた項目です。",
            en: "Your own copy: do not hand it to your interviewer. Entries marked [Kept to myself] are those you chose not to share.",
        },
        SheetTitleShared { ja: "面談準備シート", en: "Interview preparation sheet" },
        SheetTitlePrivate { ja: "面談準備シート（自分用の控え・すべての項目）", en: "Interview preparation sheet (private copy, every entry)" },
        SheetInterview { ja: "面談", en: "Interview" },
        SheetOtherLanguage {
            ja: "面談の相手が英語のほうが読みやすいときは、画面上部で「{}」に切り替えてから印刷すると、見出しと日付が英語になります。書いた内容はそのままです。",
            en: "If your interviewer reads Japanese more easily, switch to \"{}\" at the top of the screen before printing: the headings and dates will be in Japanese. What you wrote stays as it is.",
        },
        // Above a shared sheet whose headings are in one language and some parts in the other.
        SheetOtherLanguageParts {
            ja: "英語で書かれているところがあります（{}）。面談の相手が英語を読まないときは、ワークシートで日本語に書き直すか、日本語の一文を書き添えておきましょう。",
            en: "Some parts are written in Japanese ({}). If your interviewer does not read Japanese, rewrite them in English on the worksheet, or add a line in English.",
        },
        SheetNoName {
            ja: "氏名・所属の欄が空なので、シートに名前は載りません。何人ものシートを受け取る担当者には、誰のシートか分からなくなることがあります。",
            en: "The name field is empty, so no name goes on the sheet. An interviewer who receives many sheets may not tell whose this is.",
        },
        SheetGuide {
            ja: "面談をする方へ：このシートには、本人が共有すると決めたことだけが載っています。シートの読み方と面談で聞くことは、{} にまとめています。",
            en: "For the interviewer: this sheet holds only what its owner chose to share. A guide to reading it, with questions to ask, is at {}",
        },
        // The site on this device alone (a file, localhost): no address to print.
        SheetGuideHere {
            ja: "面談をする方へ：このシートには、本人が共有すると決めたことだけが載っています。シートの読み方と面談で聞くことは、このアプリの「面談をする方へ」にまとめています。",
            en: "For the interviewer: this sheet holds only what its owner chose to share. A guide to reading it, with questions to ask, is in this app, under \"For interviewers\".",
        },
        SheetGainsWeights {
            ja: "かっこ内の数字は、本人にとっての大きさです（1〜5）。",
            en: "The figure in brackets is how much it weighs for them (1 to 5).",
        },
        SheetName { ja: "氏名・所属", en: "Name and department" },
        SheetNameField { ja: "シートに載せる氏名・所属（任意）", en: "Your name and department for the sheet (optional)" },
        SheetNameHelp {
            ja: "面談の担当者が、誰のシートか分かるように載せます。空欄なら載りません。",
            en: "So the interviewer knows whose sheet it is. Left empty, nothing is printed.",
        },
        SheetPrinted { ja: "作成日：{}", en: "Prepared on {}" },
        SheetAnchors { ja: "キャリア・アンカー（上位3つ）", en: "Career anchors (top three)" },
        Tied { ja: "（同点）", en: " (tied)" },
        SheetAnchorsTied { ja: "キャリア・アンカー（上位。同点を含む）", en: "Career anchors (top places, ties included)" },
        GlossDash { ja: "：", en: ": " },
        AnchorsAreValues {
            ja: "アンカーは、働くうえで大切にしたいことです。能力や意欲の高さを表すものではなく、どれが優れているということもありません。",
            en: "An anchor is what a person wants to keep at work. It says nothing of ability or drive, and no anchor is better than another.",
        },
        SheetValues { ja: "大切にしていること・譲れないこと", en: "What I value and will not give up" },
        SheetStrengths { ja: "自分の強み", en: "My strengths" },
        SheetVision { ja: "{}年のビジョン", en: "My vision for {}" },
        SheetActions { ja: "行動（いつから何をするか）", en: "Actions (what, and from when)" },
        SheetStarts { ja: "開始：{}", en: "Starts {}" },
        SheetStartsBy { ja: "開始：{}までに", en: "Starts by {}" },
        // Beside an action whose start the check could not read: what is still to settle, not a
        // mark against the person (and not in bold, as the dates are).
        SheetNoStart { ja: "いつから何を始めるか：これから決める", en: "what begins when: to be decided" },
        SheetFollowUp { ja: "{}の振り返り：{}", en: "Follow-up on {}: {}" },
        // Beside an action rewritten since it was saved: the interview hears it changed.
        SheetRewritten { ja: "（{}に書き直し）", en: " (rewritten on {})" },
        SheetObstacles { ja: "つまずいたときの備え", en: "If things get in the way" },
        SheetSupport { ja: "望む支援", en: "Support I want" },
        SheetRoles { ja: "これまでの役割", en: "Past roles" },
        SheetMoments { ja: "心が動いた出来事", en: "Moments that moved me" },
        SheetGainsLosses { ja: "得るもの・失うもの", en: "Gains and losses" },
        SheetAutonomy { ja: "キャリア自律の自己チェック", en: "Career autonomy, self-rated" },
        SheetConfidential { ja: "【取り扱い注意】伝えてほしくないこと", en: "[Confidential] Not to be passed on" },
        SheetConfidentialNote {
            ja: "面談の初めにお伝えします。上司への要約には入れないでください。",
            en: "To be said at the start of the interview: please keep this out of the summary for my manager.",
        },
        SheetConfidentialNoteManager {
            ja: "面談の初めにお伝えします。この内容は、ほかの方には伝えないでください。",
            en: "To be said at the start of the interview: please do not pass this on to anyone else.",
        },
        SheetEmpty {
            ja: "共有する項目がまだありません。ワークシートで書いて「面談で共有する」を選ぶと、ここに載ります。",
            en: "Nothing shared yet. Write on the worksheet and choose \"Shared with the interviewer\" to see it here.",
        },

        RehearsalHeading { ja: "面談の練習", en: "Rehearse the interview" },
        RehearsalLead {
            ja: "面談でよく聞かれる質問と、今のあなたの答えです。声に出して答えてみましょう。答えがまだない質問は、ワークシートで書き足せます。",
            en: "The questions an interviewer usually asks, with your answers so far. Try answering them aloud. Where an answer is missing, add it on the worksheet.",
        },
        RehearsalYourAnswer { ja: "今のあなたの答え", en: "Your answer so far" },
        RehearsalHide { ja: "答えを隠して練習する（一つずつ開けます）", en: "Hide the answers to practise (open each one yourself)" },
        RehearsalGap { ja: "まだ答えがありません。", en: "No answer yet." },
        RehearsalNotPassing { ja: "まだ二つの基準を満たしていません", en: "does not pass both tests yet" },
        RehearsalWeak { ja: "二つの基準を満たす行動がまだありません。", en: "None of these passes both tests yet." },
        RehearsalWrite { ja: "ワークシートで書く", en: "Write it on the worksheet" },
        RehearsalGaps { ja: "答えのない質問：{}問（全{}問）", en: "Questions without an answer: {} of {}" },
    }
}

/// A rehearsal question as the interviewer would ask it.
pub fn question(question: Question, lang: Lang) -> &'static str {
    in_lang(
        match question {
            Question::Values => (
                "仕事で大切にしていることは何ですか？　これだけは譲れないことはありますか？",
                "What matters most to you at work? Is there anything you will not give up?",
            ),
            Question::Strengths => (
                "これまでの仕事で、どんなことが得意でしたか？",
                "What have you been good at in your work so far?",
            ),
            Question::Trigger => (
                "キャリアについて考えるきっかけになった出来事はありますか？",
                "Was there a moment that made you think about your career?",
            ),
            Question::Vision => (
                "数年後、どんな仕事をしていたいですか？",
                "What would you like to be doing a few years from now?",
            ),
            Question::Actions => (
                "そのために、いつから何をしますか？",
                "What will you do towards it, and from when?",
            ),
            Question::Setbacks => (
                "うまくいかなかったときは、どうしますか？",
                "What will you do if things do not go as planned?",
            ),
            Question::Support => (
                "上司や会社に、どんな支援を望みますか？",
                "What support would you like from your manager or the company?",
            ),
        },
        lang,
    )
}
