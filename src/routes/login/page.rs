//! The sign-in form, as every answer to it shows it.
use crate::i18n::Msg;
use crate::views::{FormErrors, Layout, LoginPage};

/// The sign-in form, with what was typed (never the password) and its problems.
pub(super) fn login_page(
    csrf_token: String,
    username: String,
    next: String,
    errors: FormErrors,
    notice: Option<Msg>,
) -> LoginPage {
    LoginPage {
        layout: Layout::anonymous(Msg::new("login-title")).with_errors(&errors),
        csrf_token,
        username,
        next,
        errors,
        notice,
    }
}
