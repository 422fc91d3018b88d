//! The portal under test: one per test, on its own port and (unless given) its own pool.
use super::*;
use aws_sdk_cognitoidentityprovider::Client as CognitoClient;
use cognito_portal::cognito::{PoolCredentials, provision_pool};
use cognito_portal::config::{SessionKey, Settings};
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

#[derive(Default)]
pub struct Options {
    pub endpoint: Option<String>,
    pub session_key: Option<String>,
    pub pool: Option<PoolCredentials>,
    /// More configuration, as environment variables would give it.
    pub vars: Vec<(&'static str, String)>,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(Options::default()).await
    }

    /// A portal on its own port, with its own pool unless one is given.
    pub async fn spawn_with(options: Options) -> Self {
        let moto = moto();
        let pool = match options.pool {
            Some(pool) => pool,
            None => provision_pool(REGION, Some(&moto.endpoint), &unique("pool"), "admin")
                .await
                .expect("the pool is provisioned"),
        };
        let session_key = options
            .session_key
            .unwrap_or_else(SessionKey::generate_base64);
        let endpoint = options.endpoint.unwrap_or_else(|| moto.endpoint.clone());
        let mut vars = HashMap::from([
            ("COGNITO_POOL_ID", pool.pool_id.clone()),
            ("COGNITO_CLIENT", pool.client_id.clone()),
            (
                "COGNITO_CLIENT_SECRET",
                pool.client_secret.expose_secret().to_owned(),
            ),
            ("AWS_ENDPOINT_URL", endpoint),
            (
                "COGNITO_JWKS_URL",
                format!("{}/{}/.well-known/jwks.json", moto.endpoint, pool.pool_id),
            ),
            ("SESSION_KEY", session_key.clone()),
            ("PORTAL_BIND", "127.0.0.1:0".to_owned()),
        ]);
        vars.extend(options.vars);
        let redis_prefix = vars.get("REDIS_URL").map(|_| {
            vars.get("REDIS_PREFIX")
                .cloned()
                .unwrap_or_else(|| "cognito-portal:".to_owned())
        });
        let settings =
            Settings::from_lookup(|name| vars.get(name).cloned()).expect("valid settings");
        let app = Application::build(settings).await.expect("the app starts");
        let address = format!("http://127.0.0.1:{}", app.port());
        let limiter_clock = app.limiter_clock();
        tokio::spawn(app.run_until_stopped());
        Self {
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
/// SESSION_KEY, REDIS_URL and prefix.
pub async fn two_instances(
    redis_url: &str,
    mut vars: Vec<(&'static str, String)>,
) -> (TestApp, TestApp) {
    vars.push(("REDIS_URL", redis_url.to_owned()));
    vars.push(("REDIS_PREFIX", format!("{}:", unique("portal"))));
    let a = TestApp::spawn_with(Options {
        vars: vars.clone(),
        ..Options::default()
    })
    .await;
    let b = TestApp::spawn_with(Options {
        pool: Some(a.pool_copy()),
        session_key: Some(a.session_key.clone()),
        vars,
        ..Options::default()
    })
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
