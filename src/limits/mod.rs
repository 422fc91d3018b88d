//! Throttling in the portal, before Cognito is called: per account, per client address, and
//! per account for reset emails. GCRA limiters from `governor`, over a bounded store.
mod clock;
mod store;

pub use clock::LimiterClock;
pub use store::BoundedStore;

use crate::domain::Username;
use crate::error::AppError;
use governor::clock::Clock;
use governor::middleware::NoOpMiddleware;
use governor::{Quota, RateLimiter};
use std::net::IpAddr;
use std::num::{NonZeroU32, NonZeroUsize};
use std::time::Duration;

/// Keys each limiter remembers at most; beyond it the least recently seen are forgotten.
const MAX_KEYS: NonZeroUsize = match NonZeroUsize::new(100_000) {
    Some(n) => n,
    None => unreachable!(),
};

/// `count` per `window`: the limit and the window it applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub count: NonZeroU32,
    pub window: Duration,
}

impl Limit {
    pub fn new(count: u32, window_secs: u64) -> Option<Self> {
        Some(Self {
            count: NonZeroU32::new(count)?,
            window: Duration::from_secs(window_secs.max(1)),
        })
    }

    /// `count` at once, then one more every `window / count`: never more than `count` per
    /// window once the first burst is spent.
    fn quota(self) -> Quota {
        let period = self.window / self.count.get();
        Quota::with_period(period.max(Duration::from_millis(1)))
            .unwrap_or_else(|| Quota::per_second(self.count))
            .allow_burst(self.count)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitSettings {
    /// Failed password or code attempts per account.
    pub account_failures: Limit,
    /// Attempts per client address, across accounts.
    pub client_attempts: Limit,
    /// Reset-code emails per account.
    pub reset_emails: Limit,
}

impl Default for LimitSettings {
    fn default() -> Self {
        let limit = |count, secs| {
            Limit::new(count, secs).unwrap_or(Limit {
                count: NonZeroU32::MIN,
                window: Duration::from_secs(secs),
            })
        };
        Self {
            account_failures: limit(10, 15 * 60),
            client_attempts: limit(100, 15 * 60),
            reset_emails: limit(5, 60 * 60),
        }
    }
}

type Keyed<K> = RateLimiter<K, BoundedStore<K>, LimiterClock, NoOpMiddleware<Duration>>;

pub struct Limits {
    clock: LimiterClock,
    account_failures: Keyed<Username>,
    client_attempts: Keyed<IpAddr>,
    reset_emails: Keyed<Username>,
    stores: (
        BoundedStore<Username>,
        BoundedStore<IpAddr>,
        BoundedStore<Username>,
    ),
}

fn keyed<K: std::hash::Hash + Eq + Clone>(
    limit: Limit,
    clock: &LimiterClock,
) -> (Keyed<K>, BoundedStore<K>) {
    let store = BoundedStore::new(MAX_KEYS);
    (
        RateLimiter::new(limit.quota(), store.clone(), clock.clone()),
        store,
    )
}

impl Limits {
    pub fn new(settings: LimitSettings, clock: LimiterClock) -> Self {
        let (account_failures, accounts) = keyed(settings.account_failures, &clock);
        let (client_attempts, clients) = keyed(settings.client_attempts, &clock);
        let (reset_emails, resets) = keyed(settings.reset_emails, &clock);
        Self {
            clock,
            account_failures,
            client_attempts,
            reset_emails,
            stores: (accounts, clients, resets),
        }
    }

    pub fn clock(&self) -> &LimiterClock {
        &self.clock
    }

    fn refuse<K: std::hash::Hash + Eq + Clone>(
        &self,
        limiter: &Keyed<K>,
        key: &K,
        look_only: bool,
    ) -> Result<(), AppError> {
        let check = || limiter.check_key(key);
        let outcome = if look_only {
            BoundedStore::<K>::look_only(check)
        } else {
            check()
        };
        outcome.map_err(|not_until| AppError::RateLimited {
            retry_after: not_until
                .wait_time_from(self.clock.now())
                .max(Duration::from_secs(1)),
        })
    }

    /// Counts one attempt from this client address (any form the limits cover).
    pub fn attempt_from(&self, client: IpAddr) -> Result<(), AppError> {
        self.refuse(&self.client_attempts, &client, false)
    }

    /// Refuses before Cognito is asked if the account has used up its failures. Checking
    /// counts nothing: only failures do, so an outage or a success costs no attempt.
    pub fn account_may_try(&self, account: &Username) -> Result<(), AppError> {
        self.refuse(&self.account_failures, account, true)
    }

    /// Records a failed password or code for the account.
    pub fn account_failed(&self, account: &Username) {
        let _ = self.account_failures.check_key(account);
    }

    /// Counts one reset-code email for the account.
    pub fn reset_email(&self, account: &Username) -> Result<(), AppError> {
        self.refuse(&self.reset_emails, account, false)
    }

    /// Keys remembered across all limiters.
    pub fn remembered_keys(&self) -> usize {
        self.stores.0.len() + self.stores.1.len() + self.stores.2.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits::new(LimitSettings::default(), LimiterClock::default())
    }

    fn user(name: &str) -> Username {
        Username::parse(name).unwrap()
    }

    #[test]
    fn ten_failures_lock_the_account_until_the_window_has_passed() {
        let limits = limits();
        let alice = user("alice");
        for _ in 0..10 {
            assert!(limits.account_may_try(&alice).is_ok());
            limits.account_failed(&alice);
        }
        let Err(AppError::RateLimited { retry_after }) = limits.account_may_try(&alice) else {
            panic!("the eleventh attempt must be refused")
        };
        assert!(
            retry_after > Duration::from_secs(60) && retry_after <= Duration::from_secs(90),
            "{retry_after:?}"
        );
        assert!(
            limits.account_may_try(&user("bob")).is_ok(),
            "other accounts are untouched"
        );
        limits.clock().advance(Duration::from_secs(15 * 60));
        for _ in 0..10 {
            assert!(limits.account_may_try(&alice).is_ok());
            limits.account_failed(&alice);
        }
    }

    #[test]
    fn looking_counts_nothing() {
        let limits = limits();
        let alice = user("alice");
        for _ in 0..1000 {
            assert!(limits.account_may_try(&alice).is_ok());
        }
    }

    #[test]
    fn a_client_address_gets_a_hundred_attempts() {
        let limits = limits();
        let ip: IpAddr = "203.0.113.9".parse().unwrap();
        for _ in 0..100 {
            assert!(limits.attempt_from(ip).is_ok());
        }
        assert!(limits.attempt_from(ip).is_err());
        assert!(limits.attempt_from("203.0.113.10".parse().unwrap()).is_ok());
    }

    #[test]
    fn five_reset_emails_an_hour() {
        let limits = limits();
        for _ in 0..5 {
            assert!(limits.reset_email(&user("carol")).is_ok());
        }
        assert!(limits.reset_email(&user("carol")).is_err());
        limits.clock().advance(Duration::from_secs(3600));
        assert!(limits.reset_email(&user("carol")).is_ok());
    }

    #[test]
    fn a_flood_of_distinct_usernames_keeps_memory_bounded() {
        let limits = limits();
        for i in 0..100_000 {
            limits.account_failed(&user(&format!("flood{i}")));
            let _ = limits.reset_email(&user(&format!("flood{i}")));
        }
        for i in 0..20_000 {
            limits.account_failed(&user(&format!("more{i}")));
        }
        assert!(
            limits.remembered_keys() <= 2 * MAX_KEYS.get(),
            "{}",
            limits.remembered_keys()
        );
        assert_eq!(limits.stores.0.len(), MAX_KEYS.get());
    }
}
