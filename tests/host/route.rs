//! Screens and their addresses after `#`.

use jiritsu::route::{add_code_address, code_to_add, Route};

#[test]
fn every_screen_reads_back_from_its_own_address() {
    for &route in Route::ALL {
        assert_eq!(Route::from_hash(route.hash()), route);
        assert_eq!(Route::from_hash(&format!("#{}", route.hash())), route);
    }
}

#[test]
fn an_unknown_or_empty_address_shows_home() {
    for hash in ["", "#", "#/", "#/nowhere", "main", "#main", "/../../etc"] {
        assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
    }
}

#[test]
fn every_screen_has_its_own_address() {
    let mut hashes: Vec<&str> = Route::ALL.iter().map(|route| route.hash()).collect();
    hashes.sort();
    hashes.dedup();
    assert_eq!(hashes.len(), Route::ALL.len());
}

#[test]
fn the_facilitator_screen_reads_the_code_to_add_from_its_address() {
    let check = |hash: &str, expected: Option<&str>| {
        assert_eq!(code_to_add(hash), expected, "{hash:?}");
        if expected.is_some() {
            assert_eq!(Route::from_hash(hash), Route::Training, "{hash:?}");
        }
    };
    check("/training?add=23456789AB", Some("23456789AB"));
    check("#/training?add=23456-789AB", Some("23456-789AB"));
    check("/training/?add=23456789AB", Some("23456789AB"));
    check("/training?lang=en&add=23456789AB", Some("23456789AB"));
    check("/training?add=", None);
    check("/training", None);
    check("/training?added=23456789AB", None);
    check("/card?add=23456789AB", None);
    check("/?add=23456789AB", None);
}

#[test]
fn the_address_to_add_a_code_keeps_the_site_s_own_folder() {
    let check = |page: &str, expected: &str| {
        assert_eq!(add_code_address(page, "23456789AB"), expected, "{page:?}");
    };
    check(
        "https://intranet.example.co.jp/jiritsu/#/card",
        "https://intranet.example.co.jp/jiritsu/#/training?add=23456789AB",
    );
    check(
        "http://127.0.0.1:8080/jiritsu/index.html#/card",
        "http://127.0.0.1:8080/jiritsu/index.html#/training?add=23456789AB",
    );
    check(
        "https://example.com/?from=mail",
        "https://example.com/?from=mail#/training?add=23456789AB",
    );
}
