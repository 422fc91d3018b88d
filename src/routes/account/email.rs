//! A person changes their own email address: the new address and the password, then the code
//! Cognito sent to the new address. The pending change lives in the session, its access token
//! on the server (see domain/email_change.rs).
use crate::auth::CurrentUser;
use crate::cognito::CognitoError;
use crate::domain::{
    AccessToken, ConfirmationCode, EMAIL_IN_USE, EmailAddress, Password, PendingEmailChange,
    now_millis,
};
use crate::error::{AppResult, see_other};
use crate::i18n::Msg;
use crate::routes::form::{AttemptForm, CsrfForm, NoFields};
use crate::routes::page::page;
use crate::session::{Flash, TypedSession};
use crate::state::AppState;
use crate::views::{EmailChangePage, FormErrors, Layout, VerifyEmailPage};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

const FORM: &str = "/account/email";
const VERIFY: &str = "/account/email/verify";

#[derive(serde::Deserialize)]
pub struct EmailForm {
    email: String,
    current_password: String,
}

#[derive(serde::Deserialize)]
pub struct CodeForm {
    code: String,
}

fn email_page(
    status: StatusCode,
    current: &CurrentUser,
    email: String,
    notice: Option<Msg>,
    errors: FormErrors,
) -> AppResult<HttpResponse> {
    page(
        status,
        &EmailChangePage {
            layout: Layout::signed_in(
                Msg::new("email-change-title"),
                &current.user,
                current.csrf_token.as_str(),
            )
            .with_errors(&errors),
            csrf_token: current.csrf_token.0.clone(),
            current_email: current.user.email.clone(),
            email,
            notice,
            errors,
        },
    )
}

fn verify_page(
    status: StatusCode,
    current: &CurrentUser,
    change: &PendingEmailChange,
    (notice, offer_new_code): (Option<Msg>, bool),
    errors: FormErrors,
) -> AppResult<HttpResponse> {
    page(
        status,
        &VerifyEmailPage {
            layout: Layout::signed_in(
                Msg::new("verify-email-title"),
                &current.user,
                current.csrf_token.as_str(),
            )
            .with_errors(&errors),
            csrf_token: current.csrf_token.0.clone(),
            current_email: current.user.email.clone(),
            new_email: change.new_email.as_str().to_owned(),
            notice,
            offer_new_code,
            errors,
        },
    )
}

pub async fn email_form(current: CurrentUser, session: TypedSession) -> AppResult<HttpResponse> {
    let notice = session.take_flash().map(Flash::message);
    email_page(
        StatusCode::OK,
        &current,
        String::new(),
        notice,
        FormErrors::default(),
    )
}

/// Re-authenticates, asks Cognito for the new address and keeps the pending change.
#[tracing::instrument(skip_all)]
pub async fn request_change(
    current: CurrentUser,
    AttemptForm { form, .. }: AttemptForm<EmailForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let refuse = |errors: FormErrors| {
        let typed = form.email.trim().to_owned();
        email_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &current,
            typed,
            None,
            errors,
        )
    };
    let mut errors = FormErrors::default();
    let email = EmailAddress::parse(&form.email)
        .map_err(|e| errors.field("email", e.0))
        .and_then(|email| {
            if email.as_str().eq_ignore_ascii_case(&current.user.email) {
                errors.field("email", Msg::new("email-same"));
                Err(())
            } else {
                Ok(email)
            }
        });
    let password = Password::parse(form.current_password.clone())
        .map_err(|_| errors.field("current_password", Msg::new("current-password-missing")));
    let (Ok(email), Ok(password)) = (email, password) else {
        return refuse(errors);
    };

    let username = &current.user.username;
    state.limits.account_may_try(username).await?;
    let (token, lifetime) = match state.cognito.reauthenticate(username, &password).await {
        Ok(granted) => granted,
        Err(CognitoError::NotAuthorized) => {
            state.limits.account_failed(username).await;
            return refuse(FormErrors::of(
                "current_password",
                Msg::new("current-password-wrong"),
            ));
        }
        Err(other) => return Err(other.into()),
    };
    match state.cognito.request_email_change(&token, &email).await {
        Ok(()) => {}
        Err(CognitoError::AliasExists) => {
            return refuse(FormErrors::of("email", EMAIL_IN_USE));
        }
        Err(CognitoError::InvalidParameter(_)) => {
            return refuse(FormErrors::of("email", Msg::new("email-not-accepted")));
        }
        Err(other) => return Err(other.into()),
    }

    let now = now_millis();
    let expires_at = now.saturating_add(u64::try_from(lifetime.as_millis()).unwrap_or(0));
    if let Some(earlier) = session.email_change() {
        release(&state, &earlier).await;
    }
    let token_handle = state.held_tokens.hold(token, expires_at, now).await?;
    session.start_email_change(&PendingEmailChange {
        new_email: email.clone(),
        token_handle,
        expires_at,
    })?;
    session.set_flash(Flash::EmailCodeSent(email.as_str().to_owned()))?;
    tracing::info!(username = %username, "email change requested");
    Ok(see_other(VERIFY))
}

/// The pending change and its access token, or where to send the person instead: no change
/// (the form) or one that lapsed (the form, saying so).
async fn pending(
    session: &TypedSession,
    state: &AppState,
) -> AppResult<Result<(PendingEmailChange, AccessToken), HttpResponse>> {
    let Some(change) = session.email_change() else {
        return Ok(Err(see_other(FORM)));
    };
    let now = now_millis();
    let token = if change.has_lapsed(now) {
        None
    } else {
        state.held_tokens.get(&change.token_handle, now).await?
    };
    match token {
        Some(token) => Ok(Ok((change, token))),
        None => Ok(Err(lapsed(session, state, &change).await?)),
    }
}

/// Lets go of a change's token. Best effort: once Cognito has answered, a Redis hiccup here must
/// not turn a done change into an error page, and the token expires by itself anyway.
async fn release(state: &AppState, change: &PendingEmailChange) {
    if let Err(err) = state.held_tokens.release(&change.token_handle).await {
        tracing::warn!(error = %crate::domain::ErrorChain(&err), "a held token was not released; it expires by itself");
    }
}

/// Forgets a change whose token ran out or was revoked, and says so on the form.
async fn lapsed(
    session: &TypedSession,
    state: &AppState,
    change: &PendingEmailChange,
) -> AppResult<HttpResponse> {
    release(state, change).await;
    session.end_email_change();
    session.set_flash(Flash::EmailChangeLapsed)?;
    Ok(see_other(FORM))
}

pub async fn verify_form(
    current: CurrentUser,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let (change, _) = match pending(&session, &state).await? {
        Ok(pending) => pending,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let notice = session.take_flash().map(Flash::message);
    verify_page(
        StatusCode::OK,
        &current,
        &change,
        (notice, false),
        FormErrors::default(),
    )
}

/// The code: Cognito applies the new address (verified) and the session shows it at once.
#[tracing::instrument(skip_all)]
pub async fn verify(
    current: CurrentUser,
    AttemptForm { form, .. }: AttemptForm<CodeForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let (change, token) = match pending(&session, &state).await? {
        Ok(pending) => pending,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let refuse = |message: Msg, offer_new_code: bool| {
        verify_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &current,
            &change,
            (None, offer_new_code),
            FormErrors::of("code", message),
        )
    };
    let code = match ConfirmationCode::parse(&form.code) {
        Ok(code) => code,
        Err(e) => return refuse(e.0, false),
    };
    match state.cognito.confirm_email_change(&token, &code).await {
        Ok(()) => {}
        Err(CognitoError::CodeMismatch) => return refuse(Msg::new("code-wrong"), false),
        // A used code: perhaps the person confirmed it elsewhere. Then the change is done.
        Err(CognitoError::ExpiredCode) if !already_applied(&state, &current, &change).await => {
            return refuse(Msg::new("code-expired"), true);
        }
        Err(CognitoError::ExpiredCode) => {}
        Err(CognitoError::NotAuthorized) => return lapsed(&session, &state, &change).await,
        Err(other) => return Err(other.into()),
    }

    release(&state, &change).await;
    session.end_email_change();
    let mut user = crate::domain::SessionUser::clone(&current.user);
    user.email = change.new_email.as_str().to_owned();
    session.update_user(&user)?;
    session.set_flash(Flash::EmailChanged(user.email.clone()))?;
    tracing::info!(username = %user.username, "email changed");
    Ok(see_other("/account"))
}

/// Whether Cognito already holds the new address (a code used in another session of the
/// person's). Asked only when a code is refused as used, never on a page view.
async fn already_applied(
    state: &AppState,
    current: &CurrentUser,
    change: &PendingEmailChange,
) -> bool {
    match state.cognito.person(&current.user.username).await {
        Ok(person) => person.email == change.new_email.as_str(),
        Err(_) => false,
    }
}

/// A new code to the pending address; counted with the reset emails, as both send mail.
#[tracing::instrument(skip_all)]
pub async fn resend(
    current: CurrentUser,
    _: CsrfForm<NoFields>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let (change, token) = match pending(&session, &state).await? {
        Ok(pending) => pending,
        Err(elsewhere) => return Ok(elsewhere),
    };
    state.limits.reset_email(&current.user.username).await?;
    match state.cognito.resend_email_code(&token).await {
        Ok(()) => {}
        Err(CognitoError::NotAuthorized) => return lapsed(&session, &state, &change).await,
        Err(other) => return Err(other.into()),
    }
    session.set_flash(Flash::EmailCodeResent(change.new_email.as_str().to_owned()))?;
    Ok(see_other(VERIFY))
}

/// Forgets the pending change. Cognito's own pending value stays unreachable without the code,
/// and a later change replaces it.
#[tracing::instrument(skip_all)]
pub async fn cancel(
    _current: CurrentUser,
    _: CsrfForm<NoFields>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    if let Some(change) = session.email_change() {
        release(&state, &change).await;
        session.end_email_change();
        session.set_flash(Flash::EmailChangeCancelled)?;
    }
    Ok(see_other("/account"))
}
