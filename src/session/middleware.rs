//! The session middleware: which cookie, and how it is protected.
use super::store::PortalSessionStore;
use crate::config::SessionKey;
use actix_session::SessionMiddleware;
use actix_session::config::CookieContentSecurity;
use actix_web::cookie::SameSite;

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

/// The cookie-session middleware with a fixed key, for unit tests that drive real requests.
#[cfg(test)]
pub(crate) fn cookie_sessions_for_tests() -> SessionMiddleware<PortalSessionStore> {
    let key = SessionKey::from_bytes(vec![7; 64]).expect("a 64-byte key");
    session_middleware(&key, PortalSessionStore::cookie())
}
