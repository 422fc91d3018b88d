//! Where sessions live: the key that seals the cookie, and Redis when several instances share
//! sessions, sign-outs and rate limits.
use super::lookup::{ConfigError, Vars};
use base64::Engine;
use secrecy::{ExposeSecret, SecretBox, SecretString};

pub const SESSION_KEY: &str = "SESSION_KEY";
pub const REDIS_URL: &str = "REDIS_URL";
pub const REDIS_PREFIX: &str = "REDIS_PREFIX";

const SESSION_KEY_HINT: &str = "make one with: head -c 64 /dev/urandom | base64 -w0";

#[derive(Clone)]
pub struct SessionSettings {
    pub key: SessionKey,
    /// Shared state for several instances; unset keeps everything in this process.
    pub redis: Option<RedisSettings>,
}

impl SessionSettings {
    pub fn from_lookup(vars: &Vars) -> Result<Self, ConfigError> {
        let key = vars
            .optional(SESSION_KEY)
            .ok_or_else(|| ConfigError::new(SESSION_KEY, format!("is not set; {SESSION_KEY_HINT}")))
            .and_then(|raw| {
                SessionKey::from_base64(&raw).map_err(|problem| {
                    ConfigError::new(SESSION_KEY, format!("{problem}; {SESSION_KEY_HINT}"))
                })
            })?;
        Ok(Self {
            key,
            redis: RedisSettings::from_lookup(vars)?,
        })
    }
}

#[derive(Clone)]
pub struct RedisSettings {
    /// May carry a password, hence secret.
    pub url: SecretString,
    /// Put before every key, so several portals can share one Redis.
    pub prefix: String,
}

impl RedisSettings {
    /// `None` without `REDIS_URL`: one instance, everything in its memory.
    fn from_lookup(vars: &Vars) -> Result<Option<Self>, ConfigError> {
        let Some(url) = vars.optional(REDIS_URL) else {
            return Ok(None);
        };
        let parsed = url::Url::parse(url.trim()).map_err(|_| {
            ConfigError::new(REDIS_URL, "is not a URL like redis://127.0.0.1:6379/0")
        })?;
        if parsed.scheme() != "redis" || !parsed.has_host() {
            return Err(ConfigError::new(
                REDIS_URL,
                "must be redis://HOST:PORT/DB (TLS to Redis is not built in; use a local TLS tunnel)",
            ));
        }
        let prefix = vars
            .optional(REDIS_PREFIX)
            .unwrap_or_else(|| "cognito-portal:".to_owned());
        if prefix.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ConfigError::new(
                REDIS_PREFIX,
                "must not contain spaces or control characters",
            ));
        }
        Ok(Some(Self {
            url: SecretString::from(url.trim().to_owned()),
            prefix,
        }))
    }
}

/// The key that encrypts session cookies: at least 64 bytes (actix's `Key` panics below that).
#[derive(Clone)]
pub struct SessionKey(std::sync::Arc<SecretBox<Vec<u8>>>);

impl SessionKey {
    pub const MIN_BYTES: usize = 64;

    pub fn from_base64(raw: &str) -> Result<Self, String> {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(raw.trim())
            .map_err(|_| "is not valid base64".to_owned())?;
        Self::from_bytes(bytes)
    }

    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, String> {
        if bytes.len() < Self::MIN_BYTES {
            return Err(format!(
                "holds {} bytes, at least {} are needed",
                bytes.len(),
                Self::MIN_BYTES
            ));
        }
        Ok(Self(std::sync::Arc::new(SecretBox::new(Box::new(bytes)))))
    }

    /// A fresh random key, as `provision` writes into a new env file.
    pub fn generate_base64() -> String {
        let mut bytes = [0u8; Self::MIN_BYTES];
        rand::Rng::fill(&mut rand::rng(), &mut bytes[..]);
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }

    /// A separate key for another purpose (e.g. signing forms), so no two uses share a key.
    pub fn derive(&self, purpose: &str) -> [u8; 32] {
        use hmac::{Hmac, Mac};
        let Ok(mut mac) = Hmac::<sha2::Sha256>::new_from_slice(self.0.expose_secret()) else {
            unreachable!("HMAC-SHA256 takes keys of any length")
        };
        mac.update(purpose.as_bytes());
        mac.finalize().into_bytes().into()
    }

    pub fn cookie_key(&self) -> actix_web::cookie::Key {
        actix_web::cookie::Key::from(self.0.expose_secret())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::lookup::pairs;

    fn load(extra: &[(&'static str, &str)]) -> Result<SessionSettings, ConfigError> {
        let key = SessionKey::generate_base64();
        let lookup = pairs(&[&[(SESSION_KEY, key.as_str())], extra].concat());
        SessionSettings::from_lookup(&Vars::new(&lookup))
    }

    #[test]
    fn a_short_session_key_is_refused_with_a_recipe() {
        let lookup = pairs(&[(SESSION_KEY, "c2hvcnQ=")]);
        let err = SessionSettings::from_lookup(&Vars::new(&lookup))
            .err()
            .unwrap();
        assert_eq!(err.var, SESSION_KEY);
        assert!(err.to_string().contains("/dev/urandom"), "{err}");
    }

    #[test]
    fn a_missing_session_key_is_named_with_a_recipe() {
        let lookup = pairs(&[]);
        let err = SessionSettings::from_lookup(&Vars::new(&lookup))
            .err()
            .unwrap();
        assert_eq!(err.var, SESSION_KEY);
        assert!(err.to_string().contains("is not set; make one"), "{err}");
    }

    #[test]
    fn redis_is_off_unless_asked_for_and_its_prefix_has_a_default() {
        assert!(load(&[]).unwrap().redis.is_none());
        let url = (REDIS_URL, "redis://:pw@10.0.0.5:6379/2");
        let redis = load(&[url]).unwrap().redis.unwrap();
        assert_eq!(redis.prefix, "cognito-portal:");
        assert_eq!(redis.url.expose_secret(), "redis://:pw@10.0.0.5:6379/2");
        let err = load(&[url, (REDIS_PREFIX, "portal two:")]).err().unwrap();
        assert_eq!(err.var, REDIS_PREFIX);
    }
}
