//! What the session cookie carries, sealed: actix-session's "session key", which the store
//! makes and reads. It is either the whole session (kept in the cookie) or the handle of a
//! session kept in Redis, and says which in a two-byte tag before it, so the store never has to
//! guess from the content. Anything else (no tag, an unknown tag, a handle of the wrong shape)
//! is no session at all: the person is signed out, never shown an error.
use actix_session::storage::SessionKey;

/// Written before the session itself, as JSON.
const WHOLE_SESSION: &str = "c:";
/// Written before a Redis handle.
const REDIS_HANDLE: &str = "r:";

/// How many letters and digits a Redis handle has (as many as actix-session's own keys).
pub const HANDLE_LEN: usize = 64;

#[derive(Debug, PartialEq, Eq)]
pub enum CookieContent<'a> {
    /// The session's entries as JSON, kept in the cookie (without Redis, or before sign-in).
    WholeSession(&'a str),
    /// The name of a session kept in Redis.
    RedisHandle(&'a str),
}

impl<'a> CookieContent<'a> {
    /// What `key` carries; `None` for anything this store did not write.
    pub fn read(key: &'a SessionKey) -> Option<Self> {
        let value = key.as_ref();
        if let Some(json) = value.strip_prefix(WHOLE_SESSION) {
            Some(Self::WholeSession(json))
        } else if let Some(handle) = value.strip_prefix(REDIS_HANDLE) {
            is_handle(handle).then_some(Self::RedisHandle(handle))
        } else {
            None
        }
    }

    /// The tagged value, as the cookie carries it. Fails only past the cookie's size limit
    /// (actix-session's 4,064 bytes of content).
    pub fn write(&self) -> Result<SessionKey, anyhow::Error> {
        let value = match self {
            Self::WholeSession(json) => [WHOLE_SESSION, json].concat(),
            Self::RedisHandle(handle) => [REDIS_HANDLE, handle].concat(),
        };
        SessionKey::try_from(value).map_err(anyhow::Error::new)
    }
}

fn is_handle(handle: &str) -> bool {
    handle.len() == HANDLE_LEN && handle.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(value: &str) -> SessionKey {
        SessionKey::try_from(value.to_owned()).unwrap()
    }

    #[test]
    fn each_kind_reads_back_as_written() {
        let json = r#"{"csrf":"\"t\""}"#;
        let written = CookieContent::WholeSession(json).write().unwrap();
        assert_eq!(written.as_ref(), format!("c:{json}"));
        assert_eq!(
            CookieContent::read(&written),
            Some(CookieContent::WholeSession(json))
        );

        let handle = "aZ09".repeat(16);
        let written = CookieContent::RedisHandle(&handle).write().unwrap();
        assert_eq!(written.as_ref(), format!("r:{handle}"));
        assert_eq!(
            CookieContent::read(&written),
            Some(CookieContent::RedisHandle(&handle))
        );
    }

    #[test]
    fn an_untagged_value_is_no_session() {
        // What the cookie carried before it had a tag: a whole session, or a bare handle.
        assert_eq!(CookieContent::read(&key(r#"{"csrf":"\"t\""}"#)), None);
        assert_eq!(CookieContent::read(&key(&"r".repeat(64))), None);
        assert_eq!(CookieContent::read(&key(&"c".repeat(64))), None);
        assert_eq!(CookieContent::read(&key("")), None);
    }

    #[test]
    fn an_unknown_tag_or_a_malformed_handle_is_no_session() {
        for garbage in [
            "x:{}".to_owned(),
            "C:{}".to_owned(),
            "c{}".to_owned(),
            "r:".to_owned(),
            format!("r:{}", "a".repeat(63)),
            format!("r:{}", "a".repeat(65)),
            format!("r:{}-", "a".repeat(63)),
            format!("r:{}é", "a".repeat(62)),
            "garbage".to_owned(),
            "\u{0}c:{}".to_owned(),
        ] {
            assert_eq!(CookieContent::read(&key(&garbage)), None, "{garbage:?}");
        }
    }

    #[test]
    fn a_whole_session_past_the_cookie_limit_is_refused() {
        let json = "x".repeat(4063);
        let err = CookieContent::WholeSession(&json).write().unwrap_err();
        assert!(format!("{err:?}").contains("4064 bytes"), "{err:?}");
    }
}
