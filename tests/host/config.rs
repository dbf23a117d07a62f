//! The host's settings file: each setting checked on its own, defaults when missing.

use jiritsu::domain::config::{read, Config, Ignored, Problem, INTERVIEW_TYPES};
use proptest::prelude::*;

fn ignored(setting: &str, problem: Problem) -> Ignored {
    Ignored {
        setting: setting.to_owned(),
        problem,
    }
}

#[test]
fn no_settings_means_the_defaults() {
    let (config, ignored) = read("{}");
    assert_eq!(config, Config::default());
    assert!(ignored.is_empty());
    assert_eq!(config.fiscal_year_start_month, 4);
    assert_eq!(config.interview_types, INTERVIEW_TYPES);
    assert_eq!(config.organization_name, None);
}

#[test]
fn the_shipped_settings_file_is_the_defaults_and_lists_every_interview_kind() {
    let (config, ignored) = read(include_str!("../../assets/jiritsu.config.json"));
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(config, Config::default());
    assert!(config.interview_types.contains(&"conversion"));
}

#[test]
fn every_setting_applies() {
    let (config, ignored) = read(
        "\u{feff}{\"organizationName\":\" 株式会社サンプル \",\"fiscalYearStartMonth\":1,\
         \"interviewTypes\":[\"career\",\"one_on_one\"],\"welcomeNote\":\"ようこそ\"}",
    );
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(
        config.organization_name.as_deref(),
        Some("株式会社サンプル")
    );
    assert_eq!(config.fiscal_year_start_month, 1);
    assert_eq!(config.interview_types, ["career", "one_on_one"]);
    assert_eq!(config.welcome_note.as_deref(), Some("ようこそ"));
}

#[test]
fn a_bad_setting_is_named_and_the_good_ones_still_apply() {
    let cases: &[(&str, Vec<Ignored>)] = &[
        (
            "not json",
            vec![ignored("", Problem::NotJson { line: 1, column: 2 })],
        ),
        (
            "{\n  \"organizationName\": \"HR\",\n}",
            vec![ignored("", Problem::NotJson { line: 3, column: 1 })],
        ),
        // Counted in characters, as a person counts them, not in bytes.
        (
            "{\n  \"organizationName\": \"ようこそ\" \"x\"\n}",
            vec![ignored(
                "",
                Problem::NotJson {
                    line: 2,
                    column: 30,
                },
            )],
        ),
        // Shift_JIS read as UTF-8: the browser has put U+FFFD where it could not read.
        (
            "{\"organizationName\": \"50\u{fffd}\u{fffd}\u{fffd}\"}",
            vec![ignored("", Problem::NotUtf8)],
        ),
        ("[1]", vec![ignored("", Problem::NotAnObject)]),
        (
            r#"{"fiscalYearStartMonth":13,"welcomeNote":"hi"}"#,
            vec![ignored("fiscalYearStartMonth", Problem::ExpectedMonth)],
        ),
        (
            r#"{"fiscalYearStartMonth":"4"}"#,
            vec![ignored("fiscalYearStartMonth", Problem::ExpectedMonth)],
        ),
        (
            r#"{"fiscalYearStartMonth":0}"#,
            vec![ignored("fiscalYearStartMonth", Problem::ExpectedMonth)],
        ),
        (
            r#"{"interviewTypes":[]}"#,
            vec![ignored("interviewTypes", Problem::ExpectedInterviewTypes)],
        ),
        (
            r#"{"interviewTypes":["career","career"]}"#,
            vec![ignored("interviewTypes", Problem::ExpectedInterviewTypes)],
        ),
        (
            r#"{"interviewTypes":["career","coffee"]}"#,
            vec![ignored(
                "interviewTypes",
                Problem::UnknownInterviewType("coffee".to_owned()),
            )],
        ),
        (
            r#"{"organisationName":"typo"}"#,
            vec![ignored("organisationName", Problem::Unknown)],
        ),
        (
            r#"{"organizationName":42}"#,
            vec![ignored("organizationName", Problem::ExpectedText(100))],
        ),
    ];
    for (text, expected) in cases {
        let (config, got) = read(text);
        assert_eq!(&got, expected, "{text}");
        if text.contains("welcomeNote") {
            assert_eq!(config.welcome_note.as_deref(), Some("hi"));
        }
        assert_eq!(config.fiscal_year_start_month, 4, "{text}");
    }
    let long = format!(r#"{{"welcomeNote":"{}"}}"#, "あ".repeat(1001));
    assert_eq!(
        read(&long).1,
        [ignored("welcomeNote", Problem::ExpectedText(1000))]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_gives_settings_never_a_panic(text in ".{0,200}") {
        let (config, _) = read(&text);
        prop_assert!((1..=12).contains(&config.fiscal_year_start_month));
        prop_assert!(!config.interview_types.is_empty());
    }
}
