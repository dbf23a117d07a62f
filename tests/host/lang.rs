//! Choosing the first language from the browser's preferences.

use jiritsu::domain::lang::Lang;

fn check(preferences: &[&str], expected: Lang) {
    assert_eq!(
        Lang::from_preferences(preferences),
        expected,
        "preferences {preferences:?}"
    );
}

#[test]
fn the_first_language_we_speak_wins() {
    check(&["ja-JP", "en-US"], Lang::Ja);
    check(&["ja"], Lang::Ja);
    check(&["en-US", "ja"], Lang::En);
    check(&["en-GB"], Lang::En);
    check(&["EN"], Lang::En);
    check(&["fr-FR", "en"], Lang::En);
    check(&["de", "ja-JP"], Lang::Ja);
    check(&["en_US"], Lang::En);
}

#[test]
fn japanese_is_the_default_when_nothing_matches() {
    check(&[], Lang::Ja);
    check(&["fr", "zh-CN", "ko"], Lang::Ja);
    check(&[""], Lang::Ja);
    check(&["jav"], Lang::Ja);
    check(&["english"], Lang::Ja);
}

#[test]
fn the_code_is_what_html_lang_needs() {
    assert_eq!(Lang::Ja.code(), "ja");
    assert_eq!(Lang::En.code(), "en");
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.code()), Some(lang));
    }
}
