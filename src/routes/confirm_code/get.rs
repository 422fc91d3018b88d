use super::page::confirm_code_page;
use crate::error::AppResult;
use crate::routes::page::ok_page;
use crate::session::TypedSession;
use crate::state::AppState;
use crate::views::FormErrors;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct ConfirmQuery {
    username: Option<String>,
}

pub async fn confirm_code_form(
    query: web::Query<ConfirmQuery>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let csrf_token = session.ensure_csrf_token()?;
    ok_page(&confirm_code_page(
        csrf_token.0,
        query.into_inner().username.unwrap_or_default(),
        state.password_policy().describe(),
        session.take_flash().map(|f| f.message()),
        FormErrors::default(),
        false,
    ))
}
