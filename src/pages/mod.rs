//! One file per screen.

pub mod home;
