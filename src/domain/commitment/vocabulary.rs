//! The word lists: acts, outcomes, attitudes and vague times, in Japanese and English.
//! Each line of a list is one meaning and its spellings separated by `|`, which keeps
//! the lists compact in the built site. `word_index` packs them and indexes them by the
//! first char at compile time, so a lookup reads only a handful of lines whatever the
//! length of the text, and nothing is built or sorted at run time.

use super::text::{begins_with, Text};
use super::word_index::{packed_line, BUCKETS, INDEX};
use super::{Act, Attitude, Outcome, VagueTime};

/// What a word in the lists stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    Act(Act),
    Outcome(Outcome),
    /// An attitude that is itself the predicate (頑張る, try to): an act right next to
    /// it is what the person will try, not what they commit to.
    AttitudeVerb(Attitude),
    /// An attitude that only colours an act (積極的に, proactively).
    AttitudeAdverb(Attitude),
    Vague(VagueTime),
    /// A noun that contains an act's stem without being that act (勉強会 is not
    /// 勉強する): it is read and then ignored, so that 勉強会を開く is about holding.
    Noun,
}

/// Japanese entries match anywhere; they are stems, so 申し込 covers 申し込む,
/// 申し込んで and 申し込みます. The longest entry at a position wins, which is how
/// 依頼 hides the 頼 of 頼られる, 通い始め beats 通い and 取り入れ beats 取り.
pub(super) const JAPANESE: &[(Word, &str)] = &[
    (Word::Noun, "勉強会|読書会|学習会|相談会|発表会|練習会|報告会|研究会|交流会|説明会|申込書"),
    (Word::Act(Act::Carry), "取り入れ|実施|実行|行い|行う|行っ|設け"),
    (Word::Act(Act::SignUp), "申し込|申込|申しこ"),
    (Word::Act(Act::Book), "予約"),
    (Word::Act(Act::Register), "登録"),
    (Word::Act(Act::Apply), "応募|申請|エントリー"),
    (Word::Act(Act::Submit), "提出"),
    (Word::Act(Act::Ask), "依頼|頼み|頼む|頼ん|相談|聞き|聞く|聞い"),
    (Word::Act(Act::Start), "始め|始ま|開始|スタート|立ち上げ"),
    (Word::Act(Act::StartAttending), "通い始め"),
    (Word::Act(Act::Hold), "開き|開く|開い|開催|主催"),
    (Word::Act(Act::Join), "参加"),
    (Word::Act(Act::Enrol), "入会|入学|入塾"),
    (Word::Act(Act::Buy), "購入|買い|買う|買っ"),
    (Word::Act(Act::Contact), "連絡|電話|メール|誘い|誘う|誘っ|声をかけ"),
    (Word::Act(Act::Attend), "受講|通い|通う|通っ|出席"),
    (Word::Act(Act::Study), "勉強|学習|学び|学ぶ|学ん"),
    (Word::Act(Act::Read), "読み|読む|読ん|読書|読了"),
    (Word::Act(Act::Write), "書き|書く|書い|執筆|投稿"),
    (Word::Act(Act::Make), "作成|作り|作る|作っ|まとめ"),
    (Word::Act(Act::Gather), "集め|集まっ"),
    (Word::Act(Act::Talk), "話し|話す|発言"),
    (Word::Act(Act::Meet), "面談|会い|会う|会っ"),
    (Word::Act(Act::Present), "発表|報告|共有"),
    (Word::Act(Act::Propose), "提案"),
    (Word::Act(Act::Send), "送り|送る|送っ|送信"),
    (Word::Act(Act::Practise), "練習"),
    (Word::Act(Act::TakeExam), "受験|受け"),
    (Word::Act(Act::Teach), "教え|指導"),
    (Word::Act(Act::Visit), "訪問|訪ね|見学"),
    (Word::Act(Act::Exercise), "走り|走る|走っ|ジョギング|運動"),
    (Word::Act(Act::Record), "記録|日記"),
    (Word::Act(Act::Plan), "計画を立て|企画"),
    (Word::Outcome(Outcome::Pass), "合格|受か"),
    (Word::Outcome(Outcome::Obtain), "取得|獲得|取る|取り|取っ"),
    (Word::Outcome(Outcome::Promotion), "昇格|昇進|管理職にな"),
    (Word::Outcome(Outcome::ScoreUp), "点up|点数up|点アップ|点数アップ|スコアup|スコアアップ|点数を上げ|スコアを上げ|点上げ|点以上|点を超え"),
    (Word::Outcome(Outcome::Achieve), "達成|到達"),
    (Word::AttitudeVerb(Attitude::BeAware), "意識"),
    (Word::AttitudeVerb(Attitude::KeepInMind), "心がけ|心掛け"),
    (Word::AttitudeVerb(Attitude::DoMyBest), "頑張|がんば"),
    (Word::AttitudeVerb(Attitude::Strive), "努め|努力|励み|励む"),
    (Word::AttitudeAdverb(Attitude::Proactively), "積極的"),
    (Word::AttitudeAdverb(Attitude::Positively), "前向き"),
    (Word::AttitudeVerb(Attitude::Grow), "成長|向上|磨|高め|深め"),
    (Word::AttitudeVerb(Attitude::Value), "大切に|大事に|重視"),
    (Word::AttitudeVerb(Attitude::BecomeSomeone), "存在にな|存在を目指|人になり|人になる|人材にな"),
    (Word::AttitudeVerb(Attitude::BeReliedUpon), "頼られ|信頼され"),
    (Word::AttitudeVerb(Attitude::BecomeAble), "ようにな"),
    (Word::AttitudeVerb(Attitude::Try), "挑戦|チャレンジ"),
    (Word::AttitudeVerb(Attitude::WorkOn), "取り組"),
    (Word::AttitudeVerb(Attitude::Aim), "目指"),
    (Word::AttitudeVerb(Attitude::Contribute), "貢献"),
    (Word::Vague(VagueTime::Someday), "いつか|いつの日か|将来"),
    (Word::Vague(VagueTime::SoonerOrLater), "そのうち"),
    (Word::Vague(VagueTime::Eventually), "いずれ"),
    (Word::Vague(VagueTime::Soon), "近いうちに|近々|早めに"),
    (Word::Vague(VagueTime::AsSoonAsPossible), "できるだけ早く|出来るだけ早く|なるべく早く|早急に"),
    (Word::Vague(VagueTime::FromNowOn), "今後|これから"),
    (Word::Vague(VagueTime::WhenThereIsTime), "時間ができたら|時間があれば|余裕ができたら|落ち着いたら|機会があれば"),
];

/// English entries match at the start of a word. A trailing `*` lets the word go on
/// (regist* covers register, registered, registering); without it the entry must end
/// a word, so "book a" does not fire inside "bookshelf".
pub(super) const ENGLISH: &[(Word, &str)] = &[
    (Word::Act(Act::SignUp), "sign up|signs up|signed up"),
    (
        Word::Act(Act::Book),
        "book a|book an|book the|book my|booked|reserve*|schedule*",
    ),
    (Word::Act(Act::Register), "regist*"),
    (Word::Act(Act::Apply), "apply|applied"),
    (Word::Act(Act::Submit), "submit*|hand in"),
    (Word::Act(Act::Ask), "ask*|request*"),
    (
        Word::Act(Act::Start),
        "start|starts|started|begin|began|launch*|set up",
    ),
    (Word::Act(Act::Hold), "hold|held|host*|organi*|run a"),
    (Word::Act(Act::Join), "join*|volunteer*"),
    (Word::Act(Act::Enrol), "enrol*"),
    (Word::Act(Act::Buy), "buy|bought|purchase*"),
    (Word::Act(Act::Contact), "contact*|call|invite*"),
    (
        Word::Act(Act::Attend),
        "attend*|go to|take a course|take an online course",
    ),
    (Word::Act(Act::Study), "study|studied|studying|learn*"),
    (Word::Act(Act::Read), "read|reading"),
    (Word::Act(Act::Write), "write|writing|wrote|publish*"),
    (Word::Act(Act::Make), "make|create*|build|draft*|prepare*"),
    (Word::Act(Act::Gather), "gather*|bring together"),
    (
        Word::Act(Act::Talk),
        "talk to|talk with|speak to|speak with",
    ),
    (Word::Act(Act::Meet), "meet|interview*"),
    (Word::Act(Act::Present), "present|share|report"),
    (Word::Act(Act::Propose), "propose*"),
    (Word::Act(Act::Send), "send|email"),
    (Word::Act(Act::Practise), "practi*"),
    (Word::Act(Act::TakeExam), "take the|sit the"),
    (Word::Act(Act::Teach), "teach*|mentor*|coach*"),
    (Word::Act(Act::Visit), "visit*"),
    (Word::Act(Act::Exercise), "run|jog*"),
    (Word::Act(Act::Record), "record*|keep a log"),
    (Word::Act(Act::Plan), "plan|draw up"),
    (Word::Outcome(Outcome::Pass), "pass|passes|passed"),
    (
        Word::Outcome(Outcome::Obtain),
        "obtain*|get certified|earn*|get a certificat*|get the certificat*",
    ),
    (
        Word::Outcome(Outcome::Promotion),
        "be promoted|get promoted|promotion",
    ),
    (Word::Outcome(Outcome::ScoreUp), "score|points"),
    (
        Word::Outcome(Outcome::Achieve),
        "achieve*|reach|hit my target",
    ),
    (
        Word::AttitudeVerb(Attitude::BeAware),
        "be more aware|be aware|mindful",
    ),
    (
        Word::AttitudeVerb(Attitude::KeepInMind),
        "keep in mind|bear in mind",
    ),
    (Word::AttitudeVerb(Attitude::Try), "try to|challenge myself"),
    (
        Word::AttitudeVerb(Attitude::DoMyBest),
        "try my best|do my best|work hard",
    ),
    (
        Word::AttitudeVerb(Attitude::Strive),
        "strive|make an effort|endeavo*",
    ),
    (
        Word::AttitudeAdverb(Attitude::Proactively),
        "proactive*|actively",
    ),
    (Word::AttitudeAdverb(Attitude::Positively), "positive*"),
    (Word::AttitudeVerb(Attitude::Grow), "grow|improve*"),
    (Word::AttitudeVerb(Attitude::Value), "value|cherish"),
    (
        Word::AttitudeVerb(Attitude::BecomeSomeone),
        "become someone|become a person|be someone|become the kind",
    ),
    (
        Word::AttitudeVerb(Attitude::BeReliedUpon),
        "relied on|relied upon|rely on me|be trusted",
    ),
    (Word::AttitudeVerb(Attitude::BecomeAble), "be able to"),
    (Word::AttitudeVerb(Attitude::WorkOn), "work on|focus on"),
    (Word::AttitudeVerb(Attitude::Aim), "aim to|aim for"),
    (Word::AttitudeVerb(Attitude::Contribute), "contribute"),
    (
        Word::Vague(VagueTime::Someday),
        "someday|some day|one day|sometime|at some point",
    ),
    (Word::Vague(VagueTime::SoonerOrLater), "sooner or later"),
    (Word::Vague(VagueTime::Soon), "soon"),
    (
        Word::Vague(VagueTime::AsSoonAsPossible),
        "as soon as possible|asap",
    ),
    (
        Word::Vague(VagueTime::FromNowOn),
        "in the future|from now on|going forward",
    ),
    (Word::Vague(VagueTime::Eventually), "eventually"),
    (
        Word::Vague(VagueTime::WhenThereIsTime),
        "when i have time|when things calm down|when i get the chance",
    ),
];

/// The longest entry of the lists found at `i`, with where it ends.
pub(crate) fn word_at(text: &Text, i: usize) -> Option<(Word, usize)> {
    let first = text.at(i);
    let bucket = first as usize % BUCKETS;
    let last_byte = if first.is_ascii() {
        first as u8
    } else {
        0x80 | (first as u32 & 0x3F) as u8
    };
    let lines = INDEX
        .lines
        .get(INDEX.starts[bucket] as usize..INDEX.starts[bucket + 1] as usize)?;
    let mut best: Option<(Word, usize)> = None;
    let mut best_len = 0;
    for &k in lines {
        let (word, spellings) = packed_line(k as usize);
        let english = k as usize >= JAPANESE.len();
        // The bucket only says that some spelling of the line may start here. Most
        // lines do not even hold the last byte of the char's UTF-8 (its low six bits
        // are the bucket's): one look through the bytes rules them out before splitting.
        if !spellings.as_bytes().contains(&last_byte) {
            continue;
        }
        for spelling in spellings.split('|').filter(|s| begins_with(s, first)) {
            let pattern = spelling.strip_suffix('*');
            let stem = pattern.is_some();
            let pattern = pattern.unwrap_or(spelling);
            // Two entries that both match at `i` are one a prefix of the other, so
            // the longer in bytes is the longer in chars; equal lengths cannot both
            // match.
            if pattern.len() <= best_len {
                continue;
            }
            if let Some(end) = match_at(text, i, pattern, english, stem) {
                best = Some((word, end));
                best_len = pattern.len();
            }
        }
    }
    best
}

fn match_at(text: &Text, i: usize, pattern: &str, english: bool, stem: bool) -> Option<usize> {
    if !english {
        return text.match_at(i, pattern);
    }
    if !text.is_word_start(i) {
        return None;
    }
    let end = text.match_at(i, pattern)?;
    if stem {
        let mut j = end;
        while text.at(j).is_ascii_alphabetic() && j - end < 16 {
            j += 1;
        }
        Some(j)
    } else {
        Some(end).filter(|&end| text.is_word_end(end))
    }
}
