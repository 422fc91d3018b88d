//! Typed settings from the environment (after `.env.local`), checked once at start-up. One
//! file per area reads that area's variables, each in exactly one place, in the order
//! `.env.local.example` lists them; `lookup.rs` holds how a variable is read.
pub mod cognito;
pub mod languages;
pub mod limits;
pub mod look;
mod lookup;
pub mod server;
pub mod session;

pub use cognito::{CognitoSettings, NewPoolSettings};
pub use languages::LanguageSettings;
pub use limits::{Limit, LimitSettings};
pub use look::{Logo, LookSettings};
pub use lookup::{ConfigError, Vars, read_env_file_if_any};
pub use server::ServerSettings;
pub use session::{RedisSettings, SessionKey, SessionSettings};

/// Everything the portal needs to run, valid by construction.
#[derive(Clone)]
pub struct Settings {
    pub cognito: CognitoSettings,
    pub session: SessionSettings,
    pub server: ServerSettings,
    pub limits: LimitSettings,
    /// The organisation's name, logo and accent.
    pub look: LookSettings,
    pub languages: LanguageSettings,
}

impl Settings {
    /// Reads `.env.local` from the working directory when present (the real environment wins),
    /// then the environment.
    pub fn load() -> Result<Self, ConfigError> {
        lookup::read_env_local()?;
        Self::from_env()
    }

    /// The process environment as it is (an env file already read into it, or none).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::read(&Vars::process_env())
    }

    /// Builds settings from any source of variables, so tests need not touch the process env.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        Self::read(&Vars::new(&lookup))
    }

    /// Area by area, in `.env.local.example`'s order: the first problem is the one reported.
    fn read(vars: &Vars) -> Result<Self, ConfigError> {
        Ok(Self {
            cognito: CognitoSettings::from_lookup(vars)?,
            session: SessionSettings::from_lookup(vars)?,
            server: ServerSettings::from_lookup(vars)?,
            limits: LimitSettings::from_lookup(vars)?,
            look: LookSettings::from_lookup(vars)?,
            languages: LanguageSettings::from_lookup(vars),
        })
    }

    /// What the organisation's messages say, as these settings have it.
    pub fn messages(&self) -> MessageSettings {
        MessageSettings {
            portal_name: self.look.portal_name.clone(),
            public_url: self.server.public_url.clone(),
        }
    }
}

/// What the organisation's messages say: its name, and where to sign in.
pub struct MessageSettings {
    pub portal_name: String,
    pub public_url: Option<url::Url>,
}

impl MessageSettings {
    /// `PORTAL_NAME` and `PUBLIC_URL` alone, read as `serve` reads them: for `provision`, which
    /// has no pool yet to read the rest of the settings for.
    pub fn from_lookup(vars: &Vars) -> Result<Self, ConfigError> {
        Ok(Self {
            portal_name: look::portal_name(vars)?,
            public_url: server::public_url(vars)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn base() -> HashMap<&'static str, String> {
        HashMap::from([
            (cognito::COGNITO_POOL_ID, "eu-west-2_AbC123".to_owned()),
            (cognito::COGNITO_CLIENT, "client".to_owned()),
            (cognito::COGNITO_CLIENT_SECRET, "secret".to_owned()),
            (session::SESSION_KEY, SessionKey::generate_base64()),
        ])
    }

    fn load(vars: &HashMap<&'static str, String>) -> Result<Settings, ConfigError> {
        Settings::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn the_four_required_variables_are_enough() {
        let settings = load(&base()).unwrap();
        assert_eq!(settings.cognito.region, "eu-west-2");
        assert_eq!(settings.server.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(settings.cognito.admin_group, "admin");
        assert!(settings.session.redis.is_none());
        assert_eq!(settings.limits, LimitSettings::default());
        assert!(!settings.languages.pseudo_language);
        let messages = settings.messages();
        assert_eq!(messages.portal_name, crate::domain::DEFAULT_PORTAL_NAME);
        assert!(messages.public_url.is_none());
    }

    #[test]
    fn the_messages_need_no_pool_and_read_name_and_url_as_the_server_does() {
        let vars = HashMap::from([
            (look::PORTAL_NAME, " Acme Clinic ".to_owned()),
            (server::PUBLIC_URL, "https://portal.example.com".to_owned()),
        ]);
        let lookup = |name: &str| vars.get(name).cloned();
        let messages = MessageSettings::from_lookup(&Vars::new(&lookup)).unwrap();
        assert_eq!(messages.portal_name, "Acme Clinic");
        assert_eq!(
            messages.public_url.map(String::from).as_deref(),
            Some("https://portal.example.com/")
        );
        let bad = HashMap::from([(server::PUBLIC_URL, "portal.example.com".to_owned())]);
        let lookup = |name: &str| bad.get(name).cloned();
        let err = MessageSettings::from_lookup(&Vars::new(&lookup))
            .err()
            .unwrap();
        assert_eq!(err.var, server::PUBLIC_URL);
    }

    #[test]
    fn each_missing_variable_is_named() {
        for var in [
            cognito::COGNITO_POOL_ID,
            cognito::COGNITO_CLIENT,
            cognito::COGNITO_CLIENT_SECRET,
            session::SESSION_KEY,
        ] {
            let mut vars = base();
            vars.remove(var);
            let err = load(&vars).err().unwrap();
            assert_eq!(err.var, var);
        }
    }

    #[test]
    fn with_nothing_set_the_pool_id_is_named_first() {
        assert_eq!(
            load(&HashMap::new()).err().unwrap().var,
            cognito::COGNITO_POOL_ID
        );
    }

    #[test]
    fn proxies_public_url_and_limits_are_read() {
        let mut vars = base();
        vars.insert(
            server::TRUSTED_PROXIES,
            "10.0.0.0/8, 192.168.1.7".to_owned(),
        );
        vars.insert(server::PUBLIC_URL, "https://portal.example.com".to_owned());
        vars.insert(limits::RATE_LIMIT_ACCOUNT_FAILURES, "3".to_owned());
        let settings = load(&vars).unwrap();
        assert_eq!(settings.server.trusted_proxies.len(), 2);
        assert_eq!(
            settings.server.public_url.unwrap().host_str(),
            Some("portal.example.com")
        );
        assert_eq!(settings.limits.account_failures.count.get(), 3);
        assert_eq!(settings.limits.client_attempts.count.get(), 100);
    }

    #[test]
    fn malformed_values_are_refused() {
        for (var, value) in [
            (cognito::COGNITO_POOL_ID, "nounderscore"),
            (server::PORTAL_BIND, "localhost"),
            (cognito::AWS_ENDPOINT_URL, "not a url"),
            (cognito::COGNITO_JWKS_URL, "not a url"),
            (cognito::CIRCUIT_BREAKER_FAILURES, "0"),
            (server::TRUSTED_PROXIES, "10.0.0.0/33"),
            (server::PUBLIC_URL, "portal.example.com"),
            (server::METRICS_BIND, "localhost:9090"),
            (server::SHUTDOWN_TIMEOUT_SECS, "-1"),
            (limits::RATE_LIMIT_CLIENT_ATTEMPTS, "0"),
            (limits::RATE_LIMIT_RESET_WINDOW_SECS, "soon"),
            (session::REDIS_URL, "127.0.0.1:6379"),
            (session::REDIS_URL, "http://127.0.0.1:6379"),
            (session::REDIS_URL, "rediss://cache.example.com:6379"),
            (look::PORTAL_ACCENT, "#ffcc00"),
        ] {
            let mut vars = base();
            vars.insert(var, value.to_owned());
            assert_eq!(load(&vars).err().unwrap().var, var, "{value}");
        }
    }
}
