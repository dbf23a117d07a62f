//! What the check says about the person's own words (issue #15, item 5): every quote
//! and the example rewrite carry the text whole, never a piece cut to a size; giving
//! advice (相談にのる) is an act that goes on, not asking for advice, which opens
//! something; and a weekday counted within a month (1月の第1月曜日) is that weekday.
//! Today is fixed: Tuesday 1 December 2026.

use chrono::{Datelike, NaiveDate, Weekday};
use jiritsu::domain::commitment::{check, Hint, Reason, Report};
use jiritsu::domain::lang::Lang;
use jiritsu::i18n::commitment::{hint_example, hint_text, reason_text};
use proptest::prelude::*;

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a valid date in the test itself")
}

fn today() -> NaiveDate {
    day(2026, 12, 1)
}

/// Every quote of the person's words in a report (reasons and hints).
fn quotes(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for reason in report.objective.reasons.iter().chain(&report.start.reasons) {
        match reason {
            Reason::ObservableAction { words }
            | Reason::UnsureWhatYouWillDo { words }
            | Reason::WishOnly { words }
            | Reason::UnmeasuredAction { words, .. }
            | Reason::StartDate { words, .. }
            | Reason::StartBy { words, .. }
            | Reason::StartedOn { words, .. }
            | Reason::StartByPassed { words, .. }
            | Reason::CalendarTrigger { words, .. }
            | Reason::DeadlineWithoutStart { words } => out.push(words.to_string()),
            _ => {}
        }
    }
    for hint in &report.hints {
        match hint {
            Hint::AddMeasure { words, .. } | Hint::SayWhenItBegins { words, .. } => {
                out.push(words.to_string())
            }
            _ => {}
        }
    }
    out
}

/// The one helper of the quote table: the act is quoted as `words`, and every text the
/// screen shows about it (reasons, hints, the example rewrite) carries `words` whole.
fn quoted_whole(text: &str, words: &str) -> Result<(), String> {
    let report = check(text, today());
    let mut shown: Vec<String> = report
        .objective
        .reasons
        .iter()
        .chain(&report.start.reasons)
        .map(|reason| reason_text(reason, report.lang))
        .collect();
    for hint in &report.hints {
        shown.push(hint_text(hint, report.lang));
        shown.push(hint_example(hint, text, report.lang));
    }
    let first = report.objective.reasons.first();
    let act_quoted = matches!(first, Some(Reason::ObservableAction { words: w }
        | Reason::UnsureWhatYouWillDo { words: w }) if w.as_str() == words);
    let cut = shown.iter().any(|s| s.contains('…'));
    if act_quoted && !cut {
        return Ok(());
    }
    Err(format!(
        "{text:?}: expected 「{words}」 whole\n    got {:?}\n    shown {shown:?}",
        report.objective.reasons
    ))
}

#[test]
fn the_act_is_quoted_whole_from_the_first_word_after_the_date_to_the_verb() {
    let cases = [
        ("後輩の相談にのります", "後輩の相談にのります"),
        ("入社3年目までの後輩の相談に、毎週金曜日の昼休みに30分ずつ、会議室Bでのります", "入社3年目までの後輩の相談に、毎週金曜日の昼休みに30分ずつ、会議室Bでのります"),
        ("12月1日までに申し込みますので、毎朝30分勉強します", "申し込みます"),
        ("来月から、入社3年目までの後輩の相談に毎週金曜日の昼休みにのります。", "入社3年目までの後輩の相談に毎週金曜日の昼休みにのります"),
        ("第4四半期の初日から、営業日報を紙からSalesforceへの入力に切り替えます。", "営業日報を紙からSalesforceへの入力に切り替えます"),
        ("来週金曜までに、キャリアコンサルタントとの2回目の面談を予約します。", "キャリアコンサルタントとの2回目の面談を予約します"),
        ("12月1日から、倉庫の在庫を毎月末に棚卸しします。", "倉庫の在庫を毎月末に棚卸しします"),
        ("I will mentor juniors", "mentor juniors"),
        ("I will mentor junior colleagues in the sales team and the accounting team, one hour every Friday afternoon.", "mentor junior colleagues in the sales team and the accounting team, one hour every Friday afternoon"),
        ("From January 4, I will email my director asking for a meeting about the in-house venture programme.", "email my director asking for a meeting about the in-house venture programme"),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(text, words)| quoted_whole(text, words).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_example_rewrite_keeps_the_persons_text_whole_and_adds_the_start() {
    for (text, lang, example) in [
        ("後輩の相談にのります", Lang::Ja, "2026年12月7日(月)から、後輩の相談にのります"),
        ("I will mentor junior colleagues in the sales team and the accounting team every Friday.", Lang::En,
         "Starting on Mon 7 December 2026, I will mentor junior colleagues in the sales team and the accounting team every Friday."),
        ("いつか後輩の相談にのります", Lang::Ja, "2026年12月7日(月)から後輩の相談にのります"),
    ] {
        let report = check(text, today());
        assert_eq!(hint_example(&report.hints[0], text, lang), example, "{text}");
    }
}

#[test]
fn giving_advice_goes_on_so_a_deadline_on_it_is_not_a_start() {
    // 相談にのる, 相談に乗る, 相談を受ける: giving advice. A deadline does not say when it begins.
    for text in [
        "3月までに後輩の相談にのります",
        "年内に後輩の相談に乗ります",
        "来月末までに、若手の相談を受けます",
    ] {
        let report = check(text, today());
        assert!(report.objective.is_met(), "{text}: {report:?}");
        assert!(!report.start.is_met(), "{text}: {report:?}");
        assert!(
            matches!(report.hints.first(), Some(Hint::SayWhenItBegins { .. })),
            "{text}: {report:?}"
        );
    }
    // Asking for advice (相談する) opens a conversation: a deadline on it is a start.
    let report = check("12月10日までに上司に相談します", today());
    assert!(report.passes_both_tests(), "{report:?}");
    assert_eq!(report.start_date, Some(day(2026, 12, 10)));
    // Giving advice with a start is a start, and the act is quoted as written.
    let report = check("来月から、毎週金曜に後輩の相談に乗ります", today());
    assert!(report.passes_both_tests(), "{report:?}");
    assert_eq!(report.start_date, Some(day(2027, 1, 1)));
    assert_eq!(quotes(&report)[0], "毎週金曜に後輩の相談に乗ります");
}

/// The one helper of the date table: the start date read with today = 1 December 2026.
fn starts_on(text: &str, date: NaiveDate) -> Result<(), String> {
    let report = check(text, today());
    if report.start.is_met() && report.start_date == Some(date) {
        return Ok(());
    }
    Err(format!(
        "{text:?}: expected {date}, got {:?} ({:?})",
        report.start_date, report.start.reasons
    ))
}

#[test]
fn a_weekday_counted_within_a_month_is_that_weekday() {
    let cases = [
        ("1月の第1月曜日から、毎朝日報を書きます。", day(2027, 1, 4)),
        ("1月の第1月曜日から後輩の相談にのります。", day(2027, 1, 4)),
        ("1月の第一月曜日から日報を書きます", day(2027, 1, 4)),
        ("1月第1月曜日から日報を書きます", day(2027, 1, 4)),
        ("１月の第１月曜から日報を書きます", day(2027, 1, 4)),
        ("来年1月の第1月曜日から日報を書きます", day(2027, 1, 4)),
        ("1月の最初の月曜日から日報を書きます", day(2027, 1, 4)),
        ("1月の第1週の月曜日から日報を書きます", day(2027, 1, 4)),
        ("1月の第2金曜日に勉強会を開きます", day(2027, 1, 8)),
        ("12月の第3水曜日から日報を書きます", day(2026, 12, 16)),
        ("2月の最終金曜日に勉強会を開きます", day(2027, 2, 26)),
        (
            "From the first Monday of January, I will mentor junior staff.",
            day(2027, 1, 4),
        ),
        (
            "From the first Monday in January I will mentor junior staff.",
            day(2027, 1, 4),
        ),
        (
            "On the second Friday in January I will hold a study session.",
            day(2027, 1, 8),
        ),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(text, date)| starts_on(text, date).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The nth weekday of a month, counted here without the check's calendar.
fn nth_weekday(year: i32, month: u32, n: u32, weekday: Weekday) -> Option<NaiveDate> {
    (1..=31)
        .filter_map(|d| NaiveDate::from_ymd_opt(year, month, d))
        .filter(|d| d.weekday() == weekday)
        .nth(n as usize - 1)
}

const WEEKDAYS_JA: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const ORDINALS_EN: [&str; 5] = ["first", "second", "third", "fourth", "fifth"];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

proptest! {
    /// 〇月の第N〇曜日から, in Japanese and English, against chrono: the month is the
    /// coming one (January is next year's), and a fifth weekday a month lacks gives the
    /// month rather than another day.
    #[test]
    fn the_nth_weekday_of_any_month_is_read_as_chrono_counts_it(
        month in 1u32..=12, n in 1u32..=5, w in 0usize..7, english in any::<bool>(), comma in any::<bool>()
    ) {
        let year = if month == 12 { 2026 } else { 2027 };
        let weekday = Weekday::try_from(w as u8).expect("0..7 is a weekday");
        let text = if english {
            let sep = if comma { "," } else { "" };
            format!("From the {} {} of {}{sep} I will write the daily report.", ORDINALS_EN[n as usize - 1], WEEKDAYS_EN[w], MONTHS_EN[month as usize - 1])
        } else {
            let sep = if comma { "、" } else { "" };
            format!("{month}月の第{n}{}曜日から{sep}日報を書きます。", WEEKDAYS_JA[w])
        };
        let report = check(&text, today());
        match nth_weekday(year, month, n, weekday).filter(|d| *d >= today()) {
            Some(date) => prop_assert_eq!(report.start_date, Some(date), "{}", text),
            // No such day: the month's first day (or today, in the current month), never
            // another weekday read on its own.
            None => prop_assert_eq!(report.start_date, Some(day(year, month, 1).max(today())), "{}", text),
        }
    }

    /// Whatever is written, every quote in a report is a stretch of the text as typed,
    /// never a piece ending in an ellipsis the person did not type.
    #[test]
    fn every_quote_is_a_whole_stretch_of_the_text(
        before in "[ぁ-んァ-ン一-龥a-z 、。0-9]{0,30}",
        act in prop::sample::select(vec![
            "後輩の相談にのります", "在庫表を毎週更新します", "I will mentor junior colleagues every Friday",
            "I'll water the office plants every morning", "課長に説明します",
        ]),
        after in "[ぁ-んァ-ン一-龥a-z 、。0-9]{0,30}",
    ) {
        let text = format!("{before}{act}{after}");
        let report = check(&text, today());
        for quote in quotes(&report) {
            prop_assert!(text.contains(quote.as_str()), "{:?} is not in {:?}", quote, text);
        }
    }
}

#[test]
fn a_verb_that_leaves_the_amount_open_is_quoted_to_the_end_of_the_predicate() {
    for (text, words) in [
        ("来月から頑張って訪問件数を増やします", "増やします"),
        ("お客様との関係を築く", "関係を築く"),
        ("来月から残業を減らしていきます", "減らしていきます"),
        ("業務フローを見直す", "見直す"),
    ] {
        let report = check(text, today());
        assert!(
            matches!(report.objective.reasons.first(),
                Some(Reason::UnmeasuredAction { words: w, .. }) if w.as_str() == words),
            "{text}: {:?}",
            report.objective.reasons
        );
        let hint = &report.hints[0];
        assert!(
            matches!(hint, Hint::AddMeasure { words: w, .. } if w.as_str() == words),
            "{text}: {hint:?}"
        );
        assert!(
            hint_text(hint, Lang::Ja).starts_with(&format!("「{words}」")),
            "{text}"
        );
    }
    // A hedge that is a word of its own is quoted as it is.
    let report = check("できるだけ英語を勉強します", today());
    assert!(matches!(report.objective.reasons.first(),
        Some(Reason::UnmeasuredAction { words, .. }) if words.as_str() == "できるだけ"));
}

#[test]
fn an_attitude_that_heads_the_predicate_is_quoted_to_its_end() {
    for (text, words) in [
        ("頑張っていきたいと思います", "頑張っていきたいと思います"),
        ("英語の勉強を頑張ります", "頑張ります"),
        ("顧客満足度を意識して提案する", "意識して"),
    ] {
        let report = check(text, today());
        assert!(
            matches!(report.objective.reasons.first(),
                Some(Reason::AttitudeOnly { words: w, .. }) if w.as_str() == words),
            "{text}: {:?}",
            report.objective.reasons
        );
    }
}

proptest! {
    /// Whatever is typed, a Japanese quote of a verb the check read never stops inside
    /// its stem: after it comes an end of the text, a mark, a particle or a kanji.
    #[test]
    fn no_japanese_quote_ends_inside_a_verb_stem(
        object in prop::sample::select(vec!["訪問件数を", "残業を", "お客様との関係を", "業務を", ""]),
        verb in prop::sample::select(vec!["増やします", "減らす", "築きます", "見直していきます", "改善する", "頑張ります"]),
        time in prop::sample::select(vec!["", "来月から", "12月7日から、"]),
    ) {
        let text = format!("{time}{object}{verb}");
        let report = check(&text, today());
        for words in quotes(&report) {
            let at = text.find(&words).expect("a quote is of the text");
            let next = text[at + words.len()..].chars().next();
            prop_assert!(
                next.is_none_or(|c| "、。をにがはで".contains(c) || !('ぁ'..='ゖ').contains(&c)),
                "{} quoted as {}", text, words
            );
        }
    }
}
