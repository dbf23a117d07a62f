//! What index.html shows before the app has loaded: its texts are the catalogue's, in
//! both languages, so that they say what the app would say and are kept with the others.

use jiritsu::domain::lang::Lang;
use jiritsu::i18n::Msg;

const INDEX: &str = include_str!("../../index.html");

#[test]
fn the_loading_note_and_its_failures_are_the_catalogues_texts_in_both_languages() {
    for msg in [Msg::Loading, Msg::BootFailed, Msg::BootUnsupported] {
        for lang in Lang::ALL {
            let text = msg.text(lang);
            assert!(
                INDEX.contains(text),
                "index.html lacks {msg:?} in {lang:?}: {text}"
            );
        }
    }
    assert!(INDEX.contains(Msg::Tagline.text(Lang::Ja)));
}

#[test]
fn the_notes_stay_hidden_until_the_page_script_shows_one() {
    // Without scripts only <noscript> speaks: "loading" would never end.
    assert!(INDEX.contains(r#"<p id="boot-loading" hidden>"#));
    for id in ["boot-failed", "boot-unsupported"] {
        assert!(
            INDEX.contains(&format!(r#"<div id="{id}" hidden>"#)),
            "#{id} is not hidden at first"
        );
    }
    // The script shows them by these ids, and the app removes #boot by its id.
    let script = include_str!("../../assets/boot.js");
    for id in ["boot", "boot-loading", "boot-failed", "boot-unsupported"] {
        assert!(
            INDEX.contains(&format!(r#"id="{id}""#)),
            "index.html lacks #{id}"
        );
        assert!(
            script.contains(&format!("'{id}'")),
            "boot.js does not use #{id}"
        );
    }
    let browser = include_str!("../../src/browser.rs");
    assert!(browser.contains(r#"get_element_by_id("boot")"#));
}
