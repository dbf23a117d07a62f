//! The career-anchor self-assessment: forty statements rated 1–6, three picked as most
//! true, eight anchor scores compared exactly, and the history of past results.
//!
//! Reading order: [`Anchor`] (this file), then `answers` (ratings of the statements),
//! `picks` (the "most true" step), `scoring` (the arithmetic and the ranking), and
//! `history` (an assessment in progress, completed ones, and the saved state).
//! The statements' texts live in `crate::i18n::anchors`, indexed by [`StatementId`].

mod answers;
mod history;
mod picks;
mod scoring;

pub use answers::{Answers, OutOfRange, Rating, StatementId};
pub use history::{AnchorState, Assessment, AssessmentHistory, CompletedAssessment, Stage};
pub use picks::{pick_candidates, Picks, Toggled, PICK_COUNT};
pub use scoring::{score, Scores, ScoringError};

/// One of Schein's eight career anchors, in the order of the domain brief. It is saved
/// as its two-letter code ("TF", "GM", …), which is also what the program shows in lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Anchor {
    /// TF, 専門・職能別コンピタンス: using and deepening one's expertise.
    TechnicalFunctional,
    /// GM, 全般管理コンピタンス: leading people to results, climbing the organisation.
    GeneralManagerial,
    /// AU, 自律・独立: one's own pace, methods and hours.
    Autonomy,
    /// SE, 保障・安定: safety, stability and predictability.
    Security,
    /// EC, 起業家的創造性: creating something new of one's own.
    EntrepreneurialCreativity,
    /// SV, 奉仕・社会貢献: making society better.
    Service,
    /// CH, 純粋な挑戦: hard problems and strong opponents.
    PureChallenge,
    /// LS, 生活様式: personal time, family and career in balance.
    Lifestyle,
}

impl Anchor {
    /// All eight, in the brief's order (TF, GM, AU, SE, EC, SV, CH, LS).
    pub const ALL: [Anchor; 8] = [
        Anchor::TechnicalFunctional,
        Anchor::GeneralManagerial,
        Anchor::Autonomy,
        Anchor::Security,
        Anchor::EntrepreneurialCreativity,
        Anchor::Service,
        Anchor::PureChallenge,
        Anchor::Lifestyle,
    ];

    /// The two-letter code, as saved and as in the domain brief's table.
    pub fn code(self) -> &'static str {
        match self {
            Anchor::TechnicalFunctional => "TF",
            Anchor::GeneralManagerial => "GM",
            Anchor::Autonomy => "AU",
            Anchor::Security => "SE",
            Anchor::EntrepreneurialCreativity => "EC",
            Anchor::Service => "SV",
            Anchor::PureChallenge => "CH",
            Anchor::Lifestyle => "LS",
        }
    }

    /// Reads a two-letter code such as "TF"; anything else gives `None`.
    pub fn from_code(code: &str) -> Option<Anchor> {
        Anchor::ALL.into_iter().find(|anchor| anchor.code() == code)
    }

    /// The anchor's number in the brief's table, 1 (TF) to 8 (LS).
    pub fn number(self) -> u8 {
        self.index() as u8 + 1
    }

    /// The five statements that measure this anchor.
    pub fn statements(self) -> [StatementId; 5] {
        StatementId::of_anchor(self)
    }

    /// Position in [`Anchor::ALL`], for arrays indexed by anchor.
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}
