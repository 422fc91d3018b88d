//! Rate limits: failed attempts per account, attempts per client address, reset emails.
use super::lookup::{ConfigError, Vars};
use std::num::NonZeroU32;
use std::time::Duration;

pub const RATE_LIMIT_ACCOUNT_FAILURES: &str = "RATE_LIMIT_ACCOUNT_FAILURES";
pub const RATE_LIMIT_ACCOUNT_WINDOW_SECS: &str = "RATE_LIMIT_ACCOUNT_WINDOW_SECS";
pub const RATE_LIMIT_CLIENT_ATTEMPTS: &str = "RATE_LIMIT_CLIENT_ATTEMPTS";
pub const RATE_LIMIT_CLIENT_WINDOW_SECS: &str = "RATE_LIMIT_CLIENT_WINDOW_SECS";
pub const RATE_LIMIT_RESET_EMAILS: &str = "RATE_LIMIT_RESET_EMAILS";
pub const RATE_LIMIT_RESET_WINDOW_SECS: &str = "RATE_LIMIT_RESET_WINDOW_SECS";

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

    /// `count_var` per `window_var` seconds, each `default`'s where unset.
    fn from_lookup(
        vars: &Vars,
        count_var: &'static str,
        window_var: &'static str,
        default: Limit,
    ) -> Result<Self, ConfigError> {
        let count = vars.positive(count_var, u64::from(default.count.get()))?;
        let window = vars.positive(window_var, default.window.as_secs())?;
        Limit::new(u32::try_from(count).unwrap_or(u32::MAX), window)
            .ok_or_else(|| ConfigError::new(count_var, "is not a whole number above 0"))
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

impl LimitSettings {
    pub fn from_lookup(vars: &Vars) -> Result<Self, ConfigError> {
        let defaults = Self::default();
        Ok(Self {
            account_failures: Limit::from_lookup(
                vars,
                RATE_LIMIT_ACCOUNT_FAILURES,
                RATE_LIMIT_ACCOUNT_WINDOW_SECS,
                defaults.account_failures,
            )?,
            client_attempts: Limit::from_lookup(
                vars,
                RATE_LIMIT_CLIENT_ATTEMPTS,
                RATE_LIMIT_CLIENT_WINDOW_SECS,
                defaults.client_attempts,
            )?,
            reset_emails: Limit::from_lookup(
                vars,
                RATE_LIMIT_RESET_EMAILS,
                RATE_LIMIT_RESET_WINDOW_SECS,
                defaults.reset_emails,
            )?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::lookup::pairs;

    fn load(pairs_: &[(&str, &str)]) -> Result<LimitSettings, ConfigError> {
        let lookup = pairs(pairs_);
        LimitSettings::from_lookup(&Vars::new(&lookup))
    }

    #[test]
    fn limits_are_read_and_the_rest_keep_their_defaults() {
        let limits = load(&[(RATE_LIMIT_ACCOUNT_FAILURES, "3")]).unwrap();
        assert_eq!(limits.account_failures.count.get(), 3);
        assert_eq!(limits.account_failures.window, Duration::from_secs(900));
        assert_eq!(limits.client_attempts.count.get(), 100);
        assert_eq!(load(&[]).unwrap(), LimitSettings::default());
    }

    #[test]
    fn a_count_beyond_u32_is_the_largest_limit() {
        let limits = load(&[(RATE_LIMIT_RESET_EMAILS, "99999999999")]).unwrap();
        assert_eq!(limits.reset_emails.count, NonZeroU32::MAX);
    }

    #[test]
    fn zero_or_words_name_their_own_variable() {
        for var in [
            RATE_LIMIT_ACCOUNT_WINDOW_SECS,
            RATE_LIMIT_CLIENT_ATTEMPTS,
            RATE_LIMIT_RESET_WINDOW_SECS,
        ] {
            for bad in ["0", "soon"] {
                assert_eq!(load(&[(var, bad)]).err().unwrap().var, var, "{bad}");
            }
        }
    }
}
