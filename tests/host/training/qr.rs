//! The QR code on the card, checked module by module against the `qrcodegen` crate.

use super::*;
use jiritsu::domain::training::qr::{Level, QrCode, SIZE};
use jiritsu::domain::training::share_code::encode;
use qrcodegen::{QrCodeEcc, QrSegment, Version};

fn reference(text: &str, level: Level, boost: bool) -> Option<qrcodegen::QrCode> {
    let ecc = match level {
        Level::Low => QrCodeEcc::Low,
        Level::Medium => QrCodeEcc::Medium,
        Level::Quartile => QrCodeEcc::Quartile,
        Level::High => QrCodeEcc::High,
    };
    let segments = [QrSegment::make_alphanumeric(text)];
    let v1 = Version::new(1);
    qrcodegen::QrCode::encode_segments_advanced(&segments, ecc, v1, v1, None, boost).ok()
}

fn same_modules(ours: &QrCode, theirs: &qrcodegen::QrCode) -> bool {
    theirs.size() == SIZE as i32
        && (0..SIZE)
            .all(|y| (0..SIZE).all(|x| ours.is_dark(x, y) == theirs.get_module(x as i32, y as i32)))
}

#[test]
fn a_share_code_fits_level_h_and_matches_the_reference() {
    let code = encode(&scores([30, 12, 9, 20, 14, 26, 8, 17]));
    let ours = QrCode::encode(&code).unwrap();
    assert_eq!(ours.level(), Level::High);
    let theirs = reference(&code, Level::Low, true).unwrap();
    assert_eq!(i32::from(ours.mask()), i32::from(theirs.mask().value()));
    assert!(same_modules(&ours, &theirs));
}

#[test]
fn the_svg_path_has_one_square_per_dark_module_inside_the_quiet_zone() {
    let ours = QrCode::encode("HELLO WORLD").unwrap();
    let path = ours.svg_path();
    let dark = (0..SIZE)
        .flat_map(|y| (0..SIZE).map(move |x| (x, y)))
        .filter(|&(x, y)| ours.is_dark(x, y))
        .count();
    assert_eq!(path.matches('M').count(), dark);
    assert!(
        path.starts_with("M4 4h1v1h-1z"),
        "the finder's corner: {path}"
    );
}

#[test]
fn what_does_not_fit_version_1_is_refused() {
    assert!(QrCode::encode(&"A".repeat(25)).is_some());
    assert!(QrCode::encode(&"A".repeat(26)).is_none());
    assert!(QrCode::encode("lower case").is_none());
    assert!(QrCode::encode_at(&"A".repeat(11), Level::High).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_text_matches_the_reference_at_every_level(text in "[0-9A-Z $%*+./:-]{0,26}") {
        for level in Level::ALL {
            let ours = QrCode::encode_at(&text, level);
            let theirs = reference(&text, level, false);
            prop_assert_eq!(ours.is_some(), theirs.is_some(), "{} at {:?}", text, level);
            if let (Some(ours), Some(theirs)) = (ours, theirs) {
                prop_assert_eq!(i32::from(ours.mask()), i32::from(theirs.mask().value()));
                prop_assert!(same_modules(&ours, &theirs), "{} at {:?}", text, level);
            }
        }
        if let (Some(ours), Some(theirs)) = (QrCode::encode(&text), reference(&text, Level::Low, true)) {
            prop_assert!(same_modules(&ours, &theirs));
        }
    }

    #[test]
    fn every_share_code_matches_the_reference(profile in any_scores()) {
        let code = encode(&profile);
        let ours = QrCode::encode(&code).unwrap();
        let theirs = reference(&code, Level::Low, true).unwrap();
        prop_assert!(same_modules(&ours, &theirs), "{}", code);
    }
}
