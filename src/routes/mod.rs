//! One module per page. Handlers read like a sentence: extract, parse, one service call,
//! redirect or render.
mod account;
mod admin;
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
pub mod page;

pub use health::metrics;

use crate::error::{AppError, AppResult};
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
        // One scope: a request outside /admin is not matched against the admin patterns
        // (their `{username}` segments cost a regex match each).
        .service(
            web::scope("/admin")
                .route("/users", web::get().to(admin::users::users))
                .route("/users/{username}", web::get().to(admin::person::person))
                .service(post_only(
                    "/users/{username}/group",
                    admin::actions::change_group,
                ))
                .service(post_only(
                    "/users/{username}/delete",
                    admin::actions::delete,
                ))
                // resend, disable, enable, sign-out; after the two above, which it would also match.
                .service(post_only(
                    "/users/{username}/{action}",
                    admin::actions::simple_action,
                ))
                .route(
                    "/invitations/new",
                    web::get().to(admin::invite::invite_form),
                )
                .service(post_only("/invitations", admin::invite::send_invitation))
                .service(
                    web::resource("/invitations/bulk")
                        .app_data(bulk_upload_config())
                        .get(admin::bulk::bulk_form)
                        .post(admin::bulk::check_file)
                        .default_service(web::to(method_not_allowed)),
                )
                .service(
                    // The checked rows come back in the form: up to 500 rows, more than 16 KB.
                    post_only("/invitations/bulk/send", admin::bulk::send)
                        .app_data(web::PayloadConfig::new(1024 * 1024)),
                ),
        )
        .route("/dashboard", web::get().to(dashboard::dashboard))
        .route(
            "/professional",
            web::get().to(dashboard::professional::professional),
        )
        .route("/client", web::get().to(dashboard::client::client))
        .route("/healthz", web::get().to(health::healthz))
        .route("/readyz", web::get().to(health::readyz))
        .route("/static/style.css", web::get().to(assets::stylesheet))
        .route("/static/favicon.svg", web::get().to(assets::favicon))
        .route("/static/forms.js", web::get().to(assets::forms_script))
        .route("/favicon.ico", web::get().to(assets::favicon));
}

pub async fn not_found() -> AppResult<HttpResponse> {
    Err(AppError::NotFound)
}

/// Uploads up to 1 MiB reach the handler, which refuses files over 256 KB with a clear page.
fn bulk_upload_config() -> actix_multipart::form::MultipartFormConfig {
    actix_multipart::form::MultipartFormConfig::default()
        .total_limit(1024 * 1024)
        .memory_limit(1024 * 1024)
        .error_handler(|err, _| {
            let status = actix_web::ResponseError::status_code(&err);
            if status == actix_web::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge.into()
            } else {
                AppError::BadRequest(format!("upload: {err}")).into()
            }
        })
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

async fn method_not_allowed() -> AppResult<HttpResponse> {
    Err(AppError::MethodNotAllowed)
}
