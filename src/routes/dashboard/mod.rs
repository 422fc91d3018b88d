pub mod client;
mod guard;
pub mod professional;

use crate::auth::CurrentUser;
use crate::domain::Role;
use crate::domain::now_millis;
use crate::error::{AppResult, see_other};
use crate::i18n::Msg;
use crate::routes::page::ok_page;
use crate::state::AppState;
use crate::views::{AccountSummary, Layout, NoRolePage};
use actix_web::{HttpResponse, web};

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
        None => ok_page(&NoRolePage {
            layout: Layout::signed_in(Msg::new("no-role-title"), user, current.csrf_token.as_str()),
            greeting_name: user.display_name(),
            account: AccountSummary::of(user, Msg::new("role-none"), now_millis()),
        }),
    }
}
