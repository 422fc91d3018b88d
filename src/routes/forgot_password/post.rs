use crate::auth::password_reset::request_reset;
use crate::domain::Username;
use crate::error::{AppResult, see_other};
use crate::i18n::Msg;
use crate::routes::form::AttemptForm;
use crate::routes::page::page;
use crate::session::{Flash, TypedSession};
use crate::state::AppState;
use crate::views::{ForgotPasswordPage, FormErrors, Layout};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct ForgotPasswordForm {
    username: String,
}

/// The same answer for every username, existing or not.
#[tracing::instrument(skip_all)]
pub async fn send_code(
    AttemptForm { form, client }: AttemptForm<ForgotPasswordForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let username = match Username::parse(&form.username) {
        Ok(username) => username,
        Err(problem) => {
            let errors = FormErrors::of("username", problem.0);
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ForgotPasswordPage {
                    layout: Layout::anonymous(Msg::new("forgot-title")).with_errors(&errors),
                    csrf_token: session.ensure_csrf_token()?.0,
                    username: form.username,
                    errors,
                },
            );
        }
    };
    // Counted by name, whether or not the account exists: the answer stays the same.
    state.limits.reset_email(&username).await?;
    request_reset(&state, &username).await?;
    tracing::info!(username = %username, %client, "reset code requested");
    session.set_flash(Flash::CodeSent)?;
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("username", username.as_str())
        .finish();
    Ok(see_other(&format!("/confirm-code?{query}")))
}
