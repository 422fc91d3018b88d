pub mod client;
mod guard;
pub mod professional;

use crate::auth::CurrentUser;
use crate::domain::Role;
use crate::error::{AppResult, see_other};
use crate::i18n::Msg;
use crate::routes::page::rendered;
use crate::state::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use guard::dashboard_of;

/// Sends each person to the dashboard of their role.
pub async fn dashboard(
    current: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let user = &current.user;
    match user.role(&state.admin_group) {
        Some(Role::Professional) => Ok(see_other("/professional")),
        Some(Role::Client) => Ok(see_other("/client")),
        Some(Role::Admin) => Ok(see_other("/admin/users")),
        None => rendered(
            StatusCode::OK,
            dashboard_of(&current, Msg::new("role-none")).no_role_page(),
        ),
    }
}
