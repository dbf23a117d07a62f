//! The table of commitments the check is held to, shared by the host tests and the
//! benchmark. Each line: the text, whether the objective test passes, whether the
//! start test passes, and the start date expected when today is Monday 23 November
//! 2026 and the fiscal year starts in April.

/// (text, objective met, start met, start date as (year, month, day))
pub type Case = (&'static str, bool, bool, Option<(i32, u32, u32)>);

pub const TODAY: (i32, u32, u32) = (2026, 11, 23);

pub const CASES: &[Case] = &[
    // The four examples of the domain brief.
    ("後輩から頼られる存在になります", false, false, None),
    ("期末の一ヶ月前になったら、経理経験2年未満の社員を集めて決算の勉強会を開きます", true, true, Some((2027, 3, 1))),
    ("1年以内にTOEICの点数を100点UPします", true, false, None),
    ("12月1日までに英会話スクールに申し込んで、通い始めます", true, true, Some((2026, 12, 1))),
    // Attitudes and states are not acts anyone can watch.
    ("もっと周りを意識して仕事をします", false, false, None),
    ("笑顔で挨拶するよう心がけます", false, false, None),
    ("英語の勉強を頑張ります", false, false, None),
    ("お客様の満足度向上に努めます", false, false, None),
    ("積極的に発信していきたいです", false, false, None),
    ("何事にも前向きに取り組みます", false, false, None),
    ("この一年で大きく成長します", false, false, None),
    ("家族との時間を大切にします", false, false, None),
    ("チームに欠かせない存在になります", false, false, None),
    ("周りから信頼される人になりたいです", false, false, None),
    ("来月から英語の勉強を頑張ります", false, false, None),
    ("新しい仕事に挑戦します", false, false, None),
    ("会社の成長に貢献します", false, false, None),
    ("I will be more aware of my team's needs.", false, false, None),
    ("I will try to be more proactive in meetings.", false, false, None),
    ("I will do my best at work.", false, false, None),
    ("I will strive to improve my English.", false, false, None),
    ("I will grow as a leader.", false, false, None),
    ("I will value my family time.", false, false, None),
    ("I want to become someone my juniors can rely on.", false, false, None),
    ("From next month I will try to study harder.", false, false, None),
    // An attitude beside a real act does not hide the act.
    ("積極的に、来週月曜の会議で改善案を提案します", true, true, Some((2026, 11, 30))),
    ("前向きな気持ちで、12月1日に社内公募に応募します", true, true, Some((2026, 12, 1))),
    ("I will proactively book a meeting with my manager tomorrow.", true, true, Some((2026, 11, 24))),
    // Dates as people type them.
    ("12月1日に英会話スクールを予約します", true, true, Some((2026, 12, 1))),
    ("12/1に簿記の講座に申し込みます", true, true, Some((2026, 12, 1))),
    ("2026-12-01から勉強会を開きます", true, true, Some((2026, 12, 1))),
    ("2026/12/01に応募書類を提出します", true, true, Some((2026, 12, 1))),
    ("2026年12月1日から資格の勉強を始めます", true, true, Some((2026, 12, 1))),
    ("令和8年12月1日に説明会に参加します", true, true, Some((2026, 12, 1))),
    ("令和9年4月1日から通信講座を受講します", true, true, Some((2027, 4, 1))),
    ("１２月１日までにTOEICに申し込みます", true, true, Some((2026, 12, 1))),
    ("２０２６年１２月１５日に面談を予約します", true, true, Some((2026, 12, 15))),
    ("十二月一日に上司に相談します", true, true, Some((2026, 12, 1))),
    ("二〇二六年十二月二十日に勉強会を開催します", true, true, Some((2026, 12, 20))),
    ("二〇二七年一月十日から英会話教室に通います", true, true, Some((2027, 1, 10))),
    ("1月15日から毎朝ジョギングします", true, true, Some((2027, 1, 15))),
    ("11月1日に講座に申し込みます", true, true, Some((2027, 11, 1))),
    ("11月30日までに応募します", true, true, Some((2026, 11, 30))),
    ("12月1日(火)から英会話スクールに通い始めます", true, true, Some((2026, 12, 1))),
    ("2027年4月から新人の指導を始めます", true, true, Some((2027, 4, 1))),
    ("2027年度から社内勉強会を主催します", true, true, Some((2027, 4, 1))),
    ("4月から資格の学校に通います", true, true, Some((2027, 4, 1))),
    ("12月中に講座を予約します", true, true, Some((2026, 12, 31))),
    ("3月末までに企画書を提出します", true, true, Some((2027, 3, 31))),
    ("1月上旬に面談を申し込みます", true, true, Some((2027, 1, 1))),
    // Days of the week and days relative to today.
    ("今日、英会話スクールに電話します", true, true, Some((2026, 11, 23))),
    ("本日中に申込書を提出します", true, true, Some((2026, 11, 23))),
    ("明日、上司に面談を依頼します", true, true, Some((2026, 11, 24))),
    ("明後日にセミナーを予約します", true, true, Some((2026, 11, 25))),
    ("今週金曜に講座に登録します", true, true, Some((2026, 11, 27))),
    ("今週中に応募します", true, true, Some((2026, 11, 29))),
    ("来週月曜から毎朝30分英語を勉強します", true, true, Some((2026, 11, 30))),
    ("来週の金曜日に勉強会を開きます", true, true, Some((2026, 12, 4))),
    ("再来週の水曜に面談を予約します", true, true, Some((2026, 12, 9))),
    ("金曜日に英会話スクールの体験レッスンを予約します", true, true, Some((2026, 11, 27))),
    ("月曜日にキャリア相談窓口に連絡します", true, true, Some((2026, 11, 30))),
    ("次の水曜に読書会に参加します", true, true, Some((2026, 11, 25))),
    ("来週から週2回ジムに通います", true, true, Some((2026, 11, 30))),
    ("再来週から朝活を始めます", true, true, Some((2026, 12, 7))),
    ("週明けに上司へ異動希望を伝えるための面談を申し込みます", true, true, Some((2026, 11, 30))),
    ("来月から毎朝30分英語を勉強します", true, true, Some((2026, 12, 1))),
    ("来月15日に説明会に参加します", true, true, Some((2026, 12, 15))),
    ("来月中に講座を予約します", true, true, Some((2026, 12, 31))),
    ("再来月から通信講座を受講します", true, true, Some((2027, 1, 1))),
    ("今月末までに応募書類を提出します", true, true, Some((2026, 11, 30))),
    ("月末までに研修に申し込みます", true, true, Some((2026, 11, 30))),
    ("月初に振り返り会を開きます", true, true, Some((2026, 12, 1))),
    ("来年から英会話スクールに通います", true, true, Some((2027, 1, 1))),
    ("来年4月から後輩の指導を始めます", true, true, Some((2027, 4, 1))),
    ("来年の2月10日に試験を申し込みます", true, true, Some((2027, 2, 10))),
    ("年内に講座を予約します", true, true, Some((2026, 12, 31))),
    ("3ヶ月後に社内公募に応募します", true, true, Some((2027, 2, 23))),
    ("2週間後から朝の勉強会を始めます", true, true, Some((2026, 12, 7))),
    // The company calendar: datable triggers are starts.
    ("年明けから資格の勉強を始めます", true, true, Some((2027, 1, 1))),
    ("来年度から後輩向けの勉強会を開催します", true, true, Some((2027, 4, 1))),
    ("新年度になったら新人研修の講師に応募します", true, true, Some((2027, 4, 1))),
    ("来期からプロジェクトの振り返り会を開きます", true, true, Some((2027, 4, 1))),
    ("期初に目標設定の面談を申し込みます", true, true, Some((2027, 4, 1))),
    ("期末に成果を部内で発表します", true, true, Some((2027, 3, 31))),
    // N weeks before the end count back from its last day (31 March); a month, whole.
    ("年度末の2週間前に引き継ぎ資料を作成します", true, true, Some((2027, 3, 17))),
    ("期末の1週間前から、毎朝未収金の一覧を課内に共有します", true, true, Some((2027, 3, 24))),
    ("下期から新しい業務改善の提案を始めます", true, true, Some((2027, 10, 1))),
    ("次の四半期から週次の勉強会を開きます", true, true, Some((2027, 1, 1))),
    ("次の評価面談で、異動希望を上司に相談します", true, true, None),
    ("次の異動後、最初の1か月で関係部署を訪問します", true, true, None),
    // A deadline on a result is not a start.
    ("来年3月までに簿記2級に合格します", true, false, None),
    ("1年以内に中小企業診断士の資格を取得します", true, false, None),
    ("2年以内に課長に昇格します", true, false, None),
    ("来年度中にTOEICで800点を取ります", true, false, None),
    ("6ヶ月以内にスコアアップを達成します", true, false, None),
    ("年内に売上目標を達成します", true, false, None),
    ("来年4月に資格を取得します", true, false, None),
    ("I will pass the bookkeeping exam by next March.", true, false, None),
    ("Within a year I will raise my TOEIC score by 100 points.", true, false, None),
    ("I will get promoted within two years.", true, false, None),
    ("I will obtain the PMP certification by the end of next year.", true, false, None),
    // A deadline on the act that opens the way is a start; the result can come later.
    ("来年3月の簿記2級合格に向けて、12月1日までに講座に申し込みます", true, true, Some((2026, 12, 1))),
    ("来月から毎朝30分問題集を解いて勉強し、1年以内にTOEICの点数を100点UPします", true, true, Some((2026, 12, 1))),
    ("I will register for the TOEIC test by December 1 to raise my score.", true, true, Some((2026, 12, 1))),
    // A deadline on an act that goes on over time says when it ends, not when it begins.
    ("12月末までに本を3冊読みます", true, false, None),
    ("3月までに業務マニュアルを作成します", true, false, None),
    ("I will read three books by the end of the month.", true, false, None),
    ("I will write a report on our process by Friday.", true, false, None),
    // Vague time gives no start.
    ("いつか英会話スクールに通います", true, false, None),
    ("そのうち後輩向けの勉強会を開きます", true, false, None),
    ("近いうちに上司に相談します", true, false, None),
    ("できるだけ早く講座に申し込みます", true, false, None),
    ("今後は毎朝ニュースを読みます", true, false, None),
    ("いずれ社内公募に応募します", true, false, None),
    ("時間ができたら資格の勉強を始めます", true, false, None),
    ("Someday I will join a toastmasters club.", true, false, None),
    ("I will sign up for a course soon.", true, false, None),
    ("As soon as possible, I will ask my manager for feedback.", true, false, None),
    ("In the future I will hold study sessions for new staff.", true, false, None),
    ("Eventually I will apply for the overseas posting.", true, false, None),
    // An act with no time at all.
    ("英会話スクールに通います", true, false, None),
    ("後輩を集めて勉強会を開きます", true, false, None),
    ("社内公募に応募します", true, false, None),
    ("I will sign up for an English school.", true, false, None),
    ("I will hold a study session for new staff.", true, false, None),
    // A rhythm is not a start.
    ("毎週金曜に勉強会を開きます", true, false, None),
    ("I will go to the gym every Monday.", true, false, None),
    // English dates and prepositions.
    ("I will sign up for an English school by December 1 and start going.", true, true, Some((2026, 12, 1))),
    ("On December 1 I will book a trial lesson.", true, true, Some((2026, 12, 1))),
    ("I will submit my application on Dec 1.", true, true, Some((2026, 12, 1))),
    ("I will submit my application on Dec. 10.", true, true, Some((2026, 12, 10))),
    ("On 1 Dec I will register for the course.", true, true, Some((2026, 12, 1))),
    ("On 1st December I will submit my application.", true, true, Some((2026, 12, 1))),
    ("From the 3rd of January I will attend evening classes.", true, true, Some((2027, 1, 3))),
    ("On December 15, 2026 I will hold a workshop.", true, true, Some((2026, 12, 15))),
    ("Starting January 2027, I will mentor two new hires.", true, true, Some((2027, 1, 1))),
    ("From April I will study accounting every evening.", true, true, Some((2027, 4, 1))),
    ("I will book a session with a career coach tomorrow.", true, true, Some((2026, 11, 24))),
    ("Today I will email the HR team about the internal job posting.", true, true, Some((2026, 11, 23))),
    ("Starting next Monday, I will run every morning.", true, true, Some((2026, 11, 30))),
    ("Next Friday I will present my proposal to the team.", true, true, Some((2026, 12, 4))),
    ("This Friday I will ask my manager for a one-to-one.", true, true, Some((2026, 11, 27))),
    ("On Wednesday I will join the study group.", true, true, Some((2026, 11, 25))),
    ("From next week I will practise presentations twice a week.", true, true, Some((2026, 11, 30))),
    ("Beginning next month I will attend a coding bootcamp.", true, true, Some((2026, 12, 1))),
    ("I will start an online course next month.", true, true, Some((2026, 12, 1))),
    ("From next year I will learn Chinese.", true, true, Some((2027, 1, 1))),
    ("I will apply for the transfer by the end of this month.", true, true, Some((2026, 11, 30))),
    ("In two weeks I will visit the branch office.", true, true, Some((2026, 12, 7))),
    ("I will enrol in an evening MBA by 2026-12-15.", true, true, Some((2026, 12, 15))),
    ("I will sign up for the seminar by 12/10.", true, true, Some((2026, 12, 10))),
    ("From the start of next quarter I will hold a weekly study session.", true, true, Some((2027, 1, 1))),
    ("From the next fiscal year I will run a monthly workshop for new staff.", true, true, Some((2027, 4, 1))),
    ("A month before the end of the fiscal year, I will gather junior staff and hold a closing workshop.", true, true, Some((2027, 3, 1))),
    ("One month before the fiscal year closes, I'll run a session on closing entries for new staff.", true, true, Some((2027, 3, 1))),
    ("Two weeks before the financial year ends I will send every branch the closing checklist.", true, true, Some((2027, 3, 17))),
    ("After the new year I will start a reading group.", true, true, Some((2027, 1, 1))),
    ("At my next appraisal I will propose a new training plan.", true, true, None),
    // Empty and odd input.
    ("", false, false, None),
    ("   ", false, false, None),
    ("。。。", false, false, None),
    ("12月1日", false, false, None),
    ("来月から", false, false, None),
    ("Tomorrow.", false, false, None),
    ("hello world", false, false, None),
    // Mixed and longer texts.
    ("将来は管理職を目指しています。そのために、12月1日までにマネジメント研修に申し込みます。", true, true, Some((2026, 12, 1))),
    ("部下の育成を大切にします。来年度から、月に一度1on1面談を実施します。", true, true, Some((2027, 4, 1))),
    ("英語力を高めたいです。来週金曜にオンライン英会話の無料体験を予約します。", true, true, Some((2026, 12, 4))),
    ("I want to grow as a manager. From next Monday I will hold weekly one-to-ones with each member.", true, true, Some((2026, 11, 30))),
    ("来年の春までにTOEICを受験したいので、12/5に申し込みます", true, true, Some((2026, 12, 5))),
    ("12月1日から、TOEIC対策の講座に通いながら毎日1時間勉強します", true, true, Some((2026, 12, 1))),
    // Clause by clause: a deadline binds its own clause, and an act next to an attitude is the attitude.
    ("来年の4月までに社内の資格試験に合格し、その後チームリーダーに応募します", true, false, None),
    ("上司と相談して、来月中に異動希望を提出します", true, true, Some((2026, 12, 31))),
    ("会議で発言するように意識します", false, false, None),
    ("12月1日に頑張ります", false, false, None),
    ("今日から英語を勉強する", true, true, Some((2026, 11, 23))),
    ("今年度中に管理職研修に申し込みます", true, true, Some((2027, 3, 31))),
    ("I'll sign up tomorrow.", true, true, Some((2026, 11, 24))),
    ("I will ask for feedback by next Friday.", true, true, Some((2026, 12, 4))),
    ("Going forward I will hold monthly one-to-ones, starting on December 7.", true, true, Some((2026, 12, 7))),
    ("This Friday I will book a session with a career counsellor.", true, true, Some((2026, 11, 27))),
    ("Beginning December 1, I will attend the English class every Tuesday.", true, true, Some((2026, 12, 1))),
    ("I will sign up for the accounting course beginning next month.", true, true, Some((2026, 12, 1))),
    // Acts no list knows are read from the shape of the sentence (issue #13).
    ("1月8日から、毎週金曜に部内の在庫表を更新します。", true, true, Some((2027, 1, 8))),
    ("来週水曜に、顧客アンケートの結果を課長に説明します。", true, true, Some((2026, 12, 2))),
    ("From Monday I will water the office plants every morning.", true, true, Some((2026, 11, 30))),
    ("12月1日から、毎朝8時に会議室のホワイトボードを消す。", true, true, Some((2026, 12, 1))),
    ("明日、部長にお時間をいただき、異動の件をご相談いたします。", true, true, Some((2026, 11, 24))),
    ("12月7日から、月末の棚卸しを後輩と二人で担当させていただきます。", true, true, Some((2026, 12, 7))),
    ("来月から、毎晩寝る前に英単語を20個覚えていきます。", true, true, Some((2026, 12, 1))),
    ("On December 3 I will walk the new hires through the safety manual.", true, true, Some((2026, 12, 3))),
    ("Starting tomorrow, I'll log my overtime in the shared sheet every evening.", true, true, Some((2026, 11, 24))),
    ("From next month I'm going to rotate the meeting minutes among the team.", true, true, Some((2026, 12, 1))),
    ("Next Friday I will count the stock and list any gaps in a spreadsheet.", true, true, Some((2026, 12, 4))),
    // Attitudes stay attitudes even when they borrow an act's words.
    ("Stay humble and keep learning.", false, false, None),
    ("I will always keep learning.", false, false, None),
    ("From next month, I will make a fresh start and work hard.", false, false, None),
    ("来年度からは、チームの要となる存在を目指します。", false, false, None),
    ("1月からは、周囲への感謝を忘れないようにします。", false, false, None),
    ("後輩から相談される先輩になります。", false, false, None),
    ("50代からのキャリアについて、しっかり考えていきます。", false, false, None),
    // Wishes are not commitments.
    ("来月から英会話教室に通いたいです。", false, false, None),
    ("I would like to learn Spanish from January.", false, false, None),
    // An act whose amount is left open is not objective, but it still starts.
    ("来月から、経理の本を少しずつ読んでいきます。", false, true, Some((2026, 12, 1))),
    ("来週月曜から、部下の話をこれまで以上に丁寧に聞きます。", false, true, Some((2026, 11, 30))),
    ("1月4日から、健康のために食生活を見直します。", false, true, Some((2027, 1, 4))),
    ("From next month I will read more books.", false, true, Some((2026, 12, 1))),
    ("From the new year, I will exercise whenever I can.", false, true, Some((2027, 1, 1))),
    ("From December 1, I will study Chinese seriously.", false, true, Some((2026, 12, 1))),
    // An attitude adverb leaves a habit's amount open, not an act done once on a day.
    ("来月から、会議で積極的に発言します。", false, true, Some((2026, 12, 1))),
    ("From next month I will actively share ideas in team meetings.", false, true, Some((2026, 12, 1))),
    // …unless a count or a rhythm says how much.
    ("来月から、毎週の定例会議で積極的に1回は発言します。", true, true, Some((2026, 12, 1))),
    ("来月から、毎朝経理の本を少しずつ読んでいきます。", true, true, Some((2026, 12, 1))),
    ("From next month I will read two more books a month.", true, true, Some((2026, 12, 1))),
    // Results and completions: objective, but a deadline on them is no start.
    ("来年3月までに、後輩3人が一人で月次決算を締められるようにします。", true, false, None),
    ("3月末までに、基幹システムのデータ移行を完了させます。", true, false, None),
    ("I will have read three technical books by the end of this fiscal year.", true, false, None),
    ("I will get my health and safety officer license next year.", true, false, None),
    ("By March, three juniors will be able to close the monthly books on their own.", true, false, None),
    ("I will finish migrating the core system data by the end of March.", true, false, None),
    // An opening act chained before 、 takes the deadline.
    ("年内に中国語のオンラインレッスンを予約して、最初のレッスンを受けます。", true, true, Some((2026, 12, 31))),
    ("Before the month is out, I will install a budgeting app and start logging our expenses.", true, true, Some((2026, 11, 30))),
    // More ways to name a day.
    ("来月の第1月曜日に、チームの業務マニュアル見直し会議を開催します。", true, true, Some((2026, 12, 7))),
    ("12月第2金曜日から、月に1度、後輩を集めて事例の共有会を開きます。", true, true, Some((2026, 12, 11))),
    ("年明け最初の月曜日に、出向経験のある先輩をランチに誘います。", true, true, Some((2027, 1, 4))),
    ("12月7日の月曜日から、営業訪問件数を毎日記録します。", true, true, Some((2026, 12, 7))),
    ("来年4月から、土曜の午前中に地域のサッカーチームでコーチを始めます。", true, true, Some((2027, 4, 1))),
    ("12/7の課会で、今期の受注分析を10分間で報告します。", true, true, Some((2026, 12, 7))),
    // Shown to one's manager: the plan is handed over, as 提出する (a deadline on it opens).
    ("年内に、3年後のキャリアプランを書き出して上司に見せます。", true, true, Some((2026, 12, 31))),
    ("週末に、家族と働き方について話し合う時間を取ります。", true, true, Some((2026, 11, 28))),
    ("12月中旬から、週1回、若手社員と1on1を実施します。", true, true, Some((2026, 12, 11))),
    ("On the first Monday of the new year, I will invite a senior to lunch.", true, true, Some((2027, 1, 4))),
    ("From Monday, April 5, I will rotate the month-end closing tasks.", true, true, Some((2027, 4, 5))),
    ("On the first business day of December, I will set up a handover meeting.", true, true, Some((2026, 12, 1))),
    ("From the second Friday of next month I will host a lunchtime reading circle.", true, true, Some((2026, 12, 11))),
    ("Two weeks from now I will present the new workflow to the sales team.", true, true, Some((2026, 12, 7))),
    ("This weekend I will clean out the garage with my son.", true, true, Some((2026, 11, 28))),
    ("I will book a session with the career consultant on Monday after next.", true, true, Some((2026, 12, 7))),
    ("By the end of next week I will submit the side-job form.", true, true, Some((2026, 12, 6))),
    ("来年度から、業務効率化を目標にします。", false, false, None),
    ("来月から、お客様の立場を意識して行動します。", false, false, None),
    ("来週中に上司にアポを取る。", true, true, Some((2026, 12, 6))),
    ("次回の1on1で、プロジェクトリーダーに立候補します。", true, true, None),
    // A note without a verb: an act that opens something is still that act.
    ("12月1日、TOEIC申込。", true, true, Some((2026, 12, 1))),
    // Held-out round 2 (#13): forms batch 3 showed, written afresh.
    // Acts that open something.
    ("来週水曜までに、社内の研修委員に立候補します。", true, true, Some((2026, 12, 2))),
    ("年内に大学院の出願書類を取り寄せます。", true, true, Some((2026, 12, 31))),
    ("12月4日までに、通信講座の資料請求をします。", true, true, Some((2026, 12, 4))),
    ("By December 10, I will enter for the January bookkeeping exam.", true, true, Some((2026, 12, 10))),
    // Attitudes, feelings held, and a verb that says only that one acts.
    ("来月から、お客様に誠実に向き合います。", false, false, None),
    ("来年度から、安全への責任感を強く持ちます。", false, false, None),
    ("来月から、体調に気をつけます。", false, false, None),
    ("明日から、物事を前向きに捉えます。", false, false, None),
    ("年明けから、家族第一で過ごします。", false, false, None),
    ("I will embrace new ideas.", false, false, None),
    ("From next month, I'll keep an open mind in meetings.", false, false, None),
    ("From January, I will put my family first.", false, false, None),
    // Amounts left open; a kanji numeral inside a word (一緒) counts nothing.
    ("来週から、会議資料に写真を多めに入れます。", false, true, Some((2026, 11, 30))),
    ("1月から、後輩に任せる業務を広げていきます。", false, true, Some((2027, 1, 1))),
    ("来週月曜から、できるだけ同僚と一緒に昼食をとります。", false, true, Some((2026, 11, 30))),
    ("From next week, I will write some of the minutes in English.", false, true, Some((2026, 11, 30))),
    ("From December 1, I will attend as many team lunches as I can.", false, true, Some((2026, 12, 1))),
    ("From the 1st, I'll review more of the weekly reports.", false, true, Some((2026, 12, 1))),
    // Days people name.
    ("元日から、毎朝体重を測って記録します。", true, true, Some((2027, 1, 1))),
    ("大晦日までに、年賀状を買います。", true, true, Some((2026, 12, 31))),
    ("クリスマスイブに、子どもとケーキを焼きます。", true, true, Some((2026, 12, 24))),
    ("12.9に、部内勉強会を開きます。", true, true, Some((2026, 12, 9))),
    ("来年度下期の初日から、新しい部署で受注管理を担当します。", true, true, Some((2027, 10, 1))),
    ("給料日に、3万円を積立口座に移します。", true, true, None),
    ("On the day bonuses are paid, I will move half of mine into savings.", true, true, None),
    ("On the 4th, I will hand in the expense report.", true, true, Some((2026, 12, 4))),
    ("Starting Tuesday the 1st, I will walk to the station every morning.", true, true, Some((2026, 12, 1))),
    ("A fortnight from today, I'll book a health check.", true, true, Some((2026, 12, 7))),
    ("In three weeks' time, I will present the survey results to my team.", true, true, Some((2026, 12, 14))),
    ("On New Year's Day, I will write down three goals and show them to my wife.", true, true, Some((2027, 1, 1))),
    ("- From 12/14: update the shared task board every evening", true, true, Some((2026, 12, 14))),
    // Times that start nothing.
    ("By the end of next year, I will read twelve books.", true, false, None),
    ("Every other Friday I will meet my mentor.", true, false, None),
    ("Sometime next year, I will take a pottery class.", true, false, None),
    // Held-out round 3 (#13): forms batch 5 showed, written afresh.
    // Business days skip public holidays and the year-end closure; holidays by name.
    ("年明け最初の営業日に、課のメンバーに新年の業務計画を配ります。", true, true, Some((2027, 1, 4))),
    ("On the first working day of January, I will send my team the new shift rota.", true, true, Some((2027, 1, 4))),
    ("12月の最終営業日に、今年の業務日誌を上司に提出します。", true, true, Some((2026, 12, 28))),
    ("仕事始めに、新しい日報の様式をチームに配ります。", true, true, Some((2027, 1, 4))),
    ("建国記念の日に、家族と家事の分担表を作ります。", true, true, Some((2027, 2, 11))),
    ("成人の日の翌日から、毎朝15分早く出社して売上を集計します。", true, true, Some((2027, 1, 12))),
    ("海の日までに、夏期講習に申し込みます。", true, true, Some((2027, 7, 19))),
    ("春分の日に、両親の家の庭を手入れします。", true, true, Some((2027, 3, 21))),
    ("成人の日の前日に、子どもと書き初めをします。", true, true, Some((2027, 1, 10))),
    ("12.15 までに、簿記講座の受講を申し込みます。", true, true, Some((2026, 12, 15))),
    ("From Q4, I will log every support call in the new tracker.", true, true, Some((2027, 1, 1))),
    ("月内に、社内公募に応募します。", true, true, Some((2026, 11, 30))),
    ("仕事納めの日に、机の書類を整理して不要な分をシュレッダーにかけます。", true, true, Some((2026, 12, 28))),
    ("GW明けから、毎朝部下と5分間の朝会を開きます。", true, true, Some((2027, 5, 6))),
    ("年末年始休暇明けから、毎週金曜に週報を上司に送ります。", true, true, Some((2027, 1, 4))),
    ("On Coming of Age Day I will help my daughter book her photo session.", true, true, Some((2027, 1, 11))),
    ("The day after Christmas, I will email the school to book a trial lesson.", true, true, Some((2026, 12, 26))),
    ("From the first business day after New Year, I will log my overtime every evening.", true, true, Some((2027, 1, 4))),
    ("On the first Friday after New Year's, I'll book a dental check-up.", true, true, Some((2027, 1, 8))),
    ("年明け最初の出社日に、課長に年間目標を提出します。", true, true, Some((2027, 1, 4))),
    ("Right after the year-end holidays, I will ask my manager for a one-on-one.", true, true, Some((2027, 1, 4))),
    ("Starting tomorow, I will stretch for ten minutes every morning.", true, true, Some((2026, 11, 24))),
    ("Next spring, I'll register for the half marathon.", true, true, Some((2027, 3, 1))),
    ("This winter I will sign up for a first-aid course.", true, true, Some((2026, 12, 1))),
    ("In the coming weeks I will book a session with a career coach.", true, false, None),
    // A time made precise by the next one; a rhythm and the day it starts from.
    ("年明け、1月5日から、毎朝始業前に10分間メールを整理します。", true, true, Some((2027, 1, 5))),
    ("来月、12月10日に、課長へ異動希望を伝えます。", true, true, Some((2026, 12, 10))),
    ("I will run a short stand-up on Mondays from 7 December.", true, true, Some((2026, 12, 7))),
    // A time in a purpose clause dates the purpose; "this year" is a period to act within.
    ("To take the exam next year, I will book a prep course by 5 December.", true, true, Some((2026, 12, 5))),
    ("I will read four books on leadership this year.", true, false, None),
    ("次の評価面談の前に、自分の実績を一覧にまとめます。", true, false, None),
    ("Before my next review I'll list my achievements of the year.", true, false, None),
    ("This month I will sign up for the Saturday Chinese class.", true, true, Some((2026, 11, 30))),
    // A deadline on a chain of acts, one of which opens something; forms and filings.
    ("今月末までに、研修の申込書に記入して、人事部へ送ります。", true, true, Some((2026, 11, 30))),
    ("12月10日までに、通信講座の受講手続きをします。", true, true, Some((2026, 12, 10))),
    ("年内に、副業の届出を総務に出します。", true, true, Some((2026, 12, 31))),
    // Modals after the subject, imperatives after a time, a wish over a chain of acts.
    ("I plan to grow my skills in project finance.", false, false, None),
    ("From next week, water the office plants every morning.", true, true, Some((2026, 11, 30))),
    ("Starting next month, talk more with the night shift.", false, true, Some((2026, 12, 1))),
    ("By Friday, be more organised.", false, false, None),
    ("来月から英会話を習って、海外案件に関わりたいです。", false, false, None),
    ("My plan is to register for the bookkeeping course on 1 December.", true, true, Some((2026, 12, 1))),
    ("I should call the training provider tomorrow.", true, true, Some((2026, 11, 24))),
    ("I'm planning to book a career session on 3 December.", true, true, Some((2026, 12, 3))),
    ("Next Wednesday, I'm meeting my mentor to review my CV.", true, true, Some((2026, 12, 2))),
    ("From next week I'm walking to work on Mondays and Fridays.", true, true, Some((2026, 11, 30))),
    ("I'm working on my confidence.", false, false, None),
    ("I'm committed to attending every team meeting from January.", true, true, Some((2027, 1, 1))),
    ("I am committed to my team.", false, false, None),
    ("From 14 Dec — shadow the night shift once a week.", true, true, Some((2026, 12, 14))),
    ("Gonna start jogging every morning from Monday.", true, true, Some((2026, 11, 30))),
    ("I'd love to join the data team next year.", false, false, None),
    ("I'm hoping to sign up for the MBA course in April.", false, false, None),
    ("I aspire to lead a team of my own.", false, false, None),
    ("来年度、営業企画部への異動を希望します。", false, false, None),
    ("将来は独立を視野に入れています。", false, false, None),
    ("Plan: sign up for the Saturday Spanish class on 3 December.", true, true, Some((2026, 12, 3))),
    // Notes without a verb: a count after a colon, a noun after a person; the check asks.
    ("Every morning from 1 December: 20 squats and a glass of water.", true, true, Some((2026, 12, 1))),
    ("来週、部長と面談。", true, true, Some((2026, 11, 30))),
    ("12月1日〜、毎週火曜に部下と1on1。", true, true, Some((2026, 12, 1))),
    ("明日、課長に相談だ。", true, true, Some((2026, 11, 24))),
    ("来月から週1で英会話レッスンを受けるぞ", true, true, Some((2026, 12, 1))),
    ("12月から、月1回は部下とランチに行くこと。", true, true, Some((2026, 12, 1))),
    ("・12/9(水) 課内勉強会で在庫分析の結果を発表", true, true, Some((2026, 12, 9))),
    ("家族との時間を大切にしつつ、来月から毎朝30分資格の勉強をします。", true, true, Some((2026, 12, 1))),
    // Verbs and objects that name no visible result; ways of working changed; states kept.
    ("来月から、部署内の会話を活性化させます。", false, true, Some((2026, 12, 1))),
    ("来期から、営業で成果を出します。", false, true, Some((2027, 4, 1))),
    ("来年度から、プロジェクトのメンバーを引っ張っていきます。", false, true, Some((2027, 4, 1))),
    ("来月、何か新しいことを始めます。", false, false, None),
    ("来年度から、提案中心の営業スタイルに変えます。", false, false, None),
    ("仕事と家庭のメリハリをつけます。", false, false, None),
    ("来月から、報告・連絡・相談を徹底します。", false, true, Some((2026, 12, 1))),
    ("自分のキャリアを見つめ直します。", false, false, None),
    ("安全第一を肝に銘じます。", false, false, None),
    ("来月から、家族との時間を優先します。", false, false, None),
    ("業務の効率化を図ります。", false, false, None),
    ("来月から、業務の見える化を進めます。", false, true, Some((2026, 12, 1))),
    ("12月1日に、倉庫の棚卸しを行います。", true, true, Some((2026, 12, 1))),
    ("来月から、仕事の質を上げます。", false, true, Some((2026, 12, 1))),
    ("健康的な生活を送ります。", false, false, None),
    ("来月から、報告をこまめにします。", false, true, Some((2026, 12, 1))),
    ("部下との距離を縮めます。", false, false, None),
    ("来年度から、後輩の育成に力を入れます。", false, false, None),
    ("来月から、数字に強くなります。", false, false, None),
    ("I will build stronger relationships with my clients.", false, false, None),
    ("I will broaden my perspective.", false, false, None),
    ("I will step out of my comfort zone.", false, false, None),
    ("I will lead by example.", false, false, None),
    ("I'll maintain a healthy work-life balance.", false, false, None),
    ("I will help my colleagues whenever they need it.", false, false, None),
    ("そのうち簿記の資格を取ろうと思います。", true, false, None),
    ("I will keep my CV up to date.", false, false, None),
    ("Every Friday I will keep the stock list up to date.", true, false, None),
    // Handing something over to someone is a submission: a deadline on it is a start.
    ("12月4日までに、研修の報告書を部長に送ります。", true, true, Some((2026, 12, 4))),
    ("今月末までに、社内報に新製品の紹介文を投稿します。", true, true, Some((2026, 11, 30))),
    ("来週金曜までに、取引先に見積もりの再提示をお願いします。", true, true, Some((2026, 12, 4))),
    ("年内に、若手を一人、海外研修の候補として推薦します。", true, true, Some((2026, 12, 31))),
    ("By 4 December I will send my portfolio to the design lead.", true, true, Some((2026, 12, 4))),
    // An event the company schedules, named but not dated: a start the company's calendar dates.
    ("棚卸しが終わったら、在庫の差異を一覧にして課長に報告します。", true, true, None),
    ("後任が着任したら、引き継ぎ資料を一緒に読み合わせます。", true, true, None),
    ("人事評価の後、上司に研修の受講を願い出ます。", true, true, None),
    ("年度が変わったら、新人向けの手順書を作り直します。", true, true, Some((2027, 4, 1))),
    ("年が明けたら、資格試験の願書を取り寄せます。", true, true, Some((2027, 1, 1))),
    ("After the next release, I will run a retrospective with the testers.", true, true, None),
    ("Before the evaluation interview, I will email my manager my goals for next year.", true, true, None),
    ("Starting after the spring kickoff, I will visit two new clients every week.", true, true, None),
    ("Right after the 10 December board meeting, I will send the minutes to every branch.", true, true, Some((2026, 12, 10))),
    ("評価面談の準備として、今年の実績を三つ書き出します。", true, false, None),
    // A named month is this one while it lasts; a date that says when a status takes
    // effect describes it; a deadline of today is today; a time written after the act.
    ("By the last Monday of November I will book a health check.", true, true, Some((2026, 11, 30))),
    ("On the last Friday of November, I will hand the inventory report to my manager.", true, true, Some((2026, 11, 27))),
    ("4月1日付の組織変更について、12月10日までに部長へ質問を送ります。", true, true, Some((2026, 12, 10))),
    ("今日中に、来年やりたい仕事を五つ手帳に書き出します。", true, true, Some((2026, 11, 23))),
    ("毎朝、始業前に受注一覧を確認して課内に共有します。12月から。", true, true, Some((2026, 12, 1))),
    ("I will walk to the station instead of taking the bus every morning. Starting next month.", true, true, Some((2026, 12, 1))),
    // Closed forms that name no act: work of some kind, moving, finding a meaning, being
    // there for someone, staying on, drawing out what is in people, a comparison with
    // everyone; looking into, hoping, making oneself something, doing one's job well,
    // seeking out; a time only perhaps; hours of volunteer work are not a sign-up.
    ("顧客に喜ばれる仕事をします。", false, false, None),
    ("家族を大切にした働き方をします。", false, false, None),
    ("社外での活躍も視野に入れて動きます。", false, false, None),
    ("今の仕事にやりがいを見出します。", false, false, None),
    ("困っている後輩に寄り添います。", false, false, None),
    ("退職の日まで、この支店に勤め続けます。", false, false, None),
    ("チームのやる気を引き出します。", false, false, None),
    ("メンバーの能力を最大限に引き出します。", false, false, None),
    ("課内の誰よりも早く新しい経費システムを覚えます。", false, false, None),
    ("I'll look into evening courses in accounting.", false, false, None),
    ("I hope I can move to the Osaka office next year.", false, false, None),
    ("I will make myself the go-to person for payroll questions.", false, false, None),
    ("I will just do a good job every day.", false, false, None),
    ("Seek out the projects nobody else wants.", false, false, None),
    ("I'll open an online shop for my pottery, perhaps next summer.", true, false, None),
    ("たぶん来年の夏に、調理師学校の夜間コースに申し込みます。", true, false, None),
    ("Complete 30 hours of volunteer work by March.", true, false, None),
    ("By 4 December I will put my name down as a volunteer for the charity run.", true, true, Some((2026, 12, 4))),
    // A seat one is named to and a rank are results: checkable, but their deadline is no start.
    ("２年以内に、品質改善委員会の委員になります。", true, false, None),
    ("Within 6 months, be the top salesperson in the Kansai branch.", true, false, None),
    ("Team leader of the night shift by 2028.", true, false, None),
    ("By Friday I will ask my team leader for a one-on-one.", true, true, Some((2026, 11, 27))),
    // That something takes place says what is scheduled, not what the person will do.
    ("12月7日に、部長との面談があります。", false, false, None),
    ("There is a performance review on 9 December.", false, false, None),
    // Weekdays as people shorten them in notes.
    ("Next Thurs: book a meeting room for the handover.", true, true, Some((2026, 12, 3))),
    ("On Fri I will hand in the expense form.", true, true, Some((2026, 11, 27))),
    // Before a day, the last day left is the day before; before the end of a period, its end.
    ("Before 4 December, sign up for the first-aid course.", true, true, Some((2026, 12, 3))),
    ("12月4日の前に、救命講習に申し込みます。", true, true, Some((2026, 12, 3))),
    ("Before the end of March I will submit the training plan.", true, true, Some((2027, 3, 31))),
    // After a run of days off: written on its last day (a Monday holiday), the next day.
    ("３連休明けに、課長に異動の相談をします。", true, true, Some((2026, 11, 24))),
    ("After the long weekend, I will ask my manager for a one-on-one.", true, true, Some((2026, 11, 24))),
    // "Over the next year": a span to act within, not the calendar's next year.
    ("Over the next year, I will visit ten client sites.", true, false, None),
    ("Within the coming month, I will sign up for a Python course.", true, true, Some((2026, 12, 23))),
    // Business days count only the days the office is open (today is a Monday holiday).
    ("5営業日以内に、健康診断の再検査を予約します。", true, true, Some((2026, 11, 30))),
    ("2営業日後に、経理の新人研修の講師を総務に申し出ます。", true, true, Some((2026, 11, 25))),
    ("Within 5 working days, I will book a slot with the career counsellor.", true, true, Some((2026, 11, 30))),
    // A day of the month alone is the coming one; a count of days is not a date.
    ("30日までに、社内公募の説明会に申し込みます。", true, true, Some((2026, 11, 30))),
    ("10日(木)に、資格手当の申請書を人事に出します。", true, true, Some((2026, 12, 10))),
    ("By the 5th I will sign up for the winter first-aid course.", true, true, Some((2026, 12, 5))),
    ("1日2時間、簿記の問題集を解きます。", true, false, None),
    // After a day: the day after it; after the days off around it, the next business day.
    ("クリスマス明けに、来年の目標シートを課長に送ります。", true, true, Some((2026, 12, 26))),
    ("文化の日の連休明けに、夜間講座の受講を申請します。", true, true, Some((2027, 11, 4))),
    ("お盆明けから、週2回の英会話教室に通います。", true, true, Some((2027, 8, 17))),
    ("After Christmas I will email the training team to book a seat on the January course.", true, true, Some((2026, 12, 26))),
    ("来週明けに、部長に面談の時間をお願いします。", true, true, Some((2026, 11, 30))),
    // Two times before one act: the nearer one is the act's own.
    ("1月の昇格審査の前に、12月11日までに推薦状を部長にお願いします。", true, true, Some((2026, 12, 11))),
    ("今週の金曜は休みなので、木曜日に後輩と業務の引き継ぎを始めます。", true, true, Some((2026, 11, 26))),
    ("明日中に、3年後に就きたい職種を二つ上司に伝えます。", true, true, Some((2026, 11, 24))),
    ("12月から、来年3月までに毎週1回、社内の勉強会を開きます。", true, true, Some((2026, 12, 1))),
    ("The budget meeting is in February, so by 4 December I will send my manager the cost figures.", true, true, Some((2026, 12, 4))),
    ("Our team offsite is on 15 January; on 1 December I will book the venue.", true, true, Some((2026, 12, 1))),
    ("The inspection is on 10 December, so I will do my best.", false, false, None),
    ("I will sign up for the course by Friday, so I can start in January.", true, true, Some((2026, 11, 27))),
    // Within a period of the company's year: by its last day.
    ("下期中に、社内のデータ分析講座の受講を申請します。", true, true, Some((2027, 3, 31))),
    ("来期のうちに、海外営業部への異動を人事に申し出ます。", true, true, Some((2028, 3, 31))),
    ("第4四半期中に、後輩向けの勉強会を1回開きます。", true, true, Some((2027, 3, 31))),
    ("来年度の上半期のうちに、社内副業制度に応募します。", true, true, Some((2027, 9, 30))),
    // The nth weekday with no month: the coming one; after 毎月, part of the rhythm.
    ("第1水曜の部会から、議題の取りまとめを担当します。", true, true, Some((2026, 12, 2))),
    ("毎月第2火曜に、後輩と30分の振り返りをします。", true, false, None),
    // Once within a range of days: by its last day; every day of it: from its first.
    ("12月1日〜4日の間に、人事部のキャリア相談に申し込みます。", true, true, Some((2026, 12, 4))),
    ("12月1日〜12月4日まで、毎朝30分早く出社して資料を整理します。", true, true, Some((2026, 12, 1))),
    ("12/7~12/9のうちに、健康診断の予約を入れます。", true, true, Some((2026, 12, 9))),
    ("12月14日〜18日のどこかで、部長と来期の担当について話します。", true, true, Some((2026, 12, 18))),
    // The end of a period of the company's year; a span counted from a named day.
    ("I'll finish migrating the payroll data by the end of next fiscal year.", true, false, None),
    ("By end of Q4 next FY I will hand in my application for the overseas posting.", true, true, Some((2028, 3, 31))),
    ("Two weeks from Friday I'll run the first lunch-and-learn for the new hires.", true, true, Some((2026, 12, 11))),
    ("Fortnight from today: book the fire warden refresher course.", true, true, Some((2026, 12, 7))),
    ("By the end of Q3 I will sign up for the internal audit training.", true, true, Some((2026, 12, 31))),
    // A date in brackets; the first business day from a day on; the days off around a
    // holiday; a time that dates the goal (に向けて) rather than the act.
    ("課の納会(12月25日)の前日までに、幹事の引き受けを課長に申し出ます。", true, true, Some((2026, 12, 24))),
    ("明日以降の最初の出社日に、在宅勤務の申請書を出します。", true, true, Some((2026, 11, 24))),
    ("スポーツの日の連休に、地域の防災訓練の手伝いに申し込みます。", true, true, Some((2027, 10, 9))),
    ("来年6月の昇格試験に向けて、過去問を毎日1問解きます。", true, false, None),
    // English: the weekday after a holiday, the first week of a month, Obon.
    ("On the Tuesday after Culture Day I will send the seminar application to HR.", true, true, Some((2027, 11, 9))),
    ("Within the first week of February, I'll book a health check.", true, true, Some((2027, 2, 7))),
    ("Before Obon I will apply for the summer internship mentor role.", true, true, Some((2027, 8, 12))),
    // A quarter named after its fiscal year.
    ("今年度最後の四半期が始まったら、月1回の部内勉強会を開きます。", true, true, Some((2027, 1, 1))),
    ("来年度の第2四半期のうちに、海外赴任の希望を人事に申請します。", true, true, Some((2027, 9, 30))),
    ("I will apply for the team lead opening no later than 12.4.", true, true, Some((2026, 12, 4))),
    ("By Valentine's Day I will register for the spring bookkeeping exam.", true, true, Some((2027, 2, 14))),
    // An occasion in a month, named by what it is: the act is done at it, by the month's
    // end (the follow-up asks once it is past), whatever the act; a part of the month
    // still says the day, and the interview is the interview.
    ("1月の職員会議で、行事の準備を分担する案を出します", true, true, Some((2027, 1, 31))),
    ("1月の工程会議にて、課長各位に対し安全方針を説明する。", true, true, Some((2027, 1, 31))),
    ("来月のミーティングで、改善案を3つ発表します", true, true, Some((2026, 12, 31))),
    ("2月の第2水曜の安全大会から、ヒヤリハット事例を1件ずつ発表する", true, true, Some((2027, 2, 10))),
    ("1月の上旬で、課長に相談します", true, true, Some((2027, 1, 1))),
    // A move the company decides is a result, as a seat is (a 部長, 2026-12-05: 令和9年
    // 4月から技術研修センターに異動します had passed as his promise); saying one wants it
    // is the act.
    ("令和9年4月から技術研修センターに異動します。", true, false, None),
    ("4月から関連会社へ出向します", true, false, None),
    ("12月10日に、関連会社に出向したいと部長に伝えます", true, true, Some((2026, 12, 10))),
    // A month by its number with まで is by its last day, as 3月中に is; a day keeps its own.
    ("3月までに、本部の研修担当に応募します", true, true, Some((2027, 3, 31))),
    ("十二月までに、通信講座に申し込みます", true, true, Some((2026, 12, 31))),
    ("3月1日までに、本部の研修担当に応募します", true, true, Some((2027, 3, 1))),
    // Thanksgiving: the fourth Thursday of November (26 November 2026).
    ("I'll sign up for the forklift course by Thanksgiving.", true, true, Some((2026, 11, 26))),
    // Held-out round 6 (#13, dates): forms batch 8 showed, written afresh.
    // Some weeks before the end of this fiscal year (今期末), counted from its last day.
    ("今期末の3週間前までに、来期の研修計画を部長に提出します", true, true, Some((2027, 3, 10))),
    // The days off around a holiday, then their end said with が.
    ("成人の日の連休が明けたら、課長に異動の希望を相談します", true, true, Some((2027, 1, 12))),
    ("連休が明けたら、資格講座の資料を取り寄せます", true, true, Some((2026, 11, 24))),
    // "On or before" keeps the day.
    ("I will send the nomination form to HR on or before 4 December.", true, true, Some((2026, 12, 4))),
    // A part of a month as a deadline ends on its last day; as a time, it begins on its first.
    ("1月中旬までに、資格講座の申込書を総務に提出します", true, true, Some((2027, 1, 20))),
    ("来月下旬までに、社外セミナーに申し込みます", true, true, Some((2026, 12, 31))),
    ("2月上旬までに、副業の申請を出します", true, true, Some((2027, 2, 10))),
    ("来月中旬から、毎朝15分、業界ニュースを要約して課内に共有します", true, true, Some((2026, 12, 11))),
    // A time with ごとに is a rhythm, not a start.
    ("月曜ごとに、週報を部長に送ります", true, false, None),
    ("毎月の給料日ごとに、3万円を積み立てる設定を、12月1日に銀行で申し込みます", true, true, Some((2026, 12, 1))),
    // An application handed in (願書, 異動願を出す) opens something.
    ("異動願を12月10日までに人事部に出します", true, true, Some((2026, 12, 10))),
    ("大学院の願書を1月8日までに出す", true, true, Some((2027, 1, 8))),
    // The era's year in figures (R9.2.1, 令和9/1/15).
    ("R9.2.1から、毎朝15分の英語学習を始めます", true, true, Some((2027, 2, 1))),
    ("令和9/1/15までに、簿記講座に申し込む", true, true, Some((2027, 1, 15))),
    // A note: an act that opens something, said done (申込を完了).
    ("12月4日までに、TOEICの受験申込を完了", true, true, Some((2026, 12, 4))),
    // Short weekdays opening a note, and a day of the month after a weekday.
    ("Thu: ask the vendor for the revised quote.", true, true, Some((2026, 11, 26))),
    ("Fri 4th - book the meeting room for the team retro.", true, true, Some((2026, 12, 4))),
    // A second time that describes a thing (月末の棚卸し) leaves the first the act's day.
    ("11月30日、月末の棚卸しが終わったら、倉庫の改善案を課長に提出します", true, true, Some((2026, 11, 30))),
    // The company's events: the closing and audits, the next one as the occasion.
    ("月末の締め作業が終わったら、経理のマニュアルを一章ずつ見直します", true, true, None),
    ("監査が終わったら、後輩と一緒に指摘事項の勉強会を開きます", true, true, None),
    ("次回の棚卸しで、新しいチェック表を試します", true, true, None),
    ("次の決算の際に、連結の仕訳を自分で起票します", true, true, None),
    // A weekday counted "of every month" is a rhythm that "from" starts.
    ("On the 2nd Monday of every month from February, I will run the safety briefing.", true, true, Some((2027, 2, 1))),
    // "sometime in" a time leaves it vague.
    ("Sometime in the spring I will visit the Osaka plant.", true, false, None),
    // Thinking and readying oneself name no act.
    ("Figure out which skills my team lacks.", false, false, None),
    ("I'll prepare myself to lead the new team.", false, false, None),
    // Held-out round 6, batch 10's tuning half (odd rows): a head of any unit (店長, 所長)
    // is a promotion, a result; finding what one wants to do happens in one's head.
    ("3年後には店長になっています。", true, false, None),
    ("2年以内に所長になります", true, false, None),
    ("来年中に、自分が本当にしたいことを見つけます。", false, false, None),
    // An act already under way: a month and day just passed is this year's (the start
    // made), 先週, 先月, 昨日 and "last week" date it, and the English perfect is an act.
    // Said as a plan, a passed day is next year's; a month further back stays the coming
    // one even beside another act's ている.
    ("11月2日から、毎週金曜に残業時間を記録しています", true, true, Some((2026, 11, 2))),
    ("10月から毎朝15分、英語のニュースを聞いている。", true, true, Some((2026, 10, 1))),
    ("9月14日に始めた週1回の読書会を、来年3月まで続けます", true, true, Some((2026, 9, 14))),
    ("先週から毎朝10分、業界ニュースを読んでいます", true, true, Some((2026, 11, 16))),
    ("先週の水曜から、日報に翌日の予定を1行書いています", true, true, Some((2026, 11, 18))),
    ("先月から週1回、後輩と30分の1on1を続けています", true, true, Some((2026, 10, 1))),
    ("先月15日から、朝礼で前日の売上を報告している", true, true, Some((2026, 10, 15))),
    ("昨日から、帰る前に翌日のToDoを3つ書き出しています", true, true, Some((2026, 11, 22))),
    ("11月1日に講座に申し込もうと思っています", true, true, Some((2027, 11, 1))),
    ("日報は毎日書いていますが、1月15日から毎朝30分簿記を勉強します", true, true, Some((2027, 1, 15))),
    ("11月10日に、社内の英語講座に申し込みました", true, true, Some((2026, 11, 10))),
    ("I signed up for the evening course on November 10 and attend every Tuesday.", true, true, Some((2026, 11, 10))),
    ("I need to register for the course by November 30.", true, true, Some((2026, 11, 30))),
    // A past time with の describes a thing (昨日の会議, last week's meeting): the act's
    // own day is the other one.
    ("昨日の会議で決まった改善案を、12月7日から毎朝の朝礼で共有します", true, true, Some((2026, 12, 7))),
    ("先月の面談で話した資格講座に、12月10日までに申し込みます", true, true, Some((2026, 12, 10))),
    ("先週末から、毎朝7時に起きて30分ジョギングしています", true, true, Some((2026, 11, 21))),
    ("Following last week's meeting, I will email the new schedule to the team on December 4.", true, true, Some((2026, 12, 4))),
    // A past word that compares (昨日より, than last week) is no time.
    ("昨日より1件多く、毎日お客様に電話をかけます", true, false, None),
    ("先月より残業を月5時間減らします", true, false, None),
    ("I will make one more call a day than last week.", true, false, None),
    ("Compared with last month, I will cut my overtime by five hours.", true, false, None),
    ("Since November 2, I have been logging my overtime hours every Friday.", true, true, Some((2026, 11, 2))),
    ("I started sending my manager a weekly summary on November 16.", true, true, Some((2026, 11, 16))),
    ("Since last month, I have met one customer every week.", true, true, Some((2026, 10, 1))),
    ("I've been walking to work every Monday since last week.", true, true, Some((2026, 11, 16))),
    // "last Friday" is the latest Friday before today (2026-12-03: it was read as the coming
    // one, a start a week ahead for an act already under way); said of anything else but
    // the act's beginning, it is no time of the act.
    ("Since last Friday, I have been logging my overtime every day.", true, true, Some((2026, 11, 20))),
    ("I started writing a daily report last Wednesday and send it every evening.", true, true, Some((2026, 11, 18))),
    ("From last Monday, I have been walking to work every day.", true, true, Some((2026, 11, 16))),
    ("Last Friday my manager asked me to lead the project, so I will book a meeting with her on December 1.", true, true, Some((2026, 12, 1))),
    ("After the talk last Friday, I will read one chapter of the book every night.", true, false, None),
    ("I've already booked two sessions with a career coach, starting yesterday.", true, true, Some((2026, 11, 22))),
    // A rhythm from a day of the last month has begun: this year's, a start already made.
    ("From November 2, I will log my overtime every Friday.", true, true, Some((2026, 11, 2))),
    ("I have been more careful with my emails.", false, false, None),
    ("I have been trying to speak up more in meetings.", false, false, None),
    ("I have to submit my application.", true, false, None),
    // A reason in the past (…されたので, "Because I was…") dates what happened, not the act.
    ("11月9日に部長から声をかけられたので、12月4日までに社内公募に応募します", true, true, Some((2026, 12, 4))),
    ("10月に新人が2人配属されたため、来月から毎週水曜に勉強会を開きます", true, true, Some((2026, 12, 1))),
    ("先週お客様からクレームをいただいたので、12月から毎朝出荷前に検品表を確認します", true, true, Some((2026, 12, 1))),
    ("11月2日の面談で指摘されたから、来週月曜から日報を書きます", true, true, Some((2026, 11, 30))),
    ("Because my team doubled in October, I will hold a 30-minute 1on1 with each member from December 7.", true, true, Some((2026, 12, 7))),
    ("As my manager suggested on November 12, I'll register for the Python course by December 4.", true, true, Some((2026, 12, 4))),
    ("Since our client left us last week, I will call three former customers every Monday from December.", true, true, Some((2026, 12, 1))),
    // An imperative before a bare noun, then how often or how long (an employee's first
    // use, 2026-12-03): the verb of an act, not a noun phrase. A bare verb and noun alone
    // stay a wish, as the held-out writers label "Learn Python.".
    ("Study Japanese for 30 minutes every day from January", true, true, Some((2027, 1, 1))),
    ("Practise kanji every morning from Monday.", true, true, Some((2026, 11, 30))),
    ("Study math for 45 minutes each evening from 7 December.", true, true, Some((2026, 12, 7))),
    ("Study Japanese.", false, false, None),
    // A noun phrase with how often opens with no verb (the code review of 2026-12-03).
    ("Good sleep every night from January.", false, false, None),
    ("Career growth every year.", false, false, None),
    ("Busy Mondays make me tired.", false, false, None),
    ("Since we lost the bid on November 5, I will ask the sales lead for a review meeting.", true, false, None),
    // A reason still to come may carry the act's time; "since" before a time says when.
    ("Since the busy season ends in January, I'll start the course then.", true, true, Some((2027, 1, 1))),
    ("As of December 1, I will log my overtime every Friday.", true, true, Some((2026, 12, 1))),
    ("Since the reorg on November 2, I have been sending my manager a weekly summary.", true, true, Some((2026, 11, 2))),
    // "every first Monday" is a rhythm, which a date given with it starts.
    ("I will post the team's sales figures every first Monday from January.", true, true, Some((2027, 1, 1))),
    // Round 7 (batch 12's odd rows): the end of the next fiscal year; a company event's
    // day as the beginning; an ability better by no measure; a hedge after an imperative;
    // sorting out one's thoughts; a note that names a first session.
    ("来年度末までに、チームの離職率を5%以下にします", true, false, None),
    ("来期中に、社内の英語講座に申し込みます", true, true, Some((2028, 3, 31))),
    ("来期末の総会で、新しい評価制度について発表します", true, true, Some((2028, 3, 31))),
    ("来年度内定者の研修資料を、12月11日までに人事に提出します", true, true, Some((2026, 12, 11))),
    ("次の決算の日から、経費の入力を毎日その日のうちに済ませます", true, true, None),
    ("監査の翌日から、チェックリストを毎朝確認します", true, true, None),
    ("以前よりうまく資料をまとめられるようにする", false, false, None),
    ("これまで以上に早くお客様に返信できるようになります", false, false, None),
    ("来月から、今より15分早く日報を出せるようになります", true, false, None),
    ("Help new hires with their onboarding whenever possible.", false, false, None),
    ("Mentor one junior colleague every Tuesday from December 1.", true, true, Some((2026, 12, 1))),
    ("年内に、自分の価値観を整理しておく", false, false, None),
    ("自分の強みを整理して、12月4日の面談で課長に伝えます", true, true, Some((2026, 12, 4))),
    ("Dec 14 - first lesson of the evening accounting class.", true, true, Some((2026, 12, 14))),
    ("The first session of the training was useful.", false, false, None),
    // A note that ends in a result is that result (measurable, no act begun); the noun
    // of an opening act may keep its kana (申込み).
    ("6月までに簿記2級合格", true, false, None),
    ("来年3月、FP2級取得！", true, false, None),
    ("12/8 社内英語研修に申込み", true, true, Some((2026, 12, 8))),
    ("宅建の勉強。目標は合格", false, false, None),
    // A rate or a score brought to a level is a result; a time with を is what the act
    // takes; after は, 何か asks what (no "something").
    ("来年度から、課の年休取得率を70%以上にします", true, false, None),
    ("3月までに、お客様アンケートのスコアを4.0以上にする", true, false, None),
    ("12月から、毎週金曜に作業の手戻り率を記録します", true, true, Some((2026, 12, 1))),
    ("今期を振り返って、12月4日までに課長にレポートを提出します", true, true, Some((2026, 12, 4))),
    ("評価が出たら、次の等級に足りないものは何か課長に聞きます", true, true, None),
    ("By the end of March, I will bring our team's error rate below 2%.", true, false, None),
    ("From December 1, I will log our defect rate every Friday.", true, true, Some((2026, 12, 1))),
    // Round 7 (batch 14): kana spellings of listed verbs; a power or skill raised or
    // acquired; doing one's job with an attitude; an antenna kept up; focusing on;
    // supporting; an event that closes (締まったら) or the day or week after it; an
    // imperative after a leading time with no comma; a wish given as the reason for an
    // act; 出す after a proposal; a percentage or a figure as a level reached.
    ("12月11日までに、社内の勉強会にさんかをもうしこみます", true, true, Some((2026, 12, 11))),
    ("12月1日から、毎朝の筋トレをはじめます", true, true, Some((2026, 12, 1))),
    ("プレゼン力をあげる", false, false, None),
    ("来年度までに、マネジメントの基礎を身につける", false, false, None),
    ("来月から、笑顔を大切にして接客します", false, false, None),
    ("誠実さを意識して業務にあたる", false, false, None),
    ("新しい技術にアンテナを張っておく", false, false, None),
    ("お客様に選ばれる店をめざします", false, false, None),
    ("From January, I'll concentrate more on quality.", false, false, None),
    ("Support the new members of my team.", false, false, None),
    ("上期の決算が締まったら、経費の入力手順を一枚にまとめて課内に配ります", true, true, None),
    ("監査が終わった翌週から、毎朝チェックリストを確認します", true, true, None),
    ("By 12/18 send my portfolio to the design team lead.", true, true, Some((2026, 12, 18))),
    ("Join the Python study group on Dec 9 because I want to automate my reports.", true, true, Some((2026, 12, 9))),
    ("Because I want to lead projects, I will enrol in the PM course by December 4.", true, true, Some((2026, 12, 4))),
    ("12月4日までに、業務改善の提案を課長に1件出す", true, true, Some((2026, 12, 4))),
    ("来期は受注件数を前年比120%にする", true, false, None),
    ("Grow my sales team to 10 people by next March.", true, false, None),
    ("Increase my billable hours to 120 a month in the next fiscal year.", true, false, None),
    // A contract's renewal, which the company schedules, is the occasion of the act.
    ("契約更新の面談で、課長に無期転換を希望すると伝えます", true, true, None),
    // A note after a leading rhythm and a comma that counts in figures may be an act.
    ("Every evening, 15 minutes of bookkeeping drills.", true, false, None),
    ("Every morning, a better mood.", false, false, None),
    // Round 7, batch 16 (dates): 半ば is 中旬; the last weekday of every month is a rhythm;
    // 年末年始 begins on 29 December; before Christmas is the 24th; 渡す hands over, and 出す
    // after a plan or a document; the company's ceremonies and drills, the day of an event,
    // the day or week after it, the day before it.
    ("再来月半ばから、毎朝30分資格の勉強をします", true, true, Some((2027, 1, 11))),
    ("毎月最終金曜日に、売上の振り返りを課長に報告する", true, false, None),
    ("年末年始の休みに、これまでの実績を一覧にまとめる", true, true, Some((2026, 12, 29))),
    ("Before Christmas, book a call with the HR partner about the new role.", true, true, Some((2026, 12, 24))),
    ("12月18日までに、後任に引き継ぎ資料を渡します", true, true, Some((2026, 12, 18))),
    ("12月4日までに、来期の教育計画を部長に出します", true, true, Some((2026, 12, 4))),
    ("避難訓練の日に、新人に非常口の場所を案内する", true, true, None),
    ("入社式の翌週から、新人と週1回ランチをします", true, true, None),
    ("全社会議の前日までに、報告資料を課長に提出する", true, true, None),
    // A purpose's time (…発表するため、) is the purpose's; a day, an event, and the day
    // before or after it or the week after; casual ている (通ってます); weeks begin on
    // Monday (第2週); payday dated by its day; a wish the act reports.
    ("1月の試験で合格するため、12月中に模試に申し込む", true, true, Some((2026, 12, 31))),
    ("12月9日の勉強会の前日までに、資料を課長に提出する", true, true, Some((2026, 12, 8))),
    ("12月4日の面談の翌週の水曜から、日報を課長に送ります", true, true, Some((2026, 12, 9))),
    ("9月から毎週土曜に英会話に通ってます", true, true, Some((2026, 9, 1))),
    // (1 January 2027 is a Friday: the second week begins on Monday the 4th.)
    ("1月の第2週から、毎朝30分会計の本を読む", true, true, Some((2027, 1, 4))),
    ("給料日の25日に、通信講座に申し込みます", true, true, Some((2026, 11, 25))),
    ("Tell HR at my next 1on1 that I would like to join the data team.", true, true, None),
    // An abbreviation's period ends no sentence; English company events with "the day
    // before", "the day of", "at the next", "once"; a date after the event dates it;
    // acting as someone is taking a role.
    ("Ask the HR dept. to register me for the leadership course by Dec 11.", true, true, Some((2026, 12, 11))),
    ("The day before the stock count, brief the part-timers on the new scanner.", true, true, None),
    ("From the day of the entrance ceremony, act as mentor for two new hires.", true, true, None),
    ("Volunteer for the safety committee at the next town hall.", true, true, None),
    ("Once the reshuffle is announced, book a handover meeting with my successor.", true, true, None),
    ("I will present the new workflow at the town hall on December 10.", true, true, Some((2026, 12, 10))),
    // Golden Week from 29 April; the Monday after a dated event; "starting now"; a post
    // one is entrusted with; finishing or completing as a result; a mindset kept.
    ("GWに、家族と資格試験の計画を立てて共有する", true, true, Some((2027, 4, 29))),
    ("During Golden Week, write the first chapter of my study notes.", true, true, Some((2027, 4, 29))),
    ("The Monday after our Dec 4 kickoff, start a weekly stand-up with the new team.", true, true, Some((2026, 12, 7))),
    ("Starting now, log every customer complaint in the shared sheet.", true, true, Some((2026, 11, 23))),
    ("3年後には課長を任されている", true, false, None),
    ("Finish the online negotiation course by the end of January.", true, false, None),
    ("From December, keep a positive mindset with difficult customers.", false, false, None),
    // Round 8: a deadline on an act that opens something, on an earlier day than the
    // time found first, is the start: the booking comes before what is booked. A
    // deadline on an act that opens nothing leaves the first time the start.
    ("1/24の回に今月中に申込み", true, true, Some((2026, 11, 30))),
    ("Sign up for the workshop on February 3 by December 11.", true, true, Some((2026, 12, 11))),
    ("2月の集合研修（1月募集分）、12/4までに上長承認をもらって申込書を出す", true, true, Some((2026, 12, 4))),
    ("1月10日に勉強会を開き、12月25日までに資料を作る", true, true, Some((2027, 1, 10))),
    // The end of the month we are in is this year's.
    ("Email the training team by the end of November to reserve a seat.", true, true, Some((2026, 11, 30))),
    // A date after a weekday says which one; weekdays joined to "every" are the same
    // rhythm, and so is "one Saturday a month".
    ("Starting Wednesday 12/2, I will post the weekly sales summary in the team chat.", true, true, Some((2026, 12, 2))),
    ("Every Tuesday and Thursday, run a 15-minute stand-up with the night shift.", true, false, None),
    ("Spend one Saturday a month at the branch office from December, helping with inventory.", true, true, Some((2026, 12, 1))),
    // The company's year as people abbreviate it: 1Q/4Q, next FY, next term, the end of
    // FY, 3Q末, the second half of next FY; an act kept up (継続中) since a month; the
    // era's year and month (R9.4); a day before its month when it cannot be a month
    // (15/12), but never "24/7".
    ("1Qから、毎週月曜に部の売上速報をまとめて共有する", true, true, Some((2027, 4, 1))),
    ("From next FY, I will run the monthly safety patrol for our floor.", true, true, Some((2027, 4, 1))),
    ("From next term, I will chair the monthly budget meeting.", true, true, Some((2027, 4, 1))),
    ("Starting the second half of next FY, I will lead the vendor audits.", true, true, Some((2027, 10, 1))),
    ("At the end of FY, present this year's improvement results to the plant manager.", true, true, Some((2027, 3, 31))),
    ("3Q末までに、後任への引継ぎ資料を課長に提出する", true, true, Some((2026, 12, 31))),
    ("週1回の英会話レッスン（9月から継続中）", true, true, Some((2026, 9, 1))),
    ("R9.4から、新人研修の講師を担当する", true, true, Some((2027, 4, 1))),
    ("Take over the Friday handover meeting from 15/12.", true, true, Some((2026, 12, 15))),
    ("Provide 24/7 on-call support from 12/1.", true, true, Some((2026, 12, 1))),
    // An ability of one's own with no count or figure is a state reached; with one
    // (three juniors, 15分早く) it is a result anyone can check.
    ("来年の春までに、Excelのマクロを使いこなせるようになる", false, false, None),
    ("I will be able to lead our weekly meeting in English.", false, false, None),
    // Attitudes and states people write as acts: taking care (気を配る), working with an
    // attitude (意識して作業する), taking the lead (率先して), taking stock of oneself (not
    // of the warehouse), an interest, an atmosphere made; making an effort, trying not
    // to, taking care of one's health, getting comfortable, a work-life balance.
    ("お客様の体調の変化に気を配ります", false, false, None),
    ("ミスを減らすことを意識して作業します", false, false, None),
    ("朝礼の準備は率先してやる", false, false, None),
    ("年末までに、これまでの経験の棚卸しをする", false, false, None),
    ("12月から、毎週金曜に倉庫の棚卸しをします", true, true, Some((2026, 12, 1))),
    ("新しい資格に興味はあります", false, false, None),
    ("若手が意見を言いやすい雰囲気をつくる", false, false, None),
    ("I will make a real effort to speak up in meetings.", false, false, None),
    ("I'll try not to take work home.", false, false, None),
    ("Get more comfortable with SQL over the holidays.", false, false, None),
    ("Maintain a good work-life balance from January.", false, false, None),
    // A time in brackets with 実施 or 開催 says when the thing before it takes place;
    // when another time follows, that one dates the act. Alone, it is the act's day.
    ("TOEIC（1月実施）、来月から毎朝30分問題集を解く", true, true, Some((2026, 12, 1))),
    ("管理職研修(12/3実施)を受講する", true, true, Some((2026, 12, 3))),
    // A closing day (〆, 締切) before or after the date is a deadline, and a note whose
    // time comes last ends in the act's noun before it.
    ("簿記3級の申込、〆12/4", true, true, Some((2026, 12, 4))),
    ("社内公募に応募、12/10まで", true, true, Some((2026, 12, 10))),
    ("来週水曜〆の研修申込を出す", true, true, Some((2026, 12, 2))),
    // A list of days begins on the first; a month or a week is made precise by a day.
    ("Hold the new-hire safety briefing on 12/8, 12/15 and 12/22.", true, true, Some((2026, 12, 8))),
    // Imperatives whose verb the shape could not tell: "back up", and a verb before a
    // name in capitals.
    ("From next week, back up the sales data to the shared drive every Friday.", true, true, Some((2026, 11, 30))),
    ("Sit JLPT N2 on 6 December.", true, true, Some((2026, 12, 6))),
    // The week of a day, from its Monday; an occasion's time with から (a shift, a
    // meeting) is the act's.
    ("12月16日の週から倉庫の棚番号を色分けに変える", true, true, Some((2026, 12, 14))),
    ("来月の夜勤シフトから引継ぎメモをチャットに残す", true, true, Some((2026, 12, 1))),
    // Within a half with に, whatever follows: by its last day.
    ("来年度上期中に社内講師に応募する", true, true, Some((2027, 9, 30))),
    // Occasions the company schedules without a day: a posting opening, the next
    // stocktake written in kana (こんどの), the next session, and a time in brackets
    // after the act.
    ("院内公募が始まったら、緩和ケア病棟に応募する", true, true, None),
    ("こんどの決算で仕訳チェックを担当する", true, true, None),
    ("社外の読書会に、次回から参加します", true, true, None),
    ("看護部長に異動の希望を伝える（次の面談で）", true, true, None),
    // The day of the first session begins the act, whatever time came first.
    ("1月から、新人向けのExcel講座を全4回で開く。初回は12/21。", true, true, Some((2026, 12, 21))),
    // A note's act with a place and a rhythm (定例MTGで議事録担当); volunteering (手を挙げる)
    // and mailing (郵送) open something; a session booked is booked by its day.
    ("12/1〜 毎週月曜の定例MTGで議事録担当", true, true, Some((2026, 12, 1))),
    ("来月中に、社内プロジェクトの募集に手を挙げる", true, true, Some((2026, 12, 31))),
    ("免許証の写しを12/4までに協会へ郵送する", true, true, Some((2026, 12, 4))),
    ("12/14(月)の人事面談を予約して、異動の相談をする", true, true, Some((2026, 12, 14))),
    // A counted note after a leading time that follows its preposition.
    ("From 1Q, monthly budget check with my 2 leads.", true, true, Some((2027, 4, 1))),
    // A full date with the year last: month first (American), or day first when the
    // first number cannot be a month.
    ("Starting 1/11/2027, I will run the weekly safety huddle for Line 3.", true, true, Some((2027, 1, 11))),
    ("From 14/12/2026, lead the Monday stand-up for the night shift.", true, true, Some((2026, 12, 14))),
    // A wish kept in mind (たいと思っている) is still a wish; an intention said so (〜よう
    // と思ってる) still an act.
    ("来期は新人研修の講師をやりたいと思っている", false, false, None),
    ("来月から、朝活の勉強会に通おうと思ってる", true, true, Some((2026, 12, 1))),
    // "What I can" names no act.
    ("人手不足の中で、自分にできることをやる", false, false, None),
    // Round 9: a weekday after the date it names (12月4日金曜), written partly in kana
    // (木よう日); a deadline on the first of a rhythm; a rhythm noted with its first
    // time; the first session on a day of the month found first.
    ("12月4日金曜までに、面談の事前シートを人事に提出する", true, true, Some((2026, 12, 4))),
    ("十二月七日月曜日までに、事務改善の提案を出します", true, true, Some((2026, 12, 7))),
    ("来週の木よう日に、工場長に見学をお願いする", true, true, Some((2026, 12, 3))),
    ("Qiitaに月1本記事を書く。1本目は12月中に公開。", true, true, Some((2026, 12, 31))),
    ("Monthly 'SQL clinic' for the sales team, first one Jan 20.", true, true, Some((2027, 1, 20))),
    ("Interview 5 users in Jan, first interview booked for Jan 12.", true, true, Some((2027, 1, 12))),
    ("Hold an email clinic, first session on 12/9 (Wed) 16:00.", true, true, Some((2026, 12, 9))),
    ("Starting April 1, take on the safety officer role and run the first fire drill in May.", true, true, Some((2027, 4, 1))),
    ("Dec 1 - set up a shared OneNote, with the first 10 entries in by Dec 15.", true, true, Some((2026, 12, 1))),
    ("Monthly growth, first in January.", false, false, None),
    // The next sprint or meeting as the occasion (not any meeting), a transfer notice, an
    // event dated in brackets after it; a reduction by a figure, by half, or doubled is
    // a result; raising efficiency or going all out is not an act; a time of what the
    // act prepares for (に向けて) is not its start.
    ("次のスプリントから、デイリースクラムのファシリを自分が担当します。", true, true, None),
    ("Starting next sprint, I'll write the release notes for every deploy myself.", true, true, None),
    ("From the next sprint (it starts Dec 2), pair-program with the new hire every day.", true, true, Some((2026, 12, 2))),
    ("異動の内示がでたら、その日から後任への引継書を作りはじめる", true, true, None),
    ("次回の支店会議で、窓口の待ち時間データを出して改善案を話す", true, true, None),
    ("会議の前に資料を送る", true, false, None),
    ("Reduce p99 latency by 30% this half.", true, false, None),
    // …but raising an issue or cutting a branch is an act, and "by 12/10" a day.
    ("At the Dec 10 team meeting, raise the issue of uneven on-call shifts with my manager.", true, true, Some((2026, 12, 10))),
    ("On Dec 18, cut the release branch for v2.3 and send the notes to QA.", true, true, Some((2026, 12, 18))),
    ("Raise a purchase request for the AWS course by 12/10.", true, true, Some((2026, 12, 10))),
    ("Double weekly active users of our dashboards in Q1.", true, false, None),
    ("来月から残業をへらす", false, true, Some((2026, 12, 1))),
    ("実験の効率を上げる", false, false, None),
    ("12月から本気出す", false, false, None),
    ("4月の新人配属にむけて、メンター役を12/18の部会で申し出る", true, true, Some((2026, 12, 18))),
    ("4月に向けて、英語の勉強を始めます", true, false, None),
    // The last business day of the year, in words (年内最後の出勤日, before the year-end
    // holidays); a sheet handed in opens, as a report does; a transfer announcement; a day
    // of next week by its number (来週3日); a first session noted after a comma.
    ("仕事納めまでに、来年の個人目標シートを上司に出す", true, true, Some((2026, 12, 28))),
    ("年内最後の出勤日までに、来年の個人目標シートを上司に提出する", true, true, Some((2026, 12, 28))),
    ("Submit my application before the year-end holidays.", true, true, Some((2026, 12, 28))),
    ("When the transfer results come out, set up a handover meeting with my successor.", true, true, None),
    ("SQLもくもく会を毎週木曜18時から開催。初回は来週3日", true, true, Some((2026, 12, 3))),
    ("毎月第1金曜にデータ基盤の相談会をひらく、初回12/4", true, true, Some((2026, 12, 4))),
    // After a leading time with no comma, a verb before what it acts on (greet every …),
    // past a note in brackets; a meal with someone is arranged with them; "by early
    // December" is a deadline on the part's last day.
    ("On Dec 1 (my day off) have lunch with a senior store manager and ask how she moved into management.", true, true, Some((2026, 12, 1))),
    ("from Dec 14 greet every walk-in customer within 10 sec and keep a tally sheet for 2 weeks", true, true, Some((2026, 12, 14))),
    ("Register for the January TOEIC by early December.", true, true, Some((2026, 12, 10))),
    ("By mid-December I'll have booked a meeting with the head of R&D.", true, true, Some((2026, 12, 15))),
    ("Register by late December.", true, true, Some((2026, 12, 31))),
    ("By March the team will be stronger.", false, false, None),
    // A beginning before に向けて is the act's; a count after 初回 and after 来週 is no day;
    // the 次 of 順次 is no "next".
    ("来週月曜から昇格試験に向けて、毎朝30分問題集を解きます", true, true, Some((2026, 11, 30))),
    ("12月7日から、初回3名で、毎週月曜に新人向けの勉強会を開く", true, true, Some((2026, 12, 7))),
    ("来週3日間、朝8時から新人のOJTを担当する", true, true, Some((2026, 11, 30))),
    ("新機能は順次リリースで展開する", true, false, None),
    // Round 10: a weekday with "the" and an ordinal date after it says which one.
    ("On Friday the 4th of December I'm going to ask my manager about the exam.", true, true, Some((2026, 12, 4))),
    ("Starting Tuesday the 1st of December, I will log every call in the shared sheet.", true, true, Some((2026, 12, 1))),
    // Round 10: a weekend named with 土日 begins on its Saturday (today is Monday 23 November);
    // within it (のうちに, 中に), as by it (までに), it ends on its Sunday (round 20).
    ("この土日のうちに、ケアマネ講座の説明会を１つ予約する", true, true, Some((2026, 11, 29))),
    ("この土日に、ケアマネ講座の説明会を１つ予約する", true, true, Some((2026, 11, 28))),
    // A post named with what it is over (a shift supervisor, a store manager) is a seat.
    ("I'll become a shift supervisor within two years.", true, false, None),
    // しあさって is three days on, not あさって; "tmrw" is tomorrow.
    ("しあさって、ハローワークの職業訓練説明会に行きます。", true, true, Some((2026, 11, 26))),
    ("gonna ask my boss tmrw if i can join the safety audit team", true, true, Some((2026, 11, 24))),
    ("来週の土日に、引っ越しの見積もりを3社に頼みます", true, true, Some((2026, 12, 5))),
    ("土日は家族と過ごす時間を大切にします", false, false, None),
    // Round 10: pacing oneself is a way of working, not an act.
    ("When I come back in April, I will take it easy and keep a good balance.", false, false, None),
    // An attitude in て form before a verb (意識して提案する) is how one will act, not
    // what: with nothing the act has of its own (a count, a rhythm, an object, a person,
    // a place), it is that attitude, and a date in front starts nothing. With something
    // observable the act stays.
    ("顧客満足度を意識して提案する", false, false, None),
    ("12月7日から顧客満足度を意識して提案する", false, false, None),
    ("来月から、お客様の声を大切にして提案します", false, false, None),
    ("12月1日から、安全に気をつけて運転します", false, false, None),
    ("顧客満足度を意識して、毎週3件の提案書を課長に出します", true, false, None),
    ("12月7日から、顧客満足度を意識して、毎週3件の提案書を課長に出します", true, true, Some((2026, 12, 7))),
    // The code review's cases: every attitude of manner set off by 、 lets the time bind
    // the act after it; ranking words only as whole phrases of ranking; 一番に入る is coming
    // in first, and はたらきかける no 入る.
    ("12月7日から、頑張って、毎週3件の提案書を課長に出します", true, true, Some((2026, 12, 7))),
    ("12月7日から、努めて、毎週3件の提案書を課長に出します", true, true, Some((2026, 12, 7))),
    ("From December 7, every Monday I will rank top risks with my team.", true, true, Some((2026, 12, 7))),
    ("From December 7, I will make the top 10 list of prospects every Monday.", true, true, Some((2026, 12, 7))),
    ("From December 7, I will come first to the office every day.", true, true, Some((2026, 12, 7))),
    ("12月7日から、毎朝一番に入ります", true, true, Some((2026, 12, 7))),
    ("12月7日から、毎週トップにはたらきかけます", true, true, Some((2026, 12, 7))),
    ("12月7日から顧客満足度を意識して課長に提案する", true, true, Some((2026, 12, 7))),
    ("顧客満足度を意識して毎週3件提案する", true, false, None),
    // A place in a ranking (トップ3に入る, 1位になる, finish in the top 3) is a result, as
    // a pass is: a deadline on it is no start, nor is "from then I get to work".
    ("来期までに営業成績トップ3に入る", true, false, None),
    ("2026年12月7日(月)から取りかかり、来期までに営業成績トップ3に入る", true, false, None),
    ("来期までに3位以内に入る", true, false, None),
    ("来年度中に支店で上位10%に入ります", true, false, None),
    ("3月までに営業所で1位になる", true, false, None),
    ("来期までに売上No.1になる", true, false, None),
    ("I will be ranked first in the region by next year.", true, false, None),
    ("I will rank in the top 10 by the end of the year.", true, false, None),
    ("By March I will finish in the top 3 in sales.", true, false, None),
    ("12月7日に、営業成績トップの先輩との面談を予約します", true, true, Some((2026, 12, 7))),
    // English says the attitude of 意識して with "with X in mind" (or keeping, bearing X
    // in mind), before or after the verb: with nothing the act has of its own it is that
    // attitude, and a date starts nothing; a count, a rhythm, a person, a place or an
    // object of its own keeps the act. "make proposals" is 提案する: a light verb and
    // its bare noun are the verb, not an object.
    ("Make proposals with customer satisfaction in mind.", false, false, None),
    ("From 7 December, I will make proposals with customer satisfaction in mind.", false, false, None),
    ("With customer satisfaction in mind, I will make proposals from 7 December.", false, false, None),
    ("From December 1, I will drive with safety in mind.", false, false, None),
    ("Keeping our customers in mind, I will give feedback from next week.", false, false, None),
    ("From 7 December, with customer satisfaction in mind, I will send my manager three proposals every week.", true, true, Some((2026, 12, 7))),
    ("From 7 December, I will make proposals to my manager with customer satisfaction in mind.", true, true, Some((2026, 12, 7))),
    ("From December 1, I will write the weekly report with the reader in mind.", true, true, Some((2026, 12, 1))),
    ("From December 1, I will listen to customers with their needs in mind.", true, true, Some((2026, 12, 1))),
    ("Bearing safety in mind, run a 10-minute check of the forklifts every morning from December 1.", true, true, Some((2026, 12, 1))),
    // Thinking, considering and reflecting in one's own head show nothing, whatever the
    // tense or the rhythm: 振り返る as 考える, "thought about", "reflected on", "look back
    // on" as "think about". Done with someone or somewhere (後輩と, チームで, 1on1で,
    // "with my manager"), a reflection is shared, and an act; what is made of the
    // thinking (話す, 書く, write down) is an act of its own.
    ("Last Friday I thought about my career.", false, false, None),
    ("Every evening I reflected on my day.", false, false, None),
    ("I considered three options for my next role last week.", false, false, None),
    ("Every Friday from December, I will look back on the week.", false, false, None),
    ("来週から毎晩、寝る前に一日の仕事を振り返ります", false, false, None),
    ("12月1日から、毎朝、前日の商談をふりかえる", false, false, None),
    ("12月から毎週金曜に、1週間の業務の振り返りを行います", false, false, None),
    ("自分で今年を振り返る", false, false, None),
    ("From December 7, I will reflect on the week with my manager every Friday.", true, true, Some((2026, 12, 7))),
    ("12月7日から、毎週金曜に課長と1週間の仕事を振り返ります", true, true, Some((2026, 12, 7))),
    ("12月から、毎週金曜にチームで1週間の仕事を振り返ります", true, true, Some((2026, 12, 1))),
    ("12月10日に、課長と今年の仕事を振り返ります", true, true, Some((2026, 12, 10))),
    // A review held with a person named in kana (田中さんと, 鈴木くんと, 後輩たちと, みんなと)
    // or 一緒に is shared, whatever form 振り返る takes, also when the partner is set off
    // by 、 with the meeting's length (田中さんと30分、…を振り返る). A length or a clock
    // time alone (寝る前に10分, 毎週金曜17時に) leaves it in one's head, and so does ちゃんと
    // (no one's name) or 自分で after a meeting with someone.
    ("1月8日から毎週金曜15時に、新人の田中さんと30分、請求業務の振り返りをします", true, true, Some((2027, 1, 8))),
    // A role named in kana with its honorific, as a phone user types it (2026-12-05: a
    // nursery teacher); たくさん is an amount, and names nobody.
    ("らいげつから おそばんのひに しんじんさんと ふりかえりをします", true, true, Some((2026, 12, 1))),
    ("来月から毎週たくさんとふりかえりをします", false, false, None),
    ("1月8日から毎週金曜15時に、新人の田中さんと30分、請求業務を振り返ります", true, true, Some((2027, 1, 8))),
    ("12月4日から毎週金曜16時に、佐藤さんと1週間の出荷ミスを振り返ります", true, true, Some((2026, 12, 4))),
    ("12月7日から、毎週月曜に後輩たちと前の週の受注を振り返る", true, true, Some((2026, 12, 7))),
    ("来月から月に1回、新人の鈴木くんと30分、日報の振り返りを行う", true, true, Some((2026, 12, 1))),
    ("12月10日の15時に、課長と一緒に今期の仕事の振り返りをします", true, true, Some((2026, 12, 10))),
    ("1月12日から毎週火曜、チームのみんなと15分、クレーム対応を振り返ります", true, true, Some((2027, 1, 12))),
    ("12月1日から、毎朝9時に田中さんと前日の問い合わせを振り返ります", true, true, Some((2026, 12, 1))),
    ("I will review export invoices with Tanaka-san every Monday from 11 January", true, true, Some((2027, 1, 11))),
    ("12月1日から毎晩、寝る前に10分、一日の仕事を振り返ります", false, false, None),
    ("12月4日から毎週金曜17時に、1週間の業務を振り返ります", false, false, None),
    ("12月1日から毎朝、ちゃんと前日の作業を振り返ります", false, false, None),
    ("12月10日に、田中さんとの面談の前に、自分で30分、今期の仕事を振り返ります", false, false, None),
    ("12月から毎日15分、一人で今日の仕事の振り返りを行う", false, false, None),
    ("毎日の仕事を振り返ります", false, false, None),
    ("自分の行動を振り返る", false, false, None),
    // Round 13's mends (a false ✓ on a review done alone). ちゃんと after a kanji is the
    // adverb, not a name and ちゃん; と before の names no partner (田中さんとの会話: a talk
    // held before, reviewed alone), though a kanji noun's と before の is read as before
    // (上司との面談); and a chunk set off by 、 gives a partner only when a person or a
    // group closes it with と (or で), at most a length or 一緒に between: not two things
    // joined (目標と、実績の差), a comparison (みんなと同じように) or a clause of its own
    // (家族と話したあと).
    ("1月8日から毎週ちゃんと1週間を振り返ります", false, false, None),
    ("1月8日から毎日ちゃんと振り返ります", false, false, None),
    ("1月8日から毎日ちゃんと1日の仕事を振り返ります", false, false, None),
    ("1月8日から毎週金曜に、目標と、実績の差を振り返ります", false, false, None),
    ("1月8日から毎週金曜、仕事と、家庭のことを振り返ります", false, false, None),
    ("1月8日から毎週金曜に、お客さまの声と、自分の対応を振り返ります", false, false, None),
    ("1月8日から毎週金曜、みんなと同じように、仕事を振り返ります", false, false, None),
    ("1月8日から、部下たちと同じ目線で、毎週振り返ります", false, false, None),
    ("1月8日から毎晩、家族と話したあと、1日を振り返ります", false, false, None),
    ("1月8日から毎週金曜に、田中さんとの会話を振り返ります", false, false, None),
    ("1月8日から毎週金曜に、お客さんとのやりとりを振り返ります", false, false, None),
    ("1月8日から毎週金曜に、上司との面談を振り返ります", true, true, Some((2027, 1, 8))),
    ("1月8日から毎週金曜15時に、田中さんと30分、振り返ります", true, true, Some((2027, 1, 8))),
    ("1月8日から毎週金曜に、課長と、1週間の仕事を振り返ります", true, true, Some((2027, 1, 8))),
    ("1月8日から毎週金曜に、チームで、1週間の仕事を振り返ります", true, true, Some((2027, 1, 8))),
    ("1月8日から毎週金曜に、課長と一緒に、1週間の仕事を振り返ります", true, true, Some((2027, 1, 8))),
    ("毎晩、一日の仕事をふりかえって手帳に書く", true, false, None),
    ("12月7日から、考えたことを課長に話します", true, true, Some((2026, 12, 7))),
    ("From Monday I will write down what I thought about each day.", true, true, Some((2026, 11, 30))),
    // An age (50歳, 60才, 50代) says who, not how much: it is no count that measures an act.
    ("50歳を機に、これからの働き方を見直します。", false, false, None),
    ("65歳まで元気に働ける体を作る", false, false, None),
    ("60才になったら、地域のボランティアに少しずつ関わる", false, false, None),
    ("50歳の節目。これからのキャリアをじっくり考える", false, false, None),
    // …while a grade (2級) and a count of days still count.
    ("来年3月までに簿記2級をとります", true, false, None),
    ("12月から、毎日の作業記録をとります", true, true, Some((2026, 12, 1))),
    ("12月28日に、有給休暇をとる", true, true, Some((2026, 12, 28))),
    // Figures inside a name (1on1, 2on2) count nothing: "more" stays open beside them.
    ("1on1をもっと有効に使う", false, false, None),
    ("来月から、部下との2on2をもっと充実させる", false, true, Some((2026, 12, 1))),
    ("I will make better use of my 1on1s with my manager.", false, false, None),
    // A verb that says only that one works (作業する, work) with a count or a rhythm is
    // an act the objective test sees, and so a time starts it; without one it is not.
    ("来月から、毎週金曜に係長と一緒に作業します", true, true, Some((2026, 12, 1))),
    ("来月から、係長に教わるため、毎週金曜に30分もらって一緒に作業する。", true, true, Some((2026, 12, 1))),
    ("From next month, I will work two evening shifts a week at the front desk.", true, true, Some((2026, 12, 1))),
    ("来月から、係長と一緒に作業します", false, false, None),
    // A clause of purpose in 〜よう(に)、 (so that) dates what it aims at, not the act.
    ("上長との面談を12/7の週に入れてもらうよう、今日中に依頼する", true, true, Some((2026, 11, 23))),
    ("1月の研修に間に合うように、来週月曜までに申し込む", true, true, Some((2026, 11, 30))),
    ("4月から困らないよう、12月中に後任に手順書を渡す", true, true, Some((2026, 12, 31))),
    // What the act prepares for, in the stem form before 、 as in the て form (に備え、,
    // に向け、): its time is what is prepared for, not the act's.
    ("税務の繁忙期（2〜3月）に備え、12月中に想定問答を作る", true, false, None),
    ("監査（1月）に向け、来週から毎朝30分、伝票を点検する", true, true, Some((2026, 11, 30))),
    // A note whose act that opens something is the topic and its time the comment
    // (申請は11/27までに): that act, by that day, as 申込、〆12/10.
    ("12/25(金)に有休を取る。申請は11/27までに", true, true, Some((2026, 11, 27))),
    ("申込は12/10まで。", true, true, Some((2026, 12, 10))),
    ("来期の予算案、部長へのレビュー依頼は12月4日まで", true, true, Some((2026, 12, 4))),
    ("研修は12/10。", false, false, None),
    // A note that ends in a percentage (入力率100%, 前年比110%) is a level to reach: a
    // result, measurable, whose deadline starts nothing.
    ("3Q末までにSFA入力率100%", true, false, None),
    ("上期比で契約件数１２０％", true, false, None),
    ("来期中に顧客満足度90%。", true, false, None),
    // An imperative that brings something to a level or by an amount ("Cut p99 latency
    // by 30%", "Raise test coverage to 80%") states a result, as "Reduce …" does; cutting
    // a branch or raising an issue stays an act.
    ("Cut p99 latency by 30% this half.", true, false, None),
    ("Raise test coverage to 80% by the end of March.", true, false, None),
    ("Boost weekly active users to 500 by next March.", true, false, None),
    // A word written in capitals (VLOOKUP, HR, KPI) is a name, never the verb of an act
    // chained by "and".
    ("Get more comfortable with pivot tables and VLOOKUP over the winter.", false, false, None),
    ("From December 1, update the KPI sheet and email HR every Friday.", true, true, Some((2026, 12, 1))),
    // What a leading clause of reason says happened ("Since I missed the promotion, …")
    // commits to nothing, as a Japanese clause in ので does not.
    ("Since I missed the promotion this year, I'm going to stay motivated.", false, false, None),
    ("Because I finished the course last week, I will teach it to two juniors from December 7.", true, true, Some((2026, 12, 7))),
    // A date in figures takes the English preposition before it as a date in words does:
    // "by 12/25", "until 12/25" are deadlines, which start only an act that opens something.
    ("I will make the manual by 12/25.", true, false, None),
    ("Until 12/25, I will update the manual every day.", true, false, None),
    ("I will sign up for the course by 12/10.", true, true, Some((2026, 12, 10))),
    ("From 12/7, I will update the manual every day.", true, true, Some((2026, 12, 7))),
    // An English sentence with a Japanese noun in it (勉強会, 議事録) keeps English word
    // order: with no hiragana to join them, the words around it are English.
    ("Set up a 勉強会 on cloud cost for the sales team, 1st session 12/15 (Tue).", true, true, Some((2026, 12, 15))),
    ("From 12/7, I will share the 議事録 in English within a day after each meeting.", true, true, Some((2026, 12, 7))),
    ("TOEIC申込、〆12/10", true, true, Some((2026, 12, 10))),
    // A note in brackets after the predicate (許可取り済, 予定) closes the sentence, with a
    // time in it or not: the predicate ends before it.
    ("1/6(水)のエリア巡回から同行させてもらう(許可取り済)", true, true, Some((2027, 1, 6))),
    ("12月から毎朝15分、売場の在庫を点検する（店長と相談済み）", true, true, Some((2026, 12, 1))),
    // Reducing or increasing something to a level or by a share (半分に減らす, 月3件以下に
    // 減らす, 2倍に増やす) states a result, as "cut … by 30%" does: measurable, and its time
    // starts nothing. Reducing with no level stays an open amount.
    ("次のスプリントでバグの起票数を半分に減らす", true, false, None),
    ("来月から、クレーム件数を月3件以下に減らす", true, false, None),
    ("来期中に新規の取引先を2倍に増やします", true, false, None),
    ("来年3月までに残業を月20時間以内に減らす", true, false, None),
    ("12月7日から、新規訪問を1日3件に増やす", true, true, Some((2026, 12, 7))),
    // Weekdays joined by a slash (Tue/Thu) are a weekly rhythm, as "every Tue and Thu",
    // which a date given with it starts.
    ("Block 7-8am Mon/Wed for Python practice starting Dec 7.", true, true, Some((2026, 12, 7))),
    // "registration closes Dec 11", "deadline Dec 11": a closing day is a deadline, as
    // 〆12/11 is, and the sign-up comes before the session it books.
    ("Sign up for the leadership workshop on January 20 - registration closes Dec 11.", true, true, Some((2026, 12, 11))),
    // Being someone or something (先輩でいる, 笑顔でいます: で after a noun, then いる) is a
    // state kept, as 〜のままでいる; 読んでいる is an act under way.
    ("後輩にとって相談しやすい先輩でいる", false, false, None),
    ("来月から、職場ではいつも笑顔でいます", false, false, None),
    ("先月から、毎朝15分英語のニュースを読んでいます", true, true, Some((2026, 10, 1))),
    // A weekday or a business day counted within a year in figures: its January.
    ("On the first business day of 2027, send my manager a draft of my career plan.", true, true, Some((2027, 1, 4))),
    ("On the second Monday of 2027, hold the first team lunch.", true, true, Some((2027, 1, 11))),
    // Members the closed lists lacked: 申し入れる asks, as 申し出る; handing over is
    // sending; winning a contest (優勝, 入賞) is a place reached; telling which suits one
    // (見極める) happens in one's head; being of use (役に立つ) is contributing; and
    // spreading something (広める) leaves its amount open, as 広げる.
    ("12/25までに上司に面談を申し入れる", true, true, Some((2026, 12, 25))),
    ("Hand over the first draft of the pricing deck to my manager by Wednesday 2 Dec.", true, true, Some((2026, 12, 2))),
    ("1月末の社内コンテストで優勝する", true, false, None),
    ("営業と企画、どちらが向いているか見極める", false, false, None),
    ("スキルを伸ばして、部署の役に立つ", false, false, None),
    ("UXの知見をチームに広める", false, false, None),
    // A level taken or reached with 以上 (A以上を取る, 銅メダル以上) is a result, as a
    // score is; time taken (30分以上の時間を取る) and a count (月3冊以上) are not levels.
    ("次の人事評価でA以上を取る", true, false, None),
    ("来期中にコンテストで銀賞以上", true, false, None),
    ("来期中にコンテストで銅メダル以上", true, false, None),
    ("12月から、毎朝30分以上の時間を取って英語を勉強する", true, true, Some((2026, 12, 1))),
    // Making something into a kind of thing described before it (話しやすい職場にする,
    // 部下の話を聞く時間にする) is a state made, with no count or rhythm to see; with one
    // (毎月1日は家族と夕食をとる日にする), or a thing named by itself (10時出社にする), an act.
    ("来年度から、話しやすい職場にしていきます", false, false, None),
    ("週1回の面談は部下の話を聞く時間にする", true, false, None),
    ("1on1は部下の話を聞く時間にする", false, false, None),
    ("12月からは10時出社にします", true, true, Some((2026, 12, 1))),
    // Round 12 (batch 31). After a leading time with no comma, any word before a bare
    // noun and how often is an imperative, as after a comma.
    ("from Dec 14 count returned parcels every day", true, true, Some((2026, 12, 14))),
    ("From 1 Dec log customer calls every morning and send a summary to my lead", true, true, Some((2026, 12, 1))),
    // A proposal put to someone is handed over: a deadline on it is a start.
    ("今月中に、ホームページの改訂を部長に提案する", true, true, Some((2026, 11, 30))),
    ("Propose a new shelf layout to the store manager by December 11.", true, true, Some((2026, 12, 11))),
    // A grade taken in an appraisal is a result, in kanji or in kana.
    ("12月の人事評価でS評価を取ります", true, false, None),
    ("次の評価面談で評価Bをとる", true, false, None),
    // As a deadline, the weekend ends on its Sunday (as 中旬までに on the 20th).
    ("週末までに部長にメールする", true, true, Some((2026, 11, 29))),
    ("今週末までに、改善案を3つ書いて課長にメールする", true, true, Some((2026, 11, 29))),
    ("Email the manager by the weekend.", true, true, Some((2026, 11, 29))),
    // A level said in a word ("to zero") is a level, as ゼロに.
    ("Cut late deliveries to zero by March.", true, false, None),
    ("I will reduce data entry errors to zero by the end of January.", true, false, None),
    // Some point within a time (どこかのタイミングで) leaves it vague.
    ("来月、どこかのタイミングで課長に相談する", true, false, None),
    ("来月のどこかの時点で講座に申し込む", true, false, None),
    // Getting through a time (乗り切る, 乗り越える) is spending it, as 過ごす.
    ("睡眠を意識して繁忙期を乗り切ります", false, false, None),
    ("来月から年末商戦を乗り越える", false, false, None),
    // Weighing something with someone (係長と検討する, チームで検討する) is a discussion.
    ("来月から毎週30分、係長と在庫配置の見直し案を検討します", true, true, Some((2026, 12, 1))),
    ("12月7日から、毎週金曜にチームで売場のレイアウト案を検討する", true, true, Some((2026, 12, 7))),
    // Events: the day or week after one happened (内示が出た翌日から, 棚卸しが済んだ翌週に),
    // an event ended (セール終了後), and the company's sales and campaigns.
    ("棚卸しが済んだ翌週に、欠品リストを課長に送る", true, true, None),
    ("異動の内示が出た翌日から、引継書を書き始める", true, true, None),
    ("冬のセール終了後、最初の朝礼で売れ筋を3つ発表する", true, true, None),
    ("キャンペーンが終わったら、結果を課長に報告する", true, true, None),
    ("After the winter sale, present three customer cases at the first morning meeting.", true, true, None),
    // Various people (いろんな人, 様々な業界の人) with no count: which, and how many?
    ("いろいろな部署の人と話す", false, false, None),
    ("様々な業界の人と話します", false, false, None),
    // Becoming what a licence names (…士, …師) is the licence obtained, a result.
    ("3年後までに中小企業診断士になります", true, false, None),
    ("2年以内に認定薬剤師になる", true, false, None),
    // Round 13. A 、 after を ends no predicate: the object stays with the verb after it.
    ("研修の受講申込を、12月4日までに済ませます", true, true, Some((2026, 12, 4))),
    ("研修のレポートを、12月4日までに仕上げます", true, false, None),
    // A count brought to a share of itself (半分にする, 2倍にする) is a result; a length
    // set for a way of working (30分以内にする) is not.
    ("来月から返品の件数を半分にします", true, false, None),
    ("1月から紹介案件の数を2倍にします", true, false, None),
    ("来月から会議を30分以内にします", true, true, Some((2026, 12, 1))),
    // A dated event, and the day or week after whatever verb says it happened; a day in
    // brackets after a weekday only writes it out again.
    ("12/8の品質監査が済んだ翌日から、毎朝点検表を課長に送ります", true, true, Some((2026, 12, 9))),
    ("来週水曜（12/2）の全体会議が終わった翌週から、週報を部長に送ります", true, true, Some((2026, 12, 7))),
    ("来週水曜（12/2）の全体会議で、週報の様式を部長に提案します", true, true, Some((2026, 12, 2))),
    // A day written out in figures after の says which day the time before it meant; a
    // day named in katakana runs straight into its event (クリスマス会).
    ("クリスマス宴会の翌日の12/27から、配膳ミスの記録表をつけ始めます", true, true, Some((2026, 12, 27))),
    ("クリスマス宴会が終わった翌日から、配膳ミスの記録表をつけ始めます", true, true, Some((2026, 12, 26))),
    ("来月の12/7に、改善案を課長に提出します", true, true, Some((2026, 12, 7))),
    // A note ending in a noun, with a note in brackets after it.
    ("12/3 14時 人事部の先輩と面談（アポ取得済み）", true, true, Some((2026, 12, 3))),
    ("12/3 人事部の先輩と面談（日程は調整中）", true, true, Some((2026, 12, 3))),
    ("12/3 資格取得（受験料支給済み）", true, false, None),
    // 〜ようにする with no rhythm is a habit with how often left open; with a rhythm, or
    // handed to someone each time, it is the act.
    ("会議の議事録を丁寧に書くようにします", false, false, None),
    ("お客様の要望をメモに残すようにする", false, false, None),
    ("毎朝8時に日報を書くようにします", true, false, None),
    ("来週から、週報を課長に送るようにします", true, true, Some((2026, 11, 30))),
    // Only a thing handed over, or a practice carried to another channel, keeps its
    // rhythm: asking, listening, thanking or reporting as a habit leaves how often open.
    ("1月8日から、上司に相談するようにします", false, true, Some((2027, 1, 8))),
    ("1月8日から、お客様に提案するようにします", false, true, Some((2027, 1, 8))),
    ("1月8日から、部下の話を聞くようにします", false, true, Some((2027, 1, 8))),
    ("1月8日から、部下に声をかけるようにします", false, true, Some((2027, 1, 8))),
    ("1月8日から、後輩に感謝を伝えるようにします", false, true, Some((2027, 1, 8))),
    ("1月8日から、上司に報告するようにします", false, true, Some((2027, 1, 8))),
    ("1月8日から、会議の議事録を上司に送るようにします", true, true, Some((2027, 1, 8))),
    ("1月8日から、電話だけでなくメールでも報告するようにします", true, true, Some((2027, 1, 8))),
    // Doing something well (うまく, 上手に) leaves how well open, unless a count says it.
    ("後輩への引き継ぎを上手にやる", false, false, None),
    ("取引先との調整をうまく進めます", false, false, None),
    ("毎週金曜に1回、後輩の資料作りを上手に手伝います", true, false, None),
    // "year-end" with no fiscal year named is the calendar year's end, as 年末.
    ("Register for the leadership course by year-end.", true, true, Some((2026, 12, 31))),
    ("Register for the leadership course by fiscal year-end.", true, true, Some((2027, 3, 31))),
    // Once the busy time is over, whenever that is: vague, even before a time.
    ("Once things quiet down after the audit, ask HR about the mentoring program.", true, false, None),
    ("Right after the winter break, book a session with a career coach.", true, true, Some((2027, 1, 4))),
    // Round 14 (batch 35). 割 counts tenths, as % counts hundredths: a count changed by
    // a share of itself is a result; 割引 with no change of an amount is no share, and a
    // change by no share leaves the amount open.
    ("今期中に工数を2割削減する", true, false, None),
    ("年度内に装置立ち上げの工数を２割削減します", true, false, None),
    ("来月から、3割引のクーポンを毎週お客様に配ります", true, true, Some((2026, 12, 1))),
    ("来月から、残業時間を減らします", false, true, Some((2026, 12, 1))),
    // After a deadline, an end of a period written as one word with a noun (年末回顧企画
    // の, 年末調整の) names a kind of thing, and the deadline is the act's; alone, the
    // end of the period still says when.
    ("12月10日までに、年末回顧企画の原稿を書き上げます", true, false, None),
    ("12月10日までに、年末調整の書類を総務に提出します", true, true, Some((2026, 12, 10))),
    ("年末大掃除を課のみんなと行います", true, true, Some((2026, 12, 31))),
    // A note whose topic opens something, with its time last and its に kept; a topic
    // that opens nothing is no act.
    ("・運行管理者試験 → 受験申込は12月中に", true, true, Some((2026, 12, 31))),
    ("講習の申込は年内に", true, true, Some((2026, 12, 31))),
    ("勉強は年内に", false, false, None),
    // Paying a fee in hands money over, as buying does; a deadline on reading opens nothing.
    ("1月8日までに、セミナーの受講料を振り込みます", true, true, Some((2027, 1, 8))),
    ("1月8日までに、セミナーの資料を読みます", true, false, None),
    // Learning how to do something (覚える) is a skill acquired, as 身につける; with a
    // count it is measured.
    ("紙面レイアウトソフトの操作を覚えます", false, false, None),
    ("来月から、毎日新しい英単語を10個覚えます", true, true, Some((2026, 12, 1))),
    // 来年の before a named day: that day of next year, not its 1 January.
    ("来年のゴールデンウィーク明けから、新人向けの研修を週1回行います", true, true, Some((2027, 5, 6))),
    ("来年の海の日に、地域の清掃活動に参加します", true, true, Some((2027, 7, 19))),
    ("来年のクリスマスに、忘年会を開きます", true, true, Some((2027, 12, 25))),
    ("来年の4月から、通信講座を受講します", true, true, Some((2027, 4, 1))),
    // A day used for the act (を使って、を利用して) is its day, and the act is the one after
    // the means; a time the act takes (今年度を振り返り) is not, nor one used for an attitude.
    ("来週月曜の祝日を使って、オンライン説明会に参加します", true, true, Some((2026, 11, 30))),
    ("土曜日を利用して、簿記の模試を受けます", true, true, Some((2026, 11, 28))),
    ("来月の連休を使って、資格の勉強を頑張ります", false, false, None),
    ("今年度を振り返り、課長に報告します", true, false, None),
    // The same day again in brackets restates the time before it, which keeps "by".
    ("By the end of Q3 (Dec 31) I'll have read the supply-chain textbook.", true, false, None),
    ("By the end of Q3 (Dec 31) I'll sign up for the course.", true, true, Some((2026, 12, 31))),
    // A weekday's possessive names that day's occasion; after a determiner the weekday
    // names a kind of meeting, as before.
    ("I'll explain the new logbook to all staff at Thursday's morning meeting.", true, true, Some((2026, 11, 26))),
    ("I'll explain the new logbook to all staff at the Thursday morning meeting.", true, false, None),
    // The first session of something opens it, whatever verb takes it; a weekly class
    // goes on.
    ("By Dec 4 I'll have had my first session with the career coach.", true, true, Some((2026, 12, 4))),
    ("By Dec 4 I'll attend the weekly class.", true, false, None),
    // A bare want is a wish, for others' acts as for one's own; asking them is an act.
    ("I want patients to feel at ease with me.", false, false, None),
    ("I want my team to submit reports every Friday.", false, false, None),
    ("From December, I will ask my team to submit reports every Friday.", true, true, Some((2026, 12, 1))),
    // Becoming the head or chief of something is a promotion; a better listener is not.
    ("Become head teacher by next April.", true, false, None),
    ("Become a better listener by April.", false, false, None),
    // Pitching an idea to someone puts a proposal to them; pitching in hands nothing over.
    ("I'll pitch a series on rural bus routes to the editor by Dec 9.", true, true, Some((2026, 12, 9))),
    ("I'll pitch in with the stock count by Friday.", true, false, None),    // Round 15. A Japanese time before an English clause is only the time: the clause is
    // read in English order (and an English time before a Japanese clause as before).
    ("来週の月曜日から、I will write 日報 in Japanese by myself.", true, true, Some((2026, 11, 30))),
    ("12月14日から I will check 不良 data every Monday.", true, true, Some((2026, 12, 14))),
    ("来月から I will join the Python 勉強会 every Thursday.", true, true, Some((2026, 12, 1))),
    ("12月7日までに I will sign up for the 簿記 course.", true, true, Some((2026, 12, 7))),
    ("来月から、I will try my best at 英語.", false, false, None),
    ("来週から I will be more careful with 日報.", false, false, None),
    ("From next Monday, 日報を毎日書きます。", true, true, Some((2026, 11, 30))),
    ("From December, 英語の勉強を頑張ります。", false, false, None),
    // A Japanese noun of an opening act where the English verb stands is that act.
    ("I will 申し込み QC検定 by 12月20日.", true, true, Some((2026, 12, 20))),
    ("I will 予約 the dentist by Dec 4.", true, true, Some((2026, 12, 4))),
    ("I will 提出 the 企画書 to my manager by 12/10.", true, true, Some((2026, 12, 10))),
    ("I will 勉強 QC検定 by 12月20日.", true, false, None),
    // A deadline on a chain whose later act hands the thing to a person (show it to, 見せ
    // る, 渡す) opens, as 提出する does; making it alone, or showing to nobody, does not.
    ("By end of December, I will make a plan of my study and show it to my boss.", true, true, Some((2026, 12, 31))),
    ("12月末までに勉強の計画を作って、課長に見せます", true, true, Some((2026, 12, 31))),
    ("来月10日までに面談シートを書いて、部長に渡します", true, true, Some((2026, 12, 10))),
    ("By end of December, I will make a plan of my study.", true, false, None),
    ("12月末までに勉強の計画を作ります", true, false, None),
    ("By Friday I will show leadership in the meeting.", true, false, None),
    // "Term" and "period" are 期; the Japanese word may stand after "before"; 上期末 is the
    // end of the first half (30 September), 下期末 the fiscal year's.
    ("One month before the end of the term, I will hold a study session for new staff.", true, true, Some((2027, 3, 1))),
    ("From the 1 month before the end of term, I will hold a study session.", true, true, Some((2027, 3, 1))),
    ("From one month before 期末, I will hold a study session for new staff.", true, true, Some((2027, 3, 1))),
    ("Two weeks before the end of the period, I will hold a review meeting.", true, true, Some((2027, 3, 17))),
    ("By the end of the term, I will sign up for the course.", true, true, Some((2027, 3, 31))),
    ("上期末の1か月前から、経理の新人を集めて勉強会を開きます", true, true, Some((2027, 9, 1))),
    ("上期末までに、社内公募に応募します", true, true, Some((2027, 9, 30))),
    ("下期末の1か月前から、若手を集めて勉強会を開きます", true, true, Some((2027, 3, 1))),
    ("上期から、若手を集めて勉強会を開きます", true, true, Some((2027, 4, 1))),
    ("By the end of the term, I will pass the exam.", true, false, None),
    // A year and a month in figures (2027/1) is that month's first day.
    ("I will make the improvement proposal one per month from 2027/1.", true, true, Some((2027, 1, 1))),
    ("2027/4から、毎月改善提案を1件出します", true, true, Some((2027, 4, 1))),
    ("From 2027/1/4, I will check the data every Monday.", true, true, Some((2027, 1, 4))),
    ("I will read 2027/1.5 books every month.", true, false, None),
    ("2027-1から、毎月改善提案を1件出します", true, false, None),
    // A rhythm "from" a day of the last month has begun: this year's. A one-off act on a
    // day just gone, a day further back, or a year said keep the coming one.
    ("From 11/2, 毎週月曜 I will check the 不良 data.", true, true, Some((2026, 11, 2))),
    ("11月2日から、毎週月曜の朝会で進捗を報告します", true, true, Some((2026, 11, 2))),
    ("From November 16, I will walk to work every day.", true, true, Some((2026, 11, 16))),
    ("11月1日に講座に申し込みます", true, true, Some((2027, 11, 1))),
    ("10月1日から、毎週月曜の朝会で進捗を報告します", true, true, Some((2027, 10, 1))),
    ("来年の11月2日から、毎週月曜の朝会で進捗を報告します", true, true, Some((2027, 11, 2))),
    // Not doing something is no act; an honest "nothing yet" is neither act nor time.
    ("残業はしないようにします", false, false, None),
    ("特にありません", false, false, None),
    ("Nothing in particular.", false, false, None),
    ("I will not do overtime.", false, false, None),
    // Issue #13, round 15 (batch 37). Putting one's name down for something signs up
    // for it; writing one's name on a form opens nothing.
    ("Put my name down for the forklift course by 4 Dec.", true, true, Some((2026, 12, 4))),
    ("Write my name on every form by 4 Dec.", true, false, None),
    // "next" before a month's name is the coming one, and the preposition before "next"
    // binds it: a deadline on an act that opens nothing is no start.
    ("By next March, write the safety manual.", true, false, None),
    ("By next March, register for the safety course.", true, true, Some((2027, 3, 1))),
    ("From next April I will chair the weekly safety meeting.", true, true, Some((2027, 4, 1))),
    // A day in brackets after a month or a week (or the occasion in it) says which day of
    // it; a bracket after から is no such day.
    ("再来週（12月9日）から、朝礼で安全目標を読み上げます", true, true, Some((2026, 12, 9))),
    ("From next month (Dec 4), log every delayed flight in the sheet.", true, true, Some((2026, 12, 4))),
    ("1月の棚卸日（1月8日）から、在庫表を毎日更新します", true, true, Some((2027, 1, 8))),
    ("12月から（1月10日まで）毎朝倉庫を掃除する", true, true, Some((2026, 12, 1))),
    // A weekday beside a date in figures tells which order the writer used.
    ("Friday 4/12/2026: begin counting pallets every morning.", true, true, Some((2026, 12, 4))),
    ("Monday 12/7/2026: begin counting pallets every morning.", true, true, Some((2026, 12, 7))),
    // A seat described by a clause before it is a kind of person; a seat in a unit is a
    // promotion.
    ("部下に信頼される係長になります", false, false, None),
    ("皆に頼りにされるリーダーになる", false, false, None),
    ("来年度中に物流課の課長になります", true, false, None),
    // A post with a title of its own, or a contract changed, is a result as a seat is; a
    // licence is obtained whatever name stands between "get" and "certified".
    ("3年後には杜氏になります", true, false, None),
    ("惣菜チーフになる", true, false, None),
    ("来年中に正社員になります", true, false, None),
    ("Get Salesforce certified by March.", true, false, None),
    ("Become a licensed optician by 2028.", true, false, None),
    ("Become a better listener by April.", false, false, None),
    // A hedge inside what a noun holds ("a plan to recycle more pallets") leaves the act
    // as it is; "more often" after the act leaves its amount open.
    ("On December 10 I'll present a plan to recycle more pallets at the safety meeting.", true, true, Some((2026, 12, 10))),
    ("I will give a talk to new staff more often.", false, false, None),
    // What a clause after a subordinator says ("even though I'm retiring next year") is a
    // circumstance, not the act, nor the act's time.
    ("I'll try to stay curious even though I'm retiring next year.", false, false, None),
    ("Because I'm moving to the Osaka branch in April, I'll hand over my clients by March 20.", true, true, Some((2027, 3, 20))),
    // 〜よう工夫する aims an effort at a state, as 〜よう心がける; 工夫 with its own object
    // stays an act with its amount open.
    ("来月から、資料をもっと見やすくなるよう工夫します", false, false, None),
    ("来月から、展示パネルの配置を工夫します", false, true, Some((2026, 12, 1))),
    // Composure is how one acts: it colours a habit, not an act done once on a day.
    ("今後はクレーム対応でも冷静に話を聞きます", false, false, None),
    ("Respond calmly to every complaint.", false, false, None),
    ("12月3日、冷静に来期の予算案を課長に説明します", true, true, Some((2026, 12, 3))),
    // Keeping up with a field is staying informed; catching up with a person is a meeting.
    ("Keep up with the latest aviation regulations.", false, false, None),
    ("Catch up with my mentor on Friday.", true, true, Some((2026, 11, 27))),
    // Making a start says only that one begins; starting a named thing opens it. A year
    // of service (入社3年目) counts nothing.
    ("4月から、新しい気持ちでスタートを切ります", false, false, None),
    ("12月1日から朝の点検表の記入をスタートします", true, true, Some((2026, 12, 1))),
    ("4月1日、入社3年目。", false, false, None),
    // A weekday that makes one noun in brackets (日曜クラス) names a class, not a day.
    ("簿記学校の2級講座（日曜クラス）に1月10日の初回から通います", true, true, Some((2027, 1, 10))),
    // A number brought to a figure (件数を月20件に) is a result; a count alone is a rhythm.
    ("来期は訪問件数を月20件に増やす", true, false, None),
    ("来月から訪問を1日2件に増やす", true, true, Some((2026, 12, 1))),
    // 出す toward someone with へ hands the thing in, whatever it is, as 提出 does; with
    // no one named, 出す opens nothing.
    ("12月4日までに、不備一覧を課長へ出します", true, true, Some((2026, 12, 4))),
    ("12月4日までに、不備一覧を作って本社へ出します", true, true, Some((2026, 12, 4))),
    ("12月4日までに、改善のアイデアを出します", true, false, None),
    // どこかで right after a time is some point within it, as vague as どこかのタイミングで;
    // after a place it is somewhere, and a range of days stays a window.
    ("来年のどこかで、外部セミナーに参加します", true, false, None),
    ("来月のどこかで、課長に異動の相談をします", true, false, None),
    ("12月3日に、社内のどこかで後輩と面談します", true, true, Some((2026, 12, 3))),
    ("12/21〜12/25のどこかで上司に相談します", true, true, Some((2026, 12, 25))),
    // A word that leaves the amount open ("more") is no verb before a name in capitals.
    ("Next year: more ICT.", false, false, None),
    ("From January: more SQL.", false, false, None),
    ("Next month: email HR about the course.", true, true, Some((2026, 12, 1))),
    // Beginning to think is thinking; beginning an act is that act.
    ("Next month, I will start thinking seriously about my career.", false, false, None),
    ("From next month I will begin reflecting on my week.", false, false, None),
    ("Next month I will start keeping a log of my overtime.", true, true, Some((2026, 12, 1))),
    ("来月から、キャリアについて考え始めます", false, false, None),
    ("来月から、異動について検討し始めます", false, false, None),
    ("来月から、日報を書き始めます", true, true, Some((2026, 12, 1))),
    // A note of an act done at a gathering (説明会で発表) names where it is seen; で after
    // other nouns may say how (笑顔で対応).
    ("・12/8 代理店向け説明会で発表（新ルール）", true, true, Some((2026, 12, 8))),
    ("12/10 定例会議で報告", true, true, Some((2026, 12, 10))),
    ("12/8 笑顔で対応", false, false, None),
    // Getting started (取りかかる, 着手する, 始める, "get started") with nothing begun
    // named says only that one begins: a date on it starts no exam taken later, and
    // nothing anyone could see. With what is begun named, or an act chained after it
    // with no time of its own, it starts that.
    ("12月7日から取りかかり、来年度中に一次試験を受ける", true, false, None),
    ("2026年12月7日(月)から取りかかり、来年度中に技術士の一次試験を受ける", true, false, None),
    ("12月7日から着手し、来年度中に一次試験を受ける", true, false, None),
    ("12月7日から始め、来年度中に一次試験を受ける", true, false, None),
    ("Starting 7 December I will get started on it and sit the exam before next March.", true, false, None),
    ("From Monday I will get started.", false, false, None),
    // Alone, what is begun goes unnamed; but the same words beside the act they mean
    // date it (below), and a sentence cannot tell which: read as an opening, as before
    // (a false ✓ rather than a false ✗).
    ("来月から始めます", true, true, Some((2026, 12, 1))),
    ("らいげつからはじめる", true, true, Some((2026, 12, 1))),
    ("12月7日から取りかかり、毎朝30分テキストを読みます", true, true, Some((2026, 12, 7))),
    ("12月から資料作成に着手します", true, true, Some((2026, 12, 1))),
    ("12月10日までに資料作成に着手します", true, true, Some((2026, 12, 10))),
    ("来月から勉強をはじめる", true, true, Some((2026, 12, 1))),
    // Alone in its sentence, beside the act it means, a beginning dates that act.
    ("毎朝、記録を読み返します。来週月曜から始めます。", true, true, Some((2026, 11, 30))),
    ("来週月曜から始めます。毎朝、記録を読み返します。", true, true, Some((2026, 11, 30))),
    ("I will check the log every morning. I start next Monday.", true, true, Some((2026, 11, 30))),
    // Common words of time in hiragana are read as their kanji: らいげつ as 来月.
    ("らいげつからFPのテキストよむ", true, true, Some((2026, 12, 1))),
    ("らいしゅうからまいにちテキストをよむ", true, true, Some((2026, 11, 30))),
    ("ぼくはらいげつから毎朝ジョギングします", true, true, Some((2026, 12, 1))),
    ("ことしじゅうに簿記の講座にもうしこむ", true, true, Some((2026, 12, 31))),
    ("こんげつまつまでに講座にもうしこむ", true, true, Some((2026, 11, 30))),
    ("あすから日報をかく", true, true, Some((2026, 11, 24))),
    ("さっそくきょうから日記をかく", true, true, Some((2026, 11, 23))),
    ("げつようからFPのテキストをよむ", true, true, Some((2026, 11, 30))),
    ("もくようびに課長にそうだんする", true, true, Some((2026, 11, 26))),
    ("こんどこそ講座に申し込む", true, false, None),
    ("らいげつからほんきだす", false, false, None),
    // A date, a time or a count typed in hiragana after a figure (12がつ1にち, 5ふん,
    // しゅう3かい) is read as in kanji (a 19-year-old's flick input, 2026-12-04).
    ("12がつ1にちから　まいあさ　きかいのてんけんをする", true, true, Some((2026, 12, 1))),
    ("12がつ1にちから、まいあさ5ふんはやくきて　きかいのてんけんをする", true, true, Some((2026, 12, 1))),
    ("1がつ8にちまでに　フォークリフトのこうしゅうに　もうしこむ", true, true, Some((2027, 1, 8))),
    ("2しゅうかんいないに　はんちょうに　そうだんする", true, true, Some((2026, 12, 7))),
    // …and so are a month, a day after it and a year's words in hiragana (らいねんの
    // しがつから was a time with no act, and its example put a second date before it).
    ("らいねんのしがつから　フォークリフトのこうしゅうにいく", true, true, Some((2027, 4, 1))),
    ("らいねんどから　QCのべんきょうかいにでる", true, true, Some((2027, 4, 1))),
    ("12がつ10かから　まいにち　こうぐをてんけんする", true, true, Some((2026, 12, 10))),
    ("じゅうにがつはつかまでに　はんちょうに　そうだんする", true, true, Some((2026, 12, 20))),
    ("ねんないに　はんちょうに　そうだんする", true, true, Some((2026, 12, 31))),
    ("にがつまつまでに　しけんに　もうしこむ", true, true, Some((2027, 2, 28))),
    // いつか alone is "some day", not the 5th; after 来月 it is no day either (来月 is
    // read, as before the days in kana were).
    ("来月いつか　フォークリフトのほんをかう", true, true, Some((2026, 12, 1))),
    ("いつか　フォークリフトの資格をとりたい", false, false, None),
    // Asking someone in kana opens an answer, as 聞く does: a deadline on it is a start.
    ("げつまつまでに　にっぽうのかきかたを　せんぱいにきく", true, true, Some((2026, 11, 30))),
    // Enjoying one's work is a feeling, as valuing it is; an act beside it stays one.
    ("I will enjoy every shift with my team.", false, false, None),
    ("From next month, enjoy the job more.", false, false, None),
    ("On Monday I will list my tasks and rank them by how much I enjoy them.", true, true, Some((2026, 11, 30))),
    // A process carried on (準備を進める, 引き継ぎを進めます) says nothing of how much;
    // with an amount or a rhythm it is an act (a rehired employee's hand-over, 2026-12-04).
    ("1月から、引き継ぎを進めます", false, false, None),
    ("資料の準備を進める", false, false, None),
    ("毎週1つ、引き継ぎを進めます", true, false, None),
    ("12月7日から毎週金曜に30分、引き継ぎを進めます", true, true, Some((2026, 12, 7))),
    ("毎日1時間、参考書を進める", true, false, None),
    // Passing know-how on hands it down; it passes no exam.
    ("From Monday I will pass on one of my checks to the new hire every week.", true, true, Some((2026, 11, 30))),
    // An appointment made (アポを取る) is an act, whatever appraisal its meeting is about;
    // a grade (評価Aを取る) stays a result.
    ("12月7日、融資先3社に事業性評価のヒアリングのアポを取ります", true, true, Some((2026, 12, 7))),
    // …but not inside another word: べんきょう and とうきょう hold no きょう (today), nor
    // することしか ことし.
    ("毎日べんきょうする", true, false, None),
    ("とうきょうで研修をうける", true, false, None),
    ("することしかできない", false, false, None),
    // Round 17 (batch 41's misses): the next meeting of a compound name (次回の課内会議,
    // 次の全体ミーティング, 次のダイヤ改正日) is an occasion, as 次の定例会議 was; in English
    // "in/at the next … meeting", "before the next timetable revision" and "on the
    // stocktaking day" are too, while "work on the release" keeps the release an object.
    ("次回の全体ミーティングで、予約キャンセル率の集計結果を発表します", true, true, None),
    ("次回の課内会議で窓口の待ち時間を報告します", true, true, None),
    ("次のダイヤ改正日から、乗換案内のポスターを掲示する", true, true, None),
    ("At the next team meeting I will present the no-show figures.", true, true, None),
    ("In the next section meeting, I'll propose moving the FAQ onto the intranet.", true, true, None),
    ("On the stocktaking day, I'll redo the freezer location labels.", true, true, None),
    ("I will submit my transfer request before the next timetable revision.", true, true, None),
    ("I will update the wiki on the release.", true, false, None),
    ("I will take part in the campaign.", true, false, None),
    // Weekdays side by side are a rhythm, and a bracketed beginning dates it; a date in
    // brackets after a weekday says which one, however far.
    ("火曜と木曜の15時に新人の練習に付き添います（12/1から）", true, true, Some((2026, 12, 1))),
    ("火曜と木曜に新人の練習に付き添います", true, false, None),
    ("共通テスト明けの月曜（1/18）から、業務手順を1日1つずつ書き出す", true, true, Some((2027, 1, 18))),
    // A slogan (5Sを徹底する: 5S is a name, not a count) and a rate raised with no level
    // are not acts anyone could check; with a level, the rate is a result.
    ("5Sを徹底する", false, false, None),
    ("応答率を上げる", false, false, None),
    ("売上を上げる", false, false, None),
    ("応答率を90%に上げる", true, false, None),
    ("2Fの会議室で勉強会を開く", true, false, None),
    // As far as one can (できる範囲で) is as much a hedge as できるだけ.
    ("できる範囲で後輩の相談にのる", false, false, None),
    // The "s" a romaji input method leaves of ます.
    ("講習に、今月中に申し込みまs", true, true, Some((2026, 11, 30))),
    // A span right after a condition counts from it, not from today: a spouse's transfer
    // is no day anyone can date (the follow-up would have asked a week from now); a
    // company's announcement is, as the occasion.
    ("夫の転勤が決まったら、1週間以内に人事に大阪で働き続けられるか聞く", true, false, None),
    ("内示が出たら、3日以内に後任への引き継ぎ表を作る", true, true, None),
    ("1週間以内に人事に聞く", true, true, Some((2026, 11, 30))),
    ("If my husband is transferred, I will ask HR within a week whether I can stay in Osaka.", true, false, None),
    // "After …," is a condition as "If …," is: the span counts from it. A 1on1 is an
    // occasion the person will know.
    ("After the 1on1, send my manager a one-page TL proposal within 3 days.", true, true, None),
    // An emoji says how one feels about the words, and is no word of them.
    ("1月20日までに店長に相談する👍", true, true, Some((2027, 1, 20))),
    ("来月から毎週日曜 図書館で調理師の本よむ📚", true, true, Some((2026, 12, 1))),
    // Saying it to someone opens a conversation, as 伝える does.
    ("1/20までに店長に言う", true, true, Some((2027, 1, 20))),
    ("12月中に店長に話す😊", true, true, Some((2026, 12, 31))),
    ("年内に調理師試験の受験案内とりよせる", true, true, Some((2026, 12, 31))),
    // EOW and EOM as people abbreviate them at work; the second week of a month as a
    // wall calendar shows it, as 第2週.
    ("Submit the retry-queue RFC to the arch channel by EOW.", true, true, Some((2026, 11, 29))),
    ("Apply to the data platform team posting by EOM.", true, true, Some((2026, 11, 30))),
    ("From the 2nd week of Jan, run a code review every other Friday.", true, true, Some((2027, 1, 4))),
    ("1月の第2週から、週1回レビュー会を開きます", true, true, Some((2027, 1, 4))),
    // Q1中に is by the quarter's last day, as 第1四半期中に.
    ("Q1中に、社内公募に応募します", true, true, Some((2027, 6, 30))),
    // Throughout a range of days (の間、) is from its first; once within it (の間に), by
    // its last.
    ("12月7日～11日の間、編集作業を先輩の横で見学させてもらいます", true, true, Some((2026, 12, 7))),
    ("12月7日～11日の間に、編集作業を見学させてもらいます", true, true, Some((2026, 12, 11))),
    // Putting in an application is applying; いたします is します, humbly.
    ("I'll put in my application for the charge nurse role no later than 12/18.", true, true, Some((2026, 12, 18))),
    ("感謝の気持ちを忘れないようにいたします", false, false, None),
    // A period said only approximately (ごろ, 頃, くらい) is no day to begin on; a day said
    // approximately keeps its day.
    ("来年の春ごろから、夜間の大学に通います", true, false, None),
    ("年明けくらいに履歴書を書き直します", true, false, None),
    ("4月頃から毎朝10分、英語の問題集を解きます", true, false, None),
    ("1月10日ごろから、履歴書を書き直します", true, true, Some((2027, 1, 10))),
    ("来月中頃に師長に相談します", true, true, Some((2026, 12, 11))),
    ("1月の中頃に、師長に面談の時間をもらいます", true, true, Some((2027, 1, 11))),
    // A time inside what is proposed or asked for dates the proposed thing, when another
    // time dates the saying; a time set off by 、 before the content is the saying's.
    ("12/20の病棟会で、褥瘡の勉強会を1月にやりたいって提案します", true, true, Some((2026, 12, 20))),
    ("1月に勉強会をやりたいと、12/20の病棟会で提案します", true, true, Some((2026, 12, 20))),
    ("12/20に、1月に勉強会を開きたいと師長に伝えます", true, true, Some((2026, 12, 20))),
    ("11月24日に、業務を教えてほしいと先輩にお願いし、来月から担当させてもらいます", true, true, Some((2026, 11, 24))),
    // Being given someone's time books a talk with them; the interview's own moment (面談の
    // ときに) is the interview, as 面談の日に.
    ("今週中に、師長に認定の話をする時間をもらう", true, true, Some((2026, 11, 29))),
    ("面談のときに師長に認定の相談をする", true, true, None),
    // The month's payday on the day its brackets give; the end of a fiscal quarter named
    // as fiscal; staying a length of time is an act; "or above" ends a figure.
    ("12月の給料日(25日)に、FP講座の受講料を払い込みます。", true, true, Some((2026, 12, 25))),
    ("By the end of fiscal Q3, I will register for the bookkeeping prep course.", true, true, Some((2026, 12, 31))),
    ("Twice a week from next Monday, I will stay 20 min after close to practise the new booking system.", true, true, Some((2026, 11, 30))),
    ("Starting Monday, I will stay late.", false, false, None),
    ("I will score 90% or above on the food-safety audit in February.", true, false, None),
];
