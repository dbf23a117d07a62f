//! The word lists of `vocabulary` as the built site holds them, made at compile time:
//! all spellings packed into one string with two-byte offsets, and an index from the
//! low bits of a first char to the lines with a spelling that starts with it.

use super::vocabulary::{Word, ENGLISH, JAPANESE};

/// Line `k` of the two lists taken one after the other, as written above: for
/// building at compile time.
const fn line(k: usize) -> (Word, &'static str) {
    if k < JAPANESE.len() {
        JAPANESE[k]
    } else {
        ENGLISH[k - JAPANESE.len()]
    }
}

/// Line `k` as packed for run time. A table of `(Word, &str)` costs a pointer and a
/// length per line in the built site; packed, all spellings are one string, and a
/// line costs two bytes of offset and the two of its `Word`.
pub(super) fn packed_line(k: usize) -> (Word, &'static str) {
    let start = k.checked_sub(1).map_or(0, |p| PACKED.ends[p] as usize);
    let spellings = PACKED_TEXT
        .get(start..PACKED.ends[k] as usize)
        .unwrap_or_default();
    (PACKED.words[k], spellings)
}

/// Where each line ends in `PACKED_TEXT`, and what it stands for.
struct Packed {
    ends: [u16; LINES],
    words: [Word; LINES],
}

static PACKED: Packed = pack();
const PACKED_BYTES: [u8; packed_len()] = pack_text();
static PACKED_TEXT: &str = match core::str::from_utf8(&PACKED_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("the lists are not UTF-8"),
};

const fn packed_len() -> usize {
    let mut len = 0;
    let mut k = 0;
    while k < LINES {
        len += line(k).1.len();
        k += 1;
    }
    assert!(
        len <= u16::MAX as usize,
        "the lists are too long for u16 offsets"
    );
    len
}

const fn pack_text() -> [u8; packed_len()] {
    let mut text = [0; packed_len()];
    let mut at = 0;
    let mut k = 0;
    while k < LINES {
        let bytes = line(k).1.as_bytes();
        let mut b = 0;
        while b < bytes.len() {
            text[at] = bytes[b];
            at += 1;
            b += 1;
        }
        k += 1;
    }
    text
}

const fn pack() -> Packed {
    let mut packed = Packed {
        ends: [0; LINES],
        words: [Word::Noun; LINES],
    };
    let mut end = 0;
    let mut k = 0;
    while k < LINES {
        end += line(k).1.len();
        packed.ends[k] = end as u16;
        packed.words[k] = line(k).0;
        k += 1;
    }
    packed
}

/// For each bucket (the low bits of a first char), the lines with a spelling that
/// starts with such a char, in the order of the lists. One byte per line and bucket
/// costs less in the built site than an entry per spelling.
pub(super) struct Index {
    /// Bucket `b` holds `lines[starts[b]..starts[b + 1]]`.
    pub(super) starts: [u8; BUCKETS + 1],
    pub(super) lines: [u8; PAIR_COUNT],
}

pub(super) const BUCKETS: usize = 64;
const LINES: usize = JAPANESE.len() + ENGLISH.len();
const PAIR_COUNT: usize = count_pairs();
pub(super) static INDEX: Index = build_index();

/// The buckets the spellings of line `k` start in, one bit per bucket.
const fn buckets_of(k: usize) -> u64 {
    let bytes = line(k).1.as_bytes();
    let mut mask = 0u64;
    let mut start = 0;
    while start < bytes.len() {
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'|' {
            end += 1;
        }
        let len = if bytes[end - 1] == b'*' {
            end - 1 - start
        } else {
            end - start
        };
        assert!(len > 0 && k < 256, "an entry must not be empty");
        // English entries start with a lower-case letter, Japanese ones never with
        // ASCII: the English flag follows from the list alone.
        assert!(
            bytes[start].is_ascii_lowercase() == (k >= JAPANESE.len()),
            "an entry is in the wrong list"
        );
        // The low six bits of a char are those of the last byte of its UTF-8.
        let first_len = match bytes[start] {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        mask |= 1 << ((bytes[start + first_len - 1] & 0x3F) as usize % BUCKETS);
        start = end + 1;
    }
    mask
}

const fn count_pairs() -> usize {
    let mut count = 0;
    let mut k = 0;
    while k < LINES {
        count += buckets_of(k).count_ones() as usize;
        k += 1;
    }
    assert!(
        count < 256,
        "too many lines per bucket for u8 starts: make them u16"
    );
    count
}

/// A counting sort at compile time: stable, so lines keep the order of the lists.
const fn build_index() -> Index {
    let mut index = Index {
        starts: [0; BUCKETS + 1],
        lines: [0; PAIR_COUNT],
    };
    let mut k = 0;
    while k < LINES {
        let mask = buckets_of(k);
        let mut b = 0;
        while b < BUCKETS {
            index.starts[b + 1] += (mask >> b & 1) as u8;
            b += 1;
        }
        k += 1;
    }
    let mut b = 0;
    while b < BUCKETS {
        index.starts[b + 1] += index.starts[b];
        b += 1;
    }
    let mut filled = [0u8; BUCKETS];
    let mut k = 0;
    while k < LINES {
        let mask = buckets_of(k);
        let mut b = 0;
        while b < BUCKETS {
            if mask >> b & 1 == 1 {
                index.lines[(index.starts[b] + filled[b]) as usize] = k as u8;
                filled[b] += 1;
            }
            b += 1;
        }
        k += 1;
    }
    index
}
