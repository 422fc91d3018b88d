use super::guard::require_group;
use crate::auth::CurrentUser;
use crate::domain::Role;
use crate::domain::now_millis;
use crate::error::AppResult;
use crate::routes::page::ok_page;
use crate::state::AppState;
use crate::views::{AccountSummary, Layout, ProfessionalDashboard};
use actix_web::{HttpResponse, web};

pub async fn professional(
    current: CurrentUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    require_group(&current, Role::PROFESSIONAL_GROUP)?;
    let user = &current.user;
    ok_page(&ProfessionalDashboard {
        layout: Layout::signed_in("Professional dashboard", user, current.csrf_token.as_str()),
        greeting_name: user.display_name().to_owned(),
        account: AccountSummary::of(user, Role::Professional.label(), now_millis()),
        clients: state.clients.members().await,
    })
}
