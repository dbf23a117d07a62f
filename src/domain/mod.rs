//! The pure domain core: plain Rust over std, chrono and serde. Nothing here touches the
//! browser; time and randomness come in as arguments.

pub mod anchors;
pub mod commitment;
pub mod commitments;
pub mod config;
pub mod day;
pub mod document;
pub mod ics;
pub mod lang;
pub mod progress;
pub mod saved;
pub mod store;
pub mod summary;
pub mod training;
pub mod worksheet;
