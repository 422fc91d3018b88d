//! Static files, compiled into the binary: no file system access, and cacheable.
use actix_web::HttpResponse;
use actix_web::http::header;

const STYLESHEET: &str = include_str!("../../static/style.css");
const FAVICON: &str = include_str!("../../static/favicon.svg");
const FORMS_SCRIPT: &str = include_str!("../../static/js/forms.js");

fn asset(content_type: &'static str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(body)
}

pub async fn stylesheet() -> HttpResponse {
    asset("text/css; charset=utf-8", STYLESHEET)
}

pub async fn favicon() -> HttpResponse {
    asset("image/svg+xml", FAVICON)
}

pub async fn forms_script() -> HttpResponse {
    asset("text/javascript; charset=utf-8", FORMS_SCRIPT)
}
