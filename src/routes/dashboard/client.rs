use super::guard::require_group;
use crate::auth::CurrentUser;
use crate::domain::Role;
use crate::domain::now_millis;
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::routes::page::ok_page;
use crate::views::{AccountSummary, ClientDashboard, Layout};
use actix_web::HttpResponse;

pub async fn client(current: CurrentUser) -> AppResult<HttpResponse> {
    require_group(&current, Role::CLIENT_GROUP)?;
    let user = &current.user;
    ok_page(&ClientDashboard {
        layout: Layout::signed_in(
            Msg::new("client-dashboard-title"),
            user,
            current.csrf_token.as_str(),
        ),
        greeting_name: user.display_name(),
        account: AccountSummary::of(user, Role::Client.label(), now_millis()),
    })
}
