//! Where sessions live, chosen per session. Without Redis, in the encrypted cookie itself:
//! nothing on the server, one instance. With Redis, a signed-in session lives in Redis
//! (redis_store.rs) and the cookie carries only its handle; a session before sign-in (a CSRF
//! token, a first sign-in under way) stays in the cookie, so a visitor, or a flood of them,
//! writes nothing to Redis. What the cookie carries says which it is (cookie_content.rs).
//!
//! One type for both, so the middleware's type does not depend on the configuration.
use super::cookie_content::CookieContent;
use super::keys::USER;
use super::redis_store::RedisSessions;
use crate::domain::SessionUser;
use crate::redis_pool::Shared;
use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError};
use actix_web::cookie::time::Duration;
use std::collections::HashMap;

type State = HashMap<String, String>;

#[derive(Clone)]
pub enum PortalSessionStore {
    /// Every session in the encrypted cookie.
    Cookie,
    /// Signed-in sessions in Redis, the others in the cookie.
    Redis(RedisSessions),
}

impl PortalSessionStore {
    pub fn cookie() -> Self {
        Self::Cookie
    }

    pub fn redis(shared: &Shared) -> Self {
        Self::Redis(RedisSessions::new(shared))
    }
}

/// The person a session is signed in as, if any: what decides that it goes to Redis.
fn signed_in(state: &State) -> Option<SessionUser> {
    state
        .get(USER)
        .and_then(|raw| serde_json::from_str::<SessionUser>(raw).ok())
}

/// The handle `key` carries, when it names a session in Redis.
fn redis_handle(key: &SessionKey) -> Option<&str> {
    match CookieContent::read(key)? {
        CookieContent::RedisHandle(handle) => Some(handle),
        CookieContent::WholeSession(_) => None,
    }
}

/// The session itself, for the cookie to carry.
fn whole_session(state: &State) -> Result<SessionKey, SaveError> {
    let json = serde_json::to_string(state)
        .map_err(anyhow::Error::new)
        .map_err(SaveError::Serialization)?;
    CookieContent::WholeSession(&json)
        .write()
        .map_err(SaveError::Other)
}

// The Redis calls are boxed: actix-session keeps the store's futures inside the one future it
// boxes per request, and a Redis call's future is kilobytes, which every request, cookie-held
// ones too, would otherwise copy into that box. A boxed call costs an allocation, beside a
// network round trip.
impl SessionStore for PortalSessionStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<State>, LoadError> {
        match (self, CookieContent::read(key)) {
            (_, Some(CookieContent::WholeSession(json))) => serde_json::from_str(json)
                .map(Some)
                .map_err(|e| LoadError::Deserialization(anyhow::Error::new(e))),
            (Self::Redis(redis), Some(CookieContent::RedisHandle(handle))) => {
                Box::pin(redis.load(handle))
                    .await
                    .map_err(|e| LoadError::Other(anyhow::Error::new(e)))
            }
            // Untagged (a cookie from before the tag), an unknown tag, or a Redis handle on an
            // instance without Redis: an empty session, signed out, as for any cookie the
            // store cannot read.
            _ => Err(LoadError::Deserialization(anyhow::anyhow!(
                "the session cookie carries neither a session nor a Redis handle"
            ))),
        }
    }

    async fn save(&self, state: State, _ttl: &Duration) -> Result<SessionKey, SaveError> {
        match (self, signed_in(&state)) {
            (Self::Redis(redis), Some(user)) => {
                let handle = Box::pin(redis.save(&user, state))
                    .await
                    .map_err(SaveError::Other)?;
                CookieContent::RedisHandle(&handle)
                    .write()
                    .map_err(SaveError::Other)
            }
            _ => whole_session(&state),
        }
    }

    async fn update(
        &self,
        key: SessionKey,
        state: State,
        _ttl: &Duration,
    ) -> Result<SessionKey, UpdateError> {
        match (self, signed_in(&state)) {
            (Self::Redis(redis), Some(user)) => {
                // A session that was in the cookie until now gets a new handle.
                let handle = Box::pin(redis.update(redis_handle(&key), &user, state))
                    .await
                    .map_err(UpdateError::Other)?;
                CookieContent::RedisHandle(&handle)
                    .write()
                    .map_err(UpdateError::Other)
            }
            _ => whole_session(&state).map_err(|err| match err {
                SaveError::Serialization(err) => UpdateError::Serialization(err),
                SaveError::Other(err) => UpdateError::Other(err),
            }),
        }
    }

    async fn update_ttl(&self, key: &SessionKey, ttl: &Duration) -> Result<(), anyhow::Error> {
        // Only called when the TTL is extended on every request, which the portal never asks
        // for: a session ends with its tokens, however busy it is. A cookie session has no
        // TTL of its own to extend.
        match (self, redis_handle(key)) {
            (Self::Redis(redis), Some(handle)) => Box::pin(redis.update_ttl(handle, ttl))
                .await
                .map_err(anyhow::Error::new),
            _ => Ok(()),
        }
    }

    async fn delete(&self, key: &SessionKey) -> Result<(), anyhow::Error> {
        // A cookie session is deleted with its cookie; nothing on the server holds it.
        match (self, redis_handle(key)) {
            (Self::Redis(redis), Some(handle)) => Box::pin(redis.delete(handle))
                .await
                .map_err(anyhow::Error::new),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed_in_state() -> State {
        let user = SessionUser::alice(1000);
        HashMap::from([(USER.to_owned(), serde_json::to_string(&user).unwrap())])
    }

    #[test]
    fn only_a_signed_in_session_is_a_redis_entry() {
        let anonymous = HashMap::from([("csrf".to_owned(), "\"t\"".to_owned())]);
        assert!(signed_in(&anonymous).is_none());
        assert!(signed_in(&signed_in_state()).is_some());
        let cookie_key = whole_session(&anonymous).unwrap();
        assert_eq!(redis_handle(&cookie_key), None);
        let redis_key = CookieContent::RedisHandle(&"a".repeat(64)).write().unwrap();
        assert_eq!(redis_handle(&redis_key), Some("a".repeat(64).as_str()));
    }

    #[actix_web::test]
    async fn a_cookie_session_reads_back_as_written_and_anything_else_is_empty() {
        let store = PortalSessionStore::cookie();
        let ttl = Duration::hours(1);
        let state = signed_in_state();
        let key = store.save(state.clone(), &ttl).await.unwrap();
        assert!(key.as_ref().starts_with("c:"), "{}", key.as_ref());
        assert_eq!(store.load(&key).await.unwrap(), Some(state.clone()));
        let key = store.update(key, state.clone(), &ttl).await.unwrap();
        assert_eq!(store.load(&key).await.unwrap(), Some(state.clone()));

        // The cookie store's untagged JSON, a Redis handle without Redis, and a broken
        // session: each an empty session (actix-session's answer to a deserialization
        // error), never a failed request.
        let untagged = SessionKey::try_from(serde_json::to_string(&state).unwrap()).unwrap();
        let handle = CookieContent::RedisHandle(&"a".repeat(64)).write().unwrap();
        let broken = SessionKey::try_from("c:{not json".to_owned()).unwrap();
        for key in [untagged, handle, broken] {
            assert!(
                matches!(store.load(&key).await, Err(LoadError::Deserialization(_))),
                "{}",
                key.as_ref()
            );
            store.delete(&key).await.unwrap();
            store.update_ttl(&key, &ttl).await.unwrap();
            let written = store.update(key, state.clone(), &ttl).await.unwrap();
            assert_eq!(store.load(&written).await.unwrap(), Some(state.clone()));
        }
    }
}
