//! Texts of the "check a commitment" screen, the saved list, the calendar file and the
//! follow-up question, in Japanese and English. The verdict sentences themselves live in
//! `i18n::commitment`.

use chrono::{Datelike, Months, NaiveDate};

use crate::domain::commitments::{Change, FollowUp, Wording};
use crate::domain::lang::Lang;
use crate::domain::worksheet::Interviewer;
use crate::i18n::commitment::format_date;
use crate::i18n::{fill, in_lang};

crate::catalogue! {
    /// A message of the check screen and the follow-up.
    pub enum CheckMsg {
        NavCheck { ja: "約束を確かめる", en: "Check a commitment" },
        Heading { ja: "約束を確かめる", en: "Check a commitment" },
        Lead {
            ja: "面談で約束する行動を書いてみましょう。入力すると、二つの基準を満たしているかを自動で確かめます。二つの基準とは、誰が見てもやったかどうか分かること（客観性）と、いつから始めるかが書かれていること（開始時期）です。",
            en: "Write the action you will commit to in your interview. As you type, Jiritsu checks it against two tests: could anyone tell whether it was done (objective), and does it say when it begins (start)?",
        },
        TextLabel { ja: "約束する行動", en: "Your commitment" },
        TextHelp { ja: "書いた内容はこの端末に自動で保存されます。", en: "What you write is saved on this device as you type." },
        SamplesLabel { ja: "例文を入れてみる", en: "Try an example" },
        // The four examples keep the lessons of DOMAIN.md's pairs in sentences of our own:
        // an attitude, a start read off the company calendar, a deadline on an outcome, and a
        // deadline on an act that opens something.
        SampleAttitude { ja: "チームの頼れる相談役になります", en: "I will become the person my team turns to for advice." },
        SampleWorkshop {
            ja: "期末の一か月前から、入社2年目までの社員と毎週、決算の読み合わせ会を開きます",
            en: "Starting one month before the end of the fiscal year, I will hold a weekly session on closing the books for staff in their first two years.",
        },
        SampleScore { ja: "来年の3月までに簿記2級に合格します", en: "I will pass the level 2 bookkeeping exam by next March." },
        // The first of next month (`sample_text`): a deadline still ahead, whatever the day.
        SampleSchool { ja: "{}月1日までにオンライン英会話の体験レッスンを予約して、受け始めます", en: "By 1 {} I will book a trial lesson at an online English school and start taking lessons." },
        SampleReplaced { ja: "書いていた文を例文に置き換えました。", en: "The example replaced what you had written." },
        SampleUndo { ja: "元の文に戻す", en: "Bring back my text" },
        VerdictsLabel { ja: "確かめた結果", en: "What the check found" },
        StartLabel { ja: "始める日：{}から", en: "Starts {}" },
        // A deadline to begin by (12月15日までに申し込む).
        StartByLabel { ja: "始める日：{}までに", en: "Starts by {}" },
        // An act already under way (its start before the day it was read or saved).
        StartedLabel { ja: "始めた日：{}", en: "Started {}" },
        HintsHeading { ja: "書き足すとよいこと", en: "What to add" },
        HintsToCheck { ja: "確かめておくこと", en: "One thing to check" },
        Save { ja: "この約束を保存する", en: "Save this commitment" },
        Saved {
            ja: "保存しました。下の「わたしの約束」と、ワークシートの「行動」に入っています。面談準備シートにも載ります。",
            en: "Saved. You will find it under \"My commitments\" below and among your worksheet's actions, which go on the interview sheet.",
        },
        SavedNotObjective {
            ja: "保存しました。ただし、誰が見てもやったかどうか分かる書き方（客観性）には、まだなっていません。下の「わたしの約束」で編集できます。ワークシートの「行動」にも入り、そのままでは面談準備シートに載ります（ワークシートで「自分だけ」にできます）。",
            en: "Saved, but it does not pass the objective test yet: could anyone tell whether it was done? You can edit it under \"My commitments\" below. It is also among your worksheet's actions and, as it stands, goes on the interview sheet (you can keep it to yourself there).",
        },
        SavedNoStart {
            ja: "保存しました。ただし、いつから始めるか（開始時期）がまだ書かれていません。下の「わたしの約束」で編集できます。ワークシートの「行動」にも入り、そのままでは面談準備シートに載ります（ワークシートで「自分だけ」にできます）。",
            en: "Saved, but it does not yet say when it begins (start). You can edit it under \"My commitments\" below. It is also among your worksheet's actions and, as it stands, goes on the interview sheet (you can keep it to yourself there).",
        },
        SavedNeither {
            ja: "保存しました。ただし、客観性と開始時期の二つとも、まだ満たしていません。下の「わたしの約束」で編集できます。ワークシートの「行動」にも入り、そのままでは面談準備シートに載ります（ワークシートで「自分だけ」にできます）。",
            en: "Saved, but it passes neither test yet: objective and start. You can edit it under \"My commitments\" below. It is also among your worksheet's actions and, as it stands, goes on the interview sheet (you can keep it to yourself there).",
        },
        NotSavedBlank { ja: "保存する前に、約束を書いてください。", en: "Write a commitment first, then save it." },
        NotSavedSame {
            ja: "同じ約束が「わたしの約束」の行動 {} にすでにあるため、保存しませんでした。",
            en: "Not saved: the same commitment is already under \"My commitments\", as action {}.",
        },
        ShowSame { ja: "その約束を見る", en: "Show it" },
        NotSavedFull {
            ja: "約束は{}件までしか保存できないため、保存していません。使わなくなった約束を削除してから、もう一度保存してください。",
            en: "Not saved: you can keep up to {} commitments. Delete one you no longer need, then save again.",
        },
        // Above the box, once there are some: the worksheet's actions are the same list.
        ListNote {
            ja: "保存した約束とワークシートの行動（{}件）は、この画面の下の「わたしの約束」にあります。",
            en: "Your saved commitments and worksheet actions ({}) are under \"My commitments\" at the bottom of this screen.",
        },
        ToList { ja: "一覧へ", en: "Go to the list" },
        ListHeading { ja: "わたしの約束", en: "My commitments" },
        LookBack { ja: "行動を振り返る", en: "Look back on your actions" },
        ListEmpty { ja: "保存した約束はまだありません。", en: "No saved commitments yet." },
        // Showing the list to someone (a tablet across the table), and printing it.
        HidePrivate { ja: "「自分だけ」の行動を画面でも隠す（この画面を人に見せるとき）", en: "Hide the actions kept to yourself on screen too (when you show this screen to someone)" },
        PrivateNotPrinted {
            ja: "「自分だけ」の行動（{}件）は印刷していません。自分用にすべてを印刷するときは、面談準備シートの「すべて（自分用の控え）」を使ってください。",
            en: "The actions kept to yourself ({}) are not printed. To print everything for yourself, use \"Everything (a private copy for yourself)\" on the interview sheet.",
        },
        SavedOn { ja: "保存した日：", en: "Saved on " },
        RewrittenOn { ja: "書き直した日：", en: "Rewritten on " },
        NoStart { ja: "始める日は書かれていません。", en: "No start date." },
        DownloadIcs { ja: "カレンダー用のファイルを保存", en: "Save a calendar file" },
        // Said under the buttons once the file is saved (a 部長 saw nothing happen).
        IcsSaved {
            ja: "カレンダー用のファイル（.ics）を保存しました。ダウンロードしたファイルを開くと、お使いのカレンダーに、始める日と、その1週間後の「始められたか」の確認が予定として入ります。",
            en: "Calendar file (.ics) saved. Open the downloaded file to add two entries to your calendar: the day you begin, and a check a week later on whether you have started.",
        },
        Delete { ja: "削除", en: "Delete" },
        // Setting an action aside (plans changed): it stays on record, and can be taken up again.
        SetAside { ja: "保留", en: "Put on hold" },
        TakeUp { ja: "再開する", en: "Take it up again" },
        // On the follow-up notice, once 保留 has said what it is for.
        SetAsideConfirm { ja: "保留にする", en: "Put it on hold" },
        SetAsideOn { ja: "保留（{}）", en: "On hold ({})" },
        // Where 保留 is offered: what it is for, so that nobody uses it for "done".
        SetAsideHelp {
            ja: "「保留」は、いまはやらない行動や、合わなくなった行動のためのものです。済ませた行動は、保留にせず「済ませました」と記録してください。",
            en: "\"Put on hold\" is for an action you will not do now, or that no longer fits. If you have done it, do not put it on hold: record it as \"Done\".",
        },
        // The same for a habit, whose answers say begun rather than done.
        SetAsideHelpBegun {
            ja: "「保留」は、いまはやらない行動や、合わなくなった行動のためのものです。始めた行動は、保留にせず「始めました」と記録してください。",
            en: "\"Put on hold\" is for an action you will not do now, or that no longer fits. If you have started it, do not put it on hold: record it as \"Yes, I started\".",
        },
        SetAsideDone { ja: "保留にしました。文と振り返りの記録は残ります。", en: "Put on hold. Its text and answers stay on record." },
        TakenUp { ja: "再開しました。", en: "Taken up again." },
        SetAsideSaid {
            ja: "保留にしました。記録は「約束を確かめる」の一覧に残り、そこからいつでも再開できます。",
            en: "Put on hold. It stays on record in the list under Check a commitment, where you can take it up again at any time.",
        },
        Edit { ja: "編集", en: "Edit" },
        EditLabel { ja: "約束を書き直す", en: "Rewrite the commitment" },
        EditHelp { ja: "Ctrl+Enter（Macは⌘+Enter）で保存します。Escキーか「やめる」で、元の文のまま閉じます。", en: "Ctrl+Enter (⌘+Enter on a Mac) saves. Esc or \"Cancel\" closes it and keeps the text as it was." },
        EditSave { ja: "書き直して保存する", en: "Save the new text" },
        EditCancel { ja: "やめる", en: "Cancel" },
        // Said once a rewrite is saved, with its day (the card shows it too).
        EditSaved { ja: "書き直して保存しました（{}）。", en: "The new text is saved ({}). " },
        EditSavedAnswers {
            ja: "書き直す前の行動への振り返りの答えは、その行動の文と一緒に残っています。",
            en: "Your answers about the earlier version stay, with the text they were about.",
        },
        ItemVerdicts { ja: "二つの基準", en: "The two tests" },
        ConfirmDelete {
            ja: "この約束と振り返りの記録を削除します。元に戻せません。よろしいですか？",
            en: "This deletes the commitment and its follow-up answers for good. Continue?",
        },
        IcsFollowUp { ja: "振り返り（始められた？）：", en: "Did I start? " },
        FollowUpHeading { ja: "始められましたか？", en: "Did you start?" },
        FollowUpHeadingDone { ja: "できましたか？", en: "Did you do it?" },
        Rethink { ja: "状況が変わったので、この行動を見直す", en: "Things have changed: rethink this action" },
        FollowUpPrompt {
            ja: "いちばん近いものを一つ選んでください。",
            en: "Pick the answer that fits best.",
        },
        Later { ja: "明日答える", en: "Ask me tomorrow" },
        AnswerNow { ja: "答える", en: "Answer" },
        FollowUpPrivate {
            ja: "「自分だけ」にした行動です。内容は「答える」を押すと表示されます。",
            en: "An action you keep to yourself: its text shows when you press Answer.",
        },
        LaterSaid { ja: "明日またお聞きします。", en: "Jiritsu will ask again tomorrow." },
        // Said once the answer is kept: where it shows, the interview sheet included.
        Recorded {
            ja: "記録しました。振り返りの記録は「約束を確かめる」画面で見られます。共有している行動なら、面談準備シートにも載ります。",
            en: "Recorded. You can see your answers on the \"Check a commitment\" screen; for an action you share, they go on the interview sheet too.",
        },
        RecordedNotYet { ja: "記録しました。", en: "Recorded. " },
        AskAgainOn { ja: "{}にもう一度お聞きします。", en: "Jiritsu will ask again on {}. " },
        PlanAnew {
            ja: "始める日を決め直すときは、ワークシートの「行動」で書き直してください。新しい日が過ぎたら、またお聞きします。",
            en: "To set a new start date, rewrite the action under \"Actions\" on the worksheet: the question comes back once the new date has passed.",
        },
        RecordedNext { ja: "記録しました。続けて、次の約束についてお聞きします（あと{}件）。", en: "Recorded. Here is the next one ({} left)." },
        HistoryHeading { ja: "振り返りの記録", en: "Follow-up answers" },
        RecordNow { ja: "いまの様子を記録する", en: "Record how it is going" },
        AboutEarlierPlan { ja: "書き直す前の行動についての答えです", en: "An answer about the action before it was rewritten" },
        // The same, with the text the answer was about, kept when the action was rewritten.
        AboutEarlierText { ja: "書き直す前の「{}」についての答えです", en: "An answer about the action before it was rewritten: \"{}\"" },
        // The latest of those on the worksheet and the sheet: its day, the text, the answer.
        EarlierAnswer { ja: "{}の振り返り（書き直す前の「{}」について）：{}", en: "Follow-up on {} (about the earlier version, \"{}\"): {}" },
        FollowUpNote { ja: "ひとこと添える（任意）", en: "Add a few words (optional)" },
        FollowUpNoteHint {
            ja: "例：「2回やりましたが、年末の繁忙期で止まっています」。答えを選ぶ前に書くと、答えと一緒に記録されます。共有する行動なら、面談準備シートにも載ります。",
            en: "For example: \"Did it twice, then stopped in the year-end rush.\" Write it before you pick your answer below, and it is recorded with it. For an action you share, it goes on the interview sheet too.",
        },
        // Under the note, while it names a topic often kept from a manager and the action
        // is shared: the answer takes the note onto the sheet.
        FollowUpNoteSensitive {
            ja: "{}のような言葉は、面談の相手から上司に伝わることがあります。この行動は「面談で共有する」になっているので、このひとことも答えと一緒に面談準備シートに載ります。載せたくなければ、書き直してください。",
            en: "Words such as {} can reach your manager through your interviewer. This action is shared, so these words go on the interview sheet with your answer; if you would rather they did not, reword them.",
        },
        // The same, said to fit who conducts the interview (chosen in worksheet a.).
        FollowUpNoteSensitiveManager {
            ja: "{}のような言葉は、この行動が「面談で共有する」になっているので、答えと一緒に面談準備シートに載り、面談の相手（上司）がそのまま読みます。読まれたくなければ、書き直してください。",
            en: "This action is shared, so words such as {} go on the interview sheet with your answer, and your manager, who conducts the interview, reads them as you wrote them. If you would rather they did not, reword them.",
        },
        FollowUpNoteSensitiveHr {
            ja: "{}のような言葉は、面談をする人事の担当者から上司に伝わることがあります。この行動は「面談で共有する」になっているので、このひとことも答えと一緒に面談準備シートに載ります。載せたくなければ、書き直してください。",
            en: "Words such as {} can reach your manager through the HR person or counsellor who conducts your interview. This action is shared, so these words go on the interview sheet with your answer; if you would rather they did not, reword them.",
        },
        FollowUpNoteSensitiveExternal {
            ja: "{}のような言葉は、社外のキャリアコンサルタントが面談のあとに書く要約から上司に伝わることがあります。この行動は「面談で共有する」になっているので、このひとことも答えと一緒に面談準備シートに載ります。載せたくなければ、書き直してください。",
            en: "Words such as {} can reach your manager through the summary the outside consultant writes after your interview. This action is shared, so these words go on the interview sheet with your answer; if you would rather they did not, reword them.",
        },
        ObjectiveShort { ja: "客観性", en: "Objective" },
        StartShort { ja: "開始時期", en: "Start" },
    }
}

/// The four DOMAIN examples, in the order the screen offers them.
pub const SAMPLES: [CheckMsg; 4] = [
    CheckMsg::SampleAttitude,
    CheckMsg::SampleWorkshop,
    CheckMsg::SampleScore,
    CheckMsg::SampleSchool,
];

/// The label of a start date: 「始める日」 for a start still to come on `reference` (the
/// day the text is read, or the day a commitment was saved), from that day or, when `by`,
/// by it at the latest; 「始めた日」 for an act that had already begun then.
pub fn start_label(start: NaiveDate, reference: NaiveDate, by: bool) -> CheckMsg {
    if start < reference {
        CheckMsg::StartedLabel
    } else if by {
        CheckMsg::StartByLabel
    } else {
        CheckMsg::StartLabel
    }
}

/// What 「保留」 is for, said where it is offered, in the words the action's answers use.
pub fn set_aside_help(wording: Wording) -> CheckMsg {
    match wording {
        Wording::Done => CheckMsg::SetAsideHelp,
        Wording::Begun => CheckMsg::SetAsideHelpBegun,
    }
}

/// The day an action was set aside, as the list, the worksheet and the sheet mark it:
/// 「保留（2026年12月4日(金)）」, "On hold (Fri 4 December 2026)".
pub fn set_aside_line(day: NaiveDate, lang: Lang) -> String {
    fill(CheckMsg::SetAsideOn.text(lang), &[&format_date(day, lang)])
}

/// The start date with its label: 「始める日：2026年12月1日(火)から」 (or 「…までに」
/// for a deadline to begin by), and for an act already under way on `reference`,
/// 「始めた日：2026年11月27日(金)」; "Start: Tue 1 December 2026", "Start: by …".
pub fn start_line(start: NaiveDate, reference: NaiveDate, by: bool, lang: Lang) -> String {
    let label = start_label(start, reference, by);
    fill(label.text(lang), &[&format_date(start, lang)])
}

/// A sample as the screen offers it on `today`: the school's sign-up deadline is the
/// first of next month, so the example passes both tests on any day of the year (a fixed
/// 12月1日 is next year's from 2 December, a year away and with a note to check it).
pub fn sample_text(sample: CheckMsg, today: NaiveDate, lang: Lang) -> String {
    let text = sample.text(lang);
    if sample != CheckMsg::SampleSchool {
        return text.to_owned();
    }
    let month = first_of_next_month(today).month();
    let name = match lang {
        Lang::Ja => month.to_string(),
        Lang::En => crate::i18n::english_month(month).to_owned(),
    };
    fill(text, &[&name])
}

/// The first day of the month after `today`'s.
pub fn first_of_next_month(today: NaiveDate) -> NaiveDate {
    today
        .with_day(1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .unwrap_or(today)
}

/// A level of the four-level behaviour-change scale (DOMAIN.md: changed remarkably,
/// changed, tried but no action showed, no change), in the words of a person answering
/// "did you start?" about themselves; the saved value stays the level. A one-off act
/// (受験を申し込む, or one done by a day: 12月15日までに申し込む) is done, not kept up,
/// and is asked in those words (`Wording::Done`).
pub fn change_label(change: Change, wording: Wording, lang: Lang) -> &'static str {
    let done = wording == Wording::Done;
    let (ja, en) = match (change, done) {
        // 進んでいます, not 続いています: it fits a one-off act on a day (園長に面談の時間を
        // もらう) as well as a habit kept up.
        (Change::Remarkable, false) => (
            "始めて、思っていた以上に進んでいます",
            "Yes, and it has gone further than I planned",
        ),
        // Begun, and no more: an act begun and since stopped is honestly this, with its
        // note saying why (「10月の異動で止まっています」).
        (Change::Changed, false) => ("始めました", "Yes, I started"),
        (Change::TriedWithoutAction, false) => (
            "始めるつもりですが、まだ行動に移せていません",
            "I mean to, but I have not acted on it yet",
        ),
        (Change::NoChange, false) => ("始めていません", "No, I have not started"),
        (Change::Remarkable, true) => (
            "済ませて、その先まで進んでいます",
            "Done, and I have gone further",
        ),
        (Change::Changed, true) => ("済ませました", "Done"),
        (Change::TriedWithoutAction, true) => (
            "するつもりですが、まだできていません",
            "I mean to, but I have not done it yet",
        ),
        (Change::NoChange, true) => ("していません", "No, I have not done it"),
    };
    in_lang((ja, en), lang)
}

/// An answer about the action before it was rewritten, with the text it answered, as
/// the worksheet and the sheet say it: 「2027年4月1日(木)の振り返り（書き直す前の「…」に
/// ついて）：始めました」, in the words it was given in and with its note.
pub fn earlier_answer_line(answer: &FollowUp, wording: Wording, text: &str, lang: Lang) -> String {
    let line = with_note(
        change_label(answer.change, wording, lang).to_owned(),
        &answer.note,
        lang,
    );
    fill(
        CheckMsg::EarlierAnswer.text(lang),
        &[&format_date(answer.date, lang), text, &line],
    )
}

/// A follow-up answer's line with the person's note after it, as an aside:
/// 「始めました（10月の異動で止まっています）」; the line alone when there is none.
pub fn with_note(line: String, note: &str, lang: Lang) -> String {
    match (note.trim(), lang) {
        ("", _) => line,
        (note, Lang::Ja) => format!("{line}（{note}）"),
        (note, Lang::En) => format!("{line} ({note})"),
    }
}

/// One test's verdict in words, by its short name: 「客観性：クリア」, "Start: Not yet". The
/// saved list shows it with an icon; the spoken sentence says both, one after the other.
pub fn verdict_words(title: CheckMsg, met: bool, lang: Lang) -> String {
    let word = if met {
        crate::i18n::commitment::CommitmentMsg::Met
    } else {
        crate::i18n::commitment::CommitmentMsg::NotMet
    };
    format!(
        "{}{}{}",
        title.text(lang),
        crate::i18n::colon(lang),
        word.text(lang)
    )
}

/// The note under a follow-up answer's words that name a topic often kept from a manager
/// (a catalogue text with `{}` for the words), said to fit who conducts the interview, as
/// the worksheet's is (`i18n::worksheet::sensitive_here`).
pub fn follow_up_note_sensitive(conducted_by: Option<Interviewer>, lang: Lang) -> &'static str {
    crate::i18n::worksheet::by_interviewer(
        conducted_by,
        [
            CheckMsg::FollowUpNoteSensitive,
            CheckMsg::FollowUpNoteSensitiveManager,
            CheckMsg::FollowUpNoteSensitiveHr,
            CheckMsg::FollowUpNoteSensitiveExternal,
        ],
    )
    .text(lang)
}
