//! The texts of the career-anchor self-assessment: the forty statements, the rating
//! scale, the anchors' labels and guidance, and the caveat that goes with every result.
//! All of it was written for Jiritsu; none of it is taken from a published inventory.

mod guidance;
mod statements;

pub use statements::STATEMENTS;

use crate::domain::anchors::{Anchor, Rating, StatementId};
use crate::domain::lang::Lang;
use crate::i18n::in_lang;

crate::catalogue! {
    /// Fixed texts of the assessment screens.
    pub enum AnchorMsg {
        Caveat {
            ja: "この結果は面談に向けて考えを整理するための手がかりで、あなたの価値や向き不向きを決めるものではありません。あてはまると思うところも違うと感じるところも、面談で担当者と話しながら確かめてください。",
            en: "This result is a starting point for sorting out your thoughts before the interview; it does not decide your worth or what you are suited for. Talk it over with your interviewer to check where it fits you and where it does not.",
        },
        RatingInstruction {
            ja: "それぞれの文が今のあなたにどのくらいあてはまるか、1から6で答えてください。正解はありません。思ったとおりに選んでください。",
            en: "For each statement, choose from 1 to 6 how true it is of you now. There are no right answers; go with your first impression.",
        },
        PickInstruction {
            ja: "高い数字をつけた文の中から、特にあてはまるものを3つ選んでください。",
            en: "From the statements you rated highest, choose the three that are most true of you.",
        },
        PickLimitReached {
            ja: "選べるのは3つまでです。別の文を選ぶときは、先にどれかを外してください。",
            en: "You can choose only three. To choose another, first remove one of your choices.",
        },
        OtherStatements {
            ja: "その他の文",
            en: "Other statements",
        },
        // Before the anchors one point behind a single top anchor (`Scores::close_behind`).
        CloseBehind {
            ja: "0.2点差で続くアンカー：{}。ひとつの文への回答が1段階ちがえば並ぶほどの差です。説明を読み比べて、より自分らしいものを考えてみてください。",
            en: "Just 0.2 points behind: {}. One answer a step different would put them level, so read the descriptions side by side and consider which is more like you.",
        },
        TiedTop {
            ja: "複数のアンカーが同じ最高点で並んでいます。どれもあなたのアンカーとして考えてみてください。",
            en: "More than one anchor shares the highest score. Consider each of them as your anchor.",
        },
    }
}

crate::catalogue! {
    /// The six steps of the rating scale, 1 to 6. The Japanese labels carry a zero-width
    /// space between their words: the stylesheet keeps Japanese words whole
    /// (`word-break: keep-all`), so a narrow column breaks 「ほとんど／あてはまらない」,
    /// never 「ほとんどあてはまらな／い」.
    pub enum ScaleStep {
        NotTrueAtAll { ja: "全く\u{200b}あてはまらない", en: "Not true at all" },
        RarelyTrue { ja: "ほとんど\u{200b}あてはまらない", en: "Rarely true" },
        SometimesTrue { ja: "ときどき\u{200b}あてはまる", en: "Sometimes true" },
        OftenTrue { ja: "よく\u{200b}あてはまる", en: "Often true" },
        NearlyAlwaysTrue { ja: "ほとんど\u{200b}いつも\u{200b}あてはまる", en: "Nearly always true" },
        AlwaysTrue { ja: "いつも\u{200b}あてはまる", en: "Always true" },
    }
}

/// The label of `rating` on the scale, e.g. 6 → いつもあてはまる / Always true.
pub fn rating_label(rating: Rating, lang: Lang) -> &'static str {
    let step = match rating.value() {
        1 => ScaleStep::NotTrueAtAll,
        2 => ScaleStep::RarelyTrue,
        3 => ScaleStep::SometimesTrue,
        4 => ScaleStep::OftenTrue,
        5 => ScaleStep::NearlyAlwaysTrue,
        _ => ScaleStep::AlwaysTrue,
    };
    step.text(lang)
}

/// The text of one statement.
pub fn statement(id: StatementId, lang: Lang) -> &'static str {
    in_lang(STATEMENTS[usize::from(id.number()) - 1], lang)
}

/// The anchor's name. The Japanese labels are the ones the training uses.
pub fn label(anchor: Anchor, lang: Lang) -> &'static str {
    let both = match anchor {
        Anchor::TechnicalFunctional => (
            "専門・職能別コンピタンス",
            "Technical/functional competence",
        ),
        Anchor::GeneralManagerial => ("全般管理コンピタンス", "General managerial competence"),
        Anchor::Autonomy => ("自律・独立", "Autonomy/independence"),
        Anchor::Security => ("保障・安定", "Security/stability"),
        Anchor::EntrepreneurialCreativity => ("起業家的創造性", "Entrepreneurial creativity"),
        Anchor::Service => ("奉仕・社会貢献", "Service/dedication to a cause"),
        Anchor::PureChallenge => ("純粋な挑戦", "Pure challenge"),
        Anchor::Lifestyle => ("生活様式", "Lifestyle"),
    };
    in_lang(both, lang)
}

/// The anchor's name in a word or two, where there is no room for the whole (the radar
/// chart's labels).
pub fn short_label(anchor: Anchor, lang: Lang) -> &'static str {
    let both = match anchor {
        Anchor::TechnicalFunctional => ("専門・職能", "Expertise"),
        Anchor::GeneralManagerial => ("全般管理", "Management"),
        Anchor::Autonomy => ("自律・独立", "Autonomy"),
        Anchor::Security => ("保障・安定", "Security"),
        Anchor::EntrepreneurialCreativity => ("起業・創造", "Enterprise"),
        Anchor::Service => ("奉仕・貢献", "Service"),
        Anchor::PureChallenge => ("純粋な挑戦", "Challenge"),
        Anchor::Lifestyle => ("生活様式", "Lifestyle"),
    };
    in_lang(both, lang)
}

/// What the anchor means in a phrase, for a reader who has not taken the assessment.
pub fn gloss(anchor: Anchor, lang: Lang) -> &'static str {
    in_lang(guidance::gloss(anchor), lang)
}

/// Two or three sentences on what the anchor means.
pub fn description(anchor: Anchor, lang: Lang) -> &'static str {
    in_lang(guidance::description(anchor), lang)
}

/// What the top anchor suggests talking about in the interview.
pub fn interview_topics(anchor: Anchor, lang: Lang) -> &'static str {
    in_lang(guidance::interview_topics(anchor), lang)
}

/// What to look for in a career vision when this anchor is on top.
pub fn vision_hint(anchor: Anchor, lang: Lang) -> &'static str {
    in_lang(guidance::vision_hint(anchor), lang)
}

/// A short line for when the anchor is among the lowest: what matters least.
pub fn when_lowest(anchor: Anchor, lang: Lang) -> &'static str {
    in_lang(guidance::when_lowest(anchor), lang)
}
