//! The pure domain core: plain Rust over std and chrono. Nothing here touches the
//! browser; time and randomness come in as arguments.

pub mod anchors;
pub mod commitment;
pub mod commitments;
pub mod config;
pub mod day;
pub mod document;
pub mod ics;
pub mod json;
pub mod lang;
pub mod small_sort;
pub mod store;
pub mod summary;
pub mod training;
pub mod worksheet;
