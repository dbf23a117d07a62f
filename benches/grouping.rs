//! Benchmark of the training mode's grouping: forms the workshop groups of 1,000
//! attendees (profiles from a fixed pseudo-random sequence, sizes 4–6) many times in an
//! optimised native build and prints the median and the slowest run, against a goal of
//! 10 ms. Also times reading 1,000 share codes pasted at once, and prints how well the
//! groups fit in the host tests' simulated rooms (`tests/host/training/rooms.rs`, included
//! here so that both measure the same thing): the share of attendees whose group's anchor
//! is in their top three, overall and in the worst room.
//!
//! Run with `cargo bench --bench grouping` (a `harness = false` bench: plain `main`).

use std::hint::black_box;
use std::time::Instant;

use jiritsu::domain::anchors::Scores;
use jiritsu::domain::training::grouping::form_groups;
use jiritsu::domain::training::roster::Roster;
use jiritsu::domain::training::share_code::encode;

const ATTENDEES: usize = 1_000;
const ROUNDS: usize = 50;
const GOAL_MILLISECONDS: f64 = 10.0;

#[allow(dead_code)] // The tests in it run with the host tests.
#[path = "../tests/host/training/rooms.rs"]
mod rooms;

fn main() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move |below: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % below
    };
    let people: Vec<Scores> = (0..ATTENDEES)
        .filter_map(|_| {
            let mut points = [0u8; 8];
            for point in &mut points {
                *point = 5 + next(26) as u8;
            }
            for _ in 0..3 {
                points[next(8) as usize] += 4;
            }
            Scores::from_points(points)
        })
        .collect();
    assert_eq!(
        people.len(),
        ATTENDEES,
        "every generated profile is possible"
    );
    let pasted: String = people.iter().map(|p| encode(p) + "\n").collect();

    let mut group_ms = Vec::with_capacity(ROUNDS);
    let mut paste_ms = Vec::with_capacity(ROUNDS);
    let mut groups = 0;
    for _ in 0..ROUNDS {
        let started = Instant::now();
        groups = black_box(form_groups(black_box(&people), |s| s, 4, 6))
            .map(|g| g.len())
            .unwrap_or(0);
        group_ms.push(started.elapsed().as_secs_f64() * 1e3);
        let started = Instant::now();
        let mut roster = Roster::default();
        black_box(roster.add_lines(black_box(&pasted)));
        paste_ms.push(started.elapsed().as_secs_f64() * 1e3);
    }
    group_ms.sort_by(|a, b| a.total_cmp(b));
    paste_ms.sort_by(|a, b| a.total_cmp(b));
    let median = group_ms[ROUNDS / 2];
    println!("grouping {ATTENDEES} attendees into {groups} groups (sizes 4-6), {ROUNDS} rounds");
    println!("median {median:.3} ms, max {:.3} ms", group_ms[ROUNDS - 1]);
    println!(
        "reading {ATTENDEES} pasted codes: median {:.3} ms",
        paste_ms[ROUNDS / 2]
    );
    if median <= GOAL_MILLISECONDS {
        println!("goal: median <= {GOAL_MILLISECONDS} ms: HOLDS");
    } else {
        println!("goal: median <= {GOAL_MILLISECONDS} ms: MISSED");
    }

    let started = Instant::now();
    let figures = rooms::simulate(rooms::ROOMS, rooms::SEED, rooms::product_grouping);
    println!(
        "simulated rooms ({} rooms of 10-40, {} attendees, sizes 4-6) in {:.0} ms: \
         {:.1}% sit with an anchor of their top three, worst room {:.1}% ({} of {}); \
         {:.1}% in a group named after their first anchor",
        rooms::ROOMS,
        figures.attendees,
        started.elapsed().as_secs_f64() * 1e3,
        figures.overall(),
        figures.worst(),
        figures.worst_room.0,
        figures.worst_room.1,
        figures.first(),
    );
    let holds = figures.overall() >= 95.0 && figures.worst() >= 75.0;
    println!(
        "goal: >= 95% overall and >= 75% in every room: {}",
        if holds { "HOLDS" } else { "MISSED" }
    );
}
