//! The items of the worksheet's lists (`mod.rs` holds the lists): past roles (b), moments
//! (c), gains and losses with their weights (g) and obstacles with their plans (h).

use serde::{Deserialize, Serialize};

use super::if_then;
use crate::domain::saved;

// In every saved entry below, the choice to share is needed and the rest reads as empty
// when missing; an item of a list needs its id.

/// b. One past role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub id: u64,
    /// As the person writes it: "2012–2018", 「2015年4月〜2019年3月」.
    #[serde(default, deserialize_with = "saved::text")]
    pub period: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub place: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub did: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub achieved: String,
    pub shared: bool,
}

/// c. A moment that moved the person: an event, or something expected that did not happen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Moment {
    pub id: u64,
    #[serde(default)]
    pub non_event: bool,
    #[serde(default, deserialize_with = "saved::text")]
    pub what: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub feeling: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub wanted: String,
    pub shared: bool,
}

/// g. A gain or a loss, weighed 1 (a little) to 5 (a great deal).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Weighed {
    pub id: u64,
    #[serde(default, deserialize_with = "saved::text")]
    pub text: String,
    pub weight: Weight,
    pub shared: bool,
}

/// A weight from 1 to 5; nothing else can be made, and saved data with another value is
/// refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u8")]
pub struct Weight(u8);

/// h. An obstacle and the plan for when it comes: 「もし〜になったら、〜する」.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Obstacle {
    pub id: u64,
    #[serde(default, deserialize_with = "saved::text")]
    pub when: String,
    #[serde(default, deserialize_with = "saved::text")]
    pub then: String,
    pub shared: bool,
}

impl Weight {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: u8) -> Option<Weight> {
        (Weight::MIN..=Weight::MAX)
            .contains(&value)
            .then_some(Weight(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl Default for Weight {
    /// The middle of the scale, until the person weighs it.
    fn default() -> Self {
        Weight(3)
    }
}

impl Role {
    pub fn new(id: u64) -> Role {
        Role {
            id,
            period: String::new(),
            place: String::new(),
            did: String::new(),
            achieved: String::new(),
            shared: true,
        }
    }

    pub fn is_empty(&self) -> bool {
        [&self.period, &self.place, &self.did, &self.achieved]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

impl Moment {
    /// A new moment: private until the person chooses to share it.
    pub fn new(id: u64) -> Moment {
        Moment {
            id,
            non_event: false,
            what: String::new(),
            feeling: String::new(),
            wanted: String::new(),
            shared: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        [&self.what, &self.feeling, &self.wanted]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

impl Weighed {
    /// A new gain or loss: private, and weighed in the middle of the scale.
    pub fn new(id: u64) -> Weighed {
        Weighed {
            id,
            text: String::new(),
            weight: Weight::default(),
            shared: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

impl Obstacle {
    pub fn new(id: u64) -> Obstacle {
        Obstacle {
            id,
            when: String::new(),
            then: String::new(),
            // What might stop a person is often their health, a parent to care for, money:
            // private until they choose to share it, like moments and gains and losses.
            shared: false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.when.trim().is_empty() && self.then.trim().is_empty()
    }

    /// Whether both halves make a plan the sheet can say (`if_then`): half of one is not
    /// printed.
    pub fn is_plan(&self) -> bool {
        if_then(&self.when, &self.then).is_some()
    }
}
