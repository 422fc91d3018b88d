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
mod language;
mod login;
mod logout;
mod new_password;
pub mod page;

pub use health::metrics;

use crate::error::{AppError, AppResult, BadInput};
use crate::telemetry::{RoutePattern, ScopePattern};
use actix_web::{HttpResponse, web};

/// The administrators' pages, one scope (its pattern is part of each route's metric label).
const ADMIN: &str = "/admin";

/// The route table. Every GET answers HEAD too (actix sends the headers without the body);
/// a known path asked with another method gets the 405 page with an `Allow` header.
pub fn configure(cfg: &mut web::ServiceConfig) {
    // Resources are tried in this order: the pages viewed most (and the probes) first.
    cfg.service(get_only("/client", dashboard::client::client))
        .service(get_only(
            "/professional",
            dashboard::professional::professional,
        ))
        .service(get_only("/healthz", health::healthz))
        .service(get_only("/readyz", health::readyz))
        .service(get_only("/static/{file}", assets::static_file))
        .service(get_only("/dashboard", dashboard::dashboard))
        .service(get_only("/", home::home))
        .service(get_and_post(
            "/login",
            login::get::login_form,
            login::post::login,
        ))
        .service(post_only("/logout", logout::logout))
        .service(get_and_post(
            "/language",
            language::language_page,
            language::choose_language,
        ))
        .service(get_and_post(
            "/new-password",
            new_password::get::new_password_form,
            new_password::post::set_new_password,
        ))
        .service(get_and_post(
            "/forgot-password",
            forgot_password::get::forgot_password_form,
            forgot_password::post::send_code,
        ))
        .service(get_and_post(
            "/confirm-code",
            confirm_code::get::confirm_code_form,
            confirm_code::post::confirm_code,
        ))
        .service(get_only("/account", account::get::account))
        .service(post_only(
            "/account/profile",
            account::profile::update_profile,
        ))
        .service(get_and_post(
            "/account/email",
            account::email::email_form,
            account::email::request_change,
        ))
        .service(get_and_post(
            "/account/email/verify",
            account::email::verify_form,
            account::email::verify,
        ))
        .service(post_only("/account/email/resend", account::email::resend))
        .service(post_only("/account/email/cancel", account::email::cancel))
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
            web::scope(ADMIN)
                .app_data(ScopePattern(ADMIN))
                .service(get_only("/users", admin::users::users))
                .service(get_only("/users/{username}", admin::person::person))
                .service(post_only(
                    "/users/{username}/group",
                    admin::actions::change_group,
                ))
                .service(post_only(
                    "/users/{username}/delete",
                    admin::actions::delete,
                ))
                .service(post_only(
                    "/users/{username}/details",
                    admin::actions::update_details,
                ))
                // resend, disable, enable, sign-out; after the three above, which it would also match.
                .service(post_only(
                    "/users/{username}/{action}",
                    admin::actions::simple_action,
                ))
                .service(get_only("/invitations/new", admin::invite::invite_form))
                .service(post_only("/invitations", admin::invite::send_invitation))
                .service(
                    get_and_post(
                        "/invitations/bulk",
                        admin::bulk::bulk_form,
                        admin::bulk::check_file,
                    )
                    .app_data(bulk_upload_config()),
                )
                .service(
                    // The checked rows come back in the form: up to 500 rows, more than 16 KB.
                    post_only("/invitations/bulk/send", admin::bulk::send)
                        .app_data(web::PayloadConfig::new(1024 * 1024)),
                ),
        )
        .service(get_only("/favicon.ico", assets::favicon))
        .service(get_only("/robots.txt", assets::robots));
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
                AppError::BadRequest(BadInput::Upload(err)).into()
            }
        })
}

/// A resource that names its pattern for the request metrics (read back after the response,
/// without matching the path again).
fn resource(path: &'static str) -> actix_web::Resource {
    web::resource(path).app_data(RoutePattern(path))
}

/// A resource that takes GET and HEAD; other methods get the 405 page.
pub fn get_only<F, Args>(path: &'static str, handler: F) -> actix_web::Resource
where
    F: actix_web::Handler<Args> + Clone,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    resource(path)
        .route(web::get().to(handler.clone()))
        .route(web::head().to(handler))
        .default_service(web::to(|| method_not_allowed("GET, HEAD")))
}

/// A resource that only takes POST; other methods get the 405 page.
fn post_only<F, Args>(path: &'static str, handler: F) -> actix_web::Resource
where
    F: actix_web::Handler<Args>,
    Args: actix_web::FromRequest + 'static,
    F::Output: actix_web::Responder + 'static,
{
    resource(path)
        .post(handler)
        .default_service(web::to(|| method_not_allowed("POST")))
}

/// A form page: GET (and HEAD) shows it, POST sends it.
fn get_and_post<G, GArgs, P, PArgs>(path: &'static str, get: G, post: P) -> actix_web::Resource
where
    G: actix_web::Handler<GArgs> + Clone,
    GArgs: actix_web::FromRequest + 'static,
    G::Output: actix_web::Responder + 'static,
    P: actix_web::Handler<PArgs>,
    PArgs: actix_web::FromRequest + 'static,
    P::Output: actix_web::Responder + 'static,
{
    resource(path)
        .route(web::get().to(get.clone()))
        .route(web::head().to(get))
        .post(post)
        .default_service(web::to(|| method_not_allowed("GET, HEAD, POST")))
}

async fn method_not_allowed(allow: &'static str) -> AppResult<HttpResponse> {
    Err(AppError::MethodNotAllowed { allow })
}
