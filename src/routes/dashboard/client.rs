use super::require_group;
use crate::auth::{CurrentUser, now_millis};
use crate::domain::Role;
use crate::error::AppError;
use crate::views::{AccountSummary, ClientDashboard, Layout, ok_page};
use actix_web::HttpResponse;

pub async fn client(current: CurrentUser) -> Result<HttpResponse, AppError> {
    require_group(&current, Role::CLIENT_GROUP)?;
    let user = &current.user;
    ok_page(&ClientDashboard {
        layout: Layout::signed_in("Client dashboard", user, current.csrf_token.as_str()),
        greeting_name: user.display_name().to_owned(),
        account: AccountSummary::of(user, Role::Client.label(), now_millis()),
    })
}
