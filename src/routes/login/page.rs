//! The sign-in form, as every answer to it shows it.
use crate::views::{FormErrors, Layout, LoginPage};

/// The sign-in form, with what was typed (never the password) and its problems.
pub(super) fn login_page(
    csrf_token: String,
    username: String,
    next: String,
    errors: FormErrors,
    notice: Option<&'static str>,
) -> LoginPage {
    LoginPage {
        layout: Layout::anonymous("Sign in").with_errors(&errors),
        csrf_token,
        username,
        next,
        errors,
        notice,
    }
}
