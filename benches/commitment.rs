//! Benchmark of the commitment check: runs `check` over every commitment of the test
//! table many times in an optimised native build and prints the median and the 99th
//! percentile of one check, against a goal of 10 µs for the median.
//!
//! Run with `cargo bench --bench commitment` (a `harness = false` bench: plain `main`).

#[path = "../tests/host/commitment_cases.rs"]
mod cases;

use std::hint::black_box;
use std::time::Instant;

use chrono::NaiveDate;
use jiritsu::domain::commitment::check;

const ROUNDS: usize = 300;
const GOAL_MICROSECONDS: f64 = 10.0;

fn main() {
    let (year, month, day) = cases::TODAY;
    let Some(today) = NaiveDate::from_ymd_opt(year, month, day) else {
        eprintln!("the table's today is not a date");
        return;
    };
    // Warm up caches and the word index, which is built on first use.
    for &(text, ..) in cases::CASES {
        black_box(check(black_box(text), today));
    }
    let mut samples: Vec<f64> = Vec::with_capacity(ROUNDS * cases::CASES.len());
    for _ in 0..ROUNDS {
        for &(text, ..) in cases::CASES {
            let started = Instant::now();
            black_box(check(black_box(text), today));
            samples.push(started.elapsed().as_secs_f64() * 1e6);
        }
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    let at = |fraction: f64| samples[((samples.len() - 1) as f64 * fraction).round() as usize];
    let (median, p99) = (at(0.5), at(0.99));
    println!(
        "commitment::check over {} cases x {} rounds ({} checks)",
        cases::CASES.len(),
        ROUNDS,
        samples.len()
    );
    println!("median {median:.2} µs per check");
    println!("p99    {p99:.2} µs per check");
    println!("max    {:.2} µs per check", at(1.0));
    if median <= GOAL_MICROSECONDS {
        println!("goal: median <= {GOAL_MICROSECONDS} µs: HOLDS");
    } else {
        println!("goal: median <= {GOAL_MICROSECONDS} µs: MISSED");
    }
}
