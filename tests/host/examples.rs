//! The example rewrite shown under a failing commitment is on the person's own topic when
//! the check cannot keep their words: growing a successor gets an example about meeting
//! them, not the general one about reading a book (a manager's first-time review).

use chrono::NaiveDate;
use jiritsu::domain::commitment::{check, Settings};
use jiritsu::domain::lang::Lang;
use jiritsu::i18n::commitment::hint_example_on;

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
        ("残業を減らしたい", Lang::Ja, "定時に退社し"),
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
    for topical in ["1対1", "業務改善の案", "定時に退社", "チームのチャット"] {
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
