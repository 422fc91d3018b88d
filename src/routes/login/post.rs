use super::login_page;
use crate::auth::{SignIn, SignInError, sign_in, verify_csrf};
use crate::domain::{NextPath, Password, Username};
use crate::error::{AppError, see_other};
use crate::routes::Form;
use crate::session::TypedSession;
use crate::startup::AppState;
use crate::views::page;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    csrf_token: String,
    next: Option<String>,
}

const BAD_CREDENTIALS: &str = "Incorrect username or password.";

#[tracing::instrument(skip_all)]
pub async fn login(
    Form(form): Form<LoginForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    verify_csrf(&session, &form.csrf_token)?;
    let next = form.next.as_deref().and_then(NextPath::parse);
    let refuse = |message: String| {
        let csrf = session.ensure_csrf_token()?;
        let next = next
            .as_ref()
            .map(|n| n.as_str().to_owned())
            .unwrap_or_default();
        let page_ = login_page(csrf.0, form.username.clone(), next, Some(message), None);
        page(StatusCode::UNPROCESSABLE_ENTITY, &page_)
    };

    let credentials = Username::parse(&form.username)
        .and_then(|u| Ok((u, Password::parse(form.password.clone())?)));
    let (username, password) = match credentials {
        Ok(parsed) => parsed,
        Err(problem) => return refuse(problem.to_string()),
    };

    match sign_in(&state, &username, &password).await {
        Ok(SignIn::Complete(user)) => {
            session.sign_in(&user)?;
            tracing::info!(username = %username, "signed in");
            Ok(see_other(
                next.as_ref().map_or("/dashboard", NextPath::as_str),
            ))
        }
        Ok(SignIn::NewPasswordRequired(challenge)) => {
            session.start_challenge(&challenge)?;
            Ok(see_other("/new-password"))
        }
        Err(SignInError::BadCredentials) => {
            tracing::info!(username = %username, "sign-in refused");
            refuse(BAD_CREDENTIALS.to_owned())
        }
        Err(SignInError::App(err)) => Err(err),
    }
}
