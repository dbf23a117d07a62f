//! The group sizes the facilitator may ask for (`grouping.rs` forms the groups): their
//! bounds, and whether a number of people splits into groups within them.

/// The largest group size the facilitator may ask for.
pub const MAX_GROUP_SIZE: u8 = 30;

/// Size bounds that cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeError {
    /// The minimum must be at least 1.
    MinTooSmall,
    /// The minimum is larger than the maximum.
    MinAboveMax,
    /// The maximum is above [`MAX_GROUP_SIZE`].
    MaxTooLarge,
}

/// Checks that `min..=max` are usable group sizes.
pub fn check_sizes(min: u8, max: u8) -> Result<(), SizeError> {
    if min < 1 {
        Err(SizeError::MinTooSmall)
    } else if max > MAX_GROUP_SIZE {
        Err(SizeError::MaxTooLarge)
    } else if min > max {
        Err(SizeError::MinAboveMax)
    } else {
        Ok(())
    }
}

/// Whether `count` people can form groups all within `min..=max` (true for none).
#[inline(never)]
pub fn splittable(count: usize, min: u8, max: u8) -> bool {
    let (min, max) = (usize::from(min), usize::from(max));
    // The fewest groups that are not too large is the best chance for none too small.
    min > 0 && max > 0 && count.div_ceil(max) * min <= count
}
