pub mod client;
pub mod professional;

use crate::auth::{CurrentUser, now_millis};
use crate::domain::Role;
use crate::error::{AppError, see_other};
use crate::startup::AppState;
use crate::views::{AccountSummary, Layout, NoRolePage, ok_page};
use actix_web::{HttpResponse, web};

/// Sends each person to the dashboard of their role.
pub async fn dashboard(
    current: CurrentUser,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let user = &current.user;
    match user.role(&state.admin_group) {
        Some(Role::Professional) => Ok(see_other("/professional")),
        Some(Role::Client) => Ok(see_other("/client")),
        Some(Role::Admin) => Ok(see_other("/admin/users")),
        None => ok_page(&NoRolePage {
            layout: Layout::signed_in("No dashboard yet", user, current.csrf_token.as_str()),
            greeting_name: user.display_name().to_owned(),
            account: AccountSummary::of(user, "None yet", now_millis()),
        }),
    }
}

/// The signed-in person, if they belong to `group`; a 403 page otherwise.
fn require_group(current: &CurrentUser, group: &str) -> Result<(), AppError> {
    if current.user.in_group(group) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
