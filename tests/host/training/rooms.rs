//! Simulated training rooms: how many attendees sit in a group whose anchor is in their
//! own top three. This file stands alone (no `super`), so that `benches/grouping.rs`
//! includes it and prints the very figures the test asserts.
//!
//! The model, seeded and deterministic:
//! - a room has 10–40 people (uniformly), grouped 4–6;
//! - each attendee has a main anchor drawn from a skewed mix (SE 24%, TF 20%, LS 14%,
//!   GM 12%, SV 10%, AU 8%, EC 6%, CH 6%) and a second one from the same mix, other than
//!   the main one;
//! - they rate each of the forty statements uniformly: the main anchor's five 3–6, the
//!   second's 2–5, the others' 1–5;
//! - they pick the three statements they rated highest (ties at random), 4 points each;
//!   an anchor's points are its five ratings plus its picks, as in the assessment.
//!
//! An attendee is *placed well* when their group shares an anchor (is not mixed) and that
//! anchor is in their top three.

use jiritsu::domain::anchors::Scores;
use jiritsu::domain::training::grouping::{form_groups, top_mask, top_three_mask, Group};

/// The rooms the test and the bench simulate, and the generator's seed.
pub const ROOMS: usize = 500;
pub const SEED: u64 = 0x5EED_0015;

/// The mix of main anchors, in percent, in anchor order (TF, GM, AU, SE, EC, SV, CH, LS).
pub const MIX: [u64; 8] = [20, 12, 8, 24, 6, 10, 6, 14];

/// What the simulation measured.
#[derive(Debug)]
pub struct Figures {
    pub attendees: usize,
    pub placed_well: usize,
    /// Attendees in a shared group named after their own first anchor (the one their card
    /// shows): not what the grouping is asked for, but what makes a group feel like theirs.
    pub with_first: usize,
    /// (placed well, attendees) of the room with the lowest share.
    pub worst_room: (usize, usize),
}

impl Figures {
    /// The share of all attendees placed well, in percent.
    pub fn overall(&self) -> f64 {
        percent(self.placed_well, self.attendees)
    }

    /// The share in a group named after their first anchor, in percent.
    pub fn first(&self) -> f64 {
        percent(self.with_first, self.attendees)
    }

    /// The share placed well in the worst room, in percent.
    pub fn worst(&self) -> f64 {
        percent(self.worst_room.0, self.worst_room.1)
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

/// SplitMix64: a small, well-mixed generator, seeded.
pub struct Generator(u64);

impl Generator {
    pub fn new(seed: u64) -> Generator {
        Generator(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    /// An anchor index drawn from [`MIX`], never `except`.
    fn anchor(&mut self, except: Option<usize>) -> usize {
        loop {
            let mut draw = self.next() % 100;
            let mut anchor = 0;
            while draw >= MIX[anchor] {
                draw -= MIX[anchor];
                anchor += 1;
            }
            if Some(anchor) != except {
                return anchor;
            }
        }
    }

    /// One attendee's scores under the model.
    pub fn attendee(&mut self) -> Scores {
        let main = self.anchor(None);
        let second = self.anchor(Some(main));
        let mut ratings = [0u8; 40];
        for (statement, rating) in ratings.iter_mut().enumerate() {
            // Statements go round the anchors: statement s measures anchor s % 8.
            let anchor = statement % 8;
            let (low, high) = match anchor {
                _ if anchor == main => (3, 6),
                _ if anchor == second => (2, 5),
                _ => (1, 5),
            };
            *rating = self.between(low, high) as u8;
        }
        // The three rated highest, ties broken at random.
        let mut order: Vec<(u8, u64, usize)> = (0..40)
            .map(|statement| (ratings[statement], self.next(), statement))
            .collect();
        order.sort_unstable_by(|a, b| b.cmp(a));
        let mut points = [0u8; 8];
        for (statement, rating) in ratings.iter().enumerate() {
            points[statement % 8] += rating;
        }
        for &(_, _, statement) in &order[..3] {
            points[statement % 8] += 4;
        }
        Scores::from_points(points).expect("the model answers the way a person can")
    }

    /// A room of 10–40 attendees.
    pub fn room(&mut self) -> Vec<Scores> {
        let size = self.between(10, 40);
        (0..size).map(|_| self.attendee()).collect()
    }
}

/// How many attendees sit in a shared group whose anchor is in their own top three.
pub fn placed_well(people: &[Scores], groups: &[Group]) -> usize {
    seated_under(people, groups, top_three_mask)
}

/// How many attendees sit in a shared group named after one of their first anchors.
pub fn with_first(people: &[Scores], groups: &[Group]) -> usize {
    seated_under(people, groups, top_mask)
}

/// How many attendees sit in a shared group named after an anchor of `mask_of` theirs.
fn seated_under(people: &[Scores], groups: &[Group], mask_of: fn(&Scores) -> u8) -> usize {
    let mut count = 0;
    for group in groups.iter().filter(|group| group.shared) {
        for &member in &group.members {
            count += usize::from(mask_of(&people[member]) >> group.anchor as u8 & 1);
        }
    }
    count
}

/// Groups `rooms` simulated rooms (4–6) with `grouping` and measures them.
pub fn simulate(rooms: usize, seed: u64, grouping: impl Fn(&[Scores]) -> Vec<Group>) -> Figures {
    let mut generator = Generator::new(seed);
    let mut figures = Figures {
        attendees: 0,
        placed_well: 0,
        with_first: 0,
        worst_room: (1, 1),
    };
    for _ in 0..rooms {
        let people = generator.room();
        let groups = grouping(&people);
        let well = placed_well(&people, &groups);
        figures.with_first += with_first(&people, &groups);
        figures.attendees += people.len();
        figures.placed_well += well;
        let (worst, of) = figures.worst_room;
        if well * of < worst * people.len() {
            figures.worst_room = (well, people.len());
        }
    }
    figures
}

/// The product's grouping, 4–6.
pub fn product_grouping(people: &[Scores]) -> Vec<Group> {
    form_groups(people, |s| s, 4, 6).expect("4-6 are usable sizes")
}

#[test]
fn in_simulated_rooms_95_percent_sit_with_an_anchor_of_their_top_three_and_every_room_75() {
    let figures = simulate(ROOMS, SEED, product_grouping);
    assert!(
        figures.overall() >= 95.0 && figures.worst() >= 75.0,
        "{figures:?}: {:.1}% overall, {:.1}% in the worst room",
        figures.overall(),
        figures.worst()
    );
}

#[test]
fn simulated_groups_stay_within_4_to_6_and_seat_everyone_once() {
    let mut generator = Generator::new(SEED);
    for _ in 0..ROOMS {
        let people = generator.room();
        let groups = product_grouping(&people);
        let mut seen = vec![0; people.len()];
        for group in &groups {
            assert!((4..=6).contains(&group.members.len()), "{groups:?}");
            for &member in &group.members {
                seen[member] += 1;
            }
        }
        assert!(seen.iter().all(|&times| times == 1), "{groups:?}");
    }
}

#[test]
fn in_simulated_rooms_most_sit_in_a_group_named_after_their_first_anchor() {
    let figures = simulate(ROOMS, SEED, product_grouping);
    println!("with their first anchor: {:.1}%", figures.first());
    assert!(
        figures.first() >= FIRST_FLOOR,
        "{figures:?}: {:.1}%",
        figures.first()
    );
}

/// The share of attendees in a group named after their first anchor, as reached: 36.8%
/// before groups were named by the anchor their members rank highest, people with the same
/// first anchor sat at the same table and the plan preferred anchors more people have
/// first; 38.1% after (2026-12-02); 78.7% once the plan moved seats towards the anchors
/// people have first and people traded places (`seat_plan::climb`, `trades`, 2026-12-03).
const FIRST_FLOOR: f64 = 78.5;

/// The room of the facilitator's review (2026-12-03): 24 cards as she pasted them, first
/// anchors SE 6 (two of them with the same code, so one person to the list), TF 5, LS 4,
/// GM 3, SV 2, AU 2, CH 1 and EC 1.
const REVIEWED_ROOM: [&str; 24] = [
    "山本,5G9PA-6PB3V",
    "中川,6KHG3-DCWV9",
    "小川,39Q5P-56S4P",
    "石井,24NDB-9KQMP",
    "前田,5G9PA-7AFA5",
    "藤田,6KHG3-DCWV9",
    "田中,AFG3W-5JQYD",
    "高橋,AJ4CG-YEGQN",
    "伊藤,AH9B7-6KR94",
    "渡辺,AJWBD-28698",
    "斎藤,AFG4W-KH3TA",
    "松本,24NBK-67R54",
    "井上,5GBJF-GGJA6",
    "木村,4B7VN-EXWJS",
    "林,6JQ49-H6SXX",
    "清水,28GMJ-7WRMS",
    "山崎,6S623-PND64",
    "森,4GRV6-3JYX6",
    "池田,36BQ2-XSGNW",
    "橋本,24RVE-8JNSR",
    "阿部,5G9JH-5YKH4",
    "石川,4B7W7-8ETGQ",
    "Emma,39Q2X-GT9DV",
    "Raj,24PKS-44Q8S",
];

#[test]
fn in_the_reviewed_room_most_sit_under_the_anchor_their_card_shows() {
    let mut document = jiritsu::domain::document::Document::default();
    document.add_attendees(&REVIEWED_ROOM.join("\n"));
    let people: Vec<Scores> = document
        .training
        .attendees
        .iter()
        .map(|attendee| attendee.scores)
        .collect();
    let groups = document.room_groups();
    let (well, first) = (placed_well(&people, &groups), with_first(&people, &groups));
    println!("reviewed room: {well} placed well, {first} under their first anchor");
    // Before (main on 2026-12-02): all 23 people placed well (the two lines with one code
    // are one person), 9 under their first anchor, and no SE group.
    assert!(well == 23 && first >= 18, "{groups:?}");
}
