//! Small reusable widgets of the shell.

pub mod change_scale;
pub mod choice;
pub mod follow_up;
pub mod header;
pub mod language_switch;
pub mod limit;
pub mod notices;
pub mod sensitive;
pub mod spoken;
pub mod text;
pub mod typed;
