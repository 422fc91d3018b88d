use super::page::new_password_page;
use crate::error::{AppResult, login_location, see_other};
use crate::routes::page::ok_page;
use crate::session::TypedSession;
use crate::state::AppState;
use crate::views::FormErrors;
use actix_web::{HttpResponse, web};

pub async fn new_password_form(
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let Some(challenge) = session.challenge() else {
        return Ok(see_other(&login_location(None, None)));
    };
    let csrf_token = session.ensure_csrf_token()?;
    ok_page(&new_password_page(
        &challenge,
        csrf_token.0,
        state.password_policy().describe(),
        Default::default(),
        FormErrors::default(),
    ))
}
