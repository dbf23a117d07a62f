//! What must not be passed on, said again where it is shared: the words of section k that
//! the shared sheet also holds, found before the person prints or copies it.

use chrono::NaiveDate;
use jiritsu::domain::commitments::Change;
use jiritsu::domain::document::Document;
use jiritsu::domain::worksheet::overlap::{repeated, repeated_on_sheet, Repeated};
use jiritsu::domain::worksheet::readiness::Section;
use jiritsu::domain::worksheet::sheet::{sheet, SheetScope};
use jiritsu::domain::worksheet::{ListKind, Obstacle};
use proptest::prelude::*;

use Section::{Actions, LookingBack, Moments, Obstacles, Support, Values, Vision};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).expect("a real date")
}

/// The sections found, each with its words, as short as a table row.
fn found(confidential: &str, parts: &[(Section, &str)]) -> Vec<(Section, Vec<String>)> {
    repeated(confidential, parts, &[])
        .into_iter()
        .map(|Repeated { section, words }| (section, words))
        .collect()
}

fn words(list: &[(Section, &[&str])]) -> Vec<(Section, Vec<String>)> {
    list.iter()
        .map(|(s, w)| (*s, w.iter().map(|w| (*w).to_owned()).collect()))
        .collect()
}

#[test]
fn the_words_of_k_found_in_shared_parts_are_named_with_their_sections() {
    // k, the shared parts, and the sections expected with their words.
    type Case<'a> = (
        &'a str,
        &'a [(Section, &'a str)],
        &'a [(Section, &'a [&'a str])],
    );
    let cases: &[Case] = &[
        // A nursery teacher's (2026-12-05): the 園長 she will tell is no secret; her
        // daughter is, and so is the shift she wants, which j repeats.
        (
            "娘のことでシフトに配慮してほしいのは、まだ園長に言ってない",
            &[
                (Actions, "来週の金曜日に園長に面談の時間をもらう"),
                (Support, "シフトの相談にのってほしい"),
            ],
            &[(Support, &["シフト"])],
        ),
        // An English writer's case (2026-12-03): "another" in both is no topic; "offer",
        // "India" and "parents" are.
        (
            "I had an offer from another company last year and turned it down. I may go back to India in five years for my parents.",
            &[
                (Support, "Also a mentor from another department, one day a week."),
                (Vision, "In five years I lead the platform team; my parents visit from India."),
            ],
            &[(Vision, &["india", "parent"])],
        ),
        // The review's case: the care of a mother, in an obstacle and the vision.
        (
            "母の介護が来年から必要になりそうです。上司には伝えないでください。",
            &[
                (
                    Obstacles,
                    "もし母の介護が必要になったら、介護休業と時短勤務の制度を確認する",
                ),
                (
                    Vision,
                    "親の介護が始まっても、時短や在宅を使って仕事を続けている",
                ),
                (Values, "家族との時間"),
            ],
            &[(Vision, &["介護"]), (Obstacles, &["介護"])],
        ),
        // The longest piece each section shares is named.
        (
            "時短勤務を考えています",
            &[
                (Actions, "4月から時短勤務の申請書を出します"),
                (Support, "時短の制度"),
            ],
            &[(Actions, &["時短勤務"]), (Support, &["時短"])],
        ),
        // Two pieces of one compound found in different places are both named.
        (
            "時短勤務制度の利用",
            &[
                (Support, "時短の相談。制度の説明"),
                (Vision, "制度を整える側にいる"),
            ],
            &[(Vision, &["制度"]), (Support, &["時短", "制度"])],
        ),
        // Katakana.
        (
            "メンタルヘルスの通院中です",
            &[
                (Obstacles, "メンタルが落ちたら休む"),
                (Support, "通院日の配慮"),
            ],
            &[(Obstacles, &["メンタル"]), (Support, &["通院"])],
        ),
        // Sections in the worksheet's order, words in k's order.
        (
            "転職と異動",
            &[
                (Values, "異動"),
                (Support, "異動も転職も"),
                (LookingBack, "転職"),
            ],
            &[
                (LookingBack, &["転職"]),
                (Values, &["異動"]),
                (Support, &["転職", "異動"]),
            ],
        ),
        // English: four letters or more, any case, a possessive or plural s dropped.
        (
            "My mother's dementia. Please don't tell my manager about the transfer.",
            &[
                (Obstacles, "If my Mother needs me, I will ask for transfers"),
                (Vision, "Working with dementia patients"),
            ],
            &[
                (Vision, &["dementia"]),
                (Obstacles, &["mother", "transfer"]),
            ],
        ),
        // An acronym in capitals names a topic however short, in a Japanese text above all
        // (a line leader's move to quality control, 2026-12-03); common ones do not.
        (
            "腰が悪いので品質管理課(QC)への異動を考えている",
            &[
                (Actions, "来年1月から毎週土曜にQC検定の過去問を1回分解きます"),
                (Support, "ＱＣ サークルの時間"),
                (Values, "PCの前より現場"),
                (Vision, "qc"),
            ],
            &[(Actions, &["QC"]), (Support, &["QC"])],
        ),
        ("HRの面談の前にPCで書いた", &[(Actions, "HRに相談し、PCで記録する")], &[]),
        // Full-width Latin reads as Latin.
        (
            "ＩＶＦ治療 and ｆｅｒｔｉｌｉｔｙ",
            &[(Support, "fertility leave")],
            &[(Support, &["fertility"])],
        ),
        // Words every worksheet holds, and time words, are not named.
        (
            "来年、部長に異動の話をしたいと上司に相談中",
            &[(Actions, "来年4月から毎週、部長と上司に業務の相談をします")],
            &[],
        ),
        (
            "Please don't tell my manager about my work next year",
            &[(
                Actions,
                "From Monday I will tell my manager about my work each week",
            )],
            &[],
        ),
        // Nothing shared in common, or nothing in k.
        ("介護", &[(Vision, "経理の専門家")], &[]),
        ("", &[(Vision, "介護")], &[]),
        // One kanji alone is not a word: 母 in 「母の」 and 「父母」 is not named.
        ("母のこと", &[(Vision, "父母と暮らす")], &[]),
        // Hiragana is grammar: shared endings are not words.
        ("しています", &[(Vision, "しています")], &[]),
    ];
    for (confidential, parts, expected) in cases {
        assert_eq!(
            found(confidential, parts),
            words(expected),
            "k: {confidential}"
        );
    }
}

/// A word the person said is simply a word of their job is not named from k either: a
/// nurse (2026-12-05) who writes 訪問看護 in k and 認定看護師 in her vision shares 看護
/// with it every time. What k holds besides is still named.
#[test]
fn a_word_of_the_persons_job_is_not_said_again_from_k() {
    // k, the shared parts, the work words, and the sections expected with their words.
    type Case<'a> = (
        &'a str,
        &'a [(Section, &'a str)],
        &'a [&'a str],
        &'a [(Section, &'a [&'a str])],
    );
    const K: &str = "訪問看護に移るかもしれないこと。子どもがほしいこと";
    const VISION: &str = "認定看護師として、手術を受ける患者さんの不安を減らしている";
    let cases: &[Case] = &[
        (K, &[(Vision, VISION)], &[], &[(Vision, &["看護"])]),
        (K, &[(Vision, VISION)], &["看護"], &[]),
        // 訪問看護 says more than her job's word: still named.
        (
            K,
            &[
                (Vision, VISION),
                (Actions, "訪問看護ステーションの見学を申し込む"),
            ],
            &["看護"],
            &[(Actions, &["訪問看護"])],
        ),
        // Another word of her job is not this one.
        (K, &[(Vision, VISION)], &["看護師"], &[(Vision, &["看護"])]),
        // Set aside whole, no piece of it is named in its stead (訪問看, 看護).
        (
            K,
            &[(
                Vision,
                "3年後は訪問看護に移って、認定看護師として在宅の患者さんを支えている",
            )],
            &[],
            &[(Vision, &["訪問看護"])],
        ),
        (
            K,
            &[(
                Vision,
                "3年後は訪問看護に移って、認定看護師として在宅の患者さんを支えている",
            )],
            &["訪問看護"],
            &[],
        ),
        // Latin words in either case, an acronym as k writes it.
        (
            "I may move to home nursing",
            &[(Vision, "A Nursing educator on my ward")],
            &["nursing"],
            &[],
        ),
        (
            "品質管理課(QC)への異動",
            &[(Actions, "QC検定の勉強を始める")],
            &["QC"],
            &[],
        ),
    ];
    for (confidential, parts, work, expected) in cases {
        let work: Vec<String> = work.iter().map(|w| (*w).to_owned()).collect();
        let named: Vec<(Section, Vec<String>)> = repeated(confidential, parts, &work)
            .into_iter()
            .map(|Repeated { section, words }| (section, words))
            .collect();
        assert_eq!(named, words(expected), "k: {confidential}, work: {work:?}");
    }
}

#[test]
fn only_what_the_shared_sheet_holds_is_searched() {
    let mut d = Document::default();
    d.worksheet.confidential.text = "母の介護のこと".into();
    d.worksheet.confidential.shared = false;
    d.worksheet.vision.doing = "介護の仕事".into();
    d.worksheet.vision.shared = true;
    d.worksheet.values.text = "介護と両立する".into();
    d.worksheet.values.shared = false;
    let id = d.add_item(ListKind::Obstacles, 1, today()).unwrap();
    d.worksheet.obstacles[0] = Obstacle {
        when: "介護が始まったら".into(),
        then: "時短にする".into(),
        shared: true,
        ..Obstacle::new(id)
    };
    let id = d.add_item(ListKind::Actions, 2, today()).unwrap();
    let action = d.commitments.saved.iter_mut().find(|a| a.id == id).unwrap();
    action.text = "介護休業の規程を読みます".into();
    action.shared = false;

    let on_sheet = |d: &Document| {
        repeated_on_sheet(
            &sheet(d, SheetScope::Shared, today()),
            &d.worksheet.confidential.text,
            &[],
        )
    };
    // A moment (private at first) marked shared, and a shared role.
    let id = d.add_item(ListKind::Moments, 3, today()).unwrap();
    d.worksheet.moments[0].id = id;
    d.worksheet.moments[0].what = "母が倒れて介護が始まった".into();
    d.worksheet.moments[0].shared = false;
    let repeated = on_sheet(&d);
    let words = |section| Repeated {
        section,
        words: vec!["介護".to_owned()],
    };
    assert_eq!(
        repeated,
        vec![words(Vision), words(Obstacles)],
        "the private values and action are not on the shared sheet"
    );

    d.worksheet.moments[0].shared = true;
    assert_eq!(
        on_sheet(&d),
        vec![words(Moments), words(Vision), words(Obstacles)],
        "a moment once shared"
    );
    d.worksheet.moments[0].shared = false;
    d.worksheet.vision.shared = false;
    d.worksheet.obstacles[0].shared = false;
    assert_eq!(on_sheet(&d), vec![], "all of it kept private");

    d.worksheet.values.shared = true;
    d.worksheet.confidential.text = "   ".into();
    assert_eq!(on_sheet(&d), vec![], "nothing in k");
}

proptest! {
    /// Any text: every word named is in both texts and is named once.
    #[test]
    fn any_text_names_only_words_found_in_both(
        confidential in "[母の介護時短勤務ケアメンタルabc mother'sMOTHER ー々　、。]{0,60}",
        shared in "[父母の介護休時短ケアメンタルxyz mothers ー々、]{0,60}",
    ) {
        let named = repeated(&confidential, &[(Vision, &shared)], &[]);
        prop_assert!(named.len() <= 1);
        for Repeated { section, words } in &named {
            prop_assert_eq!(*section, Vision);
            let mut seen = std::collections::HashSet::new();
            for word in words {
                prop_assert!(seen.insert(word.clone()), "named twice: {word}");
                prop_assert!(confidential.to_lowercase().contains(word.as_str()), "{word} not in k");
                prop_assert!(shared.to_lowercase().contains(word.as_str()), "{word} not shared");
            }
        }
    }

    /// Any characters at all, up to a long text, never fail.
    #[test]
    fn any_characters_never_fail(confidential in any::<String>(), shared in any::<String>()) {
        let _ = repeated(&confidential, &[(Support, &shared), (Actions, &confidential)], &[]);
    }
}

/// The longest texts a notebook keeps (10,000 kanji in k, and in each of 50 actions, all
/// of it shared with k) are searched in time that grows with their length, not with its
/// square: it finishes, and names every piece once.
#[test]
fn the_longest_texts_are_searched_in_linear_time() {
    let kanji: String = (0..10_000u32)
        .map(|i| char::from_u32(0x4E00 + (i * 7919) % 20_000).unwrap())
        .collect();
    let parts: Vec<(Section, &str)> = (0..50).map(|_| (Actions, kanji.as_str())).collect();
    let started = std::time::Instant::now();
    let named = repeated(&kanji, &parts, &[]);
    assert_eq!(named.len(), 1);
    assert_eq!(
        named[0].words.len(),
        10_000 / 12 + 1,
        "the text in pieces of twelve"
    );
    assert!(
        started.elapsed().as_secs() < 60,
        "took {:?}",
        started.elapsed()
    );
}

mod topics_often_kept_from_a_manager {
    use super::*;
    use jiritsu::domain::worksheet::sensitive::{sensitive_on_sheet, topics_in};

    #[test]
    fn are_found_as_words_in_both_languages_and_not_inside_other_words() {
        let cases: &[(&str, &[&str])] = &[
            ("銀行はやめて、転職して市役所で働いてるかも", &["転職"]),
            (
                "母の介護と両立しながら、通院の日は在宅で働く",
                &["介護", "通院", "母"],
            ),
            ("いつか会社を辞めたい", &["辞め"]),
            ("再雇用後の年収と働き方を妻と話す", &["妻", "年収"]),
            (
                "I might quit and change jobs next year.",
                &["quit", "change jobs"],
            ),
            (
                "Pay off my debts before the baby; my wife is pregnant",
                &["pregnant", "my wife", "debts"],
            ),
            // A child's health and a spouse's transfer, which a condition of work (16時に
            // 退社して保育園のお迎え) often comes with.
            (
                "16時に退社して保育園のお迎えに行くこと。下の子がぜんそくで急に休むことがある",
                &["ぜんそく", "下の子", "保育園"],
            ),
            ("夫の転勤が決まったら、人事に相談する", &["夫の転勤"]),
            (
                "My son has asthma, and my husband's transfer may come in spring.",
                &["asthma", "husband's transfer", "my husband", "my son"],
            ),
            // Not inside another word, nor everyday work in some job.
            ("It is quite a big project", &[]),
            ("給与計算の手順書を作ります", &[]),
            ("患者さんの治療計画を一緒に立てている", &[]),
            ("収入印紙の管理を引き継ぎます", &[]),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(topics_in(&[text], &[]), expected.to_vec(), "{text}");
        }
    }

    #[test]
    fn leaving_denied_is_not_a_wish_to_leave() {
        let cases: &[(&str, &[&str])] = &[
            // A deli's part-timer, on the newcomers she trains (2026-12-05).
            ("新人さん3人くらい辞めずに続いてる", &[]),
            ("教えた新人さんが誰も辞めなかった", &[]),
            ("新人が辞めない売り場にしたい", &[]),
            ("私は辞めません", &[]),
            ("新人を辞めさせない工夫をしている", &[]),
            ("定年まで転職せずに今の店で働く", &[]),
            ("退職しないで、再雇用で残るつもり", &[]),
            ("新人の離職率を下げる", &[]),
            ("新人さんが辞めないか心配", &[]),
            // Leaving all the same: a must, a condition, an offer, or said outright.
            ("介護が始まったら辞めないといけない", &["辞め", "介護"]),
            ("今年昇給しなかったら辞めたい", &["辞め"]),
            ("今の店を辞めなかったら後悔しそう", &["辞め"]),
            ("知人に転職しないかと誘われている", &["転職"]),
            ("店長には引き止められたが、春には辞めるつもり", &["辞め"]),
            ("来年、退職するかもしれない", &["退職"]),
        ];
        for (text, expected) in cases {
            assert_eq!(topics_in(&[text], &[]), expected.to_vec(), "{text}");
        }
    }

    #[test]
    fn family_circumstances_are_topics_and_words_that_only_look_like_them_are_not() {
        let cases: &[(&str, &[&str])] = &[
            // The same part-timer: what she had expected the note to name.
            ("子どもの受験のときは早く帰りたい", &["子ども"]),
            ("子供が小さいうちは土日に休みたい", &["子供"]),
            ("こどもの行事の日はシフトを外してほしい", &["こども"]),
            ("育児と両立できる時間帯で働きたい", &["育児"]),
            ("保育園のお迎えがあるので17時までにしたい", &["保育園"]),
            ("育休から戻ったばかり", &["育休"]),
            ("母の通院に付き添う日がある", &["通院", "母"]),
            ("父が一人暮らしなので週末は実家に帰る", &["父"]),
            ("親の様子を見に行く日がある", &["親"]),
            ("母親の介護が始まるかもしれない", &["介護", "母親"]),
            ("夫と交代で子どもを迎えに行く", &["夫", "子ども"]),
            ("妻が来年から職場に戻る", &["妻"]),
            ("夫婦で店を手伝うこともある", &["夫"]),
            ("両親と同居している", &["両親"]),
            ("家族の事情で異動はできない", &["家族の事情"]),
            ("下の子が来年小学生になる", &["下の子"]),
            ("自分の子と夕ごはんを一緒に食べる時間", &["自分の子"]),
            ("息子の部活の送り迎えがある", &["息子"]),
            ("夫の転勤が決まったら、人事に相談する", &["夫の転勤"]),
            (
                "I leave at four for childcare; my husband works nights",
                &["my husband", "childcare"],
            ),
            ("My kids start school in April", &["my kids"]),
            // Work, or words that only look like family.
            ("家族と夕食をとること", &[]),
            ("家族向けのオードブルを増やす", &[]),
            ("子ども向けのお弁当を考える", &[]),
            ("子ども連れのお客様に声をかける", &[]),
            ("母の日のオードブルの予約をまとめる", &[]),
            ("父の日のギフトの売り場をつくる", &[]),
            ("盛り付けの工夫が評価された。体が丈夫なのが強み", &[]),
            ("親会社の監査に対応する", &[]),
            ("新人に親切に教えられる人", &[]),
            ("親子丼と唐揚げの仕込みを任される", &[]),
            ("母体となる組織の方針を確かめる", &[]),
            ("父兄の方向けの説明会の準備", &[]),
            ("分母と分子を確かめて集計する", &[]),
            ("市役所で子育て支援の窓口にいる", &[]),
            ("3歳以上の子の受け入れ人数を数える", &[]),
            ("A family pack of croquettes and a children's menu", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(topics_in(&[text], &[]), expected.to_vec(), "{text}");
        }
    }

    #[test]
    fn a_follow_up_note_on_a_shared_action_is_named_under_the_actions() {
        let mut d = Document::default();
        d.commitments.draft = "毎朝10分、新人さんに盛り付けを教えます".into();
        let id = d
            .commitments
            .save_draft(today().checked_sub_days(chrono::Days::new(7)), today(), 1)
            .expect("saved");
        d.commitments
            .set_follow_up_note(id, "子どもの受験で2週間休みました".into());
        d.commitments.record_follow_up(id, Change::Changed, today());
        let shared = sheet(&d, SheetScope::Shared, today());
        let named: Vec<(Section, Vec<String>)> = sensitive_on_sheet(&shared, &[], &[])
            .into_iter()
            .map(|r| (r.section, r.words))
            .collect();
        assert_eq!(named, words(&[(Actions, &["子ども"])]));
        // Kept to oneself, the action and its answers are off the sheet.
        d.commitments.saved[0].shared = false;
        let shared = sheet(&d, SheetScope::Shared, today());
        assert_eq!(sensitive_on_sheet(&shared, &[], &[]), Vec::new());
    }

    #[test]
    fn are_named_by_shared_section_and_not_twice_when_k_names_them() {
        let mut d = Document::default();
        d.worksheet.vision.doing = "転職して、市役所で子育て支援の窓口にいる".into();
        d.worksheet.vision.shared = true;
        d.worksheet.values.text = "介護と両立できること".into();
        d.worksheet.values.shared = true;
        // Kept to oneself: not on the sheet, so not named.
        d.worksheet.support.text = "副業を認めてほしい".into();
        d.worksheet.support.shared = false;
        let shared = sheet(&d, SheetScope::Shared, today());
        let found = sensitive_on_sheet(&shared, &[], &[]);
        let named: Vec<(Section, Vec<String>)> =
            found.into_iter().map(|r| (r.section, r.words)).collect();
        assert_eq!(named, words(&[(Values, &["介護"]), (Vision, &["転職"])]));
        // k already names 介護 in d: said once, in k's note.
        let k = [Repeated {
            section: Values,
            words: vec!["介護".into()],
        }];
        let named: Vec<Section> = sensitive_on_sheet(&shared, &k, &[])
            .into_iter()
            .map(|r| r.section)
            .collect();
        assert_eq!(named, vec![Vision]);
    }

    #[test]
    fn words_of_the_persons_work_are_not_pointed_out() {
        // A nursery teacher (2026-12-05): 子ども and 保育園 are her job, 介護 is not.
        let text = "保育園で2歳児の子どもたちの担任をしている。母の介護もある";
        assert_eq!(
            topics_in(&[text], &[]),
            vec!["介護", "母", "子ども", "保育園"]
        );
        let work = ["保育園".to_owned(), "子ども".to_owned()];
        assert_eq!(topics_in(&[text], &work), vec!["介護", "母"]);
        let mut d = Document::default();
        d.worksheet.vision.doing =
            "主任保育士として、保育園の新人に子どもとの関わり方を教えている".into();
        d.worksheet.vision.shared = true;
        let shared = sheet(&d, SheetScope::Shared, today());
        let named: Vec<(Section, Vec<String>)> = sensitive_on_sheet(&shared, &[], &[])
            .into_iter()
            .map(|r| (r.section, r.words))
            .collect();
        assert_eq!(named, words(&[(Vision, &["子ども", "保育園"])]));
        assert_eq!(sensitive_on_sheet(&shared, &[], &work), Vec::new());
    }

    #[test]
    fn trying_for_a_child_and_looking_for_another_job_are_topics() {
        let cases: &[(&str, &[&str])] = &[
            // A surgical-ward nurse's shared action (2026-12-05).
            (
                "1/10までに訪看の求人サイトに登録する。4月から妊活するので",
                &["妊活", "求人"],
            ),
            ("不妊治療と妊活のため、夜勤を減らしたい", &["不妊", "妊活"]),
            ("訪問看護の求人を見比べている", &["求人"]),
            // Applying is always the person's own: named as such, with no button.
            ("春までに訪問看護の求人に応募する", &["求人に応募"]),
            ("他院の求人への応募を考えている", &["求人への応募"]),
            // A job-change site or agent is named by 転職, which leaving always is.
            ("転職サイトに登録して、転職エージェントに会う", &["転職"]),
            (
                "We are trying for a baby, so I want fewer night shifts",
                &["trying for a baby"],
            ),
            ("We started IVF in May", &["ivf"]),
            ("I am trying to conceive", &["trying to conceive"]),
            (
                "Sign up to two job boards and read job postings for home care",
                &["job postings", "job boards"],
            ),
            ("I began my job search in May", &["job search"]),
            // An HR person's or a recruiter's work: the employer's side of a posting.
            ("求人広告の作成と、求人媒体の選定を担当している", &[]),
            ("ハローワークに求人票を出す", &[]),
            ("採用サイトに新しい求人を出す", &[]),
            ("地域の求人倍率を毎月まとめる", &[]),
            ("求人に応募してきた学生の面接をする", &[]),
            ("看護師の求人への応募が少ない", &[]),
            ("求人に応募者が集まらない理由を調べる", &[]),
            // A building site is no job search.
            ("I keep the job site safe and tidy", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(topics_in(&[text], &[]), expected.to_vec(), "{text}");
        }
    }

    /// The nurse's sheet (2026-12-05): her job's 看護, set aside once, is named by neither
    /// note; her wish to leave and to have a child still are.
    #[test]
    fn a_nurses_job_word_is_set_aside_for_both_notes() {
        let mut d = Document::default();
        d.worksheet.confidential.text = "訪問看護に移るかもしれないこと。子どもがほしいこと".into();
        d.worksheet.vision.doing =
            "認定看護師として、手術を受ける患者さんの不安を減らしている".into();
        let id = d.add_item(ListKind::Actions, 1, today()).unwrap();
        let action = d.commitments.saved.iter_mut().find(|a| a.id == id).unwrap();
        action.text = "1/10までに訪看の求人サイトに登録する。4月から妊活するので".into();
        action.shared = true;
        let shared = sheet(&d, SheetScope::Shared, today());
        let notes = |work: &[String]| {
            let repeated = repeated_on_sheet(&shared, &d.worksheet.confidential.text, work);
            let sensitive = sensitive_on_sheet(&shared, &repeated, work);
            let plain = |found: Vec<Repeated>| {
                found
                    .into_iter()
                    .map(|r| (r.section, r.words))
                    .collect::<Vec<_>>()
            };
            (plain(repeated), plain(sensitive))
        };
        assert_eq!(
            notes(&[]),
            (
                words(&[(Vision, &["看護"])]),
                words(&[(Vision, &["手術"]), (Actions, &["妊活", "求人"])])
            )
        );
        assert_eq!(
            notes(&["看護".to_owned(), "手術".to_owned()]),
            (Vec::new(), words(&[(Actions, &["妊活", "求人"])]))
        );
    }

    #[test]
    fn only_a_word_that_may_be_a_jobs_own_can_be_named_one() {
        use jiritsu::domain::worksheet::work_words::can_be_work_word;
        for word in [
            "介護",
            "子ども",
            "保育園",
            "入院",
            "育休",
            "給料",
            "childcare",
            "salary",
            // A nurse's 看護, named from k by the repeated-words note; a fertility clinic's
            // 妊活, HR's 求人.
            "看護",
            "妊活",
            "求人",
        ] {
            assert!(can_be_work_word(word), "{word}");
        }
        for word in [
            "転職",
            "辞め",
            "母",
            "下の子",
            "家族の事情",
            "my son",
            "quit",
            "divorce",
            "求人に応募",
            "trying for a baby",
        ] {
            assert!(!can_be_work_word(word), "{word}");
        }
    }
}
