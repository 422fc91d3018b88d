//! The application: middleware, routes, app data, and the listening socket.
use crate::client_address::TrustedProxies;
use crate::config::Settings;
use crate::domain::{MessageTemplates, NextPath};
use crate::error::{AppError, BadInput};
use crate::i18n;
use crate::limits::LimiterClock;
use crate::redis_pool::Shared;
use crate::routes::{self, form::FORM_LIMIT_BYTES};
use crate::security::{self, PublicUrl};
use crate::session::{self, PortalSessionStore, session_middleware};
use crate::state::{AppState, check_pool_against_guide, load_password_policy, prefetch_jwks};
use crate::telemetry;
use crate::views::branding;
use actix_web::body::EitherBody;
use actix_web::dev::{Server, Service, ServiceResponse};
use actix_web::error::InternalError;
use actix_web::middleware::{Condition, from_fn};
use actix_web::{App, HttpServer, web};
use secrecy::ExposeSecret;
use std::net::TcpListener;
use std::time::Duration;
use tracing::Instrument;

pub struct Application {
    port: u16,
    server: Server,
    metrics_server: Option<Server>,
    state: web::Data<AppState>,
    shutdown_timeout: Duration,
}

impl Application {
    pub async fn build(settings: Settings) -> std::io::Result<Self> {
        Self::build_with_clock(settings, LimiterClock::default()).await
    }

    /// As `build`, with the rate limiters reading `clock`: tests keep a handle on it and move
    /// it forward to let a window pass.
    pub async fn build_with_clock(
        settings: Settings,
        clock: LimiterClock,
    ) -> std::io::Result<Self> {
        if settings.languages.pseudo_language {
            // Process-wide and never switched off again: tests start many portals at once.
            i18n::enable_pseudo_language();
        }
        let listener = TcpListener::bind(settings.server.bind)?;
        let port = listener.local_addr()?.port();
        let shared = settings
            .session
            .redis
            .as_ref()
            .map(|redis| Shared::new(redis.url.expose_secret(), &redis.prefix))
            .transpose()
            .map_err(std::io::Error::other)?;
        let sessions = match &shared {
            Some(shared) => PortalSessionStore::redis(shared),
            None => PortalSessionStore::cookie(),
        };
        // Only Redis-held sessions can fail to load; a cookie session needs no such layers.
        let shared_sessions = shared.is_some();
        let state = web::Data::new(AppState::new(&settings, shared, clock).await);
        telemetry::metrics();
        prefetch_jwks(state.clone());
        load_password_policy(state.clone());
        if let Ok(templates) = MessageTemplates::for_portal(
            &settings.look.portal_name,
            settings.server.public_url.as_ref().map(url::Url::as_str),
        ) {
            check_pool_against_guide(state.clone(), templates);
        }
        let key = settings.session.key.clone();
        let public_url = settings.server.public_url.clone();
        // What one middleware or extractor reads, each as its own app data.
        let trusted_proxies = TrustedProxies(settings.server.trusted_proxies.clone());
        let in_flight = state.in_flight.clone();
        let metrics_on_main = settings.server.metrics_bind.is_none();
        let app_state = state.clone();
        let branding = state.look.branding.clone();
        let security_headers = security::SecurityHeaders::new(public_url.as_ref());
        let server = HttpServer::new(move || {
            let branding = branding.clone();
            let security_headers = security_headers.clone();
            App::new()
                .wrap(session::SessionLanguage)
                .wrap(Condition::new(
                    shared_sessions,
                    from_fn(session::release_request),
                ))
                .wrap(session_middleware(&key, sessions.clone()))
                .wrap(Condition::new(
                    shared_sessions,
                    from_fn(session::store_failures),
                ))
                // The portal's frame around every request, in one layer (each layer more
                // is a future boxed and polled per request): its id, span and metrics; the
                // organisation's name and look (views/branding.rs) and the person's
                // language (i18n::scope; the session layer refines it) for every page of
                // it, error pages included (an error is rendered inside, too); the refusal
                // of cross-site posts; the security headers.
                .wrap_fn(move |req, service| {
                    let observed = telemetry::Observed::start(&req);
                    let (lang, chosen) = session::language_of_request(&req);
                    let here = session::page_to_come_back_to(req.method(), req.uri())
                        .map(NextPath::into_string);
                    let span = observed.span().clone();
                    let headers = security_headers.clone();
                    // A refused request goes no further; its page is rendered in the scope.
                    let inner = if security::is_cross_site_request(&req) {
                        Err(req)
                    } else {
                        // Boxed: the rest of the chain is a large future, which the scopes
                        // below would otherwise copy at each step (docs/benchmarks.md, What
                        // the figures justify).
                        Ok(Box::pin(service.call(req)))
                    };
                    let work = async move {
                        // Alike in both arms, so the body type is told once.
                        type Answer<B> = Result<ServiceResponse<EitherBody<B>>, actix_web::Error>;
                        let answer: Answer<_> = match inner {
                            Err(req) => Ok(req
                                .error_response(AppError::CrossSite)
                                .map_into_right_body()),
                            Ok(call) => match call.await {
                                Ok(response) => Ok(response.map_into_left_body()),
                                Err(err) => {
                                    // Rendered here, inside the scope; carried out as it is.
                                    let page = err.as_response_error().error_response();
                                    Err(actix_web::Error::from(InternalError::from_response(
                                        err, page,
                                    )))
                                }
                            },
                        };
                        answer
                    };
                    let work =
                        branding::scope(branding.clone(), i18n::scope(lang, chosen, here, work))
                            .instrument(span);
                    async move {
                        let mut response: ServiceResponse<EitherBody<_>> = work.await?;
                        headers.add_to(response.headers_mut());
                        observed.finish(&mut response);
                        Ok(response)
                    }
                })
                .app_data(app_state.clone())
                .app_data(in_flight.clone())
                .app_data(PublicUrl(public_url.clone()))
                .app_data(trusted_proxies.clone())
                .app_data(web::PayloadConfig::new(FORM_LIMIT_BYTES))
                .app_data(
                    web::QueryConfig::default()
                        .error_handler(|err, _| AppError::BadRequest(BadInput::Query(err)).into()),
                )
                .configure(routes::configure)
                .configure(|cfg| {
                    if metrics_on_main {
                        cfg.service(routes::get_only("/metrics", routes::metrics));
                    }
                })
                .default_service(web::to(routes::not_found))
        })
        // Signals are handled in `run_until_stopped`, so readiness can turn first.
        .disable_signals()
        .shutdown_timeout(settings.server.shutdown_timeout.as_secs())
        .listen(listener)?
        .run();

        let metrics_server = match settings.server.metrics_bind {
            Some(bind) => {
                let listener = TcpListener::bind(bind)?;
                let server = HttpServer::new(|| {
                    App::new().service(routes::get_only("/metrics", routes::metrics))
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
            shutdown_timeout: settings.server.shutdown_timeout,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
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
            tell_systemd(sd_notify::NotifyState::Stopping);
            state
                .draining
                .store(true, std::sync::atomic::Ordering::SeqCst);
            // Wait for the requests under way ourselves (the listener stays open meanwhile, and
            // /readyz tells the balancer to go), then let actix stop what is left.
            let deadline = tokio::time::Instant::now() + drain_for;
            while state.in_flight.count() > 0 && tokio::time::Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            if let Some(metrics) = metrics_handle {
                metrics.stop(true).await;
            }
            handle.stop(true).await;
        });
        // Bound and running (the listener accepts from here on): a Type=notify unit counts the
        // service as started. /readyz, not this, says when the pool's keys are in.
        tell_systemd(sd_notify::NotifyState::Ready);
        match self.metrics_server {
            Some(metrics) => {
                let (main, _) = tokio::join!(self.server, metrics);
                main
            }
            None => self.server.await,
        }
    }
}

/// sd_notify to the service manager; nothing without NOTIFY_SOCKET (not under systemd, or not
/// Type=notify). A failure only costs systemd's view of the state, so it is logged, not fatal.
fn tell_systemd(state: sd_notify::NotifyState) {
    if let Err(e) = sd_notify::notify(&[state]) {
        tracing::warn!("could not notify systemd: {e}");
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
