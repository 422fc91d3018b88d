//! Page templates (askama, compiled into the binary) and the data each page shows.
use crate::domain::{Person, SessionUser};
use crate::i18n::{self, Msg};
use actix_web::web::{Bytes, BytesMut};
use askama::Template;
use skeleton::{Fill, MARKS};
use std::borrow::Cow;

mod admin;
pub mod assets;
pub mod branding;
mod layout;
mod pieces;
pub mod skeleton;
pub mod written_lists;

pub use admin::*;
pub use layout::{Address, FormError, FormErrors, Layout, SignedInHeader, Translate, with_strong};
pub use pieces::Pieces;
pub use skeleton::Shown;

pub fn render<T: Template>(template: &T) -> Result<String, askama::Error> {
    written_as::<T>(T::SIZE_HINT, |page| template.render_into(page))
}

/// A page of kind `T` written by `write`, into a buffer as large as this kind of page was last
/// time: askama's own hint counts only the template's literal text, so a page of rows (a
/// professional's 50 clients) would be copied over and over as it grows.
fn written_as<T>(
    hint: usize,
    write: impl FnOnce(&mut String) -> Result<(), askama::Error>,
) -> Result<String, askama::Error> {
    let kind = std::any::type_name::<T>().as_ptr() as usize;
    let learned = PAGE_SIZES.with_borrow(|sizes| sizes.get(&kind).copied());
    let mut page = String::with_capacity(learned.unwrap_or(hint));
    write(&mut page)?;
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
    pub full_name: Cow<'a, str>,
    pub role: Shown,
    pub session_ends: Shown,
}

impl<'a> AccountSummary<'a> {
    fn email_html(&self) -> Address<'a> {
        Address(self.email)
    }

    /// Borrowed from the session's user: a page view copies none of it.
    pub fn of(user: &'a SessionUser, role: Msg, now_ms: u64) -> Self {
        Self {
            username: user.username.as_str(),
            email: &user.email,
            full_name: Cow::Owned(user.full_name()),
            role: Shown::Msg(role),
            session_ends: Shown::Msg(session_end_text(user.expires_at, now_ms)),
        }
    }
}

/// "at 14:05 UTC (in 59 minutes)": a 24-hour time every language reads the same way.
fn session_end_text(expires_at_ms: u64, now_ms: u64) -> Msg {
    let secs = expires_at_ms / 1000;
    let (hours, minutes) = ((secs / 3600) % 24, (secs / 60) % 60);
    let left = expires_at_ms.saturating_sub(now_ms) / 60_000;
    // "14:05", without a formatter: every dashboard view writes it.
    let digit = |n: u64| char::from(b'0' + (n % 10) as u8);
    let time: String = [
        digit(hours / 10),
        digit(hours),
        ':',
        digit(minutes / 10),
        digit(minutes),
    ]
    .into_iter()
    .collect();
    Msg::new("session-ends-at")
        .with("time", time)
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
    /// The client list (`ClientListView`), rendered.
    pub clients_html: Cow<'a, str>,
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
            position: page_position(1, 1),
            previous: None,
            next: None,
        }
    }
}

/// One row of the client list: the person's name as the row's header, then their email
/// address, each isolated (`<bdi>`) from the direction of the page around it. Nothing in it depends on the page's language, so a list renders its rows once
/// (`PeopleIndex::rows_html`); at phone width each row is a card of the name over the address.
#[derive(Template)]
#[template(
    ext = "html",
    source = r#"<tr><th scope="row"><bdi>{{ person.full_name() }}</bdi></th><td><bdi>{{ self.email() }}</bdi></td></tr>"#
)]
struct ClientRow<'a> {
    person: &'a Person,
}

impl<'a> ClientRow<'a> {
    fn email(&self) -> Address<'a> {
        Address(&self.person.email)
    }
}

/// Writes `person`'s row of the client list into `out`.
pub fn client_row(person: &Person, out: &mut String) {
    let _ = ClientRow { person }.render_into(out);
}

/// "Page 2 of 5".
pub fn page_position(page: usize, pages: usize) -> Msg {
    Msg::new("page-position")
        .with("page", page)
        .with("pages", pages)
}

/// The client list a professional's dashboard shows: a page of it as written before
/// (`written_lists`), or a view to write (the list still loading, or none to be had).
pub enum ClientList<'a> {
    Written(Bytes),
    // Boxed: rare (a list still loading), and ten times the size of a written one.
    View(Box<ClientListView<'a>>),
}

impl ClientList<'_> {
    fn render(&self) -> askama::Result<String> {
        match self {
            Self::Written(html) => Ok(String::from_utf8_lossy(html).into_owned()),
            Self::View(view) => view.render(),
        }
    }
}

/// One page of the professional's client list, or why there is none. The rows are the
/// cached list's own, rendered once per list (`client_row`): a page copies them. A page is
/// written once per worker and kept (`written_lists`), so it has no skeleton of its own.
#[derive(Template)]
#[template(path = "dashboard/client_list.html")]
pub struct ClientListView<'a> {
    /// The first list is still being read from Cognito.
    pub loading: bool,
    /// The list could not be read, and there is none from before.
    pub unavailable: bool,
    /// The rows' HTML: one run of them, or one piece a row.
    pub rows: Vec<&'a str>,
    /// "124 clients", "3 match ‘ann’".
    pub summary: Msg,
    /// What an empty list or search says.
    pub empty: Option<Msg>,
    /// The search as typed.
    pub query: String,
    pub page: usize,
    pub pages: usize,
    /// "Page 2 of 5" (`page_position`).
    pub position: Msg,
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

/// The holes of a dashboard's skeleton (`skeleton::MARKS`): what it shows of its person.
const GREETING: usize = 0;
const FULL_NAME: usize = 1;
const CSRF_TOKEN: usize = 2;
const HERE: usize = 3;
const USERNAME: usize = 4;
const EMAIL: usize = 5;
const ROLE: usize = 6;
const SESSION_ENDS: usize = 7;
const CLIENT_LIST: usize = 8;
const DASHBOARD_HOLES: usize = 9;

/// A person's dashboard (`/client`, `/professional`, or the page of someone in no group):
/// written into its kind's skeleton (views::skeleton), the page people land on and come back
/// to being the one viewed most.
pub struct Dashboard<'a> {
    pub user: &'a SessionUser,
    pub csrf_token: &'a str,
    /// The group's name (`Role::label`), or that there is none.
    pub role: Msg,
    pub now_ms: u64,
}

/// What a dashboard's template is given: a view's own values, or the skeleton's markers.
struct DashboardValues<'a> {
    greeting: &'a str,
    full_name: &'a str,
    csrf_token: &'a str,
    username: &'a str,
    email: &'a str,
    role: Shown,
    session_ends: Shown,
    client_list: Cow<'a, str>,
}

impl DashboardValues<'static> {
    fn marked() -> Self {
        Self {
            greeting: MARKS[GREETING],
            full_name: MARKS[FULL_NAME],
            csrf_token: MARKS[CSRF_TOKEN],
            username: MARKS[USERNAME],
            email: MARKS[EMAIL],
            role: Shown::Hole(ROLE),
            session_ends: Shown::Hole(SESSION_ENDS),
            client_list: Cow::Borrowed(MARKS[CLIENT_LIST]),
        }
    }
}

/// What every dashboard's template is made of: its layout, greeting, account card and the
/// client list's HTML (the professional's only).
struct DashboardParts<'a> {
    layout: Layout,
    greeting_name: &'a str,
    account: AccountSummary<'a>,
    client_list: Cow<'a, str>,
}

impl<'a> DashboardValues<'a> {
    fn parts(self, title: &'static str) -> DashboardParts<'a> {
        DashboardParts {
            layout: Layout::for_person(Msg::new(title), self.full_name, self.csrf_token),
            greeting_name: self.greeting,
            account: AccountSummary {
                username: self.username,
                email: self.email,
                full_name: Cow::Borrowed(self.full_name),
                role: self.role,
                session_ends: self.session_ends,
            },
            client_list: self.client_list,
        }
    }
}

/// A kind of dashboard: its template, made of a dashboard's values.
trait DashboardKind {
    type Page<'v>: Template;
    fn make(values: DashboardValues<'_>) -> Self::Page<'_>;
}

struct ClientKind;
struct ProfessionalKind;
struct NoRoleKind;

/// The dashboards that show only their person: the client's, and that of someone in none of
/// the portal's groups.
macro_rules! person_dashboard {
    ($kind:ident, $page:ident, $title:literal) => {
        impl DashboardKind for $kind {
            type Page<'v> = $page<'v>;
            fn make(values: DashboardValues<'_>) -> $page<'_> {
                let parts = values.parts($title);
                $page {
                    layout: parts.layout,
                    greeting_name: parts.greeting_name,
                    account: parts.account,
                }
            }
        }
    };
}

person_dashboard!(ClientKind, ClientDashboard, "client-dashboard-title");
person_dashboard!(NoRoleKind, NoRolePage, "no-role-title");

impl DashboardKind for ProfessionalKind {
    type Page<'v> = ProfessionalDashboard<'v>;
    fn make(values: DashboardValues<'_>) -> ProfessionalDashboard<'_> {
        let parts = values.parts("professional-dashboard-title");
        ProfessionalDashboard {
            layout: parts.layout,
            greeting_name: parts.greeting_name,
            account: parts.account,
            clients_html: parts.client_list,
        }
    }
}

impl Dashboard<'_> {
    pub fn client_page(&self) -> Result<Pieces, askama::Error> {
        self.page::<ClientKind>(None)
    }

    /// Signed in, in none of the portal's groups.
    pub fn no_role_page(&self) -> Result<Pieces, askama::Error> {
        self.page::<NoRoleKind>(None)
    }

    pub fn professional_page(&self, clients: &ClientList<'_>) -> Result<Pieces, askama::Error> {
        self.page::<ProfessionalKind>(Some(clients))
    }

    /// The page of kind `K`, written into its skeleton (rendered whole if the kind has none).
    fn page<K: DashboardKind>(
        &self,
        client_list: Option<&ClientList<'_>>,
    ) -> Result<Pieces, askama::Error> {
        let skeleton = skeleton::cached::<K>(DASHBOARD_HOLES, || {
            let marked = K::make(DashboardValues::marked());
            let here = Some(MARKS[HERE].to_owned());
            i18n::sync_scope(i18n::lang(), here, || render(&marked)).ok()
        });
        let full_name = self.user.full_name();
        let Some(skeleton) = skeleton else {
            let client_list = match client_list {
                Some(list) => Cow::Owned(list.render()?),
                None => Cow::Borrowed(""),
            };
            let page = render(&K::make(self.values(&full_name, client_list)))?;
            return Ok(Pieces::from(Bytes::from(page)));
        };
        // The list goes straight into the page, not through `values.client_list`: a kept
        // one as a piece of its own (views::pieces), a view written in its hole.
        let values = self.values(&full_name, Cow::Borrowed(""));
        let write_view = |page: &mut BytesMut| match client_list {
            Some(ClientList::View(view)) => view.render_into(page),
            _ => Ok(()),
        };
        let list = match client_list {
            Some(ClientList::Written(kept)) => Fill::Kept(kept),
            _ => Fill::Html(&write_view),
        };
        // Room for all but a kept list: a page outgrowing its room mid-write is copied to a
        // larger one.
        let room = skeleton.text_len() + 512;
        i18n::with_here(|here| {
            let fills = values.fills(here.unwrap_or("/"), list);
            pooled(room, |written| skeleton.fill(written, &fills))
        })
    }

    /// This view's values, for its template (`client_list`: the list's HTML, if it shows one).
    fn values<'v>(&'v self, full_name: &'v str, client_list: Cow<'v, str>) -> DashboardValues<'v> {
        let user = self.user;
        DashboardValues {
            greeting: user.display_name(),
            full_name,
            csrf_token: self.csrf_token,
            username: user.username.as_str(),
            email: &user.email,
            role: Shown::Msg(self.role.clone()),
            session_ends: Shown::Msg(session_end_text(user.expires_at, self.now_ms)),
            client_list,
        }
    }
}

impl DashboardValues<'_> {
    /// The values in their holes, as `marked` numbers them; the menu's way back is the
    /// request's (the template reads it from the request), the client list `client_list`.
    fn fills<'f>(&'f self, here: &'f str, client_list: Fill<'f>) -> [Fill<'f>; DASHBOARD_HOLES] {
        let mut fills = [const { Fill::Text("") }; DASHBOARD_HOLES];
        fills[GREETING] = Fill::Text(self.greeting);
        fills[FULL_NAME] = Fill::Text(self.full_name);
        fills[CSRF_TOKEN] = Fill::Text(self.csrf_token);
        fills[HERE] = Fill::Text(here);
        fills[USERNAME] = Fill::Text(self.username);
        fills[EMAIL] = Fill::Address(self.email);
        fills[ROLE] = Fill::Shown(&self.role);
        fills[SESSION_ENDS] = Fill::Shown(&self.session_ends);
        fills[CLIENT_LIST] = client_list;
        fills
    }
}

thread_local! {
    /// The buffer dashboards write into, per worker: what a view writes is split off it as
    /// pieces of its page, and once the response has been written out (its bytes copied to
    /// the connection's buffer) the room is taken back for the next page, so a page view
    /// allocates no page and writes into memory the last view had warm.
    static PAGE_BUFFER: std::cell::RefCell<BytesMut> = std::cell::RefCell::default();
}

/// A page written by `write` with the worker's page buffer (room for `hint` bytes made first).
fn pooled(
    hint: usize,
    write: impl FnOnce(&mut BytesMut) -> askama::Result<Pieces>,
) -> askama::Result<Pieces> {
    // Taken out while written: nothing a page writes can reach the buffer again meanwhile.
    let mut buffer = PAGE_BUFFER.with_borrow_mut(std::mem::take);
    buffer.reserve(hint);
    let written = write(&mut buffer);
    // A page that failed half-way leaves nothing behind for the next.
    buffer.clear();
    PAGE_BUFFER.with_borrow_mut(|kept| *kept = buffer);
    written
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

    #[test]
    fn client_rows_parse_to_one_cell_a_value_whatever_markup_the_value_holds() {
        let person = |given: &str, family: &str, email: &str| Person {
            username: "u".into(),
            email: email.into(),
            given_name: given.into(),
            family_name: family.into(),
        };
        let people = [
            person("Ann", "<b>Lee</b> & \"Co\"", "ann+x@example.com"),
            person("Zoë", "Ørsted", "</td></tr><tr><td>@example.com"),
            person("", "Solo", "solo@example.com"),
        ];
        let mut rows = String::new();
        for p in &people {
            client_row(p, &mut rows);
        }
        // A value's markup is escaped: the rows' only tags are their own.
        assert_eq!(rows.matches("<td>").count(), 3);
        assert_eq!(rows.matches("</td>").count(), 3);
        let html = format!("<table><tbody>{rows}</tbody></table><p id=after>after</p>");
        let page = scraper::Html::parse_document(&html);
        let select = |css: &str| scraper::Selector::parse(css).expect("a selector");
        let cells: Vec<Vec<String>> = page
            .select(&select("tbody tr"))
            .map(|row| {
                row.select(&select("th, td"))
                    .map(|cell| cell.text().collect())
                    .collect()
            })
            .collect();
        assert_eq!(
            cells,
            [
                ["Ann <b>Lee</b> & \"Co\"", "ann+x@example.com"],
                ["Zoë Ørsted", "</td></tr><tr><td>@example.com"],
                ["Solo", "solo@example.com"],
            ]
        );
        assert_eq!(page.select(&select("th[scope=row]")).count(), 3);
        // The table ends where it should: what follows it is not swallowed into a cell.
        assert_eq!(page.select(&select("table #after")).count(), 0);
        assert_eq!(page.select(&select("#after")).count(), 1);
    }

    /// People whose every field needs escaping, or is not Latin, or is empty.
    fn hard_cases() -> Vec<crate::domain::SessionUser> {
        let person =
            |username: &str, email: &str, given: &str, family: &str| crate::domain::SessionUser {
                session_id: "s".into(),
                username: crate::domain::Username::parse(username).expect("a user name"),
                email: email.into(),
                given_name: given.into(),
                family_name: family.into(),
                groups: vec!["client".into()],
                signed_in_at: 1_000,
                expires_at: (14 * 3600 + 5 * 60) * 1000,
            };
        vec![
            person("ann", "ann@example.com", "Ann", "Lee"),
            person("o'brien+1", "a&b\"<c>'@x.example", "<script>", "&amp; \"Ö'"),
            person("nomi", "n@example.com", "", "  "),
            person("李", "li@example.com", "小龍", "李"),
            person(
                "mark\u{E000}0\u{E001}",
                "m@example.com",
                "\u{E000}3\u{E001}",
                "\u{E001}",
            ),
        ]
    }

    #[test]
    fn a_dashboard_written_into_its_skeleton_is_the_page_rendered_whole() {
        let list = ClientList::View(Box::new(ClientListView {
            loading: false,
            unavailable: false,
            rows: vec!["<tr><td>row</td></tr>"],
            summary: Msg::new("clients-count").with("count", 1),
            empty: None,
            query: "<q&a>".into(),
            page: 1,
            pages: 1,
            position: page_position(1, 1),
            previous: None,
            next: None,
        }));
        for lang in crate::i18n::Lang::all() {
            for user in hard_cases() {
                for here in [None, Some("/client?x=<\"&'>".to_owned())] {
                    let dashboard = Dashboard {
                        user: &user,
                        csrf_token: "tok-<&>_\"",
                        role: crate::domain::Role::Client.label(),
                        now_ms: 1_000,
                    };
                    let full_name = user.full_name();
                    let values = || {
                        let list_html = list.render().expect("renders");
                        dashboard.values(&full_name, Cow::Owned(list_html))
                    };
                    crate::i18n::sync_scope(lang, here.clone(), || {
                        let whole = render(&ClientKind::make(values())).expect("renders");
                        // Twice: the skeleton made, then the skeleton kept.
                        for _ in 0..2 {
                            assert_eq!(
                                dashboard.client_page().expect("renders").to_bytes(),
                                whole,
                                "{lang:?}"
                            );
                        }
                        let whole = render(&ProfessionalKind::make(values())).expect("renders");
                        let page = dashboard
                            .professional_page(&list)
                            .expect("renders")
                            .to_bytes();
                        assert_eq!(page, whole.as_bytes(), "{lang:?}");
                        // A list page as written before is sent in the page as it is.
                        let mut written = BytesMut::new();
                        if let ClientList::View(view) = &list {
                            view.render_into(&mut written).expect("written");
                        }
                        let kept = ClientList::Written(written.freeze());
                        let page = dashboard.professional_page(&kept).expect("renders");
                        assert!(page.pieces() > 1, "the kept list is a piece of its own");
                        let page = page.to_bytes();
                        assert_eq!(page, whole.as_bytes(), "{lang:?}");
                        assert!(whole.contains("value=\"&#60;q&#38;a&#62;\""));
                        assert!(whole.contains("<tr><td>row</td></tr>"));
                        let whole = render(&NoRoleKind::make(values())).expect("renders");
                        let page = dashboard.no_role_page().expect("renders").to_bytes();
                        assert_eq!(page, whole.as_bytes());
                    });
                }
            }
        }
    }

    #[test]
    fn a_page_whose_markers_do_not_come_through_has_no_skeleton() {
        assert!(skeleton::Skeleton::parse("a\u{E000}0\u{E001}b", 1).is_some());
        // A hole past the page's own, a marker cut short, an unknown or missing number.
        assert!(skeleton::Skeleton::parse("a\u{E000}1\u{E001}b", 1).is_none());
        assert!(skeleton::Skeleton::parse("a\u{E000}0b", 1).is_none());
        assert!(skeleton::Skeleton::parse("a\u{E000}x\u{E001}b", 1).is_none());
        assert!(skeleton::Skeleton::parse("a\u{E001}b", 1).is_none());
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
            "You asked to change your email address to <strong class=\"new-email\"><bdi>a&#60;b&#62;@example.com</bdi></strong>. \
             We emailed a code there. Until you enter it, you sign in and reset your password with \
             <strong><bdi>c&#38;d@example.com</bdi></strong>."
        );
        // A text variable that is not in bold is escaped too.
        let html = with_strong(Msg::new("welcome").with("name", "<i>"), &[]);
        assert_eq!(html, "Welcome, &#60;i&#62;");
    }
}

/// Pages rendered whole, in the languages people read them in: what a script or a right-to-left
/// page needs of the server's HTML.
#[cfg(test)]
mod page_tests {
    use super::*;
    use crate::i18n::Lang;
    use scraper::{ElementRef, Html, Node, Selector};

    fn select(css: &str) -> Selector {
        Selector::parse(css).expect("a selector")
    }

    fn in_lang<T: Template>(lang: Lang, page: &T) -> Html {
        let html = i18n::sync_scope(lang, None, || render(page)).expect("renders");
        Html::parse_document(&html)
    }

    fn login_page() -> LoginPage {
        LoginPage {
            layout: Layout::anonymous(Msg::new("login-title")),
            csrf_token: "t".into(),
            username: String::new(),
            next: String::new(),
            errors: FormErrors::default(),
            notice: None,
        }
    }

    #[test]
    fn a_password_field_carries_the_words_of_its_toggle_in_the_pages_language() {
        for lang in Lang::all() {
            let page = in_lang(lang, &login_page());
            let field = page
                .select(&select("input#password[type=password]"))
                .next()
                .expect("a password field");
            for (attribute, id) in [
                ("data-show-label", "password-show-button"),
                ("data-hide-label", "password-hide-button"),
            ] {
                assert_eq!(
                    field.value().attr(attribute),
                    Some(Msg::new(id).text_in(lang).as_str()),
                    "{lang:?} {attribute}"
                );
            }
        }
        // The words are the language's own, not English in every language.
        let de = Lang::from_tag("de").expect("German");
        assert_eq!(
            Msg::new("password-show-button").text_in(de),
            "Passwort anzeigen"
        );
    }

    #[test]
    fn the_public_pages_each_have_a_description_in_every_language() {
        for lang in Lang::all() {
            let forgot = ForgotPasswordPage {
                layout: Layout::anonymous(Msg::new("forgot-title")),
                csrf_token: "t".into(),
                username: String::new(),
                errors: FormErrors::default(),
            };
            let confirm = ConfirmCodePage {
                layout: Layout::anonymous(Msg::new("confirm-title")),
                csrf_token: "t".into(),
                username: "ann".into(),
                policy: Msg::new("login-title"),
                notice: None,
                errors: FormErrors::default(),
                offer_new_code: false,
            };
            let language = LanguagePage {
                layout: Layout::anonymous(Msg::new("language-page-title")),
                csrf_token: "t".into(),
                next: "/login".into(),
            };
            let pages = [
                ("login-description", in_lang(lang, &login_page())),
                ("forgot-description", in_lang(lang, &forgot)),
                ("confirm-description", in_lang(lang, &confirm)),
                ("language-description", in_lang(lang, &language)),
            ];
            let mut seen = std::collections::BTreeSet::new();
            for (id, page) in pages {
                let descriptions: Vec<&str> = page
                    .select(&select("head meta[name=description]"))
                    .filter_map(|meta| meta.value().attr("content"))
                    .collect();
                let expected = Msg::new(id).with("portal", "Cognito Portal").text_in(lang);
                assert_eq!(descriptions, [expected.as_str()], "{lang:?} {id}");
                assert!(expected.contains("Cognito Portal"), "{lang:?} {id}");
                assert!(
                    seen.insert(expected),
                    "{lang:?} {id}: a description of its own"
                );
            }
        }
    }

    /// Where `value` shows in `page`'s body without being isolated from the page's direction: in
    /// a text outside every `<bdi>` and not between isolation marks, or as the value of an input
    /// without `dir`.
    fn unisolated(page: &Html, value: &str) -> Vec<String> {
        let mut found = Vec::new();
        let body = page.select(&select("body")).next().expect("a body");
        for node in body.descendants() {
            if let Node::Text(text) = node.value() {
                let isolated = node
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    // The page's own `dir` (on `<html>`) is the direction to isolate from.
                    .any(|el| {
                        let el = el.value();
                        el.name() == "bdi" || (el.name() != "html" && el.attr("dir").is_some())
                    });
                if outside_isolation_marks(text).contains(value) && !isolated {
                    let parent = node.parent().and_then(ElementRef::wrap);
                    found.push(format!(
                        "<{}> {:?}",
                        parent.map_or("?", |p| p.value().name()),
                        &**text
                    ));
                }
            }
            if let Some(el) = ElementRef::wrap(node).map(|el| el.value())
                && el.name() == "input"
                && el.attr("type") != Some("hidden")
                && el.attr("value") == Some(value)
                && el.attr("dir").is_none()
            {
                found.push(format!("<input id={:?}>", el.attr("id")));
            }
        }
        found
    }

    /// `text` without what stands between isolation marks (U+2068 ... U+2069, fluent's in a
    /// right-to-left language).
    fn outside_isolation_marks(text: &str) -> String {
        let mut outside = String::new();
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '\u{2068}' => depth += 1,
                '\u{2069}' => depth = depth.saturating_sub(1),
                _ if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        outside
    }

    /// Latin values ending in punctuation, which a right-to-left page would otherwise reorder.
    const GIVEN: &str = "Smith-Jones";
    const FAMILY: &str = "(Jr.)";
    const NAME: &str = "Smith-Jones (Jr.)";
    const USERNAME: &str = "(\"48\"=\"48";
    const EMAIL: &str = "jr.(x)@example.com";

    fn arabic() -> Lang {
        Lang::from_tag("ar").expect("Arabic")
    }

    fn person_row() -> PersonRow {
        PersonRow {
            username: USERNAME.into(),
            path: "x".into(),
            full_name: NAME.into(),
            email: EMAIL.into(),
            groups: "client (old)".into(),
            status: Msg::new("login-title"),
            created: "2024-01-02".into(),
        }
    }

    #[test]
    fn on_a_right_to_left_page_every_value_people_supply_is_isolated() {
        let ar = arabic();
        let user = SessionUser {
            session_id: "s".into(),
            username: crate::domain::Username::parse("smith.jr").expect("a user name"),
            email: EMAIL.into(),
            given_name: GIVEN.into(),
            family_name: FAMILY.into(),
            groups: vec!["client".into()],
            signed_in_at: 1_000,
            expires_at: 3_600_000,
        };
        let client = Person {
            username: "c".into(),
            email: EMAIL.into(),
            given_name: GIVEN.into(),
            family_name: FAMILY.into(),
        };
        let mut rows = String::new();
        client_row(&client, &mut rows);
        let list = ClientList::View(Box::new(ClientListView {
            loading: false,
            unavailable: false,
            rows: vec![rows.as_str()],
            summary: Msg::new("clients-matches")
                .with("count", 1)
                .with("query", NAME),
            empty: None,
            query: NAME.into(),
            page: 1,
            pages: 1,
            position: page_position(1, 1),
            previous: None,
            next: None,
        }));
        let dashboard = Dashboard {
            user: &user,
            csrf_token: "t",
            role: crate::domain::Role::Client.label(),
            now_ms: 1_000,
        };
        let mut pages: Vec<(&str, Html)> = Vec::new();
        i18n::sync_scope(ar, None, || {
            // Twice each: the skeleton made, then the skeleton kept.
            for _ in 0..2 {
                let client = dashboard.client_page().expect("renders").to_bytes();
                let professional = dashboard.professional_page(&list).expect("renders");
                for (label, page) in [
                    ("client dashboard", client),
                    ("professional dashboard", professional.to_bytes()),
                ] {
                    let page = String::from_utf8(page.to_vec()).expect("UTF-8");
                    pages.push((label, Html::parse_document(&page)));
                }
            }
        });
        let users = AdminUsersPage {
            layout: Layout::for_person(Msg::new("people-title"), NAME, "t"),
            q: NAME.into(),
            group_options: Vec::new(),
            rows: vec![person_row()],
            previous_link: None,
            next_link: None,
            notice: Some(Msg::new("admin-deleted").with("username", USERNAME)),
            filtered: true,
        };
        pages.push(("people", in_lang(ar, &users)));
        let person = AdminPersonPage {
            layout: Layout::for_person(Msg::new("people-title"), NAME, "t"),
            csrf_token: "t".into(),
            person: person_row(),
            enabled: true,
            can_resend: true,
            is_self: false,
            group_options: Vec::new(),
            details: DetailsForm {
                given_name: GIVEN.into(),
                family_name: FAMILY.into(),
                email: EMAIL.into(),
                errors: FormErrors::default(),
            },
            notice: Some(Msg::new("admin-enabled").with("username", USERNAME)),
            problem: None,
        };
        pages.push(("person", in_lang(ar, &person)));
        let bulk = BulkPage {
            layout: Layout::for_person(Msg::new("bulk-title"), NAME, "t"),
            csrf_token: "t".into(),
            errors: FormErrors::default(),
            rows: vec![BulkRow {
                line: 2,
                username: USERNAME.into(),
                email: EMAIL.into(),
                group: "client (old)".into(),
                outcome: Msg::new("login-title"),
                ok: true,
            }],
            send: None,
            sent: false,
        };
        pages.push(("bulk", in_lang(ar, &bulk)));
        let login = LoginPage {
            username: USERNAME.into(),
            ..login_page()
        };
        pages.push(("sign-in", in_lang(ar, &login)));

        for (label, page) in &pages {
            for value in [NAME, GIVEN, FAMILY, USERNAME, EMAIL, "client (old)"] {
                let found = unisolated(page, value);
                assert!(found.is_empty(), "{label}, {value:?}: {found:?}");
            }
        }
        // The values are there to be found: in cells, cards, headings and fields.
        let shown = |label: &str, css: &str| {
            let (_, page) = pages.iter().find(|(l, _)| *l == label).expect("a page");
            page.select(&select(css))
                .map(|el| el.text().collect::<String>())
                .collect::<Vec<_>>()
        };
        assert_eq!(shown("client dashboard", ".account-name bdi"), [NAME]);
        assert_eq!(shown("client dashboard", ".account-email bdi"), [EMAIL]);
        assert_eq!(
            shown("professional dashboard", ".client-list tbody th bdi"),
            [NAME]
        );
        assert_eq!(shown("people", "td.person-name bdi"), [NAME]);
        assert_eq!(shown("people", "td.person-username a bdi"), [USERNAME]);
        assert_eq!(shown("person", "h1 bdi"), [NAME, USERNAME]);
        assert_eq!(shown("bulk", "td.bulk-username bdi"), [USERNAME]);
        for (label, css) in [
            ("people", "input#q"),
            ("professional dashboard", "input#q"),
            ("person", "input#given_name"),
            ("sign-in", "input#username"),
        ] {
            let (_, page) = pages.iter().find(|(l, _)| *l == label).expect("a page");
            let field = page.select(&select(css)).next().expect("a field");
            assert_eq!(field.value().attr("dir"), Some("auto"), "{label} {css}");
        }
    }

    #[test]
    fn an_address_may_wrap_after_its_at_sign_and_dots_and_nowhere_else() {
        let written = |address: &str| Address(address).to_string();
        assert_eq!(
            written("ann.lee@mail.example.com"),
            "ann.<wbr>lee@<wbr>mail.<wbr>example.<wbr>com"
        );
        // Escaped like any value; nothing after a final dot.
        assert_eq!(written("a<b>&@x."), "a&#60;b&#62;&#38;@<wbr>x.");
        assert_eq!(written("plain"), "plain");
        assert_eq!(written(""), "");
        // The client list's rows and the account card break their addresses the same way.
        let mut row = String::new();
        let person = Person {
            username: "u".into(),
            email: "a.b@c.d".into(),
            given_name: "A".into(),
            family_name: "B".into(),
        };
        client_row(&person, &mut row);
        assert!(
            row.contains("<td><bdi>a.<wbr>b@<wbr>c.<wbr>d</bdi></td>"),
            "{row}"
        );
    }
}
