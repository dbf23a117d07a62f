//! The room at a glance (how many people have each top anchor) and the workshop groups:
//! members, shared anchor and discussion prompt, with a projector view and printing.

use crate::components::kit::action_button;
use crate::domain::anchors::Anchor;
use crate::domain::lang::Lang;
use crate::domain::training::grouping::top_mask;
use crate::domain::training::roster::Roster;
use crate::i18n::anchors::label;
use crate::i18n::training::{group_name, people, prompt, TrainMsg};
use crate::markup::{Html, Markup};

use super::display_name;

/// The projector and print buttons, the anchors in the room, and the groups.
pub fn groups_markup(roster: &Roster, projector: bool, lang: Lang) -> Markup {
    let t = move |msg: TrainMsg| msg.text(lang);
    let groups = roster.groups();
    let mut h = Html::new();
    h.open(
        "div",
        &[
            (
                "class",
                if projector {
                    "groups-view projector"
                } else {
                    "groups-view"
                },
            ),
            ("hidden", if groups.is_empty() { "hidden" } else { "" }),
        ],
    );
    h.open("div", &[("class", "button-row no-print")]);
    h.leaf_with(
        "button",
        &[
            ("type", "button"),
            ("data-action", "projector"),
            ("aria-pressed", if projector { "true" } else { "false" }),
        ],
        t(TrainMsg::Projector),
    );
    action_button(&mut h, "", "print-groups", ("", ""), t(TrainMsg::Print));
    h.close("div");

    // People per top anchor as bars with numbers; a tie counts for each anchor.
    let mut counts = [0usize; 8];
    for attendee in &roster.attendees {
        let top = top_mask(&attendee.scores);
        for (anchor, count) in counts.iter_mut().enumerate() {
            *count += usize::from(top >> anchor & 1);
        }
    }
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    section_heading(&mut h, "distribution-heading", t(TrainMsg::Distribution));
    h.leaf("p", "help", t(TrainMsg::DistributionNote));
    h.open("ul", &[("class", "bars")]);
    for (anchor, &count) in Anchor::ALL.iter().zip(&counts) {
        let width = format!("width:{}%", count * 100 / most);
        h.open("li", &[("data-anchor", anchor.code())]);
        h.open("span", &[("class", "bar-label")]);
        badge(&mut h, *anchor, lang);
        h.close("span")
            .open("span", &[("class", "bar-track"), ("aria-hidden", "true")]);
        h.open("span", &[("class", "bar"), ("style", &width)])
            .close("span")
            .close("span");
        h.leaf("span", "bar-value", &count.to_string()).close("li");
    }
    h.close("ul").close("section");

    section_heading(
        &mut h,
        "groups-heading",
        &format!("{} — {}", t(TrainMsg::Groups), groups.len()),
    );
    h.open("ol", &[("class", "groups")]);
    for (number, group) in groups.iter().enumerate() {
        let anchor = group.anchor;
        h.open("li", &[("class", "group"), ("data-anchor", anchor.code())]);
        h.open("h3", &[])
            .text(&group_name(number + 1, lang))
            .text(" ");
        if group.shared {
            badge(&mut h, anchor, lang);
        } else {
            h.text(t(TrainMsg::Mixed));
        }
        h.text(" · ")
            .text(&people(group.members.len(), lang))
            .close("h3")
            .open("ul", &[("class", "members")]);
        for &member in &group.members {
            let name = roster.attendees.get(member).map_or("", |a| a.name.as_str());
            h.leaf("li", "", &display_name(name, member, lang));
        }
        h.close("ul").open("p", &[("class", "prompt")]);
        h.leaf("strong", "", t(TrainMsg::Prompt))
            .text(prompt(anchor, lang))
            .close("p")
            .close("li");
    }
    h.close("ol").close("section").close("div").finish()
}

/// An anchor as its code on its colour, then its name: never the colour alone.
pub fn badge(h: &mut Html, anchor: Anchor, lang: Lang) {
    h.leaf_with(
        "span",
        &[("class", "badge-anchor"), ("data-anchor", anchor.code())],
        anchor.code(),
    )
    .text(" ")
    .text(label(anchor, lang));
}

fn section_heading(h: &mut Html, id: &str, title: &str) {
    h.open("section", &[("aria-labelledby", id)])
        .leaf_with("h2", &[("id", id)], title);
}
