use super::confirm_code_page;
use crate::error::AppError;
use crate::session::TypedSession;
use crate::startup::AppState;
use crate::views::{FormErrors, ok_page};
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct ConfirmQuery {
    username: Option<String>,
}

pub async fn confirm_code_form(
    query: web::Query<ConfirmQuery>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
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
