use crate::error::AppResult;
use crate::i18n::Msg;
use crate::routes::page::ok_page;
use crate::session::TypedSession;
use crate::views::{ForgotPasswordPage, FormErrors, Layout};
use actix_web::HttpResponse;

pub async fn forgot_password_form(session: TypedSession) -> AppResult<HttpResponse> {
    let csrf_token = session.ensure_csrf_token()?;
    ok_page(&ForgotPasswordPage {
        layout: Layout::anonymous(Msg::new("forgot-title")),
        csrf_token: csrf_token.0,
        username: String::new(),
        errors: FormErrors::default(),
    })
}
