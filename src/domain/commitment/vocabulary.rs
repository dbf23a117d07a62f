//! The word lists: acts, outcomes, attitudes and vague times, in Japanese and English,
//! and an index by first char so that looking a word up costs the same whatever the
//! length of the text.

use std::collections::HashMap;
use std::sync::OnceLock;

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
/// 依頼 hides the 頼 of 頼られる and 通い始め beats 通い.
const JAPANESE: &[(&str, Word)] = &[
    ("勉強会", Word::Noun), ("読書会", Word::Noun), ("学習会", Word::Noun), ("相談会", Word::Noun), ("発表会", Word::Noun),
    ("練習会", Word::Noun), ("報告会", Word::Noun), ("研究会", Word::Noun), ("交流会", Word::Noun), ("説明会", Word::Noun),
    ("申込書", Word::Noun), ("取り入れ", Word::Act(Act::Carry)),
    ("申し込", Word::Act(Act::SignUp)), ("申込", Word::Act(Act::SignUp)), ("申しこ", Word::Act(Act::SignUp)),
    ("予約", Word::Act(Act::Book)), ("登録", Word::Act(Act::Register)), ("応募", Word::Act(Act::Apply)),
    ("申請", Word::Act(Act::Apply)), ("エントリー", Word::Act(Act::Apply)), ("提出", Word::Act(Act::Submit)),
    ("依頼", Word::Act(Act::Ask)), ("頼み", Word::Act(Act::Ask)), ("頼む", Word::Act(Act::Ask)), ("頼ん", Word::Act(Act::Ask)),
    ("相談", Word::Act(Act::Ask)), ("聞き", Word::Act(Act::Ask)), ("聞く", Word::Act(Act::Ask)), ("聞い", Word::Act(Act::Ask)),
    ("始め", Word::Act(Act::Start)), ("始ま", Word::Act(Act::Start)), ("開始", Word::Act(Act::Start)),
    ("スタート", Word::Act(Act::Start)), ("立ち上げ", Word::Act(Act::Start)), ("通い始め", Word::Act(Act::StartAttending)),
    ("開き", Word::Act(Act::Hold)), ("開く", Word::Act(Act::Hold)), ("開い", Word::Act(Act::Hold)), ("開催", Word::Act(Act::Hold)),
    ("主催", Word::Act(Act::Hold)), ("参加", Word::Act(Act::Join)), ("入会", Word::Act(Act::Enrol)), ("入学", Word::Act(Act::Enrol)),
    ("入塾", Word::Act(Act::Enrol)), ("購入", Word::Act(Act::Buy)), ("買い", Word::Act(Act::Buy)), ("買う", Word::Act(Act::Buy)),
    ("買っ", Word::Act(Act::Buy)), ("連絡", Word::Act(Act::Contact)), ("電話", Word::Act(Act::Contact)), ("メール", Word::Act(Act::Contact)),
    ("誘い", Word::Act(Act::Contact)), ("誘う", Word::Act(Act::Contact)), ("誘っ", Word::Act(Act::Contact)), ("声をかけ", Word::Act(Act::Contact)),
    ("受講", Word::Act(Act::Attend)), ("通い", Word::Act(Act::Attend)), ("通う", Word::Act(Act::Attend)), ("通っ", Word::Act(Act::Attend)),
    ("出席", Word::Act(Act::Attend)), ("勉強", Word::Act(Act::Study)), ("学習", Word::Act(Act::Study)), ("学び", Word::Act(Act::Study)),
    ("学ぶ", Word::Act(Act::Study)), ("学ん", Word::Act(Act::Study)), ("読み", Word::Act(Act::Read)), ("読む", Word::Act(Act::Read)),
    ("読ん", Word::Act(Act::Read)), ("読書", Word::Act(Act::Read)), ("読了", Word::Act(Act::Read)), ("書き", Word::Act(Act::Write)),
    ("書く", Word::Act(Act::Write)), ("書い", Word::Act(Act::Write)), ("執筆", Word::Act(Act::Write)), ("投稿", Word::Act(Act::Write)),
    ("作成", Word::Act(Act::Make)), ("作り", Word::Act(Act::Make)), ("作る", Word::Act(Act::Make)), ("作っ", Word::Act(Act::Make)),
    ("まとめ", Word::Act(Act::Make)), ("集め", Word::Act(Act::Gather)), ("集まっ", Word::Act(Act::Gather)), ("話し", Word::Act(Act::Talk)),
    ("話す", Word::Act(Act::Talk)), ("発言", Word::Act(Act::Talk)), ("面談", Word::Act(Act::Meet)), ("会い", Word::Act(Act::Meet)),
    ("会う", Word::Act(Act::Meet)), ("会っ", Word::Act(Act::Meet)), ("発表", Word::Act(Act::Present)), ("報告", Word::Act(Act::Present)),
    ("共有", Word::Act(Act::Present)), ("提案", Word::Act(Act::Propose)), ("送り", Word::Act(Act::Send)), ("送る", Word::Act(Act::Send)),
    ("送っ", Word::Act(Act::Send)), ("送信", Word::Act(Act::Send)), ("練習", Word::Act(Act::Practise)), ("受験", Word::Act(Act::TakeExam)),
    ("受け", Word::Act(Act::TakeExam)), ("教え", Word::Act(Act::Teach)), ("指導", Word::Act(Act::Teach)), ("訪問", Word::Act(Act::Visit)),
    ("訪ね", Word::Act(Act::Visit)), ("見学", Word::Act(Act::Visit)), ("走り", Word::Act(Act::Exercise)), ("走る", Word::Act(Act::Exercise)),
    ("走っ", Word::Act(Act::Exercise)), ("ジョギング", Word::Act(Act::Exercise)), ("運動", Word::Act(Act::Exercise)),
    ("記録", Word::Act(Act::Record)), ("日記", Word::Act(Act::Record)), ("計画を立て", Word::Act(Act::Plan)), ("企画", Word::Act(Act::Plan)),
    ("実施", Word::Act(Act::Carry)), ("実行", Word::Act(Act::Carry)), ("行い", Word::Act(Act::Carry)), ("行う", Word::Act(Act::Carry)),
    ("行っ", Word::Act(Act::Carry)), ("設け", Word::Act(Act::Carry)),
    ("合格", Word::Outcome(Outcome::Pass)), ("受か", Word::Outcome(Outcome::Pass)), ("取得", Word::Outcome(Outcome::Obtain)),
    ("獲得", Word::Outcome(Outcome::Obtain)), ("取る", Word::Outcome(Outcome::Obtain)), ("取り", Word::Outcome(Outcome::Obtain)),
    ("取っ", Word::Outcome(Outcome::Obtain)), ("昇格", Word::Outcome(Outcome::Promotion)), ("昇進", Word::Outcome(Outcome::Promotion)),
    ("管理職にな", Word::Outcome(Outcome::Promotion)), ("点up", Word::Outcome(Outcome::ScoreUp)), ("点数up", Word::Outcome(Outcome::ScoreUp)),
    ("点アップ", Word::Outcome(Outcome::ScoreUp)), ("点数アップ", Word::Outcome(Outcome::ScoreUp)), ("スコアup", Word::Outcome(Outcome::ScoreUp)),
    ("スコアアップ", Word::Outcome(Outcome::ScoreUp)), ("点数を上げ", Word::Outcome(Outcome::ScoreUp)), ("スコアを上げ", Word::Outcome(Outcome::ScoreUp)),
    ("点上げ", Word::Outcome(Outcome::ScoreUp)), ("点以上", Word::Outcome(Outcome::ScoreUp)), ("点を超え", Word::Outcome(Outcome::ScoreUp)),
    ("達成", Word::Outcome(Outcome::Achieve)), ("到達", Word::Outcome(Outcome::Achieve)),
    ("意識", Word::AttitudeVerb(Attitude::BeAware)), ("心がけ", Word::AttitudeVerb(Attitude::KeepInMind)),
    ("心掛け", Word::AttitudeVerb(Attitude::KeepInMind)), ("頑張", Word::AttitudeVerb(Attitude::DoMyBest)),
    ("がんば", Word::AttitudeVerb(Attitude::DoMyBest)), ("努め", Word::AttitudeVerb(Attitude::Strive)),
    ("努力", Word::AttitudeVerb(Attitude::Strive)), ("励み", Word::AttitudeVerb(Attitude::Strive)), ("励む", Word::AttitudeVerb(Attitude::Strive)),
    ("積極的", Word::AttitudeAdverb(Attitude::Proactively)), ("前向き", Word::AttitudeAdverb(Attitude::Positively)),
    ("成長", Word::AttitudeVerb(Attitude::Grow)), ("向上", Word::AttitudeVerb(Attitude::Grow)), ("磨", Word::AttitudeVerb(Attitude::Grow)),
    ("高め", Word::AttitudeVerb(Attitude::Grow)), ("深め", Word::AttitudeVerb(Attitude::Grow)), ("大切に", Word::AttitudeVerb(Attitude::Value)),
    ("大事に", Word::AttitudeVerb(Attitude::Value)), ("重視", Word::AttitudeVerb(Attitude::Value)), ("存在にな", Word::AttitudeVerb(Attitude::BecomeSomeone)),
    ("存在を目指", Word::AttitudeVerb(Attitude::BecomeSomeone)), ("人になり", Word::AttitudeVerb(Attitude::BecomeSomeone)),
    ("人になる", Word::AttitudeVerb(Attitude::BecomeSomeone)), ("人材にな", Word::AttitudeVerb(Attitude::BecomeSomeone)),
    ("頼られ", Word::AttitudeVerb(Attitude::BeReliedUpon)), ("信頼され", Word::AttitudeVerb(Attitude::BeReliedUpon)),
    ("ようにな", Word::AttitudeVerb(Attitude::BecomeAble)), ("挑戦", Word::AttitudeVerb(Attitude::Try)),
    ("チャレンジ", Word::AttitudeVerb(Attitude::Try)), ("取り組", Word::AttitudeVerb(Attitude::WorkOn)),
    ("目指", Word::AttitudeVerb(Attitude::Aim)), ("貢献", Word::AttitudeVerb(Attitude::Contribute)),
    ("いつか", Word::Vague(VagueTime::Someday)), ("いつの日か", Word::Vague(VagueTime::Someday)), ("将来", Word::Vague(VagueTime::Someday)),
    ("そのうち", Word::Vague(VagueTime::SoonerOrLater)), ("いずれ", Word::Vague(VagueTime::Eventually)),
    ("近いうちに", Word::Vague(VagueTime::Soon)), ("近々", Word::Vague(VagueTime::Soon)), ("早めに", Word::Vague(VagueTime::Soon)),
    ("できるだけ早く", Word::Vague(VagueTime::AsSoonAsPossible)), ("出来るだけ早く", Word::Vague(VagueTime::AsSoonAsPossible)),
    ("なるべく早く", Word::Vague(VagueTime::AsSoonAsPossible)), ("早急に", Word::Vague(VagueTime::AsSoonAsPossible)),
    ("今後", Word::Vague(VagueTime::FromNowOn)), ("これから", Word::Vague(VagueTime::FromNowOn)),
    ("時間ができたら", Word::Vague(VagueTime::WhenThereIsTime)), ("時間があれば", Word::Vague(VagueTime::WhenThereIsTime)),
    ("余裕ができたら", Word::Vague(VagueTime::WhenThereIsTime)), ("落ち着いたら", Word::Vague(VagueTime::WhenThereIsTime)),
    ("機会があれば", Word::Vague(VagueTime::WhenThereIsTime)),
];

/// English entries match at the start of a word. A trailing `*` lets the word go on
/// (regist* covers register, registered, registering); without it the entry must end
/// a word, so "book a" does not fire inside "bookshelf".
const ENGLISH: &[(&str, Word)] = &[
    ("sign up", Word::Act(Act::SignUp)), ("signs up", Word::Act(Act::SignUp)), ("signed up", Word::Act(Act::SignUp)),
    ("book a", Word::Act(Act::Book)), ("book an", Word::Act(Act::Book)), ("book the", Word::Act(Act::Book)),
    ("book my", Word::Act(Act::Book)), ("booked", Word::Act(Act::Book)), ("reserve*", Word::Act(Act::Book)),
    ("schedule*", Word::Act(Act::Book)), ("regist*", Word::Act(Act::Register)), ("apply", Word::Act(Act::Apply)),
    ("applied", Word::Act(Act::Apply)), ("submit*", Word::Act(Act::Submit)), ("hand in", Word::Act(Act::Submit)),
    ("ask*", Word::Act(Act::Ask)), ("request*", Word::Act(Act::Ask)), ("start", Word::Act(Act::Start)),
    ("starts", Word::Act(Act::Start)), ("started", Word::Act(Act::Start)), ("begin", Word::Act(Act::Start)),
    ("began", Word::Act(Act::Start)), ("launch*", Word::Act(Act::Start)), ("set up", Word::Act(Act::Start)),
    ("hold", Word::Act(Act::Hold)), ("held", Word::Act(Act::Hold)), ("host*", Word::Act(Act::Hold)),
    ("organi*", Word::Act(Act::Hold)), ("run a", Word::Act(Act::Hold)), ("join*", Word::Act(Act::Join)),
    ("volunteer*", Word::Act(Act::Join)), ("enrol*", Word::Act(Act::Enrol)), ("buy", Word::Act(Act::Buy)),
    ("bought", Word::Act(Act::Buy)), ("purchase*", Word::Act(Act::Buy)), ("contact*", Word::Act(Act::Contact)),
    ("call", Word::Act(Act::Contact)), ("invite*", Word::Act(Act::Contact)), ("attend*", Word::Act(Act::Attend)),
    ("go to", Word::Act(Act::Attend)), ("take a course", Word::Act(Act::Attend)), ("take an online course", Word::Act(Act::Attend)),
    ("study", Word::Act(Act::Study)), ("studied", Word::Act(Act::Study)), ("studying", Word::Act(Act::Study)),
    ("learn*", Word::Act(Act::Study)), ("read", Word::Act(Act::Read)), ("reading", Word::Act(Act::Read)),
    ("write", Word::Act(Act::Write)), ("writing", Word::Act(Act::Write)), ("wrote", Word::Act(Act::Write)),
    ("publish*", Word::Act(Act::Write)), ("make", Word::Act(Act::Make)), ("create*", Word::Act(Act::Make)),
    ("build", Word::Act(Act::Make)), ("draft*", Word::Act(Act::Make)), ("prepare*", Word::Act(Act::Make)),
    ("gather*", Word::Act(Act::Gather)), ("bring together", Word::Act(Act::Gather)), ("talk to", Word::Act(Act::Talk)),
    ("talk with", Word::Act(Act::Talk)), ("speak to", Word::Act(Act::Talk)), ("speak with", Word::Act(Act::Talk)),
    ("meet", Word::Act(Act::Meet)), ("interview*", Word::Act(Act::Meet)), ("present", Word::Act(Act::Present)),
    ("share", Word::Act(Act::Present)), ("report", Word::Act(Act::Present)), ("propose*", Word::Act(Act::Propose)),
    ("send", Word::Act(Act::Send)), ("email", Word::Act(Act::Send)), ("practi*", Word::Act(Act::Practise)),
    ("take the", Word::Act(Act::TakeExam)), ("sit the", Word::Act(Act::TakeExam)), ("teach*", Word::Act(Act::Teach)),
    ("mentor*", Word::Act(Act::Teach)), ("coach*", Word::Act(Act::Teach)), ("visit*", Word::Act(Act::Visit)),
    ("run", Word::Act(Act::Exercise)), ("jog*", Word::Act(Act::Exercise)), ("record*", Word::Act(Act::Record)),
    ("keep a log", Word::Act(Act::Record)), ("plan", Word::Act(Act::Plan)), ("draw up", Word::Act(Act::Plan)),
    ("pass", Word::Outcome(Outcome::Pass)), ("passes", Word::Outcome(Outcome::Pass)), ("passed", Word::Outcome(Outcome::Pass)),
    ("obtain*", Word::Outcome(Outcome::Obtain)), ("get certified", Word::Outcome(Outcome::Obtain)), ("earn*", Word::Outcome(Outcome::Obtain)),
    ("get a certificat*", Word::Outcome(Outcome::Obtain)), ("get the certificat*", Word::Outcome(Outcome::Obtain)),
    ("be promoted", Word::Outcome(Outcome::Promotion)), ("get promoted", Word::Outcome(Outcome::Promotion)),
    ("promotion", Word::Outcome(Outcome::Promotion)), ("score", Word::Outcome(Outcome::ScoreUp)), ("points", Word::Outcome(Outcome::ScoreUp)),
    ("achieve*", Word::Outcome(Outcome::Achieve)), ("reach", Word::Outcome(Outcome::Achieve)), ("hit my target", Word::Outcome(Outcome::Achieve)),
    ("be more aware", Word::AttitudeVerb(Attitude::BeAware)), ("be aware", Word::AttitudeVerb(Attitude::BeAware)),
    ("mindful", Word::AttitudeVerb(Attitude::BeAware)), ("keep in mind", Word::AttitudeVerb(Attitude::KeepInMind)),
    ("bear in mind", Word::AttitudeVerb(Attitude::KeepInMind)), ("try to", Word::AttitudeVerb(Attitude::Try)),
    ("try my best", Word::AttitudeVerb(Attitude::DoMyBest)), ("do my best", Word::AttitudeVerb(Attitude::DoMyBest)),
    ("work hard", Word::AttitudeVerb(Attitude::DoMyBest)), ("strive", Word::AttitudeVerb(Attitude::Strive)),
    ("make an effort", Word::AttitudeVerb(Attitude::Strive)), ("endeavo*", Word::AttitudeVerb(Attitude::Strive)),
    ("proactive*", Word::AttitudeAdverb(Attitude::Proactively)), ("actively", Word::AttitudeAdverb(Attitude::Proactively)),
    ("positive*", Word::AttitudeAdverb(Attitude::Positively)), ("grow", Word::AttitudeVerb(Attitude::Grow)),
    ("improve*", Word::AttitudeVerb(Attitude::Grow)), ("value", Word::AttitudeVerb(Attitude::Value)),
    ("cherish", Word::AttitudeVerb(Attitude::Value)), ("become someone", Word::AttitudeVerb(Attitude::BecomeSomeone)),
    ("become a person", Word::AttitudeVerb(Attitude::BecomeSomeone)), ("be someone", Word::AttitudeVerb(Attitude::BecomeSomeone)),
    ("become the kind", Word::AttitudeVerb(Attitude::BecomeSomeone)), ("relied on", Word::AttitudeVerb(Attitude::BeReliedUpon)),
    ("relied upon", Word::AttitudeVerb(Attitude::BeReliedUpon)), ("rely on me", Word::AttitudeVerb(Attitude::BeReliedUpon)),
    ("be trusted", Word::AttitudeVerb(Attitude::BeReliedUpon)), ("be able to", Word::AttitudeVerb(Attitude::BecomeAble)),
    ("work on", Word::AttitudeVerb(Attitude::WorkOn)), ("focus on", Word::AttitudeVerb(Attitude::WorkOn)),
    ("aim to", Word::AttitudeVerb(Attitude::Aim)), ("aim for", Word::AttitudeVerb(Attitude::Aim)),
    ("contribute", Word::AttitudeVerb(Attitude::Contribute)), ("challenge myself", Word::AttitudeVerb(Attitude::Try)),
    ("someday", Word::Vague(VagueTime::Someday)), ("some day", Word::Vague(VagueTime::Someday)), ("one day", Word::Vague(VagueTime::Someday)),
    ("sometime", Word::Vague(VagueTime::Someday)), ("at some point", Word::Vague(VagueTime::Someday)),
    ("sooner or later", Word::Vague(VagueTime::SoonerOrLater)), ("soon", Word::Vague(VagueTime::Soon)),
    ("as soon as possible", Word::Vague(VagueTime::AsSoonAsPossible)), ("asap", Word::Vague(VagueTime::AsSoonAsPossible)),
    ("in the future", Word::Vague(VagueTime::FromNowOn)), ("from now on", Word::Vague(VagueTime::FromNowOn)),
    ("going forward", Word::Vague(VagueTime::FromNowOn)), ("eventually", Word::Vague(VagueTime::Eventually)),
    ("when i have time", Word::Vague(VagueTime::WhenThereIsTime)), ("when things calm down", Word::Vague(VagueTime::WhenThereIsTime)),
    ("when i get the chance", Word::Vague(VagueTime::WhenThereIsTime)),
];

/// The longest entry of the lists found at `i`, with where it ends.
pub(crate) fn word_at(text: &super::text::Text, i: usize) -> Option<(Word, usize)> {
    let entries = lexicon().get(&text.at(i))?;
    // Entries are sorted longest first, so the first match is the longest.
    entries.iter().find_map(|entry| entry.match_at(text, i).map(|end| (entry.word, end)))
}

struct Entry {
    pattern: &'static str,
    english: bool,
    stem: bool,
    word: Word,
}

impl Entry {
    fn match_at(&self, text: &super::text::Text, i: usize) -> Option<usize> {
        if !self.english {
            return text.match_at(i, self.pattern);
        }
        if !text.is_word_start(i) {
            return None;
        }
        let end = text.match_at(i, self.pattern)?;
        if self.stem {
            let mut j = end;
            while text.at(j).is_ascii_alphabetic() && j - end < 16 {
                j += 1;
            }
            Some(j)
        } else {
            Some(end).filter(|&end| text.is_word_end(end))
        }
    }
}

/// Built once: the lists never change, and rebuilding them per check would cost more
/// than the check itself.
fn lexicon() -> &'static HashMap<char, Vec<Entry>> {
    static LEXICON: OnceLock<HashMap<char, Vec<Entry>>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut by_first: HashMap<char, Vec<Entry>> = HashMap::new();
        let japanese = JAPANESE.iter().map(|&(p, w)| (p, false, w));
        let english = ENGLISH.iter().map(|&(p, w)| (p, true, w));
        for (pattern, english, word) in japanese.chain(english) {
            let stem = pattern.ends_with('*');
            let pattern = pattern.trim_end_matches('*');
            if let Some(first) = pattern.chars().next() {
                by_first.entry(first).or_default().push(Entry { pattern, english, stem, word });
            }
        }
        for entries in by_first.values_mut() {
            entries.sort_by_key(|entry| std::cmp::Reverse(entry.pattern.chars().count()));
        }
        by_first
    })
}
