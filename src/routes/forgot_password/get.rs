use crate::error::AppError;
use crate::session::TypedSession;
use crate::views::{ForgotPasswordPage, FormErrors, Layout, ok_page};
use actix_web::HttpResponse;

pub async fn forgot_password_form(session: TypedSession) -> Result<HttpResponse, AppError> {
    let csrf_token = session.ensure_csrf_token()?;
    ok_page(&ForgotPasswordPage {
        layout: Layout::anonymous("Reset your password"),
        csrf_token: csrf_token.0,
        username: String::new(),
        errors: FormErrors::default(),
    })
}
