//! Texts of the interview-preparation worksheet, in Japanese and English; the sheet and
//! the rehearsal have theirs in `sheet`. Prompts are written for someone who has never
//! thought about their career: short, concrete, with an example.

use crate::domain::lang::Lang;
use crate::domain::worksheet::readiness::Section;
use crate::domain::worksheet::{Interviewer, SelfRating};
use crate::i18n::in_lang;

crate::catalogue! {
    /// A message of the worksheet, the sheet and the rehearsal.
    pub enum WsMsg {
        // Short, and unlike the sheet's 面談準備シート beside it in the menu (two first-time
        // users took one for the other); the screen's heading keeps the full name.
        NavWorksheet { ja: "ワークシート", en: "Worksheet" },
        NavSheet { ja: "面談準備シート", en: "Interview sheet" },
        NavRehearsal { ja: "面談の練習", en: "Rehearsal" },
        Heading { ja: "面談準備ワークシート", en: "Interview preparation worksheet" },
        Lead {
            ja: "面談までに自分のことを書き出しておくノートです（キャリア研修を受けた方は、そこで考えたことも生かしてください）。上から順に、過去を振り返り、大切にしていることを確かめ、数年先の姿と「いつから何をするか」を決めていきます。全部を埋める必要はありません。書いた内容はこの端末に自動で保存されます。",
            en: "A worksheet for the weeks before your interview (if you attended a career training session, bring in what you thought about there). From top to bottom: look back, see what matters to you, picture a few years ahead, and decide what you will do and from when. You do not have to fill in everything. What you write is saved on this device as you type.",
        },
        // 「時間がないときは、まず f. ビジョン と i. 行動 だけでも…」, around two links.
        ShortPath { ja: "時間がないときは、まず ", en: "Short of time? " },
        ShortPathAnd { ja: " と ", en: " and " },
        ShortPathEnd {
            ja: " だけでも面談の準備になります（10分ほど）。",
            en: " alone prepare you for the interview (about 10 minutes).",
        },
        // Reopened without a part asked for: the section written in last, and the way to it.
        ResumePlace { ja: "前回は「{}」を書いていました。", en: "Last time you were writing in “{}”." },
        ResumeGo { ja: "続きへ", en: "Continue there" },
        ShareNote {
            ja: "それぞれの項目で「面談で共有する」か「自分だけ」かを選べます。印刷する面談準備シートには、共有する項目だけが載ります。",
            en: "Each entry lets you choose: share with the interviewer, or keep it to yourself. The sheet you print holds only what you share.",
        },
        // Only on paper, above a worksheet printed from the browser's menu.
        PrintedWorksheet {
            ja: "これは記入用の画面をそのまま印刷したもので、「自分だけ」の項目と「伝えてほしくないこと」も入っています。面談の相手に渡す紙は、「面談準備シート」の画面から印刷してください。",
            en: "This is the worksheet itself, printed as it is on the screen: it holds what you keep to yourself and what must not be passed on. To print the paper for your interviewer, use the interview sheet's screen.",
        },
        ToSheet { ja: "面談準備シートを見る・印刷する", en: "See and print the interview sheet" },
        ToRehearsal { ja: "面談の練習をする", en: "Rehearse the interview" },
        ContinueWorksheet { ja: "ワークシートで準備を続ける", en: "Continue preparing on the worksheet" },
        ToWorksheet { ja: "ワークシートに戻る", en: "Back to the worksheet" },

        ReadinessHeading { ja: "準備の状況", en: "How ready you are" },
        ReadyYes {
            ja: "面談の準備ができています。ビジョンがあり、二つの基準を満たす行動があります。",
            en: "You are ready for the interview: you have a vision and an action that passes both tests.",
        },
        ReadyNo {
            ja: "面談の締めくくりには、ビジョンと、二つの基準を満たす行動（誰が見てもやったかどうか分かり、始める日が書かれた行動）を一つ用意しておきましょう。",
            en: "By the end of the interview you will want a vision and one action that passes both tests: anyone could tell whether it was done, and it says when it begins.",
        },
        VisionStated { ja: "ビジョンが書かれています", en: "A vision is written" },
        VisionMissing { ja: "ビジョンがまだ書かれていません", en: "No vision written yet" },
        ActionsFailing {
            ja: "まだ二つの基準を満たしていないのは、{}です（シートに載せる前に見直しましょう）",
            en: "Not passing both tests yet: {} (worth another look before you print the sheet)",
        },
        ActionsPassing { ja: "二つの基準を満たす行動：{}件（書いた行動{}件中）", en: "Actions that pass both tests: {} (of {} written)" },
        // Counts of each answer, not a score: "0/3" read as a grade to someone starting out.
        AutonomyHeld { ja: "キャリア自律の自己チェック（3つの条件）：はい{}・ある程度{}・まだ{}", en: "Career autonomy self-check (3 conditions): yes {}, partly {}, not yet {}" },
        AutonomyUnanswered { ja: "キャリア自律の自己チェック：まだ答えていません", en: "Career autonomy self-check: not answered yet" },
        SectionsFilled { ja: "書いた項目", en: "Sections with something written" },
        Filled { ja: "記入あり", en: "written" },
        Empty { ja: "未記入", en: "empty" },
        // How much of what a section holds goes on the shared sheet.
        SharingShared { ja: "共有", en: "shared" },
        SharingPartly { ja: "一部共有", en: "partly shared" },
        SharingPrivate { ja: "自分だけ", en: "kept to myself" },
        GoToSection { ja: "へ移動", en: ": go to section" },

        ShareLegend { ja: "この内容は", en: "This entry is" },
        Shared { ja: "面談で共有する", en: "Shared with the interviewer" },
        Private { ja: "自分だけ", en: "Kept to myself" },
        // Under a shared free text that names a topic often kept from a manager, while it
        // is written: {} is the words found, quoted.
        SensitiveHere {
            ja: "{}のような言葉は、面談の相手から上司に伝わることがあります。共有のままだと面談準備シートに載ります。載せたくなければ「自分だけ」にするか、書き直してください。",
            en: "Words such as {} can reach your manager through your interviewer. While this is shared, it goes on the interview sheet; if you would rather it did not, choose \"Kept to myself\" or reword it.",
        },
        // The same, said to fit who conducts the interview (section a.): the manager, who
        // reads the sheet as it is written; HR or the company's counsellor; a consultant
        // from outside, who writes the summary. Not known yet: `SensitiveHere`.
        SensitiveHereManager {
            ja: "{}のような言葉は、共有のままだと面談準備シートに載り、面談の相手（上司）がそのまま読みます。読まれたくなければ「自分だけ」にするか、書き直してください。",
            en: "While this is shared, words such as {} go on the interview sheet, and your manager, who conducts the interview, reads them as you wrote them. If you would rather they did not, choose \"Kept to myself\" or reword it.",
        },
        SensitiveHereHr {
            ja: "{}のような言葉は、面談をする人事の担当者から上司に伝わることがあります。共有のままだと面談準備シートに載ります。載せたくなければ「自分だけ」にするか、書き直してください。",
            en: "Words such as {} can reach your manager through the HR person or counsellor who conducts your interview. While this is shared, it goes on the interview sheet; if you would rather it did not, choose \"Kept to myself\" or reword it.",
        },
        SensitiveHereExternal {
            ja: "{}のような言葉は、社外のキャリアコンサルタントが面談のあとに書く要約から上司に伝わることがあります。共有のままだと面談準備シートに載ります。載せたくなければ「自分だけ」にするか、書き直してください。",
            en: "Words such as {} can reach your manager through the summary the outside consultant writes after your interview. While this is shared, it goes on the interview sheet; if you would rather it did not, choose \"Kept to myself\" or reword it.",
        },
        // Under a note of words often kept from a manager: a word that is simply part of
        // the person's job (子ども for a nursery teacher) can be left alone from then on.
        WorkWordLead {
            ja: "仕事でふだん使う言葉なら、次からは知らせないようにできます。",
            en: "If a word is simply part of your job, you can stop these notes about it.",
        },
        // {} is the word, as found.
        WorkWordButton { ja: "「{}」は仕事の言葉", en: "“{}” is a word of my job" },
        WorkWordDone {
            ja: "「{}」は仕事の言葉として、これからは知らせません。",
            en: "“{}” is now taken as a word of your job and will not be pointed out again.",
        },
        WorkWordUndo { ja: "元に戻す", en: "Undo" },
        // Above the sheet, while the person has named any: {} is the words, quoted.
        WorkWordsKept {
            ja: "仕事の言葉として知らせないことにした言葉：{}",
            en: "Words of your job that are not pointed out: {}",
        },
        WorkWordsReset { ja: "また知らせるようにする", en: "Point them out again" },
        ReachManager {
            ja: "面談の相手は上司です。「面談で共有する」にした項目は、上司がシートでそのまま読みます。転職のこと、介護や子育てなど家族のこと、健康、お金、働き方の迷い（雇用形態や転勤など）のうち、上司に知られたくないことは「自分だけ」にしておきましょう。",
            en: "Your manager conducts this interview: what you mark \"Shared with the interviewer\" here, your manager reads on the sheet as you wrote it. Keep to yourself what your manager should not know: thoughts of changing jobs, family matters such as care or children, health, money, or doubts about how you work (your contract, being relocated).",
        },
        ReachManagerToo {
            ja: "ここも、「面談で共有する」のままの項目は上司がシートでそのまま読みます。上司に知られたくないことは「自分だけ」にしておきましょう。",
            en: "Here too, what stays \"Shared with the interviewer\" your manager reads on the sheet as you wrote it. Keep to yourself what your manager should not know.",
        },
        ReachSummaryToo {
            ja: "ここも、共有した項目は面談のあとの要約を通じて上司に伝わることがあります。",
            en: "Here too, what you share may reach your manager through the summary written after the interview.",
        },
        ReachSummary {
            ja: "共有した項目は、面談のあとの要約を通じて上司に伝わることがあります。転職のこと、介護や子育てなど家族のこと、健康、お金、働き方の迷いなどは「自分だけ」にしておき、面談で話すかどうかをその場で決めることもできます。",
            en: "What you share may reach your manager through the summary written after the interview. Thoughts of changing jobs, family matters such as care or children, health, money or doubts about how you work you can keep to yourself here, and decide in the interview whether to mention them.",
        },

        InterviewLead {
            ja: "準備する面談の種類と日付、相手を入れます。日付を入れると、面談まであと何日か、まだ書いていない項目はどれかが分かります。",
            en: "Which interview you are preparing for, when, and with whom. With a date you see how many days are left and what is still to prepare.",
        },
        InterviewKind { ja: "面談の種類", en: "Kind of interview" },
        InterviewKindNone { ja: "選んでください", en: "Choose one" },
        InterviewDate { ja: "面談の日", en: "Date of the interview" },
        InterviewerLegend { ja: "面談の相手", en: "Who conducts the interview" },
        InterviewerManager { ja: "上司（上司の上司や役員も）", en: "My manager (or someone above them, an executive)" },
        InterviewerHr { ja: "人事・社内のキャリア相談の担当者", en: "HR or the company's career counsellor" },
        InterviewerExternal { ja: "社外のキャリアコンサルタント", en: "A career consultant from outside the company" },
        InterviewerUnknown { ja: "まだ分からない", en: "Not known yet" },
        DaysLeft { ja: "面談まであと{}日です。", en: "{} days to go until the interview." },
        DayIsToday { ja: "面談は今日です。", en: "The interview is today." },
        DayIsTomorrow { ja: "面談は明日です。", en: "The interview is tomorrow." },
        DayWasYesterday { ja: "面談は昨日でした。", en: "The interview was yesterday." },
        DayPassed { ja: "面談の日は過ぎました（{}日前）。", en: "The interview was {} days ago." },
        StillToPrepare { ja: "まだ書いていない項目：", en: "Still empty: " },
        AfterInterview {
            ja: "面談のあとは、行動に書いた始める日を過ぎると「始められましたか？」とお聞きします。答えて振り返りましょう。次の面談が決まったら、その日付を入れると、また準備に使えます。",
            en: "After the interview, answer \"Did you start?\" once each action's start date has passed. When your next interview is set, enter its date to prepare for it.",
        },
        NothingLeft { ja: "すべての項目に記入があります。", en: "Every section has something written." },

        LookingBackLead {
            ja: "これまでの仕事を振り返ります。いつ、どこで、何をして、何ができたか。小さなことで構いません。振り返ると、自分の自信の元が見えてきます。",
            en: "Look back on your work: when, where, what you did, what came of it. Small things count. Looking back shows where your confidence comes from.",
        },
        RolesHeading { ja: "これまでの役割", en: "Past roles" },
        Role { ja: "役割", en: "Role" },
        RolePeriod { ja: "時期", en: "When" },
        RolePeriodExample { ja: "例：2015年4月〜2019年3月", en: "e.g. April 2015 – March 2019" },
        RolePlace { ja: "部署・場所", en: "Where" },
        RoleDid { ja: "したこと", en: "What I did" },
        RoleAchieved { ja: "できたこと・成果", en: "What I achieved" },
        AddRole { ja: "役割を追加", en: "Add a role" },
        StrengthsLabel { ja: "自分には簡単なのに、人には難しいこと", en: "What is easy for me but hard for others" },
        StrengthsHelp {
            ja: "例：初対面の人ともすぐ話せる／数字の誤りにすぐ気づく／複雑な話を短くまとめられる",
            en: "e.g. talking easily with people I have just met; spotting a wrong figure at once; putting a complicated matter in a few words",
        },

        MomentsLead {
            ja: "心が動いた出来事を書きます。昇進や表彰のような「あったこと」だけでなく、期待した昇進がなかった、思ったより低い評価だったなど「なかったこと」も。そのときの気持ちと、それで何をしたくなったかも書いてみましょう。書いた出来事は、初めは「自分だけ」になっています。",
            en: "Write down moments that moved you: things that happened (a promotion, an award) and things that did not (the promotion that did not come, a lower rating than you hoped for). Add how you felt and what it made you want to do. New moments start as \"Kept to myself\".",
        },
        Moment { ja: "出来事", en: "Moment" },
        MomentKind { ja: "種類", en: "Kind" },
        MomentEvent { ja: "あったこと", en: "Something happened" },
        MomentNonEvent { ja: "なかったこと", en: "Something did not happen" },
        MomentWhat { ja: "何があったか（なかったか）", en: "What happened (or did not)" },
        MomentFeeling { ja: "そのときの気持ち", en: "How I felt" },
        MomentFeelingHelp { ja: "例：うれしかった／悔しかった／悲しかった", en: "e.g. glad, frustrated, sad" },
        MomentWanted { ja: "それで何をしたくなったか", en: "What it made me want to do" },
        AddMoment { ja: "出来事を追加", en: "Add a moment" },

        ValuesLead {
            ja: "仕事で大切にしていることです。キャリア・アンカーの結果と、これだけは譲れないことを書きます。",
            en: "What matters to you at work: your career-anchor result, and what you will not give up.",
        },
        AnchorsLatest { ja: "キャリア・アンカーの結果（{}）", en: "Your career-anchor result ({})" },
        AnchorsNone {
            ja: "まだ自己診断を受けていません。40の文に答えると、仕事で大切にしていることが分かります（10〜15分ほど）。",
            en: "You have not taken the self-assessment yet. Answering 40 statements shows what matters most to you at work (about 10 to 15 minutes).",
        },
        AnchorsTake { ja: "自己診断を受ける", en: "Take the career-anchor self-assessment" },
        AnchorsShareLabel { ja: "診断結果の上位3つ", en: "Your top three anchors" },
        ValuesLabel { ja: "これだけは譲れないこと", en: "What I will not give up" },
        ValuesHelp { ja: "例：専門を深め続けること／家族と夕食をとること", en: "e.g. going deeper in my field; dinner with my family" },

        // One company's definition (DOMAIN.md), said as one company's, and not as an appraisal.
        AutonomyLead {
            ja: "ある企業では、次の三つがそろっていることを「キャリア自律」と呼んでいます。評価ではありません。今の自分に近いものを、正直に選んでみましょう。",
            en: "One company calls it career autonomy when all three of these hold. This is not an appraisal: choose honestly what is closest to you now.",
        },
        AutonomyPerforms { ja: "今の仕事で、平均以上の成果を出している", en: "I perform at or above average in my current job" },
        AutonomyVision { ja: "数年先のキャリアビジョンを、はっきり言える", en: "I can clearly state a career vision for several years ahead" },
        AutonomyActing { ja: "ビジョンに向けた行動計画があり、実践している", en: "I have an action plan towards that vision and am putting it into practice" },
        RatingYes { ja: "はい", en: "Yes" },
        RatingPartly { ja: "ある程度", en: "Partly" },
        RatingNotYet { ja: "まだ", en: "Not yet" },
        NextPerforms { ja: "次の一歩：「振り返り」で、これまでの成果と強みを書き出してみましょう。", en: "Next step: list your achievements and strengths under \"Looking back\"." },
        NextVision { ja: "次の一歩：「ビジョン」に、数年後にしていることを書いてみましょう。", en: "Next step: write what you will be doing a few years from now under \"Vision\"." },
        NextActing { ja: "次の一歩：「行動」に、二つの基準を満たす行動を一つ書きましょう。", en: "Next step: write one action that passes both tests under \"Actions\"." },
        NextPerformsWritten { ja: "次の一歩：「振り返り」に書いた成果を、面談では具体的な場面と一緒に話せるようにしておきましょう。", en: "Next step: be ready to talk about the achievements you listed under \"Looking back\", with a concrete example for each." },
        NextVisionWritten { ja: "次の一歩：ビジョンは書けています。「面談の練習」で、自分のことばで声に出してみましょう。", en: "Next step: your vision is written. Say it aloud in your own words in the rehearsal." },
        NextActingWritten { ja: "次の一歩：二つの基準を満たす行動は書けています。決めた日に始めて、「始められましたか？」に答えましょう。", en: "Next step: you have an action that passes both tests. Start it on the day you set, and answer \"Did you start?\" when asked." },
        AutonomyToManager {
            ja: "面談の相手は上司です。共有すると、この自己チェックを上司がそのまま読みます。成果の評価のように受け取られそうなら、「自分だけ」にしておき、面談では話せることだけを話すこともできます。",
            en: "Your manager conducts this interview: if you share this, they read your self-rating as written. If it could be taken as an appraisal of your performance, keep it to yourself and say in the interview only what you choose.",
        },
        AutonomyAllHeld { ja: "三つとも満たしていると答えました。面談では、その根拠を話せるようにしておきましょう。", en: "You answered yes to all three. Be ready to say what shows it in the interview." },

        VisionLead {
            ja: "数年後、どんな仕事をしていたいかを書きます。「成長したい」のような姿勢ではなく、何をしているか、誰のためか、周りからどう見られているかを具体的に。",
            en: "Picture your work a few years from now. Not an attitude (\"keep growing\") but what you are doing, for whom, and how others see you.",
        },
        VisionYear { ja: "いつの姿か", en: "When" },
        // The year, its name in the Japanese era in Japanese (令和11年・, empty in English),
        // and how many years ahead: a 部長 thinks in 令和.
        VisionYearOption { ja: "{}年（{}{}年後）", en: "{} ({}{} years from now)" },
        VisionYearNext { ja: "{}年（{}来年）", en: "{} ({}next year)" },
        VisionDoing { ja: "そのとき、していること", en: "What I am doing then" },
        VisionDoingHelp {
            ja: "例：経理の知識を生かして、若手向けの決算研修を毎年開いている／プレスの段取り替えを一人で任され、ラインの改善案を班で出している／受発注のことなら一番分かる人として、新しく入った人に教えている",
            en: "e.g. running a yearly course on closing the books for junior staff, drawing on my accounting experience; or being trusted with the press changeovers on my own and bringing improvement ideas to my line team; or being the one who knows the ordering best, teaching newcomers",
        },
        VisionForWhom { ja: "誰のために", en: "For whom" },
        VisionSeenAs { ja: "周りからどう見られているか", en: "How others see me" },
        VisionUnsureHint {
            ja: "まだ分からなくて大丈夫です。今の会社にいるかどうかは決めずに、数年後のある平日を思い浮かべてみましょう。朝どこへ行き、誰と、どんな仕事をしていたら「いいな」と思えますか。決めきれないことは、そのまま面談で相談できます。",
            en: "It is fine not to know yet. Without deciding whether you stay with the company, picture an ordinary weekday a few years from now: where you go in the morning, who you work with, and what you are doing that would make you think \"this is good\". What you cannot decide yet, you can bring to the interview as it is.",
        },
        VisionAttitudeHint {
            ja: "これは姿勢や心がけのように読めます。そのとき何をしているか、見て分かる形で書いてみましょう。",
            en: "This reads as an attitude. Try describing what you will be doing, in a way others could see.",
        },

        GainsLead {
            ja: "変わることで得るものと失うものを書き、それぞれの大きさを1〜5で選びます。得るものが失うものを上回ると、人は動き出しやすくなります。",
            en: "Write what the change would bring and what it would cost, and weigh each from 1 to 5. People are more ready to act when the gains outweigh the losses.",
        },
        GainsHeading { ja: "得るもの", en: "Gains" },
        LossesHeading { ja: "失うもの", en: "Losses" },
        Gain { ja: "得るもの", en: "Gain" },
        Loss { ja: "失うもの", en: "Loss" },
        GainHelp { ja: "例：専門性が認められる／新しい仲間ができる", en: "e.g. recognition for my expertise; new colleagues" },
        LossHelp { ja: "例：2年間、週末の時間が減る", en: "e.g. fewer free weekends for two years" },
        Weight { ja: "大きさ（1〜5）", en: "Weight (1–5)" },
        AddGain { ja: "得るものを追加", en: "Add a gain" },
        AddLoss { ja: "失うものを追加", en: "Add a loss" },
        BalanceLabel { ja: "得るものと失うものの釣り合い", en: "The balance" },
        BreakEven { ja: "釣り合い", en: "even" },
        BalanceFigures { ja: "得るもの {} ／ 失うもの {}", en: "Gains {} / Losses {}" },
        BalanceGains { ja: "得るものが上回っています。", en: "The gains outweigh the losses." },
        BalanceLosses { ja: "今は、失うもののほうが大きいと感じています。それも大事な答えです。失うものを小さくできる条件（転勤がない、残業の少ない働き方など）があるかを、面談で聞いてみることもできます。", en: "For now the losses feel larger. That is an answer worth having too. You could ask in the interview whether something would make them smaller (no transfer, less overtime)." },
        BalanceEven { ja: "ちょうど釣り合っています。", en: "They balance exactly." },
        BalanceNothing { ja: "まだ何も書かれていません。", en: "Nothing written yet." },
        EvenIfFailsLabel { ja: "うまくいかなくても、得られるもの", en: "Even if it fails, I will have gained" },
        EvenIfFailsHelp { ja: "例：失敗しても、勉強した会計の知識は今の仕事で使える", en: "e.g. what I learn about accounting, which I can use in my current job" },

        ObstaclesLead {
            ja: "行動を止めそうなことと、そうなったときにどうするかを「もし〜になったら、〜する」の形で決めておきます。書いた備えは、初めは「自分だけ」になっています。面談で話したいものだけ「面談で共有する」にしてください。",
            en: "What might stop you, and what you will do then, as \"if … then I will …\". Each plan starts as \"Kept to myself\"; switch the ones you want to talk about to \"Shared with the interviewer\".",
        },
        Obstacle { ja: "つまずき", en: "Obstacle" },
        ObstacleWhen { ja: "もし", en: "If" },
        ObstacleWhenHelp { ja: "例：繁忙期で勉強の時間がとれなくなったら", en: "e.g. the busy season leaves no time to study" },
        ObstacleThen { ja: "そのときは", en: "Then I will" },
        ObstacleThenHelp { ja: "例：朝の30分だけは続ける", en: "e.g. still study for 30 minutes every morning" },
        ObstaclePlan { ja: "もし{}、{}。", en: "If {}, I will {}." },
        AddObstacle { ja: "つまずきを追加", en: "Add an obstacle" },

        ActionsLead {
            ja: "ビジョンに向けて、いつから何をするかを書きます。誰が見てもやったかどうか分かること（客観性）と、いつから始めるかが書かれていること（開始時期）を、入力に合わせて自動で確かめます。",
            en: "What you will do towards your vision, and from when. As you type, each action is checked: could anyone tell whether it was done (objective), and does it say when it begins (start)?",
        },
        Action { ja: "行動", en: "Action" },
        // The sample of the check screen (`check::sample_text`), after 例：/ e.g.
        ActionHelp { ja: "例：{}", en: "e.g. {}" },
        AddAction { ja: "行動を追加", en: "Add an action" },
        ActionSetAside {
            ja: "この行動は保留にしています。記録として残り、再開もできます：",
            en: "This action is on hold: it stays on record, and you can take it up again under",
        },
        ActionsToCheck {
            ja: "行動の一覧・振り返りの記録・カレンダーへの登録は「約束を確かめる」へ",
            en: "Your actions in a list, their answers and calendar files: Check a commitment",
        },
        ActionsFollowUp {
            ja: "始める日を過ぎると、このアプリが「始められましたか？」とお聞きします。まだ始めていなければ、2週間後にもう一度お聞きします。いちばん新しい答えは、面談で共有する行動なら面談準備シートにも載ります。",
            en: "Once the start date has passed, Jiritsu will ask whether you started, and again two weeks later if not yet. For an action you share, your latest answer goes on the interview sheet too.",
        },
        FollowUpLatest { ja: "振り返り：", en: "Follow-up: " },

        // Whether a summary reaches the manager is the company's arrangement, not a fact the
        // app knows: said as a condition, with the question to ask.
        SupportLead {
            ja: "上司や会社にしてほしい支援です。面談のあと上司に要約が伝わる仕組みなら、面談の相手が上司でなくても、ここに書いた支援も伝わります。仕組みは面談の初めに確かめましょう。",
            en: "The support you want from your manager or the company. If your interview is followed by a summary for your manager, the support you ask for goes with it, even when someone else conducts the interview. Ask how it works at the start of the interview.",
        },
        SupportLabel { ja: "望む支援", en: "Support I want" },
        SupportHelp { ja: "例：月に一度、研修に出る時間をもらいたい", en: "e.g. time off once a month to attend a course" },
        ConfidentialLead {
            ja: "面談で話しても、上司には伝えてほしくないことを書いておきます。面談の初めに、要約を書くのか、書くなら誰が読むのかを確かめて、伝えてほしくないことはそこで伝えましょう。そう伝えれば、要約に入れないよう配慮してもらえるのがふつうです。ただし、面談の相手が上司本人なら、話したことは上司に伝わります。そのときは、人事やキャリア相談の窓口など、別の場で話しましょう。",
            en: "What you may say in the interview but do not want passed on to your manager. At the start, ask whether a summary will be written and who will read it, and say then what must not be passed on: interviewers normally keep it out of the summary. If your interviewer is your manager, though, whatever you say reaches them: keep it for another place, such as HR or a career counselling service.",
        },
        ConfidentialLabel { ja: "伝えてほしくないこと", en: "What must not be passed on" },

        MoveUp { ja: "上へ", en: "Up" },
        MoveDown { ja: "下へ", en: "Down" },
        MoveUpLabel { ja: "{}を上へ移動", en: "Move {} up" },
        MoveDownLabel { ja: "{}を下へ移動", en: "Move {} down" },
        Delete { ja: "削除", en: "Delete" },
        DeleteLabel { ja: "{}を削除", en: "Delete {}" },
        Deleted { ja: "{}を削除しました。", en: "{} deleted." },
        RehearsalKept { ja: "自分だけ", en: "kept to myself" },
        Moved { ja: "{}を{}番目に移しました。", en: "{} moved to position {}." },
        Undo { ja: "元に戻す", en: "Undo" },
        Restored { ja: "元に戻しました。", en: "Restored." },
        ListEmpty { ja: "まだありません。", en: "None yet." },
        ListFull { ja: "これ以上は追加できません（1つの一覧に500件まで）。", en: "No more can be added (500 items per list)." },
        Numbered { ja: "{} {}", en: "{} {}" },
        ToOverview { ja: "準備の状況（目次）に戻る", en: "Back to \"How ready you are\"" },
        ConfidentialOneOnOne {
            ja: "1on1の相手は上司です。ここに書いたことは、シートに載せても口頭で話しても上司に伝わります。上司に知られたくないことは、人事やキャリア相談の窓口など、別の場で話しましょう。",
            en: "In a one-on-one you talk to your manager: what you put here reaches them whether it is on the sheet or said aloud. Keep what your manager must not know for another place, such as HR or a career counselling service.",
        },
        ConfidentialManager {
            ja: "面談の相手は上司です。ここに書いたことは、シートに載せても口頭で話しても上司に伝わります。上司に知られたくないことは、人事やキャリア相談の窓口など、別の場で話しましょう。",
            en: "Your manager conducts this interview: what you put here reaches them whether it is on the sheet or said aloud. Keep what your manager must not know for another place, such as HR or a career counselling service.",
        },
        ConfidentialWhoReads {
            ja: "シートは面談の担当者が読みます。担当者があなたの上司なら、ここに書いたことも上司に伝わります。",
            en: "The sheet is read by whoever conducts your interview. If that is your manager, your manager will read this too.",
        },
        ConfidentialPrivate { ja: "シートに載せない", en: "Leave it off the sheet" },
        ConfidentialShared { ja: "シートの最初に載せる", en: "Put it first on the sheet" },
        // Said where the choice is made: the result is the one entry the person did not write.
        AnchorsOnSheet {
            ja: "「面談で共有する」のままなら、この結果が面談準備シートのはじめに載ります。シートには、それぞれのアンカーの意味と、どのアンカーにも優劣はないという説明も添えられます。",
            en: "Left shared, this result comes first on the interview sheet, with what each anchor means and a note that no anchor is better than another.",
        },
        AnchorsTied {
            ja: "同点のアンカーがあるため、3つより多く載せています。同点のものは同じ順位です。",
            en: "Some anchors are tied, so more than three are listed; tied anchors share a place.",
        },
    }
}

/// The interview's countdown in words: 「面談まであと5日です。」, today, tomorrow,
/// yesterday, or how long ago. Shown by the worksheet and, before the interview, by home.
pub fn countdown(days: i64, lang: Lang) -> String {
    match days {
        0 => WsMsg::DayIsToday.text(lang).to_owned(),
        1 => WsMsg::DayIsTomorrow.text(lang).to_owned(),
        -1 => WsMsg::DayWasYesterday.text(lang).to_owned(),
        d if d > 0 => super::fill(WsMsg::DaysLeft.text(lang), &[&d.to_string()]),
        d => super::fill(WsMsg::DayPassed.text(lang), &[&(-d).to_string()]),
    }
}

/// The note under a shared text that names a topic often kept from a manager (a catalogue
/// text with `{}` for the words), said to fit who conducts the interview.
pub fn sensitive_here(conducted_by: Option<Interviewer>, lang: Lang) -> &'static str {
    by_interviewer(
        conducted_by,
        [
            WsMsg::SensitiveHere,
            WsMsg::SensitiveHereManager,
            WsMsg::SensitiveHereHr,
            WsMsg::SensitiveHereExternal,
        ],
    )
    .text(lang)
}

/// Of the words for nobody named yet, the manager, HR and an outside consultant (in that
/// order), those for who conducts the interview: the notes on a topic say who reads it.
pub fn by_interviewer<T>(
    conducted_by: Option<Interviewer>,
    [general, manager, hr, external]: [T; 4],
) -> T {
    match conducted_by {
        Some(Interviewer::Manager) => manager,
        Some(Interviewer::Hr) => hr,
        Some(Interviewer::External) => external,
        None => general,
    }
}

/// Words the person wrote, each quoted as the language quotes: 「介護」「時短」, “care”, “leave”.
pub fn quoted_words(words: &[impl AsRef<str>], lang: Lang) -> String {
    let quoted = words.iter().map(AsRef::as_ref).map(|w| match lang {
        Lang::Ja => format!("「{w}」"),
        Lang::En => format!("“{w}”"),
    });
    quoted.collect::<Vec<_>>().join(in_lang(("", ", "), lang))
}

/// A year's name in the Japanese era, with the separator the vision's year list puts after
/// it (2029 → 「令和11年・」); nothing in English.
pub fn era_year(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Ja if year >= 2019 => format!("令和{}年・", year - 2018),
        _ => String::new(),
    }
}

/// The heading of a worksheet section, with its letter.
pub fn section_title(section: Section, lang: Lang) -> &'static str {
    in_lang(
        match section {
            Section::Interview => ("a. 面談について", "a. The interview"),
            Section::LookingBack => ("b. 振り返り", "b. Looking back"),
            Section::Moments => ("c. 心が動いた出来事", "c. Moments that moved me"),
            Section::Values => ("d. 大切にしていること", "d. What I value"),
            Section::Autonomy => (
                "e. キャリア自律の自己チェック",
                "e. Career autonomy: a self-check",
            ),
            Section::Vision => ("f. ビジョン", "f. Vision"),
            Section::GainsLosses => ("g. 得るもの・失うもの", "g. Gains and losses"),
            Section::Obstacles => ("h. つまずきへの備え", "h. Obstacles and plans"),
            Section::Actions => ("i. 行動", "i. Actions"),
            Section::Support => ("j. 望む支援", "j. Support I want"),
            Section::Confidential => ("k. 伝えてほしくないこと", "k. What must not be passed on"),
        },
        lang,
    )
}

/// The name of an interview type code of the host's settings.
pub fn interview_kind(code: &str, lang: Lang) -> &'static str {
    in_lang(
        match code {
            "milestone50" => ("50歳節目面談", "Milestone interview at 50"),
            "rehire" => (
                "再雇用・契約更新の面談",
                "Re-employment or contract renewal interview",
            ),
            "conversion" => (
                "正社員登用・雇用形態の転換の面談",
                "Interview about becoming a regular employee",
            ),
            "career" => ("キャリア面談", "Career interview"),
            "one_on_one" => ("1on1", "One-on-one"),
            "external" => ("外部カウンセリング", "External counselling"),
            _ => ("その他", "Other"),
        },
        lang,
    )
}

/// A self-rating's word.
pub fn self_rating(rating: SelfRating, lang: Lang) -> &'static str {
    match rating {
        SelfRating::Yes => WsMsg::RatingYes,
        SelfRating::Partly => WsMsg::RatingPartly,
        SelfRating::NotYet => WsMsg::RatingNotYet,
    }
    .text(lang)
}

/// Actions by their numbers, written so that a reader takes them for numbers and not for a
/// count: 「行動1・3」, "action 1", "actions 1 and 3", "actions 1, 2 and 3".
pub fn action_numbers(numbers: &[usize], lang: Lang) -> String {
    let numbers: Vec<String> = numbers.iter().map(usize::to_string).collect();
    match (lang, &numbers[..]) {
        (_, []) => String::new(),
        (Lang::Ja, _) => format!("行動{}", numbers.join("・")),
        (Lang::En, [one]) => format!("action {one}"),
        (Lang::En, [rest @ .., last]) => format!("actions {} and {last}", rest.join(", ")),
    }
}
