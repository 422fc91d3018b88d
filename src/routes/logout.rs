use crate::auth::{now_millis, verify_csrf};
use crate::error::{AppError, login_location, see_other};
use crate::routes::Form;
use crate::session::TypedSession;
use crate::startup::AppState;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct LogoutForm {
    csrf_token: String,
}

/// Ends this session here and the person's tokens at Cognito.
#[tracing::instrument(skip_all)]
pub async fn logout(
    form: Form<LogoutForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    verify_csrf(&session, &form.0.csrf_token)?;
    if let Some(user) = session.user() {
        state
            .revocations
            .end_session(&user.session_id, user.expires_at, now_millis());
        // The local session ends whatever Cognito says; its tokens expire within the hour.
        if let Err(err) = state.cognito.global_sign_out(&user.username).await {
            tracing::warn!(error = %err, "global sign-out at Cognito failed");
        }
        tracing::info!(username = %user.username, "signed out");
    }
    session.end();
    Ok(see_other(&login_location(None, Some("signed-out"))))
}
