//! Who is signed in: ID-token verification at sign-in, the session user on every page after.
mod csrf;
mod current_user;
mod id_token;
pub mod password_reset;
mod revocation;
mod sign_in;
mod sign_out;

pub use csrf::{CsrfToken, verify_csrf};
pub use current_user::{AdminUser, CurrentUser};
pub use id_token::{IdClaims, IdTokenVerifier, TokenError};
pub use revocation::Revocations;
pub use sign_in::{SignIn, SignInError, answer_new_password, sign_in};
pub use sign_out::{end_every_session, end_this_session};

/// Milliseconds since the Unix epoch: the one clock sessions and revocations are compared by.
pub fn now_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or_default()
}
