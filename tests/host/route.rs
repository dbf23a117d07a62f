//! Screens and their addresses after `#`.

use jiritsu::route::{
    action_address, add_code_address, asked_action, asked_part, code_to_add, name_to_add,
    only_this_device, Route,
};

#[test]
fn an_address_only_this_device_opens_is_told_from_one_others_reach() {
    let only_here = [
        "file:///home/hr/jiritsu/index.html#/training",
        "FILE:///C:/Users/hr/jiritsu/index.html",
        "http://localhost:8080/#/training",
        "http://LOCALHOST/",
        "https://jiritsu.localhost/",
        "http://127.0.0.1:8080/#/training",
        "http://127.1.2.3/jiritsu/",
        "http://[::1]:8080/",
        "http://0.0.0.0:8080/",
        "http://user@localhost/",
        "http://localhost./",
    ];
    let reached = [
        "https://intranet.example/hr/career/jiritsu/#/training",
        "http://192.168.1.20:8080/#/training",
        "http://10.0.0.5/",
        "http://localhost.example.com/",
        "http://mylocalhost/",
        "http://127.example/",
        "http://127.0.0.1.nip.io/",
        "http://[fe80::1]/",
        "https://jiritsu.intranet.example/?localhost#/training",
        "",
        "about:blank",
    ];
    for page in only_here {
        assert!(only_this_device(page), "{page} opens only on this device");
    }
    for page in reached {
        assert!(
            !only_this_device(page),
            "{page} is reached from other devices"
        );
    }
}

#[test]
fn an_address_says_which_part_of_its_screen_to_open_at() {
    for (hash, part) in [
        ("#/data?s=delete", "delete"),
        ("/data?s=import", "import"),
        ("#/worksheet?s=ws-actions", "ws-actions"),
        ("#/training?add=ABC&s=x", "x"),
        ("#/data", ""),
        ("#/data?", ""),
        ("#/data?sort=1", ""),
        ("", ""),
    ] {
        assert_eq!(asked_part(hash), part, "{hash}");
        // The screen is the one before the question mark.
        if !hash.is_empty() && hash.contains("data") {
            assert_eq!(Route::from_hash(hash), Route::Data, "{hash}");
        }
    }
}

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
fn every_screen_belongs_to_an_entry_of_the_menu() {
    for &route in Route::ALL {
        assert!(route.menu_entry().in_menu(), "{route:?}");
        if route.in_menu() {
            assert_eq!(route.menu_entry(), route);
        }
    }
    // The sheet, which people come back to print, is in the menu itself.
    assert!(Route::Sheet.in_menu());
    assert_eq!(Route::Rehearsal.menu_entry(), Route::Worksheet);
}

#[test]
fn the_guide_for_interviewers_has_its_address_and_opens_from_home() {
    assert_eq!(Route::Guide.hash(), "/guide");
    for hash in ["#/guide", "/guide", "#/guide/", "#/guide?s=anchors"] {
        assert_eq!(Route::from_hash(hash), Route::Guide, "{hash:?}");
    }
    for hash in ["#/guides", "#/guid", "#guide"] {
        assert_ne!(Route::from_hash(hash), Route::Guide, "{hash:?}");
    }
    // Written for the interviewer, not the employee: off the employee's menu, under home.
    assert!(!Route::Guide.in_menu());
    assert_eq!(Route::Guide.menu_entry(), Route::Home);
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
        assert_eq!(
            add_code_address(page, "23456789AB", ""),
            expected,
            "{page:?}"
        );
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

#[test]
fn the_name_on_a_card_travels_percent_encoded_after_the_code() {
    let page = "https://intranet.example.co.jp/jiritsu/#/card";
    assert_eq!(
        add_code_address(page, "23456789AB", "  山田 "),
        "https://intranet.example.co.jp/jiritsu/#/training?add=23456789AB&name=%E5%B1%B1%E7%94%B0"
    );
    assert_eq!(
        add_code_address(page, "23456789AB", "Kato, Ken & co"),
        "https://intranet.example.co.jp/jiritsu/#/training?add=23456789AB&name=Kato%2C%20Ken%20%26%20co"
    );
    // A blank name adds nothing to the address.
    assert_eq!(
        add_code_address(page, "23456789AB", " \u{3000} "),
        "https://intranet.example.co.jp/jiritsu/#/training?add=23456789AB"
    );
}

#[test]
fn the_facilitator_screen_reads_the_name_that_comes_with_the_code() {
    let check = |hash: &str, expected: &str| assert_eq!(name_to_add(hash), expected, "{hash:?}");
    check("/training?add=23456789AB&name=%E5%B1%B1%E7%94%B0", "山田");
    check("/training?name=Kato%2C%20Ken&add=23456789AB", "Kato, Ken");
    // As a browser may leave it: not encoded at all.
    check("/training?add=23456789AB&name=山田", "山田");
    // A line break would split the list's line; bytes that are not UTF-8 are replaced.
    check("/training?add=23456789AB&name=a%0Ab%09c", "a b c");
    check("/training?add=23456789AB&name=%FF", "\u{FFFD}");
    check("/training?add=23456789AB", "");
    check("/training?add=23456789AB&name=", "");
    check("/card?add=23456789AB&name=%E5%B1%B1", "");
}

proptest::proptest! {
    #[test]
    fn any_name_reads_back_from_the_address_as_written(name in "\\PC{0,40}") {
        let address = add_code_address("https://example.com/j/", "23456789AB", &name);
        let hash = address.split_once('#').map(|(_, hash)| hash).unwrap_or_default();
        proptest::prop_assert_eq!(code_to_add(hash), Some("23456789AB"));
        proptest::prop_assert_eq!(name_to_add(hash), name.trim());
    }
}

#[test]
fn the_address_printed_for_others_is_the_sites_alone() {
    use jiritsu::route::printed_site;
    let cases = [
        (
            "https://intranet.example/career/jiritsu/#/sheet",
            "https://intranet.example/career/jiritsu/",
        ),
        // What one visit added is no part of the site.
        (
            "https://portal.example/jiritsu/?ticket=abc123#/sheet",
            "https://portal.example/jiritsu/",
        ),
        (
            "https://taro:secret@intranet.example:8443/jiritsu/#/sheet",
            "https://intranet.example:8443/jiritsu/",
        ),
        (
            "http://hr-server/jiritsu/index.html",
            "http://hr-server/jiritsu/index.html",
        ),
        ("http://hr-server", "http://hr-server"),
        (
            "file:///C:/jiritsu/index.html#/sheet",
            "file:///C:/jiritsu/index.html",
        ),
    ];
    for (page, expected) in cases {
        assert_eq!(printed_site(page), expected, "{page}");
    }
}

#[test]
fn the_follow_up_opens_the_worksheet_at_the_action_it_asks_about() {
    let address = action_address(42);
    assert_eq!(address, "#/worksheet?s=action-42");
    assert_eq!(Route::from_hash(&address), Route::Worksheet);
    assert_eq!(asked_action(asked_part(&address)), Some(42));
    // A section, or anything else, names no action.
    for asked in ["ws-actions", "action-", "action-x", "action--1", ""] {
        assert_eq!(asked_action(asked), None, "{asked}");
    }
}
