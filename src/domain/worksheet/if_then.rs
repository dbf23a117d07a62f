//! The if-then plan of an obstacle as one sentence ("If …, I will …." / 「もし…、….」):
//! the two fields are written by people who often type the whole clause, so the words the
//! sentence supplies itself are taken off what they wrote, and it never reads "If if …" or
//! "I will I will …".

/// The two parts of the plan, trimmed, without what the sentence around them already
/// says; `None` while either is empty.
pub fn if_then<'a>(when: &'a str, then: &'a str) -> Option<(&'a str, &'a str)> {
    let when = strip_front(
        when.trim().trim_end_matches(['、', ',', '，']).trim_end(),
        &["もしも", "もし", "if ", "when "],
    );
    let then = strip_front(
        then.trim().trim_end_matches(['。', '.', '．']).trim_end(),
        &[
            "そのときは",
            "その時は",
            "そのときには",
            "then i will ",
            "then i'll ",
            "then ",
            "i will ",
            "i'll ",
            "i’ll ",
            "i would ",
            "i'd ",
        ],
    );
    (!when.is_empty() && !then.is_empty()).then_some((when, then))
}

/// `text` without the first of `words` it begins with (English ones in any case), trimmed.
fn strip_front<'a>(text: &'a str, words: &[&str]) -> &'a str {
    for word in words {
        let head = text.get(..word.len());
        if head.is_some_and(|head| head.eq_ignore_ascii_case(word)) {
            return text[word.len()..]
                .trim_start_matches([' ', '、', ','])
                .trim();
        }
    }
    text
}
