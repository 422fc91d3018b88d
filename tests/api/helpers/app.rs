//! The portal under test: one per test, on its own port and (unless given) its own pool.
use super::*;
use aws_sdk_cognitoidentityprovider::Client as CognitoClient;
use cognito_portal::cognito::{PoolCredentials, provision_pool};
use cognito_portal::config::{
    SessionKey, Settings, cognito, languages, limits, look, server, session,
};
use cognito_portal::startup::Application;
use secrecy::ExposeSecret;
use std::collections::HashMap;
use std::sync::Mutex;

pub struct TestApp {
    pub address: String,
    pub pool: PoolCredentials,
    pub cognito: CognitoClient,
    pub session_key: String,
    /// Moves the rate limiters' time forward.
    pub limiter_clock: cognito_portal::limits::LimiterClock,
    /// The prefix of this portal's Redis keys, when it runs on Redis.
    pub redis_prefix: Option<String>,
    pub(super) http: reqwest::Client,
    pub(super) cookies: Mutex<HashMap<String, String>>,
}

/// The settings of a portal under test, one method per setting: each names its variable by
/// the config module's constant, so a renamed setting fails to compile here. The values are
/// handed over as the environment would give them, so they are checked as at start-up.
#[derive(Default)]
pub struct TestAppBuilder {
    pool: Option<PoolCredentials>,
    session_key: Option<String>,
    vars: HashMap<&'static str, String>,
}

impl TestAppBuilder {
    fn set(mut self, var: &'static str, value: impl ToString) -> Self {
        self.vars.insert(var, value.to_string());
        self
    }

    /// This pool instead of one of its own (another instance on the same pool).
    pub fn pool(mut self, pool: PoolCredentials) -> Self {
        self.pool = Some(pool);
        self
    }

    /// This SESSION_KEY (base64) instead of a fresh one.
    pub fn session_key(mut self, key: &str) -> Self {
        self.session_key = Some(key.to_owned());
        self
    }

    /// Where the Cognito calls go instead of the local Cognito (a relay, a fault injector,
    /// or a port nobody listens on).
    pub fn aws_endpoint_url(self, url: &str) -> Self {
        self.set(cognito::AWS_ENDPOINT_URL, url)
    }

    pub fn cognito_jwks_url(self, url: &str) -> Self {
        self.set(cognito::COGNITO_JWKS_URL, url)
    }

    pub fn admin_group(self, group: &str) -> Self {
        self.set(cognito::ADMIN_GROUP, group)
    }

    pub fn circuit_breaker_failures(self, failures: u32) -> Self {
        self.set(cognito::CIRCUIT_BREAKER_FAILURES, failures)
    }

    pub fn circuit_breaker_open_secs(self, secs: u32) -> Self {
        self.set(cognito::CIRCUIT_BREAKER_OPEN_SECS, secs)
    }

    pub fn client_list_calls_per_second(self, calls: u32) -> Self {
        self.set(cognito::CLIENT_LIST_CALLS_PER_SECOND, calls)
    }

    pub fn client_list_fresh_secs(self, secs: u32) -> Self {
        self.set(cognito::CLIENT_LIST_FRESH_SECS, secs)
    }

    pub fn redis_url(self, url: &str) -> Self {
        self.set(session::REDIS_URL, url)
    }

    pub fn redis_prefix(self, prefix: &str) -> Self {
        self.set(session::REDIS_PREFIX, prefix)
    }

    pub fn public_url(self, url: &str) -> Self {
        self.set(server::PUBLIC_URL, url)
    }

    pub fn trusted_proxies(self, proxies: &str) -> Self {
        self.set(server::TRUSTED_PROXIES, proxies)
    }

    pub fn metrics_bind(self, address: std::net::SocketAddr) -> Self {
        self.set(server::METRICS_BIND, address)
    }

    pub fn rate_limit_account_failures(self, failures: u32) -> Self {
        self.set(limits::RATE_LIMIT_ACCOUNT_FAILURES, failures)
    }

    pub fn rate_limit_client_attempts(self, attempts: u32) -> Self {
        self.set(limits::RATE_LIMIT_CLIENT_ATTEMPTS, attempts)
    }

    pub fn rate_limit_reset_emails(self, emails: u32) -> Self {
        self.set(limits::RATE_LIMIT_RESET_EMAILS, emails)
    }

    pub fn portal_name(self, name: &str) -> Self {
        self.set(look::PORTAL_NAME, name)
    }

    pub fn portal_logo(self, path: &std::path::Path) -> Self {
        self.set(look::PORTAL_LOGO, path.display())
    }

    pub fn portal_accent(self, accent: &str) -> Self {
        self.set(look::PORTAL_ACCENT, accent)
    }

    /// `PORTAL_PSEUDO_LANGUAGE=true`: `en-XA` can be chosen.
    pub fn pseudo_language(self) -> Self {
        self.set(languages::PORTAL_PSEUDO_LANGUAGE, true)
    }

    /// The same settings for another instance; the pool, if one was given, is copied.
    fn copy(&self) -> Self {
        Self {
            pool: self.pool.as_ref().map(|pool| PoolCredentials {
                pool_id: pool.pool_id.clone(),
                client_id: pool.client_id.clone(),
                client_secret: pool.client_secret.clone(),
            }),
            session_key: self.session_key.clone(),
            vars: self.vars.clone(),
        }
    }

    /// A portal on its own port, with its own pool unless one is given.
    pub async fn spawn(self) -> TestApp {
        let moto = moto();
        let pool = match self.pool {
            Some(pool) => pool,
            None => provision_pool(REGION, Some(&moto.endpoint), &unique("pool"), "admin")
                .await
                .expect("the pool is provisioned"),
        };
        let session_key = self.session_key.unwrap_or_else(SessionKey::generate_base64);
        let mut vars = HashMap::from([
            (cognito::COGNITO_POOL_ID, pool.pool_id.clone()),
            (cognito::COGNITO_CLIENT, pool.client_id.clone()),
            (
                cognito::COGNITO_CLIENT_SECRET,
                pool.client_secret.expose_secret().to_owned(),
            ),
            (cognito::AWS_ENDPOINT_URL, moto.endpoint.clone()),
            (
                cognito::COGNITO_JWKS_URL,
                format!("{}/{}/.well-known/jwks.json", moto.endpoint, pool.pool_id),
            ),
            (session::SESSION_KEY, session_key.clone()),
            (server::PORTAL_BIND, "127.0.0.1:0".to_owned()),
        ]);
        vars.extend(self.vars);
        let redis_prefix = vars.get(session::REDIS_URL).map(|_| {
            vars.get(session::REDIS_PREFIX)
                .cloned()
                .unwrap_or_else(|| "cognito-portal:".to_owned())
        });
        let settings =
            Settings::from_lookup(|name| vars.get(name).cloned()).expect("valid settings");
        let limiter_clock = cognito_portal::limits::LimiterClock::default();
        let app = Application::build_with_clock(settings, limiter_clock.clone())
            .await
            .expect("the app starts");
        let address = format!("http://127.0.0.1:{}", app.port());
        tokio::spawn(app.run_until_stopped());
        TestApp {
            address,
            pool,
            cognito: cognito_client(),
            session_key,
            limiter_clock,
            redis_prefix,
            http: browser_client(),
            cookies: Mutex::new(HashMap::new()),
        }
    }
}

impl TestApp {
    /// A portal with the settings every test gets (its own pool, key and port).
    pub async fn spawn() -> Self {
        Self::builder().spawn().await
    }

    /// A portal with some settings of the test's own; `spawn` starts it.
    pub fn builder() -> TestAppBuilder {
        TestAppBuilder::default()
    }

    /// A browser for a portal started elsewhere (e.g. as a process), on no pool of its own.
    pub fn attach(address: &str) -> Self {
        TestApp {
            address: address.to_owned(),
            pool: PoolCredentials {
                pool_id: String::new(),
                client_id: String::new(),
                client_secret: secrecy::SecretString::from(String::new()),
            },
            cognito: cognito_client(),
            session_key: String::new(),
            limiter_clock: Default::default(),
            redis_prefix: None,
            http: browser_client(),
            cookies: Mutex::new(HashMap::new()),
        }
    }

    /// The same pool, another portal instance (e.g. one that cannot reach Cognito).
    pub fn pool_copy(&self) -> PoolCredentials {
        PoolCredentials {
            pool_id: self.pool.pool_id.clone(),
            client_id: self.pool.client_id.clone(),
            client_secret: self.pool.client_secret.clone(),
        }
    }
}

impl TestApp {
    /// Another browser on the same portal: same app, its own cookies.
    pub fn second_browser(&self) -> TestApp {
        TestApp {
            address: self.address.clone(),
            pool: self.pool_copy(),
            cognito: self.cognito.clone(),
            session_key: self.session_key.clone(),
            limiter_clock: self.limiter_clock.clone(),
            redis_prefix: self.redis_prefix.clone(),
            http: self.http.clone(),
            cookies: Mutex::new(HashMap::new()),
        }
    }
}

/// Two instances of the portal behind one Redis, as behind a load balancer: the same pool,
/// SESSION_KEY, REDIS_URL and prefix, and `settings` on both.
pub async fn two_instances(redis_url: &str, settings: TestAppBuilder) -> (TestApp, TestApp) {
    let settings = settings
        .redis_url(redis_url)
        .redis_prefix(&format!("{}:", unique("portal")));
    let a = settings.copy().spawn().await;
    let b = settings
        .pool(a.pool_copy())
        .session_key(&a.session_key)
        .spawn()
        .await;
    (a, b)
}

/// The browser's HTTP client: no redirects followed, and idle connections dropped before the
/// portal drops them (actix keeps one alive 5 s): a request sent on a connection the server is
/// closing at that moment fails with "IncompleteMessage", as a test that paused between
/// requests once did.
fn browser_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(std::time::Duration::from_secs(2))
        .build()
        .expect("an HTTP client")
}
