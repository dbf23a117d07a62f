//! The message catalogue: every text the interface shows, in Japanese and English.
//! Each feature keeps its messages in a file of its own, declared with `catalogue!`.

#[macro_use]
mod catalogue;

pub mod anchors;
pub mod assessment;
pub mod check;
pub mod commitment;
pub mod shell;

pub use shell::{language_name, route_label, Msg};
