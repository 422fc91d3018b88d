use super::page::confirm_code_page;
use crate::auth::password_reset::{ConfirmError, confirm_reset};
use crate::domain::{ConfirmationCode, NewPassword, Username};
use crate::error::{AppResult, login_location, see_other};
use crate::i18n::Msg;
use crate::routes::form::AttemptForm;
use crate::routes::page::page;
use crate::session::TypedSession;
use crate::state::AppState;
use crate::views::FormErrors;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct ConfirmCodeForm {
    username: String,
    code: String,
    new_password: String,
    confirm_password: String,
}

const WRONG_CODE: Msg = Msg::new("code-wrong-or-expired");

#[tracing::instrument(skip_all)]
pub async fn confirm_code(
    AttemptForm { form, client }: AttemptForm<ConfirmCodeForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let refuse = |errors: FormErrors, offer_new_code: bool| {
        let csrf = session.ensure_csrf_token()?;
        let policy = state.password_policy().describe();
        let form_page = confirm_code_page(
            csrf.0,
            form.username.clone(),
            policy,
            None,
            errors,
            offer_new_code,
        );
        page(StatusCode::UNPROCESSABLE_ENTITY, &form_page)
    };

    let mut errors = FormErrors::default();
    let username = Username::parse(&form.username).map_err(|e| errors.field("username", e.0));
    let code = ConfirmationCode::parse(&form.code).map_err(|e| errors.field("code", e.0));
    let password = NewPassword::parse(
        form.new_password.clone(),
        &form.confirm_password,
        &state.password_policy(),
    )
    .map_err(|problems| errors.new_password(problems));
    let (Ok(username), Ok(code), Ok(password)) = (username, code, password) else {
        return refuse(errors, false);
    };
    state.limits.account_may_try(&username).await?;

    match confirm_reset(&state, &username, &code, &password).await {
        Ok(()) => {
            tracing::info!(username = %username, %client, "password reset with a code");
            Ok(see_other(&login_location(None, Some("password-changed"))))
        }
        Err(ConfirmError::WrongCode) => {
            state.limits.account_failed(&username).await;
            refuse(FormErrors::of("code", WRONG_CODE), true)
        }
        Err(ConfirmError::PasswordRejected) => refuse(
            FormErrors::of("new_password", Msg::new("password-not-accepted")),
            false,
        ),
        Err(ConfirmError::App(err)) => Err(err),
    }
}
