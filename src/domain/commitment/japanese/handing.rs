//! Whether a Japanese act hands something over to someone, who then has it: a document
//! handed in with 出す (申請を出す, 改善提案制度に1件出す), a thing sent, passed or
//! submitted (週報を課長に送る, 日報を提出する), a proposal put to a person (課長に提案する).
//! Handing in and proposing open something, as a submission does; a habit of handing a
//! thing over is confirmed by whoever receives it each time, and so is a practice
//! carried to another channel (電話だけでなく連絡帳でもする), which keeps the rhythm it
//! has.

use super::{is_hiragana, is_kanji, Text, Token, TokenKind, Words};

/// What 出す hands in: a proposal, an application, a plan, a document, a report, a
/// sheet or a table (目標シートを上司に出す).
const HANDED_IN: Words = Words::new(
    "提案|申請|申込|案を|計画を|資料を|書類を|書を|レポートを|シートを|表を|原稿を|報告を",
);

/// Whether the verb, 出す, hands something in (改善提案制度に1件出す, 提案箱に出す,
/// 申請を出す, 研修計画案を人事に出します): after a proposal, an application, a plan, a
/// document or a report, it is a submission, which opens.
pub(super) fn hands_in(text: &Text, clause_start: usize, head_start: usize, end: usize) -> bool {
    let verb = (head_start..end)
        .find(|&i| text.at(i) == '出' && matches!(text.at(i + 1), 'す' | 'し' | 'さ'));
    // Sent toward someone with へ (不備一覧を課長へ出す, 本社へ出す): whatever the thing,
    // it is handed in to whoever is named, who can say whether it came. (に is left as
    // it was: 口に出す, 表に出す, 顔に出す say a thing aloud or show it.)
    let toward = |verb: usize| {
        verb >= clause_start + 2
            && text.at(verb - 1) == 'へ'
            && {
                let before = text.at(verb - 2);
                is_kanji(before) || ('ァ'..='ヺ').contains(&before) || before.is_ascii_alphabetic()
            }
            && (clause_start..verb).any(|i| text.at(i) == 'を')
    };
    verb.is_some_and(|verb| {
        toward(verb)
            || (clause_start..verb).any(|i| {
                matches!(
                    text.at(i),
                    '提' | '申' | '案' | '計' | '資' | '書' | 'レ' | 'シ' | '表' | '原' | '報'
                ) && text.first_of(i, &HANDED_IN).is_some()
            })
    })
}

/// Whether the verb hands a thing over (週報を課長に送る, 日報を提出する, 申請書を出す): an
/// object with を before a verb that sends, passes or submits it.
pub(super) fn hands_a_thing_over(
    text: &Text,
    clause_start: usize,
    head_start: usize,
    end: usize,
) -> bool {
    hands_in(text, clause_start, head_start, end)
        || (text.first_of(head_start, &HANDING).is_some()
            && (clause_start + 1..head_start)
                .any(|i| text.at(i) == 'を' && !is_hiragana(text.at(i - 1))))
}

/// Verbs that send, pass or submit a thing.
const HANDING: Words = Words::new("送る|送り|送っ|送付|送信|郵送|渡す|渡し|手渡|提出");

/// Whether an act already done one way is carried to another (電話だけでなく連絡帳でも
/// する, メールだけでなく口頭でも伝える) in chars `from..to`: how often is how often it is
/// done already.
pub(super) fn another_channel(text: &Text, from: usize, to: usize) -> bool {
    (from..to)
        .find(|&i| text.first_of(i, &NOT_ONLY).is_some())
        .is_some_and(|i| (i + 4..to).any(|k| text.match_at(k, "でも").is_some()))
}

/// Not only (…だけでなく, …だけではなく).
const NOT_ONLY: Words = Words::new("だけでなく|だけではなく|だけじゃなく");

/// Whether the verb proposes something to someone (改訂案を駅長に提案する, 課長に提案
/// します): a proposal handed to a person, who then has it to decide on, as a submission
/// is. Proposing with no one named (会議で提案する, 積極的に提案する) hands nothing over.
pub(super) fn proposes_to_someone(
    text: &Text,
    slice: &[Token],
    clause_start: usize,
    head_start: usize,
) -> bool {
    if text.match_at(head_start, "提案").is_none()
        || head_start < clause_start + 2
        || text.at(head_start - 1) != 'に'
    {
        return false;
    }
    // A person or a group before に: a noun, not an adverb in 的に, nor a time (今月中に).
    let before = text.at(head_start - 2);
    let noun = (is_kanji(before) && before != '的')
        || ('ァ'..='ヺ').contains(&before)
        || before.is_ascii_alphabetic();
    let a_time = slice.iter().any(|t| {
        matches!(t.kind, TokenKind::Time { .. }) && t.start < head_start && t.end + 1 >= head_start
    });
    noun && !a_time
}
