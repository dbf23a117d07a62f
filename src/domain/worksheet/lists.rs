//! What the worksheet's lists share: an item's id that stays while it is edited and moved
//! (`Keyed`), moving, taking out and putting back (delete and Undo), and fresh ids.

use super::{Moment, Obstacle, Role, Weighed, Worksheet};
use crate::domain::commitments::SavedCommitment;

/// The worksheet's lists, for the operations they share (add, move, delete, undo).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    Roles,
    Moments,
    Gains,
    Losses,
    Obstacles,
    /// The actions: the saved commitments.
    Actions,
}

/// An item taken out of a list, with where it was, so that it can be put back.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub index: usize,
    pub item: RemovedItem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RemovedItem {
    Role(Role),
    Moment(Moment),
    Gain(Weighed),
    Loss(Weighed),
    Obstacle(Obstacle),
    Action(SavedCommitment),
}

/// Something with an id that stays the same while it is edited and moved.
pub trait Keyed {
    fn id(&self) -> u64;
}

macro_rules! keyed {
    ($($t:ty),*) => {$(impl Keyed for $t { fn id(&self) -> u64 { self.id } })*};
}
keyed!(Role, Moment, Weighed, Obstacle, SavedCommitment);

/// Moves the item with `id` one place up (`up`) or down; nothing happens at
/// either end. Returns whether it moved.
pub fn move_item<T: Keyed>(list: &mut [T], id: u64, up: bool) -> bool {
    let Some(index) = list.iter().position(|item| item.id() == id) else {
        return false;
    };
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1).filter(|&next| next < list.len())
    };
    match other {
        Some(other) => {
            list.swap(index, other);
            true
        }
        None => false,
    }
}

/// Takes the item with `id` out of `list`, with its index.
pub fn take_item<T: Keyed>(list: &mut Vec<T>, id: u64) -> Option<(usize, T)> {
    let index = list.iter().position(|item| item.id() == id)?;
    Some((index, list.remove(index)))
}

/// Puts `item` back at `index` (or at the end when the list has shrunk since).
pub fn put_back<T>(list: &mut Vec<T>, index: usize, item: T) {
    let index = index.min(list.len());
    list.insert(index, item);
}

/// A fresh id: larger than every id in use in the worksheet and the commitments, and at
/// least `hint` (the moment of adding, from outside), so ids never repeat.
pub fn fresh_id(worksheet: &Worksheet, actions: &[SavedCommitment], hint: u64) -> u64 {
    let ids = worksheet
        .roles
        .iter()
        .map(Keyed::id)
        .chain(worksheet.moments.iter().map(Keyed::id))
        .chain(worksheet.gains.iter().map(Keyed::id))
        .chain(worksheet.losses.iter().map(Keyed::id))
        .chain(worksheet.obstacles.iter().map(Keyed::id))
        .chain(actions.iter().map(Keyed::id));
    ids.map(|id| id.saturating_add(1)).fold(hint, u64::max)
}
