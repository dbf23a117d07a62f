//! The worksheet's form controls, as small Leptos components: a labelled text field and
//! the share / keep-private choice every entry carries (the controls of a list item are
//! `list_items`). They read and write the saved document through accessors, so each
//! control stays in step with what is saved.

use leptos::html;
use leptos::prelude::*;

use crate::components::choice::RadioOption;
use crate::components::limit::{max_length, LimitNote};
use crate::components::sensitive::SensitiveHere;
use crate::components::typed::typed_text;
use crate::domain::document::Document;
use crate::domain::worksheet::sensitive::topics_in;
use crate::domain::worksheet::Note;
use crate::i18n::worksheet::{sensitive_here, WsMsg};
use crate::state::use_app;

/// A labelled multi-line text field with an optional example under the label. `value` is
/// what the document holds; `on_change` gets every keystroke and writes it with
/// `AppState::type_into` (see `typing`).
#[component]
pub fn TextArea(
    id: String,
    label: &'static str,
    /// The example under the label: a catalogue text, or one made for the day (an
    /// action's, whose sample date is the first of next month).
    #[prop(into, optional)]
    help: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(default = 2)] rows: u32,
    #[prop(optional)] node_ref: NodeRef<html::Textarea>,
    /// Another element that describes the field (an action's verdicts, said).
    #[prop(optional)]
    described_by: Option<String>,
) -> impl IntoView {
    let help_id = format!("{id}-help");
    let limit_id = format!("{id}-limit");
    // The help (if any), then the bound once it is near, then anything else said of it.
    let mut described = if help.is_empty() {
        limit_id.clone()
    } else {
        format!("{help_id} {limit_id}")
    };
    if let Some(other) = described_by {
        described = format!("{described} {other}");
    }
    // The field's own text, so that a keystroke does not wait for the document's readers.
    let text = typed_text(value);
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {(!help.is_empty()).then(|| view! { <p class="help" id=help_id>{help}</p> })}
            <textarea
                id=id
                rows=rows
                maxlength=max_length()
                aria-describedby=described
                node_ref=node_ref
                prop:value=text
                on:input:target=move |ev| {
                    let value = ev.target().value();
                    text.set(value.clone());
                    on_change.run(value);
                }
            ></textarea>
            <LimitNote id=limit_id value=text/>
        </div>
    }
}

/// A labelled one-line text field.
#[component]
pub fn TextInput(
    id: String,
    label: &'static str,
    #[prop(default = "")] help: &'static str,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional)] node_ref: NodeRef<html::Input>,
) -> impl IntoView {
    let help_id = format!("{id}-help");
    let limit_id = format!("{id}-limit");
    // The help (if any), then the bound once it is near.
    let described = if help.is_empty() {
        limit_id.clone()
    } else {
        format!("{help_id} {limit_id}")
    };
    // The field's own text, so that a keystroke does not wait for the document's readers.
    let text = typed_text(value);
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {(!help.is_empty()).then(|| view! { <p class="help" id=help_id>{help}</p> })}
            <input
                type="text"
                id=id
                maxlength=max_length()
                aria-describedby=described
                node_ref=node_ref
                prop:value=text
                on:input:target=move |ev| {
                    let value = ev.target().value();
                    text.set(value.clone());
                    on_change.run(value);
                }
            />
            <LimitNote id=limit_id value=text/>
        </div>
    }
}

/// The visible choice every entry carries: share it with the interviewer, or keep it to
/// myself. Two radio buttons in a group, so the choice is read out with its question.
#[component]
pub fn ShareChoice(
    /// Unique on the page: the radio group's name.
    name: String,
    #[prop(into)] shared: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
    /// The two choices' words, where an entry's sharing means something of its own.
    #[prop(default = (WsMsg::Shared, WsMsg::Private))]
    choices: (WsMsg, WsMsg),
) -> impl IntoView {
    let lang = use_app().lang.get_untracked();
    let t = move |msg: WsMsg| msg.text(lang);
    view! {
        <fieldset class="share" class:private=move || !shared.get()>
            <legend>{t(WsMsg::ShareLegend)}</legend>
            <RadioOption
                name=name.clone()
                code="shared"
                value=true
                current=shared
                on_choose=on_change
                label=t(choices.0)
            />
            <RadioOption
                name=name
                code="private"
                value=false
                current=shared
                on_choose=on_change
                label=t(choices.1)
            />
        </fieldset>
    }
}

/// A free text with its share choice, read and written through `get` and `get_mut`.
#[component]
pub fn NoteField(
    id: &'static str,
    label: &'static str,
    #[prop(default = "")] help: &'static str,
    get: fn(&Document) -> &Note,
    get_mut: fn(&mut Document) -> &mut Note,
    #[prop(default = 3)] rows: u32,
    #[prop(default = (WsMsg::Shared, WsMsg::Private))] choices: (WsMsg, WsMsg),
) -> impl IntoView {
    let app = use_app();
    let document = app.document;
    let text = Memo::new(move |_| document.with(|d| get(d).text.clone()));
    let shared = Memo::new(move |_| document.with(|d| get(d).shared));
    view! {
        <div class="entry">
            <TextArea
                id=id.to_owned()
                label=label
                help=help
                value=text
                rows=rows
                on_change=move |value: String| app.type_into(|d| get_mut(d).text = value)
            />
            <TopicsWhileShared text=text shared=shared/>
            <ShareChoice
                name=format!("{id}-share")
                shared=shared
                on_change=move |value: bool| document.update(|d| get_mut(d).shared = value)
                choices=choices
            />
        </div>
    }
}

/// Under a shared free text as it is written (an entry, a line of the vision, an action):
/// the topics often kept from a manager that it names (a child's illness beside a
/// condition of work, 転職 in the vision), not only on the sheet's screen, said to fit who
/// conducts the interview, with a button for a word of the person's job; nothing while the
/// text is kept to oneself.
#[component]
pub fn TopicsWhileShared(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] shared: Signal<bool>,
) -> impl IntoView {
    let document = use_app().document;
    let work = Memo::new(move |_| document.with(|d| d.worksheet.work_words.clone()));
    let topics = Memo::new(move |_| match shared.get() {
        true => work.with(|work| text.with(|text| topics_in(&[text], work))),
        false => Vec::new(),
    });
    let conducted_by = Memo::new(move |_| document.with(|d| d.worksheet.interview.conducted_by()));
    view! {
        <SensitiveHere topics=topics message=move |lang| sensitive_here(conducted_by.get(), lang)/>
    }
}
