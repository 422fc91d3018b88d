//! A dashboard's holes: the values that differ from one person's view to the next, numbered
//! as the skeleton's markers (`skeleton::MARKS`), and what fills each.
use super::account_card::AccountSummary;
use super::skeleton::{Fill, MARKS, Shown};
use crate::i18n::Msg;
use crate::views::layout::Layout;
use std::borrow::Cow;

/// The holes of a dashboard's skeleton (`skeleton::MARKS`): what it shows of its person.
pub(super) const GREETING: usize = 0;
pub(super) const FULL_NAME: usize = 1;
pub(super) const CSRF_TOKEN: usize = 2;
pub(super) const HERE: usize = 3;
pub(super) const USERNAME: usize = 4;
pub(super) const EMAIL: usize = 5;
pub(super) const ROLE: usize = 6;
pub(super) const SESSION_ENDS: usize = 7;
pub(super) const CLIENT_LIST: usize = 8;
pub(super) const DASHBOARD_HOLES: usize = 9;

/// What a dashboard's template is given: a view's own values, or the skeleton's markers.
pub(super) struct DashboardValues<'a> {
    pub(super) greeting: &'a str,
    pub(super) full_name: &'a str,
    pub(super) csrf_token: &'a str,
    pub(super) username: &'a str,
    pub(super) email: &'a str,
    pub(super) role: Shown,
    pub(super) session_ends: Shown,
    pub(super) client_list: Cow<'a, str>,
}

impl DashboardValues<'static> {
    pub(super) fn marked() -> Self {
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
pub(super) struct DashboardParts<'a> {
    pub(super) layout: Layout,
    pub(super) greeting_name: &'a str,
    pub(super) account: AccountSummary<'a>,
    pub(super) client_list: Cow<'a, str>,
}

impl<'a> DashboardValues<'a> {
    pub(super) fn parts(self, title: &'static str) -> DashboardParts<'a> {
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

impl DashboardValues<'_> {
    /// The values in their holes, as `marked` numbers them; the menu's way back is the
    /// request's (the template reads it from the request), the client list `client_list`.
    pub(super) fn fills<'f>(
        &'f self,
        here: &'f str,
        client_list: Fill<'f>,
    ) -> [Fill<'f>; DASHBOARD_HOLES] {
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
