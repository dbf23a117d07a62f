//! The person's saved commitments and the follow-up after a start date has passed.

use chrono::NaiveDate;
use jiritsu::domain::commitment::{check_as_of, Reason, Settings};
use jiritsu::domain::commitments::{reread, Change, Commitments, FollowUp, StartRead, Wording};

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn read(start_date: Option<NaiveDate>, start_by: bool, read_on: NaiveDate) -> StartRead {
    StartRead {
        start_date,
        start_by,
        read_on,
    }
}

fn with_saved(items: &[(&str, Option<NaiveDate>)]) -> Commitments {
    let mut commitments = Commitments::default();
    for (i, (text, start)) in items.iter().enumerate() {
        commitments.draft = (*text).to_owned();
        commitments.save_draft(*start, date(2026, 11, 23), 1000 + i as u64);
    }
    commitments
}

/// What the app asks about on `today`, in turn: each answer brings up the next one.
fn due_texts(commitments: &Commitments, today: NaiveDate) -> Vec<String> {
    let mut commitments = commitments.clone();
    let mut asked = Vec::new();
    while let Some(next) = commitments.next_follow_up(today) {
        asked.push(next.text.clone());
        let id = next.id;
        commitments.record_follow_up(id, Change::Changed, today);
    }
    asked
}

#[test]
fn saving_the_draft_adds_it_with_today_and_its_start_and_empties_the_draft() {
    let mut commitments = Commitments {
        draft: "  12月1日に申し込みます \n".into(),
        ..Default::default()
    };
    let id = commitments.save_draft(Some(date(2026, 12, 1)), date(2026, 11, 23), 7);
    assert_eq!(id, Some(7));
    assert_eq!(commitments.draft, "");
    let saved = &commitments.saved[0];
    assert_eq!(saved.text, "12月1日に申し込みます");
    assert_eq!(saved.saved_on, date(2026, 11, 23));
    assert_eq!(saved.start_date, Some(date(2026, 12, 1)));
    assert!(saved.follow_ups.is_empty());
}

#[test]
fn a_blank_draft_is_not_saved() {
    let mut commitments = Commitments {
        draft: " \n ".into(),
        ..Default::default()
    };
    assert_eq!(commitments.save_draft(None, date(2026, 11, 23), 7), None);
    assert!(commitments.saved.is_empty());
    assert_eq!(commitments.draft, " \n ", "the draft is left as it was");
}

#[test]
fn ids_never_repeat_even_when_the_clock_goes_back() {
    let mut commitments = with_saved(&[("a", None)]);
    commitments.draft = "b".into();
    let second = commitments.save_draft(None, date(2026, 11, 23), 5).unwrap();
    commitments.draft = "c".into();
    let third = commitments
        .save_draft(None, date(2026, 11, 23), second)
        .unwrap();
    let ids: Vec<u64> = commitments.saved.iter().map(|c| c.id).collect();
    assert_eq!(ids, vec![1000, 1001, 1002]);
    assert_eq!(third, 1002);
}

#[test]
fn a_saved_commitment_goes_on_the_interview_sheet_unless_the_person_says_otherwise() {
    let commitments = with_saved(&[("a", None)]);
    assert!(commitments.saved[0].shared);
    let mut blank = Commitments::default();
    blank.add_blank(42, date(2026, 11, 1));
    assert!(blank.saved[0].shared);
}

#[test]
fn a_blank_action_added_on_the_worksheet_has_its_id_and_today_and_nothing_else() {
    let mut commitments = with_saved(&[("a", None)]);
    commitments.add_blank(2000, date(2026, 11, 1));
    let blank = &commitments.saved[1];
    assert_eq!(blank.id, 2000);
    assert_eq!(
        (blank.text.as_str(), blank.saved_on, blank.start_date),
        ("", date(2026, 11, 1), None)
    );
    assert!(blank.follow_ups.is_empty());
    assert!(
        due_texts(&commitments, date(2030, 1, 1)).is_empty(),
        "no start, no follow-up"
    );
}

#[test]
fn editing_a_commitment_rewrites_its_text_and_start_and_keeps_its_follow_up_answers() {
    let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1))), ("b", None)]);
    commitments.record_follow_up(1000, Change::TriedWithoutAction, date(2026, 12, 3));
    commitments.edit(
        1000,
        "1月10日に勉強会を開きます".into(),
        read(Some(date(2027, 1, 10)), false, date(2026, 12, 3)),
        date(2026, 12, 3),
    );
    let edited = &commitments.saved[0];
    assert_eq!(edited.text, "1月10日に勉強会を開きます");
    assert_eq!(edited.start_date, Some(date(2027, 1, 10)));
    assert_eq!(
        edited.follow_ups.len(),
        1,
        "the answers are about the same action"
    );
    assert_eq!(edited.saved_on, date(2026, 11, 23));
    assert_eq!(commitments.saved[1].text, "b", "the others are left alone");

    let before = commitments.clone();
    commitments.edit(
        999,
        "gone".into(),
        read(None, false, date(2026, 12, 3)),
        date(2026, 12, 3),
    );
    assert_eq!(
        commitments, before,
        "editing one that is gone changes nothing"
    );
}

#[test]
fn the_text_and_the_start_date_can_be_written_apart() {
    let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1))), ("b", None)]);
    commitments.edit_text(
        1000,
        "来週の月曜から朝礼で話します".into(),
        date(2026, 11, 23),
    );
    assert_eq!(commitments.saved[0].text, "来週の月曜から朝礼で話します");
    assert_eq!(
        commitments.start_date(1000),
        Some(date(2026, 12, 1)),
        "the text alone leaves the start as it was"
    );
    commitments.set_start_read(
        1000,
        read(Some(date(2026, 11, 30)), false, date(2026, 11, 23)),
    );
    assert_eq!(commitments.start_date(1000), Some(date(2026, 11, 30)));
    assert_eq!(
        commitments.saved[0].read_on, None,
        "read the day it was saved: not written"
    );
    commitments.set_start_read(
        1000,
        read(Some(date(2026, 12, 7)), false, date(2026, 11, 25)),
    );
    assert_eq!(commitments.saved[0].read_on, Some(date(2026, 11, 25)));
    commitments.set_start_read(1000, read(None, false, date(2026, 11, 25)));
    assert_eq!(
        commitments.saved[0].read_on, None,
        "no start: no day it was read"
    );
    assert_eq!(commitments.start_date(1000), None);
    assert_eq!(commitments.saved[0].text, "来週の月曜から朝礼で話します");
    assert_eq!(commitments.saved[1].text, "b", "the others are left alone");

    let before = commitments.clone();
    commitments.edit_text(999, "gone".into(), date(2026, 11, 23));
    commitments.set_start_read(
        999,
        read(Some(date(2026, 12, 1)), false, date(2026, 11, 23)),
    );
    assert_eq!(commitments, before, "one that is gone changes nothing");
    assert_eq!(commitments.start_date(999), None);
}

#[test]
fn a_commitment_saved_without_the_shared_flag_reads_as_shared() {
    use jiritsu::domain::commitments::SavedCommitment;
    let read = |text: &str| serde_json::from_str::<SavedCommitment>(text).map(|c| c.shared);
    assert_eq!(
        read(r#"{"id":1,"text":"a","saved_on":"2026-11-23"}"#).ok(),
        Some(true)
    );
    assert_eq!(
        read(r#"{"id":1,"text":"a","saved_on":"2026-11-23","shared":false}"#).ok(),
        Some(false)
    );
    assert!(read(r#"{"id":1,"text":"a","saved_on":"2026-11-23","shared":null}"#).is_err());
    let mut commitments = with_saved(&[("a", None)]);
    commitments.saved[0].shared = false;
    let saved = serde_json::to_string(&commitments.saved[0]).expect("JSON");
    let again = serde_json::from_str::<SavedCommitment>(&saved).ok();
    assert_eq!(again.as_ref(), Some(&commitments.saved[0]));
}

#[test]
fn deleting_removes_only_that_commitment() {
    let mut commitments = with_saved(&[("a", None), ("b", None), ("c", None)]);
    commitments.delete(1001);
    let texts: Vec<&str> = commitments.saved.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, vec!["a", "c"]);
}

#[test]
fn the_follow_up_is_due_once_the_start_date_has_passed_and_not_before() {
    let commitments = with_saved(&[
        ("starts on the first", Some(date(2026, 12, 1))),
        ("no start", None),
    ]);
    assert!(
        due_texts(&commitments, date(2026, 11, 30)).is_empty(),
        "before the start"
    );
    assert!(
        due_texts(&commitments, date(2026, 12, 1)).is_empty(),
        "on the start day itself"
    );
    assert_eq!(
        due_texts(&commitments, date(2026, 12, 2)),
        vec!["starts on the first"]
    );
    assert_eq!(commitments.follow_ups_waiting(date(2026, 12, 2)), 1);
    assert_eq!(commitments.follow_ups_waiting(date(2026, 12, 1)), 0);
    assert_eq!(
        due_texts(&commitments, date(2027, 6, 1)),
        vec!["starts on the first"],
        "and stays due until answered"
    );
}

#[test]
fn an_act_saved_after_it_began_is_asked_about_from_the_next_day() {
    // Saved on 23 November, begun on the 2nd.
    let commitments = with_saved(&[("begun on the 2nd", Some(date(2026, 11, 2)))]);
    assert!(
        due_texts(&commitments, date(2026, 11, 23)).is_empty(),
        "not on the day it is saved"
    );
    assert_eq!(
        due_texts(&commitments, date(2026, 11, 24)),
        vec!["begun on the 2nd"]
    );
}

#[test]
fn answering_records_the_level_and_the_date_and_stops_asking() {
    let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1)))]);
    commitments.record_follow_up(1000, Change::TriedWithoutAction, date(2026, 12, 3));
    assert!(due_texts(&commitments, date(2026, 12, 4)).is_empty());
    commitments.record_follow_up(1000, Change::Changed, date(2027, 1, 10));
    assert_eq!(
        commitments.saved[0].follow_ups,
        vec![
            FollowUp {
                asked: Some(Wording::Done),
                ..FollowUp::new(date(2026, 12, 3), Change::TriedWithoutAction)
            },
            FollowUp {
                asked: Some(Wording::Done),
                ..FollowUp::new(date(2027, 1, 10), Change::Changed)
            },
        ]
    );
}

#[test]
fn an_answer_takes_the_note_written_for_it_and_the_next_note_starts_empty() {
    let mut commitments = with_saved(&[("a", Some(date(2026, 6, 1))), ("b", None)]);
    commitments.set_follow_up_note(1000, "  10月の異動で、3回で止まっています ".to_owned());
    assert_eq!(
        commitments.saved[1].follow_up_note, "",
        "only that commitment's note"
    );
    commitments.record_follow_up(1000, Change::Changed, date(2026, 12, 3));
    assert_eq!(
        commitments.saved[0].follow_ups,
        vec![FollowUp {
            date: date(2026, 12, 3),
            change: Change::Changed,
            note: "10月の異動で、3回で止まっています".to_owned(),
            asked: Some(Wording::Done),
            earlier_text: String::new(),
        }]
    );
    assert_eq!(
        commitments.saved[0].follow_up_note, "",
        "the next starts empty"
    );
    commitments.record_follow_up(1000, Change::NoChange, date(2026, 12, 17));
    assert_eq!(
        commitments.saved[0].follow_ups[1],
        FollowUp {
            asked: Some(Wording::Done),
            ..FollowUp::new(date(2026, 12, 17), Change::NoChange)
        },
        "no note: none"
    );
}

#[test]
fn the_latest_answer_is_about_the_plan_as_it_stands() {
    let mut commitments = with_saved(&[("a", Some(date(2026, 6, 1)))]);
    assert_eq!(commitments.saved[0].latest_answer(), None);
    commitments.record_follow_up(1000, Change::NoChange, date(2026, 6, 15));
    commitments.record_follow_up(1000, Change::Changed, date(2026, 7, 1));
    let latest = commitments.saved[0].latest_answer().map(|a| a.date);
    assert_eq!(latest, Some(date(2026, 7, 1)), "the latest of the answers");
    // Rewritten in December with a new start: both answers were about the plan before.
    commitments.saved[0].start_date = Some(date(2026, 12, 21));
    assert_eq!(commitments.saved[0].latest_answer(), None);
    let answers = &commitments.saved[0].follow_ups;
    assert!(answers
        .iter()
        .all(|a| commitments.saved[0].about_an_earlier_plan(a)));
    // An answer on the start day itself was given before the act could begin.
    commitments.saved[0].start_date = Some(date(2026, 7, 1));
    assert_eq!(commitments.saved[0].latest_answer(), None);
    commitments.saved[0].start_date = Some(date(2026, 6, 30));
    let latest = commitments.saved[0].latest_answer().map(|a| a.date);
    assert_eq!(latest, Some(date(2026, 7, 1)));
    commitments.saved[0].start_date = None;
    assert!(
        commitments.saved[0].latest_answer().is_some(),
        "no start, no later plan"
    );
}

#[test]
fn a_note_and_the_note_being_written_are_saved_only_when_there_is_one() {
    use jiritsu::domain::commitments::SavedCommitment;
    let mut commitments = with_saved(&[("a", Some(date(2026, 6, 1)))]);
    commitments.record_follow_up(1000, Change::Changed, date(2026, 12, 3));
    let plain = serde_json::to_string(&commitments.saved[0]).expect("JSON");
    assert!(
        !plain.contains("note"),
        "laid out as before when there is none: {plain}"
    );
    commitments.set_follow_up_note(1000, "half typed".to_owned());
    commitments.saved[0].follow_ups[0].note = "stopped in October".to_owned();
    let saved = serde_json::to_string(&commitments.saved[0]).expect("JSON");
    assert!(saved.contains(r#""note":"stopped in October""#), "{saved}");
    assert!(
        saved.contains(r#""follow_up_note":"half typed""#),
        "{saved}"
    );
    let again = serde_json::from_str::<SavedCommitment>(&saved).ok();
    assert_eq!(again.as_ref(), Some(&commitments.saved[0]));
    // A note is a text like any other: not a number, and not longer than a text may be.
    let answer = |note: &str| {
        serde_json::from_str::<FollowUp>(&format!(
            r#"{{"date":"2026-12-03","change":"changed","note":{note}}}"#
        ))
    };
    assert!(answer("1").is_err());
    assert!(answer(&format!("\"{}\"", "あ".repeat(20_000))).is_err());
    assert_eq!(
        answer(r#""ok""#).map(|a| a.note).ok().as_deref(),
        Some("ok")
    );
}

#[test]
fn ask_me_tomorrow_rests_the_question_for_the_day_and_it_comes_back_the_next() {
    let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1)))]);
    let today = date(2026, 12, 3);
    commitments.ask_follow_up_tomorrow(today);
    assert_eq!(commitments.follow_up_later, Some(today));
    assert!(commitments.next_follow_up(today).is_none());
    // A clock set back a day does not bring it back early.
    assert!(commitments.next_follow_up(date(2026, 12, 2)).is_none());
    assert_eq!(due_texts(&commitments, date(2026, 12, 4)), ["a"]);
}

#[test]
fn the_day_of_ask_me_tomorrow_is_saved_only_when_set_and_reads_back() {
    let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1)))]);
    let json = serde_json::to_string(&commitments).unwrap();
    assert!(!json.contains("follow_up_later"), "{json}");
    assert_eq!(
        serde_json::from_str::<Commitments>(&json).unwrap(),
        commitments
    );
    commitments.ask_follow_up_tomorrow(date(2026, 12, 3));
    let json = serde_json::to_string(&commitments).unwrap();
    assert!(json.contains(r#""follow_up_later":"2026-12-03""#), "{json}");
    assert_eq!(
        serde_json::from_str::<Commitments>(&json).unwrap(),
        commitments
    );
}

#[test]
fn answering_a_commitment_that_is_gone_changes_nothing() {
    let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1)))]);
    let before = commitments.clone();
    commitments.record_follow_up(999, Change::Remarkable, date(2026, 12, 3));
    assert_eq!(commitments, before);
}

#[test]
fn several_due_commitments_are_asked_about_earliest_start_first() {
    let commitments = with_saved(&[
        ("later", Some(date(2026, 12, 10))),
        ("earlier", Some(date(2026, 12, 1))),
        ("future", Some(date(2027, 4, 1))),
    ]);
    assert_eq!(
        due_texts(&commitments, date(2026, 12, 20)),
        vec!["earlier", "later"]
    );
}

#[test]
fn the_scale_has_four_levels_saved_under_stable_names() {
    assert_eq!(
        Change::ALL.map(Change::code),
        ["remarkable", "changed", "tried_without_action", "no_change"]
    );
    for change in Change::ALL {
        let saved = serde_json::to_string(&change).expect("JSON");
        assert_eq!(saved, format!("\"{}\"", change.code()));
        assert_eq!(serde_json::from_str::<Change>(&saved).ok(), Some(change));
    }
}

#[test]
fn the_four_samples_of_the_check_screen_get_the_verdicts_the_brief_gives_them_in_both_languages() {
    use jiritsu::domain::commitment::check;
    use jiritsu::domain::lang::Lang;
    use jiritsu::i18n::check::{sample_text, SAMPLES};
    // (objective, start): relied upon fails both, the workshop passes both, the score has
    // no start, the school sign-up passes both.
    let expected = [(false, false), (true, true), (true, false), (true, true)];
    for lang in Lang::ALL {
        for (sample, expected) in SAMPLES.iter().zip(expected) {
            let today = date(2026, 11, 23);
            let text = sample_text(*sample, today, lang);
            let report = check(&text, today);
            assert_eq!((report.objective.met, report.start.met), expected, "{text}");
        }
    }
}

#[test]
fn the_samples_teach_the_briefs_lessons_in_sentences_of_our_own() {
    // DOMAIN.md gives its facts to carry over, not its sentences: the check screen's
    // examples keep the lessons of the brief's four (an attitude; a start off the company
    // calendar; a deadline on an outcome; a deadline on a sign-up) in other words.
    use jiritsu::domain::lang::Lang;
    use jiritsu::i18n::check::{sample_text, SAMPLES};
    let briefs = [
        "後輩から頼られる",
        "経理経験2年未満の社員を集めて決算の勉強会を開きます",
        "TOEICの点数を100点UP",
        "英会話スクールに申し込んで、通い始めます",
    ];
    for sample in SAMPLES.iter() {
        let text = sample_text(*sample, date(2026, 11, 23), Lang::Ja);
        for brief in briefs {
            assert!(!text.contains(brief), "{text}");
        }
    }
}

#[test]
fn every_text_of_the_check_screen_and_the_scale_exists_in_both_languages() {
    use jiritsu::domain::lang::Lang;
    use jiritsu::i18n::check::{change_label, CheckMsg};
    for lang in Lang::ALL {
        for &msg in CheckMsg::ALL {
            assert!(!msg.text(lang).trim().is_empty(), "{msg:?} in {lang:?}");
        }
        for change in Change::ALL {
            for wording in [Wording::Begun, Wording::Done] {
                assert!(!change_label(change, wording, lang).is_empty());
            }
        }
    }
    for &msg in CheckMsg::ALL {
        assert_ne!(
            msg.text(Lang::Ja),
            msg.text(Lang::En),
            "{msg:?} is untranslated"
        );
    }
    // DOMAIN.md's four levels (changed remarkably, changed, tried but no action showed,
    // no change), in the words of a person answering "did you start?".
    assert_eq!(
        Change::ALL.map(|c| change_label(c, Wording::Begun, Lang::Ja)),
        [
            "始めて、思っていた以上に進んでいます",
            "始めました",
            "始めるつもりですが、まだ行動に移せていません",
            "始めていません"
        ]
    );
    // An act done by a day (申し込む) is done, not kept up.
    assert_eq!(
        Change::ALL.map(|c| change_label(c, Wording::Done, Lang::Ja)),
        [
            "済ませて、その先まで進んでいます",
            "済ませました",
            "するつもりですが、まだできていません",
            "していません"
        ]
    );
}

#[test]
fn a_start_before_the_day_it_was_read_or_saved_is_labelled_as_begun() {
    use jiritsu::domain::lang::Lang;
    use jiritsu::i18n::check::{start_label, CheckMsg};
    let saved = date(2026, 12, 2);
    // Already under way when written: 始めた日. On the day, or later: 始める日.
    assert_eq!(
        start_label(date(2026, 12, 1), saved, false),
        CheckMsg::StartedLabel
    );
    assert_eq!(start_label(saved, saved, false), CheckMsg::StartLabel);
    assert_eq!(
        start_label(date(2027, 1, 4), saved, false),
        CheckMsg::StartLabel
    );
    // A deadline to begin by, still to come: by that day; begun, it is the day begun.
    assert_eq!(
        start_label(date(2027, 1, 4), saved, true),
        CheckMsg::StartByLabel
    );
    assert_eq!(
        start_label(date(2026, 12, 1), saved, true),
        CheckMsg::StartedLabel
    );
    // Begun: the day itself; still to come: from that day, or by it.
    use jiritsu::i18n::check::start_line;
    let (past, coming) = (date(2026, 11, 27), date(2026, 12, 7));
    for (start, by, lang, line) in [
        (past, false, Lang::Ja, "始めた日：2026年11月27日(金)"),
        (past, false, Lang::En, "Started Fri 27 November 2026"),
        (coming, false, Lang::Ja, "始める日：2026年12月7日(月)から"),
        (coming, false, Lang::En, "Starts Mon 7 December 2026"),
        (coming, true, Lang::Ja, "始める日：2026年12月7日(月)までに"),
        (coming, true, Lang::En, "Starts by Mon 7 December 2026"),
    ] {
        assert_eq!(start_line(start, saved, by, lang), line);
    }
}

#[test]
fn a_deadline_to_begin_by_is_kept_apart_from_a_day_to_begin_from() {
    use jiritsu::domain::commitment::check;
    let today = date(2026, 12, 2);
    // (text, start date, a deadline to begin by)
    let cases = [
        (
            "12月15日までに英会話スクールに申し込みます",
            (2026, 12, 15),
            true,
        ),
        ("1月中に上司に面談を申し込みます", (2027, 1, 31), true),
        (
            "12月15日から毎朝30分、英語を音読します",
            (2026, 12, 15),
            false,
        ),
        ("12月15日に課長に企画書を提出します", (2026, 12, 15), false),
        (
            "I will sign up for the course by 15 December.",
            (2026, 12, 15),
            true,
        ),
        (
            "From 15 December I will read English aloud for 30 minutes every morning.",
            (2026, 12, 15),
            false,
        ),
    ];
    for (text, (y, m, d), by) in cases {
        let report = check(text, today);
        assert_eq!(report.start_date, Some(date(y, m, d)), "{text}");
        assert_eq!(report.start_by, by, "{text}");
    }
    // With no start there is nothing to begin by.
    let report = check("1年以内にTOEICの点数を100点上げます", today);
    assert_eq!((report.start_date, report.start_by), (None, false));
    // Saved: set with the date, cleared when a new date comes without it.
    let mut commitments = Commitments {
        draft: "12月15日までに申し込みます".into(),
        ..Commitments::default()
    };
    let id = commitments
        .save_draft(Some(date(2026, 12, 15)), today, 1)
        .unwrap();
    commitments.set_start_read(id, read(Some(date(2026, 12, 15)), true, today));
    assert!(commitments.start_by(id));
    commitments.set_start_read(id, read(Some(date(2026, 12, 20)), false, today));
    assert!(!commitments.start_by(id));
    commitments.set_start_read(id, read(None, true, today));
    assert!(!commitments.start_by(id), "never without a date");
}

/// (saved on, text as saved, rewritten on, text rewritten, start kept, day it was read)
type Rewrite = (
    NaiveDate,
    &'static str,
    NaiveDate,
    &'static str,
    Option<NaiveDate>,
    NaiveDate,
);

/// A saved commitment rewritten later keeps what its times meant the day they were
/// written. Each case: the text as saved on `saved_on` (what was read in it then is
/// derived, as the screens keep it), the text rewritten `today`, and what is kept.
#[test]
fn a_rewritten_commitment_reads_its_times_as_they_meant_when_written() {
    let settings = Settings::default();
    let (nov4, dec2) = (date(2026, 11, 4), date(2026, 12, 2));
    let cases: &[Rewrite] = &[
        // A typo mended: the start keeps its year.
        (
            nov4,
            "11月18日から勉強会を開きます",
            dec2,
            "11月18日から、勉強会を開きます",
            Some(date(2026, 11, 18)),
            nov4,
        ),
        // …and a relative time its day.
        (
            nov4,
            "来週の月曜から朝礼で話します",
            dec2,
            "来週の月曜から、朝礼で話します",
            Some(date(2026, 11, 9)),
            nov4,
        ),
        // A relative time written anew is today's.
        (
            nov4,
            "来週の月曜から朝礼で話します",
            dec2,
            "来週の火曜から朝礼で話します",
            Some(date(2026, 12, 8)),
            dec2,
        ),
        // A date still to come reads the same either way, from today.
        (
            nov4,
            "11月18日から勉強会を開きます",
            dec2,
            "1月12日から勉強会を開きます",
            Some(date(2027, 1, 12)),
            dec2,
        ),
        // A plan made again, for a day that passed since it was saved: next year's, as
        // on any day (saved on 1 March for the 10th, planned again in December for June).
        (
            date(2026, 3, 1),
            "3月10日から朝30分英語の音読をする",
            dec2,
            "6月1日から朝30分英語の音読をする",
            Some(date(2027, 6, 1)),
            dec2,
        ),
        // A deadline keeps being one.
        (
            nov4,
            "11月18日までに講座に申し込みます",
            dec2,
            "11月18日までに、講座に申し込みます",
            Some(date(2026, 11, 18)),
            nov4,
        ),
    ];
    for &(saved_on, before, today, after, start, read_on) in cases {
        let last = StartRead::of(
            &check_as_of(before, saved_on, saved_on, &settings),
            saved_on,
        );
        let (report, kept) = reread(after, last, today, &settings);
        assert_eq!(report.start_date, start, "{after}");
        assert_eq!(kept.start_date, start, "{after}");
        assert_eq!(kept.read_on, read_on, "{after}");
        assert_eq!(kept.start_by, report.start_by, "{after}");
    }
    // A planned day that has passed since is still the plan, not a start already made.
    let last = StartRead::of(
        &check_as_of("11月18日から勉強会を開きます", nov4, nov4, &settings),
        nov4,
    );
    let (report, _) = reread("11月18日から、勉強会を開きます", last, dec2, &settings);
    assert!(
        report
            .start
            .reasons
            .iter()
            .all(|r| !matches!(r, Reason::StartedOn { .. })),
        "{:?}",
        report.start.reasons
    );
    // Written and rewritten the same day: read as of that day. (A day more than a month
    // back: one within the last month, taken up "from", has begun already.)
    let (report, kept) = reread(
        "10月18日から勉強会を開きます",
        read(None, false, dec2),
        dec2,
        &settings,
    );
    assert_eq!(report.start_date, Some(date(2027, 10, 18)));
    assert_eq!(kept.read_on, dec2);
}

/// The day a start was read is saved only when it is not the day the commitment was
/// saved, so that a notebook without such a day saves as before.
#[test]
fn the_day_a_start_was_read_is_saved_only_when_it_differs() {
    let mut commitments = with_saved(&[("11月30日から朝礼で話します", Some(date(2026, 11, 30)))]);
    let json = serde_json::to_string(&commitments).unwrap();
    assert!(!json.contains("read_on"), "{json}");
    commitments.set_start_read(
        1000,
        read(Some(date(2026, 12, 7)), false, date(2026, 12, 2)),
    );
    let json = serde_json::to_string(&commitments).unwrap();
    assert!(json.contains(r#""read_on":"2026-12-02""#), "{json}");
    let back: Commitments = serde_json::from_str(&json).unwrap();
    assert_eq!(back, commitments);
}

/// A commitment not begun is asked about again two weeks after that answer; one planned
/// anew (a new start after the last answer) once the new start has passed; one begun is
/// not asked again.
#[test]
fn the_question_comes_again_for_an_act_not_begun_or_planned_anew() {
    for change in [Change::TriedWithoutAction, Change::NoChange] {
        let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1)))]);
        commitments.record_follow_up(1000, change, date(2026, 12, 3));
        assert!(
            due_texts(&commitments, date(2026, 12, 16)).is_empty(),
            "{change:?}: not yet"
        );
        assert_eq!(
            due_texts(&commitments, date(2026, 12, 17)),
            vec!["a"],
            "{change:?}: two weeks on"
        );
        commitments.record_follow_up(1000, Change::Changed, date(2026, 12, 17));
        assert!(
            due_texts(&commitments, date(2027, 3, 1)).is_empty(),
            "{change:?}: begun"
        );
    }
    // Not for ever: three answers that it has not begun, and it rests. The day it comes
    // again is the day `asks_again_on` says, until then.
    let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1)))]);
    for (day, again) in [
        (date(2026, 12, 3), Some(date(2026, 12, 17))),
        (date(2026, 12, 17), Some(date(2026, 12, 31))),
        (date(2026, 12, 31), None),
    ] {
        commitments.record_follow_up(1000, Change::NoChange, day);
        assert_eq!(commitments.saved[0].asks_again_on(), again, "{day}");
    }
    assert!(
        due_texts(&commitments, date(2027, 3, 1)).is_empty(),
        "three answers"
    );
    for change in [Change::Remarkable, Change::Changed] {
        let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1)))]);
        commitments.record_follow_up(1000, change, date(2026, 12, 3));
        assert_eq!(commitments.saved[0].asks_again_on(), None, "{change:?}");
        assert!(
            due_texts(&commitments, date(2027, 3, 1)).is_empty(),
            "{change:?}"
        );
    }
    // Planned anew on 10 December to begin on the 21st.
    let mut commitments = with_saved(&[("a", Some(date(2026, 12, 1)))]);
    commitments.record_follow_up(1000, Change::NoChange, date(2026, 12, 3));
    commitments.edit(
        1000,
        "12月21日から始めます".into(),
        read(Some(date(2026, 12, 21)), false, date(2026, 12, 10)),
        date(2026, 12, 10),
    );
    assert!(
        due_texts(&commitments, date(2026, 12, 21)).is_empty(),
        "on the new start"
    );
    assert_eq!(
        due_texts(&commitments, date(2026, 12, 22)),
        vec!["12月21日から始めます"],
        "after it"
    );
}

#[test]
fn an_action_set_aside_is_not_asked_about_and_keeps_its_record_until_taken_up_again() {
    use jiritsu::domain::commitments::SavedCommitment;
    let mut commitments = with_saved(&[
        ("毎朝、英語のニュースを1本読みます", Some(date(2026, 12, 1))),
        (
            "月に1回、所長と受発注の改善を話します",
            Some(date(2026, 12, 2)),
        ),
    ]);
    let today = date(2026, 12, 20);
    commitments.record_follow_up(1000, Change::NoChange, date(2026, 12, 3));
    // Plans changed: the first one is set aside, its answer kept.
    commitments.set_aside(1000, Some(today));
    assert_eq!(
        due_texts(&commitments, today),
        ["月に1回、所長と受発注の改善を話します"]
    );
    assert_eq!(commitments.saved[0].follow_ups.len(), 1, "the record stays");
    assert_eq!(commitments.follow_ups_waiting(today), 1);
    // Saved only when set, and read back.
    let saved = serde_json::to_string(&commitments.saved[0]).expect("JSON");
    assert!(saved.contains(r#""set_aside":"2026-12-20""#), "{saved}");
    let again = serde_json::from_str::<SavedCommitment>(&saved).ok();
    assert_eq!(again.as_ref(), Some(&commitments.saved[0]));
    assert!(!serde_json::to_string(&commitments.saved[1])
        .expect("JSON")
        .contains("set_aside"));
    // Taken up again, it is asked about as before (its last answer said it had not begun).
    commitments.set_aside(1000, None);
    assert_eq!(due_texts(&commitments, today).len(), 2);
}

/// A one-off act is asked whether it was done (済ませました), a habit whether it began
/// (始めました); a deadline to begin by is done by it, as before.
#[test]
fn a_one_off_act_is_asked_as_done_and_a_habit_as_begun_in_both_languages() {
    use Wording::{Begun, Done};
    let check = |text: &str, start_by: bool, expected: Wording| {
        assert_eq!(Wording::of(text, start_by), expected, "{text}");
    };
    // A rhythm, keeping on, or beginning something that goes on: a habit.
    check("毎朝30分、簿記の勉強をします", false, Begun);
    check("1月から、毎週金曜に勉強会を開きます", false, Begun);
    check("まいにち10分、英語の日記を書きます", false, Begun);
    check("4月から週に2回、ジムに通います", false, Begun);
    check("来週から月1回、所長に在庫の報告をします", false, Begun);
    check("1日に3回、ストレッチをします", false, Begun);
    check("1日30分ずつ、過去問を解きます", false, Begun);
    check("給料日ごとに家計簿をつけます", false, Begun);
    check("隔週で後輩と1on1をします", false, Begun);
    check("朝の単語練習を続けます", false, Begun);
    check("日報を書き始めます", false, Begun);
    check("英会話スクールに通います", false, Begun);
    check("12月1日から朝礼で一言話します", false, Begun);
    check("年明けから、昼休みに簿記の問題を解きます", false, Begun);
    check("1月6日（月）から、C級の勉強をします", false, Begun);
    // One act, on a day or at an occasion.
    check(
        "年明けの第2週に、ビジネス会計検定C級の受験を申し込みます",
        false,
        Done,
    );
    check("3月14日にC級を受験します", false, Done);
    check("12月1日に英会話スクールに申し込みます", false, Done);
    check("来月の部会で、改善案を発表します", false, Done);
    check("1月10日に課長に面談の時間をもらいます", false, Done);
    check("4月の始めに、資格の講座を予約します", false, Done);
    check(
        "課長から話を聞いて、1月15日に異動の希望を出します",
        false,
        Done,
    );
    check(
        "期末の一ヶ月前になったら、経理経験2年未満の社員を集めて決算の勉強会を開きます",
        false,
        Done,
    );
    // A deadline to begin by is asked as done, habit or not (as it was before).
    check(
        "12月1日までに英会話スクールに申し込んで、通い始めます",
        true,
        Done,
    );
    // English.
    check(
        "Every morning from 4 January I will study for 30 minutes.",
        false,
        Begun,
    );
    check("Twice a week from May, I will go to the gym.", false, Begun);
    check("I will run for 20 minutes a day.", false, Begun);
    check(
        "Each week from January, I will send my manager a short report.",
        false,
        Begun,
    );
    check(
        "From next week I will hold a weekly session for new staff.",
        false,
        Begun,
    );
    check(
        "On Mondays from 6 January, I will review the week's orders.",
        false,
        Begun,
    );
    check("I will keep a log of my overtime.", false, Begun);
    check("I will continue the vocabulary drill.", false, Begun);
    check("On 1 February I will start taking lessons.", false, Begun);
    check(
        "From January, I will study for the level C exam.",
        false,
        Begun,
    );
    check(
        "In the second week of January, I will apply for the level C exam.",
        false,
        Done,
    );
    check(
        "On 10 January I will ask my manager for a meeting.",
        false,
        Done,
    );
    check(
        "I will present my proposal at the weekly meeting on 12 January.",
        false,
        Done,
    );
    check("Within a week, I will book a trial lesson.", false, Done);
    check("At the start of April, I will book a course.", false, Done);
    check(
        "I will interview each member of my team by March.",
        false,
        Done,
    );
    check(
        "After hearing from my manager, I will apply on 15 January.",
        false,
        Done,
    );
    check(
        "By 15 December I will sign up for an English school.",
        true,
        Done,
    );
}

/// The follow-up of a one-off act says done: 「できましたか？」 and 済ませました is the
/// answer recorded with it, kept with the answer.
#[test]
fn an_answer_keeps_the_words_it_was_asked_in() {
    let mut commitments = with_saved(&[
        (
            "年明けの第2週に、C級の受験を申し込みます",
            Some(date(2027, 1, 11)),
        ),
        (
            "1月6日から、毎朝30分C級の勉強をします",
            Some(date(2027, 1, 6)),
        ),
    ]);
    commitments.record_follow_up(1000, Change::Changed, date(2027, 1, 20));
    commitments.record_follow_up(1001, Change::Changed, date(2027, 1, 20));
    assert_eq!(
        commitments.saved[0].follow_ups[0].asked,
        Some(Wording::Done)
    );
    assert_eq!(
        commitments.saved[1].follow_ups[0].asked,
        Some(Wording::Begun)
    );
    // Rewritten into a deadline to begin by: the answer keeps its words.
    commitments.edit(
        1001,
        "4月30日までに、B級の受験を申し込みます".into(),
        read(Some(date(2027, 4, 30)), true, date(2027, 4, 1)),
        date(2027, 4, 1),
    );
    let rewritten = &commitments.saved[1];
    assert_eq!(
        rewritten.wording(),
        Wording::Done,
        "asked as done from now on"
    );
    assert_eq!(
        rewritten.wording_of(&rewritten.follow_ups[0]),
        Wording::Begun,
        "the answer given as begun stays begun"
    );
    // An answer saved before the words were kept reads as its action's deadline says,
    // as the app asked then.
    let mut old = rewritten.clone();
    old.follow_ups[0].asked = None;
    assert_eq!(old.wording_of(&old.follow_ups[0]), Wording::Done);
    old.start_by = false;
    assert_eq!(old.wording_of(&old.follow_ups[0]), Wording::Begun);
}

/// His January and April answers stay about the action they answered: rewritten, the
/// action keeps its earlier text on them, and the day of the rewrite.
#[test]
fn rewriting_an_action_keeps_the_text_its_answers_were_about_and_the_day() {
    let before = "1月6日から、毎朝30分C級の勉強をします";
    let mut commitments = with_saved(&[(before, Some(date(2027, 1, 6)))]);
    commitments.record_follow_up(1000, Change::Changed, date(2027, 1, 20));
    commitments.record_follow_up(1000, Change::Remarkable, date(2027, 4, 1));
    // Typed on the worksheet, a keystroke at a time: the text before the first one is
    // the one kept.
    commitments.edit_text(1000, "4月30日までに".into(), date(2027, 4, 1));
    commitments.edit_text(
        1000,
        "4月30日までに、B級の受験を申し込みます".into(),
        date(2027, 4, 1),
    );
    commitments.set_start_read(1000, read(Some(date(2027, 4, 30)), true, date(2027, 4, 1)));
    let action = &commitments.saved[0];
    assert_eq!(action.rewritten_on, Some(date(2027, 4, 1)));
    for answer in &action.follow_ups {
        assert_eq!(answer.earlier_text, before);
        assert_eq!(
            action.earlier_text(answer),
            Some(before),
            "about an earlier plan"
        );
    }
    assert_eq!(
        action.latest_earlier_answer().map(|a| a.change),
        Some(Change::Remarkable),
        "the latest of them"
    );
    assert_eq!(action.latest_answer(), None, "none yet about the new plan");
    // An answer about the new plan has no earlier text until the next rewrite, and an
    // earlier answer keeps the text it was about.
    commitments.record_follow_up(1000, Change::Changed, date(2027, 5, 2));
    commitments.edit_text(
        1000,
        "5月中に、B級の勉強会に申し込みます".into(),
        date(2027, 5, 3),
    );
    let action = &commitments.saved[0];
    assert_eq!(action.follow_ups[0].earlier_text, before);
    assert_eq!(
        action.follow_ups[2].earlier_text,
        "4月30日までに、B級の受験を申し込みます"
    );
    assert_eq!(action.rewritten_on, Some(date(2027, 5, 3)));
    // Spaces at the ends change nothing; nor does writing on the day it was saved.
    let mut same = with_saved(&[(before, Some(date(2027, 1, 6)))]);
    same.record_follow_up(1000, Change::Changed, date(2027, 1, 20));
    same.edit_text(1000, format!(" {before}\n"), date(2027, 1, 21));
    assert_eq!(same.saved[0].rewritten_on, None);
    assert_eq!(same.saved[0].follow_ups[0].earlier_text, "");
    let mut new = Commitments::default();
    new.add_blank(1000, date(2026, 11, 23));
    new.edit_text(1000, "12月1日に申し込みます".into(), date(2026, 11, 23));
    assert_eq!(
        new.saved[0].rewritten_on, None,
        "written the day it was saved"
    );
    // A typo mended with the start unchanged: the answer is about this plan still.
    let mut mended = with_saved(&[("1月6日から毎朝勉強しまs", Some(date(2027, 1, 6)))]);
    mended.record_follow_up(1000, Change::Changed, date(2027, 1, 20));
    mended.edit_text(1000, "1月6日から毎朝勉強します".into(), date(2027, 1, 21));
    let action = &mended.saved[0];
    assert_eq!(action.earlier_text(&action.follow_ups[0]), None);
    assert!(action.latest_answer().is_some());
}
