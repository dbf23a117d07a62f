//! The texts the person reads: forty statements, the scale, labels and guidance, in both
//! languages.

use std::collections::HashSet;

use jiritsu::domain::anchors::{Anchor, Rating, StatementId};
use jiritsu::domain::lang::Lang;
use jiritsu::i18n::anchors::{
    description, interview_topics, label, rating_label, statement, vision_hint, when_lowest,
    AnchorMsg, ScaleStep, STATEMENTS,
};

#[test]
fn there_are_forty_distinct_statements_in_each_language() {
    assert_eq!(STATEMENTS.len(), StatementId::COUNT);
    for lang in Lang::ALL {
        let texts: HashSet<&str> = StatementId::all().map(|id| statement(id, lang)).collect();
        assert_eq!(texts.len(), 40, "{lang:?} has a repeated statement");
        assert!(
            texts.iter().all(|text| !text.trim().is_empty()),
            "{lang:?} has an empty statement"
        );
    }
}

#[test]
fn japanese_statements_are_japanese_and_english_ones_english() {
    for (number, (ja, en)) in (1..).zip(STATEMENTS) {
        assert!(
            !ja.chars().any(|c| c.is_ascii_alphabetic()),
            "statement {number}: {ja}"
        );
        assert!(
            en.is_ascii() && en.ends_with('.'),
            "statement {number}: {en}"
        );
    }
}

#[test]
fn every_anchor_is_measured_by_five_statements() {
    for anchor in Anchor::ALL {
        let count = StatementId::all()
            .filter(|id| id.anchor() == anchor)
            .count();
        assert_eq!(count, 5, "{}", anchor.code());
    }
}

#[test]
fn anchor_labels_are_exactly_the_ones_the_training_uses() {
    fn check(code: &str, ja: &str, en: &str) {
        let anchor = Anchor::from_code(code).expect("a code");
        assert_eq!((label(anchor, Lang::Ja), label(anchor, Lang::En)), (ja, en));
    }
    check(
        "TF",
        "専門・職能別コンピタンス",
        "Technical/functional competence",
    );
    check(
        "GM",
        "全般管理コンピタンス",
        "General managerial competence",
    );
    check("AU", "自律・独立", "Autonomy/independence");
    check("SE", "保障・安定", "Security/stability");
    check("EC", "起業家的創造性", "Entrepreneurial creativity");
    check("SV", "奉仕・社会貢献", "Service/dedication to a cause");
    check("CH", "純粋な挑戦", "Pure challenge");
    check("LS", "生活様式", "Lifestyle");
}

#[test]
fn every_anchor_has_its_own_guidance_in_both_languages() {
    let texts: [fn(Anchor, Lang) -> &'static str; 4] =
        [description, interview_topics, vision_hint, when_lowest];
    for text in texts {
        for lang in Lang::ALL {
            let distinct: HashSet<&str> = Anchor::ALL
                .iter()
                .map(|&anchor| text(anchor, lang))
                .collect();
            assert_eq!(distinct.len(), 8, "{lang:?}: two anchors share a text");
            assert!(
                distinct.iter().all(|t| !t.trim().is_empty()),
                "{lang:?}: an empty text"
            );
        }
    }
}

#[test]
fn the_scale_reads_from_not_true_at_all_to_always_true() {
    fn check(value: u8, ja: &str, en: &str) {
        let rating = Rating::new(value).expect("on the scale");
        assert_eq!(
            (
                rating_label(rating, Lang::Ja),
                rating_label(rating, Lang::En)
            ),
            (ja, en)
        );
    }
    // Japanese labels mark where they may break, between words (a zero-width space).
    check(1, "全く\u{200b}あてはまらない", "Not true at all");
    check(2, "ほとんど\u{200b}あてはまらない", "Rarely true");
    check(6, "いつも\u{200b}あてはまる", "Always true");
    for lang in Lang::ALL {
        let steps: HashSet<&str> = Rating::ALL.iter().map(|&r| rating_label(r, lang)).collect();
        assert_eq!(steps.len(), 6, "{lang:?}");
        assert_eq!(ScaleStep::ALL.len(), 6);
    }
}

#[test]
fn every_fixed_text_including_the_caveat_exists_in_both_languages() {
    for message in AnchorMsg::ALL {
        for lang in Lang::ALL {
            assert!(
                !message.text(lang).trim().is_empty(),
                "{message:?} in {lang:?}"
            );
        }
    }
    assert!(AnchorMsg::Caveat.text(Lang::Ja).contains("面談"));
}
