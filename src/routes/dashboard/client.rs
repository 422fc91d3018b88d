use super::guard::{dashboard_of, require_group};
use crate::auth::CurrentUser;
use crate::domain::Role;
use crate::error::AppResult;
use crate::routes::page::rendered;
use actix_web::HttpResponse;
use actix_web::http::StatusCode;

pub async fn client(current: CurrentUser) -> AppResult<HttpResponse> {
    require_group(&current, Role::CLIENT_GROUP)?;
    rendered(
        StatusCode::OK,
        dashboard_of(&current, Role::Client.label()).client_page(),
    )
}
