//! Texts of the "My data" screen (what is stored, export, import, delete) and of the
//! notices about two tabs, the host's settings file and a new version.

use crate::domain::anchors::StatementId;
use crate::domain::config::{Ignored, Problem};
use crate::domain::document::{DecodeError, MAX_IMPORT_BYTES};
use crate::domain::lang::Lang;
use crate::domain::saved::{MAX_LIST_ITEMS, MAX_TEXT_BYTES, TEXT_TOO_LONG, TOO_MANY_ITEMS};
use crate::domain::summary::{place_of, Part, PartSummary, Place};
use crate::domain::training::roster::DAMAGED_LIST;
use crate::domain::worksheet::readiness::Section;
use crate::i18n::worksheet::section_title;
use crate::i18n::{fill, in_lang};

catalogue! {
    /// A message about the person's data.
    pub enum DataMsg {
        NavData { ja: "データの管理", en: "Your data" },
        Heading { ja: "データの管理", en: "Your data" },
        Lead {
            ja: "書いた内容は、このブラウザの中にだけ保存され、どこにも送られません。この画面では、保存されている内容を確かめたり、控えのファイルに書き出したり、そのファイルから読み込んだり、すべて消したりできます。",
            en: "What you write is saved only in this browser and sent nowhere. Here you can see what is saved, export a backup file, import one, or delete it all.",
        },
        LossNote {
            ja: "Cookieとサイトデータの削除、InPrivate（シークレット）ウィンドウ、パソコンの入れ替えや共用パソコンのプロファイルの初期化などで消えることがあります。面談の前など、ときどき書き出して保管してください。",
            en: "It can be lost when cookies and site data are cleared, in a private window, or when the PC is replaced or a shared PC's profile is reset. Export it from time to time, before an interview for example, and keep the file.",
        },
        // For someone on a phone who opens the app only now and then: Safari on an iPhone
        // or iPad deletes a site's saved data once the site has gone about 7 days without
        // being opened (WebKit's storage policy), unless it is opened from the home screen.
        PhoneLossHeading { ja: "iPhone・iPadでお使いの方へ", en: "On an iPhone or iPad" },
        PhoneLoss {
            ja: "Safariでは、このサイトを7日ほど開かずにいると、書いた内容が自動で消えることがあります。面談まで間があるときは、次のどちらかをしておくと安心です。",
            en: "Safari may delete what you wrote here if you do not open this site for about 7 days. If your interview is some weeks away, do one of these:",
        },
        PhoneExport {
            ja: "ときどき、この画面の「控えのファイルを書き出す」を押して、ファイルに残しておく。ファイルは「ファイル」アプリの「ダウンロード」に入ります。消えてしまったときは、この画面の「ファイルを読み込む」で元に戻せます。",
            en: "Now and then, press \"Export a backup file\" on this screen to keep a copy. The file goes to Downloads in the Files app. If your notes are deleted, bring them back with \"Import a file\" on this screen.",
        },
        PhoneHomeScreen {
            ja: "Safariの共有ボタン（四角に上向きの矢印のマーク）から「ホーム画面に追加」を選び、いつもそのアイコンから開く。アイコンから初めて開いたときに何も入っていなければ、Safariで書き出したファイルを読み込んでください。",
            en: "In Safari, tap the Share button (a square with an arrow pointing up), choose \"Add to Home Screen\", and from then on open Jiritsu from that icon. If it is empty the first time you open it there, import the file you exported in Safari.",
        },
        MemoryOnly {
            ja: "このブラウザでは保存できないため、ページを閉じると消えます。残すには書き出してください。",
            en: "This browser cannot save your data: everything will be lost when you close the page. Export it to keep a copy.",
        },
        StoredHeading { ja: "保存されている内容", en: "What is stored" },
        ColumnPart { ja: "内容", en: "Part" },
        ColumnItems { ja: "件数", en: "Items" },
        ColumnLatest { ja: "最新の日付", en: "Latest date" },
        InterviewOn { ja: "面談日 {}", en: "interview {}" },
        ColumnSize { ja: "サイズ", en: "Size" },
        ColumnNow { ja: "いま", en: "Now" },
        ColumnAfter { ja: "読み込み後", en: "After import" },
        Total { ja: "合計", en: "Total" },
        NothingStored {
            ja: "まだ何も保存されていません。自己診断に答えたり、約束やワークシートを書いたりすると、この端末に保存され、ここに一覧になります。",
            en: "Nothing is saved yet. Once you answer the self-assessment or write a commitment or the worksheet, it is saved on this device and listed here.",
        },
        SizeNote {
            ja: "サイズは、この端末に保存されている文字データの大きさです。合計には、各項目のほかに、データの形式の番号や空の項目の枠組みも含まれます。",
            en: "Sizes are those of the text saved on this device. Besides the parts listed, the total includes the format number and the structure of empty parts.",
        },
        ExportHeading { ja: "ファイルに書き出す", en: "Export to a file" },
        ExportBody {
            ja: "すべての内容を1つのファイル（.json）に書き出します。控えとして取っておいたり、別のブラウザや端末に移したりするときに使います。「自分だけ」にした項目や「伝えてほしくないこと」も含まれるので、保管場所に注意してください。",
            en: "Saves everything in one file (.json), to keep as a backup or to move to another browser or device. The file also holds the entries you keep to yourself and what must not be passed on, so store it somewhere safe.",
        },
        ExportButton { ja: "控えのファイルを書き出す", en: "Export a backup file" },
        Exported {
            ja: "{} を書き出しました。ブラウザのダウンロード先に保存されます。共用のパソコンなら、移し終えたらダウンロード先からこのファイルを削除してください。「自分だけ」にした項目も含め、すべてが入っています。",
            en: "Exported {}. Your browser puts it with your other downloads. On a shared computer, delete it from there once you have moved it: it holds everything, what you keep to yourself too.",
        },
        ExportFailed {
            ja: "書き出せませんでした。もう一度試すか、別のブラウザでお試しください。",
            en: "The file could not be made. Try again, or try another browser.",
        },
        ImportHeading { ja: "ファイルを読み込む", en: "Import a file" },
        ImportBody {
            ja: "Jiritsu から書き出したファイル（1 MB まで）を選んでください（パソコンでは、ここへドラッグして置くこともできます）。置き換える前に中身をお見せします。",
            en: "Choose a file exported from Jiritsu (up to 1 MB); on a computer you can also drag it here. You see what it holds before anything is replaced.",
        },
        ChooseFile { ja: "ファイルを選ぶ", en: "Choose a file" },
        Reading { ja: "ファイルを読んでいます…", en: "Reading the file…" },
        PreviewHeading { ja: "読み込む前に確かめてください", en: "Check before you import" },
        PreviewFile { ja: "選んだファイル：{}", en: "The file you chose: {}" },
        PreviewBody {
            ja: "いまこのブラウザにある内容は、すべてファイルの内容に置き換わります。",
            en: "Everything now in this browser will be replaced by the file's contents.",
        },
        PreviewOlder {
            ja: "このファイルは、いまの内容より古いものです（最後に書いた日：ファイルは{}、いまの内容は{}）。置き換えると、このファイルのあとに書いたものは消えます。",
            en: "This file is older than what is here now (last written in: the file {}, here {}). Replacing would remove what you have written since the file was made.",
        },
        ImportConfirm { ja: "ファイルの内容で置き換える", en: "Replace with the file's contents" },
        ImportCancel { ja: "読み込まない", en: "Don't import" },
        ImportDone { ja: "ファイルの内容を読み込みました。", en: "The file has been imported." },
        // The file stays where it was saved, and the two devices go their own ways.
        ImportedAfter {
            ja: "読み込んだファイルは、元の場所に残っています。家族などと共用のパソコンなら、そのファイルも削除してください。また、これからは端末ごとに別々に保存されます。一方で書き足した内容は、もう一方には自動では移りません。",
            en: "The file you imported is still where it was: on a computer you share (with family, say), delete it too. From now on each device keeps its own copy: what you add on one does not reach the other by itself.",
        },
        ImportCancelled { ja: "読み込みをやめました。何も変わっていません。", en: "Import cancelled. Nothing has changed." },
        ImportShortened {
            ja: "このファイルには、Jiritsu が保存できる長さ（1項目{}バイト、一覧は{}件まで）を超える項目があります。読み込むと、次の項目はその長さまでに切り詰められます（ファイル自体は変わりません）：",
            en: "This file holds entries longer than Jiritsu keeps (at most {} bytes per text, {} items per list). If you import it, these are shortened to fit (the file itself is not changed):",
        },
        ImportFailed { ja: "このファイルは読み込めませんでした。何も変わっていません。", en: "This file could not be imported. Nothing has changed." },
        DeleteHeading { ja: "すべて削除する", en: "Delete everything" },
        DeleteBody {
            ja: "このブラウザの Jiritsu の内容を、診断結果も含めてすべて消します。元に戻せません。",
            en: "Removes everything Jiritsu keeps in this browser, results included. This cannot be undone.",
        },
        DeleteButton { ja: "すべて削除する…", en: "Delete everything…" },
        DeleteQuestion {
            ja: "本当にすべて削除しますか？　残したい場合は、先にファイルに書き出してください。書き出したファイルは、ここでは消えません。",
            en: "Really delete everything? Export it first if you want to keep a copy. Files you exported are not deleted here.",
        },
        DeleteYes { ja: "すべて削除する", en: "Delete everything" },
        DeleteNo { ja: "削除しない", en: "Keep my data" },
        Deleted {
            ja: "すべて削除しました。書き出したファイルがあれば、ダウンロード先に残っています。共用のパソコンなら、そのファイルも削除してください。",
            en: "Everything has been deleted. Any file you exported is still with your downloads: on a shared computer, delete it too.",
        },
        NotDeleted {
            ja: "このブラウザから削除できないデータがありました。何も削除していない可能性があります。ブラウザの設定からサイトのデータを削除してください。",
            en: "Some data could not be removed from this browser, so it may all still be there. Remove this site's data in the browser's settings.",
        },
        MoveHeading { ja: "別のブラウザや端末へ移すには", en: "Moving to another browser or device" },
        SharedPc {
            ja: "共用のパソコンで使ったときは、終わる前にこの画面の下の「すべて削除する」で消してください。消さないと、このブラウザを次に使う人が、書いた内容をすべて見られます。",
            en: "Used it on a shared computer? Before you leave, delete everything at the bottom of this screen: otherwise the next person to use this browser can read all you wrote.",
        },
        SharedPcLink { ja: "「すべて削除する」へ", en: "Go to \"Delete everything\"" },
        MoveStep1 { ja: "この画面でファイルに書き出します。", en: "Export to a file on this screen." },
        MoveStep2 {
            ja: "そのファイルを、移したい端末に渡します。会社の端末なら、会社が認めている方法（自分だけが開ける社内のフォルダ、許可されたUSBメモリなど）を使います。自分のスマホと自宅のパソコンの間なら、自分宛てのメールやケーブルなど、自分だけが見られる方法で渡します。どちらも、ほかの人が開ける場所には置かないでください。",
            en: "Bring the file to the other device. For a company device, use a way your company allows (a folder on the company drive only you can open, an approved USB stick); between your own phone and home computer, a way only you can see (an email to yourself, a cable). Either way, never through a place others can open.",
        },
        MoveStep3 { ja: "移した先の Jiritsu で、この画面から読み込みます。", en: "Open Jiritsu there and import it on this screen." },

        ConflictNotice {
            ja: "このノートは別のタブ（ウィンドウ）でも変更されました。どちらかを選ぶまで、このタブでの変更は保存されません。",
            en: "This notebook was also changed in another tab or window. Until you choose, changes in this tab are not saved.",
        },
        ConflictTheirs { ja: "別のタブの内容を読み込む", en: "Load the other tab's version" },
        ConflictMine { ja: "このタブの内容で上書きする", en: "Keep this tab's version" },
        UpdateReady {
            ja: "新しい版の Jiritsu の準備ができました。次に開いたときから新しい版になります。",
            en: "A new version of Jiritsu has arrived. It will be used the next time you open the app.",
        },
        UpdateReload { ja: "いま再読み込みする", en: "Reload now" },
        ConfigIgnored {
            ja: "サイトの管理者の方へ：設定ファイル jiritsu.config.json の次の項目は使えないため、既定の設定を使っています（利用者が入力・保存した内容には影響ありません）：",
            en: "For the site's administrator: these parts of the settings file jiritsu.config.json could not be used, so defaults apply to them (nothing anyone has entered or saved is affected):",
        },
        WelcomeHeading { ja: "ご担当者からのお知らせ", en: "A note from your organisation" },
    }
}

/// A part's latest date as the data screen shows it: the worksheet's only date is the
/// interview's, which is said as such (it is not when the worksheet was last written).
pub fn latest_text(part: Part, day: chrono::NaiveDate, lang: Lang) -> String {
    // A Japanese date may break after the year only (the table keeps words whole).
    let date = crate::i18n::assessment::date_text(day, lang).replacen('年', "年\u{200b}", 1);
    match part {
        Part::Worksheet => crate::i18n::fill(DataMsg::InterviewOn.text(lang), &[&date]),
        _ => date,
    }
}

/// How much a part holds, in the unit it is counted in: 「23/40問」, 「3件・うち書きかけ1件」,
/// 「8/11項目」 (the worksheet's sections with something written, as its overview says,
/// once the worksheet itself holds something). Zero-width spaces mark where it may break.
pub fn items_text(line: &PartSummary, lang: Lang) -> String {
    let n = line.items;
    if n == 0 {
        return in_lang(("なし", "none"), lang).to_owned();
    }
    if let Some(sections) = line.sections {
        let all = Section::ALL.len();
        return match lang {
            Lang::Ja => format!("{sections}/{all}\u{200b}項目"),
            Lang::En => format!("{sections} of {all} sections"),
        };
    }
    let plural = |one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match (line.part, lang) {
        (Part::Settings, _) => in_lang(("あり", "chosen"), lang).to_owned(),
        (Part::Card, _) => in_lang(("あり", "written"), lang).to_owned(),
        (Part::Assessment, Lang::Ja) => format!("{n}/{}問", StatementId::COUNT),
        (Part::Assessment, Lang::En) => format!("{n} of {}", StatementId::COUNT),
        (Part::Results, Lang::Ja) => format!("{n}回分"),
        (Part::Results, Lang::En) => plural("result", "results"),
        (Part::Commitments, Lang::Ja) if line.draft => {
            format!("{n}件・\u{200b}うち\u{200b}書きかけ1件")
        }
        (Part::Commitments, Lang::Ja) => format!("{n}件"),
        (Part::Commitments, Lang::En) if line.draft => format!("{n} incl. 1 unsaved"),
        (Part::Commitments, Lang::En) => n.to_string(),
        // Lines of the list: a code listed twice is two.
        (Part::Training, Lang::Ja) => format!("{n}件"),
        (Part::Training, Lang::En) => plural("entry", "entries"),
        (Part::Worksheet, Lang::Ja) => format!("{n}項目"),
        (Part::Worksheet, Lang::En) => n.to_string(),
    }
}

/// The label of a part of the saved document.
pub fn part_label(part: Part, lang: Lang) -> &'static str {
    in_lang(
        match part {
            // Zero-width spaces mark where a Japanese name may break (the table keeps words whole).
            Part::Settings => ("表示言語の\u{200b}設定", "Language setting"),
            Part::Assessment => ("回答中の\u{200b}自己診断", "Self-assessment in progress"),
            Part::Results => ("自己診断の\u{200b}結果", "Self-assessment results"),
            Part::Commitments => (
                "約束\u{200b}（ワークシート\u{200b}の行動）",
                "Commitments (the worksheet's actions)",
            ),
            Part::Worksheet => ("面談準備\u{200b}ワークシート", "Interview worksheet"),
            Part::Training => ("研修の\u{200b}参加者リスト", "Training attendee list"),
            Part::Card => ("研修用カードの\u{200b}名前", "Name on the training card"),
        },
        lang,
    )
}

/// Why a file cannot be imported, in words that say what to do.
pub fn decode_error_text(error: &DecodeError, lang: Lang) -> String {
    match (error, lang) {
        (DecodeError::TooLarge(bytes), Lang::Ja) => format!(
            "ファイルが大きすぎます（{}バイト）。読み込めるのは1 MB（{}バイト）までです。",
            number(*bytes),
            number(MAX_IMPORT_BYTES as u64)
        ),
        (DecodeError::TooLarge(bytes), Lang::En) => format!(
            "The file is too large ({} bytes). Files up to 1 MB ({} bytes) can be imported.",
            number(*bytes),
            number(MAX_IMPORT_BYTES as u64)
        ),
        (DecodeError::NotJson, _) => in_lang(("JSON 形式のファイルではないか、途中で切れています。Jiritsu から書き出したファイルを選んでください。", "This is not a JSON file, or it is cut short. Choose a file exported from Jiritsu."), lang).to_owned(),
        (DecodeError::NoVersion, _) => in_lang(("Jiritsu のデータファイルではありません（形式の番号 version がありません）。", "This is not a Jiritsu data file (it has no format number, \"version\")."), lang).to_owned(),
        (DecodeError::NewerVersion(v), Lang::Ja) => format!("新しい版の Jiritsu で書き出されたファイルです（形式{v}）。アプリを更新してから読み込んでください。"),
        (DecodeError::NewerVersion(v), Lang::En) => format!("This file was exported by a newer version of Jiritsu (format {v}). Update the app, then import it."),
        (DecodeError::UnknownVersion(v), Lang::Ja) => format!("形式{v}のファイルは Jiritsu のものではないため読み込めません。"),
        (DecodeError::UnknownVersion(v), Lang::En) => format!("Format {v} was never written by Jiritsu, so the file cannot be imported."),
        (DecodeError::Invalid(detail), Lang::Ja) => format!("ファイルの中に正しくない項目があります。{}。", field_problem(detail, lang)),
        (DecodeError::Invalid(detail), Lang::En) => format!("An entry in the file is not valid: {}.", field_problem(detail, lang)),
    }
}

/// `path: problem` from the reader (`saved::describe`), for a person: in Japanese when
/// the problem is a known one, and with the bound it broke, taken from the same constant
/// the reader checks (`worksheet.vision.doing: text too long (at most 30,000 bytes)`).
pub fn field_problem(detail: &str, lang: Lang) -> String {
    let (path, problem) = detail.rsplit_once(": ").unwrap_or(("", detail));
    let bound = |ja: &str, en: &str, limit: usize| match lang {
        Lang::Ja => fill(ja, &[&number(limit as u64)]),
        Lang::En => fill(en, &[&number(limit as u64)]),
    };
    let problem = if problem == TEXT_TOO_LONG {
        bound(
            "長すぎます（1項目{}バイトまで）",
            "text too long (at most {} bytes)",
            MAX_TEXT_BYTES,
        )
    } else if problem == TOO_MANY_ITEMS {
        bound(
            "項目が多すぎます（{}件まで）",
            "too many items (at most {})",
            MAX_LIST_ITEMS,
        )
    } else if lang == Lang::En {
        problem.to_owned()
    } else {
        KNOWN_JA
            .iter()
            .find(|(en, _)| *en == problem)
            .map_or(problem, |(_, ja)| ja)
            .to_owned()
    };
    // Where the field is, in the words of the screens (the part, or the worksheet's
    // section), before its path: the path alone means nothing to most people.
    // A problem that names its place already (研修の参加者リストが読めません) is not told twice.
    let place = place_of(path)
        .map(|place| match place {
            Place::Part(part) => part_label(part, lang).replace('\u{200b}', ""),
            Place::Section(section) => section_title(section, lang).to_owned(),
        })
        .filter(|place| !problem.contains(place.as_str()));
    match (path.is_empty(), place, lang) {
        (true, ..) => problem,
        (false, Some(place), Lang::Ja) => format!("「{place}」の項目「{path}」：{problem}"),
        (false, Some(place), Lang::En) => format!("{place}, {path}: {problem}"),
        (false, None, Lang::Ja) => format!("項目「{path}」：{problem}"),
        (false, None, Lang::En) => format!("{path}: {problem}"),
    }
}

/// The reader's problems, said in Japanese (a host test checks each is one it names).
const KNOWN_JA: &[(&str, &str)] = &[
    ("expected text", "文字列である必要があります"),
    ("expected a whole number", "0以上の整数である必要があります"),
    ("expected a list", "リストである必要があります"),
    ("expected an object", "オブジェクトである必要があります"),
    ("missing", "ありません"),
    ("written twice", "2回書かれています"),
    ("expected a date YYYY-MM-DD", "YYYY-MM-DD 形式の日付である必要があります"),
    ("expected a time HH:MM", "HH:MM 形式の時刻である必要があります"),
    (DAMAGED_LIST, "研修の参加者リストが読めません（1行目に「4-6」の形の人数、続いて1行に1人「名前,コード」が必要です）"),
    ("expected null or a rating 1 to 6", "null か1〜6の評価である必要があります"),
    ("expected a statement number 1 to 40", "1〜40の設問番号である必要があります"),
    ("expected \"ja\" or \"en\"", "\"ja\" か \"en\" である必要があります"),
];

/// That importing the file shortens these entries (their paths), with the bounds.
pub fn shortened_text(paths: &[String], lang: Lang) -> String {
    let mut text = fill(
        DataMsg::ImportShortened.text(lang),
        &[
            &number(MAX_TEXT_BYTES as u64),
            &number(MAX_LIST_ITEMS as u64),
        ],
    );
    text.push(' ');
    text.push_str(&paths.join(", "));
    text
}

/// A whole number with a comma every three digits, as both languages write sizes:
/// `2,764,800`.
pub fn number(n: u64) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// One ignored setting of the host's file, named.
pub fn ignored_text(ignored: &Ignored, lang: Lang) -> String {
    let why = match (ignored.problem.clone(), lang) {
        (Problem::NotUtf8, _) => in_lang(("文字コードが UTF-8 ではありません。テキストエディタで「UTF-8」を選んで保存し直してください", "the file is not saved as UTF-8: save it again choosing UTF-8 in the text editor"), lang).to_owned(),
        (Problem::NotJson { line, column }, Lang::Ja) => format!("ファイルが JSON として読めません（{line}行目の{column}文字目あたり。カンマの付けすぎや、“ ” のような全角の引用符がないか確かめてください）"),
        (Problem::NotJson { line, column }, Lang::En) => format!("the file is not valid JSON (near line {line}, column {column}: look for a comma too many or curly quotes)"),
        (Problem::NotAnObject, _) => in_lang(("ファイルが設定の一覧（JSON オブジェクト）になっていません", "the file is not a JSON object of settings"), lang).to_owned(),
        (Problem::Unknown, _) => in_lang(("この名前の設定はありません", "there is no setting of this name"), lang).to_owned(),
        (Problem::ExpectedText(max), Lang::Ja) => format!("{max}文字までの文字列にしてください"),
        (Problem::ExpectedText(max), Lang::En) => format!("expected text of up to {max} characters"),
        (Problem::ExpectedMonth, _) => in_lang(("1から12までの整数を、引用符（\"）で囲まずに書いてください", "expected a whole number from 1 to 12, without quotes"), lang).to_owned(),
        (Problem::UnknownInterviewType(code), Lang::Ja) => format!("「{code}」という面談の種類はありません。career, one_on_one, milestone50, rehire, conversion, external, other から選んでください"),
        (Problem::UnknownInterviewType(code), Lang::En) => format!("there is no interview type \"{code}\": choose from career, one_on_one, milestone50, rehire, conversion, external, other"),
        (Problem::ExpectedInterviewTypes, _) => in_lang(("career, one_on_one, milestone50, rehire, conversion, external, other から1つ以上を重複なく並べてください", "expected one or more of career, one_on_one, milestone50, rehire, conversion, external, other, each once"), lang).to_owned(),
    };
    if ignored.setting.is_empty() {
        return why;
    }
    match lang {
        Lang::Ja => format!("「{}」：{why}", ignored.setting),
        Lang::En => format!("\"{}\": {why}", ignored.setting),
    }
}
