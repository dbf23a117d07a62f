//! The example rewrite shown under a failing commitment is on the person's own topic when
//! the check cannot keep their words: growing a successor gets an example about meeting
//! them, not the general one about reading a book (a manager's first-time review).

use chrono::NaiveDate;
use jiritsu::domain::commitment::{check, check_with, Hint, Settings};
use jiritsu::domain::lang::Lang;
use jiritsu::i18n::commitment::{hint_example_on, hint_text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date")
}

/// The example the screen shows under `text` (its first hint with an example).
fn example(text: &str, lang: Lang) -> String {
    check(text, today())
        .hints
        .iter()
        .map(|hint| hint_example_on(hint, text, lang, today(), &Settings::default()))
        .find(|example| !example.is_empty())
        .unwrap_or_default()
}

#[test]
fn an_example_on_the_persons_own_topic() {
    let cases: &[(&str, Lang, &str)] = &[
        // A successor before retirement: growing them is the act here.
        (
            "定年までに、後任の課長を育てます",
            Lang::Ja,
            "後任と1対1で話す時間をとり",
        ),
        (
            "定年後も今の会社で働きたい",
            Lang::Ja,
            "定年後の働き方について人事部に30分の相談を申し込み",
        ),
        (
            "I want to keep working after I retire.",
            Lang::En,
            "book 30 minutes with HR",
        ),
        (
            "いずれ後輩の育成にも関わりたい",
            Lang::Ja,
            "後輩と1対1で話す時間をとり",
        ),
        // An effort on a topic keeps the person's words for it (an hour a week).
        (
            "部下の育成に力を入れます",
            Lang::Ja,
            "毎週1時間を部下の育成にあて",
        ),
        (
            "新人の指導をもっと丁寧にします",
            Lang::Ja,
            "新人と1対1で話す時間をとり",
        ),
        (
            "業務改善を意識して、積極的に提案していきます",
            Lang::Ja,
            "業務改善の案を1件ずつ提案します",
        ),
        ("残業を減らしたい", Lang::Ja, "18時までに退社し"),
        (
            "報連相をしっかりします",
            Lang::Ja,
            "チームのチャットに書きます",
        ),
        (
            "I want to mentor the new hires.",
            Lang::En,
            "meet my junior colleague one to one",
        ),
        (
            "I will improve our processes.",
            Lang::En,
            "one proposal for improving our work",
        ),
    ];
    for &(text, lang, expected) in cases {
        let shown = example(text, lang);
        assert!(shown.contains(expected), "{text}: {shown}");
        // The example passes both tests itself, or it would not be shown.
        assert!(
            check(&shown, today()).passes_both_tests(),
            "{text}: the example {shown} fails"
        );
    }
}

#[test]
fn a_text_on_no_common_topic_keeps_the_general_example() {
    let shown = example("もっと頑張ります", Lang::Ja);
    assert!(!shown.is_empty());
    for topical in [
        "1対1",
        "業務改善の案",
        "定時に退社",
        "18時までに退社",
        "チームのチャット",
    ] {
        assert!(!shown.contains(topical), "{shown}");
    }
}

#[test]
fn a_word_inside_another_names_no_topic() {
    // (text, language, what the example must not hold, what it holds if anything)
    let cases: &[(&str, Lang, &str, Option<&str>)] = &[
        (
            "I want to improve my English.",
            Lang::En,
            "proposal for improving our work",
            None,
        ),
        (
            "Of course I will do my best.",
            Lang::En,
            "section of the textbook",
            None,
        ),
        (
            "I want to be a good example for others.",
            Lang::En,
            "section of the textbook",
            None,
        ),
        (
            "I will try to finish my work on time.",
            Lang::En,
            "leave on time every Wednesday",
            None,
        ),
        ("英語力を改善したい", Lang::Ja, "業務改善の案", None),
        // Studying for one's family is study.
        (
            "家族のために資格を取りたい",
            Lang::Ja,
            "定時に退社し",
            Some("テキストを1節ずつ進め"),
        ),
        (
            "I want to learn data analysis.",
            Lang::En,
            "proposal",
            Some("section of the textbook"),
        ),
    ];
    for &(text, lang, not, holds) in cases {
        let shown = example(text, lang);
        assert!(!shown.contains(not), "{text}: {shown}");
        if let Some(holds) = holds {
            assert!(shown.contains(holds), "{text}: {shown}");
        }
    }
}

#[test]
fn listening_to_ones_team_and_leaving_on_time_get_examples_on_their_topic() {
    let cases: &[(&str, Lang, &str)] = &[
        (
            "今後は部下の話をよく聞くように心がけます",
            Lang::Ja,
            "部下一人ひとりと15分ずつ1対1で話す",
        ),
        (
            "メンバーの意見を聞くことを意識します",
            Lang::Ja,
            "メンバー一人ひとりと15分ずつ",
        ),
        (
            "I will listen to my team more.",
            Lang::En,
            "15-minute one-on-one with each member of my team",
        ),
        ("残業はしないようにします", Lang::Ja, "18時までに退社し"),
        (
            "毎日定時で帰ることを意識します",
            Lang::Ja,
            "18時までに退社し",
        ),
        (
            "I will not do overtime.",
            Lang::En,
            "leave the office by 6 pm every Monday and Wednesday",
        ),
    ];
    for &(text, lang, expected) in cases {
        let shown = example(text, lang);
        assert!(shown.contains(expected), "{text}: {shown}");
        assert!(
            !shown.contains("手順書") && !shown.contains("procedures"),
            "{shown}"
        );
        assert!(
            check(&shown, today()).passes_both_tests(),
            "{text}: the example {shown} fails"
        );
    }
}

#[test]
fn an_honest_nothing_yet_gets_a_kind_line_and_no_example() {
    for (text, lang, kind) in [
        (
            "特にありません",
            Lang::Ja,
            "まだ決まっていなくても大丈夫です",
        ),
        (
            "今のところ特にありません。",
            Lang::Ja,
            "面談で担当者と一緒に考えましょう",
        ),
        (
            "Nothing in particular.",
            Lang::En,
            "It's fine not to have one yet",
        ),
        ("None yet", Lang::En, "work it out with your interviewer"),
    ] {
        let report = check(text, today());
        assert_eq!(report.hints, vec![Hint::NothingYet], "{text}");
        assert!(hint_text(&report.hints[0], lang).contains(kind), "{text}");
        assert_eq!(example(text, lang), "", "{text}");
    }
    // An answer that goes on to an act is judged as any other.
    let report = check(
        "特にありませんが、来月から毎朝30分英語の勉強をします",
        today(),
    );
    assert!(report.passes_both_tests(), "{:?}", report.objective.reasons);
    assert!(!check(
        "Nothing in particular to add, but I will try my best.",
        today()
    )
    .hints
    .contains(&Hint::NothingYet));
}

#[test]
fn a_text_in_both_languages_is_reported_in_the_page_language() {
    let on = |page: Lang| Settings {
        unwritten_lang: page,
        ..Settings::default()
    };
    for text in [
        "来月から、I will try my best at 英語.",
        "From December, 英語の勉強を頑張ります。",
    ] {
        for page in [Lang::Ja, Lang::En] {
            let report = check_with(text, today(), &on(page));
            assert_eq!(report.lang, page, "{text}");
            let shown = hint_example_on(&report.hints[0], text, report.lang, today(), &on(page));
            let japanese = shown.chars().any(|c| ('ぁ'..='ん').contains(&c));
            assert_eq!(japanese, page == Lang::Ja, "{text}: {shown}");
        }
    }
    // One language alone decides, whatever the page.
    assert_eq!(
        check_with("来月から英語の勉強を頑張ります", today(), &on(Lang::En)).lang,
        Lang::Ja
    );
    assert_eq!(
        check_with("From December I will try my best.", today(), &on(Lang::Ja)).lang,
        Lang::En
    );
}
