use crate::state::AppState;
use actix_web::{HttpResponse, web};
use std::sync::atomic::Ordering;

/// Liveness: answers from the process alone, checking nothing outside it.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok")
}

/// Readiness: configuration loaded, the pool's keys cached, not draining, and Redis answering
/// when sessions live there. Never asks Cognito's user APIs (a probe that did would fail every
/// instance at once).
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let problem = if state.draining.load(Ordering::SeqCst) {
        Some("draining")
    } else if !state.verifier.has_keys() {
        Some("waiting for the pool's signing keys")
    } else if let Some(shared) = &state.shared
        && let Err(err) = shared.ping().await
    {
        tracing::warn!(error = %crate::domain::ErrorChain(&err), "Redis is not answering");
        Some("Redis is not answering")
    } else {
        None
    };
    match problem {
        None => HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body("ready"),
        Some(why) => HttpResponse::ServiceUnavailable()
            .content_type("text/plain; charset=utf-8")
            .insert_header(("Retry-After", "5"))
            .body(format!("not ready: {why}")),
    }
}

/// Prometheus metrics, in the text format.
pub async fn metrics() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(crate::telemetry::metrics().render())
}
