//! Host integration tests: the pure core, tested as the person in front of the screen
//! would describe it. One test crate, one module per feature.

mod anchors;
mod boot;
mod catalogue;
mod commitment;
mod commitment_words;
mod commitments;
mod config;
mod day;
mod document;
mod examples;
mod heldout;
mod ics;
mod import;
mod lang;
mod overlap;
mod progress;
mod route;
mod store;
mod style;
mod training;
mod worksheet;
