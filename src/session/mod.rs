//! The only code that touches session keys (with entries.rs, for the entries every page reads).
//!
//! What the cookie holds, and why: the cookie store keeps the whole session in one encrypted
//! cookie, and browsers drop cookies over 4,096 bytes. Real Cognito tokens are large (ID token
//! up to ~1,750 bytes, access ~1,080, refresh ~1,850), and all three, encrypted and base64'd,
//! would exceed the limit (see the size test below). The portal needs none of them after
//! sign-in: the ID token is verified once and only its claims are kept; sign-out and admin
//! actions use Cognito's admin APIs, which take a username, not a token. So the session holds
//! the verified identity and profile, the portal's own groups, and the expiry of the tokens.
mod cookie_content;
mod csrf;
mod entries;
mod held_tokens;
mod keys;
mod language;
mod middleware;
mod parsed_users;
mod redis_store;
mod revocation;
mod sessionless;
mod store;
mod store_failures;

pub use csrf::CsrfToken;
pub use held_tokens::HeldTokens;
pub use language::{
    LANG_COOKIE, SessionLanguage, language_cookie, language_of_request, page_to_come_back_to,
};
#[cfg(test)]
pub(crate) use middleware::cookie_sessions_for_tests;
pub use middleware::{SESSION_COOKIE, session_middleware};
pub use redis_store::end_sessions_of;
pub use revocation::Revocations;
pub use sessionless::is_sessionless;
pub use store::PortalSessionStore;
pub use store_failures::{release_request, store_failures};

use crate::domain::{PendingChallenge, PendingEmailChange, SessionUser};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use keys::{CHALLENGE, CSRF, EMAIL_CHANGE, ENDED, FLASH, LANG, USER};
use std::future::{Ready, ready};
use subtle::ConstantTimeEq;

/// A message shown once, on the next page. Written by the portal, never taken from a request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Flash {
    CodeSent,
    NameSaved,
    PasswordChanged,
    /// A code went to this (new) address.
    EmailCodeSent(String),
    EmailCodeResent(String),
    /// The new address took effect.
    EmailChanged(String),
    EmailChangeCancelled,
    /// The pending change's access token ran out, or was revoked.
    EmailChangeLapsed,
    /// The outcome of an administrator's action.
    Admin(Msg),
}

impl Flash {
    /// What the next page says, in its language.
    pub fn message(self) -> Msg {
        match self {
            Flash::CodeSent => Msg::new("notice-code-sent"),
            Flash::NameSaved => Msg::new("notice-name-saved"),
            Flash::PasswordChanged => Msg::new("notice-password-changed"),
            Flash::EmailCodeSent(address) => {
                Msg::new("notice-email-code-sent").with("email", address)
            }
            Flash::EmailCodeResent(address) => {
                Msg::new("notice-email-code-resent").with("email", address)
            }
            Flash::EmailChanged(address) => Msg::new("notice-email-changed").with("email", address),
            Flash::EmailChangeCancelled => Msg::new("notice-email-change-cancelled"),
            Flash::EmailChangeLapsed => Msg::new("notice-email-change-lapsed"),
            Flash::Admin(message) => message,
        }
    }
}

pub struct TypedSession(Session);

impl TypedSession {
    /// Whether this session was ended from elsewhere (sign out everywhere, disabled, reset):
    /// the next page should say so rather than just ask for a sign-in.
    pub fn was_ended(&self) -> bool {
        self.0.contains_key(ENDED)
    }

    /// The signed-in person; a value that does not parse (older format, tampering) counts as
    /// none. Parsed once per worker for as long as the session stays the same (parsed_users.rs).
    pub fn user(&self) -> Option<std::rc::Rc<SessionUser>> {
        let entries = self.0.entries();
        parsed_users::parse(entries.get(USER)?)
    }

    pub fn challenge(&self) -> Option<PendingChallenge> {
        self.0.get::<PendingChallenge>(CHALLENGE).ok().flatten()
    }

    pub fn csrf_token(&self) -> Option<CsrfToken> {
        entries::csrf_token(&self.0).map(CsrfToken)
    }

    /// This session's CSRF token, made on first use. Reading an existing one writes nothing,
    /// so page views do not rewrite the cookie.
    pub fn ensure_csrf_token(&self) -> AppResult<CsrfToken> {
        if let Some(token) = self.csrf_token() {
            return Ok(token);
        }
        let token = CsrfToken::generate();
        self.insert(CSRF, &token.0)?;
        Ok(token)
    }

    /// The language this session keeps (the signed-in person's `locale` in Cognito).
    pub fn language(&self) -> Option<Lang> {
        entries::language(&self.0)
    }

    pub fn set_language(&self, lang: Lang) -> AppResult<()> {
        self.insert(LANG, &lang.tag())
    }

    /// Starts a fresh session for a signed-in person: nothing from before sign-in survives.
    /// `lang`: the person's language in Cognito; without one, the session's stays (a new
    /// sign-in after a password change keeps the pages in the same language).
    pub fn sign_in(&self, user: &SessionUser, lang: Option<Lang>) -> AppResult<()> {
        let lang = lang.or_else(|| self.language());
        self.restart()?;
        self.insert(USER, user)?;
        match lang {
            Some(lang) => self.set_language(lang),
            None => Ok(()),
        }
    }

    /// Starts a fresh session that holds only the pending first-sign-in challenge.
    /// `lang`: the invitee's language, when the invitation set one.
    pub fn start_challenge(
        &self,
        challenge: &PendingChallenge,
        lang: Option<Lang>,
    ) -> AppResult<()> {
        self.restart()?;
        self.insert(CHALLENGE, challenge)?;
        match lang {
            Some(lang) => self.set_language(lang),
            None => Ok(()),
        }
    }

    fn restart(&self) -> AppResult<()> {
        self.0.clear();
        self.0.renew();
        self.insert(CSRF, &CsrfToken::generate().0)
    }

    /// Replaces the signed-in person (e.g. after a name change), keeping the session.
    pub fn update_user(&self, user: &SessionUser) -> AppResult<()> {
        self.insert(USER, user)
    }

    /// The person's pending change of email address, if any.
    pub fn email_change(&self) -> Option<PendingEmailChange> {
        self.0
            .get::<PendingEmailChange>(EMAIL_CHANGE)
            .ok()
            .flatten()
    }

    /// Keeps a new pending change (replacing an earlier one).
    pub fn start_email_change(&self, change: &PendingEmailChange) -> AppResult<()> {
        self.insert(EMAIL_CHANGE, change)
    }

    /// Forgets the pending change (confirmed, cancelled or lapsed).
    pub fn end_email_change(&self) {
        self.0.remove(EMAIL_CHANGE);
    }

    pub fn set_flash(&self, flash: Flash) -> AppResult<()> {
        self.insert(FLASH, &flash)
    }

    /// The message for this page, removed so it shows once.
    pub fn take_flash(&self) -> Option<Flash> {
        if !self.0.contains_key(FLASH) {
            return None;
        }
        self.0.remove_as::<Flash>(FLASH).and_then(Result::ok)
    }

    /// Ends the session: the browser is told to drop the cookie.
    pub fn end(&self) {
        self.0.purge();
    }

    fn insert<T: serde::Serialize>(&self, key: &str, value: &T) -> AppResult<()> {
        if self.was_ended() {
            // An ended session is never written again: carry on in a fresh one.
            self.0.clear();
            self.0.renew();
        }
        Ok(self.0.insert(key, value)?)
    }
}

impl From<Session> for TypedSession {
    fn from(session: Session) -> Self {
        Self(session)
    }
}

impl FromRequest for TypedSession {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(Ok(Self(req.get_session())))
    }
}

/// Refuses a form whose token is missing or is not this session's (`routes::form::CsrfForm` calls
/// this before reading anything else in the form).
pub fn verify_csrf(session: &TypedSession, submitted: &str) -> AppResult<()> {
    let expected = session.csrf_token().ok_or(AppError::CsrfRejected)?;
    let same: bool = expected.0.as_bytes().ct_eq(submitted.as_bytes()).into();
    if same && !submitted.is_empty() {
        Ok(())
    } else {
        Err(AppError::CsrfRejected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Username, now_millis};
    use actix_web::{App, HttpResponse, test, web};

    fn worst_case_user() -> SessionUser {
        SessionUser {
            session_id: SessionUser::new_session_id(),
            username: Username::parse(&"u".repeat(128)).unwrap(),
            email: format!("{}@{}.example", "e".repeat(64), "d".repeat(181)),
            given_name: "G".repeat(100),
            family_name: "F".repeat(100),
            groups: vec!["professional".into(), "client".into(), "admin".into()],
            signed_in_at: now_millis(),
            expires_at: now_millis() + 3_600_000,
        }
    }

    /// The `Set-Cookie` a handler's session changes produce, through the real middleware.
    async fn cookie_after(store: impl Fn(&TypedSession) + Clone + 'static) -> String {
        let app = test::init_service(
            App::new()
                .wrap(middleware::cookie_sessions_for_tests())
                .route(
                    "/",
                    web::get().to(move |session: TypedSession| {
                        let store = store.clone();
                        async move {
                            store(&session);
                            HttpResponse::Ok().finish()
                        }
                    }),
                ),
        )
        .await;
        let res = test::call_service(&app, test::TestRequest::get().uri("/").to_request()).await;
        let cookie = res
            .response()
            .cookies()
            .next()
            .expect("the session cookie is set");
        format!("{}={}", cookie.name(), cookie.value())
    }

    #[actix_web::test]
    async fn the_worst_case_session_cookie_stays_under_3500_bytes() {
        let user = worst_case_user();
        assert_eq!(user.email.len(), 254);
        let cookie = cookie_after(move |s| s.sign_in(&user, None).unwrap()).await;
        assert!(cookie.len() < 3500, "cookie is {} bytes", cookie.len());
    }

    #[actix_web::test]
    async fn a_pending_email_change_with_a_real_size_access_token_fits_too() {
        // The worst case: the largest person, a pending change to a 254-character address and
        // the notice naming the address. The change's access token (a real one is ~1,080
        // characters) stays on the server: in the cookie it would leave almost no room.
        let user = worst_case_user();
        // The longest address the validator takes: 254 characters, labels of at most 63.
        let address = format!(
            "{}@{}.{}.{}.example",
            "e".repeat(64),
            "a".repeat(63),
            "b".repeat(63),
            "c".repeat(53)
        );
        assert_eq!(address.len(), 254);
        let cookie = cookie_after(move |s| {
            s.sign_in(&user, None).unwrap();
            s.start_email_change(&PendingEmailChange {
                new_email: crate::domain::EmailAddress::parse(&address).unwrap(),
                token_handle: crate::domain::random_token(),
                expires_at: now_millis() + 3_600_000,
            })
            .unwrap();
            s.set_flash(Flash::EmailCodeSent(address.clone())).unwrap();
        })
        .await;
        assert!(cookie.len() < 3500, "cookie is {} bytes", cookie.len());
    }

    #[actix_web::test]
    async fn keeping_real_size_cognito_tokens_would_overflow_the_browser_limit() {
        // Real Cognito sizes: ID token up to ~1,750 bytes, access ~1,080, refresh ~1,850.
        // actix-session refuses such a cookie outright (its limit is 4,064 bytes of content).
        let app = test::init_service(
            App::new()
                .wrap(middleware::cookie_sessions_for_tests())
                .route(
                    "/",
                    web::get().to(|session: TypedSession| async move {
                        session.sign_in(&worst_case_user(), None).unwrap();
                        for (key, len) in [("id", 1750), ("access", 1080), ("refresh", 1850)] {
                            session.insert(key, &"t".repeat(len)).unwrap();
                        }
                        HttpResponse::Ok().finish()
                    }),
                ),
        )
        .await;
        let result =
            test::try_call_service(&app, test::TestRequest::get().uri("/").to_request()).await;
        let Err(err) = result else {
            panic!("an oversized session must be refused")
        };
        assert!(format!("{err:?}").contains("4064 bytes"), "{err:?}");
    }

    #[actix_web::test]
    async fn a_first_sign_in_challenge_with_a_real_size_session_fits_too() {
        // Cognito's challenge Session strings run to about 1,000 characters.
        let cookie = cookie_after(|s| {
            s.start_challenge(
                &PendingChallenge {
                    username: Username::parse(&"u".repeat(128)).unwrap(),
                    cognito_session: "s".repeat(1200),
                    missing_attributes: vec!["given_name".into(), "family_name".into()],
                    started_at: now_millis(),
                },
                None,
            )
            .unwrap()
        })
        .await;
        assert!(cookie.len() < 3500, "cookie is {} bytes", cookie.len());
    }
}
