//! The message catalogue: both languages, for every message.

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
