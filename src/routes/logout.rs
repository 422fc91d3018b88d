use crate::auth::end_this_session;
use crate::client_address::ClientAddress;
use crate::error::{AppResult, login_location, see_other};
use crate::routes::form::{CsrfForm, NoFields};
use crate::session::TypedSession;
use crate::state::AppState;
use actix_web::{HttpResponse, web};

/// Ends this session here and the person's tokens at Cognito.
#[tracing::instrument(skip_all)]
pub async fn logout(
    _: CsrfForm<NoFields>,
    ClientAddress(client): ClientAddress,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    if let Some(user) = session.user() {
        end_this_session(&state, &user).await;
        tracing::info!(username = %user.username, %client, "signed out");
    }
    session.end();
    Ok(see_other(&login_location(None, Some("signed-out"))))
}
