//! What the storage policy needs from a key–value store, and how a call can fail: the
//! browser's localStorage (`src/storage.rs`) and the host tests' fake storage implement it.

/// Why a storage call failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The browser's quota for this site is used up.
    Full,
    /// Anything else: storage disabled, a security error, a broken profile.
    Other,
}

/// The little the policy needs from a key–value store (localStorage in the browser).
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, Failure>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), Failure>;
    fn remove(&mut self, key: &str) -> Result<(), Failure>;
    fn keys(&self) -> Result<Vec<String>, Failure>;

    /// Whether the value under `key` is exactly the text [`KeyValue::get`] gives. Browsers
    /// keep UTF-16 that need not be valid (a lone surrogate); `get` then gives U+FFFD in
    /// its place, and only [`KeyValue::copy`] keeps the value as it is.
    fn is_exact_text(&self, _key: &str) -> Result<bool, Failure> {
        Ok(true)
    }

    /// Copies the value under `from` to `to` unchanged, unit for unit, and checks that
    /// the copy reads back equal.
    fn copy(&mut self, from: &str, to: &str) -> Result<(), Failure> {
        let value = self.get(from)?.ok_or(Failure::Other)?;
        self.set(to, &value)?;
        match self.same(from, to) {
            Ok(true) => Ok(()),
            _ => Err(Failure::Other),
        }
    }

    /// Whether two keys hold the same value, unit for unit.
    fn same(&self, a: &str, b: &str) -> Result<bool, Failure> {
        Ok(self.is_exact_text(a)? && self.is_exact_text(b)? && self.get(a)? == self.get(b)?)
    }
}
