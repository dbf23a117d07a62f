//! Topics people often do not want to reach their manager — a job change or leaving, care
//! at home, health (a child's too: 下の子がぜんそくで), a spouse's transfer, a pregnancy, a
//! divorce, pay and debts — found in what the sheet shares (and in a shared free text on
//! the worksheet as it is written),
//! so that the person sees them named before printing or copying, even when they wrote
//! nothing under "what must not be passed on" (the words repeated from there are
//! `overlap`'s note, and are not named twice).
//!
//! A closed list, kept short on purpose: a word that is also everyday work in some job
//! (治療 for a nurse, 給与 in payroll, 障害 in IT, 収入 in 収入印紙) is left out, so that the
//! note stays rare enough to be read. Japanese words are found anywhere in the text (no
//! spaces mark a word there); English ones as whole words, in lower case (ASCII: the
//! phrases are).

use super::overlap::Repeated;
use super::readiness::Section;
use super::sheet::Sheet;

const JAPANESE: [&str; 30] = [
    "転職",
    "退職",
    "離職",
    "休職",
    "辞め",
    "介護",
    "看病",
    "通院",
    "持病",
    "病気",
    "ぜんそく",
    "喘息",
    "入院",
    "手術",
    "体調不良",
    "発達障害",
    "夫の転勤",
    "妻の転勤",
    "配偶者の転勤",
    "パートナーの転勤",
    "うつ病",
    "メンタル不調",
    "不妊",
    "妊娠",
    "離婚",
    "借金",
    "ローン",
    "年収",
    "給料",
    "副業",
];

const ENGLISH: [&str; 27] = [
    "quit",
    "quitting",
    "resign",
    "resigning",
    "resignation",
    "change jobs",
    "job change",
    "new job",
    "leave the company",
    "caregiving",
    "illness",
    "asthma",
    "surgery",
    "hospitalised",
    "hospitalized",
    "husband's transfer",
    "wife's transfer",
    "diagnosis",
    "depression",
    "burnout",
    "pregnant",
    "pregnancy",
    "fertility",
    "divorce",
    "debt",
    "debts",
    "salary",
];

/// The shared sections of `shared` that name a topic of the list, with the topics in the
/// list's order, less the words `repeated` (k's words) already names for that section.
pub fn sensitive_on_sheet(shared: &Sheet, repeated: &[Repeated]) -> Vec<Repeated> {
    let parts = shared.written_parts();
    Section::ALL
        .into_iter()
        .filter(|section| *section != Section::Confidential)
        .filter_map(|section| {
            let texts: Vec<&str> = parts
                .iter()
                .filter(|(s, _)| *s == section)
                .map(|(_, text)| *text)
                .collect();
            let already = repeated.iter().find(|r| r.section == section);
            let words: Vec<String> = topics_in(&texts)
                .into_iter()
                .filter(|word| already.is_none_or(|r| !r.words.iter().any(|w| w.contains(word))))
                .map(str::to_owned)
                .collect();
            (!words.is_empty()).then_some(Repeated { section, words })
        })
        .collect()
}

/// The topics of the list that `texts` name, in the list's order.
pub fn topics_in(texts: &[&str]) -> Vec<&'static str> {
    let lower: Vec<String> = texts
        .iter()
        .map(|t| t.to_ascii_lowercase().replace('’', "'"))
        .collect();
    let japanese = JAPANESE
        .into_iter()
        .filter(|word| texts.iter().any(|text| text.contains(word)));
    let english = ENGLISH
        .into_iter()
        .filter(|phrase| lower.iter().any(|text| has_whole(text, phrase)));
    japanese.chain(english).collect()
}

/// Whether `phrase` stands in `text` as whole words: not inside a longer word ("quit" is
/// not in "quite", "debt" not in "indebted").
fn has_whole(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}
