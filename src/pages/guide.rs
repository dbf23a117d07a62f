//! The guide for interviewers (`#/guide`): a page for the manager, HR or the career
//! consultant who receives an employee's interview sheet, who has not used the app. What
//! to say when opening the interview, what the sheet is and what it leaves out, the eight
//! anchors with their meanings, the two tests of an action and the sheet's start marks, the
//! rehearsal's questions, what to do after the interview and how to write its summary, and
//! where the employee's data lives. Fixed texts, built again when the language changes
//! (`app::screen`); the anchors, the marks and the questions come from the catalogues the
//! result, the sheet and the rehearsal use, so the guide says what they say.

use chrono::{Datelike, Days, Months, NaiveDate};
use leptos::prelude::*;

use crate::browser;
use crate::domain::anchors::Anchor;
use crate::domain::lang::Lang;
use crate::domain::worksheet::readiness::Question;
use crate::i18n::anchors::{gloss, label};
use crate::i18n::assessment::AssessMsg;
use crate::i18n::commitment::format_date;
use crate::i18n::guide::GuideMsg;
use crate::i18n::sheet::{question, SheetMsg};
use crate::i18n::{colon, fill};
use crate::state::use_app;

/// The whole guide.
#[component]
pub fn GuidePage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: GuideMsg| msg.text(lang);
    view! {
        <article class="guide">
            <h1 id="guide-heading" tabindex="-1">{t(GuideMsg::Heading)}</h1>
            <p class="lead">{t(GuideMsg::Lead)}</p>
            <button type="button" class="guide-print" on:click=|_| browser::print()>{t(GuideMsg::Print)}</button>
            {part("guide-opening", GuideMsg::OpeningHeading, lang, points(lang, &[
                GuideMsg::OpeningPurpose, GuideMsg::OpeningTime, GuideMsg::OpeningSummary,
                GuideMsg::OpeningKeepBack, GuideMsg::OpeningListen,
            ], None))}
            {part("guide-sheet", GuideMsg::SheetHeading, lang, about_the_sheet(lang))}
            {part("guide-anchors", GuideMsg::AnchorsHeading, lang, anchors(lang))}
            {part("guide-tests", GuideMsg::TestsHeading, lang, two_tests(lang, app.today))}
            {part("guide-questions", GuideMsg::QuestionsHeading, lang, questions(lang))}
            {part("guide-after", GuideMsg::AfterHeading, lang, points(lang, &[
                GuideMsg::AfterAsk, GuideMsg::AfterApp, GuideMsg::AfterNewSheet,
            ], None))}
            {part("guide-summary", GuideMsg::SummaryHeading, lang, summary(lang))}
            {part("guide-data", GuideMsg::DataHeading, lang, points(lang, &[GuideMsg::DataOnDevice, GuideMsg::DataNoFile, GuideMsg::DataOwnDevice], None))}
        </article>
    }
}

/// A part of the guide under its own heading, which names it for screen readers.
fn part(id: &'static str, heading: GuideMsg, lang: Lang, body: AnyView) -> AnyView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{heading.text(lang)}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// A bulleted list of the guide's texts, and `last` after them.
fn points(lang: Lang, items: &[GuideMsg], last: Option<AnyView>) -> AnyView {
    view! {
        <ul class="points">
            {items.iter().map(|msg| view! { <li>{msg.text(lang)}</li> }).collect_view()}
            {last}
        </ul>
    }
    .into_any()
}

/// What the sheet is, what it leaves out, and the framed part for the interviewer alone,
/// named by the sheet's own heading of it.
fn about_the_sheet(lang: Lang) -> AnyView {
    let framed = fill(
        GuideMsg::SheetConfidential.text(lang),
        &[SheetMsg::SheetConfidential.text(lang)],
    );
    let framed = view! {
        <li class="guide-confidential">
            {framed}
            {in_japanese(lang, SheetMsg::SheetConfidential.text(Lang::Ja).to_owned())}
        </li>
    };
    points(
        lang,
        &[
            GuideMsg::SheetPrepared,
            GuideMsg::SheetLeftOut,
            GuideMsg::SheetSelfRated,
        ],
        Some(framed.into_any()),
    )
}

/// The summary some companies' programmes ask for: only where there is one, and only from
/// what the employee agreed to share.
fn summary(lang: Lang) -> AnyView {
    view! {
        <p>{GuideMsg::SummaryWhen.text(lang)}</p>
        {points(lang, &[GuideMsg::SummaryContents, GuideMsg::SummaryKeptBack, GuideMsg::SummaryShowFirst], None)}
    }
    .into_any()
}

/// The eight anchors, each with what it means, and how to take the ones on the sheet.
fn anchors(lang: Lang) -> AnyView {
    let names = Anchor::ALL.map(|anchor| {
        view! {
            <div class="guide-anchor" data-anchor=anchor.code()>
                <dt>
                    {label(anchor, lang)}
                    // In English, the name a Japanese sheet prints too.
                    {(lang == Lang::En).then(|| view! { " (" <span lang="ja">{label(anchor, Lang::Ja)}</span> ")" })}
                </dt>
                <dd>{gloss(anchor, lang)}</dd>
            </div>
        }
    });
    view! {
        <p>{GuideMsg::AnchorsIntro.text(lang)}</p>
        <dl class="guide-anchors">{names}</dl>
        {points(lang, &[GuideMsg::AnchorsValues, GuideMsg::AnchorsTies, GuideMsg::AnchorsTeam], None)}
    }
    .into_any()
}

/// The two tests, an example that fails and one that passes, and the start marks of the
/// sheet as it prints them, with a day next month as the example.
fn two_tests(lang: Lang, today: NaiveDate) -> AnyView {
    let t = move |msg: GuideMsg| msg.text(lang);
    let tests = [
        (GuideMsg::TestObjectiveName, GuideMsg::TestObjective),
        (GuideMsg::TestStartName, GuideMsg::TestStart),
    ]
    .map(|(name, text)| view! { <li><strong>{t(name)}</strong>{colon(lang)}{t(text)}</li> });
    let examples = [
        ("guide-example fails", "✗ ", GuideMsg::FailsLabel, GuideMsg::ExampleFails, GuideMsg::ExampleFailsWhy),
        ("guide-example passes", "✓ ", GuideMsg::PassesLabel, GuideMsg::ExamplePasses, GuideMsg::ExamplePassesWhy),
    ]
    .map(|(class, mark, verdict, text, why)| view! {
        <li class=class>
            <span class="guide-verdict"><span aria-hidden="true">{mark}</span>{t(verdict)}</span>
            <q class="guide-quote">{t(text)}</q>
            <span class="guide-why">{t(why)}</span>
        </li>
    });
    let starts = example_start(today);
    let starts_by = starts.checked_add_days(Days::new(3)).unwrap_or(starts);
    let marks = [
        (Mark::Starts(starts), GuideMsg::MarkStarts),
        (Mark::StartsBy(starts_by), GuideMsg::MarkStartsBy),
        (Mark::NoStart, GuideMsg::MarkNoStart),
    ]
    .map(|(mark, meaning)| {
        view! {
            <div class="guide-mark">
                <dt>
                    <span class="guide-mark-text">{mark.as_printed(lang)}</span>
                    {in_japanese(lang, mark.as_printed(Lang::Ja))}
                </dt>
                <dd>{t(meaning)}</dd>
            </div>
        }
    });
    view! {
        <p>{t(GuideMsg::TestsGoal)}</p>
        <ol class="guide-tests">{tests}</ol>
        <p class="guide-examples-label">{t(GuideMsg::ExamplesLabel)}</p>
        <ul class="guide-examples">{examples}</ul>
        <h3 id="guide-marks">{t(GuideMsg::MarksHeading)}</h3>
        <p>{t(GuideMsg::MarksIntro)}</p>
        <dl class="guide-marks">{marks}</dl>
    }
    .into_any()
}

/// The rehearsal's questions, as the employee practised them; in English, each also as a
/// Japanese employee heard it.
fn questions(lang: Lang) -> AnyView {
    let asked = Question::ALL.map(|asked| {
        view! {
            <li>
                <span class="guide-question">{question(asked, lang)}</span>
                {in_japanese(lang, question(asked, Lang::Ja).to_owned())}
            </li>
        }
    });
    view! {
        <p>{GuideMsg::QuestionsIntro.text(lang)}</p>
        <ol class="guide-question-list">{asked}</ol>
        <p>{GuideMsg::QuestionsStuck.text(lang)}</p>
    }
    .into_any()
}

/// In English, `japanese` after "In Japanese:", marked as Japanese for screen readers;
/// nothing in Japanese.
fn in_japanese(lang: Lang, japanese: String) -> Option<AnyView> {
    (lang == Lang::En).then(|| {
        view! {
            <span class="guide-ja">
                {AssessMsg::InJapanese.text(lang)}
                <span lang="ja">{japanese}</span>
            </span>
        }
        .into_any()
    })
}

/// A start mark as the sheet prints it after an action.
#[derive(Clone, Copy)]
enum Mark {
    Starts(NaiveDate),
    StartsBy(NaiveDate),
    NoStart,
}

impl Mark {
    /// The mark in brackets, as on the sheet: （開始：2027年2月1日(月)）, (Starts Mon 1 February 2027).
    fn as_printed(self, lang: Lang) -> String {
        let text = match self {
            Mark::Starts(date) => fill(
                SheetMsg::SheetStarts.text(lang),
                &[&format_date(date, lang)],
            ),
            Mark::StartsBy(date) => fill(
                SheetMsg::SheetStartsBy.text(lang),
                &[&format_date(date, lang)],
            ),
            Mark::NoStart => SheetMsg::SheetNoStart.text(lang).to_owned(),
        };
        match lang {
            Lang::Ja => format!("（{text}）"),
            Lang::En => format!("({text})"),
        }
    }
}

/// An example start ahead of `today`: the first Tuesday after the 7th of next month (a
/// working day in most months, never 1 January or a long weekend's Monday).
fn example_start(today: NaiveDate) -> NaiveDate {
    let eighth = today
        .with_day(1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .and_then(|first| first.with_day(8))
        .unwrap_or(today);
    let to_tuesday = (7 + 1 - eighth.weekday().num_days_from_monday()) % 7;
    eighth
        .checked_add_days(Days::new(u64::from(to_tuesday)))
        .unwrap_or(eighth)
}
