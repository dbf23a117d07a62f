//! The card's QR code, made on the device by the `qrcodegen` crate and drawn as one SVG
//! path. It carries the address that opens the facilitator's screen with the attendee's
//! code added (`route::add_code_address`), so a phone's camera is enough to collect a room.
//!
//! `qrcodegen` picks the smallest version the text fits at level M (15 % of the symbol may
//! be lost) and raises the level while the version stays the same; the host tests read the
//! symbol back with a QR decoder.

pub use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the symbol on every side, as the standard asks: scanners need them
/// to find the symbol.
pub const QUIET_ZONE: i32 = 4;

/// The symbol of `text`, or `None` when it is too long for any QR version.
pub fn encode(text: &str) -> Option<QrCode> {
    QrCode::encode_text(text, QrCodeEcc::Medium).ok()
}

/// What a screen draws for `text`: the path of [`svg_path`] and the side of
/// [`drawing_side`]; nothing (an empty path) when the text is too long for any version.
pub fn drawing(text: &str) -> (String, i32) {
    encode(text).map_or((String::new(), 0), |symbol| {
        (svg_path(&symbol), drawing_side(&symbol))
    })
}

/// The side of the drawing in modules, quiet zone included: the SVG's `viewBox` is
/// `0 0 side side`.
pub fn drawing_side(qr: &QrCode) -> i32 {
    qr.size() + 2 * QUIET_ZONE
}

/// The dark modules as one SVG path, a rectangle for each horizontal run of dark modules
/// in a row (`M x y h run v1 h -run z`), placed inside the quiet zone.
pub fn svg_path(qr: &QrCode) -> String {
    let mut path = String::new();
    let size = qr.size();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    path
}
