//! A QR code of a short upper-case text, drawn on the device: version 1 (21 × 21
//! modules), alphanumeric mode, the highest error-correction level the text fits (a
//! share code fits level H, which survives 30 % damage), one Reed–Solomon block over
//! GF(256), and the mask chosen by the standard's penalty rules.
//!
//! A general QR library would cost the site several kilobytes for versions and modes it
//! never needs. The host tests compare this encoder with the `qrcodegen` crate module by
//! module, for many texts and every level.

/// Modules per side.
pub const SIZE: usize = 21;

/// Error-correction levels, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Low,
    Medium,
    Quartile,
    High,
}

/// A finished symbol: row `y`, bit `x` is a dark module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    rows: [u32; SIZE],
    level: Level,
    mask: u8,
}

const CODEWORDS: usize = 26;
const ALPHANUMERIC: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

impl Level {
    /// All four, lowest first.
    pub const ALL: [Level; 4] = [Level::Low, Level::Medium, Level::Quartile, Level::High];

    fn ecc_codewords(self) -> usize {
        [7, 10, 13, 17][self as usize]
    }

    fn format_bits(self) -> u32 {
        [1, 0, 3, 2][self as usize]
    }
}

impl QrCode {
    /// The symbol of `text` at the highest level it fits; `None` when `text` has a
    /// character outside QR's alphanumeric set or does not fit version 1 at all.
    pub fn encode(text: &str) -> Option<QrCode> {
        Level::ALL
            .into_iter()
            .rev()
            .find_map(|level| QrCode::encode_at(text, level))
    }

    /// The symbol of `text` at `level`, when it fits.
    pub fn encode_at(text: &str, level: Level) -> Option<QrCode> {
        let data_codewords = CODEWORDS - level.ecc_codewords();
        let mut bits = Bits::default();
        bits.push(0b0010, 4);
        bits.push(text.len() as u32, 9);
        // Characters in pairs: 45 × first + second in 11 bits; an odd last one in 6.
        let mut pair = None;
        for byte in text.bytes() {
            let value = ALPHANUMERIC.iter().position(|&a| a == byte)? as u32;
            match pair.take() {
                Some(first) => bits.push(first * 45 + value, 11),
                None => pair = Some(value),
            }
        }
        if let Some(last) = pair {
            bits.push(last, 6);
        }
        let capacity = data_codewords * 8;
        if bits.len > capacity {
            return None;
        }
        bits.push(0, (capacity - bits.len).min(4) as u8);
        bits.push(0, (bits.len.wrapping_neg() & 7) as u8);
        let mut pad = 0xEC;
        while bits.len < capacity {
            bits.push(pad, 8);
            pad ^= 0xEC ^ 0x11;
        }
        let mut codewords = bits.bytes;
        let ecc = level.ecc_codewords();
        codewords.extend_from_slice(&reed_solomon(&codewords, ecc)[..ecc]);

        let mut symbol = FUNCTION_PATTERNS;
        symbol.draw_codewords(&codewords);
        let mut best = (i32::MAX, 0u8);
        for mask in 0..8 {
            let mut candidate = symbol.clone();
            candidate.apply_mask(mask);
            candidate.draw_format(level.format_bits() << 3 | u32::from(mask));
            let penalty = candidate.penalty();
            if penalty < best.0 {
                best = (penalty, mask);
            }
        }
        symbol.apply_mask(best.1);
        symbol.draw_format(level.format_bits() << 3 | u32::from(best.1));
        Some(QrCode {
            rows: symbol.dark,
            level,
            mask: best.1,
        })
    }

    /// Whether the module at column `x`, row `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.rows.get(y).is_some_and(|row| row >> x & 1 == 1)
    }

    pub fn level(&self) -> Level {
        self.level
    }

    /// The mask pattern chosen, 0..=7.
    pub fn mask(&self) -> u8 {
        self.mask
    }

    /// An SVG path of the dark modules, one `M x y h1v1h-1z` square each, with a quiet
    /// zone of four modules: the view box is 0 0 29 29.
    pub fn svg_path(&self) -> String {
        let mut path = String::with_capacity(SIZE * SIZE * 6);
        for y in 0..SIZE {
            for x in 0..SIZE {
                if self.is_dark(x, y) {
                    path.push('M');
                    push_number(&mut path, x + 4);
                    path.push(' ');
                    push_number(&mut path, y + 4);
                    path.push_str("h1v1h-1z");
                }
            }
        }
        path
    }
}

/// Writes a number below 100 in decimal.
fn push_number(out: &mut String, number: usize) {
    if number >= 10 {
        out.push(char::from(b'0' + (number / 10) as u8));
    }
    out.push(char::from(b'0' + (number % 10) as u8));
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, count: u8) {
        for i in (0..count).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if value >> i & 1 == 1 {
                if let Some(byte) = self.bytes.last_mut() {
                    *byte |= 0x80 >> (self.len % 8);
                }
            }
            self.len += 1;
        }
    }
}

/// The finder and timing patterns, with the format areas reserved, worked out when
/// compiling: the same for every symbol.
const FUNCTION_PATTERNS: Matrix = {
    let mut matrix = Matrix {
        dark: [0; SIZE],
        function: [0; SIZE],
    };
    matrix.draw_function_patterns();
    matrix
};

/// The eight mask patterns of the standard, row by row, worked out when compiling.
const MASKS: [[u32; SIZE]; 8] = {
    let mut masks = [[0u32; SIZE]; 8];
    let mut mask = 0;
    while mask < 8 {
        let mut y = 0;
        while y < SIZE {
            let mut x = 0;
            while x < SIZE {
                let invert = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                masks[mask][y] |= (invert as u32) << x;
                x += 1;
            }
            y += 1;
        }
        mask += 1;
    }
    masks
};

/// The modules being drawn and which of them are function patterns (never masked).
#[derive(Clone)]
struct Matrix {
    dark: [u32; SIZE],
    function: [u32; SIZE],
}

impl Matrix {
    const fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        self.dark[y] = self.dark[y] & !(1 << x) | (dark as u32) << x;
        self.function[y] |= 1 << x;
    }

    /// Timing patterns, the three finders with their separators, and the format areas.
    /// A `const fn` (with `while` loops), so that it runs when compiling.
    const fn draw_function_patterns(&mut self) {
        let mut i = 0;
        while i < SIZE {
            self.set_function(6, i, i % 2 == 0);
            self.set_function(i, 6, i % 2 == 0);
            i += 1;
        }
        let centres = [(3, 3), (SIZE as i32 - 4, 3), (3, SIZE as i32 - 4)];
        let mut c = 0;
        while c < 3 {
            let mut dy = -4;
            while dy <= 4 {
                let mut dx = -4;
                while dx <= 4 {
                    let (x, y) = (centres[c].0 + dx, centres[c].1 + dy);
                    if x >= 0 && x < SIZE as i32 && y >= 0 && y < SIZE as i32 {
                        let distance = if dx.abs() > dy.abs() {
                            dx.abs()
                        } else {
                            dy.abs()
                        };
                        self.set_function(x as usize, y as usize, distance != 2 && distance != 4);
                    }
                    dx += 1;
                }
                dy += 1;
            }
            c += 1;
        }
        // Reserves the format areas (and the dark module) before the data goes in.
        self.draw_format(0);
    }

    /// Two copies of the 15 format bits (level, mask, BCH check), as the standard places
    /// them; `data` is the level's two bits and the mask's three.
    const fn draw_format(&mut self, data: u32) {
        let mut remainder = data;
        let mut round = 0;
        while round < 10 {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
            round += 1;
        }
        let bits = (data << 10 | remainder) ^ 0x5412;
        let mut i = 0;
        while i < 15 {
            let dark = bits >> i & 1 == 1;
            // First copy: down column 8 (skipping the timing row), then left along row 8.
            let (x, y) = match i {
                0..=5 => (8, i),
                6 => (8, 7),
                7 => (8, 8),
                8 => (7, 8),
                _ => (14 - i, 8),
            };
            self.set_function(x, y, dark);
            // Second copy: along row 8 from the right, then down column 8 at the bottom.
            let (x, y) = if i < 8 {
                (SIZE - 1 - i, 8)
            } else {
                (8, SIZE - 15 + i)
            };
            self.set_function(x, y, dark);
            i += 1;
        }
        self.set_function(8, SIZE - 8, true);
    }

    /// The codewords' bits in the standard's zigzag, two columns at a time from the right.
    fn draw_codewords(&mut self, codewords: &[u8]) {
        let mut i = 0;
        let mut right = SIZE - 1;
        while right >= 1 {
            if right == 6 {
                right = 5;
            }
            for vertical in 0..SIZE {
                for j in 0..2 {
                    let x = right - j;
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward {
                        SIZE - 1 - vertical
                    } else {
                        vertical
                    };
                    if self.function[y] >> x & 1 == 0 && i < codewords.len() * 8 {
                        let dark = codewords[i >> 3] >> (7 - (i & 7)) & 1 == 1;
                        self.dark[y] |= u32::from(dark) << x;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    #[allow(clippy::needless_range_loop)] // three arrays, one row index
    fn apply_mask(&mut self, mask: u8) {
        let pattern = &MASKS[usize::from(mask) % 8];
        for y in 0..SIZE {
            self.dark[y] ^= pattern[y] & !self.function[y];
        }
    }

    /// The standard's penalty: runs of five or more, 2 × 2 blocks, finder-like patterns,
    /// and the balance of dark and light (computed the way `qrcodegen` does).
    fn penalty(&self) -> i32 {
        let mut result = 0;
        // Rows, then columns (as the rows of the transposed symbol), one bit per module.
        let mut lines = [0u32; 2 * SIZE];
        for y in 0..SIZE {
            lines[y] = self.dark[y];
            for x in 0..SIZE {
                lines[SIZE + x] |= (self.dark[y] >> x & 1) << y;
            }
        }
        for line in lines {
            let mut color = 0;
            let mut run = 0i32;
            let mut history = [0i32; 7];
            for i in 0..SIZE {
                let module = line >> i & 1;
                if module == color {
                    run += 1;
                    result += match run {
                        5 => 3,
                        6.. => 1,
                        _ => 0,
                    };
                } else {
                    add_history(&mut history, run);
                    if color == 0 {
                        result += finder_like(&history) * 40;
                    }
                    color = module;
                    run = 1;
                }
            }
            if color == 1 {
                add_history(&mut history, run);
                run = 0;
            }
            add_history(&mut history, run + SIZE as i32);
            result += finder_like(&history) * 40;
        }
        for y in 0..SIZE - 1 {
            // Bit x set where the 2 × 2 block at (x, y) is all one colour.
            let (a, b) = (self.dark[y], self.dark[y + 1]);
            let same = !(a ^ (a >> 1)) & !(b ^ (b >> 1)) & !(a ^ b);
            result += (same & ((1 << (SIZE - 1)) - 1)).count_ones() as i32 * 3;
        }
        let dark: i32 = self.dark.iter().map(|row| row.count_ones() as i32).sum();
        let total = (SIZE * SIZE) as i32;
        result + (((dark * 20 - total * 10).abs() + total - 1) / total - 1) * 10
    }
}

/// Pushes a run length onto the history of the last seven runs; the first run of a line
/// counts the light quiet zone before it.
fn add_history(history: &mut [i32; 7], mut run: i32) {
    if history[0] == 0 {
        run += SIZE as i32;
    }
    history.copy_within(0..6, 1);
    history[0] = run;
}

/// How many finder-like patterns (1:1:3:1:1 with four light modules on a side) end here.
fn finder_like(history: &[i32; 7]) -> i32 {
    let n = history[1];
    let core =
        n > 0 && history[2] == n && history[3] == n * 3 && history[4] == n && history[5] == n;
    i32::from(core && history[0] >= n * 4 && history[6] >= n)
        + i32::from(core && history[6] >= n * 4 && history[0] >= n)
}

/// The `degree` Reed–Solomon check bytes of `data` (generator roots 2⁰..2^(degree−1)),
/// in the first `degree` places of the result.
fn reed_solomon(data: &[u8], degree: usize) -> [u8; CODEWORDS] {
    let mut divisor = [0u8; CODEWORDS];
    divisor[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            divisor[j] = multiply(divisor[j], root) ^ divisor[j + 1];
        }
        root = multiply(root, 2);
    }
    let mut remainder = [0u8; CODEWORDS];
    for &byte in data {
        let factor = byte ^ remainder[0];
        for j in 0..degree {
            remainder[j] = remainder[j + 1] ^ multiply(divisor[j], factor);
        }
    }
    remainder
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
fn multiply(x: u8, y: u8) -> u8 {
    let mut z = 0u8;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x1D);
        z ^= ((y >> i) & 1) * x;
    }
    z
}
