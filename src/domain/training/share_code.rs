//! The share code: an attendee's eight anchor points in ten characters, e.g. `7KX2M-9QHBC`.
//!
//! Each anchor has 38 possible points (5..=42), so a profile is a number below 38⁸, written
//! in base 29 with nine characters from an alphabet without look-alikes (no 0, 1, I, L, O,
//! U, Z), all of them QR alphanumeric characters. A tenth character is a check: with
//! weights 1..=10 by position, the weighted sum of all ten values is 0 modulo 29. As 29 is
//! prime and the alphabet has exactly 29 symbols, every single-character change and every
//! swap of two neighbouring characters changes that sum, so each such typo is caught.
//! Reading accepts lower case, spaces and hyphens.

use crate::domain::anchors::Scores;

/// The 29 symbols, in value order.
pub const ALPHABET: &[u8; 29] = b"23456789ABCDEFGHJKMNPQRSTVWXY";

/// Characters in a code, the check character included.
pub const CODE_LENGTH: usize = 10;

const BASE: u64 = 29;
const POINTS_MIN: u8 = 5;
const POINT_VALUES: u64 = 38;

/// Why text is not a share code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareCodeError {
    /// Not ten code characters (separators not counted).
    WrongLength { found: usize },
    /// A character that no code contains, such as `O` or `1`.
    UnknownCharacter(char),
    /// The check character does not match: a character was mistyped.
    CheckFailed,
    /// The characters are consistent but no assessment gives such scores.
    ScoresImpossible,
    /// No code at all: the line holds only a name, say.
    NoCode,
    /// A good line, but the list is full: the saved list may not outgrow the longest text a
    /// saved document holds (`saved::MAX_TEXT_BYTES`).
    ListFull,
}

/// The code of `scores`: ten characters of [`ALPHABET`], the last one the check.
pub fn encode(scores: &Scores) -> String {
    let mut number = 0u64;
    for point in scores.all_points() {
        number = number * POINT_VALUES + u64::from(point - POINTS_MIN);
    }
    let mut values = [0u8; CODE_LENGTH];
    for slot in values[..CODE_LENGTH - 1].iter_mut().rev() {
        *slot = (number % BASE) as u8;
        number /= BASE;
    }
    values[CODE_LENGTH - 1] = check_value(&values);
    values
        .iter()
        .map(|&value| char::from(ALPHABET[usize::from(value)]))
        .collect()
}

/// Reads a code as typed: case, spaces and hyphens do not matter.
pub fn decode(text: &str) -> Result<Scores, ShareCodeError> {
    let mut values = [0u8; CODE_LENGTH];
    let mut found = 0;
    for c in text.chars() {
        // Typed with a Japanese input method, letters and digits come full width (Ａ, ３):
        // they are read as their ASCII forms; full-width spaces and dashes are separators.
        let c = match u32::from(c) {
            0xFF01..=0xFF5E => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        if matches!(c, ' ' | '-' | '\u{3000}' | 'ー' | '－' | '‐') {
            continue;
        }
        let upper = c.to_ascii_uppercase();
        let value = ALPHABET
            .iter()
            .position(|&symbol| char::from(symbol) == upper)
            .ok_or(ShareCodeError::UnknownCharacter(c))?;
        if let Some(slot) = values.get_mut(found) {
            *slot = value as u8;
        }
        found += 1;
    }
    if found != CODE_LENGTH {
        return Err(ShareCodeError::WrongLength { found });
    }
    if check_value(&values) != values[CODE_LENGTH - 1] {
        return Err(ShareCodeError::CheckFailed);
    }
    let mut number = values[..CODE_LENGTH - 1]
        .iter()
        .fold(0u64, |number, &value| number * BASE + u64::from(value));
    let mut points = [0u8; 8];
    for point in points.iter_mut().rev() {
        *point = (number % POINT_VALUES) as u8 + POINTS_MIN;
        number /= POINT_VALUES;
    }
    if number != 0 {
        return Err(ShareCodeError::ScoresImpossible);
    }
    Scores::from_points(points).ok_or(ShareCodeError::ScoresImpossible)
}

/// The check value that makes Σ (position + 1) × value ≡ 0 (mod 29) over all ten
/// characters: 10 × check ≡ −Σ over the first nine, and 3 is the inverse of 10 mod 29.
fn check_value(values: &[u8; CODE_LENGTH]) -> u8 {
    let sum: u64 = values[..CODE_LENGTH - 1]
        .iter()
        .zip(1u64..)
        .map(|(&value, weight)| u64::from(value) * weight)
        .sum();
    ((BASE - sum % BASE) * 3 % BASE) as u8
}
