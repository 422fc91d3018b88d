//! What every handler may reach, built once from the settings; and the background loads that
//! fill it in after start-up (the pool's keys and password policy).
use crate::cognito::{Cognito, GroupDirectory, IdTokenVerifier, ListReads};
use crate::config::{LookSettings, Settings};
use crate::domain::{MessageTemplates, PasswordPolicy, Role};
use crate::limits::{LimiterClock, Limits};
use crate::redis_pool::Shared;
use crate::session::{HeldTokens, Revocations};
use crate::telemetry::RequestsInFlight;
use crate::views::branding::Branding;
use actix_web::web;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// What every handler may reach.
pub struct AppState {
    pub cognito: Cognito,
    pub verifier: IdTokenVerifier,
    pub revocations: Revocations,
    /// Access tokens of pending email changes (the session keeps only a handle).
    pub held_tokens: HeldTokens,
    /// The portal's three groups, cached and indexed: the professionals' client list, and the
    /// group column of /admin/users.
    pub clients: Arc<GroupDirectory>,
    pub professionals: Arc<GroupDirectory>,
    pub admins: Arc<GroupDirectory>,
    pub admin_group: String,
    pub limits: Limits,
    /// Set on SIGTERM: /readyz answers 503 while in-flight requests finish.
    pub draining: std::sync::atomic::AtomicBool,
    /// Requests being served now (kept by `telemetry::Observed`, in the frame).
    pub in_flight: RequestsInFlight,
    /// Signs data the portal hands to the browser and takes back (bulk invitation rows, the
    /// people list's page tokens).
    pub form_key: [u8; 32],
    /// Redis, when several instances share state (`REDIS_URL`).
    pub shared: Option<Shared>,
    /// The organisation's name, logo and accent.
    pub look: Look,
    /// Cognito's defaults until the pool's own policy has been read.
    password_policy: RwLock<PasswordPolicy>,
}

/// The organisation's look, made once at start-up: what pages show, and the two files it adds
/// to the static ones (the logo, the accent's stylesheet), each under a content-hashed path.
pub struct Look {
    pub branding: Arc<Branding>,
    /// (path, content type, bytes)
    pub files: Vec<(String, &'static str, Vec<u8>)>,
}

impl Look {
    pub fn new(settings: &LookSettings) -> Self {
        let hashed = |stem: &str, extension: &str, bytes: &[u8]| {
            let digest = <sha2::Sha256 as sha2::Digest>::digest(bytes);
            let hash: String = digest[..5].iter().map(|b| format!("{b:02x}")).collect();
            format!("/static/{stem}.{hash}.{extension}")
        };
        let mut files = Vec::new();
        let logo_path = settings.logo.as_ref().map(|logo| {
            let extension = if logo.content_type == "image/png" {
                "png"
            } else {
                "svg"
            };
            let path = hashed("logo", extension, &logo.bytes);
            files.push((path.clone(), logo.content_type, logo.bytes.clone()));
            path
        });
        let accent_css_path = settings.accent.map(|accent| {
            let css = format!(
                ":root {{ --brand: {}; --brand-dark: {}; }}\n",
                accent.css(),
                accent.darker().css()
            );
            let path = hashed("accent", "css", css.as_bytes());
            files.push((path.clone(), "text/css; charset=utf-8", css.into_bytes()));
            path
        });
        Self {
            branding: Arc::new(Branding {
                portal_name: settings.portal_name.clone(),
                logo_path,
                accent_css_path,
            }),
            files,
        }
    }

    /// The logo or accent file served at `path`.
    pub fn file(&self, path: &str) -> Option<(&'static str, &[u8])> {
        self.files
            .iter()
            .find(|(p, _, _)| p == path)
            .map(|(_, content_type, bytes)| (*content_type, bytes.as_slice()))
    }
}

impl AppState {
    /// `clock` is the rate limiters' (a test's own, to move a window past).
    pub async fn new(settings: &Settings, shared: Option<Shared>, clock: LimiterClock) -> Self {
        let cognito = Cognito::connect(&settings.cognito).await;
        let reads = ListReads {
            pace: Duration::from_secs(1) / settings.cognito.list_calls_per_second.max(1),
            fresh_for: settings.cognito.list_fresh_for,
        };
        let (revocations, held_tokens, limits) = match &shared {
            Some(shared) => (
                Revocations::Shared(shared.clone()),
                HeldTokens::Shared(shared.clone()),
                Limits::shared(settings.limits, clock, shared.clone()),
            ),
            None => (
                Revocations::default(),
                HeldTokens::default(),
                Limits::new(settings.limits, clock),
            ),
        };
        Self {
            verifier: IdTokenVerifier::new(
                settings.cognito.jwks_url.clone(),
                &settings.cognito.issuer,
                &settings.cognito.client_id,
            ),
            clients: GroupDirectory::new(cognito.clone(), Role::CLIENT_GROUP, reads),
            professionals: GroupDirectory::new(cognito.clone(), Role::PROFESSIONAL_GROUP, reads),
            admins: GroupDirectory::new(
                cognito.clone(),
                settings.cognito.admin_group.clone(),
                reads,
            ),
            cognito,
            revocations,
            held_tokens,
            admin_group: settings.cognito.admin_group.clone(),
            limits,
            password_policy: RwLock::new(PasswordPolicy::default()),
            draining: std::sync::atomic::AtomicBool::new(false),
            in_flight: RequestsInFlight::default(),
            form_key: settings.session.key.derive("cognito-portal/signed-forms"),
            look: Look::new(&settings.look),
            shared,
        }
    }

    /// The cached members of a role's group.
    pub fn directory(&self, role: Role) -> &Arc<GroupDirectory> {
        match role {
            Role::Professional => &self.professionals,
            Role::Client => &self.clients,
            Role::Admin => &self.admins,
        }
    }

    pub fn password_policy(&self) -> PasswordPolicy {
        self.password_policy
            .read()
            .map(|p| p.clone())
            .unwrap_or_default()
    }
}

/// Reads the pool's password policy once, in the background, retrying while Cognito cannot be
/// reached; the forms check Cognito's default policy until then.
pub fn load_password_policy(state: web::Data<AppState>) {
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
                Err(err) => {
                    tracing::warn!(error = %crate::domain::ErrorChain(&err), "password policy not read yet")
                }
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(60));
        }
    });
}

/// Compares the pool with the setup guide once, in the background (never holding up start-up
/// or readiness), and logs a WARN for each difference; retries while the pool cannot be read.
pub fn check_pool_against_guide(state: web::Data<AppState>, templates: MessageTemplates) {
    tokio::spawn(async move {
        let mut delay = Duration::from_secs(1);
        loop {
            match state
                .cognito
                .check_against_guide(&state.admin_group, &templates)
                .await
            {
                Ok(findings) => {
                    for f in findings.iter().filter(|f| !f.matches()) {
                        tracing::warn!(
                            item = f.item,
                            wants = %f.wants,
                            has = %f.has,
                            "the pool differs from the setup guide: {}; run `cognito-portal doctor`",
                            f.why
                        );
                    }
                    return;
                }
                Err(err) => {
                    tracing::warn!(error = %crate::domain::ErrorChain(&err), "the pool not checked against the guide yet")
                }
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(300));
        }
    });
}

/// Fetches the pool's keys in the background so the first sign-in need not wait, retrying with
/// backoff (a quarter second, doubling, at most 30 s) while they cannot be had.
pub fn prefetch_jwks(state: web::Data<AppState>) {
    tokio::spawn(async move {
        let mut delay = Duration::from_millis(250);
        loop {
            match state.verifier.fetch().await {
                Ok(()) => return,
                Err(err) => {
                    tracing::warn!(error = %crate::domain::ErrorChain(&err), "JWKS not available yet")
                }
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(30));
        }
    });
}
