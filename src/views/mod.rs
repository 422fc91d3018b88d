//! Page templates (askama, compiled into the binary) and the data each page shows: one file
//! per family of pages, each template struct beside its page's words.
//!
//! - `login`: signing in, the first sign-in's password, the forgotten password, languages.
//! - `account`: a person's own account and email change.
//! - `dashboard/`: the dashboards and the client list, and their fast path.
//! - `admin`: the administrators' pages.
//! - `error`: the error page.
//! - `layout`: what every page shares (header, footer, messages, form errors); `render`: a page
//!   into a string; `assets`, `branding`: the static files and the organisation's look.
mod account;
mod admin;
pub mod assets;
pub mod branding;
pub mod dashboard;
mod error;
mod layout;
mod login;
mod render;

#[cfg(test)]
mod page_tests;

pub use account::{AccountPage, EmailChangePage, VerifyEmailPage};
pub use admin::*;
pub use dashboard::{
    AccountSummary, ClientDashboard, ClientList, ClientListView, Dashboard, NoRolePage,
    ProfessionalDashboard, Shown, client_row, page_position, skeleton, written_lists,
};
pub use error::ErrorPage;
pub use layout::{Address, FormError, FormErrors, Layout, SignedInHeader, Translate, with_strong};
pub use login::{ConfirmCodePage, ForgotPasswordPage, LanguagePage, LoginPage, NewPasswordPage};
pub use render::render;
