//! The pages of signing in: the sign-in form, the first sign-in's new password, the forgotten
//! password and its code, and the list of languages they link to.
use super::layout::{FormErrors, Layout, Translate};
use crate::i18n::Msg;
use askama::Template;

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub username: String,
    pub next: String,
    pub errors: FormErrors,
    pub notice: Option<Msg>,
}

#[derive(Template)]
#[template(path = "password/new_password.html")]
pub struct NewPasswordPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub policy: Msg,
    pub ask_given_name: bool,
    pub ask_family_name: bool,
    pub given_name: String,
    pub family_name: String,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "password/forgot_password.html")]
pub struct ForgotPasswordPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub username: String,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "password/confirm_code.html")]
pub struct ConfirmCodePage {
    pub layout: Layout,
    pub csrf_token: String,
    pub username: String,
    pub policy: Msg,
    pub notice: Option<Msg>,
    pub errors: FormErrors,
    /// The code was wrong or expired: offer to send a new one.
    pub offer_new_code: bool,
}

/// `/language`: the languages as a list, for pages whose menu could not be a form.
#[derive(Template)]
#[template(path = "language.html")]
pub struct LanguagePage {
    pub layout: Layout,
    pub csrf_token: String,
    pub next: String,
}
