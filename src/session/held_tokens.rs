//! Access tokens held on the server for a short task (a pending email change), each under a
//! random handle that the session keeps instead of the token (see domain/email_change.rs).
//!
//! In memory for one instance; with Redis, a key with the token's own expiry, so every instance
//! finds it. A restart of a lone instance forgets them: the person is told the change lapsed and
//! starts it again, which costs them one password entry.
use crate::domain::{AccessToken, random_token};
use crate::redis_pool::{Shared, SharedError};
use std::collections::HashMap;
use std::sync::Mutex;

/// Most tokens one instance holds in memory; past it the one nearest its expiry goes first.
const LOCAL_CAPACITY: usize = 10_000;

pub enum HeldTokens {
    Local(Mutex<HashMap<String, (AccessToken, u64)>>),
    Shared(Shared),
}

impl Default for HeldTokens {
    fn default() -> Self {
        Self::Local(Mutex::default())
    }
}

impl HeldTokens {
    /// Holds `token` until `expires_at` (ms); returns its handle.
    pub async fn hold(
        &self,
        token: AccessToken,
        expires_at: u64,
        now: u64,
    ) -> Result<String, SharedError> {
        let handle = random_token();
        match self {
            Self::Local(tokens) => {
                let mut tokens = tokens.lock().unwrap_or_else(|p| p.into_inner());
                tokens.retain(|_, (_, until)| *until > now);
                if tokens.len() >= LOCAL_CAPACITY {
                    let soonest = tokens
                        .iter()
                        .min_by_key(|(_, (_, until))| *until)
                        .map(|(h, _)| h.clone());
                    if let Some(soonest) = soonest {
                        tokens.remove(&soonest);
                    }
                }
                tokens.insert(handle.clone(), (token, expires_at));
            }
            Self::Shared(shared) => {
                let key = shared.key("held-token", &handle);
                let ttl = expires_at.saturating_sub(now).max(1);
                shared
                    .run("held_token_set", |mut conn| async move {
                        redis::cmd("SET")
                            .arg(&key)
                            .arg(token.expose())
                            .arg("PX")
                            .arg(ttl)
                            .query_async::<()>(&mut conn)
                            .await
                    })
                    .await?;
            }
        }
        Ok(handle)
    }

    /// The token under `handle`, while it lasts.
    pub async fn get(&self, handle: &str, now: u64) -> Result<Option<AccessToken>, SharedError> {
        match self {
            Self::Local(tokens) => {
                let tokens = tokens.lock().unwrap_or_else(|p| p.into_inner());
                Ok(tokens
                    .get(handle)
                    .filter(|(_, until)| *until > now)
                    .map(|(token, _)| token.clone()))
            }
            Self::Shared(shared) => {
                let key = shared.key("held-token", handle);
                let token = shared
                    .run("held_token_get", |mut conn| async move {
                        redis::cmd("GET")
                            .arg(&key)
                            .query_async::<Option<String>>(&mut conn)
                            .await
                    })
                    .await?;
                Ok(token.map(AccessToken::new))
            }
        }
    }

    /// Forgets the token under `handle` (the task is done or given up).
    pub async fn release(&self, handle: &str) -> Result<(), SharedError> {
        match self {
            Self::Local(tokens) => {
                tokens
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .remove(handle);
            }
            Self::Shared(shared) => {
                let key = shared.key("held-token", handle);
                shared
                    .run("held_token_del", |mut conn| async move {
                        redis::cmd("DEL")
                            .arg(&key)
                            .query_async::<()>(&mut conn)
                            .await
                    })
                    .await?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_held_token_is_found_by_its_handle_until_it_expires_or_is_released() {
        let held = HeldTokens::default();
        let handle = held
            .hold(AccessToken::new("t1".into()), 1_000, 0)
            .await
            .unwrap();
        let other = held
            .hold(AccessToken::new("t2".into()), 5_000, 0)
            .await
            .unwrap();
        assert_ne!(handle, other);
        let found = held.get(&handle, 999).await.unwrap();
        assert_eq!(found.as_ref().map(AccessToken::expose), Some("t1"));
        assert!(held.get(&handle, 1_000).await.unwrap().is_none());
        assert!(held.get("not-a-handle", 0).await.unwrap().is_none());
        held.release(&other).await.unwrap();
        assert!(held.get(&other, 1).await.unwrap().is_none());
    }

    #[tokio::test]
    async fn memory_stays_bounded() {
        let held = HeldTokens::default();
        for i in 0..LOCAL_CAPACITY + 5 {
            let until = 10_000 + u64::try_from(i).unwrap();
            held.hold(AccessToken::new(format!("t{i}")), until, 0)
                .await
                .unwrap();
        }
        let HeldTokens::Local(tokens) = &held else {
            unreachable!()
        };
        assert_eq!(tokens.lock().unwrap().len(), LOCAL_CAPACITY);
    }
}
