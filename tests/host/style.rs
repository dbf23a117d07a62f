//! The stylesheets keep clear of selectors that make Chromium restyle the whole page at a
//! keystroke. With `:empty` inside a `:has()` (once `.example:has(q:empty)`), any text
//! change may flip the `:has()`, and Chromium re-evaluated the `body:has(...)` rules and
//! restyled every element: about 9 ms a keystroke at CPU x4 with a full notebook (measured
//! with the DevTools Performance metrics). Hide such an element with its `hidden` attribute
//! instead.

const STYLESHEETS: [(&str, &str); 2] = [
    ("style/main.css", include_str!("../../style/main.css")),
    (
        "style/worksheet.css",
        include_str!("../../style/worksheet.css"),
    ),
];

/// The arguments of every `:has(...)` in `css`, with the line each starts on.
fn has_arguments(css: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (start, _) in css.match_indices(":has(") {
        let rest = &css[start + ":has(".len()..];
        let mut depth = 1;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                depth += match c {
                    '(' => 1,
                    ')' => -1,
                    _ => 0,
                };
                depth == 0
            })
            .map_or(rest.len(), |(at, _)| at);
        let line = css[..start].lines().count().max(1);
        found.push((line, rest[..end].to_owned()));
    }
    found
}

#[test]
fn the_has_reader_finds_nested_arguments() {
    let css = ".a:has(q:empty) { }\n.b:has(:is(.c, .d:not(.e))) .f { }";
    assert_eq!(
        has_arguments(css),
        vec![
            (1, "q:empty".to_owned()),
            (2, ":is(.c, .d:not(.e))".to_owned())
        ]
    );
}

#[test]
fn no_has_selector_depends_on_text() {
    let mut seen = 0;
    for (path, css) in STYLESHEETS {
        for (line, argument) in has_arguments(css) {
            seen += 1;
            assert!(
                !argument.contains(":empty") && !argument.contains(":blank"),
                "{path}:{line}: `:has({argument})` depends on text, which restyles the page at \
                 every keystroke; use the `hidden` attribute"
            );
        }
    }
    assert!(seen > 0, "no :has() found at all: is the reader right?");
}
