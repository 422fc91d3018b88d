//! The administration pages.
use super::layout::{FormErrors, Layout};
use askama::Template;

/// One person in the people table or on their page.
pub struct PersonRow {
    pub username: String,
    /// The username as one path segment (`domain::path_segment`), for links and form actions.
    pub path: String,
    pub full_name: String,
    pub email: String,
    pub groups: String,
    pub status: &'static str,
    pub created: String,
}

/// A choice in a group menu.
pub struct GroupOption {
    pub value: String,
    pub label: &'static str,
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
    pub notice: Option<String>,
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
    pub notice: Option<String>,
    pub problem: Option<String>,
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
    pub errors: FormErrors,
}

/// One CSV row as checked in the dry run, or as sent.
pub struct BulkRow {
    pub line: usize,
    pub username: String,
    pub email: String,
    pub group: String,
    /// "Ready", "Sent", or why not.
    pub outcome: String,
    pub ok: bool,
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

pub struct BulkSend {
    pub count: usize,
    pub rows: String,
    pub issued_at: u64,
    pub signature: String,
}
