//! A process-wide cache of results keyed by exactly what they are computed from.
//!
//! The letters of a batch embed the same few font subsets over and over, and making them is much
//! of the time of a PDF. Keeping them cannot make a letter depend on the letters made before it,
//! because a value is a function of its key alone. The least recently used value goes when the
//! cache is full, so memory does not grow with the number of letters.

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::sync::Mutex;

pub struct Memo<K, V> {
    kept: usize,
    entries: Mutex<Entries<K, V>>,
}

struct Entries<K, V> {
    /// Ticks at each use.
    clock: u64,
    /// Each value, and the time it was last used.
    values: BTreeMap<K, (u64, V)>,
}

impl<K: Ord, V: Clone> Memo<K, V> {
    /// A cache keeping at most `kept` values.
    pub const fn new(kept: usize) -> Self {
        Memo {
            kept,
            entries: Mutex::new(Entries {
                clock: 0,
                values: BTreeMap::new(),
            }),
        }
    }

    /// The value for `key`: kept from an earlier call, or made by `make` (outside the lock, so
    /// threads making other values do not wait).
    pub fn get<Q>(&self, key: &Q, make: impl FnOnce() -> V) -> V
    where
        K: Borrow<Q>,
        Q: Ord + ToOwned<Owned = K> + ?Sized,
    {
        let used = |clock: &mut u64, entry: &mut (u64, V)| {
            *clock += 1;
            entry.0 = *clock;
            entry.1.clone()
        };
        {
            let mut entries = self.lock();
            let Entries { clock, values } = &mut *entries;
            if let Some(entry) = values.get_mut(key) {
                return used(clock, entry);
            }
        }
        let value = make();
        let mut entries = self.lock();
        let Entries { clock, values } = &mut *entries;
        if values.len() >= self.kept {
            let oldest = values.values().map(|(time, _)| *time).min();
            values.retain(|_, (time, _)| Some(*time) != oldest);
        }
        used(clock, values.entry(key.to_owned()).or_insert((0, value)))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries<K, V>> {
        self.entries.lock().expect("no panic with the lock held")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_kept_and_the_least_recently_used_goes_first() {
        let memo: Memo<u32, u32> = Memo::new(2);
        let mut made = Vec::new();
        let mut get = |key| {
            memo.get(&key, || {
                made.push(key);
                key * 10
            })
        };
        assert_eq!(
            [get(1), get(2), get(1), get(3), get(1), get(2)],
            [10, 20, 10, 30, 10, 20]
        );
        assert_eq!(made, [1, 2, 3, 2]);
    }
}
