//! The sheet as it is copied for a mail or a chat (`SheetPage`'s Copy): its HTML with what
//! must not be passed on framed by HTML alone, and its text with headings, numbers and
//! bullets written out, for where no stylesheet goes.

use leptos::prelude::*;

use crate::browser;
use crate::domain::lang::Lang;
use crate::domain::worksheet::sheet::SheetScope;
use crate::i18n::sheet::SheetMsg;

/// Copy, for a sheet sent ahead by mail or chat: the preview's sheet as it is, with its
/// headings and lists where the mail takes them, and as text where it does not. Without a
/// clipboard (plain http on an intranet) the sheet is selected for the person's own Copy
/// (Ctrl+C, or a long press on a phone). What it did goes to `copy_note`; `unnamed` says the sheet carries no name.
pub(super) fn copy_sheet(
    preview: NodeRef<leptos::html::Section>,
    scope: RwSignal<SheetScope>,
    copy_note: RwSignal<Vec<SheetMsg>>,
    unnamed: bool,
    lang: Lang,
) {
    copy_note.set(Vec::new());
    let Some(sheet) = preview
        .get_untracked()
        .and_then(|preview| preview.first_element_child())
    else {
        return;
    };
    // Without the markers Leptos leaves between the parts it draws (empty comments), and
    // with what must not be passed on framed where no stylesheet goes (a mail).
    let html = framed_confidential(sheet.outer_html().replace("<!---->", ""));
    let text = plain_text(&sheet, lang);
    // The private copy is copied too, for the person's own files, and said to be so.
    let copying = scope.get_untracked();
    let mut copied = match copying {
        SheetScope::Shared => vec![SheetMsg::SheetCopied],
        SheetScope::Everything => vec![SheetMsg::SheetCopiedPrivate],
    };
    // A sheet sent ahead without a name leaves the interviewer guessing whose it is.
    if unnamed {
        copied.push(SheetMsg::SheetCopiedNoName);
    }
    leptos::task::spawn_local(async move {
        let on_clipboard = browser::copy_html_to_clipboard(&html, &text).await;
        // Another scope chosen meanwhile: the other sheet is on the screen now.
        if scope.try_get_untracked() != Some(copying) {
            return;
        }
        if on_clipboard {
            copy_note.set(copied);
        } else {
            browser::select_contents(&sheet);
            // Said the way a copy is made there: a key, or a long press on a phone.
            copy_note.set(vec![if browser::copies_by_touch() {
                SheetMsg::SheetSelectedTouch
            } else {
                SheetMsg::SheetSelected
            }]);
        }
    });
}

/// The sheet as text for a mail or a chat that takes no formatting: each heading on a line
/// of its own in 【】 ("## " in English), numbered lists numbered (a tie keeps its place),
/// other lists with ・, and a blank line before each part.
pub(super) fn plain_text(sheet: &web_sys::Element, lang: Lang) -> String {
    use wasm_bindgen::JsCast;
    let (open, close) = match lang {
        Lang::Ja => ("【", "】"),
        Lang::En => ("## ", ""),
    };
    let mut out = String::new();
    let Ok(nodes) = sheet.query_selector_all(
        "h2, h3, .sheet > p, .sheet-header > p, .sheet-meta > p, .sheet-part > p, li",
    ) else {
        return out;
    };
    for k in 0..nodes.length() {
        let Some(element) = nodes
            .item(k)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let text = element.inner_text();
        let text = text.trim();
        match element.tag_name().as_str() {
            "H2" | "H3" => {
                if !out.is_empty() {
                    out.push('\n');
                }
                // A heading that brackets itself (【取り扱い注意】…) stays as it is.
                if text.starts_with('【') || text.starts_with('[') {
                    out.push_str(&format!("{text}\n"));
                } else {
                    out.push_str(&format!("{open}{text}{close}\n"));
                }
            }
            "LI" => {
                let numbered = element
                    .parent_element()
                    .is_some_and(|list| list.tag_name() == "OL");
                let marker = if numbered {
                    let place = element.get_attribute("value").unwrap_or_else(|| {
                        let mut place = 1;
                        let mut before = element.previous_element_sibling();
                        while let Some(sibling) = before {
                            place += 1;
                            before = sibling.previous_element_sibling();
                        }
                        place.to_string()
                    });
                    format!("{place}. ")
                } else {
                    crate::i18n::in_lang(("・", "- "), lang).to_owned()
                };
                out.push_str(&marker);
                out.push_str(&text.replace('\n', "\n   "));
                out.push('\n');
            }
            _ => {
                out.push_str(text);
                out.push('\n');
            }
        }
    }
    out
}

/// The sheet's HTML with what must not be passed on in a one-cell table with a border: a
/// frame that HTML draws by itself, where a copy pasted into a mail has no stylesheet (an
/// inline style would be refused by the page's Content-Security-Policy). The part holds no
/// `div` of its own, so its end is the first `</div>` after its start.
pub(super) fn framed_confidential(html: String) -> String {
    const START: &str = r#"<div class="sheet-part sheet-confidential">"#;
    let Some(start) = html.find(START) else {
        return html;
    };
    let inner = start + START.len();
    let Some(end) = html[inner..].find("</div>").map(|at| inner + at) else {
        return html;
    };
    format!(
        r#"{}<table border="1" cellpadding="8" class="sheet-confidential"><tr><td>{}</td></tr></table>{}"#,
        &html[..start],
        &html[inner..end],
        &html[end + "</div>".len()..],
    )
}
