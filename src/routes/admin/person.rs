use super::rows::{group_options, person_row};
use super::target::Target;
use crate::auth::{AdminUser, CurrentUser};
use crate::domain::{Role, Username};
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::people::account_status;
use crate::routes::page::page;
use crate::session::TypedSession;
use crate::state::AppState;
use crate::views::{AdminPersonPage, DetailsForm, Layout};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

pub async fn person(
    AdminUser(admin): AdminUser,
    Target(username): Target,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let notice = session.take_flash().map(|f| f.message());
    person_page(
        StatusCode::OK,
        &admin,
        &state,
        &username,
        (notice, None),
        None,
    )
    .await
}

/// The person's page, with the outcome of an action when there is one; `details` is the edit
/// form as typed (on an error), else it shows what Cognito holds.
pub async fn person_page(
    status: StatusCode,
    admin: &CurrentUser,
    state: &AppState,
    username: &Username,
    (notice, problem): (Option<Msg>, Option<Msg>),
    details: Option<DetailsForm>,
) -> AppResult<HttpResponse> {
    let (record, groups) = tokio::try_join!(
        state.cognito.user(username),
        state.cognito.groups_of(username)
    )
    .map_err(|err| match err {
        crate::cognito::CognitoError::UserNotFound => AppError::NotFound,
        other => other.into(),
    })?;
    let roles: Vec<Role> = groups
        .iter()
        .filter_map(|g| Role::from_group(g, &state.admin_group))
        .collect();
    let row = person_row(state, &record, &roles);
    let status_now = account_status(state, &record.status, record.enabled, record.created);
    let details = details.unwrap_or_else(|| DetailsForm {
        given_name: record.given_name.clone(),
        family_name: record.family_name.clone(),
        email: record.email.clone(),
        errors: Default::default(),
    });
    let title = Msg::new("person-title").with("username", row.username.as_str());
    let layout = Layout::signed_in(title, &admin.user, admin.csrf_token.as_str())
        .with_errors(&details.errors);
    page(
        status,
        &AdminPersonPage {
            layout,
            csrf_token: admin.csrf_token.0.clone(),
            enabled: record.enabled,
            can_resend: status_now.can_resend(),
            is_self: &admin.user.username == username,
            group_options: group_options(&state.admin_group, roles.first().copied()),
            person: row,
            details,
            notice,
            problem,
        },
    )
}
