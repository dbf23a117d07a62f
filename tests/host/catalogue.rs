//! The message catalogue: both languages, for every message.

use jiritsu::domain::commitments::Wording;
use jiritsu::domain::lang::Lang;
use jiritsu::i18n::{language_name, route_label, Msg};
use jiritsu::route::Route;

fn has_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
}

#[test]
fn every_message_has_text_in_both_languages() {
    for &msg in Msg::ALL {
        for lang in Lang::ALL {
            assert!(
                !msg.text(lang).trim().is_empty(),
                "{msg:?} is empty in {lang:?}"
            );
        }
    }
}

#[test]
fn japanese_texts_are_japanese_and_english_texts_are_not() {
    // The product name and its mark are the same in both languages; nothing else is.
    let brand = [Msg::AppName, Msg::AppNameNative];
    for &msg in Msg::ALL.iter().filter(|msg| !brand.contains(msg)) {
        assert!(
            has_japanese(msg.text(Lang::Ja)),
            "{msg:?} is not Japanese in Japanese"
        );
        assert_ne!(
            msg.text(Lang::Ja),
            msg.text(Lang::En),
            "{msg:?} is untranslated"
        );
    }
    for &msg in Msg::ALL.iter().filter(|msg| !brand.contains(msg)) {
        assert!(
            !has_japanese(msg.text(Lang::En)),
            "{msg:?} has Japanese in English"
        );
    }
}

#[test]
fn every_screen_has_a_menu_label_in_both_languages() {
    for &route in Route::ALL {
        assert!(has_japanese(route_label(route, Lang::Ja)));
        assert!(!has_japanese(route_label(route, Lang::En)));
    }
}

#[test]
fn each_language_is_named_in_itself() {
    assert_eq!(language_name(Lang::Ja), "日本語");
    assert_eq!(language_name(Lang::En), "English");
}

#[test]
fn a_message_is_filled_in_order_and_missing_arguments_leave_nothing() {
    use jiritsu::i18n::fill;
    assert_eq!(fill("{}人中{}人", &["5", "4"]), "5人中4人");
    assert_eq!(fill("{} of {}", &["4"]), "4 of ");
    assert_eq!(fill("no braces", &["x"]), "no braces");
    assert_eq!(
        fill("{}{}", &["<b>", "&"]),
        "<b>&",
        "plain text: a view escapes it"
    );
}

/// Every text the screens show that can be listed: each catalogue, the anchors' names and
/// guidance, the statements, the scales, the parts of the data screen, the menu, the
/// worksheet's sections; as (where it comes from, text) in `lang`.
fn every_listed_text(lang: Lang) -> Vec<(String, &'static str)> {
    use jiritsu::domain::anchors::{Anchor, Rating, StatementId};
    use jiritsu::domain::commitments::Change;
    use jiritsu::domain::summary::Part;
    use jiritsu::domain::worksheet::readiness::Section;
    use jiritsu::i18n::{
        anchors, assessment, check, commitment, data, guide, sheet, training, worksheet,
    };

    fn all<M: jiritsu::i18n::Message + std::fmt::Debug>(
        keys: &[M],
        lang: Lang,
        texts: &mut Vec<(String, &'static str)>,
    ) {
        texts.extend(keys.iter().map(|&key| (format!("{key:?}"), key.text(lang))));
    }
    let mut texts = Vec::new();
    all(Msg::ALL, lang, &mut texts);
    all(anchors::AnchorMsg::ALL, lang, &mut texts);
    all(anchors::ScaleStep::ALL, lang, &mut texts);
    all(assessment::AssessMsg::ALL, lang, &mut texts);
    all(check::CheckMsg::ALL, lang, &mut texts);
    all(commitment::CommitmentMsg::ALL, lang, &mut texts);
    all(data::DataMsg::ALL, lang, &mut texts);
    all(guide::GuideMsg::ALL, lang, &mut texts);
    all(training::TrainMsg::ALL, lang, &mut texts);
    all(worksheet::WsMsg::ALL, lang, &mut texts);
    all(sheet::SheetMsg::ALL, lang, &mut texts);
    type AnchorText = fn(Anchor, Lang) -> &'static str;
    let anchor_texts: [(&str, AnchorText); 7] = [
        ("label", anchors::label),
        ("gloss", anchors::gloss),
        ("short_label", anchors::short_label),
        ("description", anchors::description),
        ("interview_topics", anchors::interview_topics),
        ("vision_hint", anchors::vision_hint),
        ("when_lowest", anchors::when_lowest),
    ];
    for anchor in Anchor::ALL {
        for (name, text) in anchor_texts {
            texts.push((format!("{name}({anchor:?})"), text(anchor, lang)));
        }
    }
    for id in StatementId::all() {
        texts.push((format!("statement {id:?}"), anchors::statement(id, lang)));
    }
    for rating in Rating::ALL {
        texts.push((format!("{rating:?}"), anchors::rating_label(rating, lang)));
    }
    for change in Change::ALL {
        for wording in [Wording::Begun, Wording::Done] {
            texts.push((
                format!("{change:?} {wording:?}"),
                check::change_label(change, wording, lang),
            ));
        }
    }
    for part in [
        Part::Settings,
        Part::Assessment,
        Part::Results,
        Part::Commitments,
        Part::Worksheet,
        Part::Training,
        Part::Card,
    ] {
        texts.push((format!("{part:?}"), data::part_label(part, lang)));
    }
    for &route in Route::ALL {
        texts.push((format!("{route:?}"), route_label(route, lang)));
    }
    for section in Section::ALL {
        texts.push((
            format!("{section:?}"),
            worksheet::section_title(section, lang),
        ));
    }
    for code in jiritsu::domain::config::INTERVIEW_TYPES {
        texts.push((
            format!("interview kind {code}"),
            worksheet::interview_kind(code, lang),
        ));
    }
    texts
}

#[test]
fn every_interview_kind_has_a_name_of_its_own_in_both_languages() {
    use jiritsu::domain::config::INTERVIEW_TYPES;
    use jiritsu::i18n::worksheet::interview_kind;
    for lang in Lang::ALL {
        // A code the catalogue does not know would be named "other" (その他).
        let names: Vec<&str> = INTERVIEW_TYPES
            .iter()
            .map(|code| interview_kind(code, lang))
            .collect();
        for (i, name) in names.iter().enumerate() {
            assert!(
                !names[..i].contains(name),
                "{} is named {name} in {lang:?}, as another kind is",
                INTERVIEW_TYPES[i]
            );
        }
    }
    // Asked for by a part-timer whose interview is about becoming a regular employee.
    assert_eq!(
        interview_kind("conversion", Lang::Ja),
        "正社員登用・雇用形態の転換の面談"
    );
    assert_eq!(
        interview_kind("conversion", Lang::En),
        "Interview about becoming a regular employee"
    );
}

/// Full-width punctuation and the CJK symbols: 、。「」（）：！？〜・ and the like.
fn is_full_width_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{30fb}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' | '\u{ff3b}'..='\u{ff40}' | '\u{ff5b}'..='\u{ff65}')
}

#[test]
fn english_texts_carry_no_full_width_punctuation() {
    let texts = every_listed_text(Lang::En);
    assert!(
        texts.len() > 400,
        "the catalogue is listed: {}",
        texts.len()
    );
    let found: Vec<String> = texts
        .iter()
        .filter(|(_, text)| text.chars().any(is_full_width_punctuation))
        .map(|(name, text)| format!("{name}: {text}"))
        .collect();
    assert!(
        found.is_empty(),
        "full-width punctuation in English: {found:#?}"
    );
}

#[test]
fn the_check_for_full_width_punctuation_catches_the_usual_ones() {
    for c in [
        '：', '、', '。', '「', '」', '（', '）', '！', '？', '〜', '・', '　',
    ] {
        assert!(is_full_width_punctuation(c), "{c}");
    }
    for c in [
        ':', ',', '.', '"', '(', '!', '?', '~', '…', '–', '—', 'Ａ', '１',
    ] {
        assert!(!is_full_width_punctuation(c), "{c}");
    }
}

#[test]
fn japanese_texts_call_a_commitment_yakusoku_everywhere() {
    let found: Vec<String> = every_listed_text(Lang::Ja)
        .iter()
        .filter(|(_, text)| text.contains("コミットメント") || text.contains("コミット"))
        .map(|(name, text)| format!("{name}: {text}"))
        .collect();
    assert!(found.is_empty(), "say 約束: {found:#?}");
}
