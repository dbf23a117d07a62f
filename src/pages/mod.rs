//! One file (or folder) per screen.

pub mod assessment;
pub mod check;
pub mod data;
pub mod guide;
pub mod home;
pub mod result;
pub mod training;
pub mod worksheet;
