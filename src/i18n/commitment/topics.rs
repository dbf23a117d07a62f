//! An example rewrite on the person's own topic, where the check has no way to keep their
//! words (an act with nothing to count, a wish, an attitude): 「後任の課長を育てます」 gets
//! an example about meeting the successor, not the general one about reading a book. The
//! topics are the common ones of an interview's action plan, found by their words; a
//! text on none of them gets the general example. Something kept in mind or not done
//! gets its topic's example too (部下の話をよく聞くように心がけます: a one-on-one with
//! each member; 残業はしないようにします: a time to leave by on set days). Like every
//! example, the caller shows it only when it passes both tests itself.

use crate::domain::lang::Lang;
use crate::i18n::fill;

/// A common topic of an action plan, with the words that name it and its example
/// (`{}` for the start, then in Japanese `{}` for the people the person named, or
/// `people` when they named none).
struct Topic {
    ja_words: &'static [&'static str],
    en_words: &'static [&'static str],
    ja: &'static str,
    en: &'static str,
    people: &'static str,
}

/// The people a Japanese text may name for whom the person is growing or listening to, in
/// the order they are preferred when several are named.
const PEOPLE: [&str; 6] = ["部下", "後任", "後輩", "新人", "若手", "メンバー"];

/// The topics, the most telling first: a text on two takes the first it names (studying
/// for one's family is study; growing a successor before retiring is growing people).
/// English words are whole words; one ending in `*` is the start of one (`improv*`
/// is not "improve my English", which the list says only as "improve our …").
const TOPICS: [Topic; 10] = [
    // Listening to one's team: a short one-on-one with each member, on a fixed day (before
    // growing people, whose words 部下 and メンバー it shares).
    Topic {
        ja_words: &["話を聞", "話をよく聞", "話を聴", "話をよく聴", "耳を傾", "傾聴", "意見を聞", "声を聞"],
        en_words: &["listen*", "hear out", "hear them out", "hear their"],
        ja: "{}から、毎週金曜に{}一人ひとりと15分ずつ1対1で話す時間をとり、聞いたことをメモに残します",
        en: "From {} I will have a 15-minute one-on-one with each member of my team every Friday, and note down what I heard.",
        people: "メンバー",
    },
    // Handing over one's know-how (技術の引き継ぎ, before retiring or moving on): one task
    // a week written down and gone through with the one who takes it over (before growing
    // people, whose 後輩 and 教え it may share).
    Topic {
        ja_words: &["引き継", "引継", "ひきつ", "伝承", "継承", "ノウハウ"],
        en_words: &["hand over", "handover", "handing over", "pass on", "passing on", "know-how", "knowledge transfer"],
        ja: "{}から、毎週1つ、引き継ぐ作業の手順を紙1枚に書き出し、{}と一緒に現場で確かめます",
        en: "From {} I will write down the steps of one task I am handing over each week, on a single page, and go through it on the job with the person taking it over.",
        people: "若手",
    },
    // Mistakes (ミスを減らす): a check before the work and a count others can see.
    Topic {
        ja_words: &["ミス", "みす", "間違い", "まちがい", "不良", "ヒヤリ"],
        en_words: &["mistake*", "error*", "defect*"],
        ja: "{}から、毎日作業を始める前にチェック表で手順を確かめ、その日のミスの数を記録して、毎週金曜に上司に見せます",
        en: "From {} I will go through a checklist before starting work each day, note the day's mistakes, and show the tally to my manager every Friday.",
        people: "",
    },
    // Growing people: a time with them, on a rhythm, about the work handed to them.
    Topic {
        ja_words: &["育成", "育て", "後輩", "部下", "新人", "後任", "指導", "教え"],
        en_words: &["mentor*", "coach*", "junior*", "successor*", "new hire", "new hires", "develop people", "my team grow"],
        ja: "{}から、毎週水曜に30分、{}と1対1で話す時間をとり、任せた仕事の進み具合を一緒に確かめます",
        en: "From {} I will meet my junior colleague one to one for 30 minutes every Wednesday to go over the work I have handed them.",
        people: "後輩",
    },
    // Later career (定年, 再雇用, 役職定年): the conditions asked of those who know them.
    Topic {
        ja_words: &["定年", "再雇用", "セカンドキャリア", "退職後", "老後"],
        en_words: &["retire*", "second career", "re-employ*", "rehire*"],
        ja: "{}までに、定年後の働き方について人事部に30分の相談を申し込み、再雇用の条件を聞きます",
        en: "By {} I will book 30 minutes with HR to talk through working past retirement age, and ask what re-employment would mean for me.",
        people: "",
    },
    // Study and qualifications: time set aside on fixed days, and progress told.
    Topic {
        ja_words: &["勉強", "学習", "資格", "検定", "学ぶ", "学び", "スキル"],
        en_words: &["study", "studying", "learn*", "certif*", "exam", "exams", "skill*", "courses", "a course", "online course"],
        ja: "{}から、毎週月・水・金の始業前に30分、テキストを1節ずつ進め、月末に進み具合を上司に伝えます",
        en: "From {} I will work through one section of the textbook for 30 minutes before work every Monday, Wednesday and Friday, and tell my manager how far I got at the end of each month.",
        people: "",
    },
    // Proposals and improvements of the work: one brought to a meeting others attend.
    Topic {
        ja_words: &["提案", "業務改善", "改善案", "改善提案", "効率化"],
        en_words: &["propos*", "suggest*", "improve our", "improve the process", "improve processes", "process improvement", "streamline*", "kaizen"],
        ja: "{}から、毎月最初の課会で、業務改善の案を1件ずつ提案します",
        en: "From {} I will bring one proposal for improving our work to the first team meeting of every month.",
        people: "",
    },
    // Sharing and communication: a short written report on a rhythm, where others read it.
    Topic {
        ja_words: &["コミュニケーション", "報連相", "報告", "連携", "情報共有", "発信"],
        en_words: &["communicat*", "collaborat*", "share information", "keep my manager informed"],
        ja: "{}から、毎週金曜の夕方に、その週の仕事の進み具合を3行にまとめてチームのチャットに書きます",
        en: "From {} I will post a three-line summary of my week's progress in the team chat every Friday afternoon.",
        people: "",
    },
    // Overtime and leaving on time: a time to leave by on set days, and a note of it.
    Topic {
        ja_words: &["残業", "定時", "早く帰", "早めに帰", "退社"],
        en_words: &["overtime", "leave on time", "go home on time", "leave work on time", "leave the office on time", "work late", "stay late"],
        ja: "{}から、毎週月曜と水曜は18時までに退社し、退社した時刻を手帳に書き留めます",
        en: "From {} I will leave the office by 6 pm every Monday and Wednesday, and note the time I left in my planner.",
        people: "",
    },
    // Working hours and life outside work: a day that anyone can see kept.
    Topic {
        ja_words: &["有給", "休暇", "家族との時間", "家族と過ごす", "健康", "ワークライフ"],
        en_words: &["family time", "time with my family", "health*", "work-life", "vacation*", "holiday*"],
        ja: "{}から、毎週水曜は定時に退社し、チームの予定表にも「定時退社」と入れておきます",
        en: "From {} I will leave on time every Wednesday, and mark it in the team calendar.",
        people: "",
    },
];

/// Whether the English `text` (ASCII lower case, words split by what is not a letter, a
/// figure or a hyphen) names `entry`: a word, a word's start (`improv*`) or words in a row.
fn names(words: &[&str], entry: &str) -> bool {
    let parts: Vec<&str> = entry.split(' ').collect();
    words.windows(parts.len()).any(|window| {
        window
            .iter()
            .zip(&parts)
            .all(|(word, part)| match part.strip_suffix('*') {
                Some(stem) => word.starts_with(stem),
                None => word == part,
            })
    })
}

/// Whether `text` is about an exam or a qualification (技術士の一次試験, FP2級, 受験, "sit
/// the exam", "the FP certificate"): the first step towards one others could see is the
/// practice for it. A grade is a figure or a kanji numeral before 級 (2級, 一級; not 上級).
pub(super) fn on_an_exam(text: &str, lang: Lang) -> bool {
    exam_and_taking(text, lang).0
}

/// Whether `text` says it will take an exam (TOEICを受けます, 受験する, "sit the exam"):
/// a start for that, on its own, is a day nobody can see anything begin.
pub(super) fn taking_an_exam(text: &str, lang: Lang) -> bool {
    let (exam, taking) = exam_and_taking(text, lang);
    exam && taking
}

/// Whether `text` is about an exam, and whether it names taking one.
fn exam_and_taking(text: &str, lang: Lang) -> (bool, bool) {
    match lang {
        Lang::Ja => {
            let upper = text.to_ascii_uppercase();
            let graded = text.chars().zip(text.chars().skip(1)).any(|(before, c)| {
                c == '級' && (before.is_numeric() || "一二三四五準".contains(before))
            });
            let exam = graded
                || ["試験", "受験", "検定", "資格", "模試", "英検"]
                    .iter()
                    .any(|word| text.contains(word))
                || ["TOEIC", "TOEFL"].iter().any(|word| upper.contains(word));
            let taking = ["受け", "受験"].iter().any(|word| text.contains(word));
            (exam, taking)
        }
        Lang::En => {
            let lower = text.to_ascii_lowercase();
            let words = words_of(&lower);
            let exam = EXAM_WORDS.iter().any(|entry| names(&words, entry));
            let taking = ["sit", "sits", "sitting", "take", "takes", "taking"]
                .iter()
                .any(|entry| names(&words, entry));
            (exam, taking)
        }
    }
}

/// The words of an English text in lower case, as `names` compares them (a hyphen
/// stays inside a word: "follow-up").
fn words_of(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|word| !word.is_empty())
        .collect()
}

/// English words for an exam or a qualification, as `TOPICS` writes them.
const EXAM_WORDS: [&str; 8] = [
    "exam",
    "exams",
    "examination*",
    "certif*",
    "qualification*",
    "toeic",
    "toefl",
    "ielts",
];

/// The example on the topic `text` is about, with `date` (already written out) as its
/// start; `None` when the text is on none of the topics.
pub(super) fn topic_example(text: &str, date: &str, lang: Lang) -> Option<String> {
    let topic = match lang {
        Lang::Ja => TOPICS
            .iter()
            .find(|topic| topic.ja_words.iter().any(|word| text.contains(word))),
        Lang::En => {
            // The English words are plain ASCII, matched in any case.
            let lower = text.to_ascii_lowercase();
            let words = words_of(&lower);
            TOPICS
                .iter()
                .find(|topic| topic.en_words.iter().any(|entry| names(&words, entry)))
        }
    }?;
    let example = match lang {
        Lang::Ja => {
            let who = PEOPLE
                .iter()
                .find(|person| text.contains(*person))
                .copied()
                .unwrap_or(topic.people);
            fill(topic.ja, &[date, who])
        }
        Lang::En => fill(topic.en, &[date]),
    };
    Some(example)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_topic_fills_its_date_and_people() {
        for topic in &TOPICS {
            assert!(topic.ja.contains("{}") && topic.en.contains("{}"));
        }
        let example = topic_example(
            "定年までに、後任の課長を育てます",
            "2026年12月7日(月)",
            Lang::Ja,
        );
        assert_eq!(
            example.as_deref(),
            Some("2026年12月7日(月)から、毎週水曜に30分、後任と1対1で話す時間をとり、任せた仕事の進み具合を一緒に確かめます")
        );
        assert_eq!(topic_example("もっと頑張ります", "x", Lang::Ja), None);
        assert!(
            topic_example("I want to mentor new hires.", "7 December", Lang::En)
                .is_some_and(|e| e.starts_with("From 7 December I will meet my junior colleague"))
        );
    }
}
