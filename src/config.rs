//! Typed settings from the environment (after `.env.local`), checked once at start-up.
use crate::domain::Colour;
use base64::Engine;
use secrecy::{ExposeSecret, SecretBox, SecretString};
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::time::Duration;

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

/// Everything the portal needs to run, valid by construction.
#[derive(Clone)]
pub struct Settings {
    pub bind: SocketAddr,
    pub cognito: CognitoSettings,
    pub session_key: SessionKey,
    pub admin_group: String,
    /// Proxies whose `X-Forwarded-For` is believed (see `client_address.rs`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The portal's public address, e.g. https://portal.example.com: the only origin forms
    /// are accepted from, and HSTS when it is https.
    pub public_url: Option<url::Url>,
    pub limits: LimitSettings,
    /// How long in-flight requests may take to finish after SIGTERM.
    pub shutdown_timeout: std::time::Duration,
    /// A separate address for /metrics; unset serves it on the main listener.
    pub metrics_bind: Option<SocketAddr>,
    pub json_logs: bool,
    /// `PORTAL_PSEUDO_LANGUAGE=true`: `en-XA` can be chosen (the tests that find text left out
    /// of the message resources). Never for people.
    pub pseudo_language: bool,
    /// Shared state for several instances; unset keeps everything in this process.
    pub redis: Option<RedisSettings>,
    /// The organisation's name, logo and accent.
    pub look: LookSettings,
}

/// How the portal presents the organisation: `PORTAL_NAME`, `PORTAL_LOGO`, `PORTAL_ACCENT`.
#[derive(Clone, Debug)]
pub struct LookSettings {
    pub portal_name: String,
    pub logo: Option<Logo>,
    pub accent: Option<Colour>,
}

impl Default for LookSettings {
    fn default() -> Self {
        Self {
            portal_name: DEFAULT_PORTAL_NAME.to_owned(),
            logo: None,
            accent: None,
        }
    }
}

/// A logo file, read once at start-up and served from memory.
#[derive(Clone, Debug)]
pub struct Logo {
    pub bytes: Vec<u8>,
    /// `image/svg+xml` or `image/png`.
    pub content_type: &'static str,
}

use crate::domain::DEFAULT_PORTAL_NAME;
const MAX_LOGO_BYTES: usize = 256 * 1024;
/// Page backgrounds an accent must stay readable on: white cards and the grey wash around them
/// (static/style.css `--paper` and `--wash`); buttons put white text on it.
const ACCENT_PAIRS: [(&str, &str); 2] = [
    ("#ffffff", "white"),
    ("#f4f6f8", "the page's grey background"),
];

/// What the organisation's messages say: its name, and where to sign in.
pub struct MessageSettings {
    pub portal_name: String,
    pub public_url: Option<url::Url>,
}

impl MessageSettings {
    /// `PORTAL_NAME` and `PUBLIC_URL` from the environment (after an env file has been read
    /// into it), as `serve` reads them.
    pub fn from_env() -> Result<Self, ConfigError> {
        let get = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Ok(Self {
            portal_name: portal_name(&get)?,
            public_url: public_url(&get)?,
        })
    }
}

fn read_env_file() -> Result<(), ConfigError> {
    match dotenvy::from_filename(".env.local") {
        Ok(_) => Ok(()),
        Err(e) if e.not_found() => Ok(()),
        Err(e) => Err(ConfigError::new(".env.local", e.to_string())),
    }
}

fn portal_name(get: &impl Fn(&str) -> Option<String>) -> Result<String, ConfigError> {
    let Some(raw) = get("PORTAL_NAME") else {
        return Ok(DEFAULT_PORTAL_NAME.to_owned());
    };
    let name = raw.trim().to_owned();
    // Private-use characters are what views::skeleton marks a page's holes with: a name made
    // of them would read as one. No organisation's name needs them.
    let private_use = |c: char| matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}');
    if name.chars().count() > 60 || name.chars().any(|c| c.is_control() || private_use(c)) {
        return Err(ConfigError::new(
            "PORTAL_NAME",
            "must be at most 60 characters, without control or private-use characters",
        ));
    }
    Ok(name)
}

fn public_url(get: &impl Fn(&str) -> Option<String>) -> Result<Option<url::Url>, ConfigError> {
    get("PUBLIC_URL")
        .map(|raw| {
            url::Url::parse(&raw)
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host())
                .ok_or_else(|| {
                    ConfigError::new(
                        "PUBLIC_URL",
                        "is not an http(s) URL like https://portal.example.com",
                    )
                })
        })
        .transpose()
}

fn look(get: &impl Fn(&str) -> Option<String>) -> Result<LookSettings, ConfigError> {
    let accent = get("PORTAL_ACCENT")
        .map(|raw| {
            let colour = Colour::parse(&raw).map_err(|e| ConfigError::new("PORTAL_ACCENT", e.0))?;
            for (pair, what) in ACCENT_PAIRS {
                let ratio = colour.contrast_with(Colour::parse(pair).unwrap_or(Colour::WHITE));
                if ratio < 4.5 {
                    return Err(ConfigError::new(
                        "PORTAL_ACCENT",
                        format!(
                            "{} has a contrast of {ratio:.2}:1 with {what} (WCAG AA needs 4.5:1 for text); choose a darker colour",
                            colour.css()
                        ),
                    ));
                }
            }
            Ok(colour)
        })
        .transpose()?;
    let logo = get("PORTAL_LOGO")
        .map(|path| read_logo(&path))
        .transpose()?;
    Ok(LookSettings {
        portal_name: portal_name(get)?,
        logo,
        accent,
    })
}

fn read_logo(path: &str) -> Result<Logo, ConfigError> {
    let bytes = std::fs::read(path)
        .map_err(|e| ConfigError::new("PORTAL_LOGO", format!("cannot read {path}: {e}")))?;
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(ConfigError::new(
            "PORTAL_LOGO",
            format!("{path} is {} KB; at most 256 KB", bytes.len() / 1024),
        ));
    }
    let content_type = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if std::str::from_utf8(&bytes).is_ok_and(|t| t.contains("<svg")) {
        "image/svg+xml"
    } else {
        return Err(ConfigError::new(
            "PORTAL_LOGO",
            format!("{path} is neither an SVG nor a PNG image"),
        ));
    };
    Ok(Logo {
        bytes,
        content_type,
    })
}

#[derive(Clone)]
pub struct RedisSettings {
    /// May carry a password, hence secret.
    pub url: SecretString,
    /// Put before every key, so several portals can share one Redis.
    pub prefix: String,
}

#[derive(Clone)]
pub struct CognitoSettings {
    pub pool_id: String,
    pub client_id: String,
    pub client_secret: SecretString,
    pub region: String,
    /// The SDK's `AWS_ENDPOINT_URL`, passed through explicitly so each test app can have its own.
    pub endpoint_url: Option<String>,
    pub jwks_url: String,
    pub issuer: String,
    /// Consecutive failures that open the circuit, and how long it stays open.
    pub circuit_failures: u32,
    pub circuit_open_for: std::time::Duration,
    /// At most this many ListUsersInGroup calls a second while a group's list is read.
    pub list_calls_per_second: u32,
    /// A group's list is read again once it is this old plus a random part of as long again.
    pub list_fresh_for: std::time::Duration,
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

/// One line naming the variable and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("{var}: {problem}")]
pub struct ConfigError {
    pub var: &'static str,
    pub problem: String,
}

impl ConfigError {
    fn new(var: &'static str, problem: impl Into<String>) -> Self {
        Self {
            var,
            problem: problem.into(),
        }
    }
}

const SESSION_KEY_HINT: &str = "make one with: head -c 64 /dev/urandom | base64 -w0";

impl Settings {
    /// Reads `.env.local` from the working directory when present (the real environment wins),
    /// then the environment.
    pub fn load() -> Result<Self, ConfigError> {
        read_env_file()?;
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Builds settings from any source of variables, so tests need not touch the process env.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let required = |name: &'static str| {
            get(name).ok_or_else(|| ConfigError::new(name, "is not set; see .env.local.example"))
        };

        let pool_id = required("COGNITO_POOL_ID")?;
        let pool_region = region_of_pool(&pool_id).ok_or_else(|| {
            ConfigError::new(
                "COGNITO_POOL_ID",
                format!(
                    "{pool_id:?} is not a user pool id (expected REGION_ID, e.g. us-east-1_AbC123)"
                ),
            )
        })?;
        let client_id = required("COGNITO_CLIENT")?;
        let client_secret = SecretString::from(required("COGNITO_CLIENT_SECRET")?);
        let region = get("AWS_REGION").unwrap_or_else(|| pool_region.to_owned());
        let endpoint_url = get("AWS_ENDPOINT_URL");
        if let Some(url) = &endpoint_url {
            url::Url::parse(url)
                .map_err(|e| ConfigError::new("AWS_ENDPOINT_URL", format!("is not a URL: {e}")))?;
        }
        let issuer = format!("https://cognito-idp.{pool_region}.amazonaws.com/{pool_id}");
        let jwks_url = match get("COGNITO_JWKS_URL") {
            Some(url) => {
                url::Url::parse(&url).map_err(|e| {
                    ConfigError::new("COGNITO_JWKS_URL", format!("is not a URL: {e}"))
                })?;
                url
            }
            None => format!("{issuer}/.well-known/jwks.json"),
        };

        let session_key = match get("SESSION_KEY") {
            None => {
                return Err(ConfigError::new(
                    "SESSION_KEY",
                    format!("is not set; {SESSION_KEY_HINT}"),
                ));
            }
            Some(raw) => SessionKey::from_base64(&raw)
                .map_err(|p| ConfigError::new("SESSION_KEY", format!("{p}; {SESSION_KEY_HINT}")))?,
        };

        let bind = get("PORTAL_BIND")
            .unwrap_or_else(|| "127.0.0.1:8080".to_owned())
            .parse()
            .map_err(|_| {
                ConfigError::new("PORTAL_BIND", "is not an address like 127.0.0.1:8080")
            })?;
        let admin_group = get("ADMIN_GROUP").unwrap_or_else(|| "admin".to_owned());
        let trusted_proxies = get("TRUSTED_PROXIES")
            .map(|raw| parse_cidrs(&raw))
            .transpose()?
            .unwrap_or_default();
        let public_url = public_url(&get)?;
        let look = look(&get)?;
        let positive = |var: &'static str, default: u32| -> Result<u32, ConfigError> {
            get(var).map_or(Ok(default), |raw| {
                raw.trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| ConfigError::new(var, "is not a whole number above 0"))
            })
        };
        let defaults = LimitSettings::default();
        let limit = |count_var: &'static str,
                     window_var: &'static str,
                     default: Limit|
         -> Result<Limit, ConfigError> {
            let number = |var: &'static str, default: u64| {
                get(var).map_or(Ok(default), |raw| {
                    raw.trim()
                        .parse::<u64>()
                        .ok()
                        .filter(|n| *n > 0)
                        .ok_or_else(|| ConfigError::new(var, "is not a whole number above 0"))
                })
            };
            let count = number(count_var, u64::from(default.count.get()))?;
            let window = number(window_var, default.window.as_secs())?;
            Limit::new(u32::try_from(count).unwrap_or(u32::MAX), window)
                .ok_or_else(|| ConfigError::new(count_var, "is not a whole number above 0"))
        };
        let limits = LimitSettings {
            account_failures: limit(
                "RATE_LIMIT_ACCOUNT_FAILURES",
                "RATE_LIMIT_ACCOUNT_WINDOW_SECS",
                defaults.account_failures,
            )?,
            client_attempts: limit(
                "RATE_LIMIT_CLIENT_ATTEMPTS",
                "RATE_LIMIT_CLIENT_WINDOW_SECS",
                defaults.client_attempts,
            )?,
            reset_emails: limit(
                "RATE_LIMIT_RESET_EMAILS",
                "RATE_LIMIT_RESET_WINDOW_SECS",
                defaults.reset_emails,
            )?,
        };

        Ok(Self {
            look,
            bind,
            cognito: CognitoSettings {
                pool_id,
                client_id,
                client_secret,
                region,
                endpoint_url,
                jwks_url,
                issuer,
                circuit_failures: positive("CIRCUIT_BREAKER_FAILURES", 5)?,
                list_calls_per_second: positive("CLIENT_LIST_CALLS_PER_SECOND", 5)?,
                list_fresh_for: std::time::Duration::from_secs(
                    positive("CLIENT_LIST_FRESH_SECS", 30)?.into(),
                ),
                circuit_open_for: std::time::Duration::from_secs(
                    positive("CIRCUIT_BREAKER_OPEN_SECS", 30)?.into(),
                ),
            },
            shutdown_timeout: std::time::Duration::from_secs(
                positive("SHUTDOWN_TIMEOUT_SECS", 10)?.into(),
            ),
            metrics_bind: get("METRICS_BIND")
                .map(|raw| {
                    raw.parse().map_err(|_| {
                        ConfigError::new("METRICS_BIND", "is not an address like 127.0.0.1:9090")
                    })
                })
                .transpose()?,
            json_logs: get("LOG_FORMAT").is_some_and(|f| f == "json"),
            pseudo_language: get("PORTAL_PSEUDO_LANGUAGE").is_some_and(|v| v == "true"),
            redis: redis_settings(get("REDIS_URL"), get("REDIS_PREFIX"))?,
            session_key,
            admin_group,
            trusted_proxies,
            public_url,
            limits,
        })
    }
}

fn redis_settings(
    url: Option<String>,
    prefix: Option<String>,
) -> Result<Option<RedisSettings>, ConfigError> {
    let Some(url) = url else {
        return Ok(None);
    };
    let parsed = url::Url::parse(url.trim())
        .map_err(|_| ConfigError::new("REDIS_URL", "is not a URL like redis://127.0.0.1:6379/0"))?;
    if parsed.scheme() != "redis" || !parsed.has_host() {
        return Err(ConfigError::new(
            "REDIS_URL",
            "must be redis://HOST:PORT/DB (TLS to Redis is not built in; use a local TLS tunnel)",
        ));
    }
    let prefix = prefix.unwrap_or_else(|| "cognito-portal:".to_owned());
    if prefix.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(ConfigError::new(
            "REDIS_PREFIX",
            "must not contain spaces or control characters",
        ));
    }
    Ok(Some(RedisSettings {
        url: SecretString::from(url.trim().to_owned()),
        prefix,
    }))
}

/// `10.0.0.0/8, 192.168.1.7` -> networks (a bare address is a /32 or /128).
fn parse_cidrs(raw: &str) -> Result<Vec<ipnet::IpNet>, ConfigError> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    ConfigError::new(
                        "TRUSTED_PROXIES",
                        format!("{item:?} is not an address or CIDR like 10.0.0.0/8"),
                    )
                })
        })
        .collect()
}

/// `us-east-1_AbC` -> `us-east-1`.
fn region_of_pool(pool_id: &str) -> Option<&str> {
    let (region, id) = pool_id.split_once('_')?;
    let looks_like_region = region.split('-').count() >= 3
        && region
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    (looks_like_region && !id.is_empty()).then_some(region)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn base() -> HashMap<&'static str, String> {
        HashMap::from([
            ("COGNITO_POOL_ID", "eu-west-2_AbC123".to_owned()),
            ("COGNITO_CLIENT", "client".to_owned()),
            ("COGNITO_CLIENT_SECRET", "secret".to_owned()),
            ("SESSION_KEY", SessionKey::generate_base64()),
        ])
    }

    fn load(vars: &HashMap<&'static str, String>) -> Result<Settings, ConfigError> {
        Settings::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn region_issuer_and_jwks_url_follow_the_pool_id() {
        let settings = load(&base()).unwrap();
        assert_eq!(settings.cognito.region, "eu-west-2");
        assert_eq!(
            settings.cognito.issuer,
            "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC123"
        );
        assert_eq!(
            settings.cognito.jwks_url,
            "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC123/.well-known/jwks.json"
        );
        assert_eq!(settings.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(settings.admin_group, "admin");
    }

    #[test]
    fn a_portal_name_of_control_or_private_use_characters_is_refused() {
        for bad in [
            "Acme\u{7}",
            "\u{E000}2\u{E001}",
            "Acme \u{F8FF}",
            "x".repeat(61).as_str(),
        ] {
            let mut vars = base();
            vars.insert("PORTAL_NAME", bad.to_owned());
            let err = load(&vars).err().expect("refused");
            assert!(err.to_string().contains("PORTAL_NAME"), "{err}");
        }
        let mut vars = base();
        vars.insert("PORTAL_NAME", "  Clínica Ñandú & Söhne  ".to_owned());
        assert_eq!(
            load(&vars).unwrap().look.portal_name,
            "Clínica Ñandú & Söhne"
        );
    }

    #[test]
    fn each_missing_variable_is_named() {
        for var in [
            "COGNITO_POOL_ID",
            "COGNITO_CLIENT",
            "COGNITO_CLIENT_SECRET",
            "SESSION_KEY",
        ] {
            let mut vars = base();
            vars.remove(var);
            let err = load(&vars).err().unwrap();
            assert_eq!(err.var, var);
        }
    }

    #[test]
    fn a_short_session_key_is_refused_with_a_recipe() {
        let mut vars = base();
        vars.insert("SESSION_KEY", "c2hvcnQ=".to_owned());
        let err = load(&vars).err().unwrap();
        assert_eq!(err.var, "SESSION_KEY");
        assert!(err.to_string().contains("/dev/urandom"), "{err}");
    }

    #[test]
    fn proxies_public_url_and_limits_are_read() {
        let mut vars = base();
        vars.insert("TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.7".to_owned());
        vars.insert("PUBLIC_URL", "https://portal.example.com".to_owned());
        vars.insert("RATE_LIMIT_ACCOUNT_FAILURES", "3".to_owned());
        let settings = load(&vars).unwrap();
        assert_eq!(settings.trusted_proxies.len(), 2);
        assert_eq!(
            settings.public_url.unwrap().host_str(),
            Some("portal.example.com")
        );
        assert_eq!(settings.limits.account_failures.count.get(), 3);
        assert_eq!(settings.limits.client_attempts.count.get(), 100);
    }

    #[test]
    fn redis_is_off_unless_asked_for_and_its_prefix_has_a_default() {
        assert!(load(&base()).unwrap().redis.is_none());
        let mut vars = base();
        vars.insert("REDIS_URL", "redis://:pw@10.0.0.5:6379/2".to_owned());
        let redis = load(&vars).unwrap().redis.unwrap();
        assert_eq!(redis.prefix, "cognito-portal:");
        assert_eq!(redis.url.expose_secret(), "redis://:pw@10.0.0.5:6379/2");
        vars.insert("REDIS_PREFIX", "portal two:".to_owned());
        assert_eq!(load(&vars).err().unwrap().var, "REDIS_PREFIX");
    }

    #[test]
    fn malformed_values_are_refused() {
        for (var, value) in [
            ("COGNITO_POOL_ID", "nounderscore"),
            ("PORTAL_BIND", "localhost"),
            ("AWS_ENDPOINT_URL", "not a url"),
            ("TRUSTED_PROXIES", "10.0.0.0/33"),
            ("PUBLIC_URL", "portal.example.com"),
            ("RATE_LIMIT_CLIENT_ATTEMPTS", "0"),
            ("RATE_LIMIT_RESET_WINDOW_SECS", "soon"),
            ("REDIS_URL", "127.0.0.1:6379"),
            ("REDIS_URL", "http://127.0.0.1:6379"),
            ("REDIS_URL", "rediss://cache.example.com:6379"),
        ] {
            let mut vars = base();
            vars.insert(var, value.to_owned());
            assert_eq!(load(&vars).err().unwrap().var, var);
        }
    }

    #[test]
    fn a_logo_must_be_a_small_svg_or_png() {
        let dir = std::env::temp_dir();
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.join(format!("{}-{name}", std::process::id()));
            std::fs::write(&path, bytes).unwrap();
            path.display().to_string()
        };
        let svg = write("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>");
        assert_eq!(read_logo(&svg).unwrap().content_type, "image/svg+xml");
        let png = write("logo.png", b"\x89PNG\r\n\x1a\n rest");
        assert_eq!(read_logo(&png).unwrap().content_type, "image/png");
        let text = write("logo.txt", b"hello");
        assert!(
            read_logo(&text)
                .unwrap_err()
                .problem
                .contains("neither an SVG nor a PNG")
        );
        let mut big = b"<svg>".to_vec();
        big.resize(256 * 1024 + 1, b' ');
        let big = write("big.svg", &big);
        assert!(
            read_logo(&big)
                .unwrap_err()
                .problem
                .contains("at most 256 KB")
        );
        assert!(
            read_logo("/no/such/logo.svg")
                .unwrap_err()
                .problem
                .contains("cannot read")
        );
    }
}
