//! The operations the worksheet's lists share: add, move up or down, delete, and put the
//! last deleted item back. They work on the whole document because the actions list is
//! the saved commitments.

use chrono::NaiveDate;

use crate::domain::document::Document;
use crate::domain::saved::MAX_LIST_ITEMS;

use super::*;

impl Document {
    /// Saves the check screen's draft as a commitment (an action of the worksheet too),
    /// with an id no worksheet item has, and returns the id. Nothing is saved, and the
    /// draft stays as it is, when it is blank, when the list already holds as many
    /// commitments as the saved document can, or when an action already says the same
    /// ([`same_text`]): saved twice, it went twice onto the sheet the person hands over.
    pub fn save_commitment_draft(
        &mut self,
        start_date: Option<NaiveDate>,
        today: NaiveDate,
        id_hint: u64,
    ) -> Result<u64, NotSaved> {
        let draft = &self.commitments.draft;
        if draft.trim().is_empty() {
            return Err(NotSaved::Blank);
        }
        let saved = &self.commitments.saved;
        if let Some(index) = saved.iter().position(|c| same_text(&c.text, draft)) {
            return Err(NotSaved::Same {
                number: index + 1,
                id: saved[index].id,
            });
        }
        if saved.len() >= MAX_LIST_ITEMS {
            return Err(NotSaved::Full);
        }
        let hint = fresh_id(&self.worksheet, saved, id_hint);
        self.commitments
            .save_draft(start_date, today, hint)
            .ok_or(NotSaved::Blank)
    }

    /// Adds an empty item at the end of `kind`'s list and returns its id; `None` when the
    /// list already holds as many items as the saved document can (`MAX_LIST_ITEMS`), so a
    /// list can never grow past what reads back. `id_hint` is a fresh number from outside
    /// (the moment of adding).
    pub fn add_item(&mut self, kind: ListKind, id_hint: u64, today: NaiveDate) -> Option<u64> {
        if self.list_len(kind) >= MAX_LIST_ITEMS {
            return None;
        }
        let id = fresh_id(&self.worksheet, &self.commitments.saved, id_hint);
        let w = &mut self.worksheet;
        match kind {
            ListKind::Roles => w.roles.push(Role::new(id)),
            ListKind::Moments => w.moments.push(Moment::new(id)),
            ListKind::Gains => w.gains.push(Weighed::new(id)),
            ListKind::Losses => w.losses.push(Weighed::new(id)),
            ListKind::Obstacles => w.obstacles.push(Obstacle::new(id)),
            ListKind::Actions => self.commitments.add_blank(id, today),
        }
        Some(id)
    }

    /// How many items `kind`'s list holds.
    pub fn list_len(&self, kind: ListKind) -> usize {
        let w = &self.worksheet;
        match kind {
            ListKind::Roles => w.roles.len(),
            ListKind::Moments => w.moments.len(),
            ListKind::Gains => w.gains.len(),
            ListKind::Losses => w.losses.len(),
            ListKind::Obstacles => w.obstacles.len(),
            ListKind::Actions => self.commitments.saved.len(),
        }
    }

    /// Moves the item with `id` one place up or down its list; false at either end.
    pub fn move_item(&mut self, kind: ListKind, id: u64, up: bool) -> bool {
        let w = &mut self.worksheet;
        match kind {
            ListKind::Roles => move_item(&mut w.roles, id, up),
            ListKind::Moments => move_item(&mut w.moments, id, up),
            ListKind::Gains => move_item(&mut w.gains, id, up),
            ListKind::Losses => move_item(&mut w.losses, id, up),
            ListKind::Obstacles => move_item(&mut w.obstacles, id, up),
            ListKind::Actions => move_item(&mut self.commitments.saved, id, up),
        }
    }

    /// Deletes the item with `id` from its list; what is returned puts it back.
    pub fn remove_item(&mut self, kind: ListKind, id: u64) -> Option<Removed> {
        let w = &mut self.worksheet;
        let (index, item) = match kind {
            ListKind::Roles => take_item(&mut w.roles, id).map(|(i, x)| (i, RemovedItem::Role(x))),
            ListKind::Moments => {
                take_item(&mut w.moments, id).map(|(i, x)| (i, RemovedItem::Moment(x)))
            }
            ListKind::Gains => take_item(&mut w.gains, id).map(|(i, x)| (i, RemovedItem::Gain(x))),
            ListKind::Losses => {
                take_item(&mut w.losses, id).map(|(i, x)| (i, RemovedItem::Loss(x)))
            }
            ListKind::Obstacles => {
                take_item(&mut w.obstacles, id).map(|(i, x)| (i, RemovedItem::Obstacle(x)))
            }
            ListKind::Actions => {
                take_item(&mut self.commitments.saved, id).map(|(i, x)| (i, RemovedItem::Action(x)))
            }
        }?;
        Some(Removed { index, item })
    }

    /// Puts a deleted item back where it was. Should its id have been given to another
    /// item since (a clock set back), it gets a fresh one, so ids stay unique.
    pub fn restore(&mut self, removed: Removed) {
        let taken = {
            let id = removed.item.id();
            let w = &self.worksheet;
            w.roles.iter().any(|x| x.id == id)
                || w.moments.iter().any(|x| x.id == id)
                || w.gains.iter().chain(&w.losses).any(|x| x.id == id)
                || w.obstacles.iter().any(|x| x.id == id)
                || self.commitments.saved.iter().any(|x| x.id == id)
        };
        let mut item = removed.item;
        if taken {
            let id = fresh_id(&self.worksheet, &self.commitments.saved, 0);
            match &mut item {
                RemovedItem::Role(x) => x.id = id,
                RemovedItem::Moment(x) => x.id = id,
                RemovedItem::Gain(x) | RemovedItem::Loss(x) => x.id = id,
                RemovedItem::Obstacle(x) => x.id = id,
                RemovedItem::Action(x) => x.id = id,
            }
        }
        let w = &mut self.worksheet;
        let index = removed.index;
        match item {
            RemovedItem::Role(x) => put_back(&mut w.roles, index, x),
            RemovedItem::Moment(x) => put_back(&mut w.moments, index, x),
            RemovedItem::Gain(x) => put_back(&mut w.gains, index, x),
            RemovedItem::Loss(x) => put_back(&mut w.losses, index, x),
            RemovedItem::Obstacle(x) => put_back(&mut w.obstacles, index, x),
            RemovedItem::Action(x) => put_back(&mut self.commitments.saved, index, x),
        }
    }
}

impl RemovedItem {
    /// The id the item had, and has again when put back.
    pub fn id(&self) -> u64 {
        match self {
            RemovedItem::Role(x) => x.id,
            RemovedItem::Moment(x) => x.id,
            RemovedItem::Gain(x) | RemovedItem::Loss(x) => x.id,
            RemovedItem::Obstacle(x) => x.id,
            RemovedItem::Action(x) => x.id,
        }
    }

    /// The list the item came from.
    pub fn kind(&self) -> ListKind {
        match self {
            RemovedItem::Role(_) => ListKind::Roles,
            RemovedItem::Moment(_) => ListKind::Moments,
            RemovedItem::Gain(_) => ListKind::Gains,
            RemovedItem::Loss(_) => ListKind::Losses,
            RemovedItem::Obstacle(_) => ListKind::Obstacles,
            RemovedItem::Action(_) => ListKind::Actions,
        }
    }
}

/// Why the check screen's draft was not saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotSaved {
    /// Nothing is written.
    Blank,
    /// The list holds as many actions as the saved document can (`MAX_LIST_ITEMS`).
    Full,
    /// An action already says the same: its number on the worksheet (from 1) and its id.
    Same { number: usize, id: u64 },
}

/// Whether two actions read the same: equal once spaces are left out, full-width letters
/// and digits read as ASCII, case is ignored and a closing full stop (。 . ．) is dropped.
pub fn same_text(a: &str, b: &str) -> bool {
    fn letters(text: &str) -> impl Iterator<Item = char> + '_ {
        let text = text.trim_end().trim_end_matches(['。', '.', '．']);
        text.chars().filter(|c| !c.is_whitespace()).map(|c| {
            let c = match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                _ => c,
            };
            c.to_ascii_lowercase()
        })
    }
    letters(a).next().is_some() && letters(a).eq(letters(b))
}
