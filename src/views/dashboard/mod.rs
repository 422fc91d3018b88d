//! The dashboards: `/client` and `/professional`, the pages people land on and come back
//! to, so the pages viewed most. This folder is their fast path, behind one door: a route
//! asks `Dashboard::client_page` / `professional_page` / `no_role_page` for a page's body and
//! gets its bytes, the same bytes the templates would render whole.
//!
//! What it does, and what each part buys (docs/benchmarks.md has the figures and how to
//! measure them again):
//! - `skeleton`: a dashboard kind's fixed text is rendered once per worker, language and
//!   branding, with a marker in each hole (`holes`); a view writes only its person's values,
//!   escaped, into the holes.
//! - `written_lists`: a page of the client list as written, kept per worker under the list's
//!   generation, language, search and page: a view of a page seen before sends it as it is.
//! - `buffer`: the page is written into a buffer kept per worker, so a view allocates no page.
//!
//! A unit test below writes every dashboard both ways, in every language and with values
//! that need escaping, and compares them byte for byte.
mod account_card;
mod buffer;
mod holes;
mod pages;
pub mod skeleton;
pub mod written_lists;

pub use account_card::AccountSummary;
pub use pages::{
    ClientDashboard, ClientListView, NoRolePage, ProfessionalDashboard, client_row, page_position,
};
pub use skeleton::Shown;

use crate::domain::SessionUser;
use crate::i18n::{self, Msg};
use crate::views::render::render;
use account_card::session_end_text;
use actix_web::web::{Bytes, BytesMut};
use askama::Template;
use buffer::pooled;
use holes::{DASHBOARD_HOLES, DashboardValues, HERE};
use pages::{ClientKind, DashboardKind, NoRoleKind, ProfessionalKind};
use skeleton::{Fill, MARKS};
use std::borrow::Cow;

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

impl Dashboard<'_> {
    pub fn client_page(&self) -> Result<Bytes, askama::Error> {
        self.page::<ClientKind>(None)
    }

    /// Signed in, in none of the portal's groups.
    pub fn no_role_page(&self) -> Result<Bytes, askama::Error> {
        self.page::<NoRoleKind>(None)
    }

    pub fn professional_page(&self, clients: &ClientList<'_>) -> Result<Bytes, askama::Error> {
        self.page::<ProfessionalKind>(Some(clients))
    }

    /// The page of kind `K`, written into its skeleton (rendered whole if the kind has none).
    fn page<K: DashboardKind>(
        &self,
        client_list: Option<&ClientList<'_>>,
    ) -> Result<Bytes, askama::Error> {
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
            return Ok(Bytes::from(page));
        };
        // The list goes straight into its hole, not through `values.client_list`: a kept one
        // copied as it is, a view written there.
        let values = self.values(&full_name, Cow::Borrowed(""));
        let write_view = |page: &mut BytesMut| match client_list {
            Some(ClientList::View(view)) => view.render_into(page),
            _ => Ok(()),
        };
        let (list, kept_len) = match client_list {
            Some(ClientList::Written(kept)) => (Fill::Kept(kept), kept.len()),
            _ => (Fill::Html(&write_view), 0),
        };
        // Room for the whole page: one outgrowing its room mid-write is copied to a larger one.
        let room = skeleton.text_len() + kept_len + 512;
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

#[cfg(test)]
mod tests {
    use super::*;

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
                                dashboard.client_page().expect("renders"),
                                whole,
                                "{lang:?}"
                            );
                        }
                        let whole = render(&ProfessionalKind::make(values())).expect("renders");
                        let page = dashboard.professional_page(&list).expect("renders");
                        assert_eq!(page, whole.as_bytes(), "{lang:?}");
                        // A list page as written before is sent in the page as it is.
                        let mut written = BytesMut::new();
                        if let ClientList::View(view) = &list {
                            view.render_into(&mut written).expect("written");
                        }
                        let kept = ClientList::Written(written.freeze());
                        let page = dashboard.professional_page(&kept).expect("renders");
                        let page = page;
                        assert_eq!(page, whole.as_bytes(), "{lang:?}");
                        assert!(whole.contains("value=\"&#60;q&#38;a&#62;\""));
                        assert!(whole.contains("<tr><td>row</td></tr>"));
                        let whole = render(&NoRoleKind::make(values())).expect("renders");
                        let page = dashboard.no_role_page().expect("renders");
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
}
