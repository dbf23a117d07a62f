//! The saved document: text in, text out, and what happens to text that cannot be read.

use chrono::NaiveDate;
use jiritsu::domain::anchors::Anchor;
use jiritsu::domain::document::{
    decode, encode, sort_unreadable_keys, unreadable_backup_key, DecodeError, Document,
    CURRENT_VERSION,
};
use jiritsu::domain::lang::Lang;
use jiritsu::domain::worksheet::{SelfRating, Worksheet};
use proptest::prelude::*;
use serde_json::Value;

fn check(text: &str, expected: Result<Document, DecodeError>) {
    assert_eq!(decode(text), expected, "decoding {text:?}");
}

fn with_language(lang: Lang) -> Document {
    let mut document = Document::default();
    document.set_language(lang);
    document
}

#[test]
fn a_new_document_carries_the_current_version_and_no_language_choice() {
    let document = Document::default();
    assert_eq!(document.version, CURRENT_VERSION);
    assert_eq!(document.settings.language, None);
}

#[test]
fn saved_text_reads_back_as_the_document_it_came_from() {
    for document in [
        Document::default(),
        with_language(Lang::Ja),
        with_language(Lang::En),
    ] {
        assert_eq!(decode(&encode(&document)), Ok(document));
    }
}

#[test]
fn saved_text_is_readable_json_with_a_version() {
    let text = encode(&with_language(Lang::En));
    assert!(text.contains("\"version\": 5"), "{text}");
    assert!(text.contains("\"language\": \"en\""), "{text}");
}

#[test]
fn text_is_read_as_the_spec_says() {
    check(r#"{"version":5}"#, Ok(Document::default()));
    check(r#"{"version":4}"#, Ok(Document::default()));
    check(r#"{"version":3}"#, Ok(Document::default()));
    check(r#"{"version":2}"#, Ok(Document::default()));
    check(r#"{"version":1}"#, Ok(Document::default()));
    check(r#"{"version":1,"settings":{}}"#, Ok(Document::default()));
    check(
        r#"{"version":2,"settings":{"language":"ja"}}"#,
        Ok(with_language(Lang::Ja)),
    );
    check(
        r#"{"version":1,"settings":{"language":null}}"#,
        Ok(Document::default()),
    );
    check(
        r#"{"version":1,"unknown":"kept going"}"#,
        Ok(Document::default()),
    );
    check("", Err(DecodeError::NotJson));
    check("{", Err(DecodeError::NotJson));
    check("not json", Err(DecodeError::NotJson));
    check(
        r#"{"version":1,"settings":{"language":"en""#,
        Err(DecodeError::NotJson),
    );
    check("[]", Err(DecodeError::NoVersion));
    check("[4,", Err(DecodeError::NotJson));
    check("42", Err(DecodeError::NoVersion));
    check(r#"{"version":"1","#, Err(DecodeError::NotJson));
    check("{}", Err(DecodeError::NoVersion));
    check(r#"{"version":"1"}"#, Err(DecodeError::NoVersion));
    check(r#"{"version":-1}"#, Err(DecodeError::NoVersion));
    check(r#"{"version":0}"#, Err(DecodeError::UnknownVersion(0)));
    check(r#"{"version":6}"#, Err(DecodeError::NewerVersion(6)));
    check(
        r#"{"version":99999999999}"#,
        Err(DecodeError::NewerVersion(99_999_999_999)),
    );
}

#[test]
fn a_version_1_document_migrates_with_its_language_and_no_assessment() {
    let document = decode(include_str!("fixtures/document-v1.json")).unwrap();
    assert_eq!(document.version, CURRENT_VERSION);
    assert_eq!(document, with_language(Lang::En));
}

#[test]
fn a_version_2_document_keeps_the_assessment_in_progress_and_the_history() {
    let document = decode(include_str!("fixtures/document-v2.json")).unwrap();
    assert_eq!(document.settings.language, Some(Lang::Ja));
    assert_eq!(document.anchors.current.answers.answered_count(), 8);
    assert_eq!(document.anchors.history.len(), 1);
    let result = document.anchors.history.latest().unwrap();
    // TF: five 6s and all three picks: (30 + 12) / 5 = 8.4, the maximum.
    assert_eq!(result.scores().points(Anchor::TechnicalFunctional), 42);
    assert_eq!(result.scores().top(), vec![Anchor::TechnicalFunctional]);
    assert_eq!(decode(&encode(&document)), Ok(document));
}

#[test]
fn a_field_of_the_wrong_shape_is_named() {
    let error = decode(r#"{"version":1,"settings":{"language":"fr"}}"#);
    assert_eq!(
        error,
        Err(DecodeError::Invalid(
            r#"settings.language: expected "ja" or "en""#.into()
        ))
    );
}

#[test]
fn deep_nesting_never_exhausts_the_stack() {
    let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
    let hostile = "[{\"a\":".repeat(1_000_000);
    assert_eq!(decode(&hostile), Err(DecodeError::NotJson));
    // A field this version does not know is skipped without recursion, however deep.
    let unknown = format!(r#"{{"version":4,"x":{}}}"#, nested(100_000));
    assert_eq!(decode(&unknown), Ok(Document::default()));
    let known = format!(
        r#"{{"version":4,"anchors":{{"history":{}}}}}"#,
        nested(100_000)
    );
    assert!(matches!(decode(&known), Err(DecodeError::Invalid(_))));
}

#[test]
fn numbers_no_field_can_hold_are_named_not_rounded() {
    check(
        r#"{"version":4,"revision":1e400}"#,
        Err(DecodeError::Invalid("revision: number out of range".into())),
    );
    check(
        r#"{"version":4,"revision":18446744073709551616}"#,
        Err(DecodeError::Invalid(
            "revision: expected a whole number".into(),
        )),
    );
    check(
        r#"{"version":4,"revision":2.0}"#,
        Err(DecodeError::Invalid(
            "revision: expected a whole number".into(),
        )),
    );
}

#[test]
fn text_is_saved_with_the_escapes_json_requires_and_nothing_else() {
    let mut document = Document::default();
    document.commitments.draft = "\"\\/\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}é😀".into();
    let text = encode(&document);
    let expected = r#""draft": "\"\\/\b\f\n\r\t\u0000\u001f"#.to_owned() + "\u{7f}é😀\"";
    assert!(text.contains(&expected), "{text}");
    assert_eq!(decode(&text), Ok(document));
}

#[test]
fn the_backup_key_never_overwrites_an_earlier_copy() {
    assert_eq!(
        unreadable_backup_key(1700, |_| false),
        "jiritsu.unreadable.1700"
    );
    let taken = ["jiritsu.unreadable.1700", "jiritsu.unreadable.1700-2"];
    assert_eq!(
        unreadable_backup_key(1700, |key| taken.contains(&key)),
        "jiritsu.unreadable.1700-3"
    );
}

#[test]
fn backup_keys_sort_oldest_first() {
    let mut keys = vec![
        "jiritsu.unreadable.20-2",
        "jiritsu.unreadable.100",
        "jiritsu.unreadable.20",
        "jiritsu.unreadable.9",
    ];
    sort_unreadable_keys(&mut keys, |key| key);
    assert_eq!(
        keys,
        [
            "jiritsu.unreadable.9",
            "jiritsu.unreadable.20",
            "jiritsu.unreadable.20-2",
            "jiritsu.unreadable.100"
        ]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_decodes_or_fails_with_a_typed_error_never_a_panic(text in ".*") {
        let _ = decode(&text);
    }

    #[test]
    fn any_json_value_decodes_or_fails_with_a_typed_error(value in json_value()) {
        let _ = decode(&value.to_string());
    }

    #[test]
    fn every_document_survives_the_round_trip(choice in prop::option::of(prop::sample::select(Lang::ALL.to_vec()))) {
        let mut document = Document::default();
        document.settings.language = choice;
        prop_assert_eq!(decode(&encode(&document)), Ok(document));
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (0u64..6).prop_map(Value::from),
        prop::sample::select(vec!["ja", "en", "fr", "", "version", "settings"])
            .prop_map(Value::from),
        ".{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec!["version", "settings", "language", "x"]),
                    inner
                ),
                0..4
            )
            .prop_map(|pairs| Value::Object(
                pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
            )),
        ]
    })
}

#[test]
fn a_version_2_document_keeps_the_draft_the_saved_commitments_and_their_follow_ups() {
    use jiritsu::domain::commitments::Change;
    let document = decode(include_str!("fixtures/document-v2-commitments.json")).unwrap();
    let commitments = &document.commitments;
    assert_eq!(commitments.draft, "来月から英語の勉強を頑張ります");
    assert_eq!(commitments.saved.len(), 2);
    let first = &commitments.saved[0];
    assert_eq!(first.start_date, NaiveDate::from_ymd_opt(2026, 12, 1));
    let answers: Vec<Change> = first.follow_ups.iter().map(|f| f.change).collect();
    assert_eq!(answers, vec![Change::TriedWithoutAction, Change::Changed]);
    let second = &commitments.saved[1];
    assert_eq!(
        (second.start_date, second.follow_ups.len()),
        (None, 0),
        "fields left out read as empty"
    );
    assert_eq!(
        decode(&encode(&document)),
        Ok(document.clone()),
        "and it saves back unchanged"
    );
}

#[test]
fn a_document_saved_before_commitments_existed_has_none() {
    let document = decode(include_str!("fixtures/document-v2.json")).unwrap();
    assert_eq!(document.commitments, Default::default());
}

#[test]
fn a_damaged_field_is_named_by_its_path() {
    fn check(document: &str, expected: &str) {
        let text = format!(r#"{{"version":2,{document}}}"#);
        assert_eq!(
            decode(&text),
            Err(DecodeError::Invalid(expected.to_owned())),
            "{text}"
        );
    }
    let forty = |value: &str| vec![value; 40].join(",");
    let rated = forty("1");
    let done = format!(r#"{{"date":"2024-06-01","answers":[{rated}],"picks":[1,2,3]}}"#);
    let mut one_wrong = vec!["null"; 40];
    one_wrong[3] = "7";
    let one_wrong = one_wrong.join(",");

    // (A list in place of an object is read item by item, field after field, as serde reads
    // a struct from a sequence; it goes through the same checks.)
    check(r#""settings":"ja""#, "settings: expected an object");
    check(
        r#""settings":{"language":"fr"}"#,
        r#"settings.language: expected "ja" or "en""#,
    );
    check(
        r#""settings":{"language":"ja","language":"en"}"#,
        "settings.language: written twice",
    );
    check(
        r#""anchors":{"current":{"started":"2024-02-30"}}"#,
        "anchors.current.started: expected a date YYYY-MM-DD",
    );
    check(
        r#""anchors":{"current":{"answers":[6,5]}}"#,
        "anchors.current.answers: expected 40 answers",
    );
    check(
        r#""anchors":{"current":{"answers":"oops"}}"#,
        "anchors.current.answers: expected a list",
    );
    check(
        &format!(r#""anchors":{{"current":{{"answers":[{one_wrong}]}}}}"#),
        "anchors.current.answers[3]: expected null or a rating 1 to 6",
    );
    check(
        &format!(
            r#""anchors":{{"current":{{"answers":[{}]}}}}"#,
            forty("2.0")
        ),
        "anchors.current.answers[0]: expected a whole number",
    );
    check(
        r#""anchors":{"current":{"picks":[1,1]}}"#,
        "anchors.current.picks: expected at most three different statements",
    );
    check(
        r#""anchors":{"current":{"picks":[1,2,3,4]}}"#,
        "anchors.current.picks: expected at most three different statements",
    );
    check(
        r#""anchors":{"current":{"picks":[5,41]}}"#,
        "anchors.current.picks[1]: expected a statement number 1 to 40",
    );
    check(
        &format!(
            r#""anchors":{{"history":[{done},{done},{}]}}"#,
            done.replace("2024-06-01", "2024-13-01")
        ),
        "anchors.history[2].date: expected a date YYYY-MM-DD",
    );
    check(
        &format!(r#""anchors":{{"history":[{{"answers":[{rated}],"picks":[1,2,3]}}]}}"#),
        "anchors.history[0].date: missing",
    );
    check(
        &format!(
            r#""anchors":{{"history":[{}]}}"#,
            done.replace("[1,2,3]", "[1,2]")
        ),
        "anchors.history[0]: expected every statement rated and three picked",
    );
    check(
        r#""anchors":{"history":["junk"]}"#,
        "anchors.history[0]: expected an object",
    );
    check(
        r#""commitments":{"draft":null}"#,
        "commitments.draft: expected text",
    );
    check(
        r#""commitments":{"saved":[{"id":1,"text":"a","saved_on":"2026-11-23"},{"text":"b","saved_on":"2026-11-23"}]}"#,
        "commitments.saved[1].id: missing",
    );
    check(
        r#""commitments":{"saved":[{"id":-1,"text":"a","saved_on":"2026-11-23"}]}"#,
        "commitments.saved[0].id: expected a whole number",
    );
    check(
        r#""commitments":{"saved":[{"id":1,"text":"a","saved_on":"2026-11-23","start_date":"soon"}]}"#,
        "commitments.saved[0].start_date: expected a date YYYY-MM-DD",
    );
    check(
        r#""commitments":{"saved":[{"id":1,"text":"a","saved_on":"2026-11-23","follow_ups":[{"date":"2026-12-01","change":"Changed"}]}]}"#,
        "commitments.saved[0].follow_ups[0].change: expected remarkable, changed, tried_without_action or no_change",
    );
}

#[test]
fn fields_left_out_read_as_empty_but_null_is_only_empty_where_it_can_be_written() {
    check(
        r#"{"version":2,"settings":{"language":null},"anchors":{"current":{"started":null}}}"#,
        Ok(Document::default()),
    );
    check(
        r#"{"version":2,"anchors":{},"commitments":{}}"#,
        Ok(Document::default()),
    );
    check(r#"{"version":4,"worksheet":{}}"#, Ok(Document::default()));
    check(
        r#"{"version":4,"worksheet":{"interview":{"kind":null,"date":null},"vision":{"year":null,"shared":true}}}"#,
        Ok(Document::default()),
    );
    assert!(matches!(
        decode(r#"{"version":4,"worksheet":null}"#),
        Err(DecodeError::Invalid(_))
    ));
    assert!(matches!(
        decode(r#"{"version":4,"worksheet":{"roles":null}}"#),
        Err(DecodeError::Invalid(_))
    ));
    assert!(matches!(
        decode(r#"{"version":2,"anchors":null}"#),
        Err(DecodeError::Invalid(_))
    ));
    assert!(matches!(
        decode(r#"{"version":2,"commitments":{"saved":null}}"#),
        Err(DecodeError::Invalid(_))
    ));
}

#[test]
fn a_saved_document_is_laid_out_as_before() {
    let document = decode(include_str!("fixtures/document-v2-commitments.json")).unwrap();
    let text = encode(&document);
    let expected = r#"{
  "version": 5,
  "revision": 0,
  "settings": {
    "language": "en"
  },
  "anchors": {
    "current": {
      "started": null,
      "answers": [
        null,"#;
    assert!(text.starts_with(expected), "{text}");
    assert!(
        text.contains("      \"picks\": []\n    },\n    \"history\": []\n  },"),
        "{text}"
    );
    assert!(
        text.contains(
            r#"        "start_date": null,
        "follow_ups": [],
        "shared": true
      }
    ]
  },
  "training": "4-6\n",
  "training_draft": "",
  "worksheet": {
    "interview": {
      "kind": null,
      "date": null
    },
    "roles": [],"#
        ),
        "{text}"
    );
    assert!(
        text.ends_with(
            r#"    "confidential": {
      "text": "",
      "shared": false
    }
  }
}"#
        ),
        "{text}"
    );
}

#[test]
fn a_version_3_document_reads_with_its_revision_an_empty_worksheet_and_every_action_shared() {
    let document = decode(include_str!("fixtures/document-v3.json")).unwrap();
    assert_eq!(document.version, CURRENT_VERSION);
    assert_eq!(document.revision, 7);
    assert_eq!(document.settings.language, Some(Lang::Ja));
    assert_eq!(document.anchors.history.len(), 1);
    assert_eq!(document.commitments.saved.len(), 2);
    assert!(
        document.commitments.saved.iter().all(|c| c.shared),
        "commitments saved before version 4 go on the sheet, as new actions do"
    );
    assert_eq!(document.training.attendees.len(), 3);
    assert_eq!((document.training.min, document.training.max), (3, 5));
    assert_eq!(document.training_draft, "Kato,3AJ9E");
    assert_eq!(document.worksheet, Worksheet::default());
    assert!(!document.worksheet.moments.iter().any(|m| m.shared));
    assert!(!document.worksheet.confidential.shared);
    assert!(document.worksheet.vision.shared);
    // Saved again, it is a current document that reads back the same.
    let text = encode(&document);
    assert!(
        text.starts_with("{\n  \"version\": 5,\n  \"revision\": 7,"),
        "{text}"
    );
    assert_eq!(decode(&text), Ok(document));
}

#[test]
fn a_version_4_document_reads_with_its_worksheet_and_is_written_back_as_the_current_version() {
    let text = include_str!("fixtures/document-v4.json");
    let document = decode(text).unwrap();
    assert_eq!((document.version, document.revision), (CURRENT_VERSION, 12));
    assert_eq!(document.settings.language, Some(Lang::Ja));
    assert_eq!(document.anchors.history.len(), 1);
    let worksheet = &document.worksheet;
    assert_eq!(worksheet.interview.kind.as_deref(), Some("milestone50"));
    assert_eq!(
        worksheet.interview.date,
        NaiveDate::from_ymd_opt(2026, 12, 1)
    );
    assert_eq!(worksheet.vision.year, Some(2029));
    assert_eq!(
        worksheet.vision.doing,
        "社内の経理講師として若手を育てている"
    );
    assert_eq!(worksheet.roles.len(), 3);
    assert!(!worksheet.roles[1].shared, "a role kept private");
    assert!(worksheet.moments[0].non_event && !worksheet.moments[0].shared);
    assert_eq!(
        worksheet
            .gains
            .iter()
            .map(|g| g.weight.value())
            .collect::<Vec<_>>(),
        [5, 4]
    );
    assert_eq!(worksheet.autonomy.acting, Some(SelfRating::NotYet));
    assert_eq!(worksheet.confidential.text, "上司への不満");
    let actions = &document.commitments.saved;
    assert_eq!(
        actions
            .iter()
            .map(|a| (a.shared, a.start_date))
            .collect::<Vec<_>>(),
        [
            (true, NaiveDate::from_ymd_opt(2027, 3, 1)),
            (false, NaiveDate::from_ymd_opt(2026, 12, 1))
        ]
    );
    // Written back, only the version changes: a result saved without a time stays without.
    assert_eq!(
        encode(&document),
        text.trim_end()
            .replacen("\"version\": 4", "\"version\": 5", 1)
    );
}

#[test]
fn a_version_5_document_reads_with_the_time_of_its_result_and_is_written_back_exactly() {
    let text = include_str!("fixtures/document-v5.json");
    let document = decode(text).unwrap();
    assert_eq!((document.version, document.revision), (5, 12));
    let result = document.anchors.history.latest().expect("one result");
    assert_eq!(result.date(), NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
    assert_eq!(result.time(), chrono::NaiveTime::from_hms_opt(14, 5, 0));
    // The current version's layout is what the fixture shows: a change to it must bump the
    // version (and add a fixture of the new one).
    assert_eq!(encode(&document), text.trim_end());
}

#[test]
fn the_name_on_the_training_card_is_saved_only_when_given() {
    let empty = encode(&Document::default());
    assert!(!empty.contains("card_name"), "{empty}");
    // Documents from before it read as no name.
    assert_eq!(decode(&empty).map(|d| d.card_name), Ok(String::new()));
    let named = Document {
        card_name: "山田".to_owned(),
        ..Document::default()
    };
    let text = encode(&named);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["card_name"], "山田", "{text}");
    assert_eq!(decode(&text), Ok(named));
}

/// The words each follow-up answer was given in, the text of the action it answered
/// before a rewrite, and the day of the rewrite are fields of version 5 written only when
/// there is something in them: a document with them reads and is written back exactly,
/// and one without them (the version-5 fixture) reads as before.
#[test]
fn a_document_with_kept_answer_words_and_a_rewrite_reads_and_is_written_back_exactly() {
    use jiritsu::domain::commitments::Wording;
    let text = include_str!("fixtures/document-v5-follow-up-words.json");
    let document = decode(text).unwrap();
    let [rewritten, one_off] = &document.commitments.saved[..] else {
        panic!("two actions");
    };
    assert_eq!(rewritten.rewritten_on, NaiveDate::from_ymd_opt(2027, 4, 1));
    assert!(rewritten
        .follow_ups
        .iter()
        .all(|a| a.asked == Some(Wording::Begun)
            && a.earlier_text == "1月6日から、毎朝30分C級の勉強をします"));
    assert_eq!(one_off.follow_ups[0].asked, Some(Wording::Done));
    assert_eq!(one_off.rewritten_on, None);
    assert_eq!(encode(&document), text.trim_end());
    let older = decode(include_str!("fixtures/document-v5.json")).unwrap();
    assert!(older
        .commitments
        .saved
        .iter()
        .all(|c| c.rewritten_on.is_none()
            && c.follow_ups
                .iter()
                .all(|a| a.asked.is_none() && a.earlier_text.is_empty())));
}
