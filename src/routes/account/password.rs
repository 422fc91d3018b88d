use super::page::account_page;
use crate::auth::{CurrentUser, end_every_session};
use crate::cognito::CognitoError;
use crate::domain::{NewPassword, Password, SessionUser};
use crate::error::{AppResult, see_other};
use crate::i18n::Msg;
use crate::routes::form::AttemptForm;
use crate::session::{Flash, TypedSession};
use crate::state::AppState;
use crate::views::FormErrors;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
    confirm_password: String,
}

/// Changes the password, ends the person's other sessions and keeps this one.
#[tracing::instrument(skip_all)]
pub async fn change_password(
    current: CurrentUser,
    AttemptForm { form, .. }: AttemptForm<PasswordForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let refuse = |errors: FormErrors| {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        account_page(
            status,
            &current,
            &state,
            None,
            None,
            &session,
            (FormErrors::default(), errors),
        )
    };
    let mut errors = FormErrors::default();
    let old = Password::parse(form.current_password).map_err(|_| {
        errors.field("current_password", Msg::new("current-password-missing"));
    });
    let new = NewPassword::parse(
        form.new_password,
        &form.confirm_password,
        &state.password_policy(),
    )
    .map_err(|problems| errors.new_password(problems));
    let (Ok(old), Ok(new)) = (old, new) else {
        return refuse(errors);
    };

    let username = &current.user.username;
    state.limits.account_may_try(username).await?;
    match state.cognito.change_password(username, &old, &new).await {
        Ok(()) => {}
        Err(CognitoError::NotAuthorized) => {
            state.limits.account_failed(username).await;
            return refuse(FormErrors::of(
                "current_password",
                Msg::new("current-password-wrong"),
            ));
        }
        Err(CognitoError::InvalidPassword(_)) => {
            return refuse(FormErrors::of(
                "new_password",
                Msg::new("password-not-accepted"),
            ));
        }
        Err(other) => return Err(other.into()),
    }

    // Every session begun until now ends; this one carries on as a fresh session begun after.
    let ended_at = end_every_session(&state, username).await?;
    let user = SessionUser {
        session_id: SessionUser::new_session_id(),
        signed_in_at: ended_at + 1,
        ..SessionUser::clone(&current.user)
    };
    session.sign_in(&user, None)?;
    session.set_flash(Flash::PasswordChanged)?;
    tracing::info!(username = %username, "password changed");
    Ok(see_other("/account"))
}
