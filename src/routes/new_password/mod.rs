//! An invited person's first sign-in: choose a password (and any missing names).
pub mod get;
pub mod post;

use crate::session::PendingChallenge;
use crate::views::{FormErrors, Layout, NewPasswordPage};

fn new_password_page(
    challenge: &PendingChallenge,
    csrf_token: String,
    policy: String,
    (given_name, family_name): (String, String),
    errors: FormErrors,
) -> NewPasswordPage {
    let asks = |name: &str| challenge.missing_attributes.iter().any(|a| a == name);
    NewPasswordPage {
        layout: Layout::anonymous("Choose your password").with_errors(&errors),
        csrf_token,
        policy,
        ask_given_name: asks("given_name"),
        ask_family_name: asks("family_name"),
        given_name,
        family_name,
        errors,
    }
}
