use super::page::account_page;
use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::session::TypedSession;
use crate::state::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

pub async fn account(
    current: CurrentUser,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let notice = session.take_flash().map(|f| f.message());
    account_page(
        StatusCode::OK,
        &current,
        &state,
        None,
        notice,
        &session,
        Default::default(),
    )
}
