//! The administration pages.
#[allow(unused_imports)] // askama calls `self.t(...)`
use super::layout::Translate;
use super::layout::{Address, FormErrors, Layout, with_strong};
use crate::i18n::Msg;
use askama::Template;

/// One person in the people table or on their page.
pub struct PersonRow {
    pub username: String,
    /// The username as one path segment (`domain::path_segment`), for links and form actions.
    pub path: String,
    pub full_name: String,
    pub email: String,
    pub groups: String,
    pub status: Msg,
    pub created: String,
}

impl PersonRow {
    fn email_html(&self) -> Address<'_> {
        Address(&self.email)
    }
}

/// A choice in a group menu.
pub struct GroupOption {
    pub value: String,
    pub label: Msg,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
pub struct AdminUsersPage {
    pub layout: Layout,
    pub q: String,
    pub group_options: Vec<GroupOption>,
    pub rows: Vec<PersonRow>,
    pub previous_link: Option<String>,
    pub next_link: Option<String>,
    pub notice: Option<Msg>,
    pub filtered: bool,
}

#[derive(Template)]
#[template(path = "admin/person.html")]
pub struct AdminPersonPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub person: PersonRow,
    pub enabled: bool,
    pub can_resend: bool,
    pub is_self: bool,
    pub group_options: Vec<GroupOption>,
    pub details: DetailsForm,
    pub notice: Option<Msg>,
    pub problem: Option<Msg>,
}

/// The form that corrects a person's names and address: what Cognito holds, or what was typed.
#[derive(Default)]
pub struct DetailsForm {
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "admin/invite.html")]
pub struct InvitePage {
    pub layout: Layout,
    pub csrf_token: String,
    pub username: String,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub group_options: Vec<GroupOption>,
    /// The invitee's language, as chosen (a tag of the list, or empty).
    pub locale: String,
    pub errors: FormErrors,
}

/// One CSV row as checked in the dry run, or as sent.
pub struct BulkRow {
    pub line: usize,
    pub username: String,
    pub email: String,
    pub group: String,
    /// "Ready", "Sent", or why not.
    pub outcome: Msg,
    pub ok: bool,
}

impl BulkRow {
    fn email_html(&self) -> Address<'_> {
        Address(&self.email)
    }
}

#[derive(Template)]
#[template(path = "admin/bulk.html")]
pub struct BulkPage {
    pub layout: Layout,
    pub csrf_token: String,
    pub errors: FormErrors,
    /// The dry run's rows, or the sending's results.
    pub rows: Vec<BulkRow>,
    /// Set after a dry run with rows to send: the signed rows and how many.
    pub send: Option<BulkSend>,
    pub sent: bool,
}

impl AdminPersonPage {
    fn resend_goes_to(&self) -> Msg {
        Msg::new("resend-goes-to").with("email", self.person.email.as_str())
    }
}

impl BulkPage {
    fn intro(&self) -> String {
        with_strong(
            Msg::new("bulk-intro"),
            &[
                ("header", "", "username,email,given_name,family_name,group"),
                ("locale", "", "locale"),
            ],
        )
    }

    fn outcome_heading(&self) -> Msg {
        Msg::new(if self.sent {
            "column-result"
        } else {
            "column-check"
        })
    }
}

impl BulkSend {
    fn button(&self) -> Msg {
        Msg::new("bulk-send-button").with("count", self.count)
    }
}

pub struct BulkSend {
    pub count: usize,
    pub rows: String,
    pub issued_at: u64,
    pub signature: String,
}
