use crate::auth::{CurrentUser, end_every_session};
use crate::error::{AppResult, login_location, see_other};
use crate::routes::form::{CsrfForm, NoFields};
use crate::session::TypedSession;
use crate::state::AppState;
use actix_web::{HttpResponse, web};

#[tracing::instrument(skip_all)]
pub async fn sign_out_everywhere(
    current: CurrentUser,
    _: CsrfForm<NoFields>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    end_every_session(&state, &current.user.username).await?;
    session.end();
    tracing::info!(username = %current.user.username, "signed out everywhere");
    Ok(see_other(&login_location(
        None,
        Some("signed-out-everywhere"),
    )))
}
