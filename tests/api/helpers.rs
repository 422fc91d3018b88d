//! Starts the local Cognito once per test binary and the portal once per test, and drives the
//! portal as a browser would: cookies kept, redirects not followed, CSRF tokens read off pages.
use aws_sdk_cognitoidentityprovider::Client as CognitoClient;
use aws_sdk_cognitoidentityprovider::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_cognitoidentityprovider::types::AttributeType;
use cognito_portal::cognito::{PoolCredentials, provision_pool};
use cognito_portal::config::{SessionKey, Settings};
use cognito_portal::startup::{Application, SESSION_COOKIE};
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use scraper::{Html, Selector};
use secrecy::ExposeSecret;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};

pub const REGION: &str = "us-east-1";
pub const PASSWORD: &str = "Correct-Horse-9";

struct Moto {
    endpoint: String,
    // Held for the life of the test binary: when the binary exits, moto's stdin closes and it
    // stops by itself.
    _child: Mutex<Child>,
}

fn moto() -> &'static Moto {
    static MOTO: OnceLock<Moto> = OnceLock::new();
    MOTO.get_or_init(|| {
        set_sdk_environment();
        capture_logs();
        let root = env!("CARGO_MANIFEST_DIR");
        let python =
            std::env::var("MOTO_PYTHON").unwrap_or_else(|_| format!("{root}/.venv/bin/python"));
        let mut child = Command::new(&python)
            .arg(format!("{root}/scripts/moto_server.py"))
            .arg("--exit-on-stdin-eof")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start moto with {python} ({e}); run scripts/test, which installs it")
            });
        let stdout = child.stdout.take().expect("moto's stdout");
        let mut port = String::new();
        BufReader::new(stdout)
            .read_line(&mut port)
            .expect("moto prints its port");
        let port: u16 = port.trim().parse().expect("moto's port is a number");
        Moto {
            endpoint: format!("http://127.0.0.1:{port}"),
            _child: Mutex::new(child),
        }
    })
}

/// The app under test finds credentials the way it does in production, through the SDK's chain;
/// the local Cognito accepts any. Set once, before any test reads the environment.
fn set_sdk_environment() {
    for (name, value) in [
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("AWS_MAX_ATTEMPTS", "1"),
    ] {
        if std::env::var_os(name).is_none() {
            #[expect(
                unsafe_code,
                reason = "runs once, inside OnceLock initialisation, before any SDK client exists"
            )]
            // SAFETY: no other thread of this binary reads these variables before this returns.
            unsafe {
                std::env::set_var(name, value)
            };
        }
    }
}

/// An SDK client for the tests' own look at what Cognito holds.
pub fn cognito_client() -> CognitoClient {
    let config = aws_sdk_cognitoidentityprovider::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(REGION))
        .endpoint_url(&moto().endpoint)
        .credentials_provider(Credentials::new("testing", "testing", None, None, "tests"))
        .build();
    CognitoClient::from_conf(config)
}

pub struct TestApp {
    pub address: String,
    pub pool: PoolCredentials,
    pub cognito: CognitoClient,
    pub session_key: String,
    /// Moves the rate limiters' time forward.
    pub limiter_clock: cognito_portal::limits::LimiterClock,
    /// The prefix of this portal's Redis keys, when it runs on Redis.
    pub redis_prefix: Option<String>,
    http: reqwest::Client,
    cookies: Mutex<HashMap<String, String>>,
}

/// What a response showed: status, Location, and the page.
pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub html: Html,
}

impl Page {
    fn select(&self, css: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap_or_else(|_| panic!("bad selector {css}"));
        self.html
            .select(&selector)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// The text of the first element matching `css`; panics if there is none.
    pub fn text(&self, css: &str) -> String {
        self.select(css)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no {css} on the page:\n{}", self.html.html()))
    }

    pub fn texts(&self, css: &str) -> Vec<String> {
        self.select(css)
    }

    pub fn has(&self, css: &str) -> bool {
        !self.select(css).is_empty()
    }

    pub fn attr(&self, css: &str, attr: &str) -> Option<String> {
        let selector = Selector::parse(css).ok()?;
        self.html
            .select(&selector)
            .next()?
            .value()
            .attr(attr)
            .map(str::to_owned)
    }

    pub fn csrf_token(&self) -> String {
        self.attr("input[name=csrf_token]", "value")
            .expect("the page has a CSRF token")
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }
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
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("an HTTP client"),
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
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("an HTTP client"),
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

    fn cookie_header(&self) -> String {
        let cookies = self.cookies.lock().expect("cookie jar");
        cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn session_cookie(&self) -> Option<String> {
        self.cookies
            .lock()
            .expect("cookie jar")
            .get(SESSION_COOKIE)
            .cloned()
    }

    pub fn set_session_cookie(&self, value: &str) {
        self.cookies
            .lock()
            .expect("cookie jar")
            .insert(SESSION_COOKIE.to_owned(), value.to_owned());
    }

    pub fn clear_cookies(&self) {
        self.cookies.lock().expect("cookie jar").clear();
    }

    async fn keep(&self, response: reqwest::Response) -> Page {
        {
            let mut jar = self.cookies.lock().expect("cookie jar");
            for header in response.headers().get_all(SET_COOKIE) {
                let raw = header.to_str().expect("ASCII Set-Cookie");
                let (pair, attributes) = raw.split_once(';').unwrap_or((raw, ""));
                let (name, value) = pair.split_once('=').expect("name=value");
                let removed = attributes.to_ascii_lowercase().contains("max-age=0");
                if removed {
                    jar.remove(name.trim());
                } else {
                    jar.insert(name.trim().to_owned(), value.trim().to_owned());
                }
            }
        }
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let headers = response.headers().clone();
        let body = response.text().await.expect("a body");
        Page {
            status,
            location,
            headers,
            html: Html::parse_document(&body),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        let response = self
            .http
            .get(format!("{}{path}", self.address))
            .header(COOKIE, self.cookie_header())
            .send()
            .await
            .expect("GET works");
        self.keep(response).await
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Page {
        self.post_with_headers(path, content_type, body, &[]).await
    }

    pub async fn post_with_headers(
        &self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
        headers: &[(&str, &str)],
    ) -> Page {
        let mut request = self.http.post(format!("{}{path}", self.address));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request
            .header(COOKIE, self.cookie_header())
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(body)
            .send()
            .await
            .expect("POST works");
        self.keep(response).await
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded::to_string(fields).expect("encodable form");
        self.post_raw(path, "application/x-www-form-urlencoded", body.into_bytes())
            .await
    }

    /// Signs in through the form, as a person would.
    pub async fn sign_in(&self, username: &str, password: &str) -> Page {
        self.sign_in_next(username, password, None).await
    }

    pub async fn sign_in_next(&self, username: &str, password: &str, next: Option<&str>) -> Page {
        let form = self.get("/login").await;
        let csrf = form.csrf_token();
        let mut fields = vec![
            ("username", username),
            ("password", password),
            ("csrf_token", csrf.as_str()),
        ];
        if let Some(next) = next {
            fields.push(("next", next));
        }
        self.post_form("/login", &fields).await
    }

    /// Signs out with the CSRF token of the page just shown.
    pub async fn sign_out(&self, page: &Page) -> Page {
        self.post_form("/logout", &[("csrf_token", &page.csrf_token())])
            .await
    }

    /// A person with a permanent password, in the given groups.
    pub async fn create_person(
        &self,
        username: &str,
        given: &str,
        family: &str,
        groups: &[&str],
    ) -> String {
        let attribute = |name: &str, value: &str| {
            AttributeType::builder()
                .name(name)
                .value(value)
                .build()
                .expect("attribute")
        };
        let email = format!("{username}@example.com");
        self.cognito
            .admin_create_user()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .temporary_password("Temporary-1x")
            .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
            .user_attributes(attribute("email", &email))
            .user_attributes(attribute("email_verified", "true"))
            .user_attributes(attribute("given_name", given))
            .user_attributes(attribute("family_name", family))
            .send()
            .await
            .expect("user created");
        self.cognito
            .admin_set_user_password()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .password(PASSWORD)
            .permanent(true)
            .send()
            .await
            .expect("password set");
        for group in groups {
            self.cognito
                .admin_add_user_to_group()
                .user_pool_id(&self.pool.pool_id)
                .username(username)
                .group_name(*group)
                .send()
                .await
                .expect("added to group");
        }
        email
    }

    /// An invited person who has not yet chosen a password.
    pub async fn invite_person(&self, username: &str, temporary_password: &str) {
        let attribute = |name: &str, value: &str| {
            AttributeType::builder()
                .name(name)
                .value(value)
                .build()
                .expect("attribute")
        };
        self.cognito
            .admin_create_user()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .temporary_password(temporary_password)
            .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
            .user_attributes(attribute("email", &format!("{username}@example.com")))
            .user_attributes(attribute("given_name", "New"))
            .user_attributes(attribute("family_name", "Person"))
            .send()
            .await
            .expect("user invited");
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

    /// Seals session `state` (key -> JSON value) with this app's key, as the cookie store does.
    pub fn forge_session(&self, state: &[(&str, serde_json::Value)]) -> String {
        forge_cookie(&self.session_key, state)
    }

    /// Whether Cognito holds this person.
    pub async fn exists(&self, username: &str) -> bool {
        self.cognito
            .admin_get_user()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .send()
            .await
            .is_ok()
    }

    /// What Cognito holds for a person who must exist.
    async fn stored_user(
        &self,
        username: &str,
    ) -> aws_sdk_cognitoidentityprovider::operation::admin_get_user::AdminGetUserOutput {
        self.cognito
            .admin_get_user()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .send()
            .await
            .expect("the user exists")
    }

    /// Cognito's status for a person, e.g. CONFIRMED or FORCE_CHANGE_PASSWORD.
    pub async fn user_status(&self, username: &str) -> String {
        self.stored_user(username)
            .await
            .user_status()
            .expect("a status")
            .as_str()
            .to_owned()
    }

    /// Whether Cognito lets the person sign in (not disabled).
    pub async fn is_enabled(&self, username: &str) -> bool {
        self.stored_user(username).await.enabled()
    }

    pub async fn user_attribute(&self, username: &str, name: &str) -> Option<String> {
        self.stored_user(username)
            .await
            .user_attributes()
            .iter()
            .find(|a| a.name() == name)
            .and_then(|a| a.value().map(str::to_owned))
    }

    /// Whether Cognito accepts this password for this person (asked directly, not via the portal).
    pub async fn cognito_accepts(&self, username: &str, password: &str) -> bool {
        let hash = cognito_portal::cognito::secret_hash(
            self.pool.client_secret.expose_secret(),
            username,
            &self.pool.client_id,
        );
        self.cognito
            .admin_initiate_auth()
            .user_pool_id(&self.pool.pool_id)
            .client_id(&self.pool.client_id)
            .auth_flow(aws_sdk_cognitoidentityprovider::types::AuthFlowType::AdminUserPasswordAuth)
            .auth_parameters("USERNAME", username)
            .auth_parameters("PASSWORD", password)
            .auth_parameters("SECRET_HASH", hash)
            .send()
            .await
            .is_ok()
    }

    /// A real reset code. The emulator hands the code it would email back in a header of the
    /// ForgotPassword answer; this asks for one directly, so it is the latest valid code.
    pub async fn reset_code(&self, username: &str) -> String {
        let hash = cognito_portal::cognito::secret_hash(
            self.pool.client_secret.expose_secret(),
            username,
            &self.pool.client_id,
        );
        let response = reqwest::Client::new()
            .post(&moto().endpoint)
            .header("X-Amz-Target", "AWSCognitoIdentityProviderService.ForgotPassword")
            .header(reqwest::header::CONTENT_TYPE, "application/x-amz-json-1.1")
            .header(reqwest::header::AUTHORIZATION, "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0")
            .body(serde_json::json!({"ClientId": self.pool.client_id, "Username": username, "SecretHash": hash}).to_string())
            .send()
            .await
            .expect("ForgotPassword answers");
        response
            .headers()
            .get("x-moto-forgot-password-confirmation-code")
            .and_then(|v| v.to_str().ok())
            .expect("the emulator reveals the code")
            .to_owned()
    }
}

/// A session cookie sealed with `key_b64`, exactly as the cookie store seals one.
pub fn forge_cookie(key_b64: &str, state: &[(&str, serde_json::Value)]) -> String {
    let state: HashMap<String, String> = state
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.to_string()))
        .collect();
    seal_cookie(key_b64, &serde_json::to_string(&state).expect("json"))
}

/// A session cookie whose sealed content is `value`: the state itself for the cookie store, a
/// session key for the Redis store.
pub fn seal_cookie(key_b64: &str, value: &str) -> String {
    use actix_web::cookie::{Cookie, CookieJar, Key};
    use base64::Engine;
    let key = base64::engine::general_purpose::STANDARD
        .decode(key_b64)
        .expect("base64 key");
    let mut jar = CookieJar::new();
    jar.private_mut(&Key::from(&key))
        .add(Cookie::new(SESSION_COOKIE, value.to_owned()));
    jar.get(SESSION_COOKIE)
        .expect("sealed cookie")
        .value()
        .to_owned()
}

/// A name no other test uses.
pub fn unique(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    format!(
        "{prefix}{}{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Everything the app logs during this test binary, as JSON lines.
pub fn captured_logs() -> String {
    String::from_utf8_lossy(&LOG_BUFFER.lock().expect("log buffer")).into_owned()
}

static LOG_BUFFER: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct LogWriter;

impl std::io::Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        LOG_BUFFER
            .lock()
            .expect("log buffer")
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Captures every log event of every test, as the production JSON format would write it.
fn capture_logs() {
    use tracing_subscriber::util::SubscriberInitExt;
    let _ = cognito_portal::telemetry::subscriber(
        true,
        tracing_subscriber::EnvFilter::new("info"),
        || LogWriter,
        false,
    )
    .try_init();
}

impl TestApp {
    /// Posts a multipart form with text fields and one file, as a browser's file upload would.
    pub async fn post_file(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file_field: &str,
        file: &[u8],
    ) -> Page {
        let boundary = "----cognito-portal-test-boundary";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
        }
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{file_field}\"; filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(file);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.post_raw(
            path,
            &format!("multipart/form-data; boundary={boundary}"),
            body,
        )
        .await
    }
}

impl TestApp {
    /// A counter's value in /metrics (0 before its first increment). The recorder is global to
    /// the test binary, so compare before and after rather than expect an exact value.
    pub async fn counter(&self, name: &str) -> f64 {
        let page = self.get("/metrics").await;
        let text: String = page.html.root_element().text().collect();
        text.lines()
            .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
            .map_or(0.0, |value| value.trim().parse().expect("a number"))
    }
}

/// The local Cognito's address.
pub fn moto_endpoint() -> String {
    moto().endpoint.clone()
}

/// A TCP relay to the local Cognito that can be cut and mended, to play an outage without
/// losing the emulator's state.
pub struct Relay {
    pub address: String,
    up: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Relay {
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("relay port");
        let address = format!("http://{}", listener.local_addr().expect("relay address"));
        let target = moto().endpoint.trim_start_matches("http://").to_owned();
        let up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let is_up = up.clone();
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !is_up.load(std::sync::atomic::Ordering::SeqCst) {
                    drop(inbound); // cut: the connection closes at once
                    continue;
                }
                let target = target.clone();
                tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        });
        Self { address, up }
    }

    pub fn cut(&self) {
        self.up.store(false, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn mend(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

/// A redis-server of the tests' own, on a free loopback port, keeping nothing on disk. It is
/// killed when dropped, so a test that stops and starts it affects no other test.
pub struct RedisServer {
    pub port: u16,
    child: Mutex<Option<Child>>,
}

impl RedisServer {
    pub fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let server = Self {
            port,
            child: Mutex::new(None),
        };
        server.restart();
        server
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    /// Starts it again on the same port (empty: nothing is persisted).
    pub fn restart(&self) {
        let child = redis_command(self.port, None).spawn().unwrap_or_else(|e| {
            panic!("cannot start redis-server ({e}); run scripts/test, which installs it")
        });
        *self.child.lock().expect("redis child") = Some(child);
        wait_for_port(self.port);
    }

    /// Kills it, as a crash would.
    pub fn stop(&self) {
        if let Some(mut child) = self.child.lock().expect("redis child").take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGSTOP / SIGCONT: a Redis that keeps its connections and data but answers nothing.
    pub fn freeze(&self, frozen: bool) {
        let guard = self.child.lock().expect("redis child");
        let pid = guard.as_ref().expect("redis is running").id();
        let signal = if frozen { "-STOP" } else { "-CONT" };
        let status = Command::new("kill")
            .args([signal, &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        // A frozen process ignores nothing but SIGKILL, which kill() sends.
        self.stop();
    }
}

/// redis-server on loopback, nothing on disk. With `exit_with`, wrapped so it exits when the
/// stdin it is given closes (the test binary exiting), like the local Cognito.
fn redis_command(port: u16, exit_with_stdin: Option<()>) -> Command {
    let args = format!(
        "--port {port} --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
         --loglevel warning --dir {}",
        std::env::temp_dir().display()
    );
    let mut command = Command::new("sh");
    match exit_with_stdin {
        None => command.args(["-c", &format!("exec redis-server {args}")]),
        Some(()) => command
            .args([
                "-c",
                &format!("redis-server {args} & pid=$!; cat >/dev/null; kill $pid"),
            ])
            .stdin(Stdio::piped()),
    };
    command.stdout(Stdio::null()).stderr(Stdio::null());
    command
}

fn wait_for_port(port: u16) {
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("redis-server did not start on port {port}");
}

/// The Redis the tests share: the one `scripts/test` started (`PORTAL_TEST_REDIS_URL`), else
/// one started here for the life of the test binary. Each portal gets its own key prefix.
pub fn shared_redis_url() -> String {
    static URL: OnceLock<(String, Option<Mutex<Child>>)> = OnceLock::new();
    URL.get_or_init(|| {
        if let Ok(url) = std::env::var("PORTAL_TEST_REDIS_URL") {
            return (url, None);
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = redis_command(port, Some(())).spawn().unwrap_or_else(|e| {
            panic!("cannot start redis-server ({e}); run scripts/test, which installs it")
        });
        wait_for_port(port);
        (
            format!("redis://127.0.0.1:{port}/0"),
            Some(Mutex::new(child)),
        )
    })
    .0
    .clone()
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

impl TestApp {
    /// This browser's cookies, moved to another instance: the next request goes there.
    pub fn same_browser_on(&self, other: &TestApp) -> TestApp {
        let browser = other.second_browser();
        *browser.cookies.lock().expect("cookie jar") =
            self.cookies.lock().expect("cookie jar").clone();
        browser
    }
}
