pub mod get;
pub mod post;

use crate::views::{Layout, LoginPage};

/// The sign-in form, with what was typed (never the password) and at most one problem.
fn login_page(
    csrf_token: String,
    username: String,
    next: String,
    error: Option<String>,
    notice: Option<&'static str>,
) -> LoginPage {
    LoginPage {
        layout: Layout::anonymous("Sign in"),
        csrf_token,
        username,
        next,
        error,
        notice,
    }
}
