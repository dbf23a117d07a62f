//! Topics people often do not want to reach their manager — a job change or leaving (and
//! looking for another job: 求人に応募する), care at home, health (a child's too: 下の子が
//! ぜんそくで), a spouse's transfer, a pregnancy or trying for one (妊活), a divorce,
//! family circumstances (a child's exam, the nursery, a parent), pay and debts — found in
//! what the sheet shares (and in a shared free text on the worksheet as it is
//! written), so that the person sees them named before printing or copying, even when they
//! wrote nothing under "what must not be passed on" (the words repeated from there are
//! `overlap`'s note, and are not named twice).
//!
//! A closed list, kept short on purpose: a word that is also everyday work in some job
//! (治療 for a nurse, 給与 in payroll, 障害 in IT, 収入 in 収入印紙) is left out, so that the
//! note stays rare enough to be read. Japanese words are found anywhere in the text (no
//! spaces mark a word there), except where the characters around them make another word
//! or deny the topic: 辞めずに続いている is not a wish to quit, 工夫 holds no husband, 母の日
//! is a sale in a supermarket and 親会社 a company. A family member written in one kanji
//! (母, 父, 親, 夫, 妻) counts only before a particle (母の, 夫が) or in a family compound
//! (父親, 親子), so that 母体, 父兄 and 親切 stay what they are. 家族 alone is not a topic:
//! 家族と夕食をとる is what someone whose anchor is a balanced life values (and the
//! worksheet's own example); 家族の事情 is. English ones are found as whole words, in lower
//! case (ASCII: the phrases are), a family member after "my" ("my son"), so that a
//! children's menu or a family pack is not one.
//!
//! Some of these are the very words of a person's job: 子ども and 保育園 for a nursery
//! teacher, 介護 for a care worker, 入院 for a ward clerk. The person can say so, word by
//! word (`Worksheet::work_words`); a word they named is not pointed out again anywhere.

use super::overlap::Repeated;
use super::readiness::Section;
use super::sheet::Sheet;
use super::work_words::is_work_word;

const JAPANESE: &[Topic] = &[
    word("転職")
        .not_before(NOT_DOING)
        .yet_before(YET_DOING)
        .personal(),
    word("退職")
        .not_before(NOT_DOING)
        .yet_before(YET_DOING)
        .personal(),
    // 離職率 is a figure of the workplace (新人の離職率を下げる), not the person leaving.
    word("離職")
        .not_before(&["率", "せず", "しない", "しなかった", "しません"])
        .yet_before(YET_DOING)
        .personal(),
    word("休職")
        .not_before(NOT_DOING)
        .yet_before(YET_DOING)
        .personal(),
    // 新人さんが辞めずに続いている, 辞めさせない工夫: nobody quits.
    word("辞め")
        .not_before(&["ず", "ない", "なかった", "ません", "させない", "させず"])
        .yet_before(&["ないといけ", "ないとだめ", "ないとなら", "なかったら"])
        .personal(),
    word("介護"),
    word("看病"),
    word("通院"),
    word("持病"),
    word("病気"),
    word("ぜんそく"),
    word("喘息"),
    word("入院"),
    word("手術"),
    word("体調不良"),
    word("発達障害"),
    word("夫の転勤").personal(),
    word("妻の転勤").personal(),
    word("配偶者の転勤").personal(),
    word("パートナーの転勤").personal(),
    word("うつ病"),
    word("メンタル不調"),
    word("不妊"),
    word("妊娠"),
    // 4月から妊活するので: a nurse who may want a child (2026-12-05). Like 不妊, the daily
    // word of a fertility clinic's staff, so the person can say so.
    word("妊活"),
    word("離婚").personal(),
    // Family circumstances: a child's exam, the nursery's hours, a parent.
    word("家族の事情").personal(),
    word("家族の都合").personal(),
    word("家庭の事情").personal(),
    word("家庭の都合").personal(),
    word("夫")
        .only_before(&[
            "の", "が", "と", "に", "を", "は", "も", "や", "へ", "で", "から", "まで", "婦",
        ])
        .not_after(&["工", "丈", "農", "漁", "水"])
        .personal(),
    word("妻")
        .only_before(PARTICLES)
        .not_after(&["稲"])
        .personal(),
    word("母親").personal(),
    word("父親").personal(),
    word("両親").personal(),
    word("母")
        .only_before(PARTICLES)
        .not_before(&["の日"])
        .not_after(&["分", "酵", "保", "聖", "雲"])
        .personal(),
    word("父")
        .only_before(PARTICLES)
        .not_before(&["の日"])
        .not_after(&["神"])
        .personal(),
    word("親")
        .only_before(&[
            "の", "が", "と", "に", "を", "は", "も", "や", "へ", "で", "から", "まで", "子", "戚",
            "族", "孝行", "元",
        ])
        .not_before(&["子丼"])
        .not_after(&["母", "父", "両"])
        .personal(),
    // Not what a shop sells or a canteen serves (子ども向け, 子供服, 子ども食堂).
    word("子ども").not_before(FOR_CHILDREN),
    word("子供").not_before(FOR_CHILDREN),
    word("こども").not_before(FOR_CHILDREN),
    word("うちの子").personal(),
    // 自分の子と夕ごはんを食べる: one's own child, beside the children a teacher looks after.
    word("自分の子").personal(),
    word("上の子").not_after(&["以"]).personal(),
    word("下の子").not_after(&["以"]).personal(),
    word("息子").personal(),
    word("娘").not_after(&["看板"]).personal(),
    // 子育て支援 is a city office's or a company's work as well.
    word("子育て").not_before(&["支援"]),
    word("育児").not_before(&["用品"]),
    word("育休"),
    word("産休"),
    word("保育園"),
    word("保育所"),
    word("幼稚園"),
    word("学童"),
    // Looking for another job. 求人 is also the daily word of HR and of a recruiter
    // (求人広告の作成, 求人票を出す, 求人倍率), left alone where what follows is the
    // employer's side, and the person can say it is a word of their job; applying to one
    // is always the person's own (求人に応募する), unless it is applicants who do
    // (求人に応募してきた方). 転職サイト and 転職エージェント are named by 転職.
    word("求人").not_before(EMPLOYERS_SIDE),
    word("求人に応募").not_before(APPLICANTS).personal(),
    word("求人への応募").not_before(APPLICANTS).personal(),
    word("借金").personal(),
    word("ローン"),
    word("年収"),
    word("給料"),
    word("副業"),
];

/// The particles after which a family member in one kanji is one (母の, 妻が).
const PARTICLES: &[&str] = &[
    "の", "が", "と", "に", "を", "は", "も", "や", "へ", "で", "から", "まで",
];

/// What a job change or a leave is not after: not doing it (転職せずに, 退職しない).
const NOT_DOING: &[&str] = &["せず", "しない", "しなかった", "しません"];

/// What is doing it after all, although it begins as not doing it: 退職しないといけない,
/// 転職しなかったら, 転職しないかと誘われた.
const YET_DOING: &[&str] = &[
    "しないといけ",
    "しないとだめ",
    "しないとなら",
    "しなかったら",
    "しないか",
];

/// What, after 求人, is the employer's side of a job posting: its trade's compounds, and
/// making, placing or filling one (求人倍率, 求人広告の作成, 求人を出す, 求人に応募してきた方).
const EMPLOYERS_SIDE: &[&str] = &[
    "倍率",
    "媒体",
    "原稿",
    "数",
    "担当",
    "広告の作成",
    "広告を作",
    "広告を出",
    "広告の出稿",
    "票の作成",
    "票を作",
    "票を出",
    "票を書",
    "の作成",
    "を作",
    "を出",
    "を掲載",
    "の掲載",
    "サイトに掲載",
    "サイトへの掲載",
    "サイトの運用",
    "に応募してき",
    "に応募して来",
    "に応募してくれ",
    "に応募が",
    "に応募者",
    "への応募が",
    "への応募者",
];

/// What, after 求人に応募, makes the applicants other people (応募してきた方, 応募が少ない,
/// 応募者).
const APPLICANTS: &[&str] = &["してき", "して来", "してくれ", "してもら", "が", "者", "数"];

/// What makes a child a customer's: 子ども向け, 子供服, 子ども食堂, 子ども連れのお客様.
const FOR_CHILDREN: &[&str] = &["向け", "服", "用", "食堂", "連れ"];

/// English topics, whole words in lower case; `personal` those that are always the
/// person's own life (leaving, a family member, divorce, debts), never a job's words.
const ENGLISH: &[(&str, bool)] = &[
    personal("quit"),
    personal("quitting"),
    personal("resign"),
    personal("resigning"),
    personal("resignation"),
    personal("change jobs"),
    personal("job change"),
    personal("new job"),
    personal("leave the company"),
    topic("caregiving"),
    topic("illness"),
    topic("asthma"),
    topic("surgery"),
    topic("hospitalised"),
    topic("hospitalized"),
    personal("husband's transfer"),
    personal("wife's transfer"),
    topic("diagnosis"),
    topic("depression"),
    topic("burnout"),
    topic("pregnant"),
    topic("pregnancy"),
    topic("fertility"),
    topic("ivf"),
    personal("trying for a baby"),
    personal("trying to conceive"),
    personal("divorce"),
    personal("family reasons"),
    personal("family circumstances"),
    personal("my husband"),
    personal("my wife"),
    personal("my mother"),
    personal("my father"),
    personal("my mum"),
    personal("my mom"),
    personal("my dad"),
    personal("my parents"),
    personal("my son"),
    personal("my sons"),
    personal("my daughter"),
    personal("my daughters"),
    personal("my child"),
    personal("my children"),
    personal("my kid"),
    personal("my kids"),
    topic("childcare"),
    topic("child care"),
    topic("parental leave"),
    topic("maternity leave"),
    topic("paternity leave"),
    // Looking for another job; "job site" is left out, since it is also a building site.
    topic("job posting"),
    topic("job postings"),
    topic("job board"),
    topic("job boards"),
    topic("job hunting"),
    topic("job search"),
    topic("job website"),
    topic("job websites"),
    personal("debt"),
    personal("debts"),
    topic("salary"),
];

/// An English topic that may also be a job's word (childcare, salary, surgery).
const fn topic(phrase: &'static str) -> (&'static str, bool) {
    (phrase, false)
}

/// An English topic that is always the person's own life.
const fn personal(phrase: &'static str) -> (&'static str, bool) {
    (phrase, true)
}

/// Whether `word` is a topic of the list that is always the person's own life (leaving,
/// a family member), never a job's word (`work_words::can_be_work_word`).
pub(super) fn is_personal(word: &str) -> bool {
    JAPANESE.iter().any(|t| t.word == word && t.personal) || ENGLISH.contains(&(word, true))
}

/// The shared sections of `shared` that name a topic of the list, with the topics in the
/// list's order, less the words `repeated` (k's words) already names for that section and
/// the person's `work` words.
pub fn sensitive_on_sheet(shared: &Sheet, repeated: &[Repeated], work: &[String]) -> Vec<Repeated> {
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
            let words: Vec<String> = topics_in(&texts, work)
                .into_iter()
                .filter(|word| already.is_none_or(|r| !r.words.iter().any(|w| w.contains(word))))
                .map(str::to_owned)
                .collect();
            (!words.is_empty()).then_some(Repeated { section, words })
        })
        .collect()
}

/// The topics of the list that `texts` name, in the list's order, less the words the
/// person said are words of their `work`.
pub fn topics_in(texts: &[&str], work: &[String]) -> Vec<&'static str> {
    let lower: Vec<String> = texts
        .iter()
        .map(|t| t.to_ascii_lowercase().replace('’', "'"))
        .collect();
    let japanese = JAPANESE
        .iter()
        .filter(|topic| texts.iter().any(|text| topic.is_in(text)))
        .map(|topic| topic.word);
    let english = ENGLISH
        .iter()
        .map(|&(phrase, _)| phrase)
        .filter(|phrase| lower.iter().any(|text| has_whole(text, phrase)));
    let found: Vec<&'static str> = japanese
        .chain(english)
        .filter(|word| !is_work_word(word, work))
        .collect();
    // A word inside another found is said by that one (夫 by 夫の転勤).
    found
        .iter()
        .copied()
        .filter(|word| {
            !found
                .iter()
                .any(|other| other != word && other.contains(word))
        })
        .collect()
}

/// A Japanese word of the list, with what around it makes it another word or says that
/// the topic is not so.
#[derive(Clone, Copy)]
struct Topic {
    word: &'static str,
    /// What, right after the word, makes it another word or denies the topic (親|会社,
    /// 辞め|ずに).
    not_before: &'static [&'static str],
    /// What, right before it, makes it another word (工|夫, 分|母).
    not_after: &'static [&'static str],
    /// When not empty, the word counts only before one of these (母|の, 親|子).
    only_before: &'static [&'static str],
    /// What, right after the word, names the topic although it begins as one of
    /// `not_before` does (辞め|ないといけない, 辞め|なかったら).
    yet_before: &'static [&'static str],
    /// Always the person's own life (leaving, a family member), never a job's word: no
    /// "this is a word of my job" for it.
    personal: bool,
}

/// A word of the list, found wherever it stands.
const fn word(word: &'static str) -> Topic {
    Topic {
        word,
        not_before: &[],
        not_after: &[],
        only_before: &[],
        yet_before: &[],
        personal: false,
    }
}

impl Topic {
    const fn not_before(self, not_before: &'static [&'static str]) -> Topic {
        Topic { not_before, ..self }
    }

    const fn not_after(self, not_after: &'static [&'static str]) -> Topic {
        Topic { not_after, ..self }
    }

    const fn only_before(self, only_before: &'static [&'static str]) -> Topic {
        Topic {
            only_before,
            ..self
        }
    }

    const fn yet_before(self, yet_before: &'static [&'static str]) -> Topic {
        Topic { yet_before, ..self }
    }

    const fn personal(self) -> Topic {
        Topic {
            personal: true,
            ..self
        }
    }

    /// Whether `text` names the topic at least once: the word, not made another word by
    /// what stands around it.
    fn is_in(&self, text: &str) -> bool {
        let starts = |after: &str, forms: &[&str]| forms.iter().any(|form| after.starts_with(form));
        text.match_indices(self.word).any(|(at, word)| {
            let before = &text[..at];
            let after = &text[at + word.len()..];
            if self.not_after.iter().any(|form| before.ends_with(form)) {
                return false;
            }
            if starts(after, self.yet_before) {
                return true;
            }
            !starts(after, self.not_before)
                && (self.only_before.is_empty() || starts(after, self.only_before))
        })
    }
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
