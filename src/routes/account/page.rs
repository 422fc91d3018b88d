//! The account page, as every form on it answers with it.
use crate::auth::CurrentUser;
use crate::domain::now_millis;
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::routes::page::page;
use crate::session::TypedSession;
use crate::state::AppState;
use crate::views::{AccountPage, AccountSummary, FormErrors, Layout};
use actix_web::HttpResponse;
use actix_web::http::StatusCode;

/// The account page; `names` are what to show in the name fields (what was typed, on an error).
pub(super) fn account_page(
    status: StatusCode,
    current: &CurrentUser,
    state: &AppState,
    names: Option<(String, String)>,
    notice: Option<Msg>,
    session: &TypedSession,
    (profile_errors, password_errors): (FormErrors, FormErrors),
) -> AppResult<HttpResponse> {
    let user = &current.user;
    let role = user
        .role(&state.admin_group)
        .map_or(Msg::new("role-none"), |r| r.label());
    let (given_name, family_name) =
        names.unwrap_or_else(|| (user.given_name.clone(), user.family_name.clone()));
    let mut layout =
        Layout::signed_in(Msg::new("account-title"), user, current.csrf_token.as_str());
    layout.has_errors = !profile_errors.is_empty() || !password_errors.is_empty();
    page(
        status,
        &AccountPage {
            layout,
            csrf_token: current.csrf_token.0.clone(),
            account: AccountSummary::of(user, role, now_millis()),
            given_name,
            family_name,
            policy: state.password_policy().describe(),
            notice,
            pending_email: session
                .email_change()
                .filter(|change| !change.has_lapsed(now_millis()))
                .map(|change| change.new_email.as_str().to_owned()),
            profile_errors,
            password_errors,
        },
    )
}
