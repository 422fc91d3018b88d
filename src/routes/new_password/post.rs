use super::page::new_password_page;
use crate::auth::{SignInError, answer_new_password};
use crate::client_address::ClientAddress;
use crate::domain::{NewPassword, PersonName};
use crate::error::{AppResult, login_location, see_other};
use crate::i18n::Msg;
use crate::routes::form::CsrfForm;
use crate::routes::page::page;
use crate::session::TypedSession;
use crate::state::AppState;
use crate::views::FormErrors;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct NewPasswordForm {
    new_password: String,
    confirm_password: String,
    given_name: Option<String>,
    family_name: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn set_new_password(
    CsrfForm(form): CsrfForm<NewPasswordForm>,
    ClientAddress(client): ClientAddress,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    // The username is the one Cognito challenged, kept in the session: never a form field.
    let Some(challenge) = session.challenge() else {
        return Ok(see_other(&login_location(None, None)));
    };
    state.limits.attempt_from(client).await?;
    state.limits.account_may_try(&challenge.username).await?;
    let names = (
        form.given_name.clone().unwrap_or_default(),
        form.family_name.clone().unwrap_or_default(),
    );
    let refuse = |errors: FormErrors| {
        let csrf = session.ensure_csrf_token()?;
        let policy = state.password_policy().describe();
        let form_page = new_password_page(&challenge, csrf.0, policy, names.clone(), errors);
        page(StatusCode::UNPROCESSABLE_ENTITY, &form_page)
    };

    let mut errors = FormErrors::default();
    let mut attributes = Vec::new();
    for (name, value) in [("given_name", &names.0), ("family_name", &names.1)] {
        if challenge.missing_attributes.iter().any(|a| a == name) {
            match PersonName::parse(value) {
                Ok(parsed) => attributes.push((name, parsed)),
                Err(e) => errors.field(name, e.0),
            }
        }
    }
    let password = NewPassword::parse(
        form.new_password,
        &form.confirm_password,
        &state.password_policy(),
    )
    .map_err(|problems| errors.new_password(problems));
    let Ok(password) = password else {
        return refuse(errors);
    };
    if !errors.is_empty() {
        return refuse(errors);
    }

    let attributes: Vec<(&str, &str)> = attributes.iter().map(|(n, v)| (*n, v.as_str())).collect();
    match answer_new_password(&state, &challenge, &password, &attributes).await {
        Ok((user, lang)) => {
            session.sign_in(&user, lang)?;
            tracing::info!(username = %user.username, "first sign-in completed");
            Ok(see_other("/dashboard"))
        }
        Err(SignInError::ChallengeExpired) => {
            session.end();
            Ok(see_other(&login_location(None, Some("slow"))))
        }
        // The account changed under the challenge (deleted, disabled, reset): start again at
        // the sign-in form, which says what is wrong now.
        Err(
            SignInError::BadCredentials
            | SignInError::InvitationExpired
            | SignInError::ResetRequired,
        ) => {
            session.end();
            Ok(see_other(&login_location(None, Some("restart"))))
        }
        Err(SignInError::PasswordRejected) => {
            state.limits.account_failed(&challenge.username).await;
            refuse(FormErrors::of(
                "new_password",
                Msg::new("password-not-accepted"),
            ))
        }
        Err(SignInError::App(err)) => Err(err),
    }
}
