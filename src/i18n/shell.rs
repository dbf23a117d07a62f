//! Texts of the app shell: header, navigation, home screen, notices about saving.

use crate::domain::lang::Lang;
use crate::i18n::assessment::AssessMsg;
use crate::i18n::check::CheckMsg;
use crate::i18n::training::TrainMsg;
use crate::route::Route;

catalogue! {
    /// A message of the shell.
    pub enum Msg {
        AppName { ja: "Jiritsu", en: "Jiritsu" },
        AppNameNative { ja: "自律", en: "自律" },
        Tagline { ja: "キャリア面談の準備ノート", en: "Your career-interview preparation notebook" },
        DocumentTitle { ja: "Jiritsu（自律）— キャリア面談の準備", en: "Jiritsu — prepare for your career interview" },
        ScreenTitle { ja: "{} — Jiritsu（自律）", en: "{} — Jiritsu" },
        SkipToContent { ja: "本文へ移動", en: "Skip to main content" },
        MainNavigation { ja: "メインメニュー", en: "Main menu" },
        // The button that opens the menu on a narrow screen.
        MenuButton { ja: "メニュー", en: "Menu" },
        LanguageSwitch { ja: "表示言語", en: "Language" },
        NavHome { ja: "ホーム", en: "Home" },
        Loading { ja: "読み込んでいます…", en: "Loading…" },
        // Shown by index.html itself, before the app has loaded (a host test keeps the two
        // the same): when the app cannot load, and in a browser it cannot run in.
        BootFailed {
            ja: "読み込めませんでした。ページを再読み込みしてください。それでも開けないときは、このサイトの管理者にお問い合わせください。入力した内容は、この端末に残っています。",
            en: "The app could not be loaded. Please reload the page. If it still does not open, contact whoever hosts this page. What you entered is still saved on this device.",
        },
        BootUnsupported {
            ja: "このブラウザでは使えません。Microsoft Edge、Google Chrome、Firefox、Safari の最新版で開いてください（Internet Explorer モードでは動きません）。",
            en: "This browser cannot run the app. Please open it in a recent version of Microsoft Edge, Google Chrome, Firefox or Safari (it does not run in Internet Explorer mode).",
        },

        HomeHeading { ja: "面談の前に、自分のことばを用意する", en: "Find your own words before the interview" },
        HomeLead {
            ja: "キャリア面談やキャリア研修を控えた方のための準備ノートです。自分が大切にしていることを確かめ、数年先に目指す姿を描き、いつから何をするかを、誰が見ても分かることばで書き出します。",
            en: "A preparation notebook for people with a career interview or career training coming up. Find out what you value at work, picture where you want to be in a few years, and write down what you will do, and from when, in words anyone can check.",
        },
        HomeWhoHeading { ja: "こんな方に", en: "Who it is for" },
        HomeWhoEmployee {
            ja: "面談を控えた社員の方（入社したばかりの方から、再雇用や契約更新の面談を控えた方まで）：面談で何を話すか、前もって考えを整理できます。",
            en: "Employees with an interview ahead, from the newly hired to those facing re-employment or a contract renewal: sort out your thoughts before you sit down.",
        },
        HomeWhoTraining {
            ja: "研修の参加者：研修で考えたことを、そのまま面談までの宿題として続けられます。",
            en: "Training attendees: carry what you thought about in the session on to the interview.",
        },
        HomeWhoHr {
            ja: "人事・研修のご担当者：社内のサーバーにファイルを置くだけで使えます。入力した内容はサーバーに送られず、それぞれの人のブラウザにだけ残ります。",
            en: "HR and training staff: put its files on any intranet server and it works. What people type is never sent to the server; it stays in each person's own browser.",
        },
        HomeWhoInterviewer {
            ja: "面談をする上司・人事・キャリアコンサルタントの方：受け取ったシートの読み方と、面談で聞くことをまとめています。",
            en: "Managers, HR and career consultants who conduct the interview: how to read the sheet you receive, and what to ask.",
        },
        HomeWhoInterviewerLink { ja: "面談をする方へ：シートの読み方と聞くこと", en: "For interviewers: reading the sheet" },
        HomeStepsHeading { ja: "準備の流れ", en: "How preparation works" },
        HomeStepValues {
            ja: "大切にしていることを知る：仕事で譲れないものは何かを確かめます。",
            en: "Know what you value: what you would not give up at work.",
        },
        HomeStepVision {
            ja: "数年先の姿を描く：どこで、誰のために、何をしていたいかを書きます。",
            en: "Picture a few years ahead: where, for whom, and doing what.",
        },
        HomeStepAction {
            ja: "行動を決める：誰が見ても実行したかどうかが分かり、いつから始めるかがはっきりした行動にします。",
            en: "Commit to an action: one that anyone could see you have done, with a clear start date.",
        },
        HomePrivacyHeading { ja: "入力内容はこの端末の中だけに", en: "What you write stays on this device" },
        HomePrivacyBody {
            ja: "入力した内容は、このブラウザの中にだけ保存されます。どこにも送信されず、会社や面談の担当者が見ることもありません。外に出るのは、ご自身で印刷・コピー・書き出しをしたときと、研修で共有コードを伝えたときだけです。",
            en: "Everything you enter is saved in this browser only. Nothing is sent anywhere, and neither your company nor your interviewer can see it. It leaves this device only when you print, copy or export it yourself, or when you give your share code at a training session.",
        },
        HomeSharedPc {
            ja: "ただし、共用のパソコンでは、このブラウザを次に使う人にも見えてしまいます。使い終わったら消してください。",
            en: "On a shared computer, though, the next person to use this browser can see it. Delete it when you finish.",
        },
        HomeSharedPcLink { ja: "消し方（データの管理）", en: "How to delete it (Your data)" },
        HomePrivacyKeep {
            ja: "ブラウザのデータを消すと一緒に消えてしまい、iPhoneのSafariでは7日ほど開かずにいるだけでも消えることがあるので、ときどき「データの管理」で書き出して保管してください。",
            en: "Clearing the browser's data erases it too, and on an iPhone, Safari may erase it if you do not open this site for about 7 days: export it from time to time under \"Your data\" and keep the file.",
        },
        HomeStartHeading { ja: "はじめる", en: "Where to start" },
        // Someone coming back: what is saved, each part on a line, above the way on.
        HomeProgressHeading { ja: "前回までの準備", en: "Your preparation so far" },
        HomeSavedAnswered { ja: "自己診断：{}/{}問に回答済み", en: "Self-assessment: {} of {} statements answered" },
        HomeSavedPicking {
            ja: "自己診断：{}問すべてに回答済み。あとは特にあてはまる文を{}つ選びます",
            en: "Self-assessment: all {} statements answered; {} more to choose as your top three",
        },
        HomeSavedReady { ja: "自己診断：回答済み（結果はまだ見ていません）", en: "Self-assessment: answered, result not seen yet" },
        HomeSavedResult { ja: "自己診断の結果：{}に保存", en: "Self-assessment result: saved on {}" },
        HomeSavedSections { ja: "ワークシート：{}/{}項目に記入済み", en: "Worksheet: {} of {} sections written" },
        HomeReturnBody {
            ja: "前回の続きから準備を進められます。面談が近づいたら、面談準備シートを印刷して持っていきましょう。",
            en: "Pick up where you left off. As the interview nears, print the interview sheet and take it with you.",
        },
        HomeAfterHeading { ja: "面談のあとに", en: "After your interview" },
        HomeAfterBody {
            ja: "{}の面談、お疲れさまでした。決めた行動について、始める日を過ぎると「始められましたか？」とお聞きします。進み具合は「わたしの約束」でいつでも記録できます。面談で共有する行動なら、いちばん新しい答えが面談準備シートにも載るので、次の面談はそこから話せます。次の面談の日が決まったら、ワークシートに入力してください。",
            en: "Your interview was on {}. Once each action's start date has passed, Jiritsu asks whether you started. You can record how it is going at any time in \"My commitments\". For an action you share, your latest answer goes on the interview sheet, so your next interview can pick up from there. When the next interview is set, enter its date on the worksheet.",
        },
        HomeOtherDevice {
            ja: "別の端末で始めていた方は、そちらで書き出したファイルを読み込むと続きから使えます。",
            en: "Started on another device? Import the file you exported there, and carry on where you left off.",
        },
        HomeImport { ja: "ファイルを読み込む（データの管理）", en: "Import a file (Your data)" },
        HomeStartBody {
            ja: "まずは自己診断（10〜15分ほど）で、仕事で大切にしていることを確かめましょう。途中でやめても、続きから再開できます。",
            en: "Begin with the self-assessment (10 to 15 minutes) to find out what you value at work. You can stop at any point and pick up where you left off.",
        },
        // After the links, so that a phone still shows the first one without scrolling.
        HomeWorksheetTime {
            ja: "ワークシートは、ビジョンと行動の二つだけなら10分ほどで書けます。",
            en: "On the worksheet, the vision and the actions alone take about 10 minutes.",
        },

        NoticeStorageUnavailable {
            ja: "このブラウザでは保存できない設定になっています。入力した内容は、このタブを閉じると消えます。保存を許可するか、別のブラウザでお使いください。",
            en: "This browser does not allow Jiritsu to save your data. What you enter will be lost when you close this tab. Allow site storage, or use another browser.",
        },
        NoticeSaveFailed {
            ja: "保存できませんでした（ブラウザの保存容量がいっぱいの可能性があります）。入力した内容はこの画面に残っています。容量が空けば、次の変更のときに自動で保存されます。",
            en: "Could not save (the browser's storage may be full). Everything you entered is still here on screen, and it will be saved with your next change once there is room.",
        },
        RetrySave { ja: "もう一度保存する", en: "Try saving again" },
        NoticeSaveFull {
            ja: "保存できませんでした。このブラウザの、このサイト用の保存容量がいっぱいです。入力した内容はこの画面に残っています。「データの管理」で書き出しておくと安心です。容量が空けば、次の変更のときに自動で保存されます。",
            en: "Could not save: this browser's storage for this site is full. Everything you entered is still here on screen; exporting it from \"Your data\" keeps it safe. It will be saved with your next change once there is room.",
        },
        NoticeTooLong {
            ja: "保存できませんでした。{}。短くすると、次の変更のときに保存されます。それまでの内容は保存されたままです。",
            en: "Could not save: {}. Shorten it and it will be saved with your next change; what was saved before is kept.",
        },
        NoticeReadFailed {
            ja: "保存しているノートを読み込めませんでした。上書きしないよう、この画面では保存しません（入力はタブを閉じると消えます）。再読み込みすると直ることがあります。",
            en: "Your saved notebook could not be read from storage. So that it is not overwritten, nothing is saved from this screen (what you enter is gone when the tab closes). Reloading may help.",
        },
        NoticeFullWithUnreadable {
            ja: "保存しているノートを読み込めず、容量がいっぱいで別に保管することもできませんでした。元のデータはそのまま残してあり、この画面からは保存しません。下のボタンでファイルとして取り出せます。",
            en: "Your saved notebook could not be read, and storage is too full to keep a copy of it aside. The original stays untouched and nothing is saved from this screen. You can download it as a file with the button below.",
        },
        NoticeNewerVersion {
            ja: "このブラウザのノートは、新しい版の Jiritsu（形式{}）で保存されています。この版では読めないため、上書きしないよう、この画面からは保存しません（入力はタブを閉じると消えます）。再読み込みすると新しい版で開けます。",
            en: "The notebook in this browser was saved by a newer version of Jiritsu (format {}), which this version cannot read. So that it is not overwritten, nothing is saved from this screen (what you enter is gone when the tab closes). Reload to open it with the newer version.",
        },
        NoticeFullWithUnkept {
            ja: "保存しているノートには、この版で保存し直すと残らない部分があります。容量がいっぱいで元のデータを別に保管できないため、元のデータはそのままにして、この画面からは保存しません。下のボタンでファイルとして取り出せます。",
            en: "Your saved notebook contains parts that would be lost if this version saved over it, and storage is too full to keep the original aside. So the original stays untouched and nothing is saved from this screen. You can download it as a file with the button below.",
        },
        NoticeNewerElsewhere {
            ja: "別のタブで新しい版の Jiritsu が動いていて、この版では扱いきれない形で保存しました。そのデータを守るため、このタブからは保存しません。再読み込みすると新しい版を使えます。",
            en: "A newer version of Jiritsu running in another tab has saved data that this version cannot fully keep. To protect it, nothing is saved from this tab. Reload to use the newer version.",
        },
        NoticeCleared {
            ja: "保存していたノートが、このブラウザから消されました（別のタブ、または同じサイトの別のアプリによるものかもしれません）。この画面のノートはまだ残っています。どうしますか？",
            en: "The saved notebook was removed from this browser (perhaps by another tab, or another app on this site). The notebook on this screen is still here. What would you like to do?",
        },
        ClearedKeep { ja: "この画面のノートを保存し直す", en: "Save the notebook on this screen again" },
        ClearedEmpty { ja: "空のノートで始める", en: "Start with an empty notebook" },
        Reload { ja: "再読み込みする", en: "Reload" },
        NoticeUnreadable {
            ja: "前回保存したノートを読み込めなかったため、新しい状態で始めました。元のデータは消さずに、このブラウザの中に別に保管してあります。下のボタンでファイルとして取り出せます。",
            en: "Your previously saved notebook could not be read, so Jiritsu started fresh. The original has not been deleted: it is kept separately in this browser, and you can download it as a file with the button below.",
        },
        CopyNewerVersion {
            ja: "新しい版の Jiritsu（形式{}）で保存されたノートの控えです。この版では読めないため、消さずに別に保管してあります。下のボタンでファイルとして取り出せます。",
            en: "A copy of a notebook saved by a newer version of Jiritsu (format {}), which this version cannot read. It is kept here untouched, and you can download it as a file with the button below.",
        },
        CopyUnknownFields {
            ja: "保存していたノートに、この版が知らない項目（{}）がありました。ノートはいつもどおり開きましたが、この版で保存するとそれらの項目は残らないため、元のデータを別に保管しました。下のボタンでファイルとして取り出せます。",
            en: "Your saved notebook held entries this version does not know ({}). It opened as usual, but saving it with this version does not keep them, so the original has been kept aside. You can download it as a file with the button below.",
        },
        CopyNotText {
            ja: "保存していたノートに、文字として読めないデータがありました。その部分を「\u{FFFD}」に置き換えて開き、元のデータは手を加えずに別に保管しました。",
            en: "Your saved notebook held some data that could not be read as text. It opened with \u{FFFD} in its place, and the original has been kept aside exactly as it was.",
        },
        CopyReadable {
            ja: "以前に別に保管したノートの控えです。この版で読めるので、ファイルとして取り出し、「データの管理」で読み込めます。",
            en: "A copy of a notebook kept aside earlier. This version can read it: download it as a file and import it on the \"Your data\" screen.",
        },
        NoticeUnreadableKey { ja: "保管場所（localStorage のキー）：", en: "Kept under the localStorage key: " },
        DownloadUnreadable { ja: "元のデータをファイルとして取り出す", en: "Download the original data" },
        DeleteUnreadable { ja: "保管したデータを削除", en: "Delete the kept copy" },
        ConfirmDeleteUnreadable {
            ja: "保管してある元のデータを削除します。元に戻せません。よろしいですか？",
            en: "This deletes the kept copy of your original data for good. Continue?",
        },
        ConfirmDelete { ja: "削除する", en: "Delete" },
        Cancel { ja: "やめる", en: "Cancel" },
        CharsLeft { ja: "残り{}文字（1項目{}文字まで）", en: "Characters left: {} (up to {} per entry)" },
        CharsFull { ja: "{}文字に達しました。これ以上は入力できません。", en: "This entry has reached the limit of {} characters." },
        FooterPrivacy { ja: "データはこの端末のブラウザにのみ保存されます。", en: "Your data is stored in this browser only." },
    }
}

/// The name of a language, written in that language, as the switch shows it.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "日本語",
        Lang::En => "English",
    }
}

/// The label of a screen in the main menu.
pub fn route_label(route: Route, lang: Lang) -> &'static str {
    match route {
        Route::Home => Msg::NavHome.text(lang),
        Route::Assessment => AssessMsg::NavAssessment.text(lang),
        Route::Result => AssessMsg::NavResult.text(lang),
        Route::Check => CheckMsg::NavCheck.text(lang),
        Route::Data => crate::i18n::data::DataMsg::NavData.text(lang),
        Route::Card => TrainMsg::NavCard.text(lang),
        Route::Training => TrainMsg::NavTraining.text(lang),
        Route::Worksheet => crate::i18n::worksheet::WsMsg::NavWorksheet.text(lang),
        Route::Sheet => crate::i18n::worksheet::WsMsg::NavSheet.text(lang),
        Route::Rehearsal => crate::i18n::worksheet::WsMsg::NavRehearsal.text(lang),
        Route::Guide => crate::i18n::guide::GuideMsg::NavGuide.text(lang),
    }
}
