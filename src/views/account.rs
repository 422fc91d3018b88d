//! A person's own account: the account page, and the email change with its code.
use super::dashboard::AccountSummary;
use super::layout::{FormErrors, Layout, Translate, with_strong};
use crate::i18n::Msg;
use askama::Template;

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage<'a> {
    pub layout: Layout,
    pub csrf_token: String,
    pub account: AccountSummary<'a>,
    pub given_name: String,
    pub family_name: String,
    pub policy: Msg,
    pub notice: Option<Msg>,
    /// The new address of a change waiting for its code.
    pub pending_email: Option<String>,
    pub profile_errors: FormErrors,
    pub password_errors: FormErrors,
}

impl AccountPage<'_> {
    fn pending_text(&self, new_email: &str) -> String {
        with_strong(
            Msg::new("email-pending"),
            &[("new", "", new_email), ("current", "", self.account.email)],
        )
    }

    fn codes_go_to(&self) -> String {
        with_strong(
            Msg::new("email-codes-go-to"),
            &[("email", "", self.account.email)],
        )
    }
}

/// `/account/email`: the new address and the current password.
#[derive(Template)]
#[template(path = "account/email.html")]
pub struct EmailChangePage {
    pub layout: Layout,
    pub csrf_token: String,
    pub current_email: String,
    /// What to show in the field: what was typed, on an error.
    pub email: String,
    pub notice: Option<Msg>,
    pub errors: FormErrors,
}

impl EmailChangePage {
    fn intro(&self) -> String {
        with_strong(
            Msg::new("email-change-intro"),
            &[("current", "current-email", &self.current_email)],
        )
    }
}

/// `/account/email/verify`: the code sent to the new address.
#[derive(Template)]
#[template(path = "account/verify_email.html")]
pub struct VerifyEmailPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub current_email: String,
    pub new_email: String,
    pub notice: Option<Msg>,
    /// The code was used or is too old: a new one is the way on.
    pub offer_new_code: bool,
    pub errors: FormErrors,
}

impl VerifyEmailPage {
    fn intro(&self) -> String {
        with_strong(
            Msg::new("verify-email-intro"),
            &[
                ("new", "new-email", &self.new_email),
                ("current", "current-email", &self.current_email),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_in_bold_are_escaped_and_the_markup_is_the_portals() {
        // Outside a request: in English.
        let html = with_strong(
            Msg::new("email-pending"),
            &[
                ("new", "new-email", "a<b>@example.com"),
                ("current", "", "c&d@example.com"),
            ],
        );
        assert_eq!(
            html,
            "You asked to change your email address to <strong class=\"new-email\"><bdi>a&#60;b&#62;@example.com</bdi></strong>. \
             We emailed a code there. Until you enter it, you sign in and reset your password with \
             <strong><bdi>c&#38;d@example.com</bdi></strong>."
        );
        // A text variable that is not in bold is escaped too.
        let html = with_strong(Msg::new("welcome").with("name", "<i>"), &[]);
        assert_eq!(html, "Welcome, &#60;i&#62;");
    }
}
