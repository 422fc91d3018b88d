//! Page templates (askama, compiled into the binary) and the data each page shows.
use crate::domain::{Person, SessionUser};
use crate::i18n::Msg;
use askama::Template;

mod admin;
pub mod assets;
pub mod branding;
mod layout;

pub use admin::*;
pub use layout::{FormError, FormErrors, Layout, SignedInHeader, Translate, with_strong};

pub fn render<T: Template>(template: &T) -> Result<String, askama::Error> {
    // The page is written into a buffer as large as this kind of page was last time: askama's
    // own hint counts only the template's literal text, so a page of rows (11 KB for a
    // professional's 50 clients) would be copied over and over as it grows.
    let kind = std::any::type_name::<T>().as_ptr() as usize;
    let learned = PAGE_SIZES.with_borrow(|sizes| sizes.get(&kind).copied());
    let mut page = String::with_capacity(learned.unwrap_or(T::SIZE_HINT));
    template.render_into(&mut page)?;
    if learned.is_none_or(|size| page.len() > size) {
        let size = (page.len() + page.len() / 8).min(MAX_PAGE_HINT);
        PAGE_SIZES.with_borrow_mut(|sizes| sizes.insert(kind, size));
    }
    Ok(page)
}

/// A page larger than this (a bulk invitation's dry run) grows as it is written.
const MAX_PAGE_HINT: usize = 256 * 1024;

thread_local! {
    /// Per kind of page (its type's name, a `&'static str`, by address): the size to start its
    /// buffer at. Per worker thread: no lock on the way of a page.
    static PAGE_SIZES: std::cell::RefCell<rustc_hash::FxHashMap<usize, usize>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    pub status_line: Msg,
    pub message: Msg,
}

impl ErrorPage {
    pub fn new(status: u16, title: Msg, message: Msg) -> Self {
        Self {
            layout: Layout::anonymous(title),
            status_line: Msg::new("error-status").with("status", status),
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

/// A person's own account, as the dashboards show it.
pub struct AccountSummary<'a> {
    pub username: &'a str,
    pub email: &'a str,
    pub full_name: String,
    pub role: Msg,
    pub session_ends: Msg,
}

impl<'a> AccountSummary<'a> {
    /// Borrowed from the session's user: a page view copies none of it.
    pub fn of(user: &'a SessionUser, role: Msg, now_ms: u64) -> Self {
        Self {
            username: user.username.as_str(),
            email: &user.email,
            full_name: user.full_name(),
            role,
            session_ends: session_end_text(user.expires_at, now_ms),
        }
    }
}

/// "at 14:05 UTC (in 59 minutes)": a 24-hour time every language reads the same way.
fn session_end_text(expires_at_ms: u64, now_ms: u64) -> Msg {
    let secs = expires_at_ms / 1000;
    let (hours, minutes) = ((secs / 3600) % 24, (secs / 60) % 60);
    let left = expires_at_ms.saturating_sub(now_ms) / 60_000;
    Msg::new("session-ends-at")
        .with("time", format!("{hours:02}:{minutes:02}"))
        .with("minutes", left)
}

/// "Welcome, Ann".
fn welcome(name: &str) -> Msg {
    Msg::new("welcome").with("name", name)
}

#[derive(Template)]
#[template(path = "dashboard/professional.html")]
pub struct ProfessionalDashboard<'a> {
    pub layout: Layout,
    pub greeting_name: &'a str,
    pub account: AccountSummary<'a>,
    pub clients: ClientListView<'a>,
}

impl ClientListView<'_> {
    /// No list to show yet (`loading`), or none at all.
    pub fn waiting(loading: bool, query: String) -> Self {
        Self {
            loading,
            unavailable: !loading,
            rows: Vec::new(),
            summary: Msg::new("clients-none"),
            empty: None,
            query,
            page: 1,
            pages: 1,
            previous: None,
            next: None,
        }
    }
}

/// One row of the client list, in the language of the request being served (its labels are
/// what the row shows at phone width, where each row is a card).
#[derive(Template)]
#[template(
    ext = "html",
    source = r#"<tr><td class="client-name" data-label="{{ name_label }}">{{ person.full_name() }}</td><td class="client-email" data-label="{{ email_label }}">{{ person.email }}</td></tr>"#
)]
struct ClientRow<'a> {
    person: &'a Person,
    name_label: &'a str,
    email_label: &'a str,
}

/// Writes `person`'s row of the client list into `out`, with these labels.
pub fn client_row(person: &Person, labels: (&str, &str), out: &mut String) {
    let row = ClientRow {
        person,
        name_label: labels.0,
        email_label: labels.1,
    };
    let _ = row.render_into(out);
}

impl ClientListView<'_> {
    /// "Page 2 of 5".
    pub fn position(&self) -> Msg {
        Msg::new("page-position")
            .with("page", self.page)
            .with("pages", self.pages)
    }
}

/// One page of the professional's client list, or why there is none. The rows are the
/// cached list's own, rendered once per list and language (`client_row`): a view copies them.
pub struct ClientListView<'a> {
    /// The first list is still being read from Cognito.
    pub loading: bool,
    /// The list could not be read, and there is none from before.
    pub unavailable: bool,
    /// The rows' HTML: one run of them, or one piece a row.
    pub rows: Vec<std::borrow::Cow<'a, str>>,
    /// "124 clients", "3 match ‘ann’".
    pub summary: Msg,
    /// What an empty list or search says.
    pub empty: Option<Msg>,
    /// The search as typed.
    pub query: String,
    pub page: usize,
    pub pages: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
}

#[derive(Template)]
#[template(path = "dashboard/client.html")]
pub struct ClientDashboard<'a> {
    pub layout: Layout,
    pub greeting_name: &'a str,
    pub account: AccountSummary<'a>,
}

#[derive(Template)]
#[template(path = "dashboard/no_role.html")]
pub struct NoRolePage<'a> {
    pub layout: Layout,
    pub greeting_name: &'a str,
    pub account: AccountSummary<'a>,
}

impl ProfessionalDashboard<'_> {
    fn welcome(&self) -> Msg {
        welcome(self.greeting_name)
    }
}

impl ClientDashboard<'_> {
    fn welcome(&self) -> Msg {
        welcome(self.greeting_name)
    }
}

impl NoRolePage<'_> {
    fn welcome(&self) -> Msg {
        welcome(self.greeting_name)
    }
}

/// `/language`: the languages as a list, for pages whose menu could not be a form.
#[derive(Template)]
#[template(path = "language.html")]
pub struct LanguagePage {
    pub layout: Layout,
    pub csrf_token: String,
    pub next: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_end_is_shown_as_utc_time_and_minutes_left() {
        // 1970-01-01 14:05 UTC, 59 minutes after "now".
        let expires = (14 * 3600 + 5 * 60) * 1000;
        let en = crate::i18n::Lang::EN;
        assert_eq!(
            session_end_text(expires, expires - 59 * 60_000).text_in(en),
            "at 14:05 UTC (in 59 minutes)"
        );
        assert_eq!(
            session_end_text(expires, expires - 60_000).text_in(en),
            "at 14:05 UTC (in 1 minute)"
        );
    }

    #[derive(Template)]
    #[template(ext = "txt", source = "{% for _ in 0..rows %}0123456789{% endfor %}")]
    struct Rows {
        rows: usize,
    }

    #[test]
    fn a_page_starts_in_a_buffer_as_large_as_its_kind_was_last_time() {
        // Askama's own hint is the template's literal text: 10 bytes here.
        const { assert!(Rows::SIZE_HINT < 100) };
        let large = render(&Rows { rows: 1000 }).expect("renders");
        assert_eq!(large.len(), 10_000);
        // A small page of the same kind is written into the room the large one needed.
        let small = render(&Rows { rows: 1 }).expect("renders");
        assert_eq!(small, "0123456789");
        assert!(small.capacity() >= 10_000, "capacity {}", small.capacity());
    }

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
            "You asked to change your email address to <strong class=\"new-email\">a&#60;b&#62;@example.com</strong>. \
             We emailed a code there. Until you enter it, you sign in and reset your password with \
             <strong>c&#38;d@example.com</strong>."
        );
        // A text variable that is not in bold is escaped too.
        let html = with_strong(Msg::new("welcome").with("name", "<i>"), &[]);
        assert_eq!(html, "Welcome, &#60;i&#62;");
    }
}
