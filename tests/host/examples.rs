//! The example rewrite shown under a failing commitment is on the person's own topic when
//! the check cannot keep their words: growing a successor gets an example about meeting
//! them, not the general one about reading a book (a manager's first-time review).

use chrono::NaiveDate;
use jiritsu::domain::commitment::{check, check_with, Hint, Reason, Settings};
use jiritsu::domain::lang::Lang;
use jiritsu::i18n::commitment::{hint_example_on, hint_text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date")
}

/// The example the screen shows under `text` (its first hint with an example).
fn example(text: &str, lang: Lang) -> String {
    check(text, today())
        .hints
        .iter()
        .map(|hint| hint_example_on(hint, text, lang, today(), &Settings::default()))
        .find(|example| !example.is_empty())
        .unwrap_or_default()
}

#[test]
fn an_example_on_the_persons_own_topic() {
    let cases: &[(&str, Lang, &str)] = &[
        // A successor before retirement: growing them is the act here.
        (
            "定年までに、後任の課長を育てます",
            Lang::Ja,
            "後任と1対1で話す時間をとり",
        ),
        (
            "定年後も今の会社で働きたい",
            Lang::Ja,
            "定年後の働き方について人事部に30分の相談を申し込み",
        ),
        (
            "I want to keep working after I retire.",
            Lang::En,
            "book 30 minutes with HR",
        ),
        (
            "いずれ後輩の育成にも関わりたい",
            Lang::Ja,
            "後輩と1対1で話す時間をとり",
        ),
        // An amount left open with no topic of its own: an example from any job.
        (
            "もっと積極的にチームの仕事に関わる",
            Lang::Ja,
            "毎週のチームの会議で、改善の提案を1つずつ出します",
        ),
        // An effort on a topic keeps the person's words for it (an hour a week).
        (
            "部下の育成に力を入れます",
            Lang::Ja,
            "毎週1時間を部下の育成にあて",
        ),
        (
            "新人の指導をもっと丁寧にします",
            Lang::Ja,
            "新人と1対1で話す時間をとり",
        ),
        (
            "業務改善を意識して、積極的に提案していきます",
            Lang::Ja,
            "業務改善の案を1件ずつ提案します",
        ),
        ("残業を減らしたい", Lang::Ja, "18時までに退社し"),
        (
            "報連相をしっかりします",
            Lang::Ja,
            "チームのチャットに書きます",
        ),
        (
            "I want to mentor the new hires.",
            Lang::En,
            "meet my junior colleague one to one",
        ),
        (
            "I will improve our processes.",
            Lang::En,
            "one proposal for improving our work",
        ),
    ];
    for &(text, lang, expected) in cases {
        let shown = example(text, lang);
        assert!(shown.contains(expected), "{text}: {shown}");
        // The example passes both tests itself, or it would not be shown.
        assert!(
            check(&shown, today()).passes_both_tests(),
            "{text}: the example {shown} fails"
        );
    }
}

#[test]
fn a_text_on_no_common_topic_keeps_the_general_example() {
    let shown = example("もっと頑張ります", Lang::Ja);
    assert!(!shown.is_empty());
    for topical in [
        "1対1",
        "業務改善の案",
        "定時に退社",
        "18時までに退社",
        "チームのチャット",
    ] {
        assert!(!shown.contains(topical), "{shown}");
    }
}

#[test]
fn a_word_inside_another_names_no_topic() {
    // (text, language, what the example must not hold, what it holds if anything)
    let cases: &[(&str, Lang, &str, Option<&str>)] = &[
        (
            "I want to improve my English.",
            Lang::En,
            "proposal for improving our work",
            None,
        ),
        (
            "Of course I will do my best.",
            Lang::En,
            "section of the textbook",
            None,
        ),
        (
            "I want to be a good example for others.",
            Lang::En,
            "section of the textbook",
            None,
        ),
        (
            "I will try to finish my work on time.",
            Lang::En,
            "leave on time every Wednesday",
            None,
        ),
        ("英語力を改善したい", Lang::Ja, "業務改善の案", None),
        // Studying for one's family is study: a qualification wished for gets the first
        // step its plain form gets (資格を取る), not one about leaving on time.
        (
            "家族のために資格を取りたい",
            Lang::Ja,
            "定時に退社し",
            Some("講座に申し込み、参考書を買って勉強を始めます"),
        ),
        (
            "I want to learn data analysis.",
            Lang::En,
            "proposal",
            Some("section of the textbook"),
        ),
    ];
    for &(text, lang, not, holds) in cases {
        let shown = example(text, lang);
        assert!(!shown.contains(not), "{text}: {shown}");
        if let Some(holds) = holds {
            assert!(shown.contains(holds), "{text}: {shown}");
        }
    }
}

#[test]
fn listening_to_ones_team_and_leaving_on_time_get_examples_on_their_topic() {
    let cases: &[(&str, Lang, &str)] = &[
        (
            "今後は部下の話をよく聞くように心がけます",
            Lang::Ja,
            "部下一人ひとりと15分ずつ1対1で話す",
        ),
        (
            "メンバーの意見を聞くことを意識します",
            Lang::Ja,
            "メンバー一人ひとりと15分ずつ",
        ),
        (
            "I will listen to my team more.",
            Lang::En,
            "15-minute one-on-one with each member of my team",
        ),
        ("残業はしないようにします", Lang::Ja, "18時までに退社し"),
        (
            "毎日定時で帰ることを意識します",
            Lang::Ja,
            "18時までに退社し",
        ),
        (
            "I will not do overtime.",
            Lang::En,
            "leave the office by 6 pm every Monday and Wednesday",
        ),
    ];
    for &(text, lang, expected) in cases {
        let shown = example(text, lang);
        assert!(shown.contains(expected), "{text}: {shown}");
        assert!(
            !shown.contains("手順書") && !shown.contains("procedures"),
            "{shown}"
        );
        assert!(
            check(&shown, today()).passes_both_tests(),
            "{text}: the example {shown} fails"
        );
    }
}

#[test]
fn an_honest_nothing_yet_gets_a_kind_line_and_no_example() {
    for (text, lang, kind) in [
        (
            "特にありません",
            Lang::Ja,
            "まだ決まっていなくても大丈夫です",
        ),
        (
            "今のところ特にありません。",
            Lang::Ja,
            "面談で担当者と一緒に考えましょう",
        ),
        (
            "Nothing in particular.",
            Lang::En,
            "It's fine not to have one yet",
        ),
        ("None yet", Lang::En, "work it out with your interviewer"),
    ] {
        let report = check(text, today());
        assert_eq!(report.hints, vec![Hint::NothingYet], "{text}");
        assert!(hint_text(&report.hints[0], lang).contains(kind), "{text}");
        assert_eq!(example(text, lang), "", "{text}");
    }
    // An answer that goes on to an act is judged as any other.
    let report = check(
        "特にありませんが、来月から毎朝30分英語の勉強をします",
        today(),
    );
    assert!(report.passes_both_tests(), "{:?}", report.objective.reasons);
    assert!(!check(
        "Nothing in particular to add, but I will try my best.",
        today()
    )
    .hints
    .contains(&Hint::NothingYet));
}

#[test]
fn a_text_in_both_languages_is_reported_in_the_page_language() {
    let on = |page: Lang| Settings {
        unwritten_lang: page,
        ..Settings::default()
    };
    for text in [
        "来月から、I will try my best at 英語.",
        "From December, 英語の勉強を頑張ります。",
    ] {
        for page in [Lang::Ja, Lang::En] {
            let report = check_with(text, today(), &on(page));
            assert_eq!(report.lang, page, "{text}");
            let shown = hint_example_on(&report.hints[0], text, report.lang, today(), &on(page));
            let japanese = shown.chars().any(|c| ('ぁ'..='ん').contains(&c));
            assert_eq!(japanese, page == Lang::Ja, "{text}: {shown}");
        }
    }
    // One language alone decides, whatever the page.
    assert_eq!(
        check_with("来月から英語の勉強を頑張ります", today(), &on(Lang::En)).lang,
        Lang::Ja
    );
    assert_eq!(
        check_with("From December I will try my best.", today(), &on(Lang::Ja)).lang,
        Lang::En
    );
}

/// The start the example's check reads, and the words it starts.
fn start_words(example: &str) -> String {
    match &check(example, today()).start.reasons[..] {
        [Reason::StartDate { words, .. } | Reason::StartBy { words, .. }] => words.to_string(),
        other => format!("{other:?}"),
    }
}

#[test]
fn a_deadline_with_no_start_gets_a_first_step_others_could_see_never_a_bare_start() {
    // (text, language, the example, what its start begins)
    let cases: &[(&str, Lang, &str, &str)] = &[
        // An exam: practice for it from a day, before the person's own words.
        (
            "来年度中に技術士の一次試験を受ける",
            Lang::Ja,
            "2026年12月7日(月)から、過去問題集を毎朝30分解き、来年度中に技術士の一次試験を受ける",
            "過去問題集を毎朝30分解き",
        ),
        // A start that began nothing is replaced, not repeated.
        (
            "12月7日から取りかかり、来年度中に一次試験を受ける",
            Lang::Ja,
            "2026年12月7日(月)から、過去問題集を毎朝30分解き、来年度中に一次試験を受ける",
            "過去問題集を毎朝30分解き",
        ),
        // Anything else: the plan told to one's manager by a day.
        (
            "12月18日までに資料を作ります",
            Lang::Ja,
            "2026年12月7日(月)までに、進め方と途中の締め切りを上司に伝え、12月18日までに資料を作ります",
            "進め方と途中の締め切りを上司に伝え",
        ),
        (
            "I will sit the exam before next March.",
            Lang::En,
            "From Mon 7 December 2026 I will work through a book of past exam papers for 30 minutes every morning. I will sit the exam before next March.",
            "work through a book of past exam papers for 30 minutes every morning",
        ),
        (
            "Starting 7 December I will get started on it and sit the exam before next March.",
            Lang::En,
            "From Mon 7 December 2026 I will work through a book of past exam papers for 30 minutes every morning. I will get started on it and sit the exam before next March.",
            "work through a book of past exam papers for 30 minutes every morning",
        ),
        (
            "I will write the safety manual by the end of March.",
            Lang::En,
            "By Mon 7 December 2026 I will send my manager a plan with a date for each step. I will write the safety manual by the end of March.",
            "send my manager a plan with a date for each step",
        ),
    ];
    for &(text, lang, expected, begun) in cases {
        let report = check(text, today());
        assert!(
            matches!(report.hints[..], [Hint::SayWhenItBegins { .. }]),
            "{text}: {:?}",
            report.hints
        );
        let hint = hint_text(&report.hints[0], lang);
        assert!(
            !hint.contains("取りかか") && !hint.contains("start on"),
            "{hint}"
        );
        let shown = example(text, lang);
        assert_eq!(shown, expected, "{text}");
        assert!(check(&shown, today()).passes_both_tests(), "{shown}");
        assert_eq!(start_words(&shown), begun, "{shown}");
    }
}

#[test]
fn a_wish_gets_the_example_its_plain_form_gets() {
    // (the wish, the same said as what one will do)
    let pairs: &[(&str, &str, Lang)] = &[
        ("FP2級を取りたい", "FP2級を取る", Lang::Ja),
        ("簿記2級に合格したいです", "簿記2級に合格します", Lang::Ja),
        ("資格を取りたいと思います", "資格を取ります", Lang::Ja),
        ("TOEICを受けたい", "TOEICを受けます", Lang::Ja),
        (
            "I'd like to get the FP certificate.",
            "I will get the FP certificate.",
            Lang::En,
        ),
        (
            "I want to pass the FP exam.",
            "I will pass the FP exam.",
            Lang::En,
        ),
        (
            "I want to read a book every week.",
            "I will read a book every week.",
            Lang::En,
        ),
    ];
    for &(wish, plain, lang) in pairs {
        let shown = example(wish, lang);
        assert_eq!(shown, example(plain, lang), "{wish}");
        assert!(
            check(&shown, today()).passes_both_tests(),
            "{wish}: {shown}"
        );
        assert!(
            !shown.contains("担当業務の進み具合") && !shown.contains("my work's progress"),
            "{wish}: the general example {shown}"
        );
    }
    assert!(example("FP2級を取りたい", Lang::Ja).contains("講座に申し込み"));
    assert!(example("I want to pass the FP exam.", Lang::En).contains("sign up for a course"));
    // A wish that says all the rest already is shown said as what one will do.
    assert_eq!(
        example("来月から毎朝30分テキストを読みたいです", Lang::Ja),
        "来月から毎朝30分テキストを読みます"
    );
}

#[test]
fn an_example_puts_no_second_start_before_a_time_already_written() {
    let cases: &[(&str, Lang, &str)] = &[
        // A time the check does not date is replaced by the example's.
        (
            "夏休み明けから毎朝走る",
            Lang::Ja,
            "2026年12月7日(月)から、毎朝走る",
        ),
        (
            "After the summer break I will run every morning.",
            Lang::En,
            "Starting on Mon 7 December 2026, I will run every morning.",
        ),
        // Taking an exam from a day shows nothing begun: its practice comes first.
        (
            "TOEICを受けます",
            Lang::Ja,
            "2026年12月7日(月)から、過去問題集を毎朝30分解き、TOEICを受けます",
        ),
    ];
    for &(text, lang, expected) in cases {
        let shown = example(text, lang);
        assert_eq!(shown, expected, "{text}");
        assert!(check(&shown, today()).passes_both_tests(), "{shown}");
    }
    // A time in hiragana is read, so no example puts a date before it.
    for text in [
        "らいげつからFPのテキストよむ",
        "らいしゅうからまいにちテキストをよむ",
    ] {
        let report = check(text, today());
        assert!(
            report.passes_both_tests(),
            "{text}: {:?}",
            report.start.reasons
        );
        assert_eq!(example(text, Lang::Ja), "", "{text}");
    }
}

#[test]
fn examples_fit_what_the_person_wrote() {
    // Two first-time users (2026-12-04), a rehired 62-year-old and a 19-year-old on a
    // press line: the examples had turned a wish about one's days into a demand, put から
    // before a one-off consultation, written 「…からのやすみに」, and offered a team
    // meeting's proposals for a hand-over and for mistakes.
    let cases: &[(&str, Lang, &str)] = &[
        // A wish about one's own conditions of work is asked for, quoted as written.
        (
            "週4日勤務に減らしたい",
            Lang::Ja,
            "2026年12月7日(月)までに、上司に「週4日勤務に減らしたい」と相談する時間をお願いします",
        ),
        (
            "I'd like to work four days a week.",
            Lang::En,
            "By Mon 7 December 2026 I will ask my manager for time to talk about this: \u{201c}I'd like to work four days a week.\u{201d}",
        ),
        // A one-off act is done by a day, and an occasion before it stays in brackets.
        ("上司に相談する", Lang::Ja, "2026年12月7日(月)までに、上司に相談する"),
        (
            "次の契約更新の前に、課長に週4日勤務にしたいと相談します",
            Lang::Ja,
            "2026年12月7日(月)までに（次の契約更新の前に）、課長に週4日勤務にしたいと相談します",
        ),
        (
            "Ask HR about the leadership course.",
            Lang::En,
            "By Mon 7 December 2026, ask HR about the leadership course.",
        ),
        // An effort towards a state: what it takes, asked, in the person's words.
        (
            "65歳まで働けるように頑張る",
            Lang::Ja,
            "2026年12月7日(月)までに、65歳まで働けるようになるために必要なことを、上司に相談します",
        ),
        // An act that goes on still begins on its day.
        ("毎朝、日報を書く", Lang::Ja, "2026年12月7日(月)から、毎朝、日報を書く"),
        // A vague word before の: the date stands in its place, with no から inside.
        (
            "こんどのやすみに　フォークリフトのほんをかう",
            Lang::Ja,
            "2026年12月7日(月)のやすみに　フォークリフトのほんをかう",
        ),
    ];
    for &(text, lang, expected) in cases {
        let shown = example(text, lang);
        assert_eq!(shown, expected, "{text}");
        assert!(check(&shown, today()).passes_both_tests(), "{shown}");
    }
    // Hand-over and mistakes have topics of their own.
    for (text, lang, expected) in [
        (
            "技術の引き継ぎをしっかりやる",
            Lang::Ja,
            "引き継ぐ作業の手順を紙1枚に書き出し、若手と",
        ),
        (
            "ミスへらす",
            Lang::Ja,
            "チェック表で手順を確かめ、その日のミスの数を記録して",
        ),
        ("Reduce mistakes.", Lang::En, "note the day's mistakes"),
        (
            "Focus on the handover of my work.",
            Lang::En,
            "one task I am handing over each week",
        ),
    ] {
        let shown = example(text, lang);
        assert!(shown.contains(expected), "{text}: {shown}");
        assert!(check(&shown, today()).passes_both_tests(), "{shown}");
    }
}

#[test]
fn a_number_raised_or_cut_is_asked_how_far_not_how_often() {
    // 「ミスへらす」 was told to add 「週に2回」, and 「ミスへらす　週に2回」 then passed.
    for (text, lang, says, not) in [
        ("ミスへらす", Lang::Ja, "どこまでか", "週に2回"),
        ("Reduce mistakes.", Lang::En, "how far", "twice a week"),
    ] {
        let report = check(text, today());
        let hint = hint_text(&report.hints[0], lang);
        assert!(hint.contains(says) && !hint.contains(not), "{text}: {hint}");
    }
    // Doing more of an act keeps asking how often.
    let report = check("もっと発言する", today());
    assert!(hint_text(&report.hints[0], Lang::Ja).contains("週に2回"));
}

#[test]
fn an_example_keeps_the_date_written_and_does_a_one_off_act_by_a_day() {
    // A returning employee (2026-12-05): the hint said his date could stay, and the
    // example began on another; 近いうちに課長に相談します became 「…から課長に相談します」.
    assert!(
        example("12/21から貿易実務の勉強を頑張ります", Lang::Ja)
            .starts_with("2026年12月21日(月)から、"),
        "{}",
        example("12/21から貿易実務の勉強を頑張ります", Lang::Ja)
    );
    assert_eq!(
        example("近いうちに課長に異動の希望を相談します", Lang::Ja),
        "2026年12月7日(月)までに課長に異動の希望を相談します"
    );
    // A habit is still begun from its day.
    assert_eq!(
        example("近いうちに、毎朝10分英語の勉強をします", Lang::Ja),
        "2026年12月7日(月)から、毎朝10分英語の勉強をします"
    );
}
