//! All eight scores: ranked bars with numbers, a radar chart drawn as inline SVG, and
//! the same figures as a table for screen readers. Coordinates are computed in whole
//! numbers so no floating-point formatting is needed.

use crate::domain::anchors::{Anchor, Scores};
use crate::domain::lang::Lang;
use crate::i18n::anchors::label;
use crate::i18n::assessment::{score_text, AssessMsg};
use crate::markup::Html;

/// The highest possible score in points (8.4 × 5).
const MAX_POINTS: i32 = 42;
/// Radar geometry: centre and radius in SVG units.
const CENTRE: i32 = 120;
const RADIUS: i32 = 80;
/// Directions of the eight axes, clockwise from the top, scaled by 1000.
const AXES: [(i32, i32); 8] = [
    (0, -1000),
    (707, -707),
    (1000, 0),
    (707, 707),
    (0, 1000),
    (-707, 707),
    (-1000, 0),
    (-707, -707),
];

pub fn scores_section(h: &mut Html, lang: Lang, scores: &Scores) {
    let t = move |msg: AssessMsg| msg.text(lang);
    let top = scores.top();
    h.open("section", &[("aria-labelledby", "scores-heading")]);
    h.leaf_with("h2", &[("id", "scores-heading")], t(AssessMsg::AllScores));
    h.leaf("p", "", t(AssessMsg::ScoreRange));
    h.open("div", &[("class", "scores")])
        .open("ol", &[("class", "bars")]);
    for (anchor, _) in scores.ranked() {
        let points = scores.points(anchor);
        // An SVG bar: its width is an attribute, which the Content-Security-Policy allows
        // (an inline `style` would not be).
        let width = (i32::from(points) * 100 / MAX_POINTS).to_string();
        let class = if top.contains(&anchor) { "top" } else { "" };
        h.open("li", &[("class", class), ("data-anchor", anchor.code())]);
        h.leaf("span", "bar-label", label(anchor, lang));
        h.open(
            "svg",
            &[
                ("class", "bar-track"),
                ("aria-hidden", "true"),
                ("viewBox", "0 0 100 10"),
                ("preserveAspectRatio", "none"),
            ],
        );
        h.open(
            "rect",
            &[("class", "bar"), ("width", &width), ("height", "10")],
        )
        .close("rect")
        .close("svg");
        h.leaf("span", "bar-value", &score_text(points)).close("li");
    }
    h.close("ol");
    let points: Vec<u8> = Anchor::ALL
        .iter()
        .map(|&anchor| scores.points(anchor))
        .collect();
    radar(h, lang, &points);
    h.close("div");

    h.open("table", &[("class", "sr-only")])
        .leaf("caption", "", t(AssessMsg::TableCaption));
    h.open("thead", &[]).open("tr", &[]);
    h.leaf_with("th", &[("scope", "col")], t(AssessMsg::ColumnAnchor));
    h.leaf_with("th", &[("scope", "col")], t(AssessMsg::ColumnScore));
    h.close("tr").close("thead").open("tbody", &[]);
    for (&anchor, &points) in Anchor::ALL.iter().zip(points.iter()) {
        h.open("tr", &[])
            .leaf_with("th", &[("scope", "row")], label(anchor, lang));
        h.leaf("td", "", &score_text(points)).close("tr");
    }
    h.close("tbody").close("table").close("section");
}

fn radar(h: &mut Html, lang: Lang, points: &[u8]) {
    let at = |axis: usize, length: i32| {
        let (dx, dy) = AXES[axis];
        (CENTRE + dx * length / 1000, CENTRE + dy * length / 1000)
    };
    let polygon = |h: &mut Html, class: &str, length_of: &dyn Fn(usize) -> i32| {
        let corners: Vec<String> = (0..8)
            .map(|axis| {
                let (x, y) = at(axis, length_of(axis));
                format!("{x},{y}")
            })
            .collect();
        h.open(
            "polygon",
            &[("class", class), ("points", &corners.join(" "))],
        )
        .close("polygon");
    };
    h.open(
        "svg",
        &[
            ("class", "radar"),
            ("viewBox", "0 0 240 240"),
            ("role", "img"),
            ("aria-label", AssessMsg::ChartLabel.text(lang)),
        ],
    );
    for quarter in 1..=4 {
        polygon(h, "radar-ring", &|_| RADIUS * quarter / 4);
    }
    for (axis, anchor) in Anchor::ALL.iter().enumerate() {
        let (x, y) = at(axis, RADIUS);
        let (lx, ly) = at(axis, RADIUS + 22);
        let line = format!("M{CENTRE} {CENTRE}L{x} {y}");
        h.open("path", &[("class", "radar-spoke"), ("d", &line)])
            .close("path");
        let (lx, ly) = (lx.to_string(), ly.to_string());
        h.leaf_with(
            "text",
            &[
                ("class", "radar-label"),
                ("x", &lx),
                ("y", &ly),
                ("text-anchor", "middle"),
                ("dominant-baseline", "middle"),
            ],
            anchor.code(),
        );
    }
    polygon(h, "radar-shape", &|axis| {
        RADIUS * i32::from(points[axis]) / MAX_POINTS
    });
    h.close("svg");
}
