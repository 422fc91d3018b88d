//! The first-sign-in form.
use crate::domain::PendingChallenge;
use crate::i18n::Msg;
use crate::views::{FormErrors, Layout, NewPasswordPage};

pub(super) fn new_password_page(
    challenge: &PendingChallenge,
    csrf_token: String,
    policy: Msg,
    (given_name, family_name): (String, String),
    errors: FormErrors,
) -> NewPasswordPage {
    let asks = |name: &str| challenge.missing_attributes.iter().any(|a| a == name);
    NewPasswordPage {
        layout: Layout::anonymous(Msg::new("new-password-title")).with_errors(&errors),
        csrf_token,
        policy,
        ask_given_name: asks("given_name"),
        ask_family_name: asks("family_name"),
        given_name,
        family_name,
        errors,
    }
}
