use actix_web::HttpResponse;

/// Liveness: answers from the process alone, checking nothing outside it.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok")
}
