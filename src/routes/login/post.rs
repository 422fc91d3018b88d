use super::page::login_page;
use crate::auth::{SignIn, SignInError, sign_in};
use crate::domain::{NextPath, Password, Username};
use crate::error::{AppError, AppResult, see_other};
use crate::i18n::Msg;
use crate::routes::form::AttemptForm;
use crate::routes::page::page;
use crate::session::TypedSession;
use crate::state::AppState;
use crate::views::FormErrors;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    next: Option<String>,
}

const BAD_CREDENTIALS: Msg = Msg::new("login-wrong");
const INVITATION_EXPIRED: Msg = Msg::new("login-invitation-expired");
const RESET_REQUIRED: Msg = Msg::new("login-reset-required");

#[tracing::instrument(skip_all)]
pub async fn login(
    AttemptForm { form, client }: AttemptForm<LoginForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let next = form.next.as_deref().and_then(NextPath::parse);
    let refuse = |errors: FormErrors| {
        let csrf = session.ensure_csrf_token()?;
        let next = next
            .as_ref()
            .map(|n| n.as_str().to_owned())
            .unwrap_or_default();
        let form_page = login_page(csrf.0, form.username.clone(), next, errors, None);
        page(StatusCode::UNPROCESSABLE_ENTITY, &form_page)
    };

    let mut errors = FormErrors::default();
    let username = Username::parse(&form.username).map_err(|e| errors.field("username", e.0));
    let password =
        Password::parse(form.password.clone()).map_err(|e| errors.field("password", e.0));
    let (Ok(username), Ok(password)) = (username, password) else {
        return refuse(errors);
    };
    state.limits.account_may_try(&username).await?;

    let outcome = sign_in(&state, &username, &password).await;
    let label = match &outcome {
        Ok(SignIn::Complete(..)) => "success",
        Ok(SignIn::NewPasswordRequired(..)) => "new_password_required",
        Err(SignInError::App(AppError::Unavailable(_))) => "unavailable",
        Err(SignInError::App(AppError::TooManyRequests)) => "throttled",
        Err(SignInError::App(_)) => "error",
        Err(_) => "refused",
    };
    metrics::counter!("signins_total", "outcome" => label).increment(1);
    let refusal = match outcome {
        Ok(SignIn::Complete(user, lang)) => {
            session.sign_in(&user, lang)?;
            tracing::info!(username = %username, %client, "signed in");
            return Ok(see_other(
                next.as_ref().map_or("/dashboard", NextPath::as_str),
            ));
        }
        Ok(SignIn::NewPasswordRequired(challenge, lang)) => {
            session.start_challenge(&challenge, lang)?;
            return Ok(see_other("/new-password"));
        }
        Err(SignInError::InvitationExpired) => INVITATION_EXPIRED,
        Err(SignInError::ResetRequired) => RESET_REQUIRED,
        Err(SignInError::App(err)) => return Err(err),
        Err(_) => {
            state.limits.account_failed(&username).await;
            BAD_CREDENTIALS
        }
    };
    tracing::info!(username = %username, %client, "sign-in refused");
    refuse(FormErrors::of_form("username", refusal))
}
