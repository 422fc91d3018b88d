//! A template rendered into a response: what every handler ends with.
use crate::error::{AppError, AppResult, html_content_type};
use crate::views::render;
use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

/// A rendered page with the given status.
pub fn page(status: StatusCode, template: &impl Template) -> AppResult<HttpResponse> {
    rendered(status, render(template))
}

/// A page rendered already (views::Dashboard writes its own), with the given status.
pub fn rendered(
    status: StatusCode,
    body: Result<impl Into<actix_web::web::Bytes>, askama::Error>,
) -> AppResult<HttpResponse> {
    let body = body.map_err(|e| AppError::Internal(format!("template: {e}")))?;
    Ok(HttpResponse::build(status)
        .content_type(html_content_type())
        .body(body.into()))
}

pub fn ok_page(template: &impl Template) -> AppResult<HttpResponse> {
    page(StatusCode::OK, template)
}
