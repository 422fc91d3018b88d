//! A template rendered into a response: what every handler ends with.
use crate::error::{AppResult, Internal, html_content_type};
use crate::views::render;
use actix_web::HttpResponse;
use actix_web::body::MessageBody;
use actix_web::http::StatusCode;
use askama::Template;

/// A rendered page with the given status.
pub fn page(status: StatusCode, template: &impl Template) -> AppResult<HttpResponse> {
    rendered(status, render(template).map(actix_web::web::Bytes::from))
}

/// A page rendered already (views::Dashboard writes its own), with the given status.
pub fn rendered(
    status: StatusCode,
    body: Result<impl MessageBody + 'static, askama::Error>,
) -> AppResult<HttpResponse> {
    let body = body.map_err(Internal::Template)?;
    Ok(HttpResponse::build(status)
        .content_type(html_content_type())
        .body(body))
}

pub fn ok_page(template: &impl Template) -> AppResult<HttpResponse> {
    page(StatusCode::OK, template)
}
