use crate::auth::{CurrentUser, end_every_session, verify_csrf};
use crate::error::{AppError, login_location, see_other};
use crate::routes::Form;
use crate::session::TypedSession;
use crate::startup::AppState;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct SignOutEverywhereForm {
    #[serde(default)]
    csrf_token: String,
}

#[tracing::instrument(skip_all)]
pub async fn sign_out_everywhere(
    current: CurrentUser,
    Form(form): Form<SignOutEverywhereForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    verify_csrf(&session, &form.csrf_token)?;
    end_every_session(&state, &current.user.username).await?;
    session.end();
    tracing::info!(username = %current.user.username, "signed out everywhere");
    Ok(see_other(&login_location(
        None,
        Some("signed-out-everywhere"),
    )))
}
