//! One pasted line read as an attendee: a code alone, `name,code` as a spreadsheet writes
//! it, a name and a code apart as people type them in a chat (`伊藤 大輔: CODE`), or a code
//! inside a chat message (「高橋です。CODE よろしくお願いします」); and, for a line that is
//! not, the problem to name. A chat's sender line (「田中 太郎  10:02」) names the code on
//! the line after it (`sender`).

use super::roster::{Attendee, NAME_LIMIT};
use super::share_code::{self, ShareCodeError};

/// One pasted line, with whether its name was cut to [`NAME_LIMIT`]: `Ok(None)` for a
/// blank or header line.
pub(super) fn read_line(line: &str) -> Result<Option<(Attendee, bool)>, ShareCodeError> {
    let line = line.trim_start_matches('\u{FEFF}').trim();
    // The code follows the last separator; a name may itself hold commas.
    let mut name = "";
    let mut code = line;
    for (at, c) in line.char_indices() {
        if matches!(c, ',' | '\t' | '，') {
            name = line.get(..at).unwrap_or("");
            code = line.get(at + c.len_utf8()..).unwrap_or("");
        }
    }
    let code = code.trim();
    if line.is_empty() || code.eq_ignore_ascii_case("code") || code == "コード" {
        return Ok(None);
    }
    // Letters and digits, or their full-width forms as a Japanese input method types them.
    let code_like = |c: char| c.is_ascii_alphanumeric() || ('０'..='ｚ').contains(&c);
    let read = if code.chars().any(code_like) {
        share_code::decode(code)
    } else {
        Err(ShareCodeError::NoCode)
    };
    match read {
        Ok(scores) => {
            let (name, cut) = clean_name(name);
            let name = name.to_owned();
            Ok(Some((Attendee { name, scores }, cut)))
        }
        Err(problem) => loosely(line)
            .or_else(|| in_a_sentence(line))
            .map(Some)
            .ok_or_else(|| mistyped_code(line).unwrap_or(no_code_unless_shaped(problem, line))),
    }
}

/// A problem with a character of the line is about a code only where the line holds
/// something shaped like one (five of a code's characters together, a group as the card
/// shows it); otherwise the line has no code: 「田中 太郎 10:02」 is said to hold none,
/// not that 田 is no code character.
fn no_code_unless_shaped(problem: ShareCodeError, line: &str) -> ShareCodeError {
    let shaped = code_tokens(line).iter().any(|token| token.2 >= 5);
    match problem {
        ShareCodeError::UnknownCharacter(_) if !shaped => ShareCodeError::NoCode,
        other => other,
    }
}

/// A code written inside a sentence, as a chat message holds it (「高橋です。CODE
/// よろしくお願いします」, 「コードはCODEです」): one or two neighbouring runs of a code's
/// characters that read as a code, check character and all. The name is what comes
/// before the code when it reads as a name (`name_before`); otherwise none.
fn in_a_sentence(line: &str) -> Option<(Attendee, bool)> {
    let tokens = code_tokens(line);
    for (i, &(start, _, _)) in tokens.iter().enumerate() {
        // The code, or its two halves apart by spaces.
        for &(_, end, _) in tokens.iter().skip(i).take(2) {
            let Ok(scores) = share_code::decode(&line[start..end]) else {
                continue;
            };
            let (name, cut) = clean_name(name_before(&line[..start]));
            let name = name.to_owned();
            return Some((Attendee { name, scores }, cut));
        }
    }
    None
}

/// The runs of a code's characters in `line` (letters and digits, half or full width,
/// with the hyphens between them): byte start, byte end, and how many letters and digits.
fn code_tokens(line: &str) -> Vec<(usize, usize, usize)> {
    let letter =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
    let mut tokens: Vec<(usize, usize, usize)> = Vec::new();
    let mut current: Option<(usize, usize, usize)> = None;
    for (at, c) in line.char_indices() {
        let end = at + c.len_utf8();
        current = match current {
            Some((start, _, count)) if letter(c) => Some((start, end, count + 1)),
            Some((start, last, count)) if matches!(c, '-' | '－' | '‐') => {
                Some((start, last, count))
            }
            _ if letter(c) => {
                tokens.extend(current);
                Some((at, end, 1))
            }
            _ => {
                tokens.extend(current);
                None
            }
        };
    }
    tokens.extend(current);
    tokens
}

/// The name in the text before a code in a sentence: its last clause that says more than
/// the code's own words (コードは, "my code is"), when it says it is a name (高橋です,
/// 山本と申します, 斎藤のコードは, "Emma:") and reads as one: short, no sentence of its own,
/// not a greeting or "I". Nothing otherwise: a wrong name on the projector is worse than
/// 「参加者3」.
fn name_before(before: &str) -> &str {
    const CODE_WORDS: [&str; 5] = ["コードは", "コード", "my code is", "code is", "code"];
    const MARKS: [&str; 6] = ["です", "と申します", "のコードは", "のコード", ":", "："];
    const NOT_NAMES: [&str; 9] = [
        "私",
        "わたし",
        "僕",
        "自分",
        "お疲れ様",
        "お疲れさま",
        "おつかれさま",
        "こんにちは",
        "よろしくお願いします",
    ];
    for clause in before.rsplit(['。', '！', '？', '!', '?']) {
        let mut rest = clause;
        loop {
            rest = rest
                .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '、' | ',' | '，'));
            if rest.is_empty() {
                break;
            }
            if let Some(name) = MARKS.iter().find_map(|mark| without_ending(rest, mark)) {
                let name = name.trim();
                let reads_as_name = !name.is_empty()
                    && name.chars().count() <= 16
                    && !name.contains(['.', ',', '、', '，'])
                    && !NOT_NAMES.contains(&name);
                return if reads_as_name { name } else { "" };
            }
            match CODE_WORDS
                .iter()
                .find_map(|word| without_ending(rest, word))
            {
                Some(shorter) => rest = shorter,
                None => return "",
            }
        }
    }
    ""
}

/// `text` without `word` at its end (ASCII letters in any case), if it ends so.
fn without_ending<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(word.len())?;
    let tail = text.get(at..)?;
    tail.eq_ignore_ascii_case(word).then(|| &text[..at])
}

/// When no part of the line reads as a code: a part that has a code's shape but a
/// mistyped character, so that `松本 3AXV2TQMJX` is said to hold a typo rather than "松
/// is not a code character".
fn mistyped_code(line: &str) -> Option<ShareCodeError> {
    line.split(APART)
        .find_map(|part| match share_code::decode(part.trim()) {
            Err(problem @ (ShareCodeError::CheckFailed | ShareCodeError::ScoresImpossible)) => {
                Some(problem)
            }
            _ => None,
        })
}

/// A name as written before its code, without the words that only say the code comes
/// (「佐藤のコードは」, "Emma: my code is") and the separators around it.
fn without_code_words(clause: &str) -> &str {
    const SAY_NOTHING: [&str; 9] = [
        "です",
        "と申します",
        "のコードは",
        "のコード",
        "コードは",
        "コード",
        "my code is",
        "code is",
        "code",
    ];
    let mut name = clause;
    loop {
        name = name.trim_matches(|c: char| c.is_whitespace() || APART.contains(&c));
        let said = SAY_NOTHING
            .iter()
            .find_map(|word| without_ending(name, word));
        match said {
            Some(rest) => name = rest,
            None => return name,
        }
    }
}

/// The name on a chat's sender line, the line a chat puts above each message when
/// messages are copied: 「田中 太郎  10:02」, "Emma Brown  10:02 AM", 「田中 太郎 午後 3:05」,
/// "[10:02] 田中 太郎". The name is the rest of the line; a line without such a time is no
/// sender line, so a comment before a code ("ask Kim") never becomes a name.
pub(super) fn sender(line: &str) -> Option<(&str, bool)> {
    let line = line.trim();
    let name = if let Some(bracketed) = line.strip_prefix('[') {
        let (time, name) = bracketed.split_once(']')?;
        is_time(time.trim()).then_some(name)?
    } else {
        // The time at the end, after a space, with AM or PM after it or 午前 or 午後 before.
        let mut rest = line;
        for ending in [" AM", " PM", " am", " pm"] {
            rest = rest.strip_suffix(ending).unwrap_or(rest);
        }
        let (before, time) = rest.trim_end().rsplit_once(char::is_whitespace)?;
        let time = time.trim_start_matches(['午', '前', '後']);
        let before = before.trim_end();
        let before = before
            .strip_suffix("午前")
            .or(before.strip_suffix("午後"))
            .unwrap_or(before);
        is_time(time).then_some(before)?
    };
    let (name, cut) = clean_name(name);
    // A sentence that ends in a time (「会議は 10:00」) is no sender.
    let sentence = name.contains(['。', '、', '！', '？', '!', '?']);
    (!name.is_empty() && !sentence).then_some((name, cut))
}

/// A clock time as chats write it: `9:05`, `10:02` or `10:02:33`, and `10:02 AM` without
/// the `AM`.
fn is_time(text: &str) -> bool {
    let text = text.split_whitespace().next().unwrap_or("");
    let mut parts = text.split(':');
    let hours = parts.next().unwrap_or("");
    let digits = |part: &str, counts: &[usize]| {
        counts.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    let mut minutes = 0;
    for part in parts {
        if !digits(part, &[2]) {
            return false;
        }
        minutes += 1;
    }
    digits(hours, &[1, 2]) && (1..=2).contains(&minutes)
}

/// What people put between a name and a code: a space, a colon, 、 or a comma, in half or
/// full width, or a tab.
const APART: [char; 8] = [' ', '\u{3000}', ':', '：', '、', ',', '，', '\t'];

/// A line as people paste it from a chat or a note: the name and the code apart by a
/// space, a colon or 、 (`伊藤 大輔: CODE`, `Mia Suzuki CODE`), or the code first
/// (`CODE,name`). The code is the part that reads as one, check character and all, so
/// a name is never taken for a code; the first place that splits the line so is taken.
fn loosely(line: &str) -> Option<(Attendee, bool)> {
    for (at, c) in line.char_indices() {
        if !APART.contains(&c) {
            continue;
        }
        let (head, tail) = (&line[..at], &line[at + c.len_utf8()..]);
        for (name, code) in [(head, tail), (tail, head)] {
            let (name, cut) = clean_name(without_code_words(name));
            if name.is_empty() {
                continue;
            }
            if let Ok(scores) = share_code::decode(code.trim()) {
                let name = name.to_owned();
                return Some((Attendee { name, scores }, cut));
            }
        }
    }
    None
}

/// A name as kept: without the spaces around it, the quotes a spreadsheet puts around a
/// name holding a comma (`"Kato, Ken",CODE`), a byte-order mark, and cut to
/// [`NAME_LIMIT`]. Trimmed until nothing more comes off, before and after the cut, so that
/// a kept name reads back as itself from the saved list (a cut can leave a quote or a
/// space at the end). With whether it was cut.
pub(super) fn clean_name(raw: &str) -> (&str, bool) {
    fn settle(mut name: &str) -> &str {
        loop {
            let next = name.trim_start_matches('\u{FEFF}').trim().trim_matches('"');
            if next == name {
                return name;
            }
            name = next;
        }
    }
    let settled = settle(raw);
    let cut = cut_to_limit(settled);
    (settle(cut), cut.len() < settled.len())
}

/// The first [`NAME_LIMIT`] characters of `name`.
fn cut_to_limit(name: &str) -> &str {
    match name.char_indices().nth(NAME_LIMIT) {
        Some((end, _)) => name.get(..end).unwrap_or(name),
        None => name,
    }
}
