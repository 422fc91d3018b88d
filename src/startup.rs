//! The application: shared state, middleware, routes, and the listening socket.
use crate::auth::{IdTokenVerifier, Revocations};
use crate::cognito::{Cognito, GroupDirectory};
use crate::config::{SessionKey, Settings};
use crate::domain::{PasswordPolicy, Role};
use crate::error::AppError;
use crate::limits::{LimiterClock, Limits};
use crate::routes::{self, form::FORM_LIMIT_BYTES};
use crate::security;
use crate::session::PortalSessionStore;
use crate::shared::Shared;
use crate::telemetry;
use actix_session::SessionMiddleware;
use actix_session::config::CookieContentSecurity;
use actix_web::cookie::SameSite;
use actix_web::dev::Server;
use actix_web::middleware::{Condition, from_fn};
use actix_web::{App, HttpServer, web};
use secrecy::ExposeSecret;
use std::net::TcpListener;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// What every handler may reach.
pub struct AppState {
    pub cognito: Cognito,
    pub verifier: IdTokenVerifier,
    pub revocations: Revocations,
    pub clients: Arc<GroupDirectory>,
    pub admin_group: String,
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub public_url: Option<url::Url>,
    pub limits: Limits,
    /// Set on SIGTERM: /readyz answers 503 while in-flight requests finish.
    pub draining: std::sync::atomic::AtomicBool,
    /// Requests being served now (kept by `telemetry::observe_requests`).
    pub in_flight: Arc<std::sync::atomic::AtomicUsize>,
    /// Signs data the portal hands to the browser and takes back (bulk invitations).
    pub form_key: [u8; 32],
    /// Redis, when several instances share state (`REDIS_URL`).
    pub shared: Option<Shared>,
    /// Cognito's defaults until the pool's own policy has been read.
    password_policy: RwLock<PasswordPolicy>,
}

impl AppState {
    pub async fn new(settings: &Settings, shared: Option<Shared>) -> Self {
        let cognito = Cognito::connect(&settings.cognito).await;
        let clock = LimiterClock::default();
        let (revocations, limits) = match &shared {
            Some(shared) => (
                Revocations::Shared(shared.clone()),
                Limits::shared(settings.limits, clock, shared.clone()),
            ),
            None => (Revocations::default(), Limits::new(settings.limits, clock)),
        };
        Self {
            verifier: IdTokenVerifier::new(
                settings.cognito.jwks_url.clone(),
                &settings.cognito.issuer,
                &settings.cognito.client_id,
            ),
            clients: GroupDirectory::new(cognito.clone(), Role::CLIENT_GROUP),
            cognito,
            revocations,
            admin_group: settings.admin_group.clone(),
            trusted_proxies: settings.trusted_proxies.clone(),
            public_url: settings.public_url.clone(),
            limits,
            password_policy: RwLock::new(PasswordPolicy::default()),
            draining: std::sync::atomic::AtomicBool::new(false),
            in_flight: Arc::new(std::sync::atomic::AtomicUsize::new(0)),
            form_key: settings.session_key.derive("cognito-portal/signed-forms"),
            shared,
        }
    }

    pub fn password_policy(&self) -> PasswordPolicy {
        self.password_policy
            .read()
            .map(|p| p.clone())
            .unwrap_or_default()
    }
}

pub const SESSION_COOKIE: &str = "__Host-portal";

/// The session, in an encrypted cookie (the whole session, or only its key when it lives in
/// Redis). `__Host-` binds the cookie to this host, over HTTPS, at `/`. Browsers accept Secure
/// cookies on http://127.0.0.1 and localhost, so local use works.
pub fn session_middleware(
    key: &SessionKey,
    store: PortalSessionStore,
) -> SessionMiddleware<PortalSessionStore> {
    SessionMiddleware::builder(store, key.cookie_key())
        .cookie_name(SESSION_COOKIE.to_owned())
        .cookie_secure(true)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_path("/".to_owned())
        .cookie_content_security(CookieContentSecurity::Private)
        .build()
}

pub struct Application {
    port: u16,
    server: Server,
    metrics_server: Option<Server>,
    state: web::Data<AppState>,
    shutdown_timeout: Duration,
}

impl Application {
    pub async fn build(settings: Settings) -> std::io::Result<Self> {
        let listener = TcpListener::bind(settings.bind)?;
        let port = listener.local_addr()?.port();
        let shared = settings
            .redis
            .as_ref()
            .map(|redis| Shared::new(redis.url.expose_secret(), &redis.prefix))
            .transpose()
            .map_err(std::io::Error::other)?;
        let sessions = match &shared {
            Some(shared) => PortalSessionStore::redis(shared)
                .await
                .map_err(std::io::Error::other)?,
            None => PortalSessionStore::cookie(),
        };
        // Only Redis-held sessions can fail to load; a cookie session needs no such layers.
        let shared_sessions = shared.is_some();
        let state = web::Data::new(AppState::new(&settings, shared).await);
        telemetry::metrics();
        prefetch_jwks(state.clone());
        load_password_policy(state.clone());
        let key = settings.session_key.clone();
        let public_url = settings.public_url.clone();
        let metrics_on_main = settings.metrics_bind.is_none();
        let app_state = state.clone();
        let server =
            HttpServer::new(move || {
                App::new()
                    .wrap(Condition::new(
                        shared_sessions,
                        from_fn(crate::session::release_request),
                    ))
                    .wrap(session_middleware(&key, sessions.clone()))
                    .wrap(Condition::new(
                        shared_sessions,
                        from_fn(crate::session::store_failures),
                    ))
                    .wrap(actix_web::middleware::from_fn(
                        security::refuse_cross_site_posts,
                    ))
                    .wrap(security::headers(public_url.as_ref()))
                    .wrap(actix_web::middleware::from_fn(telemetry::observe_requests))
                    .app_data(app_state.clone())
                    .app_data(web::PayloadConfig::new(FORM_LIMIT_BYTES))
                    .app_data(web::QueryConfig::default().error_handler(|err, _| {
                        AppError::BadRequest(format!("query: {err}")).into()
                    }))
                    .configure(routes::configure)
                    .configure(|cfg| {
                        if metrics_on_main {
                            cfg.route("/metrics", web::get().to(routes::metrics));
                        }
                    })
                    .default_service(web::to(routes::not_found))
            })
            // Signals are handled in `run_until_stopped`, so readiness can turn first.
            .disable_signals()
            .shutdown_timeout(settings.shutdown_timeout.as_secs())
            .listen(listener)?
            .run();

        let metrics_server = match settings.metrics_bind {
            Some(bind) => {
                let listener = TcpListener::bind(bind)?;
                let server = HttpServer::new(|| {
                    App::new().route("/metrics", web::get().to(routes::metrics))
                })
                .disable_signals()
                .workers(1)
                .listen(listener)?
                .run();
                Some(server)
            }
            None => None,
        };
        Ok(Self {
            port,
            server,
            metrics_server,
            state,
            shutdown_timeout: settings.shutdown_timeout,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The rate limiters' clock, which tests move forward to let a window pass.
    pub fn limiter_clock(&self) -> LimiterClock {
        self.state.limits.clock().clone()
    }

    /// Serves until SIGTERM or Ctrl-C: then /readyz answers 503 at once, in-flight requests
    /// get up to the shutdown timeout to finish, and this returns.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let handle = self.server.handle();
        let metrics_handle = self.metrics_server.as_ref().map(Server::handle);
        let state = self.state.clone();
        let drain_for = self.shutdown_timeout;
        tokio::spawn(async move {
            shutdown_signal().await;
            tracing::info!("shutting down: draining in-flight requests");
            state
                .draining
                .store(true, std::sync::atomic::Ordering::SeqCst);
            // Wait for the requests under way ourselves (the listener stays open meanwhile, and
            // /readyz tells the balancer to go), then let actix stop what is left.
            let deadline = tokio::time::Instant::now() + drain_for;
            while state.in_flight.load(std::sync::atomic::Ordering::SeqCst) > 0
                && tokio::time::Instant::now() < deadline
            {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            if let Some(metrics) = metrics_handle {
                metrics.stop(true).await;
            }
            handle.stop(true).await;
        });
        match self.metrics_server {
            Some(metrics) => {
                let (main, _) = tokio::join!(self.server, metrics);
                main
            }
            None => self.server.await,
        }
    }
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Reads the pool's password policy once, in the background, retrying while Cognito cannot be
/// reached; the forms check Cognito's default policy until then.
fn load_password_policy(state: web::Data<AppState>) {
    tokio::spawn(async move {
        let mut delay = Duration::from_secs(1);
        loop {
            match state.cognito.password_policy().await {
                Ok(policy) => {
                    if let Ok(mut current) = state.password_policy.write() {
                        *current = policy;
                    }
                    return;
                }
                Err(err) => tracing::warn!(error = %err, "password policy not read yet"),
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(60));
        }
    });
}

/// Fetches the pool's keys in the background so the first sign-in need not wait, retrying with
/// backoff (a quarter second, doubling, at most 30 s) while they cannot be had.
fn prefetch_jwks(state: web::Data<AppState>) {
    tokio::spawn(async move {
        let mut delay = Duration::from_millis(250);
        loop {
            match state.verifier.fetch().await {
                Ok(()) => return,
                Err(err) => tracing::warn!(error = %err, "JWKS not available yet"),
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(30));
        }
    });
}
