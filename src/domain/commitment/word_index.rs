//! The word lists of `vocabulary` as the built site holds them, made at compile time:
//! all spellings packed into one string with two-byte offsets, and an index from the
//! low bits of a first char to the spellings that start with it.

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

/// What line `k` stands for. A table of `(Word, &str)` costs a pointer and a length
/// per line in the built site; packed, all spellings are one string, and a line costs
/// two bytes of offset and the two of its `Word`.
pub(super) fn line_word(k: usize) -> Word {
    PACKED.words[k]
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
        words: [Word::Other; LINES],
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

/// For each bucket (the low bits of a first char), the spellings that start with such
/// a char, in the order of the lists: where each lies in `PACKED_TEXT` and its line.
/// An entry per spelling costs five bytes, and saves splitting whole lines at every
/// char of the text, which is most of what the check used to spend its time on.
pub(super) struct Index {
    /// Bucket `b` holds entries `starts[b]..starts[b + 1]`.
    pub(super) starts: [u16; BUCKETS + 1],
    pub(super) lines: [u8; SPELLINGS],
    /// Byte range of the spelling in `PACKED_TEXT`, without a trailing `*`.
    pub(super) from: [u16; SPELLINGS],
    pub(super) to: [u16; SPELLINGS],
}

pub(super) const BUCKETS: usize = 64;
const LINES: usize = JAPANESE.len() + ENGLISH.len();
const SPELLINGS: usize = count_spellings();
pub(super) static INDEX: Index = build_index();

/// The text packed for run time, as bytes, for the index to point into.
pub(super) fn packed_text() -> &'static str {
    PACKED_TEXT
}

/// The bucket of a spelling that starts at byte `start` of `bytes`.
const fn bucket_at(bytes: &[u8], start: usize) -> usize {
    // The low six bits of a char are those of the last byte of its UTF-8.
    let first_len = match bytes[start] {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    (bytes[start + first_len - 1] & 0x3F) as usize % BUCKETS
}

const fn count_spellings() -> usize {
    let mut count = 0;
    let mut k = 0;
    while k < LINES {
        let bytes = line(k).1.as_bytes();
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
            count += 1;
            start = end + 1;
        }
        k += 1;
    }
    assert!(
        count <= u16::MAX as usize,
        "too many spellings for u16 starts"
    );
    count
}

/// A counting sort at compile time: stable, so spellings keep the order of the lists.
const fn build_index() -> Index {
    let mut index = Index {
        starts: [0; BUCKETS + 1],
        lines: [0; SPELLINGS],
        from: [0; SPELLINGS],
        to: [0; SPELLINGS],
    };
    let packed = &PACKED_BYTES;
    // Two passes over every spelling: count per bucket, then place.
    let mut pass = 0;
    let mut filled = [0u16; BUCKETS];
    while pass < 2 {
        let mut k = 0;
        let mut offset = 0;
        while k < LINES {
            let line_end = PACKED.ends[k] as usize;
            let mut start = offset;
            while start < line_end {
                let mut end = start;
                while end < line_end && packed[end] != b'|' {
                    end += 1;
                }
                let stem_end = if packed[end - 1] == b'*' {
                    end - 1
                } else {
                    end
                };
                let b = bucket_at(packed, start);
                if pass == 0 {
                    index.starts[b + 1] += 1;
                } else {
                    let at = (index.starts[b] + filled[b]) as usize;
                    index.lines[at] = k as u8;
                    index.from[at] = start as u16;
                    index.to[at] = stem_end as u16;
                    filled[b] += 1;
                }
                start = end + 1;
            }
            offset = line_end;
            k += 1;
        }
        if pass == 0 {
            let mut b = 0;
            while b < BUCKETS {
                index.starts[b + 1] += index.starts[b];
                b += 1;
            }
        }
        pass += 1;
    }
    index
}
