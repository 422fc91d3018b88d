//! One module per page. Handlers read like a sentence: extract, parse, one service call,
//! redirect or render.
mod account;
mod assets;
mod confirm_code;
mod dashboard;
mod forgot_password;
pub mod form;
mod health;
mod home;
mod login;
mod logout;
mod new_password;

pub use form::Form;

use crate::error::AppError;
use actix_web::{HttpResponse, web};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::home))
        .service(
            web::resource("/login")
                .get(login::get::login_form)
                .post(login::post::login)
                .default_service(web::to(method_not_allowed)),
        )
        .service(post_only("/logout", logout::logout))
        .service(
            web::resource("/new-password")
                .get(new_password::get::new_password_form)
                .post(new_password::post::set_new_password)
                .default_service(web::to(method_not_allowed)),
        )
        .service(
            web::resource("/forgot-password")
                .get(forgot_password::get::forgot_password_form)
                .post(forgot_password::post::send_code)
                .default_service(web::to(method_not_allowed)),
        )
        .service(
            web::resource("/confirm-code")
                .get(confirm_code::get::confirm_code_form)
                .post(confirm_code::post::confirm_code)
                .default_service(web::to(method_not_allowed)),
        )
        .route("/account", web::get().to(account::get::account))
        .service(post_only(
            "/account/profile",
            account::profile::update_profile,
        ))
        .service(post_only(
            "/account/password",
            account::password::change_password,
        ))
        .service(post_only(
            "/account/sign-out-everywhere",
            account::sign_out_everywhere::sign_out_everywhere,
        ))
        .route("/dashboard", web::get().to(dashboard::dashboard))
        .route(
            "/professional",
            web::get().to(dashboard::professional::professional),
        )
        .route("/client", web::get().to(dashboard::client::client))
        .route("/healthz", web::get().to(health::healthz))
        .route("/static/style.css", web::get().to(assets::stylesheet))
        .route("/static/favicon.svg", web::get().to(assets::favicon))
        .route("/favicon.ico", web::get().to(assets::favicon));
}

pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}

/// A resource that only takes POST; other methods get the 405 page.
fn post_only<F, Args>(path: &str, handler: F) -> actix_web::Resource
where
    F: actix_web::Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    web::resource(path)
        .post(handler)
        .default_service(web::to(method_not_allowed))
}

async fn method_not_allowed() -> Result<HttpResponse, AppError> {
    Err(AppError::MethodNotAllowed)
}
