//! Texts of the training mode: the attendee's card, the facilitator's screen, what is
//! wrong with a pasted line, and the discussion prompt of each anchor's group. Texts with
//! `{}` are filled by `i18n::fill`.

use crate::domain::anchors::Anchor;
use crate::domain::lang::Lang;
use crate::domain::training::grouping::Group;
use crate::domain::training::roster::Duplicate;
use crate::domain::training::share_code::{ShareCodeError, CODE_LENGTH};
use crate::i18n::{fill, in_lang};

crate::catalogue! {
    /// A message of the training mode.
    pub enum TrainMsg {
        NavCard { ja: "研修用カードを表示", en: "Show my training card" },
        CardLead { ja: "研修に参加している方は、ここから進行役にアンカーを伝えられます。", en: "At a training session? Share your anchor with the facilitator here." },
        NavTraining { ja: "研修のグループ分け", en: "Training groups" },
        // Home's link to the facilitator's screen: says whom it is for, so an attendee
        // does not open a screen that asks for other people's codes.
        HomeTraining { ja: "進行役の方へ：研修のグループ分け", en: "For facilitators: training groups" },
        CardHeading { ja: "わたしのキャリア・アンカー", en: "My career anchor" },
        CardCode { ja: "共有コード", en: "Share code" },
        CardHelp {
            ja: "このコードを進行役に読み上げるか、QRコードを進行役に読み取ってもらってください。読み取った端末の「研修のグループ分け」の一覧に、あなたのコードが加わります。コードに含まれるのは8つの得点だけです。上の欄に名前を入力すると、QRコードとコピーする内容には名前も入ります。",
            en: "Read this code out to the facilitator, or let them scan the QR code: your code is added to the group list on the device that scans it. The code holds only your eight scores; if you enter a name above, the QR code and what you copy carry it too.",
        },
        CardName { ja: "グループ表に出す名前（任意）", en: "Your name on the group list (optional)" },
        CardNameHelp {
            ja: "ニックネームでもかまいません。QRコードから追加されると、進行役の画面にこの名前で出ます。",
            en: "A nickname is fine. When the facilitator scans your QR code, you are listed under this name.",
        },
        CardBack { ja: "結果に戻る", en: "Back to my result" },
        CardQr { ja: "QRコード：進行役の画面に共有コード {} を追加", en: "QR code: adds share code {} on the facilitator's screen" },
        Copy { ja: "コードをコピー", en: "Copy the code" },
        CopyWithName { ja: "名前とコードをコピー", en: "Copy your name and code" },
        Copied { ja: "コピーしました：{}", en: "Copied: {}" },
        Selected {
            ja: "自動ではコピーできなかったため、コードを選択した状態にしました。Ctrl+C（Macは⌘C）でコピーしてください。",
            en: "The code could not be copied for you, so it is selected: copy it with Ctrl+C (⌘C on a Mac).",
        },
        // The same, on a phone or a tablet: no keyboard to press Ctrl+C on.
        SelectedTouch {
            ja: "自動ではコピーできなかったため、コードを選択した状態にしました。選択された文字を長押しして、「コピー」を選んでください。",
            en: "The code could not be copied for you, so it is selected: press and hold the selected text and choose Copy.",
        },
        PrintCard { ja: "カードを印刷", en: "Print the card" },
        ScanAdded { ja: "QRコードから{}（{}）を追加しました。一覧は{}人になりました。", en: "Added {} ({}) from a QR code. People on the list: {}." },
        ScanListed { ja: "{}はすでに一覧にあります（{}）。追加していません。", en: "{} is already listed ({}): not added again." },
        ScanRefused { ja: "QRコードから共有コードを追加できませんでした：{}", en: "The code from the QR code was not added: {}" },
        Lead {
            ja: "共有コードから、同じアンカーの人どうしのグループを作ります（違うアンカーの人を混ぜることもできます）。名前もコードも、ご自身でコピーして送らない限り、この端末の外に出ません。",
            en: "Form groups of people who share an anchor, from their share codes (or mix people whose anchors differ). Names and codes never leave this device unless you copy and send them yourself.",
        },
        AddHelp {
            ja: "1行に1人ずつ。「名前,コード」の形でもかまいません。Ctrl+Enter（Macは⌘+Enter）でも追加できます。",
            en: "One code per line; \"name,code\" works too. Ctrl+Enter (⌘+Enter on a Mac) also adds them.",
        },
        Add { ja: "追加する", en: "Add" },
        Added { ja: "{}人を追加しました。", en: "{} added." },
        NoneAdded { ja: "追加した人はいません。", en: "No one was added." },
        NamesCut { ja: "長い名前は{}文字までに短くしました（{}人）。", en: "Long names were shortened to {} characters ({} in all)." },
        NotAdded { ja: "次の行は追加できなかったため、入力欄に残しました：", en: "Left in the box to fix:" },
        Line { ja: "{}行目：{}", en: "Line {}: {}" },
        Length { ja: "コードは10文字です（{}文字あります）。", en: "A code has 10 characters, not {}." },
        Unknown { ja: "「{}」はコードに使われない文字です。", en: "\"{}\" is not a character used in codes." },
        CheckFailed { ja: "打ち間違いがあるようです。コードを確かめてください。", en: "There seems to be a typo: check the code." },
        NoCode { ja: "コードがありません。「名前,コード」の形で入力してください。", en: "There is no code (write name,code)." },
        ListFull { ja: "一覧がいっぱいのため追加できません。", en: "The list is full." },
        Impossible { ja: "打ち間違いがあるようです（得点として読めないコードです）。", en: "There seems to be a typo (the code does not give valid scores)." },
        Sizes { ja: "グループの人数", en: "Group size" },
        SizesBent {
            ja: "{}人は{}のグループに分けきれないため、人数がなるべくそろうように分けました。",
            en: "{} people cannot all be put in groups of {}, so the groups are as even in size as they can be.",
        },
        Min { ja: "最少", en: "Minimum" },
        Max { ja: "最多", en: "Maximum" },
        SizeProblem {
            ja: "最少は1人以上、最多は30人以下にして、最少が最多を超えないようにしてください。",
            en: "Make the minimum at least 1 and the maximum at most 30, with the minimum no larger than the maximum.",
        },
        ListHeading { ja: "参加者（{}人）", en: "Attendees ({})" },
        ListHeadingMerged { ja: "参加者（{}行・{}人）", en: "Attendees ({} lines, {} people)" },
        EmptyList {
            ja: "まだ誰もいません。参加者は自己診断のあと、「診断結果」の「研修用カードを表示」で共有コードとQRコードを出せます。読み上げてもらったコードを上の欄に入力するか、チャットなどで集めた「名前,コード」の行を貼り付けてください。QRコードは、スマートフォンのカメラで読み取ると、そのスマートフォンの一覧に入ります。プロジェクターにつないだパソコンへ移すには、スマートフォンで「一覧をコピー」し、メールやチャットでパソコンに送って、パソコンのこの画面の欄に貼り付けます。",
            en: "No one yet. After the self-assessment, each attendee opens \"Results\" and then \"Show my training card\", which gives a share code and a QR code. Type the code they read out into the box above, or paste the \"name,code\" lines they sent you in a chat. A QR code scanned with a phone's camera goes onto that phone's list; to move it to the laptop connected to the projector, use \"Copy the list\" on the phone, send it to the laptop by email or chat, and paste it into this screen there.",
        },
        Unnamed { ja: "参加者{}", en: "Attendee {}" },
        SameCode { ja: "⚠ {}番と同じコード（同じ人として1人に数えます）", en: "⚠ Same code as #{} (the same person, counted once)" },
        ApartCode { ja: "{}番と同じコード（別の人として数えます）", en: "Same code as #{} (another person, counted apart)" },
        MarkApart { ja: "別の人として数える", en: "Count as another person" },
        MarkApartWho { ja: "{}を別の人として数える", en: "Count as another person: {}" },
        MarkSame { ja: "同じ人として数える", en: "Count as the same person" },
        MarkSameWho { ja: "{}を{}番と同じ人として数える", en: "Count as the same person: {}, with #{}" },
        CountedApart { ja: "{}を別の人として数えます。", en: "{} now counts as another person." },
        CountedSame { ja: "{}を{}番と同じ人として数えます。", en: "{} now counts as the same person as #{}." },
        SameName {
            ja: "⚠ {}番と同じ名前（コードが違うので別の人として数えます）",
            en: "⚠ Same name as #{} (a different code, so counted as another person)",
        },
        Remove { ja: "削除", en: "Remove" },
        Rename { ja: "名前を変える", en: "Rename" },
        RenameWho { ja: "{}の名前を変える", en: "Rename {}" },
        NewName { ja: "{}の新しい名前", en: "New name for {}" },
        SaveName { ja: "変更する", en: "Save" },
        Cancel { ja: "やめる", en: "Cancel" },
        Renamed { ja: "名前を「{}」にしました。", en: "Renamed to {}." },
        NameCleared { ja: "名前を消しました。", en: "Name removed." },
        RenameFull { ja: "一覧がいっぱいのため、この長さの名前にはできません。", en: "The list is full: there is no room for a name this long." },
        Removed { ja: "{}を一覧から削除しました。", en: "Removed {} from the list." },
        PutBack { ja: "{}を一覧に戻しました。", en: "Put {} back on the list." },
        Undo { ja: "元に戻す", en: "Undo" },
        // After a name another person in the room shares, in the groups: the end of their
        // share code, which each of them can read on their own card.
        CodeEnd { ja: "（コード末尾 {}）", en: " (code ending {})" },
        // After a member's name, when the group's anchor is not their first: so that the
        // person whose card shows SE knows why they sit at the LS table.
        SecondAnchor { ja: "（2番目のアンカー）", en: " (2nd anchor)" },
        ThirdAnchor { ja: "（3番目のアンカー）", en: " (3rd anchor)" },
        OutsideTopThree { ja: "（上位3つにないアンカー）", en: " (not in their top three)" },
        // On the card, under the first anchor: the groups may be formed under these.
        CardRest { ja: "上位3つのほかのアンカー（グループはこちらになることもあります）", en: "The rest of your top three (your group may be under one of these)" },
        Clear { ja: "一覧を消去", en: "Clear the list" },
        CopyList { ja: "一覧をコピー", en: "Copy the list" },
        ListCopied {
            ja: "一覧（{}行）をコピーしました。メールやチャットでプロジェクター用のパソコンに送り、そのパソコンのこの画面で上の欄に貼り付けて「追加する」を押すと、その一覧に加わります。",
            en: "Copied the list ({} lines). Send it by email or chat to the laptop connected to the projector, paste it into the box above on this screen there, and press \"Add\": the people join that list.",
        },
        ListCopiedApart {
            ja: "「別の人として数える」の印は一覧に含まれません。貼り付けた先で同じコードの行に⚠が出たら、もう一度「別の人として数える」を押してください。",
            en: "The \"Count as another person\" marks do not go with the list: where it is pasted, press \"Count as another person\" again on the lines marked ⚠.",
        },
        ListSelected {
            ja: "コピーできなかったため、一覧を下の欄に表示して選択しました。Ctrl+C（Macは⌘C）でコピーしてください。",
            en: "The list could not be copied for you: it is in the box below, selected. Copy it with Ctrl+C (⌘C on a Mac).",
        },
        ListSelectedTouch {
            ja: "コピーできなかったため、一覧を下の欄に表示して選択しました。選択された文字を長押しして、「コピー」を選んでください。",
            en: "The list could not be copied for you: it is in the box below, selected. Press and hold the selected text and choose Copy.",
        },
        ListText { ja: "コピーする一覧", en: "The list to copy" },
        ConfirmClear { ja: "一覧を消去します。よろしいですか？", en: "Clear the whole list?" },
        Distribution { ja: "会場のアンカー分布", en: "Anchors in the room" },
        InTopThree { ja: "（上位3つ：{}）", en: " (top three: {})" },
        CountNote {
            ja: "太字はカードのアンカー（いちばん高いアンカー。同点ならそのすべて）が同じ人の数、かっこ内は上位3つに入っている人の数です。グループはカードのアンカーごとに組み、足りなければ上位3つで補います。",
            en: "Bold: how many people have this anchor on their card (their highest anchor; with a tie, each tied anchor counts). In brackets: how many have it in their top three. Groups are formed by the anchor on the card and, where there are too few, filled up from the top three.",
        },
        Merged {
            ja: "すでに一覧にあるコードの行は同じ人として、分布にもグループにも1人だけ数えています（{}行）。",
            en: "A line whose code is already listed is the same person, counted once in the room and in the groups. Lines like this: {}.",
        },
        GroupName { ja: "グループ{}", en: "Group {}" },
        Groups { ja: "グループ", en: "Groups" },
        Mixed { ja: "共通のアンカーなし", en: "No shared anchor" },
        GroupingKind { ja: "グループの作り方", en: "How to group" },
        GroupShared { ja: "同じアンカーの人どうし（大切にしていることを深める）", en: "People who share an anchor (to talk in depth about what you share)" },
        GroupMixed { ja: "違うアンカーの人を混ぜる（違いを知る）", en: "A mix of anchors (to hear what others value)" },
        MixedRound { ja: "いろいろなアンカー", en: "A mix of anchors" },
        MixedRoundPrompt {
            ja: "問い：ひとりずつ、自分のアンカーと、それが仕事のどんな場面に表れるかを話してください。大切にするものが違う人どうしで、どう補い合えるでしょうか。",
            en: "Question: take turns to name your anchor and say where it shows in your work. How can people who value different things complement each other?",
        },
        // Under the group's heading, short enough to read from the back of the room.
        // (The heading above names the anchor.)
        Sharing { ja: "このアンカーは、{}人中{}人の上位3つに入っています", en: "{} of {} have this anchor in their top three" },
        SharingAll { ja: "このアンカーは、{}人全員の上位3つに入っています", en: "All {} have this anchor in their top three" },
        SharingBoth { ja: "このアンカーは、2人とも上位3つに入っています", en: "Both have this anchor in their top three" },
        FixGroups { ja: "このグループで確定する", en: "Lock these groups" },
        FixHelp {
            ja: "確定すると、あとから来た人はほかの人を動かさずに加わります。",
            en: "Lock them, and latecomers join without moving anyone.",
        },
        Fixed {
            ja: "確定しています。あとから来た人は空きのあるグループに入ります。",
            en: "Groups locked: latecomers join a group with room; nobody else moves.",
        },
        Reform { ja: "グループを作り直す", en: "Re-form the groups" },
        ConfirmReform {
            ja: "全員のグループを作り直します。伝えたグループから移る人が出ることがあります。よろしいですか？",
            en: "Re-form everyone's groups? Some people may move from the groups you announced.",
        },
        Seated { ja: "{}はグループ{}に入りました。", en: "{} joined Group {}." },
        Projector { ja: "プロジェクター表示", en: "Projector view" },
        Bilingual { ja: "英語も併せて表示", en: "Show Japanese too" },
        // The handout shown to the room before the codes come in (`handout.rs`).
        ShowHandout { ja: "参加者への案内を表示", en: "Show the attendees' instructions" },
        HandoutHeading { ja: "キャリア・アンカー診断の進め方", en: "Your career anchor: how to take part" },
        HandoutOpen { ja: "スマートフォンかパソコンで、次のアドレスを開いてください（QRコードを読み取っても開けます）。", en: "Open this address on your phone or computer (or scan the QR code)." },
        HandoutLocal {
            ja: "下のアドレスは、このパソコンの中でしか開けません。参加者のスマートフォンやパソコンから開けるアドレス（社内サーバーなど）でこのページを開き直してから、案内を表示してください。",
            en: "The address below opens only on this computer. Open this page at an address attendees' phones and computers can reach (your intranet server, for example), then show the instructions.",
        },
        HandoutQr { ja: "自己診断を開くQRコード", en: "QR code that opens the self-assessment" },
        HandoutAnswer { ja: "「自己診断」で40の文に答えます（10〜15分ほど）。", en: "Answer the 40 statements of the self-assessment (10–15 minutes)." },
        HandoutCard { ja: "「診断結果」の画面で「研修用カードを表示」を押します。", en: "On the \"Results\" screen, press \"Show my training card\"." },
        HandoutShare { ja: "カードの共有コードを進行役に読み上げるか、カードのQRコードを進行役に見せてください。", en: "Read your card's share code out to the facilitator, or show them its QR code." },
        HandoutPrivacy {
            ja: "回答はお使いの端末の中だけに保存され、送信されません。共用のパソコンを使った方は、終わったら「データの管理」からすべて削除してください。",
            en: "Your answers are saved on your own device only and sent nowhere. On a shared computer, delete them under \"Your data\" when you are done.",
        },
        ProjectorHint { ja: "Escキーで通常の表示に戻ります。", en: "Press Esc to leave the projector view." },
        Prompt { ja: "問い：{}、組織にどう貢献しますか？", en: "Question: how will you contribute to the organisation {}?" },
        MixedPrompt {
            ja: "問い：ひとりずつ、仕事でいちばん大切にしていることを話してください。みんなに共通するものは何でしょう。それを生かして、組織にどう貢献しますか？",
            en: "Question: take turns to say what you value most in your work. What do you have in common, and how will you contribute to the organisation through it?",
        },
        Print { ja: "印刷する", en: "Print" },
    }
}

/// A share code written for reading aloud and copying: `7KX2M-9QHBC`.
pub fn grouped(code: &str) -> String {
    let half = CODE_LENGTH / 2;
    match (code.get(..half), code.get(half..)) {
        (Some(first), Some(rest)) if !rest.is_empty() => fill("{}-{}", &[first, rest]),
        _ => code.to_owned(),
    }
}

/// `msg` with its `{}` filled by the number `n`.
pub fn with_number(msg: TrainMsg, n: usize, lang: Lang) -> String {
    fill(msg.text(lang), &[&n.to_string()])
}

/// Why the groups are not within the sizes asked for: `people` cannot be split so
/// (24 into groups of 5), so the groups are as even as they can be.
pub fn sizes_bent(people: usize, min: u8, max: u8, lang: Lang) -> String {
    let (people, min, max) = (people.to_string(), min.to_string(), max.to_string());
    let range = match (min == max, lang) {
        (true, Lang::Ja) => fill("{}人ずつ", &[&min]),
        (false, Lang::Ja) => fill("{}〜{}人", &[&min, &max]),
        (true, Lang::En) => min,
        (false, Lang::En) => fill("{} to {}", &[&min, &max]),
    };
    fill(TrainMsg::SizesBent.text(lang), &[&people, &range])
}

/// The list's heading with how many it holds: lines and people apart when a code listed
/// twice counts once (参加者（26行・25人）).
pub fn list_heading(lines: usize, people: usize, lang: Lang) -> String {
    let (lines, people) = (lines.to_string(), people.to_string());
    if lines == people {
        fill(TrainMsg::ListHeading.text(lang), &[&people])
    } else {
        fill(TrainMsg::ListHeadingMerged.text(lang), &[&lines, &people])
    }
}

/// What is wrong with one pasted line, with its number.
pub fn line_problem(line: usize, problem: ShareCodeError, lang: Lang) -> String {
    fill(
        TrainMsg::Line.text(lang),
        &[&line.to_string(), &code_problem(problem, lang)],
    )
}

/// What is wrong with a code.
pub fn code_problem(problem: ShareCodeError, lang: Lang) -> String {
    match problem {
        ShareCodeError::WrongLength { found } => with_number(TrainMsg::Length, found, lang),
        ShareCodeError::UnknownCharacter(c) => {
            fill(TrainMsg::Unknown.text(lang), &[c.encode_utf8(&mut [0; 4])])
        }
        ShareCodeError::CheckFailed => TrainMsg::CheckFailed.text(lang).to_owned(),
        ShareCodeError::ScoresImpossible => TrainMsg::Impossible.text(lang).to_owned(),
        ShareCodeError::ListFull => TrainMsg::ListFull.text(lang).to_owned(),
        ShareCodeError::NoCode => TrainMsg::NoCode.text(lang).to_owned(),
    }
}

/// The flag of an attendee worth a second look; numbers are 1-based positions.
pub fn duplicate_note(duplicate: Duplicate, lang: Lang) -> String {
    match duplicate {
        Duplicate::SameCode(i) => with_number(TrainMsg::SameCode, i + 1, lang),
        Duplicate::SameName(i) => with_number(TrainMsg::SameName, i + 1, lang),
        Duplicate::Apart(i) => with_number(TrainMsg::ApartCode, i + 1, lang),
    }
}

/// What a shared group has in common, "4 of 5 have Autonomy/independence in their top
/// three"; `None` for a mixed group.
pub fn sharing_line(group: &Group, lang: Lang) -> Option<String> {
    if group.is_mixed() {
        return None;
    }
    let (size, sharing) = (group.members.len().to_string(), group.sharing.to_string());
    let label = crate::i18n::anchors::label(group.anchor, lang);
    match (group.members.len(), group.sharing == group.members.len()) {
        // A group of one shares with nobody.
        (1, _) => return None,
        (2, true) => return Some(TrainMsg::SharingBoth.text(lang).to_owned()),
        (_, true) => return Some(fill(TrainMsg::SharingAll.text(lang), &[&size])),
        _ => {}
    }
    // Japanese names the group's size first, English the people who share.
    let args = match lang {
        Lang::Ja => [size.as_str(), sharing.as_str(), label],
        Lang::En => [sharing.as_str(), size.as_str(), label],
    };
    Some(fill(TrainMsg::Sharing.text(lang), &args))
}

/// The question a group discusses: its anchor's, or, for a mixed group, one that starts
/// from what each member values and looks for what they share. A group where fewer than
/// half share its anchor gets that one too: its anchor's question would leave most of
/// them out.
pub fn group_prompt(group: &Group, lang: Lang) -> String {
    if group.is_mixed() || group.sharing * 2 < group.members.len() {
        TrainMsg::MixedPrompt.text(lang).to_owned()
    } else {
        prompt(group.anchor, lang)
    }
}

/// The question a group of this anchor discusses: how each will contribute to the
/// organisation, in the terms of what they value (the `Prompt` message, filled).
pub fn prompt(anchor: Anchor, lang: Lang) -> String {
    // What the group values, not what it might answer: the answer is for the group to find
    // (a group that values its own time may well arrive at everyone going home on time, and
    // is the more convinced for having got there itself).
    let angle = match anchor {
        Anchor::TechnicalFunctional => (
            "専門性を大切にする立場から",
            "as people who value expertise",
        ),
        Anchor::GeneralManagerial => (
            "人をまとめて成果を出すことを大切にする立場から",
            "as people who value leading others to results",
        ),
        Anchor::Autonomy => (
            "自分のやり方とペースを大切にする立場から",
            "as people who value their own way and pace of working",
        ),
        Anchor::Security => (
            "安定と先の見通しを大切にする立場から",
            "as people who value stability and a future they can foresee",
        ),
        Anchor::EntrepreneurialCreativity => (
            "新しいものを生み出すことを大切にする立場から",
            "as people who value creating something new",
        ),
        Anchor::Service => (
            "人や社会の役に立つことを大切にする立場から",
            "as people who value helping others and society",
        ),
        Anchor::PureChallenge => (
            "難しい課題に挑むことを大切にする立場から",
            "as people who value taking on hard problems",
        ),
        Anchor::Lifestyle => (
            "仕事と暮らしのバランスを大切にする立場から",
            "as people who value a balance between work and the rest of life",
        ),
    };
    fill(TrainMsg::Prompt.text(lang), &[in_lang(angle, lang)])
}
