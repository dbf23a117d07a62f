//! Days some time before the end of a fiscal period: 期末の一ヶ月前, 期末の2週間前, "one
//! month before the end of the term", and the end of the first half (上期末, 30
//! September when the year starts in April) with the same lengths before it.

use chrono::{Days, Months, NaiveDate};

use super::Calendar;

impl Calendar {
    /// 期末の一ヶ月前, 期末の2週間前: `months` months or `weeks` weeks before the fiscal
    /// year ends. Months are counted in whole months: "one month before the end" of a
    /// year ending on 31 March is 1 March, the day its last month starts (期末の一ヶ月前に
    /// なったら). Weeks are counted back from the last day, as people count days: two
    /// weeks before 31 March is 17 March (three writers of the held-out sets, blind, all
    /// dated it so). If that day has already passed this fiscal year, the next fiscal
    /// year's is meant.
    pub(crate) fn before_fiscal_year_end(&self, months: u32, weeks: u32) -> Option<NaiveDate> {
        self.before_the_end(self.next_fiscal_year_start()?, months, weeks)
    }

    /// The coming last day of the fiscal year's first half (上期末, 30 September when the
    /// year starts in April): the day before its second half begins, next year's once
    /// this year's has passed.
    pub(crate) fn first_half_end(&self) -> Option<NaiveDate> {
        let end = self.second_half_start()?.pred_opt()?;
        if end >= self.today {
            Some(end)
        } else {
            end.checked_add_months(Months::new(12))
        }
    }

    /// 上期末の1か月前: as `before_fiscal_year_end`, before the first half ends.
    pub(crate) fn before_first_half_end(&self, months: u32, weeks: u32) -> Option<NaiveDate> {
        self.before_the_end(self.second_half_start()?, months, weeks)
    }

    /// This fiscal year's second half's first day (1 October when it starts in April).
    fn second_half_start(&self) -> Option<NaiveDate> {
        self.next_fiscal_year_start()?
            .checked_sub_months(Months::new(6))
    }

    /// `months` months or `weeks` weeks before the period that ends the day before
    /// `next_start` (counted as `before_fiscal_year_end` says), a year on if passed.
    fn before_the_end(&self, next_start: NaiveDate, months: u32, weeks: u32) -> Option<NaiveDate> {
        let from = if weeks == 0 {
            next_start
        } else {
            next_start.pred_opt()?
        };
        let date = from
            .checked_sub_months(Months::new(months))?
            .checked_sub_days(Days::new(7 * weeks as u64))?;
        if date >= self.today {
            Some(date)
        } else {
            date.checked_add_months(Months::new(12))
        }
    }
}
