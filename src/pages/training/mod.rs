//! The facilitator's screen for a training session: attendees' share codes in (typed,
//! pasted one per line, or as CSV `name,code`), the room's anchor distribution, and the
//! workshop groups with a discussion prompt each, in a projector view and on paper.
//!
//! The list lives in the saved document (autosaved like everything else) and never leaves
//! the device. The text box and the size fields belong to the browser (their values are
//! read when the person presses Add or changes a size), so typing rebuilds no markup.

mod card;
mod groups;

pub use card::card_page;

use leptos::prelude::*;

use crate::app::AppState;
use crate::browser;
use crate::components::kit::*;
use crate::domain::lang::Lang;
use crate::domain::training::grouping::check_sizes;
use crate::domain::training::roster::{PasteReport, Roster};
use crate::i18n::training::{duplicate_note, line_problem, with_number, TrainMsg};
use crate::markup::{Html, Markup};
use groups::{badge, groups_markup};

/// The facilitator's screen in `lang`.
pub fn training_page(lang: Lang, app: AppState) -> Piece {
    let document = app.document;
    // The list and the groups change together, so they are one region.
    let list = region(move || {
        document.with(|d| {
            let mut h = Html::new();
            list_markup(&mut h, &d.training, lang);
            groups_markup(&mut h, &d.training, lang);
            h.finish()
        })
    });
    let intro = document
        .with_untracked(|d| intro_markup(lang, d.training.min, d.training.max, &d.training_draft));
    page("training", vec![inert(intro), list])
}

/// Typing in the box keeps what is typed in the document (it is added only on "Add").
pub fn on_input(app: AppState, event: &web_sys::Event) {
    use wasm_bindgen::JsCast;
    let field = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(field) = field.filter(|field| field.id() == "roster-input") {
        app.document.update(|d| d.training_draft = field.value());
    }
}

/// Add, remove, clear, print.
pub fn on_click(app: AppState, action: &str, element: &web_sys::Element) -> bool {
    let (document, lang) = (app.document, app.lang.get_untracked());
    match action {
        "roster-add" => {
            let text = browser::field_value("#roster-input");
            let mut report = Default::default();
            document.update(|d| {
                report = d.training.add_lines(&text);
                d.training_draft = report.rejected.clone();
            });
            browser::set_field_value("#roster-input", &report.rejected);
            show_note(&report_text(&report, lang));
        }
        // One attendee (by `data-index`), or the whole list after asking.
        "roster-remove" | "roster-clear" => {
            let index: Option<usize> = data_number(element, "data-index");
            if index.is_some() || browser::confirm(TrainMsg::ConfirmClear.text(lang)) {
                document.update(|d| match index {
                    Some(index) => d.training.remove(index),
                    None => d.training.attendees.clear(),
                });
            }
        }
        "print-groups" => browser::print(),
        _ => return false,
    }
    true
}

/// Shows what the last Add or size change did in the `<output>` under the box (a live
/// region of its own, announced by screen readers), as the check screen sets its textarea:
/// the browser's element, not markup rebuilt.
fn show_note(text: &str) {
    browser::set_field_value("#training-note", text);
}

/// A size field's number; anything else reads as too large.
fn read_size(selector: &str) -> u8 {
    browser::field_value(selector)
        .trim()
        .parse()
        .unwrap_or(u8::MAX)
}

/// A group size changed: taken when usable, else the reason is shown.
pub fn on_change(app: AppState) {
    let (min, max) = (read_size("#group-min"), read_size("#group-max"));
    let note = match check_sizes(min, max) {
        Ok(()) => {
            app.document.update(|d| {
                let _ = d.training.set_sizes(min, max);
            });
            ""
        }
        Err(_) => TrainMsg::SizeProblem.text(app.lang.get_untracked()),
    };
    show_note(note);
}

/// What an Add did, one line each: how many were added, then that some lines were not,
/// and each of them with why.
fn report_text(report: &PasteReport, lang: Lang) -> String {
    let mut text = with_number(TrainMsg::Added, report.added, lang);
    if !report.problems.is_empty() {
        text.push('\n');
        text.push_str(TrainMsg::NotAdded.text(lang));
    }
    for problem in &report.problems {
        text.push_str("\n・");
        text.push_str(&line_problem(problem.line, problem.problem, lang));
    }
    text
}

/// Heading, explanation, the box for codes and the group sizes (as they were when the
/// screen opened; the browser keeps what is typed after that).
fn intro_markup(lang: Lang, min: u8, max: u8, draft: &str) -> Markup {
    let t = move |msg: TrainMsg| msg.text(lang);
    let mut h = Html::new();
    h.fill(
        concat!(
            "<div class=\"training-intro\"><h1 id=\"training-heading\" tabindex=\"-1\">{}</h1><p class=\"lead\">{}</p>",
            "<label class=\"field-label\" for=\"roster-input\">{}</label><p id=\"roster-help\" class=\"help\">{}</p>",
            // The newline after the tag is dropped by the HTML parser, so a draft that
            // starts with one keeps it.
            "<textarea id=\"roster-input\" rows=\"4\" maxlength=\"10000\" aria-describedby=\"roster-help\">\n{}</textarea>",
            "<div class=\"button-row\"><button type=\"button\" class=\"primary\" id=\"roster-add\" data-action=\"roster-add\">{}</button></div>",
            "<output id=\"training-note\" class=\"note\" for=\"roster-input\"></output>",
            "<fieldset class=\"group-sizes\"><legend>{}</legend>",
            "<label>{} <input id=\"group-min\" type=\"number\" min=\"1\" max=\"30\" value=\"{}\"></label>",
            "<label>{} <input id=\"group-max\" type=\"number\" min=\"1\" max=\"30\" value=\"{}\"></label></fieldset></div>",
        ),
        &[
            t(TrainMsg::NavTraining),
            t(TrainMsg::Lead),
            t(TrainMsg::CardCode),
            t(TrainMsg::AddHelp),
            draft,
            t(TrainMsg::Add),
            t(TrainMsg::Sizes),
            t(TrainMsg::Min),
            &usize::from(min).to_string(),
            t(TrainMsg::Max),
            &usize::from(max).to_string(),
        ],
    );
    h.finish()
}

/// The attendees in the order they were added, each with a remove button and a flag
/// when an earlier one has the same code or name.
fn list_markup(h: &mut Html, roster: &Roster, lang: Lang) {
    let t = move |msg: TrainMsg| msg.text(lang);
    let count = roster.attendees.len();
    h.fill(
        "<div class=\"training-lists\"><section aria-labelledby=\"roster-heading\"><h2 id=\"roster-heading\">{} ({})</h2><ol class=\"roster\">",
        &[t(TrainMsg::ListHeading), &count.to_string()],
    );
    let duplicates = roster.duplicates();
    for (index, attendee) in roster.attendees.iter().enumerate() {
        let name = display_name(&attendee.name, index, lang);
        h.fill("<li><strong>{}</strong> ", &[&name]);
        for anchor in attendee.scores.top() {
            badge(h, anchor, lang);
            h.text(" ");
        }
        if let Some(duplicate) = duplicates.get(index).copied().flatten() {
            h.fill(
                "<span class=\"flag\">{}</span> ",
                &[&duplicate_note(duplicate, lang)],
            );
        }
        let remove = t(TrainMsg::Remove);
        h.fill(
            "<button type=\"button\" class=\"small\" data-action=\"roster-remove\" data-index=\"{}\" aria-label=\"{} {}\">{}</button></li>",
            &[&index.to_string(), remove, &name, remove],
        );
    }
    h.fill("</ol>", &[]);
    if count > 0 {
        h.fill(
            "<button type=\"button\" data-action=\"roster-clear\">{}</button>",
            &[t(TrainMsg::Clear)],
        );
    }
    h.fill("</section>", &[]);
}

/// The attendee's name, or "参加者3" when none was given.
pub(crate) fn display_name(name: &str, index: usize, lang: Lang) -> String {
    if name.is_empty() {
        with_number(TrainMsg::Unnamed, index + 1, lang)
    } else {
        name.to_owned()
    }
}
