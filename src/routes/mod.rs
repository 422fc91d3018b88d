//! One module per page. Handlers read like a sentence: extract, parse, one service call,
//! redirect or render.
mod assets;
mod dashboard;
pub mod form;
mod health;
mod home;
mod login;
mod logout;

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
        .service(
            web::resource("/logout")
                .post(logout::logout)
                .default_service(web::to(method_not_allowed)),
        )
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

async fn method_not_allowed() -> Result<HttpResponse, AppError> {
    Err(AppError::MethodNotAllowed)
}
