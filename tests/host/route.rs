//! Screens and their addresses after `#`.

use jiritsu::route::Route;

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
