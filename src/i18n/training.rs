//! Texts of the training mode: the attendee's card, the facilitator's screen, what is
//! wrong with a pasted line, and the discussion prompt of each anchor's group. Texts with
//! `{}` are filled by `i18n::fill`.

use crate::domain::anchors::Anchor;
use crate::domain::lang::Lang;
use crate::domain::training::grouping::SizeError;
use crate::domain::training::roster::Duplicate;
use crate::domain::training::share_code::ShareCodeError;
use crate::i18n::{fill, in_lang};

crate::catalogue! {
    /// A message of the training mode.
    pub enum TrainMsg {
        NavCard { ja: "研修用カード", en: "Training card" },
        NavTraining { ja: "研修のグループ分け（進行役の方）", en: "Training groups (for facilitators)" },
        ShowCard { ja: "研修用カードを表示", en: "Show my training card" },
        CardHeading { ja: "わたしのキャリア・アンカー", en: "My career anchor" },
        CardTie { ja: "同点で並んでいます", en: "Tied at the top" },
        CardCode { ja: "共有コード", en: "Share code" },
        CardHelp {
            ja: "進行役にコードを伝えるか、QRコードを読み取ってもらいましょう。中身は8つの点数だけです。",
            en: "Read the code out to the facilitator or let them scan it. It holds your eight scores, nothing else.",
        },
        CardQr { ja: "QRコード：", en: "QR code: " },
        CardBack { ja: "結果に戻る", en: "Back to my result" },
        Heading { ja: "研修のグループ分け", en: "Training groups" },
        Lead {
            ja: "参加者の共有コードを集めると、同じアンカーの人どうしでグループを作ります。名前とコードはこの端末の外に出ません。",
            en: "Collect the attendees' share codes to form groups of people who share an anchor. Names and codes never leave this device.",
        },
        AddLabel { ja: "共有コード", en: "Share codes" },
        AddHelp {
            ja: "1行に1人。「名前,コード」や、表計算ソフトの2列の貼り付けも使えます。",
            en: "One per line; \"name,code\" and two spreadsheet columns work too.",
        },
        Add { ja: "追加する", en: "Add" },
        Added { ja: "{}人を追加しました。", en: "{} added." },
        NotAdded {
            ja: "次の行は入力欄に残しました。直して、もう一度「追加する」を押してください。",
            en: "These lines are back in the box: correct them and press Add again.",
        },
        Line { ja: "{}行目：{}", en: "Line {}: {}" },
        NoCode { ja: "コードがありません。", en: "There is no code." },
        Length { ja: "コードは10文字です（{}文字あります）。", en: "A code has 10 characters, not {}." },
        Unknown { ja: "「{}」はコードに使われない文字です。", en: "\"{}\" never appears in a code." },
        CheckFailed { ja: "打ち間違いがあります（確認の文字が合いません）。", en: "There is a typo (the check character does not match)." },
        Impossible { ja: "打ち間違いがあります（ありえない点数です）。", en: "There is a typo (impossible scores)." },
        Sizes { ja: "グループの人数", en: "Group size" },
        Min { ja: "最少", en: "At least" },
        Max { ja: "最多", en: "At most" },
        MinTooSmall { ja: "最少は1人以上にしてください。", en: "The smallest size is 1." },
        MinAboveMax { ja: "最少が最多を超えています。", en: "\"At least\" is more than \"at most\"." },
        MaxTooLarge { ja: "最多は30人までです。", en: "At most 30 per group." },
        ListHeading { ja: "参加者", en: "Attendees" },
        ListEmpty { ja: "まだ参加者はいません。", en: "No attendees yet." },
        People { ja: "{}人", en: "{} people" },
        Unnamed { ja: "参加者{}", en: "Attendee {}" },
        SameCode { ja: "⚠ {}番と同じコード", en: "⚠ Same code as #{}" },
        SameName { ja: "⚠ {}番と同じ名前", en: "⚠ Same name as #{}" },
        Remove { ja: "削除", en: "Remove" },
        Clear { ja: "一覧を消去", en: "Clear the list" },
        ConfirmClear { ja: "参加者の一覧を消去します。元に戻せません。よろしいですか？", en: "Clear the whole list for good?" },
        Distribution { ja: "会場のアンカー分布", en: "Anchors in the room" },
        DistributionNote { ja: "同点のアンカーがある人は、それぞれに数えています。", en: "People with tied anchors count once for each." },
        Groups { ja: "グループ", en: "Groups" },
        GroupName { ja: "グループ{}", en: "Group {}" },
        Mixed { ja: "共通のアンカーなし：近い人どうし", en: "No shared anchor: nearest profiles" },
        Prompt { ja: "問い：", en: "Talk about: " },
        Projector { ja: "プロジェクター表示", en: "Projector view" },
        Print { ja: "印刷する", en: "Print" },
    }
}

/// `msg` with its `{}` filled by the number `n`.
pub fn with_number(msg: TrainMsg, n: usize, lang: Lang) -> String {
    fill(msg.text(lang), &[&n.to_string()])
}

/// What is wrong with one pasted line, with its number.
pub fn line_problem(line: usize, problem: ShareCodeError, lang: Lang) -> String {
    let what = match problem {
        ShareCodeError::WrongLength { found: 0 } => TrainMsg::NoCode.text(lang).to_owned(),
        ShareCodeError::WrongLength { found } => with_number(TrainMsg::Length, found, lang),
        ShareCodeError::UnknownCharacter(c) => {
            fill(TrainMsg::Unknown.text(lang), &[c.encode_utf8(&mut [0; 4])])
        }
        ShareCodeError::CheckFailed => TrainMsg::CheckFailed.text(lang).to_owned(),
        ShareCodeError::ScoresImpossible => TrainMsg::Impossible.text(lang).to_owned(),
    };
    fill(TrainMsg::Line.text(lang), &[&line.to_string(), &what])
}

/// Why the group sizes were not taken.
pub fn size_problem(error: SizeError, lang: Lang) -> &'static str {
    match error {
        SizeError::MinTooSmall => TrainMsg::MinTooSmall,
        SizeError::MinAboveMax => TrainMsg::MinAboveMax,
        SizeError::MaxTooLarge => TrainMsg::MaxTooLarge,
    }
    .text(lang)
}

/// The flag of an attendee worth a second look; numbers are 1-based positions.
pub fn duplicate_note(duplicate: Duplicate, lang: Lang) -> String {
    match duplicate {
        Duplicate::SameCode(i) => with_number(TrainMsg::SameCode, i + 1, lang),
        Duplicate::SameName(i) => with_number(TrainMsg::SameName, i + 1, lang),
    }
}

/// The question a group of this anchor discusses: how each will contribute to the
/// organisation, in the terms of what they value.
pub fn prompt(anchor: Anchor, lang: Lang) -> &'static str {
    let both = match anchor {
        Anchor::TechnicalFunctional => (
            "専門家を育て、生かすことで、組織にどう貢献しますか？",
            "How will you serve the organisation by growing experts and placing them well?",
        ),
        Anchor::GeneralManagerial => (
            "人を率いて成果を出すことで、組織にどう貢献しますか？",
            "How will you serve the organisation by leading people to results?",
        ),
        Anchor::Autonomy => (
            "自分のやり方とペースを保ちながら、組織にどう貢献しますか？",
            "How will you serve the organisation while keeping your own ways and pace?",
        ),
        Anchor::Security => (
            "安心して長く働ける場から、組織にどう貢献しますか？",
            "How will you serve the organisation from a steady, long-term place?",
        ),
        Anchor::EntrepreneurialCreativity => (
            "新しいものを生み出して、組織にどう貢献しますか？",
            "How will you serve the organisation by creating something new?",
        ),
        Anchor::Service => (
            "社会の役に立つことで、組織にどう貢献しますか？",
            "How will you serve the organisation by making society better?",
        ),
        Anchor::PureChallenge => (
            "難しい課題に挑むことで、組織にどう貢献しますか？",
            "How will you serve the organisation by taking on hard problems?",
        ),
        Anchor::Lifestyle => (
            "みんなが夕食に間に合う働き方で、組織にどう貢献しますか？",
            "How will you serve the organisation so that everyone is home for dinner, and works better for it?",
        ),
    };
    in_lang(both, lang)
}
