//! All eight scores: ranked bars with numbers, a radar chart drawn as inline SVG, and
//! the same figures as a table for screen readers. Coordinates are computed in whole
//! numbers so no floating-point formatting is needed.

use leptos::prelude::*;

use crate::domain::anchors::{Anchor, Scores};
use crate::domain::lang::Lang;
use crate::i18n::anchors::{gloss, label, short_label};
use crate::i18n::assessment::{score_text, AssessMsg};

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

/// The scores section: ranked bars, the radar chart beside them, and the table.
pub fn scores_section(lang: Lang, scores: &Scores) -> impl IntoView {
    let t = move |msg: AssessMsg| msg.text(lang);
    let top = scores.top();
    let bars = scores
        .ranked()
        .into_iter()
        .map(|(anchor, _)| {
            let points = scores.points(anchor);
            // An SVG bar: its width is an attribute, which the Content-Security-Policy
            // allows (an inline `style` would not be).
            let width = i32::from(points) * 100 / MAX_POINTS;
            view! {
                <li class=top.contains(&anchor).then_some("top") data-anchor=anchor.code()>
                    <span class="bar-label">{label(anchor, lang)}</span>
                    <svg class="bar-track" aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none">
                        <rect class="bar" width=width height="10"></rect>
                    </svg>
                    <span class="bar-value">{score_text(points)}</span>
                    // What each name means, for the seven the result does not describe
                    // (全般管理コンピタンス says little on its own).
                    <span class="bar-gloss">{gloss(anchor, lang)}</span>
                </li>
            }
        })
        .collect_view();
    let points = Anchor::ALL.map(|anchor| scores.points(anchor));
    let rows = Anchor::ALL.map(|anchor| {
        view! {
            <tr>
                <th scope="row">{label(anchor, lang)}</th>
                <td>{score_text(scores.points(anchor))}</td>
            </tr>
        }
    });
    view! {
        <section aria-labelledby="scores-heading">
            <h2 id="scores-heading">{t(AssessMsg::AllScores)}</h2>
            <p>{t(AssessMsg::ScoreRange)}</p>
            <div class="scores">
                <ol class="bars">{bars}</ol>
                {radar(lang, points)}
            </div>
            <table class="sr-only">
                <caption>{t(AssessMsg::TableCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(AssessMsg::ColumnAnchor)}</th>
                        <th scope="col">{t(AssessMsg::ColumnScore)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// The radar chart: rings at each quarter, a spoke and a short name per anchor, the shape.
/// Names on the right start at their spoke's end and names on the left end there, so
/// they run away from the chart; the view box leaves room for them on both sides.
fn radar(lang: Lang, points: [u8; 8]) -> impl IntoView {
    let at = |axis: usize, length: i32| {
        let (dx, dy) = AXES[axis];
        (CENTRE + dx * length / 1000, CENTRE + dy * length / 1000)
    };
    let corners = |length_of: &dyn Fn(usize) -> i32| {
        (0..8)
            .map(|axis| {
                let (x, y) = at(axis, length_of(axis));
                format!("{x},{y}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rings = [1, 2, 3, 4].map(|quarter| {
        view! { <polygon class="radar-ring" points=corners(&|_| RADIUS * quarter / 4)></polygon> }
    });
    let spokes = Anchor::ALL.into_iter().enumerate().map(|(axis, anchor)| {
        let (x, y) = at(axis, RADIUS);
        let (dx, _) = AXES[axis];
        let (label_x, label_y) = at(axis, RADIUS + if dx == 0 { 14 } else { 8 });
        let side = match dx {
            0 => "middle",
            dx if dx > 0 => "start",
            _ => "end",
        };
        view! {
            <path class="radar-spoke" d=format!("M{CENTRE} {CENTRE}L{x} {y}")></path>
            <text
                class="radar-label"
                x=label_x
                y=label_y
                text-anchor=side
                dominant-baseline="middle"
            >
                {short_label(anchor, lang)}
            </text>
        }
    });
    let shape = corners(&|axis| RADIUS * i32::from(points[axis]) / MAX_POINTS);
    view! {
        <svg class="radar" viewBox="-50 10 340 220" role="img" aria-label=AssessMsg::ChartLabel.text(lang)>
            {rings}
            {spokes.collect_view()}
            <polygon class="radar-shape" points=shape></polygon>
        </svg>
    }
}
