//! The dashboards' templates and the client list's: what a dashboard shows, each kind made
//! of a dashboard's values (`DashboardKind`).
use super::account_card::AccountSummary;
use super::holes::DashboardValues;
use crate::domain::Person;
use crate::i18n::Msg;
use crate::views::layout::{Address, Layout, Translate};
use askama::Template;
use std::borrow::Cow;

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
/// address, each isolated (`<bdi>`) from the direction of the page around it. Nothing in it
/// depends on the page's language, so a list renders its rows once
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

/// A kind of dashboard: its template, made of a dashboard's values.
pub(super) trait DashboardKind {
    type Page<'v>: Template;
    fn make(values: DashboardValues<'_>) -> Self::Page<'_>;
}

pub(super) struct ClientKind;
pub(super) struct ProfessionalKind;
pub(super) struct NoRoleKind;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
