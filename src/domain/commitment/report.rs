//! What a check returns: a verdict on each test with its reasons and the stretches of
//! text it read, the day the act begins, and the hints that say what would make the
//! commitment pass. These are plain data; every sentence shown to the person about them
//! is written in `crate::i18n::commitment`.

use chrono::{NaiveDate, Weekday};

use super::{Attitude, Hedge, Outcome, Quote, Trigger, VagueTime};
use crate::domain::lang::Lang;

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
    /// Whether `start_date` is a deadline to begin by (12月15日までに申し込む, "sign up by
    /// 15 December"): the latest day the act can begin, shown as "by", not "from".
    pub start_by: bool,
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
    /// What leaves the amount of an act open (できるだけ, more).
    Hedge,
    VagueTime,
    Date,
    Trigger,
}

/// Why a verdict came out the way it did. `words` quote the person's own text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Reason {
    /// Nothing was written.
    Empty,
    /// The answer is that there is nothing yet (特にありません, "None yet"): an honest
    /// answer, not an attitude to turn into an act.
    NothingYet,
    /// Objective met: an act anyone can see.
    ObservableAction { words: Quote },
    /// Objective met, with a doubt: a committed verb, but nothing a third party could
    /// look at came with it. The person is asked whether these words are the act.
    UnsureWhatYouWillDo { words: Quote },
    /// Objective met: a result anyone can measure (a score, a pass, a promotion).
    MeasurableOutcome { outcome: Outcome },
    /// Objective not met: only an attitude or a state of being; `words` name it as
    /// written (empty when no word does).
    AttitudeOnly { attitude: Attitude, words: Quote },
    /// Objective not met: a wish (〜したい, I want to), not a commitment; `words` are
    /// what is wished for. A wish for an attitude is `AttitudeOnly`.
    WishOnly { words: Quote },
    /// Objective not met: an act, but the amount is left open (`words` are the hedge).
    UnmeasuredAction { hedge: Hedge, words: Quote },
    /// Objective not met: no act found at all.
    NoObservableAction,
    /// Start met: a date on an act.
    StartDate { date: NaiveDate, words: Quote },
    /// Start met: a deadline on an act that opens something (12月15日までに申し込む, "sign
    /// up by 15 December"): the day to begin by.
    StartBy { date: NaiveDate, words: Quote },
    /// Start met: a date already past on an act, which has begun then (11月2日から記録
    /// しています, "I started … on November 16").
    StartedOn { date: NaiveDate, words: Quote },
    /// Start met: a deadline to begin by that had already passed on the day the text
    /// was written (2026年11月10日までに申し込みます, written on 20 November). One can
    /// still ask whether the act was done by then, but the day is behind, and it is not
    /// the day the act began.
    StartByPassed { date: NaiveDate, words: Quote },
    /// Start met: a company-calendar event on an act, dated when it can be.
    CalendarTrigger {
        trigger: Trigger,
        date: Option<NaiveDate>,
        words: Quote,
    },
    /// Start not met: the only date is a deadline on a result.
    DeadlineOnOutcome { outcome: Outcome },
    /// Start not met: the only date is a deadline on an act that does not begin
    /// anything by itself ("read three books by March").
    DeadlineWithoutStart { words: Quote },
    /// Start not met: there is a date, but no act for it to start. `by` when the date is
    /// a deadline (来年中に, "by March"): it says when something ends, not yet when it begins.
    TimeWithoutAction { by: bool },
    /// Start not met: the time given cannot be put on a calendar.
    VagueTime { vague: VagueTime, words: Quote },
    /// Start not met: no time at all.
    NoTimeAtAll,
    /// No time, but an occasion the app cannot date opens the sentence (発表会が終わった
    /// ら): the act begins at it, and its day is what is missing (`Hint::DateTheOccasion`).
    UndatedOccasion { words: Quote },
}

/// What would make the commitment pass, with what an example rewrite needs.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Hint {
    /// Nothing was written yet.
    WriteACommitment { suggested_start: NaiveDate },
    /// The answer is that nothing is decided yet: the interview is where it is worked
    /// out, so there is no example to copy.
    NothingYet,
    /// Name an act a third party could see, instead of (or besides) an attitude.
    AddObservableAction {
        attitude: Option<Attitude>,
        /// The attitude's word as written (empty when none names it).
        words: Quote,
        suggested_start: NaiveDate,
        /// The text already gives a time (来月から、…心がけます): only the act is missing.
        dated: bool,
    },
    /// Replace the hedge (`words`) with a count, a length of time or a rhythm.
    AddMeasure {
        hedge: Hedge,
        words: Quote,
        suggested_start: NaiveDate,
    },
    /// Say from which day the act begins.
    AddStart {
        suggested_start: NaiveDate,
        /// A beginning the text gives that starts nothing anyone could see (12月7日から
        /// 取りかかり、, "Starting 7 December"), with what joins it to the rest: an
        /// example puts its start in its place rather than a second one before it.
        stray_start: Option<Span>,
    },
    /// No time the app can date, but an occasion the person knows (発表会が終わったら,
    /// 竣工後すぐに, "after the audit"): its date, or when it is planned, is what is missing
    /// (DOMAIN.md counts a datable trigger; the app cannot date this one). `words` is the
    /// occasion as written. No example: a day made up for it would be wrong.
    DateTheOccasion { words: Quote },
    /// Replace the vague time (at `span`) with a date.
    ReplaceVagueTime {
        vague: VagueTime,
        span: Span,
        /// The vague time as written.
        words: Quote,
        suggested_start: NaiveDate,
    },
    /// Keep the goal, and add the first act that begins work on it, with a date.
    TurnOutcomeIntoFirstStep {
        outcome: Outcome,
        suggested_start: NaiveDate,
    },
    /// Keep the deadline, and name a first step towards the act (`words`) that others
    /// could see, with its date.
    SayWhenItBegins {
        words: Quote,
        suggested_start: NaiveDate,
        /// As for `AddStart`: a beginning the text gives that starts nothing.
        stray_start: Option<Span>,
    },
    /// Both tests pass, but the weekday written with the start date is not that date's
    /// (12月7日(火) when the 7th is a Monday, "Tue 24th" when the 24th is a Thursday): one
    /// of the two is a slip, and the person should see which date the check read.
    CheckWeekday { date: NaiveDate, written: Weekday },
    /// Both tests pass, and a month and day written without a year that passed only
    /// lately was read as next year's (11月1日に申し込みます on 23 November): the person
    /// should see the year the check read, in case they meant the day just gone.
    CheckYear { date: NaiveDate },
    /// Both tests pass, and the start is a quarter (Q1, "the first quarter") counted in
    /// the fiscal year, which starts in `fiscal_start_month`: someone who counts quarters
    /// from January (Q1 as January to March) should see the day the check read.
    CheckQuarter {
        date: NaiveDate,
        fiscal_start_month: u32,
    },
    /// Both tests pass, and the act is written as what the person has in mind rather than
    /// what they will do (聞いてみようと思う, 問い合わせるつもりです, "I plan to"): read as
    /// the act (a career consultant reads it so, and writers labelling sentences blind
    /// mostly did), but in an interview it sounds like a thought, not a promise. `ending`
    /// is the form, as the note quotes it.
    SayItFirmly { ending: String },
}

impl Hint {
    /// Whether the hint asks the person to check what they wrote rather than add to it:
    /// both tests pass already.
    pub fn is_a_check(&self) -> bool {
        matches!(
            self,
            Hint::CheckWeekday { .. }
                | Hint::CheckYear { .. }
                | Hint::CheckQuarter { .. }
                | Hint::SayItFirmly { .. }
        )
    }

    /// Whether the hint comes with an example rewrite: not a check (only the person knows
    /// which of the two they meant), nor "nothing yet" (the interview works it out).
    pub fn offers_an_example(&self) -> bool {
        !self.is_a_check() && !matches!(self, Hint::NothingYet | Hint::DateTheOccasion { .. })
    }

    /// The day the hint suggests to begin on, if it suggests one.
    pub fn suggested_start(&self) -> Option<NaiveDate> {
        match self {
            Hint::WriteACommitment { suggested_start }
            | Hint::AddObservableAction {
                suggested_start, ..
            }
            | Hint::AddMeasure {
                suggested_start, ..
            }
            | Hint::AddStart {
                suggested_start, ..
            }
            | Hint::ReplaceVagueTime {
                suggested_start, ..
            }
            | Hint::TurnOutcomeIntoFirstStep {
                suggested_start, ..
            }
            | Hint::SayWhenItBegins {
                suggested_start, ..
            } => Some(*suggested_start),
            Hint::CheckWeekday { .. }
            | Hint::CheckYear { .. }
            | Hint::CheckQuarter { .. }
            | Hint::SayItFirmly { .. }
            | Hint::DateTheOccasion { .. }
            | Hint::NothingYet => None,
        }
    }
}
