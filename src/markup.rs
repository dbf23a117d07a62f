//! HTML for the fixed parts of screens, written into one string by a small builder: tag
//! and attribute names come from the code, and every text and attribute value is escaped.
//!
//! Why: Leptos compiles every distinct view into its own rendering code, and text-heavy
//! screens written as `view!` cost tens of kilobytes each, against a 150 KB budget for the
//! whole site. Leptos itself renders the static parts of views from an HTML string (its
//! `InertElement`); this builder produces such strings for parts whose text comes from the
//! catalogue or the document. Because every value passes through `escape`, user text can
//! never become markup. Interactive parts stay Leptos views, or use event delegation on a
//! container (see `components::kit`). Each builder call is a plain function call, which
//! keeps the code at every call site small.

/// Finished HTML with one root element, ready for `components::kit::inert`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// Writes HTML. Attribute pairs whose value is empty are left out, so a missing class or
/// an unchecked box is written as `("class", "")` or `("checked", "")`.
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::with_capacity(1024))
    }

    /// `<tag attr="value"…>`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Html {
        self.0.push('<');
        self.0.push_str(tag);
        for &(name, value) in attrs {
            if !value.is_empty() {
                self.0.push(' ');
                self.0.push_str(name);
                self.0.push_str("=\"");
                escape_into(&mut self.0, value);
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Html {
        escape_into(&mut self.0, text);
        self
    }

    /// `<tag class="…">text</tag>`.
    pub fn leaf(&mut self, tag: &str, class: &str, text: &str) -> &mut Html {
        self.open(tag, &[("class", class)]).text(text).close(tag)
    }

    /// `<tag attrs…>text</tag>`.
    pub fn leaf_with(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Html {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Appends `template` with each `{}` replaced by the next of `args`, escaped. The
    /// template is markup written in the code; only `args` may come from the person. One
    /// call with a template costs far less code than a builder call per element, so
    /// screens with many fixed elements use it.
    pub fn fill(&mut self, template: &str, args: &[&str]) -> &mut Html {
        fill_into(&mut self.0, template, args, true);
        self
    }

    pub fn finish(&mut self) -> Markup {
        Markup(std::mem::take(&mut self.0))
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'`, which is enough for text and quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Appends `template` to `out` with each `{}` replaced by the next of `args`, escaped
/// when `escape` is set (for markup) and as it is otherwise (for plain text).
#[inline(never)]
pub fn fill_into(out: &mut String, template: &str, args: &[&str], escape: bool) {
    let mut args = args.iter();
    let mut start = 0;
    let bytes = template.as_bytes();
    let mut at = 0;
    while at + 1 < bytes.len() {
        if bytes[at] == b'{' && bytes[at + 1] == b'}' {
            out.push_str(template.get(start..at).unwrap_or(""));
            let arg = args.next().copied().unwrap_or("");
            if escape {
                escape_into(out, arg);
            } else {
                out.push_str(arg);
            }
            at += 2;
            start = at;
        } else {
            at += 1;
        }
    }
    out.push_str(template.get(start..).unwrap_or(""));
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
