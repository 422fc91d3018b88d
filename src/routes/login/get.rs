use super::page::login_page;
use crate::domain::NextPath;
use crate::domain::now_millis;
use crate::error::{AppResult, see_other};
use crate::i18n::Msg;
use crate::routes::page::ok_page;
use crate::session::TypedSession;
use crate::views::FormErrors;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
    reason: Option<String>,
}

/// Messages other pages can ask the sign-in page to show, by a fixed key (never free text).
fn notice(reason: Option<&str>) -> Option<Msg> {
    match reason? {
        "ended" => Some(Msg::new("login-notice-ended")),
        "signed-out" => Some(Msg::new("login-notice-signed-out")),
        "signed-out-everywhere" => Some(Msg::new("login-notice-signed-out-everywhere")),
        "password-changed" => Some(Msg::new("login-notice-password-changed")),
        "slow" => Some(Msg::new("login-notice-slow")),
        "restart" => Some(Msg::new("login-notice-restart")),
        _ => None,
    }
}

pub async fn login_form(
    query: web::Query<LoginQuery>,
    session: TypedSession,
) -> AppResult<HttpResponse> {
    let next = query.next.as_deref().and_then(NextPath::parse);
    if session.user().is_some_and(|u| !u.is_expired(now_millis())) {
        return Ok(see_other(
            next.as_ref().map_or("/dashboard", NextPath::as_str),
        ));
    }
    let csrf_token = session.ensure_csrf_token()?;
    ok_page(&login_page(
        csrf_token.0,
        String::new(),
        next.map(|n| n.as_str().to_owned()).unwrap_or_default(),
        FormErrors::default(),
        notice(query.reason.as_deref()),
    ))
}
