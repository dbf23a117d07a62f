//! Training-session mode: share codes that carry an attendee's scores, their QR code, the
//! facilitator's list and the workshop groups. Shared generators live here; each part has
//! a file in `training/`.

mod apart;
mod grouping;
mod qr;
mod rooms;
mod roster;
mod scanned;
mod seating;
mod share_code;

use jiritsu::domain::anchors::{Anchor, Scores};
use proptest::prelude::*;

/// Scores from points written in anchor order (TF, GM, AU, SE, EC, SV, CH, LS).
fn scores(points: [u8; 8]) -> Scores {
    Scores::from_points(points).expect("a possible profile")
}

/// Any profile an assessment can give: five ratings per anchor, three picks anywhere.
fn any_scores() -> impl Strategy<Value = Scores> {
    (
        prop::array::uniform8(5u8..=30),
        prop::array::uniform3(0usize..8),
    )
        .prop_map(|(mut points, picks)| {
            for anchor in picks {
                points[anchor] += 4;
            }
            scores(points)
        })
}

/// A profile whose only top anchor is `anchor`.
fn untied_scores(anchor: Anchor) -> impl Strategy<Value = Scores> {
    let top = anchor as usize;
    (prop::array::uniform8(5u8..=30), 26u8..=30).prop_map(move |(mut points, best)| {
        points[top] = best + 12;
        scores(points)
    })
}
