use crate::domain::{SessionUser, now_millis};
use crate::error::{AppError, AppResult, Internal};
use crate::session::{CsrfToken, TypedSession, page_to_come_back_to};
use crate::state::AppState;
use actix_session::SessionExt;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use std::future::{Ready, ready};

/// The signed-in person of this request. Extracting it costs no Cognito call and no RSA
/// verification: the session holds claims verified at sign-in.
///
/// Signed out, expired or revoked: the extractor fails with a redirect to /login (coming back
/// here after, for a GET).
pub struct CurrentUser {
    /// Shared with the worker's parsed sessions (session::TypedSession::user).
    pub user: std::rc::Rc<SessionUser>,
    pub csrf_token: CsrfToken,
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Ready<AppResult<Self>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(current_user(req))
    }
}

/// A signed-in member of the admin group; anyone else signed in gets the 403 page.
pub struct AdminUser(pub CurrentUser);

impl FromRequest for AdminUser {
    type Error = AppError;
    type Future = Ready<AppResult<Self>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(current_user(req).and_then(|current| {
            let state = app_state(req)?;
            if current.user.in_group(&state.admin_group) {
                Ok(AdminUser(current))
            } else {
                Err(AppError::Forbidden)
            }
        }))
    }
}

fn app_state(req: &HttpRequest) -> AppResult<&web::Data<AppState>> {
    req.app_data::<web::Data<AppState>>()
        .ok_or(AppError::Internal(Internal::Wiring("app state missing")))
}

fn current_user(req: &HttpRequest) -> AppResult<CurrentUser> {
    let session = TypedSession::from(req.get_session());
    // Where to come back to after signing in (only asked for on the way to the sign-in page).
    let next = || page_to_come_back_to(req.method(), req.uri());
    let Some(user) = session.user() else {
        if session.was_ended() {
            session.end();
            return Err(AppError::SessionEnded { next: next() });
        }
        return Err(AppError::SignInRequired { next: next() });
    };
    let state = app_state(req)?;
    let now = now_millis();
    if user.is_expired(now)
        || state
            .revocations
            .is_ended(&user.session_id, &user.username, user.signed_in_at)
    {
        session.end();
        return Err(AppError::SessionEnded { next: next() });
    }
    let csrf_token = session.ensure_csrf_token()?;
    Ok(CurrentUser { user, csrf_token })
}
