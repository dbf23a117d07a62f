//! The names of what the check found (a result, an attitude, a vague time, a calendar
//! event) in each language, said when the person's own words do not name it: one table
//! of `Japanese|English` lines per closed set, in the order its enum declares.

use crate::domain::commitment::{Attitude, Outcome, Quote, Trigger, VagueTime};
use crate::domain::lang::Lang;

pub fn outcome_label(outcome: Outcome, lang: Lang) -> &'static str {
    label(OUTCOME_LABELS, outcome as usize, lang)
}

/// One line per outcome, in the order `Outcome` declares them: Japanese|English. Said as
/// a kind of result, not in quotes: they are the check's words, not the person's (主任保育士
/// になる is a post, and had been quoted as 「取得する」).
const OUTCOME_LABELS: &str = "\
試験の合格|passing an exam
資格などの取得|obtaining a qualification
昇格や役職|a promotion or a post
点数の向上|a higher score
目標の達成|reaching a target
できるようになること|being able to do something
順位|a place in a ranking
異動や出向|a transfer or a secondment";

/// The person's own words when the check found them, else the label of what it found.
pub(super) fn as_written<'a>(words: &'a Quote, label: &'a str) -> &'a str {
    if words.is_empty() {
        label
    } else {
        words.as_str()
    }
}

pub fn attitude_label(attitude: Attitude, lang: Lang) -> &'static str {
    label(ATTITUDE_LABELS, attitude as usize, lang)
}

/// One line per attitude, in the order `Attitude` declares them: Japanese|English.
const ATTITUDE_LABELS: &str = "\
意識する|be aware
心がける|keep in mind
頑張る|do my best
努める|strive
積極的に|proactively
前向きに|positively
成長する|grow
大切にする|value
〜存在になる|become someone who…
頼られる|be relied on
挑戦する|try
取り組む|work on
目指す|aim
貢献する|contribute
考える|think about
忘れない|never forget
気持ちを切り替える|make a fresh start
〜になる|become
〜したい|want to
〜し続ける|keep going
〜のままでいる|stay
〜があります|there is
〜できるようになる|be able to
〜しない|not do";

pub fn vague_label(vague: VagueTime, lang: Lang) -> &'static str {
    label(VAGUE_LABELS, vague as usize, lang)
}

/// One line per vague time, in the order `VagueTime` declares them: Japanese|English.
const VAGUE_LABELS: &str = "\
いつか|someday
そのうち|sooner or later
近いうちに|soon
できるだけ早く|as soon as possible
今後|from now on
いずれ|eventually
時間ができたら|when there is time
〜ごろ|around then";

pub fn trigger_label(trigger: Trigger, lang: Lang) -> &'static str {
    label(TRIGGER_LABELS, trigger as usize, lang)
}

/// One line per trigger, in the order `Trigger` declares them: Japanese|English.
const TRIGGER_LABELS: &str = "\
来年度|the next fiscal year
期初|the start of the fiscal year
期末|the end of the fiscal year
期末前|the run-up to the fiscal year end
下期|the second half of the fiscal year
次の四半期|the next quarter
年明け|the new year
次の評価面談|the next appraisal
次の異動|the next transfer
次の面談|the next one-on-one
給料日・賞与支給日|payday
社内の予定|an event on the company calendar
面談|your interview";

/// Line `k` of a table of labels, in `lang`. One string per table costs less in the
/// built site than a match, which becomes a table of pointers and lengths.
fn label(table: &'static str, k: usize, lang: Lang) -> &'static str {
    let line = table.lines().nth(k).unwrap_or_default();
    crate::i18n::in_lang(line.split_once('|').unwrap_or((line, line)), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The label tables follow the order of their enums: one line per variant, and
    /// the last variant on the last line.
    #[test]
    fn label_tables_have_one_line_per_variant() {
        assert_eq!(
            OUTCOME_LABELS.lines().count(),
            Outcome::Transfer as usize + 1
        );
        assert_eq!(
            ATTITUDE_LABELS.lines().count(),
            Attitude::Refrain as usize + 1
        );
        assert_eq!(VAGUE_LABELS.lines().count(), VagueTime::Around as usize + 1);
        assert_eq!(
            TRIGGER_LABELS.lines().count(),
            Trigger::Interview as usize + 1
        );
        assert_eq!(
            outcome_label(Outcome::BecomeAble, Lang::Ja),
            "できるようになること"
        );
        assert_eq!(
            outcome_label(Outcome::Transfer, Lang::En),
            "a transfer or a secondment"
        );
        assert_eq!(attitude_label(Attitude::KeepGoing, Lang::En), "keep going");
        assert_eq!(
            vague_label(VagueTime::WhenThereIsTime, Lang::Ja),
            "時間ができたら"
        );
        assert_eq!(trigger_label(Trigger::Payday, Lang::En), "payday");
    }
}
