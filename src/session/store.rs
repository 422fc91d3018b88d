//! Where sessions live. Without Redis, in the encrypted cookie itself: nothing on the server,
//! one instance. With Redis (the portal's own store, on the instance's one connection), the
//! cookie carries only a random key: every instance sees the same sessions, a purged session is
//! gone for real, and all of a person's sessions can be ended at once (each marked ended). A
//! page view is one GET.
//!
//! One type for both, so the middleware's type does not depend on the configuration.
use super::keys::{ENDED, USER};
use super::sessionless::is_sessionless;
use crate::domain::{SessionUser, now_millis};
use crate::error::AppError;
use crate::redis_pool::{OPERATION_TIMEOUT, Shared, SharedError, observed};
use actix_session::storage::{
    CookieSessionStore, LoadError, SaveError, SessionKey, SessionStore, UpdateError,
};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::time::Duration;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, ResponseError};
use std::collections::HashMap;

type State = HashMap<String, String>;

#[derive(Clone)]
pub enum PortalSessionStore {
    /// The whole session in the encrypted cookie (actix-session's cookie store).
    Cookie,
    /// Signed-in sessions in Redis; a session before sign-in (a CSRF token, a first sign-in
    /// under way) stays in the encrypted cookie, as without Redis: a visitor, or a flood of
    /// them, writes nothing to Redis.
    Redis(RedisSessions),
}

/// Sessions in Redis, plus an index of each person's sessions, so that every session of a
/// person can be ended in Redis itself: a page view then needs only the session's own GET.
#[derive(Clone)]
pub struct RedisSessions {
    shared: Shared,
}

impl PortalSessionStore {
    pub fn cookie() -> Self {
        Self::Cookie
    }

    pub async fn redis(shared: &Shared) -> anyhow::Result<Self> {
        Ok(Self::Redis(RedisSessions {
            shared: shared.clone(),
        }))
    }
}

/// Redis key kinds: a session, and the sessions of one person (a sorted set of session keys
/// scored by when Redis drops each session).
const SESSION: &str = "session";
const SESSIONS_OF: &str = "sessions-by-expiry";

/// Longest any session lives (a Cognito ID token's longest validity, one day): how long a
/// person's index is kept after their last sign-in.
const INDEX_TTL_MS: u64 = 24 * 3_600_000;

fn signed_in(state: &State) -> Option<SessionUser> {
    state
        .get(USER)
        .and_then(|raw| serde_json::from_str::<SessionUser>(raw).ok())
}

/// How long Redis keeps a signed-in session after its tokens expired: long enough for the
/// next page to find it, see the expiry and say "your session has ended" rather than showing
/// the sign-in page without a word.
const EXPIRED_GRACE_SECS: i64 = 300;

/// A signed-in session lives in Redis as long as its tokens, and the grace above.
fn ttl_of(user: &SessionUser) -> Duration {
    let ms = user.expires_at.saturating_sub(now_millis());
    let secs = i64::try_from(ms.div_ceil(1000)).unwrap_or(i64::MAX);
    Duration::seconds(secs.saturating_add(EXPIRED_GRACE_SECS))
}

impl RedisSessions {
    /// Stores the session (new, or replacing `key`), then notes it under its person.
    async fn store(
        &self,
        key: Option<SessionKey>,
        state: State,
    ) -> Result<SessionKey, anyhow::Error> {
        let Some(user) = signed_in(&state) else {
            return Err(anyhow::anyhow!("only signed-in sessions are kept in Redis"));
        };
        let ttl = ttl_of(&user);
        let key = match key {
            None => self.save_new(&state, &ttl).await?,
            Some(key) => {
                // Not actix-session's `update`: when the key has gone (expired since this
                // request loaded it) that saves the state under a new key, and it would also
                // overwrite a session ended on another instance meanwhile. Here an ended
                // session stays ended, and the next request is told so.
                let redis_key = self.shared.key(SESSION, key.as_ref());
                let body = serde_json::to_string(&state)?;
                let written: u8 = self
                    .shared
                    .run("session_set_live", |mut conn| async move {
                        SET_IF_LIVE
                            .key(redis_key)
                            .arg(body)
                            .arg(ttl.whole_seconds())
                            .arg(&*TOMBSTONE)
                            .invoke_async(&mut conn)
                            .await
                    })
                    .await?;
                if written == 0 {
                    return Ok(key);
                }
                key
            }
        };
        let index = self.shared.key(SESSIONS_OF, user.username.as_str());
        let member = key.as_ref().to_owned();
        let now = now_millis();
        let dropped_at = now.saturating_add(u64::try_from(ttl.whole_milliseconds()).unwrap_or(0));
        // Sessions Redis has already dropped (expired, signed out) leave the index here, so a
        // person who signs in often keeps an index the size of their live sessions.
        self.shared
            .run("session_index", |mut conn| async move {
                redis::pipe()
                    .zadd(&index, member, dropped_at)
                    .ignore()
                    .zrembyscore(&index, "-inf", now)
                    .ignore()
                    .pexpire(&index, i64::try_from(INDEX_TTL_MS).unwrap_or(i64::MAX))
                    .ignore()
                    .query_async::<()>(&mut conn)
                    .await
            })
            .await?;
        Ok(key)
    }
}

impl RedisSessions {
    /// The session under `key`: one GET (the only Redis call of a page view).
    async fn load(&self, key: &SessionKey) -> Result<Option<State>, SharedError> {
        let redis_key = self.shared.key(SESSION, key.as_ref());
        let raw: Option<String> = self
            .shared
            .run("session_load", |mut conn| async move {
                redis::cmd("GET")
                    .arg(redis_key)
                    .query_async(&mut conn)
                    .await
            })
            .await?;
        // A value that does not parse (another format, tampering) is no session.
        Ok(raw.and_then(|raw| serde_json::from_str(&raw).ok()))
    }

    /// A new session under a new random key (64 letters and digits, as actix-session's).
    async fn save_new(&self, state: &State, ttl: &Duration) -> Result<SessionKey, anyhow::Error> {
        let body = serde_json::to_string(state)?;
        for _ in 0..3 {
            let key: String = rand::Rng::sample_iter(rand::rng(), &rand::distr::Alphanumeric)
                .take(64)
                .map(char::from)
                .collect();
            let redis_key = self.shared.key(SESSION, &key);
            let body = body.clone();
            let seconds = ttl.whole_seconds();
            let stored: Option<String> = self
                .shared
                .run("session_insert", |mut conn| async move {
                    redis::cmd("SET")
                        .arg(redis_key)
                        .arg(body)
                        .arg("NX")
                        .arg("EX")
                        .arg(seconds)
                        .query_async(&mut conn)
                        .await
                })
                .await?;
            if stored.is_some() {
                return SessionKey::try_from(key).map_err(anyhow::Error::new);
            }
        }
        Err(anyhow::anyhow!("three random session keys were all taken"))
    }

    async fn delete(&self, key: &SessionKey) -> Result<(), SharedError> {
        let redis_key = self.shared.key(SESSION, key.as_ref());
        self.shared
            .run("session_delete", |mut conn| async move {
                redis::cmd("DEL")
                    .arg(redis_key)
                    .query_async::<()>(&mut conn)
                    .await
            })
            .await
    }

    async fn update_ttl(&self, key: &SessionKey, ttl: &Duration) -> Result<(), SharedError> {
        let redis_key = self.shared.key(SESSION, key.as_ref());
        let seconds = ttl.whole_seconds();
        self.shared
            .run("session_update_ttl", |mut conn| async move {
                redis::cmd("EXPIRE")
                    .arg(redis_key)
                    .arg(seconds)
                    .query_async::<()>(&mut conn)
                    .await
            })
            .await
    }
}

/// Ends every session `username` has in Redis (sign out everywhere, disable, reset, group
/// change): each is replaced by a tombstone that keeps its expiry, so its next request is told
/// the session ended, and nothing can write the session back. Sessions begun afterwards are not
/// in the index yet, so they live on.
pub async fn end_sessions_of(shared: &Shared, username: &str) -> Result<(), SharedError> {
    let index = shared.key(SESSIONS_OF, username);
    let session_prefix = shared.key(SESSION, "");
    shared
        .run("end_sessions", |mut conn| async move {
            END_SESSIONS_OF
                .key(index)
                .arg(session_prefix)
                .arg(&*TOMBSTONE)
                .invoke_async::<u64>(&mut conn)
                .await
                .map(drop)
        })
        .await
}

/// What an ended session holds in Redis: only the `ENDED` mark.
static TOMBSTONE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let state: State = HashMap::from([(ENDED.to_owned(), "true".to_owned())]);
    serde_json::to_string(&state).unwrap_or_default()
});

/// One step, so no session is missed between reading the index and ending it.
static END_SESSIONS_OF: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        r"
local members = redis.call('ZRANGE', KEYS[1], 0, -1)
for _, member in ipairs(members) do
  local key = ARGV[1] .. member
  if redis.call('EXISTS', key) == 1 then redis.call('SET', key, ARGV[2], 'KEEPTTL') end
end
redis.call('DEL', KEYS[1])
return #members
",
    )
});

/// Replaces a session's state, unless the session has gone or has been ended meanwhile.
static SET_IF_LIVE: std::sync::LazyLock<redis::Script> = std::sync::LazyLock::new(|| {
    redis::Script::new(
        r"
local current = redis.call('GET', KEYS[1])
if not current or current == ARGV[3] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
",
    )
});

fn other(err: SharedError) -> anyhow::Error {
    anyhow::Error::new(err)
}

// The Redis calls are boxed: actix-session keeps the store's futures inside the one future it
// boxes per request, and a Redis call's future is kilobytes, so every request, cookie-held ones
// too, copied them into that box (callgrind: 23,000 of a page view's instructions were that
// copy). A boxed call costs an allocation, beside a network round trip.
impl SessionStore for PortalSessionStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<State>, LoadError> {
        match self {
            Self::Redis(redis) if !in_cookie(key) => Box::pin(redis.load(key))
                .await
                .map_err(|e| LoadError::Other(other(e))),
            _ => CookieSessionStore::default().load(key).await,
        }
    }

    async fn save(&self, state: State, ttl: &Duration) -> Result<SessionKey, SaveError> {
        match self {
            Self::Redis(redis) if signed_in(&state).is_some() => {
                Box::pin(bounded("session_save", redis.store(None, state)))
                    .await
                    .map_err(SaveError::Other)
            }
            _ => CookieSessionStore::default().save(state, ttl).await,
        }
    }

    async fn update(
        &self,
        key: SessionKey,
        state: State,
        ttl: &Duration,
    ) -> Result<SessionKey, UpdateError> {
        match self {
            Self::Redis(redis) if signed_in(&state).is_some() => {
                let key = (!in_cookie(&key)).then_some(key);
                Box::pin(bounded("session_update", redis.store(key, state)))
                    .await
                    .map_err(UpdateError::Other)
            }
            _ => CookieSessionStore::default().update(key, state, ttl).await,
        }
    }

    async fn update_ttl(&self, key: &SessionKey, ttl: &Duration) -> Result<(), anyhow::Error> {
        // Only called when the TTL is extended on every request, which the portal never asks
        // for: a session ends with its tokens, however busy it is.
        match self {
            Self::Redis(redis) if !in_cookie(key) => {
                Box::pin(redis.update_ttl(key, ttl)).await.map_err(other)
            }
            _ => CookieSessionStore::default().update_ttl(key, ttl).await,
        }
    }

    async fn delete(&self, key: &SessionKey) -> Result<(), anyhow::Error> {
        match self {
            Self::Redis(redis) if !in_cookie(key) => {
                Box::pin(redis.delete(key)).await.map_err(other)
            }
            _ => CookieSessionStore::default().delete(key).await,
        }
    }
}

/// Whether the session travels in the cookie itself (the cookie store's "key" is the state as
/// JSON) rather than naming a Redis entry (64 letters and digits).
fn in_cookie(key: &SessionKey) -> bool {
    key.as_ref().starts_with('{')
}

fn timeout() -> SharedError {
    SharedError::Timeout(OPERATION_TIMEOUT)
}

/// A session-store call, bounded and counted as every Redis call is (`redis_pool::observed`).
async fn bounded<T>(
    operation: &'static str,
    call: impl Future<Output = Result<T, anyhow::Error>>,
) -> Result<T, anyhow::Error> {
    observed(operation, call)
        .await
        .unwrap_or_else(|| Err(other(timeout())))
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
///
/// `store_failures` also keeps the session cookie away from the paths that never use the
/// session (`is_sessionless`), so /healthz and the static files do not depend on Redis.
pub async fn store_failures<B: MessageBody + 'static>(
    mut req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    if is_sessionless(req.path()) {
        // Probes and static files never read the session: without the cookie the session
        // layer loads nothing, so they answer whatever the state of Redis.
        req.headers_mut().remove(header::COOKIE);
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let slot = RequestSlot::default();
    slot.0.replace(Some(req.request().clone()));
    req.extensions_mut().insert(slot.clone());
    let outcome = next.call(req).await;
    // Always emptied: the slot lives in the request's own extensions.
    let request = slot.0.take();
    match (outcome, request) {
        (Ok(res), _) => Ok(res.map_into_left_body()),
        (Err(err), Some(request)) if err.as_response_error().status_code().is_server_error() => {
            // actix-session hands the store's failure over as an `actix_web::Error`, whose cause
            // it does not expose: its text is all there is to keep.
            let error = AppError::StorageUnavailable(err.to_string().into());
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
    fn a_signed_in_session_is_kept_as_long_as_its_tokens_and_five_minutes_more() {
        let ttl = ttl_of(&signed_in(&state_with(3_600_000)).unwrap()).whole_seconds();
        assert!((3899..=3900).contains(&ttl), "{ttl}");
        assert_eq!(
            ttl_of(&signed_in(&state_with(0)).unwrap()).whole_seconds(),
            300
        );
    }

    #[test]
    fn only_a_signed_in_session_is_a_redis_entry() {
        let anonymous = HashMap::from([("csrf".to_owned(), "\"t\"".to_owned())]);
        assert!(signed_in(&anonymous).is_none());
        assert!(signed_in(&state_with(1000)).is_some());
        let cookie_key = SessionKey::try_from(serde_json::to_string(&anonymous).unwrap()).unwrap();
        assert!(in_cookie(&cookie_key));
        let redis_key = SessionKey::try_from("a".repeat(64)).unwrap();
        assert!(!in_cookie(&redis_key));
    }
}
