//! One file (or folder) per screen.

pub mod assessment;
pub mod home;
pub mod result;
