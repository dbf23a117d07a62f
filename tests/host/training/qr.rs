//! The QR code on the card: drawn from its SVG path as a camera would see it, read back by
//! a QR decoder (`rqrr`), it is the address that opens the facilitator's screen of the same
//! site and adds the attendee's code.

use super::*;
use jiritsu::domain::training::qr::{drawing_side, encode, svg_path, QrCodeEcc, QUIET_ZONE};
use jiritsu::domain::training::share_code;
use jiritsu::route::{add_code_address, code_to_add, name_to_add};

/// Pixels per module in the drawn image.
const SCALE: usize = 4;

/// The dark modules the SVG path paints, on a grid of the drawing's side: each command is
/// `M x y h run v1 h -run z`, a rectangle one module high.
fn painted(path: &str, side: usize) -> Vec<Vec<bool>> {
    let mut grid = vec![vec![false; side]; side];
    for command in path.split('M').filter(|c| !c.is_empty()) {
        let (x, rest) = command.split_once(' ').expect("M x y");
        let (y, rest) = rest.split_once('h').expect("h run");
        let (run, rest) = rest.split_once('v').expect("v1");
        assert_eq!(
            rest,
            format!("1h-{run}z"),
            "a rectangle one module high: {command}"
        );
        let (x, y, run): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
        for cell in &mut grid[y][x..x + run] {
            assert!(!*cell, "modules are painted once");
            *cell = true;
        }
    }
    grid
}

/// Draws the card's QR code of `text` as a grey-scale image and reads it with `rqrr`:
/// the text it holds and its version.
fn scan(text: &str) -> (String, usize) {
    let qr = encode(text).expect("the text fits a QR code");
    let side = drawing_side(&qr) as usize;
    let grid = painted(&svg_path(&qr), side);
    let pixels = side * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
        if grid[y / SCALE][x / SCALE] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one symbol in the drawing of {text}");
    let (meta, content) = grids[0].decode().expect("the symbol reads back");
    (content, meta.version.0)
}

/// Pages the site may be served from, as `location.href` gives them on the card.
const PAGES: &[&str] = &[
    "http://127.0.0.1:8080/#/card",
    "http://127.0.0.1:8080/jiritsu/index.html#/card",
    "https://intranet.example.co.jp/hr/career/jiritsu/#/card",
    "https://example.com/jiritsu/?from=mail#/card",
];

#[test]
fn the_card_s_qr_code_reads_back_as_the_address_that_adds_its_code() {
    let scores = scores([30, 12, 9, 20, 14, 26, 8, 17]);
    let code = share_code::encode(&scores);
    for page in PAGES {
        let address = add_code_address(page, &code, "");
        let (read, _) = scan(&address);
        assert_eq!(read, address);
        let (site, hash) = read.split_once('#').unwrap();
        assert_eq!(
            site,
            page.split('#').next().unwrap(),
            "the same site and folder"
        );
        assert_eq!(hash, format!("/training?add={code}"));
        let added = code_to_add(hash).expect("the facilitator's screen finds the code");
        assert_eq!(share_code::decode(added), Ok(scores));
    }
}

#[test]
fn an_intranet_address_makes_a_small_symbol_at_level_m_or_better() {
    let code = share_code::encode(&scores([30, 12, 9, 20, 14, 26, 8, 17]));
    let address = add_code_address(
        "https://intranet.example.co.jp/hr/career/jiritsu/",
        &code,
        "",
    );
    let qr = encode(&address).unwrap();
    // 74 bytes: version 5 (37 × 37 modules) at level M holds 84, few enough modules for a
    // phone to read from arm's length.
    assert_eq!(address.len(), 74);
    assert_eq!(qr.version().value(), 5);
    assert_eq!(qr.size(), 37);
    assert!(matches!(
        qr.error_correction_level(),
        QrCodeEcc::Medium | QrCodeEcc::Quartile | QrCodeEcc::High
    ));
    assert_eq!(drawing_side(&qr), 37 + 2 * QUIET_ZONE);
}

#[test]
fn a_card_with_a_name_reads_back_with_the_name() {
    let scores = scores([30, 12, 9, 20, 14, 26, 8, 17]);
    let code = share_code::encode(&scores);
    let page = "https://intranet.example.co.jp/hr/career/jiritsu/#/card";
    let address = add_code_address(page, &code, "山田 花子");
    let (read, version) = scan(&address);
    assert_eq!(read, address);
    // A name of a few Japanese characters still makes a symbol a phone reads at once.
    assert!(version <= 7, "version {version}");
    let hash = read.split_once('#').unwrap().1;
    assert_eq!(code_to_add(hash).map(share_code::decode), Some(Ok(scores)));
    assert_eq!(name_to_add(hash), "山田 花子");
}

#[test]
fn the_svg_path_paints_every_dark_module_and_nothing_else_inside_the_quiet_zone() {
    let qr = encode("http://127.0.0.1:8080/jiritsu/#/training?add=23456789AB").unwrap();
    let side = drawing_side(&qr) as usize;
    let grid = painted(&svg_path(&qr), side);
    let zone = QUIET_ZONE as usize;
    for (y, row) in grid.iter().enumerate() {
        for (x, &dark) in row.iter().enumerate() {
            let inside = (zone..side - zone).contains(&x) && (zone..side - zone).contains(&y);
            let module = inside && qr.get_module((x - zone) as i32, (y - zone) as i32);
            assert_eq!(dark, module, "module ({x}, {y})");
        }
    }
}

#[test]
fn text_too_long_for_any_qr_code_gives_none() {
    assert!(encode(&"a".repeat(2331)).is_some());
    assert!(encode(&"a".repeat(3000)).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_card_reads_back_as_its_own_address(
        profile in any_scores(),
        page in prop::sample::select(PAGES),
    ) {
        let code = share_code::encode(&profile);
        let address = add_code_address(page, &code, "");
        let (read, version) = scan(&address);
        prop_assert_eq!(&read, &address);
        prop_assert!(version <= 5, "version {} for {}", version, address);
        let hash = read.split_once('#').unwrap().1;
        prop_assert_eq!(code_to_add(hash).map(share_code::decode), Some(Ok(profile)));
    }
}
