//! The interview-preparation worksheet (`#/worksheet`), its printed sheet (`#/sheet`) and
//! the rehearsal (`#/rehearsal`), written as Leptos components. The page holds no copy of
//! what is written: every control reads the saved document through a memo and writes it
//! back on input, so what is on the screen is what is saved.

mod actions;
mod fields;
mod list_items;
mod past;
mod plans;
mod reach;
mod readiness;
mod rehearsal;
mod repeated;
mod sheet;
mod sheet_copy;
mod sheet_notes;
mod sheet_print;
mod sheet_view;
mod values;
mod vision;

use leptos::prelude::*;

use crate::browser;
use crate::domain::worksheet::readiness::Section;
use crate::i18n::worksheet::{section_title, WsMsg};
use crate::route::Route;
use crate::state::use_app;

pub use rehearsal::RehearsalPage;
pub use sheet::SheetPage;

/// The whole worksheet: the readiness overview, then sections a to k in the order of the
/// thinking, then the way on to the sheet and the rehearsal.
#[component]
pub fn WorksheetPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    let lists = list_items::ListState::new();
    provide_context(lists);
    // Coming from the rehearsal with `?s=<section id>`: open at that section; from the
    // follow-up with `?s=action-<id>`: open at that action's text, to rethink it.
    let hash = browser::location_hash();
    let asked = crate::route::asked_part(&hash);
    if let Some(id) = crate::route::asked_action(asked) {
        lists.focus.set(Some(id));
    } else if let Some(section) = Section::from_anchor_id(asked) {
        set_timeout(
            move || focus_section(section),
            std::time::Duration::from_millis(50),
        );
    }
    // Where the person last wrote, kept beside the notebook. Offered at the top when the
    // page opens at its top: not when a part is asked for, nor over a reload that scrolls
    // back to where the person was. Never scrolled to unasked: the top is where a new
    // visit starts, and the overview is there.
    let last_place = app.storage.worksheet_place();
    let resume = last_place.filter(|_| asked.is_empty() && !browser::scroll_will_be_restored());
    let written_in = StoredValue::new(last_place);
    let remember_place = move |event: leptos::ev::Event| {
        if let Some(section) = section_of(&event) {
            if written_in.get_value() != Some(section) {
                written_in.set_value(Some(section));
                app.storage.remember_worksheet_place(section);
            }
        }
    };
    view! {
        <article class="worksheet" on:input=remember_place on:change=remember_place>
            <header class="page-intro">
                <h1 id="worksheet-heading" tabindex="-1">{t(WsMsg::Heading)}</h1>
                <p class="lead">{t(WsMsg::Lead)}</p>
                {resume.map(|section| view! {
                    <p class="resume-place">
                        {crate::i18n::fill(t(WsMsg::ResumePlace), &[section_title(section, lang)])}
                        " "
                        <button type="button" on:click=move |_| focus_section(section)>
                            {t(WsMsg::ResumeGo)}
                        </button>
                    </p>
                })}
                // Not everyone has an evening for eleven sections: the two the interview
                // needs most, reachable from here.
                <p class="short-path">
                    {t(WsMsg::ShortPath)}
                    <button type="button" class="link" on:click=|_| focus_section(Section::Vision)>
                        {section_title(Section::Vision, lang)}
                    </button>
                    {t(WsMsg::ShortPathAnd)}
                    <button type="button" class="link" on:click=|_| focus_section(Section::Actions)>
                        {section_title(Section::Actions, lang)}
                    </button>
                    {t(WsMsg::ShortPathEnd)}
                </p>
                <p>{t(WsMsg::ShareNote)}</p>
                // Printed from the browser's menu, this page is the form with every private
                // entry: said on the paper itself, so that it is not taken for the sheet.
                <p class="print-only print-warning">{t(WsMsg::PrintedWorksheet)}</p>
            </header>
            <readiness::ReadinessOverview/>
            <past::InterviewSection/>
            <past::LookingBackSection/>
            <past::MomentsSection/>
            <values::ValuesSection/>
            <values::AutonomySection/>
            <vision::VisionSection/>
            <vision::GainsLossesSection/>
            <plans::ObstaclesSection/>
            <actions::ActionsSection/>
            <plans::SupportSection/>
            <plans::ConfidentialSection/>
            <nav class="next-steps" aria-label=t(WsMsg::ToSheet)>
                <a class="button primary" href=format!("#{}", Route::Sheet.hash())>
                    {t(WsMsg::ToSheet)}
                </a>
                <a class="button" href=format!("#{}", Route::Rehearsal.hash())>
                    {t(WsMsg::ToRehearsal)}
                </a>
            </nav>
            <list_items::ListStatus/>
        </article>
    }
}

/// A section of the worksheet: its lettered heading (a target for the overview's links)
/// and its lead, around the section's own controls.
#[component]
fn WsSection(section: Section, lead: WsMsg, children: Children) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let heading_id = format!("{}-heading", section.anchor_id());
    let labelled_by = heading_id.clone();
    view! {
        <section class="ws-section card" id=section.anchor_id() aria-labelledby=labelled_by>
            <h2 id=heading_id tabindex="-1">{section_title(section, lang)}</h2>
            <p class="section-lead">{lead.text(lang)}</p>
            {children()}
            // Back to the overview at the top, from the end of each section of a long page.
            <p class="to-overview">
                <button type="button" class="link" on:click=|_| browser::focus_heading("readiness-heading")>
                    {WsMsg::ToOverview.text(lang)}
                </button>
            </p>
        </section>
    }
}

/// The section of the worksheet an event happened in (typing, a choice), if any.
fn section_of(event: &leptos::ev::Event) -> Option<Section> {
    use wasm_bindgen::JsCast;
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let section = target.closest(".ws-section").ok().flatten()?;
    Section::from_anchor_id(&section.id())
}

/// Scrolls to a section and puts focus on its heading.
pub fn focus_section(section: Section) {
    browser::focus_heading(&format!("{}-heading", section.anchor_id()));
}
