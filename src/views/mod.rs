//! Page templates (askama, compiled into the binary) and the data each page shows.
use crate::domain::{Person, SessionUser};
use askama::Template;

mod admin;
pub mod assets;
pub mod branding;
mod layout;

pub use admin::*;
pub use layout::{FormError, FormErrors, Layout, SignedInHeader};

pub fn render(template: &impl Template) -> Result<String, askama::Error> {
    template.render()
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    pub status: u16,
    pub message: String,
}

impl ErrorPage {
    pub fn new(status: u16, title: &'static str, message: String) -> Self {
        Self {
            layout: Layout::anonymous(title),
            status,
            message,
        }
    }
}

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub username: String,
    pub next: String,
    pub errors: FormErrors,
    pub notice: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "password/new_password.html")]
pub struct NewPasswordPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub policy: String,
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
    pub policy: String,
    pub notice: Option<String>,
    pub errors: FormErrors,
    /// The code was wrong or expired: offer to send a new one.
    pub offer_new_code: bool,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub account: AccountSummary,
    pub given_name: String,
    pub family_name: String,
    pub policy: String,
    pub notice: Option<String>,
    /// The new address of a change waiting for its code.
    pub pending_email: Option<String>,
    pub profile_errors: FormErrors,
    pub password_errors: FormErrors,
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
    pub notice: Option<String>,
    pub errors: FormErrors,
}

/// `/account/email/verify`: the code sent to the new address.
#[derive(Template)]
#[template(path = "account/verify_email.html")]
pub struct VerifyEmailPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub current_email: String,
    pub new_email: String,
    pub notice: Option<String>,
    /// The code was used or is too old: a new one is the way on.
    pub offer_new_code: bool,
    pub errors: FormErrors,
}

/// A person's own account, as the dashboards show it.
pub struct AccountSummary {
    pub username: String,
    pub email: String,
    pub full_name: String,
    pub role: &'static str,
    pub session_ends: String,
}

impl AccountSummary {
    pub fn of(user: &SessionUser, role: &'static str, now_ms: u64) -> Self {
        Self {
            username: user.username.to_string(),
            email: user.email.clone(),
            full_name: user.full_name(),
            role,
            session_ends: session_end_text(user.expires_at, now_ms),
        }
    }
}

/// "at 14:05 UTC (in 59 minutes)".
fn session_end_text(expires_at_ms: u64, now_ms: u64) -> String {
    let secs = expires_at_ms / 1000;
    let (hours, minutes) = ((secs / 3600) % 24, (secs / 60) % 60);
    let left = expires_at_ms.saturating_sub(now_ms) / 60_000;
    let unit = if left == 1 { "minute" } else { "minutes" };
    format!("at {hours:02}:{minutes:02} UTC (in {left} {unit})")
}

#[derive(Template)]
#[template(path = "dashboard/professional.html")]
pub struct ProfessionalDashboard<'a> {
    pub layout: Layout,
    pub greeting_name: String,
    pub account: AccountSummary,
    pub clients: ClientListView<'a>,
}

impl ClientListView<'_> {
    /// No list to show yet (`loading`), or none at all.
    pub fn waiting(loading: bool, query: String) -> Self {
        Self {
            loading,
            unavailable: !loading,
            rows: Vec::new(),
            summary: String::new(),
            empty: None,
            query,
            page: 1,
            pages: 1,
            previous: None,
            next: None,
        }
    }
}

/// One page of the professional's client list, or why there is none. The rows are borrowed
/// from the cached list: a view copies none of them.
pub struct ClientListView<'a> {
    /// The first list is still being read from Cognito.
    pub loading: bool,
    /// The list could not be read, and there is none from before.
    pub unavailable: bool,
    pub rows: Vec<&'a Person>,
    /// "124 clients", "3 match ‘ann’".
    pub summary: String,
    /// What an empty list or search says.
    pub empty: Option<String>,
    /// The search as typed.
    pub query: String,
    pub page: usize,
    pub pages: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
}

#[derive(Template)]
#[template(path = "dashboard/client.html")]
pub struct ClientDashboard {
    pub layout: Layout,
    pub greeting_name: String,
    pub account: AccountSummary,
}

#[derive(Template)]
#[template(path = "dashboard/no_role.html")]
pub struct NoRolePage {
    pub layout: Layout,
    pub greeting_name: String,
    pub account: AccountSummary,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_end_is_shown_as_utc_time_and_minutes_left() {
        // 1970-01-01 14:05 UTC, 59 minutes after "now".
        let expires = (14 * 3600 + 5 * 60) * 1000;
        assert_eq!(
            session_end_text(expires, expires - 59 * 60_000),
            "at 14:05 UTC (in 59 minutes)"
        );
        assert_eq!(
            session_end_text(expires, expires - 60_000),
            "at 14:05 UTC (in 1 minute)"
        );
    }
}
