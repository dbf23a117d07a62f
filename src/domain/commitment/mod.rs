//! The commitment check: does a sentence the person wrote name an observable act
//! (objective) and say from when it begins (start)? Findings are data; every sentence
//! shown to the person lives in `crate::i18n::commitment`.
//!
//! How it works, in one pass: `text` normalises what people type (full-width digits,
//! upper case), `scanner` walks the text once and turns it into tokens (acts, outcomes,
//! attitudes, vague times, dates and calendar triggers), `rules` judges the tokens
//! sentence by sentence, and `hints` says what is missing.

mod calendar;
mod dates;
mod dates_english;
mod dates_relative;
mod hints;
mod rules;
mod scanner;
mod text;
mod vocabulary;
mod word_index;

use chrono::NaiveDate;

use crate::domain::lang::Lang;

/// Checks a commitment with the usual settings: a fiscal year that starts in April and
/// the language read from the text itself.
pub fn check(text: &str, today: NaiveDate) -> Report {
    check_with(text, today, &Settings::default())
}

/// Checks a commitment against `today`, the day it is being written.
pub fn check_with(text: &str, today: NaiveDate, settings: &Settings) -> Report {
    let normalised = text::Text::new(text);
    let lang = settings.lang.unwrap_or_else(|| normalised.detected_lang());
    let calendar = calendar::Calendar::new(today, settings.fiscal_year_start_month);
    let tokens = scanner::scan(&normalised, &calendar);
    let judgement = rules::judge(&normalised, &tokens, text.trim().is_empty());
    let hints = hints::hints_for(&judgement, &calendar);
    Report {
        objective: judgement.objective,
        start: judgement.start,
        start_date: judgement.start_date,
        start_trigger: judgement.start_trigger,
        lang,
        hints,
    }
}

/// What the check needs besides the text and today's date.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Settings {
    /// The month (1..=12) the company's fiscal year starts in; April in most Japanese
    /// companies. Values outside 1..=12 are read as April.
    pub fiscal_year_start_month: u32,
    /// The language of the report; `None` reads it from the text.
    pub lang: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            fiscal_year_start_month: 4,
            lang: None,
        }
    }
}

/// The outcome of a check: one verdict per test, and what would make it pass.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Report {
    /// Can a third party see whether it was done?
    pub objective: Verdict,
    /// Does it say from when the action begins?
    pub start: Verdict,
    /// The day the action begins, resolved against today; `None` when there is no
    /// start or when the start is a calendar event we cannot date.
    pub start_date: Option<NaiveDate>,
    /// The company-calendar event the start hangs on, when there is one.
    pub start_trigger: Option<Trigger>,
    /// The language the report should be shown in.
    pub lang: Lang,
    /// What to change, most useful first; empty when both tests pass.
    pub hints: Vec<Hint>,
}

impl Report {
    /// True when the commitment passes both tests.
    pub fn passes_both_tests(&self) -> bool {
        self.objective.met && self.start.met
    }
}

/// The verdict on one test, with why and where in the text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Verdict {
    pub met: bool,
    pub reasons: Vec<Reason>,
    pub spans: Vec<Span>,
}

impl Verdict {
    pub fn is_met(&self) -> bool {
        self.met
    }
}

/// A stretch of the original text, in byte offsets that always fall on char boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: SpanKind,
}

/// What a highlighted stretch of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum SpanKind {
    Action,
    Outcome,
    Attitude,
    VagueTime,
    Date,
    Trigger,
}

/// Why a verdict came out the way it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Reason {
    /// Nothing was written.
    Empty,
    /// Objective met: an act anyone can see.
    ObservableAction { act: Act },
    /// Objective met: a result anyone can measure (a score, a pass, a promotion).
    MeasurableOutcome { outcome: Outcome },
    /// Objective not met: only an attitude or a state of being.
    AttitudeOnly { attitude: Attitude },
    /// Objective not met: no act found at all.
    NoObservableAction,
    /// Start met: a date on an act.
    StartDate { date: NaiveDate, act: Act },
    /// Start met: a company-calendar event on an act, dated when it can be.
    CalendarTrigger {
        trigger: Trigger,
        date: Option<NaiveDate>,
        act: Act,
    },
    /// Start not met: the only date is a deadline on a result.
    DeadlineOnOutcome { outcome: Outcome },
    /// Start not met: the only date is a deadline on an act that does not begin
    /// anything by itself ("read three books by March").
    DeadlineWithoutStart { act: Act },
    /// Start not met: there is a date, but no act for it to start.
    TimeWithoutAction,
    /// Start not met: the time given cannot be put on a calendar.
    VagueTime { vague: VagueTime },
    /// Start not met: no time at all.
    NoTimeAtAll,
}

/// A concrete, observable act. `begins_something` tells the acts that open something
/// (a sign-up, a booking, a first session) from those that go on over time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Act {
    SignUp,
    Book,
    Register,
    Apply,
    Submit,
    Ask,
    Start,
    StartAttending,
    Hold,
    Join,
    Enrol,
    Buy,
    Contact,
    Attend,
    Study,
    Read,
    Write,
    Make,
    Gather,
    Talk,
    Meet,
    Present,
    Propose,
    Send,
    Practise,
    TakeExam,
    Teach,
    Visit,
    Exercise,
    Record,
    Plan,
    Carry,
}

impl Act {
    /// Acts that, once done, show the action has begun: a deadline on them is a start.
    pub fn begins_something(self) -> bool {
        matches!(
            self,
            Act::SignUp
                | Act::Book
                | Act::Register
                | Act::Apply
                | Act::Submit
                | Act::Ask
                | Act::Start
                | Act::StartAttending
                | Act::Hold
                | Act::Join
                | Act::Enrol
                | Act::Buy
                | Act::Contact
        )
    }
}

/// A result rather than an act: measurable, but reaching it is not a start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Outcome {
    Pass,
    Obtain,
    Promotion,
    ScoreUp,
    Achieve,
}

/// An attitude or a state of being, which nobody can watch being done.
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
    BecomeAble,
    Try,
    WorkOn,
    Aim,
    Contribute,
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
}

/// What would make the commitment pass, with what an example rewrite needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Hint {
    /// Nothing was written yet.
    WriteACommitment { suggested_start: NaiveDate },
    /// Name an act a third party could see, instead of (or besides) an attitude.
    AddObservableAction {
        attitude: Option<Attitude>,
        suggested_start: NaiveDate,
    },
    /// Say from which day the act begins.
    AddStart { suggested_start: NaiveDate },
    /// Replace the vague time (at `span`) with a date.
    ReplaceVagueTime {
        vague: VagueTime,
        span: Span,
        suggested_start: NaiveDate,
    },
    /// Keep the goal, and add the first act that begins work on it, with a date.
    TurnOutcomeIntoFirstStep {
        outcome: Outcome,
        suggested_start: NaiveDate,
    },
    /// Keep the deadline, and say when the act begins.
    SayWhenItBegins {
        act: Act,
        suggested_start: NaiveDate,
    },
}
