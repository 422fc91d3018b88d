use governor::nanos::Nanos;
use governor::state::StateStore;
use lru::LruCache;
use std::cell::Cell;
use std::hash::Hash;
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

/// A governor state store with a fixed number of keys: the least recently used key is evicted
/// when a new one arrives, so a flood of random usernames cannot grow memory without limit.
/// (governor's own keyed store grows until `retain_recent` is called.)
/// Clones share their entries: the limiter owns one, the portal keeps another to measure it.
#[derive(Clone)]
pub struct BoundedStore<K: Hash + Eq> {
    entries: Arc<Mutex<LruCache<K, Nanos>>>,
}

thread_local! {
    /// Set while a check should only look: governor's decision is computed, nothing is stored.
    static LOOK_ONLY: Cell<bool> = const { Cell::new(false) };
}

impl<K: Hash + Eq> BoundedStore<K> {
    pub fn new(capacity: NonZeroUsize) -> Self {
        Self {
            entries: Arc::new(Mutex::new(LruCache::new(capacity))),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.lock().map(|e| e.len()).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Runs `check` (a governor check on a limiter over this store) without recording it:
    /// "would this be allowed?" The check runs on this thread, inside this call.
    pub fn look_only<T>(check: impl FnOnce() -> T) -> T {
        LOOK_ONLY.with(|flag| flag.set(true));
        let outcome = check();
        LOOK_ONLY.with(|flag| flag.set(false));
        outcome
    }
}

impl<K: Hash + Eq + Clone> StateStore for BoundedStore<K> {
    type Key = K;

    fn measure_and_replace<T, F, E>(&self, key: &K, f: F) -> Result<T, E>
    where
        F: Fn(Option<Nanos>) -> Result<(T, Nanos), E>,
    {
        // A poisoned lock means a panic elsewhere; the limiter then starts afresh.
        let mut entries = match self.entries.lock() {
            Ok(entries) => entries,
            Err(poisoned) => poisoned.into_inner(),
        };
        let previous = entries.get(key).copied();
        let (outcome, next) = f(previous)?;
        if !LOOK_ONLY.with(Cell::get) {
            entries.put(key.clone(), next);
        }
        Ok(outcome)
    }
}
