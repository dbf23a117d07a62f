//! Small reusable widgets of the shell.

pub mod header;
pub mod kit;
pub mod language_switch;
pub mod notices;
