//! The 面談準備シート (`#/sheet`): the sheet to bring to the interview, most often one A4
//! page (`sheet_view` draws the sheet, `sheet_print` what each page carries besides). The
//! preview on the screen is the very element that prints (the print stylesheet hides
//! everything else), so what the person sees is what prints. By default it holds only the
//! entries marked shared; a full private copy can be chosen.

use leptos::prelude::*;

use super::fields::TextInput;
use super::repeated::{RepeatedNote, SensitiveNote, WorkWordsOnSheet};
use super::sheet_copy::copy_sheet;
use super::sheet_notes::{
    ConfidentialToManager, FailingNote, LargeTypeField, LifestyleToManager, OtherLanguageParts,
    StaleNote,
};
use super::sheet_print::{guide_address, keep_page_foot, NoNameNote, OtherLanguageNote};
use super::sheet_view::sheet_view;
use crate::browser;
use crate::components::choice::RadioOption;
use crate::domain::anchors::Anchor;
use crate::domain::worksheet::overlap::repeated_on_sheet;
use crate::domain::worksheet::readiness::{failing_shared, waiting_on_sheet};
use crate::domain::worksheet::sensitive::sensitive_on_sheet;
use crate::domain::worksheet::sheet::{sheet, SheetScope};
use crate::domain::worksheet::sheet_language::sections_in_other_language;
use crate::i18n::sheet::SheetMsg;
use crate::i18n::worksheet::WsMsg;
use crate::route::Route;
use crate::state::use_app;

#[component]
pub fn SheetPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let t = move |msg: SheetMsg| msg.text(lang);
    let scope = RwSignal::new(SheetScope::Shared);
    // What the last Copy did, for the status line under the buttons.
    let copy_note = RwSignal::new(Vec::<SheetMsg>::new());
    let content = Memo::new(move |_| {
        let scope = scope.get();
        app.document.with(|d| sheet(d, scope, app.today))
    });
    // The words the person said are words of their job, left out of both notes.
    let work = Memo::new(move |_| app.document.with(|d| d.worksheet.work_words.clone()));
    // Only the sheet that goes to the interviewer: the private copy holds k anyway.
    let repeated = Memo::new(move |_| {
        let confidential = app.document.with(|d| d.worksheet.confidential.text.clone());
        match scope.get() {
            SheetScope::Shared => work
                .with(|work| content.with(|shared| repeated_on_sheet(shared, &confidential, work))),
            SheetScope::Everything => Vec::new(),
        }
    });
    // Topics often kept from a manager, on the same sheet, less the words k's note names.
    let sensitive = Memo::new(move |_| match scope.get() {
        SheetScope::Shared => repeated.with(|repeated| {
            work.with(|work| content.with(|shared| sensitive_on_sheet(shared, repeated, work)))
        }),
        SheetScope::Everything => Vec::new(),
    });
    let name = Memo::new(move |_| app.document.with(|d| d.worksheet.interview.name.clone()));
    let large_type = Memo::new(move |_| app.document.with(|d| d.worksheet.sheet_large_type));
    // Shared actions that do not pass both tests yet go to the interviewer as they are:
    // said above the sheet, with the way back to them.
    // Over the actions alone, so that typing the name checks none of them again.
    let actions = Memo::new(move |_| app.document.with(|d| d.commitments.saved.clone()));
    let failing = Memo::new(move |_| {
        let settings = app.check_settings();
        actions.with(|actions| failing_shared(actions, app.today, &settings))
    });
    // Shared actions whose follow-up waits: the sheet would say only what was planned.
    // By the shared sheet's numbers, so above that sheet only.
    let waiting = Memo::new(move |_| match scope.get() {
        SheetScope::Shared => actions.with(|actions| waiting_on_sheet(actions, app.today)),
        SheetScope::Everything => Vec::new(),
    });
    // Parts written in the other language than the sheet's headings: a manager who reads
    // only Japanese cannot read an English vision.
    let other_language =
        Memo::new(move |_| content.with(|sheet| sections_in_other_language(sheet, lang)));
    // The Lifestyle anchor on the sheet the manager reads.
    let lifestyle = Memo::new(move |_| {
        scope.get() == SheetScope::Shared
            && content.with(|sheet| {
                sheet.manager_reads && sheet.anchors.iter().any(|(_, a)| *a == Anchor::Lifestyle)
            })
    });
    let guide = guide_address();
    keep_page_foot(scope.into(), name.into(), lang);
    // A shared sheet with something on it and no name.
    let unnamed = Memo::new(move |_| {
        scope.get() == SheetScope::Shared
            && content.with(|sheet| sheet.name.is_none() && !sheet.is_empty())
    });
    let choice = move |value: SheetScope, id: &'static str, text: SheetMsg| {
        view! {
            <RadioOption
                name="sheet-scope"
                id=id
                value=value
                current=scope
                on_choose=move |value| {
                    scope.set(value);
                    copy_note.set(Vec::new());
                }
                label=t(text)
            />
        }
    };
    // Copy, for a sheet sent ahead by mail or chat: the preview as it is, with its
    // headings and lists where the mail takes them, and as text where it does not. Without
    // a clipboard (plain http on an intranet) the sheet is selected for the person's own Copy.
    let preview = NodeRef::<leptos::html::Section>::new();
    let copy = move |_| {
        let unnamed = content.with_untracked(|sheet| sheet.name.is_none());
        copy_sheet(preview, scope, copy_note, unnamed, lang);
    };
    view! {
        <article class="sheet-page">
            <div class="sheet-controls">
                <h1 id="sheet-heading" tabindex="-1">{t(SheetMsg::SheetHeading)}</h1>
                <p class="lead">{t(SheetMsg::SheetLead)}</p>
                <OtherLanguageNote/>
                <fieldset class="inline-choice">
                    <legend>{t(SheetMsg::SheetScopeLegend)}</legend>
                    {choice(SheetScope::Shared, "sheet-scope-shared", SheetMsg::SheetScopeShared)}
                    {choice(SheetScope::Everything, "sheet-scope-everything", SheetMsg::SheetScopeEverything)}
                </fieldset>
                <LargeTypeField/>
                <div class="sheet-name-field">
                    <TextInput
                        id="sheet-name".to_owned()
                        label=t(SheetMsg::SheetNameField)
                        help=t(SheetMsg::SheetNameHelp)
                        value=name
                        on_change=move |value: String| app.type_into(|d| d.worksheet.interview.name = value)
                    />
                </div>
                <p class="warning" aria-live="polite">
                    {move || (scope.get() == SheetScope::Everything).then(|| t(SheetMsg::SheetPrivateWarning))}
                </p>
                <NoNameNote shown=unnamed/>
                <StaleNote waiting=waiting/>
                <RepeatedNote repeated=repeated/>
                <SensitiveNote found=sensitive/>
                <WorkWordsOnSheet repeated=repeated sensitive=sensitive/>
                // Only above the sheet that goes to the interviewer.
                <Show when=move || scope.get() == SheetScope::Shared>
                    <FailingNote failing=failing/>
                    <OtherLanguageParts sections=other_language/>
                    <ConfidentialToManager/>
                    <LifestyleToManager shown=lifestyle/>
                </Show>
                <div class="button-row">
                    <button type="button" class="primary" on:click=move |_| browser::print()>
                        {t(SheetMsg::Print)}
                    </button>
                    <button type="button" id="sheet-copy" on:click=copy>{t(SheetMsg::SheetCopy)}</button>
                    <a class="button" href=format!("#{}", Route::Worksheet.hash())>{WsMsg::ToWorksheet.text(lang)}</a>
                </div>
                <p id="sheet-copy-note" role="status">
                    {move || copy_note.get().into_iter().map(t).collect::<Vec<_>>().join(crate::i18n::in_lang(("", " "), lang))}
                </p>
            </div>
            <section class="sheet-preview" aria-label=t(SheetMsg::PreviewLabel) node_ref=preview>
                {move || sheet_view(content.get(), scope.get(), large_type.get(), app.today, lang, guide.as_deref())}
            </section>
        </article>
    }
}
