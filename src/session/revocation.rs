//! Sessions that ended before their cookie did.
//!
//! A cookie-store session lives entirely in the browser's cookie: the server cannot delete it,
//! and a copy taken before sign-out would otherwise keep working until the tokens expire. So the
//! portal remembers ended sessions (and people whose every session must end) until the latest
//! moment any such cookie could still be valid, and refuses them. Entries are forgotten once
//! past that moment, which bounds the list by the sign-outs of one token lifetime.
//!
//! With Redis (several instances) there is nothing to remember: sessions live in Redis, so
//! ending one deletes it (the session middleware does, on sign-out) and ending all of a
//! person's marks each of them ended (`redis_store::end_sessions_of`), which every instance
//! sees at once. A page view then costs no revocation lookup.
use crate::domain::Username;
use crate::error::AppResult;
use crate::redis_pool::Shared;
use std::collections::HashMap;
use std::sync::Mutex;

pub enum Revocations {
    Local(LocalRevocations),
    Shared(Shared),
}

impl Default for Revocations {
    fn default() -> Self {
        Self::Local(LocalRevocations::default())
    }
}

impl Revocations {
    /// Ends one session (sign-out). With Redis the session itself is deleted when the handler
    /// purges it, so there is nothing more to do.
    pub fn end_session(&self, session_id: &str, expires_at: u64, now: u64) {
        if let Self::Local(local) = self {
            local.end_session(session_id, expires_at, now);
        }
    }

    /// Ends every session the person began up to `now` (reset, disable, sign out everywhere).
    /// `until` is the latest expiry any of those sessions could have.
    pub async fn end_all_sessions_of(
        &self,
        username: &Username,
        now: u64,
        until: u64,
    ) -> AppResult<()> {
        match self {
            Self::Local(local) => local.end_all_sessions_of(username, now, until),
            Self::Shared(shared) => {
                super::redis_store::end_sessions_of(shared, username.as_str()).await?;
            }
        }
        Ok(())
    }

    /// Whether a session that began at `signed_in_at` has been ended.
    pub fn is_ended(&self, session_id: &str, username: &Username, signed_in_at: u64) -> bool {
        match self {
            Self::Local(local) => local.is_ended(session_id, username, signed_in_at),
            // An ended session holds no user in Redis any more, so it never gets this far.
            Self::Shared(_) => false,
        }
    }
}

#[derive(Default)]
pub struct LocalRevocations {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    /// Session id -> when its cookie would have expired anyway (ms).
    sessions: HashMap<String, u64>,
    /// Person -> (sessions that began at or before this instant are ended, keep until) (ms).
    people: HashMap<Username, (u64, u64)>,
}

impl Inner {
    fn prune(&mut self, now: u64) {
        self.sessions.retain(|_, until| *until > now);
        self.people.retain(|_, (_, until)| *until > now);
    }
}

impl LocalRevocations {
    fn end_session(&self, session_id: &str, expires_at: u64, now: u64) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.prune(now);
            inner.sessions.insert(session_id.to_owned(), expires_at);
        }
    }

    fn end_all_sessions_of(&self, username: &Username, now: u64, until: u64) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.prune(now);
            inner.people.insert(username.clone(), (now, until));
        }
    }

    fn is_ended(&self, session_id: &str, username: &Username, signed_in_at: u64) -> bool {
        // A poisoned lock means a panic elsewhere; refusing is the safe answer.
        let Ok(inner) = self.inner.lock() else {
            return true;
        };
        inner.sessions.contains_key(session_id)
            || inner
                .people
                .get(username)
                .is_some_and(|(ended_at, _)| signed_in_at <= *ended_at)
    }

    pub fn len(&self) -> usize {
        self.inner
            .lock()
            .map(|i| i.sessions.len() + i.people.len())
            .unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alice() -> Username {
        Username::parse("alice").unwrap()
    }

    #[test]
    fn an_ended_session_stays_ended_and_others_do_not() {
        let r = LocalRevocations::default();
        r.end_session("s1", 10_000, 1_000);
        assert!(r.is_ended("s1", &alice(), 500));
        assert!(!r.is_ended("s2", &alice(), 500));
    }

    #[test]
    fn ending_all_sessions_spares_those_begun_afterwards() {
        let r = LocalRevocations::default();
        r.end_all_sessions_of(&alice(), 1_000, 10_000);
        assert!(r.is_ended("old", &alice(), 999));
        assert!(r.is_ended("same-instant", &alice(), 1_000));
        assert!(!r.is_ended("new", &alice(), 1_001));
        assert!(!r.is_ended("old", &Username::parse("bob").unwrap(), 999));
    }

    #[test]
    fn entries_are_forgotten_once_their_cookies_could_no_longer_be_valid() {
        let r = LocalRevocations::default();
        r.end_session("s1", 2_000, 1_000);
        r.end_all_sessions_of(&alice(), 1_000, 2_000);
        assert_eq!(r.len(), 2);
        r.end_session("s2", 9_000, 2_001);
        assert_eq!(r.len(), 1);
    }
}
