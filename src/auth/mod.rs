//! Who is signed in: signing in (and an invited person's first sign-in), signing out, password
//! resets, and the `CurrentUser` / `AdminUser` extractors every signed-in page starts from.
mod current_user;
pub mod password_reset;
mod sign_in;
mod sign_out;

pub use current_user::{AdminUser, CurrentUser};
pub use sign_in::{SignIn, SignInError, answer_new_password, sign_in};
pub use sign_out::{end_every_session, end_portal_sessions, end_this_session, revoke_tokens};
