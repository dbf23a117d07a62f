//! The room at a glance (how many people have each top anchor) and the workshop groups:
//! members, shared anchor and discussion prompt, with a projector view and printing. The
//! projector view is a checkbox the stylesheet reads (`:has(#projector:checked)`): the
//! groups alone, in large type, with no code of its own.

use crate::domain::anchors::Anchor;
use crate::domain::lang::Lang;
use crate::domain::training::grouping::top_mask;
use crate::domain::training::roster::Roster;
use crate::i18n::anchors::label;
use crate::i18n::training::{prompt, with_number, TrainMsg};
use crate::markup::Html;

use super::display_name;

/// The projector and print buttons, the anchors in the room, and the groups.
pub fn groups_markup(h: &mut Html, roster: &Roster, lang: Lang) {
    let t = move |msg: TrainMsg| msg.text(lang);
    let groups = roster.groups();
    h.fill(
        concat!(
            "<div class=\"groups-view\"{}><div class=\"button-row no-print\">",
            "<label class=\"button\"><input type=\"checkbox\" id=\"projector\"> {}</label>",
            "<button type=\"button\" data-action=\"print-groups\">{}</button></div>",
            "<section aria-labelledby=\"distribution-heading\"><h2 id=\"distribution-heading\">{}</h2>",
            "<ul class=\"distribution\">",
        ),
        &[
            if groups.is_empty() { " hidden" } else { "" },
            t(TrainMsg::Projector),
            t(TrainMsg::Print),
            t(TrainMsg::Distribution),
        ],
    );
    // People per top anchor; a tie counts for each of the tied anchors.
    for anchor in Anchor::ALL {
        let mut count = 0;
        for attendee in &roster.attendees {
            count += usize::from(top_mask(&attendee.scores) >> anchor as u8 & 1);
        }
        h.fill("<li>", &[]);
        badge(h, anchor, lang);
        h.fill(" <b>{}</b></li>", &[&count.to_string()]);
    }
    h.fill(
        "</ul></section><section aria-labelledby=\"groups-heading\"><h2 id=\"groups-heading\">{}</h2><ol class=\"groups\">",
        &[t(TrainMsg::Groups)],
    );
    for (number, group) in groups.iter().enumerate() {
        h.fill(
            "<li class=\"group\" data-anchor=\"{}\"><h3>{} ",
            &[
                group.anchor.code(),
                &with_number(TrainMsg::GroupName, number + 1, lang),
            ],
        );
        if group.shared {
            badge(h, group.anchor, lang);
        } else {
            h.text(t(TrainMsg::Mixed));
        }
        h.fill("</h3><ul class=\"members\">", &[]);
        for &member in &group.members {
            let name = roster.attendees.get(member).map_or("", |a| a.name.as_str());
            h.fill("<li>{}</li>", &[&display_name(name, member, lang)]);
        }
        h.fill(
            "</ul><p class=\"prompt\">{}</p></li>",
            &[&prompt(group.anchor, lang)],
        );
    }
    h.fill("</ol></section></div></div>", &[]);
}

/// An anchor as its code on its colour, then its name: never the colour alone.
pub fn badge(h: &mut Html, anchor: Anchor, lang: Lang) {
    let code = anchor.code();
    h.fill(
        "<span class=\"badge-anchor\" data-anchor=\"{}\">{}</span> {}",
        &[code, code, label(anchor, lang)],
    );
}
