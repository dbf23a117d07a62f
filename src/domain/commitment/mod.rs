//! The commitment check: does a sentence the person wrote name an observable act
//! (objective) and say from when it begins (start)? Findings are data; every sentence
//! shown to the person lives in `crate::i18n::commitment`.
//!
//! # Judging the shape, not a list of verbs
//!
//! People commit to endlessly many acts (水をやる, 在庫表を更新する, water the plants,
//! rotate the closing tasks), so no list of verbs can hold them, and an act missing from
//! a list used to fail both tests. The check reads instead how a commitment is BUILT:
//!
//! - Japanese puts the predicate last. A committed predicate is a verb ending (ます,
//!   します, the plain form する/やる at the end of a sentence, a て/し form before 、 that
//!   chains a further act), read backwards from the end: politeness, auxiliaries
//!   (ていく, てもらう), wishes (たい, たいと思う), plans (予定です) are peeled off until the
//!   verb itself is reached. Particles before it (を, に, で, へ, と, から, まで) attach
//!   what a third party can see: the object acted on, a person, a place, an event.
//!   Acts chained by their て or stem forms share the ending of the last one, so a
//!   wish at the end (勉強して、効率化したいです) is wished over the whole chain; a light
//!   verb after を (効率化を図る, 見える化を進める) does what its object names.
//! - English puts the verb after a modal: "will", "'ll", "am going to", "plan to",
//!   "I'm planning to", "my plan is to" (adverbs skipped), after a progressive of a plan
//!   ("I'm meeting my mentor on Wednesday"), or after "I"/"we" in the present, then its
//!   object; with none of these, a sentence may open with an imperative, also after a
//!   time set off by a comma ("Starting next week, call…") or with no comma, before
//!   what it acts on ("from 30 Nov tally picking errors every day": any word before a
//!   bare noun and how often, as after a comma). "and" + a word followed by
//!   an object chains a further act ("count the stock and list any gaps").
//!
//! Whatever verb stands there is taken as an act, unless it belongs to the closed,
//! small set of forms that are not observable acts, which is all the lists hold:
//! attitudes and effort (意識する, 頑張る, try to), wishes and aspirations (〜たい,
//! 目指す, want to, aim to), states of being (〜になる, become, stay, be), thinking (考える,
//! think about, "thought about", and 振り返る or "reflect on" done in one's own head:
//! shared with someone or somewhere, 後輩と振り返る, 田中さんと30分、…を振り返る (a person
//! closing the chunk set off by 、; not 目標と、…, not ちゃんと, not 田中さんとの会話を振り返る),
//! a reflection is an act;
//! a length or a clock time with nobody named keeps it in one's head), and the hedges and comparatives that leave the amount open (できるだけ,
//! 少しずつ, これまで以上に, more, little by little, regularly) unless a count or a rhythm
//! is given too (毎朝, 週2回, 3冊, every morning). Results (合格, 取得, pass, score) are a
//! closed set as well, because a deadline on a result is never a start; a place in a
//! ranking (トップ3に入る, 1位になる, finish in the top 3) is one, read by its shape.
//!
//! A few verbs say only that one will act (行動する, 過ごす, behave): they take the
//! attitude before them (意識して行動する is being aware), or else count as unmeasured,
//! and no time starts them (年明けから健康第一で過ごす: nobody could see it begin). Any
//! other verb after an attitude in て form (顧客満足度を意識して提案する) is only the
//! occasion of that attitude when nothing observable comes with it (no count, rhythm,
//! object, person or place of its own), unless it opens something or already leaves
//! its amount open; a time set off by 、 before such an attitude binds the act after it.
//! English says the same attitude with "with X in mind" (keeping, bearing X in mind),
//! before or after the verb, and reads it the same way ("make proposals with customer
//! satisfaction in mind": a light verb's bare noun is the verb, not an object).
//! A verb whose object is a feeling or an effort (責任感を持つ, 研鑽を積む) is that
//! attitude, and "put X first" is valuing X.
//! An attitude adverb (積極的に, proactively) leaves the amount of a habit open, but not
//! of an act done once on a given day.
//!
//! An act is objective when something a third party can observe comes with it: an
//! object or another complement, a count, a rhythm, or a date. When the check finds a
//! committed verb but nothing to observe, it does not fail the person: it passes and
//! says it was unsure ("is it 「…」?", `Reason::UnsureWhatYouWillDo`), since a false ✗
//! on a clear act discourages more than a false ✓. Reasons quote the person's own words
//! (`Quote`), whole: an act found by its shape has no label of ours to name it by, and a
//! quote cut to a size put words in the person's mouth. A quote begins after the time
//! and any note in brackets on it (部会（4月）で、請求チェック表を…: 「請求チェック表を…」).
//!
//! Results read by their shape as well: a grade taken in an appraisal (評価Aを取る, in
//! kanji or kana), a level said in a word ("reduce errors to zero", as ゼロに), and
//! becoming what a licence names (認定看護師になる, 中小企業診断士になる: a title in 士 or
//! 師, not described by a clause before it, as 頼れる看護師になる is a kind of person).
//! Weighing something with someone (班長と検討する) is a discussion others can confirm, as
//! a shared reflection is; 考える stays thinking. Getting through a time (乗り切る) says
//! only that one acts, as 過ごす; "various" people (いろんな人と話す) leave who and how
//! many open, as 何か does.
//!
//! Round 13 read five more shapes. A 、 after を ends no predicate (受験申請を、1月15日
//! までに済ませます: the object stays with the verb). 〜ようにする with no count or rhythm
//! makes a habit of the act with how often left open, as 定期的に does (実験ノートを書く
//! ようにする, 上司に相談するようにする), unless it hands a thing over (週報を課長に送る
//! ようにする: whoever receives it confirms it each time) or carries a practice to
//! another channel (電話だけでなく連絡帳でもする: it keeps the rhythm it has);
//! "well" (うまく, 上手に) leaves how well open. A count made a share of itself (件数を
//! 半分にする) is a result. "year-end" with no fiscal year named is 31 December, and
//! "once things slow down" is vague, even before a time ("… after spring planting").
//! A dated event dates the day after whatever verb says it happened (11/24の安全大会が
//! 終わった翌日から), and a note ending in a noun may carry a note in brackets after it
//! (先輩にキャリア相談（アポ取得済み）).
//!
//! Round 14 read these. 割 counts tenths as % counts hundredths (工数を2割削減する is a
//! result). After a deadline, a time ending in 末 that makes one word with a noun (12月
//! 10日までに、年末回顧企画の原稿を…) names a kind of thing, and the deadline is the act's.
//! A note whose topic opens something may end in its time with に (受験申込は12月中に).
//! Paying a fee in (受講料を振り込む) hands money over, as buying does; learning how to
//! do something (操作を覚える) is a skill acquired, as 身につける, unless counted.
//! 来年の before a named day is that day of next year (来年のGW明け: 6 May 2027). A day
//! used for the act (来週月曜の祝日を使って、…に参加します) is its day, the means a clause
//! under the act. In English the same day again in brackets restates the time before it
//! ("by the end of Q3 (Dec 31)"), a weekday's possessive is that day ("at Thursday's
//! meeting"), the first session of something opens it whatever verb takes it ("have
//! had my first session"), a bare want is a wish ("I want patients to feel at ease"),
//! becoming head or chief of something is a promotion, and pitching an idea to someone
//! puts a proposal to them.
//!
//! Round 15 read what two first-time reviewers wrote, one in Japanese and English
//! mixed. A Japanese time before an English clause (来週の月曜日から、I will write 日報…)
//! is only the time: its kana (and the particle after it) do not make the clause
//! Japanese, and a sentence opening with "I will" keeps English order whatever nouns
//! follow; such a text, in both languages, is reported in the page's language. A
//! Japanese noun of an opening act where the English verb stands ("I will 申し込み QC
//! 検定") is that act. Showing a thing to a person (課長に見せる, "show it to my boss")
//! hands it over, as 提出する, so a deadline on a chain that ends so is a start. "Term"
//! and "period" are 期 in English, and "one month before" keeps its length before a
//! Japanese word (期末); 上期末 is the end of the first half, not 上期's start. A year
//! and a month in figures (2027/1) is that month. A rhythm or an act taken up "from" a
//! day of the last month written without a year (11月20日から、毎週…, "From 12/1")
//! has begun: the person writes what they started, so it is this year's. Not doing
//! something (しないようにします, "will not") is its own form, quoted whole; an honest
//! "nothing yet" (特にありません, "None yet") is no attitude: it gets a kind word and
//! no example.
//!
//! Round 15 of issue #13 read these. "Put my name down for" a course signs up for it.
//! "next" before a month's name is the coming one, and the preposition before "next"
//! binds it ("by next April" is a deadline). A day in brackets after a month or a week,
//! or after the occasion in it (12月の定期点検日（12月9日）から), makes it precise, and a
//! weekday in brackets making one noun (講座（土曜クラス）) names a class, not a day; a
//! weekday beside a date in figures picks its order ("Monday 7/12/2026" is 7 December).
//! A seat described by a clause before it (頼りにされるリーダーになる) is a kind of person;
//! a hedge inside what a noun holds ("a proposal to burn more tyres") is not the act's
//! amount; an English clause after "though", "because", "if" is a circumstance of the
//! act. 〜よう工夫する is an effort, as 〜よう心がける; composure (冷静に, calmly) colours a
//! habit; "keep up with" a field is a state; スタートを切る says only that one begins; a
//! number brought to a figure (件数を月15件に増やす) is a result.
//!
//! Round 16 read these. 出す toward someone with へ (不備一覧を課長へ出す) hands the thing
//! in, whatever it is; どこかで right after a time (来年のどこかで) is as vague as
//! どこかのタイミングで; a hedge ("more ICT") is no verb before a name in capitals;
//! beginning to think (考え始める, "start thinking") is thinking; a note of an act done at
//! a gathering (説明会で発表) names where it is seen.
//!
//! Round 17 read what first-time users met. Getting started (取りかかる, 着手する, 始める,
//! "get started") with nothing before it but its time says only that one begins, as
//! スタートを切る: the time binds the act chained after it, unless that act has a time of
//! its own (12月7日から取りかかり、来年度中に一次試験を受ける dates no exam, nor does
//! "Starting 7 December I will get started on it and sit the exam before March");
//! with what is begun named (資料作成に着手する) it opens it, as 勉強を始める does. The
//! common words of time typed in hiragana (らいげつ, まいにち, きょう, げつようび) are read
//! as their kanji where they stand as a word of their own (not in べんきょう, とうきょう),
//! and so are the kana of the lists' attitudes, results and openings (ほんきだす,
//! ごうかく, そうだん). A beginning that starts nothing (`Judgement::stray_start`) is
//! handed to the hints, so an example puts its start in its place, not a second one.
//!
//! What counts: figures, except an age (50歳, 50代), a year of service (入社2年目) and
//! a figure inside a name (1on1); a kanji numeral only before a counter (一度, 三冊),
//! since inside a word (一緒, 一流, 第一) it counts nothing; and "daily", "weekly" after
//! a determiner describe a thing ("the weekly meeting"), not how often one acts.
//!
//! The start follows DOMAIN.md: a datable time that binds an act as its beginning
//! (から, from), its day (に, on), or a deadline on an act that opens something (申し込む,
//! sign up, the first session: also a closed list; asking, 相談する, opens, but giving
//! advice, 相談にのる, goes on; a proposal put to someone, 部長に提案する, is handed over,
//! as a submission is). A deadline on a result or on an act that merely goes on
//! is no start; vague time (いつか, someday, and a time it qualifies: "sometime next
//! year", 来月のどこかのタイミングで) is none either. As a deadline a period ends on its
//! last day (中旬までに on the 20th, 週末までに and "by the weekend" on the Sunday). In
//! Japanese a time binds the first predicate after it (a time set off by 、 skips the
//! subordinate clauses of reason and purpose), and a deadline before a chain of acts
//! binds the chain; in English it binds the sentence, except a time inside a leading
//! purpose clause ("To pass the exam next year, …"). A time that the next one only
//! makes precise (年明け、1月6日から) gives way to it. Business days skip Japan's public
//! holidays and the year-end closure, so 年明け最初の営業日 and 仕事始め are 4 January
//! 2027. An event the company schedules, named but not dated (棚卸しが終わったら, 新人が
//! 配属されたら, after the next release), is a start the company's calendar dates: read
//! by its shape, an event noun with what places the act after or before it (終了後, or
//! the day after whatever verb says it happened: 内示が出た翌日から). A month
//! and day written without a year is the coming one, unless the text says its act is
//! already under way (ている, "since", "I have been": `aspect`) and it has just passed,
//! or takes an act up "from" a day of the last month: then it is the start already
//! made.
//!
//! # Modules
//!
//! `text` normalises what people type (full-width digits, upper case) and holds the
//! short lists the readers try at a place (`Words`, with the chars that can begin and end
//! an alternative worked out at compile time), `scanner` walks
//! the text once and turns it into tokens (closed-list words, counts, dates and calendar
//! triggers — `dates*`, with the named days in `dates_named`, the holidays in
//! `holidays` and the company's undated events in `dates_events` —, clause and sentence ends), `japanese` and `english` find each sentence's
//! predicates by shape (`predicates` holds what they share), `rules` judges both tests,
//! and `hints` says what is missing. `labels` holds the closed sets a finding is
//! labelled with (results, attitudes, hedges, vague times, calendar moments), and
//! `report` what a check returns (the verdicts, their reasons, the hints). The
//! larger of these modules read their parts in submodules of their own, each saying
//! what it reads: `dates` (figures, what follows a time), `dates_english` (days,
//! months, spans), `japanese` (the ending, the phrase before it, what the predicate
//! commits to, what it hands over), `english` (the reader, word classes, committed
//! forms, what a verb commits to, imperatives and notes) and `rules` (each test, what a
//! time binds).

mod aspect;
mod calendar;
mod dates;
mod dates_english;
mod dates_events;
mod dates_interview;
mod dates_named;
mod dates_relative;
mod english;
mod hints;
mod holidays;
mod japanese;
mod labels;
mod predicates;
mod quote;
mod report;
mod rules;
mod scanner;
mod text;
mod vocabulary;
mod word_index;

pub use labels::{Attitude, Hedge, Outcome, Trigger, VagueTime};
pub use quote::Quote;
pub use report::{Hint, Reason, Report, Span, SpanKind, Verdict};

/// The text as the check's readers see it: full-width letters and figures as ASCII, lower
/// case, the hiragana words of time as their kanji (まいにち as 毎日). For readers of a
/// saved commitment outside the check (`commitments::wording`).
pub fn normalised(text: &str) -> String {
    text::Text::new(text).normalised()
}

use chrono::NaiveDate;

use crate::domain::lang::Lang;

/// Checks a commitment with the usual settings: a fiscal year that starts in April and
/// the language read from the text itself.
pub fn check(text: &str, today: NaiveDate) -> Report {
    check_with(text, today, &Settings::default())
}

/// Checks a commitment against `today`, the day it is being written.
pub fn check_with(text: &str, today: NaiveDate, settings: &Settings) -> Report {
    check_as_of(text, today, today, settings)
}

/// Checks a commitment written on `written_on` and read again `today`: its times are read
/// as they meant on the day they were written (「11月18日から」 written on 4 November is
/// this year's 18 November, 来週の月曜 the Monday after that day); a start before the day
/// it was written is said in the past, and a deadline to begin by before it is said to
/// have passed.
pub fn check_as_of(
    text: &str,
    written_on: NaiveDate,
    today: NaiveDate,
    settings: &Settings,
) -> Report {
    let normalised = text::Text::new(text);
    let calendar = calendar::Calendar::new(written_on, settings.fiscal_year_start_month)
        .with_begun(aspect::already_begun(&normalised))
        .with_interview(settings.interview_date);
    let tokens = scanner::scan(&normalised, &calendar);
    let mut judgement = rules::judge(&normalised, &tokens, text.trim().is_empty());
    // A text that mixes the two languages (来週の月曜日から、I will write 日報…, "From next
    // Monday, 日報を書きます") says nothing of the screen it was written on: its report is
    // in the page's language, as an empty box's is.
    let detected = normalised.detected_lang();
    let mixed = detected == Some(Lang::Ja)
        && (judgement.english_order
            || tokens.iter().any(|t| {
                matches!(t.kind, scanner::TokenKind::Time { .. })
                    && t.english
                    && normalised.at(t.start).is_ascii_alphabetic()
            }));
    let lang = settings
        .lang
        .or(if mixed { None } else { detected })
        .unwrap_or(settings.unwritten_lang);
    // A start already past when the text was written is said in the past: the act began
    // then. A deadline to begin by that was already past says only that: whether the act
    // began before it, nobody can read off the text. (A planned day that has passed
    // since is still the plan: whether it began is the follow-up's question.)
    for reason in &mut judgement.start.reasons {
        match reason {
            Reason::StartDate { date, words } if *date < written_on => {
                *reason = Reason::StartedOn {
                    date: *date,
                    words: words.clone(),
                };
            }
            Reason::StartBy { date, words } if *date < written_on => {
                *reason = Reason::StartByPassed {
                    date: *date,
                    words: words.clone(),
                };
            }
            _ => {}
        }
    }
    let hints = hints::hints_for(&normalised, &judgement, &calendar, today);
    // An occasion the app cannot date is a time the person wrote: said so, not "no time".
    if let [Hint::DateTheOccasion { words }] = hints.as_slice() {
        for reason in &mut judgement.start.reasons {
            // 2月の発表会が終わったら: the month belongs to the occasion, not to the act.
            if matches!(
                reason,
                Reason::NoTimeAtAll | Reason::TimeWithoutAction { by: false }
            ) {
                *reason = Reason::UndatedOccasion {
                    words: words.clone(),
                };
            }
        }
    }
    Report {
        objective: judgement.objective,
        start: judgement.start,
        start_date: judgement.start_date,
        start_by: judgement.start_by && judgement.start_date.is_some(),
        start_trigger: judgement.start_trigger,
        lang,
        hints,
    }
}

/// What the check needs besides the text and today's date.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Settings {
    /// The month (1..=12) the company's fiscal year starts in; April in most Japanese
    /// companies. Values outside 1..=12 are read as April.
    pub fiscal_year_start_month: u32,
    /// The language of the report; `None` reads it from the text.
    pub lang: Option<Lang>,
    /// The report's language when the text does not say which: no letters to read it
    /// from (an empty box, a date in figures), or both languages mixed (来週の月曜日から、
    /// I will write 日報…): the page's own, so that an English page's example is in
    /// English. Japanese by default.
    pub unwritten_lang: Lang,
    /// The day of the interview the person is preparing for, when the worksheet gives
    /// one: 面談までに, "before my interview" are dated by it (`dates_interview`).
    pub interview_date: Option<NaiveDate>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            fiscal_year_start_month: 4,
            lang: None,
            unwritten_lang: Lang::Ja,
            interview_date: None,
        }
    }
}
