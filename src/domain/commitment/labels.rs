//! The closed sets the check labels what it finds with: results (`Outcome`),
//! attitudes, efforts, wishes and states (`Attitude`), what leaves an amount open
//! (`Hedge`), times that cannot be dated (`VagueTime`) and the moments of the company
//! calendar a start can hang on (`Trigger`). Reasons and hints name them, and the
//! message catalogue says each one in Japanese and English.

/// A result rather than an act: measurable, but reaching it is not a start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Outcome {
    Pass,
    Obtain,
    Promotion,
    ScoreUp,
    Achieve,
    /// できるようになる, be able to: an ability reached, checkable, but not an act.
    BecomeAble,
    /// トップ3に入る, 1位になる, finish in the top 3: a place in a ranking is reached,
    /// as a pass is, by work begun before; the day it is reached starts nothing.
    Rank,
    /// 技術研修センターに異動する, 関連会社に出向する: a move the company decides and
    /// announces, checkable, and a result as a seat is (blind writers label it so).
    Transfer,
}

/// An attitude, an effort, a wish or a state of being, which nobody can watch being
/// done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Attitude {
    BeAware,
    KeepInMind,
    DoMyBest,
    Strive,
    Proactively,
    Positively,
    Grow,
    Value,
    BecomeSomeone,
    BeReliedUpon,
    Try,
    WorkOn,
    Aim,
    Contribute,
    /// 考える, think about: it happens in one's head.
    Think,
    /// 忘れない, never forget, be grateful.
    Remember,
    /// 気持ちを切り替える, make a fresh start.
    FreshStart,
    /// 〜になる, become, stay: a state of being.
    Become,
    /// 〜したい, want to, hope to: a wish, not a commitment.
    Want,
    /// 学び続ける, keep learning.
    KeepGoing,
    /// 〜のままでいる, stay humble, remain calm.
    Stay,
    /// 面談があります: something takes place; it says what is scheduled, not what the
    /// person will do.
    TakesPlace,
    /// 話せるようになる, be able to explain: an ability of one's own with no measure, a
    /// state reached rather than an act anyone could see.
    Able,
    /// 残業はしないようにします, "I will not…", never: not doing something. Nothing is
    /// there for anyone to see done; what one does instead to keep it is the act.
    Refrain,
}

impl Attitude {
    /// A way of doing an act rather than an act (意識して, 心がけて, 大切にして, 頑張って,
    /// 努めて): in て form before a verb it says how that verb is done
    /// (`japanese::manner`, and a time set off before it binds the act after it).
    pub(crate) fn is_manner(self) -> bool {
        matches!(
            self,
            Attitude::BeAware
                | Attitude::KeepInMind
                | Attitude::Refrain
                | Attitude::Value
                | Attitude::DoMyBest
                | Attitude::Strive
        )
    }
}

/// What leaves the amount of an act open, so that nobody can tell when it is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Hedge {
    /// できるだけ, as much as possible.
    AsMuchAsPossible,
    /// 少しずつ, little by little.
    LittleByLittle,
    /// もっと, これまで以上に, more: a comparison with no measure.
    More,
    /// しっかり, 本格的に, seriously.
    Seriously,
    /// 定期的に, regularly: a rhythm with no number.
    Regularly,
    /// 見直す, reconsider: a verb that names no visible result.
    Review,
    /// 生かす, make use of.
    MakeUseOf,
    /// 育てる, foster.
    Develop,
    /// 改善する, strengthen.
    Improve,
    /// 行動する, behave: a verb that does not say what is done.
    Generic,
    /// 積極的に, proactively: an attitude that colours a habit (an act done once, on
    /// a given day, stays objective).
    Manner,
    /// 何か, something new: what will be done is not said.
    Unspecified,
}

/// A time that cannot be put on a calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum VagueTime {
    Someday,
    SoonerOrLater,
    Soon,
    AsSoonAsPossible,
    FromNowOn,
    Eventually,
    WhenThereIsTime,
    /// 春ごろから, 年明けくらいに: a period only approximately (a day with ごろ keeps its day).
    Around,
}

/// A moment of the company calendar a start can hang on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Trigger {
    /// 来年度, 新年度, 来期: the first day of the next fiscal year.
    NextFiscalYear,
    /// 期初, 年度初め: the next first day of a fiscal year (today if it is one).
    FiscalYearStart,
    /// 期末, 年度末: the last day of the current fiscal year.
    FiscalYearEnd,
    /// 期末の一ヶ月前: some weeks or months before the current fiscal year ends.
    BeforeFiscalYearEnd,
    /// 下期: the first day of the second half of the fiscal year.
    SecondHalf,
    /// 次の四半期: the first day of the next fiscal quarter.
    NextQuarter,
    /// 年明け: the first of January of next year.
    NewYear,
    /// 次の評価面談: set by the company, we cannot date it.
    NextAppraisal,
    /// 次の異動: set by the company, we cannot date it.
    NextPersonnelChange,
    /// 次の面談, the next one-to-one: on the calendar of the two people, not ours.
    NextOneToOne,
    /// 給料日, ボーナス支給日, payday: set by the company, we cannot date it.
    Payday,
    /// 棚卸しが終わったら, after the next release: an event the company schedules and
    /// the text names without a day; we cannot date it.
    CompanyEvent,
    /// 面談までに, 次の面談で, "before my interview": the interview the person is
    /// preparing for, dated by the worksheet's day when it gives one.
    Interview,
}
