use governor::clock::Clock;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The rate limiters' clock: monotonic time, plus an offset that tests move forward to
/// simulate the passing of a window without waiting for it.
#[derive(Clone)]
pub struct LimiterClock {
    start: Instant,
    offset_nanos: Arc<AtomicU64>,
}

impl Default for LimiterClock {
    fn default() -> Self {
        Self {
            start: Instant::now(),
            offset_nanos: Arc::new(AtomicU64::new(0)),
        }
    }
}

impl LimiterClock {
    pub fn advance(&self, by: Duration) {
        let nanos = u64::try_from(by.as_nanos()).unwrap_or(u64::MAX);
        self.offset_nanos.fetch_add(nanos, Ordering::Relaxed);
    }
}

impl LimiterClock {
    /// Wall-clock milliseconds since the epoch, moved by the same offset: the time the
    /// limits kept in Redis are computed with, so they agree across instances.
    pub fn wall_millis(&self) -> u64 {
        let offset = self.offset_nanos.load(Ordering::Relaxed) / 1_000_000;
        crate::domain::now_millis() + offset
    }
}

impl Clock for LimiterClock {
    type Instant = Duration;

    fn now(&self) -> Duration {
        self.start.elapsed() + Duration::from_nanos(self.offset_nanos.load(Ordering::Relaxed))
    }
}
