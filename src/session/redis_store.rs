//! Signed-in sessions in Redis (the portal's own store, on the instance's one connection):
//! every instance sees the same sessions, a purged session is gone for real, and all of a
//! person's sessions can be ended at once. Beside each session, an index of its person's
//! sessions, so ending them all happens in Redis itself and a page view needs only the
//! session's own GET.
use super::cookie_content::HANDLE_LEN;
use super::keys::ENDED;
use crate::domain::{SessionUser, now_millis};
use crate::redis_pool::{OPERATION_TIMEOUT, Shared, SharedError, observed};
use actix_web::cookie::time::Duration;
use std::collections::HashMap;
use std::sync::LazyLock;

type State = HashMap<String, String>;

/// Redis key kinds: a session, and the sessions of one person (a sorted set of session
/// handles scored by when Redis drops each session).
const SESSION: &str = "session";
const SESSIONS_OF: &str = "sessions-by-expiry";

/// Longest any session lives (a Cognito ID token's longest validity, one day): how long a
/// person's index is kept after their last sign-in.
const INDEX_TTL_MS: u64 = 24 * 3_600_000;

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

/// Sessions in Redis, each under a random handle the cookie carries.
#[derive(Clone)]
pub struct RedisSessions {
    shared: Shared,
}

impl RedisSessions {
    pub fn new(shared: &Shared) -> Self {
        Self {
            shared: shared.clone(),
        }
    }

    /// Stores `user`'s session under a new handle, and returns the handle.
    pub async fn save(&self, user: &SessionUser, state: State) -> Result<String, anyhow::Error> {
        bounded("session_save", self.store(None, user, state)).await
    }

    /// Replaces the session under `handle` (or, without one, stores it under a new handle),
    /// and returns the handle the cookie should carry.
    pub async fn update(
        &self,
        handle: Option<&str>,
        user: &SessionUser,
        state: State,
    ) -> Result<String, anyhow::Error> {
        bounded("session_update", self.store(handle, user, state)).await
    }

    /// Stores the session (new, or replacing `handle`), then notes it under its person.
    async fn store(
        &self,
        handle: Option<&str>,
        user: &SessionUser,
        state: State,
    ) -> Result<String, anyhow::Error> {
        let ttl = ttl_of(user);
        let handle = match handle {
            None => self.save_new(&state, &ttl).await?,
            Some(handle) => {
                // Not actix-session's own Redis `update`: when the session has gone (expired
                // since this request loaded it) that saves the state under a new key, and it
                // would also overwrite a session ended on another instance meanwhile. Here an
                // ended session stays ended, and the next request is told so.
                let redis_key = self.shared.key(SESSION, handle);
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
                    return Ok(handle.to_owned());
                }
                handle.to_owned()
            }
        };
        let index = self.shared.key(SESSIONS_OF, user.username.as_str());
        let member = handle.clone();
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
        Ok(handle)
    }

    /// The session under `handle`: one GET (the only Redis call of a page view).
    pub async fn load(&self, handle: &str) -> Result<Option<State>, SharedError> {
        let redis_key = self.shared.key(SESSION, handle);
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

    /// A new session under a new random handle (letters and digits, as actix-session's keys).
    async fn save_new(&self, state: &State, ttl: &Duration) -> Result<String, anyhow::Error> {
        let body = serde_json::to_string(state)?;
        for _ in 0..3 {
            let handle: String = rand::Rng::sample_iter(rand::rng(), &rand::distr::Alphanumeric)
                .take(HANDLE_LEN)
                .map(char::from)
                .collect();
            let redis_key = self.shared.key(SESSION, &handle);
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
                return Ok(handle);
            }
        }
        Err(anyhow::anyhow!(
            "three random session handles were all taken"
        ))
    }

    pub async fn delete(&self, handle: &str) -> Result<(), SharedError> {
        let redis_key = self.shared.key(SESSION, handle);
        self.shared
            .run("session_delete", |mut conn| async move {
                redis::cmd("DEL")
                    .arg(redis_key)
                    .query_async::<()>(&mut conn)
                    .await
            })
            .await
    }

    pub async fn update_ttl(&self, handle: &str, ttl: &Duration) -> Result<(), SharedError> {
        let redis_key = self.shared.key(SESSION, handle);
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

/// A session-store call of several Redis calls, bounded and counted as one
/// (`redis_pool::observed`), as each of its calls is.
async fn bounded<T>(
    operation: &'static str,
    call: impl Future<Output = Result<T, anyhow::Error>>,
) -> Result<T, anyhow::Error> {
    observed(operation, call)
        .await
        .unwrap_or_else(|| Err(anyhow::Error::new(SharedError::Timeout(OPERATION_TIMEOUT))))
}

/// What an ended session holds in Redis: only the `ENDED` mark.
static TOMBSTONE: LazyLock<String> = LazyLock::new(|| {
    let state: State = HashMap::from([(ENDED.to_owned(), "true".to_owned())]);
    serde_json::to_string(&state).unwrap_or_default()
});

/// One step, so no session is missed between reading the index and ending it.
static END_SESSIONS_OF: LazyLock<redis::Script> = LazyLock::new(|| {
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
static SET_IF_LIVE: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"
local current = redis.call('GET', KEYS[1])
if not current or current == ARGV[3] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1
",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    fn user_for(expires_in_ms: u64) -> SessionUser {
        SessionUser::alice(expires_in_ms)
    }

    #[test]
    fn a_signed_in_session_is_kept_as_long_as_its_tokens_and_five_minutes_more() {
        let ttl = ttl_of(&user_for(3_600_000)).whole_seconds();
        assert!((3899..=3900).contains(&ttl), "{ttl}");
        assert_eq!(ttl_of(&user_for(0)).whole_seconds(), 300);
    }
}
