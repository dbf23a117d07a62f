//! Calendar arithmetic relative to today and to the company's fiscal year. Every
//! function returns `None` rather than panicking when a date would be out of range.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::holidays::{self, Holiday};
use super::Trigger;

mod before_the_end;

/// Today and the month the fiscal year starts in: everything a relative date needs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Calendar {
    pub(crate) today: NaiveDate,
    fiscal_start_month: u32,
    /// Whether the text says its act has already begun (`aspect::already_begun`).
    begun: bool,
    /// The day of the interview the person is preparing for, if the worksheet gives it.
    interview: Option<NaiveDate>,
}

impl Calendar {
    pub(crate) fn new(today: NaiveDate, fiscal_start_month: u32) -> Calendar {
        let fiscal_start_month = if (1..=12).contains(&fiscal_start_month) {
            fiscal_start_month
        } else {
            4
        };
        Calendar {
            today,
            fiscal_start_month,
            begun: false,
            interview: None,
        }
    }

    /// The same calendar for a text that says whether its act has already begun.
    pub(crate) fn with_begun(self, begun: bool) -> Calendar {
        Calendar { begun, ..self }
    }

    /// The same calendar with the day of the person's interview.
    pub(crate) fn with_interview(self, interview: Option<NaiveDate>) -> Calendar {
        Calendar { interview, ..self }
    }

    /// The day of the person's interview, while it is still to come (today included):
    /// once it has passed, "the interview" in a text written since is another one.
    pub(crate) fn interview(&self) -> Option<NaiveDate> {
        self.interview.filter(|day| *day >= self.today)
    }

    /// The month (1–12) the fiscal year starts in.
    pub(crate) fn fiscal_start_month(&self) -> u32 {
        self.fiscal_start_month
    }

    /// Whether the text says its act has already begun.
    pub(crate) fn begun(&self) -> bool {
        self.begun
    }

    /// The same calendar seen from another day ("a week from Monday" counts from Monday).
    pub(crate) fn seen_from(&self, day: NaiveDate) -> Calendar {
        Calendar {
            today: day,
            ..*self
        }
    }

    pub(crate) fn plus_days(&self, days: u64) -> Option<NaiveDate> {
        self.today.checked_add_days(Days::new(days))
    }

    /// The `n`th business day after today (3営業日以内, within 3 business days): days off,
    /// public holidays and the year-end closure are not counted. Bounded, so that a
    /// large count typed by mistake costs nothing.
    pub(crate) fn plus_business_days(&self, n: u32) -> Option<NaiveDate> {
        if n == 0 || n > 366 {
            return None;
        }
        let mut day = self.today;
        let mut left = n;
        while left > 0 {
            day = day.succ_opt()?;
            if holidays::is_business_day(day) {
                left -= 1;
            }
        }
        Some(day)
    }

    pub(crate) fn plus_months(&self, months: u32) -> Option<NaiveDate> {
        self.today.checked_add_months(Months::new(months))
    }

    /// The Monday of the week `weeks_ahead` weeks from this one (weeks run Monday to Sunday).
    pub(crate) fn monday_of_week(&self, weeks_ahead: u32) -> Option<NaiveDate> {
        let back = self.today.weekday().num_days_from_monday() as u64;
        self.today
            .checked_sub_days(Days::new(back))?
            .checked_add_days(Days::new(7 * weeks_ahead as u64))
    }

    /// The Monday of last week (先週, "since last week").
    pub(crate) fn monday_of_last_week(&self) -> Option<NaiveDate> {
        self.monday_of_week(0)?.checked_sub_days(Days::new(7))
    }

    /// The first day of last month (先月, "since last month").
    pub(crate) fn first_of_last_month(&self) -> Option<NaiveDate> {
        self.first_of_month(0)?.checked_sub_months(Months::new(1))
    }

    /// `weekday` of the week `weeks_ahead` weeks from this one: 来週金曜, next Friday.
    pub(crate) fn weekday_of_week(&self, weekday: Weekday, weeks_ahead: u32) -> Option<NaiveDate> {
        self.monday_of_week(weeks_ahead)?
            .checked_add_days(Days::new(weekday.num_days_from_monday() as u64))
    }

    /// The next `weekday` after today: a bare 金曜日 said on a Friday means next Friday.
    pub(crate) fn next_weekday(&self, weekday: Weekday) -> Option<NaiveDate> {
        let from = self.today.weekday().num_days_from_monday() as i64;
        let to = weekday.num_days_from_monday() as i64;
        let ahead = (to - from).rem_euclid(7);
        self.plus_days(if ahead == 0 { 7 } else { ahead as u64 })
    }

    /// The latest `weekday` before today: "last Friday" said on a Friday is a week ago,
    /// said on a Saturday the day before.
    pub(crate) fn last_weekday(&self, weekday: Weekday) -> Option<NaiveDate> {
        let from = self.today.weekday().num_days_from_monday() as i64;
        let to = weekday.num_days_from_monday() as i64;
        let back = (from - to + 6).rem_euclid(7) + 1;
        self.today.checked_sub_days(Days::new(back as u64))
    }

    /// The `nth` (1..=5) `weekday` of the month `date` falls in, or its last one when
    /// `nth` is 0: 第2金曜日, the first Monday of January. `None` counts business days
    /// (Monday to Friday, not a public holiday, not in the year-end closure): the first
    /// business day of January 2027 is the 4th.
    pub(crate) fn nth_weekday_of_month(
        &self,
        date: NaiveDate,
        nth: u32,
        weekday: Option<Weekday>,
    ) -> Option<NaiveDate> {
        let first = NaiveDate::from_ymd_opt(date.year(), date.month(), 1)?;
        let matches = |d: NaiveDate| match weekday {
            Some(weekday) => d.weekday() == weekday,
            None => holidays::is_business_day(d),
        };
        let days = first.iter_days().take_while(|d| d.month() == first.month());
        if nth == 0 {
            days.filter(|&d| matches(d)).last()
        } else {
            days.filter(|&d| matches(d)).nth(nth as usize - 1)
        }
    }

    /// The `nth` week (1..=5) of the month that begins on `first`, as a wall calendar
    /// shows it, weeks beginning on Monday: the first week begins on the 1st itself,
    /// the second on the first Monday after it (第2週 of January 2027, whose 1st is a
    /// Friday, and "the second week of January" are the 4th).
    pub(crate) fn nth_week_of_month(first: NaiveDate, nth: u32) -> Option<NaiveDate> {
        let first_monday = first.checked_add_days(Days::new(u64::from(
            (7 - first.weekday().num_days_from_monday()) % 7,
        )))?;
        match nth {
            0 | 1 => Some(first),
            _ if first_monday == first => first.checked_add_days(Days::new(7 * u64::from(nth - 1))),
            _ => first_monday.checked_add_days(Days::new(7 * u64::from(nth - 2))),
        }
    }

    /// The coming `holiday`: this year's unless it has passed, then next year's.
    pub(crate) fn coming_holiday(&self, holiday: Holiday) -> Option<NaiveDate> {
        let this_year = holiday.in_year(self.today.year());
        match this_year {
            Some(date) if date >= self.today => Some(date),
            _ => holiday.in_year(self.today.year().checked_add(1)?),
        }
    }

    /// 仕事始め: the first business day of the coming January.
    pub(crate) fn first_working_day_of_year(&self) -> Option<NaiveDate> {
        let first_in = |year: i32| {
            let january = NaiveDate::from_ymd_opt(year, 1, 1)?;
            self.nth_weekday_of_month(january, 1, None)
        };
        match first_in(self.today.year()) {
            Some(date) if date >= self.today => Some(date),
            _ => first_in(self.year_of(1)?),
        }
    }

    /// The season that begins in `month` (spring = 3): next year's when `next_year`
    /// (来春, next spring), otherwise this one or the one still to come this year (今冬
    /// in November is 1 December), and today once it has begun.
    pub(crate) fn season_start(&self, month: u32, next_year: bool) -> Option<NaiveDate> {
        let this_year = NaiveDate::from_ymd_opt(self.year_of(0)?, month, 1)?;
        if next_year {
            NaiveDate::from_ymd_opt(self.year_of(1)?, month, 1)
        } else if this_year
            .checked_add_months(Months::new(3))
            .is_some_and(|season_end| season_end > self.today)
        {
            Some(this_year.max(self.today))
        } else {
            NaiveDate::from_ymd_opt(self.year_of(1)?, month, 1)
        }
    }

    /// The first day of the month `months_ahead` months from this one.
    pub(crate) fn first_of_month(&self, months_ahead: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.today.year(), self.today.month(), 1)?
            .checked_add_months(Months::new(months_ahead))
    }

    /// The last day of the month `months_ahead` months from this one.
    pub(crate) fn end_of_month(&self, months_ahead: u32) -> Option<NaiveDate> {
        Calendar::last_of_month(self.first_of_month(months_ahead)?)
    }

    /// The last day of the month `day` falls in (12月中, 3月までに, "the end of March").
    pub(crate) fn last_of_month(day: NaiveDate) -> Option<NaiveDate> {
        day.with_day(1)?
            .checked_add_months(Months::new(1))?
            .pred_opt()
    }

    /// 月初: the first of next month, or today when today is the first.
    pub(crate) fn coming_month_start(&self) -> Option<NaiveDate> {
        if self.today.day() == 1 {
            Some(self.today)
        } else {
            self.first_of_month(1)
        }
    }

    /// A month and day without a year: this year's, unless it has passed, then next year's.
    pub(crate) fn coming_month_day(&self, month: u32, day: u32) -> Option<NaiveDate> {
        let this_year = NaiveDate::from_ymd_opt(self.today.year(), month, day);
        match this_year {
            Some(date) if date >= self.today => Some(date),
            _ => NaiveDate::from_ymd_opt(self.today.year().checked_add(1)?, month, day),
        }
    }

    /// The `nth` `weekday` of `month` (Thanksgiving: November's fourth Thursday): this
    /// year's, unless it has passed, then next year's.
    pub(crate) fn coming_nth_weekday(
        &self,
        month: u32,
        nth: u32,
        weekday: Weekday,
    ) -> Option<NaiveDate> {
        let in_year = |year: i32| {
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            self.nth_weekday_of_month(first, nth, Some(weekday))
        };
        match in_year(self.today.year()) {
            Some(date) if date >= self.today => Some(date),
            _ => in_year(self.year_of(1)?),
        }
    }

    /// The first day of a month named without a year: this month's while it lasts ("the
    /// end of November" on 20 November is ten days away), else the coming one.
    pub(crate) fn named_month_first(&self, month: u32) -> Option<NaiveDate> {
        let this_month = self.first_of_month(0)?;
        if month == this_month.month() {
            Some(this_month)
        } else {
            self.coming_month_day(month, 1)
        }
    }

    /// A month and day written without a year (11月2日から, "since November 2"): the
    /// coming one, unless the text says its act has already begun and this year's fell
    /// in this month or the two before it (then it is that start, already made). A
    /// date further back stays the coming one even then: in 「毎日続けていますが、1月
    /// から…します」 the ている is another act's.
    pub(crate) fn written_month_day(&self, month: u32, day: u32) -> Option<NaiveDate> {
        if self.begun {
            // The latest such day not after today: 12月28日 on 2 January is last year's.
            let year = self.today.year();
            let latest = NaiveDate::from_ymd_opt(year, month, day)
                .filter(|date| *date <= self.today)
                .or_else(|| NaiveDate::from_ymd_opt(year.checked_sub(1)?, month, day));
            if let Some(date) = latest.filter(|date| Some(*date) >= self.lately_from()) {
                return Some(date);
            }
        }
        self.coming_month_day(month, day)
    }

    /// The first day of what counts as lately passed: this month and the two before it.
    pub(crate) fn lately_from(&self) -> Option<NaiveDate> {
        self.first_of_month(0)?.checked_sub_months(Months::new(2))
    }

    /// A day of the month alone (来月15日 is handled elsewhere): `day` of `months_ahead`.
    pub(crate) fn day_of_month(&self, months_ahead: u32, day: u32) -> Option<NaiveDate> {
        let first = self.first_of_month(months_ahead)?;
        NaiveDate::from_ymd_opt(first.year(), first.month(), day)
    }

    /// A day of the month written alone (25日, the 24th): this month's while it is still
    /// to come, else next month's.
    pub(crate) fn coming_day_of_month(&self, day: u32) -> Option<NaiveDate> {
        self.day_of_month(0, day)
            .filter(|&date| date >= self.today)
            .or_else(|| self.day_of_month(1, day))
    }

    pub(crate) fn year_of(&self, years_ahead: u32) -> Option<i32> {
        self.today.year().checked_add(years_ahead as i32)
    }

    /// The first day of the fiscal year that begins strictly after today (来年度).
    pub(crate) fn next_fiscal_year_start(&self) -> Option<NaiveDate> {
        let this_year = NaiveDate::from_ymd_opt(self.today.year(), self.fiscal_start_month, 1)?;
        if this_year > self.today {
            Some(this_year)
        } else {
            this_year.checked_add_months(Months::new(12))
        }
    }

    /// 新年度, "the new fiscal year": in its first month, the year that has just begun
    /// (written on 1 or 10 April it is that April, as 4月から then means now: today);
    /// otherwise the next one's first day.
    pub(crate) fn new_fiscal_year(&self) -> Option<NaiveDate> {
        if self.today.month() == self.fiscal_start_month {
            Some(self.today)
        } else {
            self.next_fiscal_year_start()
        }
    }

    /// The first day of fiscal year `year` (2027年度 = 2027-04-01 with an April start).
    pub(crate) fn fiscal_year_start_of(&self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.fiscal_start_month, 1)
    }

    /// The first day of the next fiscal quarter (quarters count from the fiscal start).
    pub(crate) fn next_quarter_start(&self) -> Option<NaiveDate> {
        let mut start = self
            .next_fiscal_year_start()?
            .checked_sub_months(Months::new(12))?;
        for _ in 0..5 {
            if start > self.today {
                return Some(start);
            }
            start = start.checked_add_months(Months::new(3))?;
        }
        None
    }

    /// The first day of quarter `n` (1..=4) of the fiscal year: this fiscal year's if
    /// it is still to come, today if it is under way, else next fiscal year's.
    pub(crate) fn fiscal_quarter_start(&self, n: u32) -> Option<NaiveDate> {
        let this_year = self
            .next_fiscal_year_start()?
            .checked_sub_months(Months::new(12))?;
        let start = this_year.checked_add_months(Months::new(3 * (n.clamp(1, 4) - 1)))?;
        let end = start.checked_add_months(Months::new(3))?;
        if start >= self.today {
            Some(start)
        } else if end > self.today {
            Some(self.today)
        } else {
            start.checked_add_months(Months::new(12))
        }
    }

    /// The last day of quarter `n` (1..=4): of the next fiscal year when `next_year`,
    /// otherwise this fiscal year's unless it has ended, then next year's.
    pub(crate) fn fiscal_quarter_end(&self, n: u32, next_year: bool) -> Option<NaiveDate> {
        let this_year = self
            .next_fiscal_year_start()?
            .checked_sub_months(Months::new(12))?;
        let months = 3 * n.clamp(1, 4) + if next_year { 12 } else { 0 };
        let end = this_year
            .checked_add_months(Months::new(months))?
            .pred_opt()?;
        if end >= self.today {
            Some(end)
        } else {
            end.checked_add_months(Months::new(12))
        }
    }

    /// The date of a company-calendar trigger, or `None` for those only the company knows.
    pub(crate) fn date_of(&self, trigger: Trigger) -> Option<NaiveDate> {
        match trigger {
            Trigger::NextFiscalYear => self.next_fiscal_year_start(),
            Trigger::FiscalYearStart => {
                let start = self
                    .next_fiscal_year_start()?
                    .checked_sub_months(Months::new(12))?;
                if start == self.today {
                    Some(start)
                } else {
                    self.next_fiscal_year_start()
                }
            }
            Trigger::FiscalYearEnd => self.next_fiscal_year_start()?.pred_opt(),
            // Dated by `before_fiscal_year_end`, which knows how long before.
            Trigger::BeforeFiscalYearEnd => self.before_fiscal_year_end(1, 0),
            Trigger::SecondHalf => {
                let half = self
                    .next_fiscal_year_start()?
                    .checked_sub_months(Months::new(6))?;
                // 下期に入ってから始めた: an act under way since this half began.
                if half >= self.today
                    || (self.begun && half.checked_add_months(Months::new(6))? > self.today)
                {
                    Some(half)
                } else {
                    half.checked_add_months(Months::new(12))
                }
            }
            Trigger::NextQuarter => self.next_quarter_start(),
            Trigger::NewYear => NaiveDate::from_ymd_opt(self.year_of(1)?, 1, 1),
            Trigger::NextAppraisal
            | Trigger::NextPersonnelChange
            | Trigger::NextOneToOne
            | Trigger::Payday
            | Trigger::CompanyEvent => None,
            Trigger::Interview => self.interview(),
        }
    }
}
