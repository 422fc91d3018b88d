//! Where sessions live. Without Redis, in the encrypted cookie itself: nothing on the server,
//! one instance. With Redis (actix-session's own Redis store, over the shared pool), the cookie
//! carries only a random key: every instance sees the same sessions, and a purged session is
//! gone for real.
//!
//! One type for both, so the middleware's type does not depend on the configuration.
use super::{SessionUser, USER};
use crate::auth::now_millis;
use crate::error::AppError;
use crate::shared::{OPERATION_TIMEOUT, Shared, SharedError};
use actix_session::storage::{
    CookieSessionStore, LoadError, RedisSessionStore, SaveError, SessionKey, SessionStore,
    UpdateError,
};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::time::Duration;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, ResponseError};
use std::collections::HashMap;

/// How long Redis keeps a session nobody has signed in to (it holds only a CSRF token, or a
/// first sign-in under way).
const ANONYMOUS_TTL_SECS: i64 = 3600;

type State = HashMap<String, String>;

pub enum PortalSessionStore {
    Cookie(CookieSessionStore),
    Redis(RedisSessionStore),
}

impl PortalSessionStore {
    pub fn cookie() -> Self {
        Self::Cookie(CookieSessionStore::default())
    }

    pub async fn redis(shared: &Shared) -> anyhow::Result<Self> {
        let keys = shared.clone();
        let store = RedisSessionStore::builder_pooled(shared.pool().clone())
            .cache_keygen(move |key| keys.key("session", key))
            .build()
            .await?;
        Ok(Self::Redis(store))
    }

    pub fn is_shared(&self) -> bool {
        matches!(self, Self::Redis(_))
    }
}

/// A signed-in session lives exactly as long as its tokens; any other one hour.
fn ttl_of(state: &State) -> Duration {
    let signed_in_until = state
        .get(USER)
        .and_then(|raw| serde_json::from_str::<SessionUser>(raw).ok())
        .map(|user| user.expires_at);
    match signed_in_until {
        Some(expires_at) => {
            let ms = expires_at.saturating_sub(now_millis());
            // Redis refuses a zero expiry; a session already past its tokens is refused on
            // read anyway.
            Duration::seconds(i64::try_from(ms.div_ceil(1000)).unwrap_or(i64::MAX).max(1))
        }
        None => Duration::seconds(ANONYMOUS_TTL_SECS),
    }
}

fn other(err: SharedError) -> anyhow::Error {
    anyhow::Error::new(err)
}

/// The same store for another worker (the cookie store holds nothing to share).
impl Clone for PortalSessionStore {
    fn clone(&self) -> Self {
        match self {
            Self::Cookie(_) => Self::cookie(),
            Self::Redis(store) => Self::Redis(store.clone()),
        }
    }
}

impl SessionStore for PortalSessionStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<State>, LoadError> {
        match self {
            Self::Cookie(store) => store.load(key).await,
            Self::Redis(store) => tokio::time::timeout(OPERATION_TIMEOUT, store.load(key))
                .await
                .unwrap_or_else(|_| Err(LoadError::Other(other(timeout())))),
        }
    }

    async fn save(&self, state: State, ttl: &Duration) -> Result<SessionKey, SaveError> {
        match self {
            Self::Cookie(store) => store.save(state, ttl).await,
            Self::Redis(store) => {
                let ttl = ttl_of(&state);
                tokio::time::timeout(OPERATION_TIMEOUT, store.save(state, &ttl))
                    .await
                    .unwrap_or_else(|_| Err(SaveError::Other(other(timeout()))))
            }
        }
    }

    async fn update(
        &self,
        key: SessionKey,
        state: State,
        ttl: &Duration,
    ) -> Result<SessionKey, UpdateError> {
        match self {
            Self::Cookie(store) => store.update(key, state, ttl).await,
            Self::Redis(store) => {
                let ttl = ttl_of(&state);
                tokio::time::timeout(OPERATION_TIMEOUT, store.update(key, state, &ttl))
                    .await
                    .unwrap_or_else(|_| Err(UpdateError::Other(other(timeout()))))
            }
        }
    }

    async fn update_ttl(&self, key: &SessionKey, ttl: &Duration) -> Result<(), anyhow::Error> {
        // Only called when the TTL is extended on every request, which the portal never asks
        // for: a session ends with its tokens, however busy it is.
        match self {
            Self::Cookie(store) => store.update_ttl(key, ttl).await,
            Self::Redis(store) => within_anyhow(store.update_ttl(key, ttl)).await,
        }
    }

    async fn delete(&self, key: &SessionKey) -> Result<(), anyhow::Error> {
        match self {
            Self::Cookie(store) => store.delete(key).await,
            Self::Redis(store) => within_anyhow(store.delete(key)).await,
        }
    }
}

fn timeout() -> SharedError {
    SharedError::Timeout(OPERATION_TIMEOUT)
}

async fn within_anyhow(
    fut: impl Future<Output = Result<(), anyhow::Error>>,
) -> Result<(), anyhow::Error> {
    tokio::time::timeout(OPERATION_TIMEOUT, fut)
        .await
        .unwrap_or_else(|_| Err(other(timeout())))
}

/// The session middleware fails a request whose session it cannot load or save with a bare
/// 500 error, which skips every outer middleware (security headers, request id, metrics).
/// With Redis that means the store is unreachable, so these two turn it into the 503 page as
/// an ordinary response: nothing in the session can be trusted, and retrying later helps.
///
/// Making that response needs the request, which actix routes only when no one else holds a
/// copy. So `store_failures` (just outside the session middleware) keeps a copy in a slot;
/// `release_request` (just inside it, before routing) drops that copy, and puts one back once
/// the handler has answered, for a save that fails afterwards. Both are wrapped only when
/// sessions live in Redis.
pub async fn store_failures<B: MessageBody + 'static>(
    req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    let slot = RequestSlot::default();
    slot.0.replace(Some(req.request().clone()));
    req.extensions_mut().insert(slot.clone());
    let outcome = next.call(req).await;
    // Always emptied: the slot lives in the request's own extensions.
    let request = slot.0.take();
    match (outcome, request) {
        (Ok(res), _) => Ok(res.map_into_left_body()),
        (Err(err), Some(request)) if err.as_response_error().status_code().is_server_error() => {
            let error = AppError::StorageUnavailable(err.to_string());
            Ok(ServiceResponse::new(request, error.error_response()).map_into_right_body())
        }
        (Err(err), _) => Err(err),
    }
}

/// See `store_failures`.
pub async fn release_request<B: MessageBody + 'static>(
    req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<B>, actix_web::Error> {
    let slot = req.extensions().get::<RequestSlot>().cloned();
    if let Some(slot) = &slot {
        drop(slot.0.take());
    }
    let res = next.call(req).await?;
    if let Some(slot) = slot {
        slot.0.replace(Some(res.request().clone()));
    }
    Ok(res)
}

#[derive(Clone, Default)]
struct RequestSlot(std::rc::Rc<std::cell::RefCell<Option<HttpRequest>>>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Username;

    fn state_with(expires_in_ms: u64) -> State {
        let user = SessionUser {
            session_id: SessionUser::new_session_id(),
            username: Username::parse("alice").unwrap(),
            email: "alice@example.com".into(),
            given_name: "Alice".into(),
            family_name: "Liddell".into(),
            groups: vec!["client".into()],
            signed_in_at: now_millis(),
            expires_at: now_millis() + expires_in_ms,
        };
        HashMap::from([(USER.to_owned(), serde_json::to_string(&user).unwrap())])
    }

    #[test]
    fn a_signed_in_session_is_kept_exactly_as_long_as_its_tokens() {
        let ttl = ttl_of(&state_with(3_600_000)).whole_seconds();
        assert!((3599..=3600).contains(&ttl), "{ttl}");
        assert_eq!(ttl_of(&state_with(0)).whole_seconds(), 1);
    }

    #[test]
    fn an_anonymous_session_is_kept_an_hour() {
        let state = HashMap::from([("csrf".to_owned(), "\"t\"".to_owned())]);
        assert_eq!(ttl_of(&state).whole_seconds(), 3600);
    }
}
