//! Throttling in the portal, before Cognito is called: per account, per client address, and
//! per account for reset emails. GCRA limiters from `governor`, over a bounded store.
mod clock;
mod store;

pub use clock::LimiterClock;
pub use store::BoundedStore;

use crate::config::{Limit, LimitSettings};
use crate::domain::Username;
use crate::redis_pool::{Shared, SharedError};
use governor::clock::Clock;
use governor::middleware::NoOpMiddleware;
use governor::{Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroUsize;
use std::time::Duration;

/// Keys each limiter remembers at most; beyond it the least recently seen are forgotten.
const MAX_KEYS: NonZeroUsize = match NonZeroUsize::new(100_000) {
    Some(n) => n,
    None => unreachable!(),
};

/// Why a limited action may not go ahead now.
#[derive(Debug, thiserror::Error)]
pub enum LimitError {
    /// Over the limit: try again after `retry_after`.
    #[error("rate limited for {retry_after:?}")]
    RateLimited { retry_after: Duration },
    /// The limits live in Redis and Redis could not be asked.
    #[error(transparent)]
    Storage(#[from] SharedError),
}

/// `count` at once, then one more every `window / count`: never more than `count` per
/// window once the first burst is spent.
fn quota(limit: Limit) -> Quota {
    let period = limit.window / limit.count.get();
    Quota::with_period(period.max(Duration::from_millis(1)))
        .unwrap_or_else(|| Quota::per_second(limit.count))
        .allow_burst(limit.count)
}

type Keyed<K> = RateLimiter<K, BoundedStore<K>, LimiterClock, NoOpMiddleware<Duration>>;

pub struct Limits {
    clock: LimiterClock,
    backend: Backend,
}

enum Backend {
    /// One instance: governor's limiters in memory.
    Local(Box<LocalLimiters>),
    /// Several instances: the same GCRA, kept in Redis by a script, so a limit holds across
    /// every instance.
    Shared {
        shared: Shared,
        settings: LimitSettings,
    },
}

struct LocalLimiters {
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
        RateLimiter::new(quota(limit), store.clone(), clock.clone()),
        store,
    )
}

/// What a check counts: which limit, and whose.
#[derive(Clone, Copy)]
enum Subject<'a> {
    AccountFailures(&'a Username),
    ClientAttempts(IpAddr),
    ResetEmails(&'a Username),
}

impl Subject<'_> {
    /// The Redis key: `<prefix>limit-<which>:<whose>`.
    fn key(self, shared: &Shared) -> String {
        match self {
            Subject::AccountFailures(account) => {
                shared.key("limit-account-failures", account.as_str())
            }
            Subject::ClientAttempts(client) => {
                shared.key("limit-client-attempts", &client.to_string())
            }
            Subject::ResetEmails(account) => shared.key("limit-reset-emails", account.as_str()),
        }
    }

    fn limit(self, settings: &LimitSettings) -> Limit {
        match self {
            Subject::AccountFailures(_) => settings.account_failures,
            Subject::ClientAttempts(_) => settings.client_attempts,
            Subject::ResetEmails(_) => settings.reset_emails,
        }
    }
}

impl Limits {
    /// Limits kept in this process.
    pub fn new(settings: LimitSettings, clock: LimiterClock) -> Self {
        let (account_failures, accounts) = keyed(settings.account_failures, &clock);
        let (client_attempts, clients) = keyed(settings.client_attempts, &clock);
        let (reset_emails, resets) = keyed(settings.reset_emails, &clock);
        let local = LocalLimiters {
            account_failures,
            client_attempts,
            reset_emails,
            stores: (accounts, clients, resets),
        };
        Self {
            clock,
            backend: Backend::Local(Box::new(local)),
        }
    }

    /// Limits kept in Redis, shared by every instance that uses the same Redis and prefix.
    pub fn shared(settings: LimitSettings, clock: LimiterClock, shared: Shared) -> Self {
        Self {
            clock,
            backend: Backend::Shared { shared, settings },
        }
    }

    #[cfg(test)]
    fn clock(&self) -> &LimiterClock {
        &self.clock
    }

    /// Counts (or, `look_only`, just checks) one event against a limit.
    async fn check(&self, subject: Subject<'_>, look_only: bool) -> Result<(), LimitError> {
        let wait = match &self.backend {
            Backend::Local(local) => {
                let outcome = match subject {
                    Subject::AccountFailures(account) => {
                        local_check(&local.account_failures, account, look_only)
                    }
                    Subject::ResetEmails(account) => {
                        local_check(&local.reset_emails, account, look_only)
                    }
                    Subject::ClientAttempts(client) => {
                        local_check(&local.client_attempts, &client, look_only)
                    }
                };
                outcome
                    .err()
                    .map(|not_until| not_until.wait_time_from(self.clock.now()))
            }
            Backend::Shared { shared, settings } => {
                let limit = subject.limit(settings);
                let interval_ms = u64::try_from((limit.window / limit.count.get()).as_millis())
                    .unwrap_or(u64::MAX)
                    .max(1);
                let redis_key = subject.key(shared);
                let now_ms = self.clock.wall_millis();
                let burst = limit.count.get();
                let wait_ms: u64 = shared
                    .run("limit", |mut conn| async move {
                        GCRA.key(redis_key)
                            .arg(now_ms)
                            .arg(interval_ms)
                            .arg(burst)
                            .arg(u8::from(!look_only))
                            .invoke_async(&mut conn)
                            .await
                    })
                    .await?;
                (wait_ms > 0).then(|| Duration::from_millis(wait_ms))
            }
        };
        match wait {
            None => Ok(()),
            Some(wait) => Err(LimitError::RateLimited {
                retry_after: wait.max(Duration::from_secs(1)),
            }),
        }
    }

    /// Counts one attempt from this client address (any form the limits cover).
    pub async fn attempt_from(&self, client: IpAddr) -> Result<(), LimitError> {
        self.check(Subject::ClientAttempts(client), false).await
    }

    /// Refuses before Cognito is asked if the account has used up its failures. Checking
    /// counts nothing: only failures do, so an outage or a success costs no attempt.
    pub async fn account_may_try(&self, account: &Username) -> Result<(), LimitError> {
        self.check(Subject::AccountFailures(account), true).await
    }

    /// Records a failed password or code for the account. A failure to record it is logged:
    /// the person has been told their password was wrong either way.
    pub async fn account_failed(&self, account: &Username) {
        if let Err(LimitError::Storage(cause)) =
            self.check(Subject::AccountFailures(account), false).await
        {
            tracing::warn!(error = %crate::domain::ErrorChain(&cause), "a failed attempt could not be counted");
        }
    }

    /// Counts one reset-code email for the account.
    pub async fn reset_email(&self, account: &Username) -> Result<(), LimitError> {
        self.check(Subject::ResetEmails(account), false).await
    }

    /// Keys remembered by each in-process limiter (accounts, clients, resets).
    fn store_sizes(&self) -> [usize; 3] {
        match &self.backend {
            Backend::Local(local) => [
                local.stores.0.len(),
                local.stores.1.len(),
                local.stores.2.len(),
            ],
            Backend::Shared { .. } => [0; 3],
        }
    }

    /// Keys remembered across all in-process limiters.
    pub fn remembered_keys(&self) -> usize {
        self.store_sizes().iter().sum()
    }
}

fn local_check<K: std::hash::Hash + Eq + Clone>(
    limiter: &Keyed<K>,
    key: &K,
    look_only: bool,
) -> Result<(), governor::NotUntil<Duration>> {
    let check = || limiter.check_key(key);
    if look_only {
        BoundedStore::<K>::look_only(check)
    } else {
        check()
    }
}

/// GCRA, as governor runs it in memory: a key holds its "theoretical arrival time"; an event
/// is allowed when that time, moved on by one interval, is at most `burst` intervals ahead of
/// now. Answers 0 when allowed, else the milliseconds to wait. Keys expire when they would
/// no longer refuse anything. Times come from the caller (milliseconds since the epoch).
static GCRA: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        r"
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local burst = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local new_tat = tat + interval
local allow_at = new_tat - burst * interval
if now < allow_at then return allow_at - now end
if ARGV[4] == '1' then
  redis.call('SET', KEYS[1], string.format('%d', new_tat), 'PX', new_tat - now)
end
return 0
",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits::new(LimitSettings::default(), LimiterClock::default())
    }

    fn user(name: &str) -> Username {
        Username::parse(name).unwrap()
    }

    #[tokio::test]
    async fn ten_failures_lock_the_account_until_the_window_has_passed() {
        let limits = limits();
        let alice = user("alice");
        for _ in 0..10 {
            assert!(limits.account_may_try(&alice).await.is_ok());
            limits.account_failed(&alice).await;
        }
        let Err(LimitError::RateLimited { retry_after }) = limits.account_may_try(&alice).await
        else {
            panic!("the eleventh attempt must be refused")
        };
        assert!(
            retry_after > Duration::from_secs(60) && retry_after <= Duration::from_secs(90),
            "{retry_after:?}"
        );
        assert!(
            limits.account_may_try(&user("bob")).await.is_ok(),
            "other accounts are untouched"
        );
        limits.clock().advance(Duration::from_secs(15 * 60));
        for _ in 0..10 {
            assert!(limits.account_may_try(&alice).await.is_ok());
            limits.account_failed(&alice).await;
        }
    }

    #[tokio::test]
    async fn looking_counts_nothing() {
        let limits = limits();
        let alice = user("alice");
        for _ in 0..1000 {
            assert!(limits.account_may_try(&alice).await.is_ok());
        }
    }

    #[tokio::test]
    async fn a_client_address_gets_a_hundred_attempts() {
        let limits = limits();
        let ip: IpAddr = "203.0.113.9".parse().unwrap();
        for _ in 0..100 {
            assert!(limits.attempt_from(ip).await.is_ok());
        }
        assert!(limits.attempt_from(ip).await.is_err());
        let other: IpAddr = "203.0.113.10".parse().unwrap();
        assert!(limits.attempt_from(other).await.is_ok());
    }

    #[tokio::test]
    async fn five_reset_emails_an_hour() {
        let limits = limits();
        let carol = user("carol");
        for _ in 0..5 {
            assert!(limits.reset_email(&carol).await.is_ok());
        }
        assert!(limits.reset_email(&carol).await.is_err());
        limits.clock().advance(Duration::from_secs(3600));
        assert!(limits.reset_email(&carol).await.is_ok());
    }

    #[tokio::test]
    async fn a_flood_of_distinct_usernames_keeps_memory_bounded() {
        let limits = limits();
        for i in 0..100_000 {
            let flood = user(&format!("flood{i}"));
            limits.account_failed(&flood).await;
            let _ = limits.reset_email(&flood).await;
        }
        for i in 0..20_000 {
            limits.account_failed(&user(&format!("more{i}"))).await;
        }
        assert!(
            limits.remembered_keys() <= 2 * MAX_KEYS.get(),
            "{}",
            limits.remembered_keys()
        );
        assert_eq!(limits.store_sizes()[0], MAX_KEYS.get());
    }
}
