//! The person's own words made into the example (`examples.rs` chooses it): a wish said
//! as what one will do, and a start, a first step or a date put into what they wrote.

use chrono::NaiveDate;

use super::phrases::{
    after_an_unread_start, effort_topic, lower_first, thought_topic, upper_first, without,
};
use crate::domain::commitment::{Attitude, Hint};
use crate::domain::lang::Lang;
use crate::i18n::commitment::{format_date, format_start, topics};
use crate::i18n::fill;

/// A wish said as what one will do, for the check to read again: 〜たい (です, と思います)
/// becomes 〜ます on the same stem (取りたい: 取ります, 合格したいです: 合格します); in
/// English the wish's words (`words`, as the check quoted them: "want to", "I'd like
/// to") become "will", after "I" or "we". `None` when the wish is not so written.
pub(super) fn wish_said_as_a_will(text: &str, words: &str, lang: Lang) -> Option<String> {
    let text = text.trim();
    match lang {
        Lang::Ja => {
            let at = text.rfind("たい")?;
            let (stem, after) = (text.get(..at)?, text.get(at + "たい".len()..)?);
            let after = after.trim_end_matches(['。', '！', '!', '.', ' ', '　']);
            const ENDINGS: [&str; 9] = [
                "",
                "です",
                "と思います",
                "と思っています",
                "と思ってます",
                "と思う",
                "と思っている",
                "と考えています",
                "と考えている",
            ];
            (!stem.is_empty() && ENDINGS.contains(&after)).then(|| format!("{stem}ます"))
        }
        Lang::En => {
            let at = text.find(words).filter(|_| !words.is_empty())?;
            let lower = words.to_ascii_lowercase();
            let subject = ["i'", "i ", "i\u{2019}"]
                .iter()
                .any(|start| lower.starts_with(start));
            let will = if subject { "I will" } else { "will" };
            Some(format!(
                "{}{will}{}",
                text.get(..at)?,
                text.get(at + words.len()..)?
            ))
        }
    }
}

/// The words of a wish about one's own conditions of work, which the person cannot grant
/// themself (days, hours, a transfer, a contract); English words are matched in lower case.
const CONDITIONS_JA: [&str; 18] = [
    "勤務",
    "休み",
    "休日",
    "異動",
    "配属",
    "転勤",
    "時短",
    "在宅",
    "テレワーク",
    "リモート",
    "部署",
    "働き方",
    "契約",
    "日数",
    "給与",
    "給料",
    "昇給",
    "シフト",
];
const CONDITIONS_EN: [&str; 12] = [
    "days a week",
    "part-time",
    "part time",
    "transfer",
    "move to",
    "work from home",
    "remote",
    "shift",
    "hours",
    "contract",
    "salary",
    "department",
];

/// A wish about one's own conditions of work (週4日勤務に減らしたい, "I'd like to work
/// four days a week") made into asking for it by `start`, the wish quoted as written:
/// said as a will (週4日勤務に減らします) it reads as a demand on the manager.
pub(super) fn ask_about_conditions(text: &str, start: NaiveDate, lang: Lang) -> Option<String> {
    let wish = text
        .trim()
        .trim_end_matches(['。', '.', '！', '!', ' ', '　']);
    let date = format_date(start, lang);
    match lang {
        Lang::Ja => CONDITIONS_JA
            .iter()
            .any(|word| wish.contains(word))
            .then(|| {
                fill(
                    "{}までに、上司に「{}」と相談する時間をお願いします",
                    &[&date, wish],
                )
            }),
        Lang::En => {
            let lower = wish.to_ascii_lowercase();
            CONDITIONS_EN
                .iter()
                .any(|word| lower.contains(word))
                .then(|| {
                    fill(
                    "By {} I will ask my manager for time to talk about this: \u{201c}{}.\u{201d}",
                    &[&date, wish],
                )
                })
        }
    }
}

/// An act done once (上司に相談する, "ask HR about the course") with a day to be done by
/// put in front; the caller keeps it only if the check reads that day as its start, which
/// it does for an act that opens something and not for one that goes on.
pub(super) fn done_by(text: &str, start: NaiveDate, lang: Lang) -> String {
    let text = text.trim();
    let date = format_date(start, lang);
    match lang {
        // 次の契約更新の前に、課長に相談します: the occasion stays, in brackets after the date.
        Lang::Ja => match text.split_once('、') {
            Some((before, rest)) if before.ends_with("前に") => {
                fill("{}までに（{}）、{}", &[&date, before, rest])
            }
            _ => fill("{}までに、{}", &[&date, text]),
        },
        Lang::En => fill("By {}, {}", &[&date, &lower_first(text)]),
    }
}

/// 近いうちに課長に相談します as 2026年12月7日(月)までに課長に相談します: the vague time
/// swapped for a day to do it by, which passes only for an act that is done once and
/// opens something (`hint_example_on` checks it); `None` where the time runs into a noun
/// (こんどのやすみに) or the text is not Japanese.
pub(super) fn vague_swapped_for_deadline(
    hint: &Hint,
    original: &str,
    lang: Lang,
) -> Option<String> {
    let Hint::ReplaceVagueTime {
        span,
        suggested_start,
        ..
    } = hint
    else {
        return None;
    };
    let before = original.get(..span.start)?;
    let after = original.get(span.end..)?;
    (lang == Lang::Ja && !after.starts_with('の')).then(|| {
        let date = format_date(*suggested_start, lang);
        format!("{before}{date}までに{}", after.trim_start_matches('、'))
            .trim()
            .to_string()
    })
}

/// The person's own words with a start put in, for the hints that keep them; `None`
/// for the others, which show a fixed example.
pub(super) fn rewrite_in_own_words(hint: &Hint, text: &str, lang: Lang) -> Option<String> {
    let original = text;
    let text = text.trim();
    let rewrite = match (hint, lang) {
        // Taking an exam from a day (12月7日から、TOEICを受けます) shows nothing begun on
        // it: the practice for it is the first step, as before a deadline.
        (
            Hint::AddStart {
                suggested_start,
                stray_start,
            },
            _,
        ) if topics::taking_an_exam(text, lang) => {
            exam_practice_before(*suggested_start, &without(original, *stray_start)?, lang)
        }
        (
            Hint::AddStart {
                suggested_start,
                stray_start,
            },
            Lang::Ja,
        ) => format!(
            "{}、{}",
            format_start(*suggested_start, lang),
            after_an_unread_start(&without(original, *stray_start)?, lang)
        ),
        (
            Hint::AddStart {
                suggested_start,
                stray_start,
            },
            Lang::En,
        ) => format!(
            "Starting on {}, {}",
            format_date(*suggested_start, lang),
            lower_first(after_an_unread_start(
                &without(original, *stray_start)?,
                lang
            ))
        ),
        // A deadline with no start: a first step others could see before it, on the
        // person's topic when it is an exam (past papers every morning), otherwise the
        // plan told to their manager; never a bare "start" on a date, which nobody sees.
        (
            Hint::SayWhenItBegins {
                suggested_start,
                stray_start,
                ..
            },
            _,
        ) => {
            let rest = without(original, *stray_start)?;
            let date = format_date(*suggested_start, lang);
            match lang {
                _ if topics::on_an_exam(text, lang) => {
                    exam_practice_before(*suggested_start, &rest, lang)
                }
                Lang::Ja => fill(
                    "{}までに、進め方と途中の締め切りを上司に伝え、{}",
                    &[&date, &rest],
                ),
                Lang::En => fill(
                    "By {} I will send my manager a plan with a date for each step. {}",
                    &[&date, &upper_first(&rest)],
                ),
            }
        }
        (
            Hint::ReplaceVagueTime {
                span,
                suggested_start,
                ..
            },
            _,
        ) => {
            // The span counts bytes of the text as it was checked, so the untrimmed one.
            let (before, after) = match (original.get(..span.start), original.get(span.end..)) {
                (Some(before), Some(after)) => (before, after),
                _ => return None,
            };
            let date = match lang {
                // こんどのやすみに: the date stands for the vague word, the rest of the
                // time stays (12月7日(月)のやすみに), with no から inside it.
                Lang::Ja if after.starts_with('の') => format_date(*suggested_start, lang),
                Lang::Ja => format_start(*suggested_start, lang),
                Lang::En if before.is_empty() => {
                    format!("On {}", format_date(*suggested_start, lang))
                }
                Lang::En => format!("on {}", format_date(*suggested_start, lang)),
            };
            format!("{before}{date}{after}").trim().to_string()
        }
        // Thinking about something (再雇用のことは、そのうち考えます): the first step that
        // starts the thinking with someone, on the person's own topic.
        (
            Hint::AddObservableAction {
                attitude: Some(Attitude::Think),
                suggested_start,
                ..
            },
            Lang::Ja,
        ) => format!(
            "{}までに、{}について人事部か上司に30分の相談を申し込みます",
            format_date(*suggested_start, lang),
            thought_topic(text)?
        ),
        // An effort on something (QCの勉強をがんばる, 英語を頑張ります, 業務改善に取り組む): time
        // set aside for it each week and a report of what was done, on the person's topic;
        // an effort towards a state (65歳まで働けるように頑張る): what it takes, asked of the
        // manager, in the person's own words for it.
        (
            Hint::AddObservableAction {
                attitude:
                    Some(attitude @ (Attitude::DoMyBest | Attitude::Strive | Attitude::WorkOn)),
                words,
                suggested_start,
                ..
            },
            Lang::Ja,
        ) => {
            match goal_of_an_effort(text, words.as_str()).filter(|_| *attitude != Attitude::WorkOn)
            {
                Some(goal) => format!(
                    "{}までに、{}ようになるために必要なことを、上司に相談します",
                    format_date(*suggested_start, lang),
                    goal
                ),
                None => format!(
                    "{}、毎週1時間を{}にあて、月末に進み具合を上司に報告します",
                    format_start(*suggested_start, lang),
                    effort_topic(text, words.as_str())?
                ),
            }
        }
        _ => return None,
    };
    Some(rewrite)
}

/// What an effort is made towards, written as 〜ように before its word (`verb`, as the
/// check quoted it): 65歳まで働けるように頑張る gives 「65歳まで働ける」, from the start of
/// its clause; `None` when there is no such goal or it is under two characters.
fn goal_of_an_effort<'a>(text: &'a str, verb: &str) -> Option<&'a str> {
    let at = text.find(verb).filter(|_| !verb.is_empty())?;
    let goal = text.get(..at)?.trim_end().strip_suffix("ように")?;
    let start = goal.rfind(['、', '。', ' ', '　']).map_or(0, |i| {
        i + goal[i..].chars().next().map_or(0, char::len_utf8)
    });
    let goal = goal.get(start..)?;
    (goal.chars().count() >= 2).then_some(goal)
}

/// Practice for an exam begun on `start` (past papers every morning: anyone at home or
/// at work can see it), before the person's own words about the exam, `rest`.
fn exam_practice_before(start: NaiveDate, rest: &str, lang: Lang) -> String {
    let date = format_date(start, lang);
    match lang {
        Lang::Ja => fill("{}から、過去問題集を毎朝30分解き、{}", &[&date, rest]),
        Lang::En => fill(
            "From {} I will work through a book of past exam papers for 30 minutes every morning. {}",
            &[&date, &upper_first(rest)],
        ),
    }
}
