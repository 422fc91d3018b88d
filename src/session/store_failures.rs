//! When sessions live in Redis and Redis fails: the 503 page instead of a bare 500.
//!
//! The session middleware fails a request whose session it cannot load or save with a bare
//! 500 error, which skips every outer middleware (security headers, request id, metrics).
//! With Redis that means the store is unreachable, so these two turn it into the 503 page as
//! an ordinary response: nothing in the session can be trusted, and retrying later helps.
//!
//! Making that response needs the request, which actix routes only when no one else holds a
//! copy. So `store_failures` (just outside the session middleware) keeps a copy for the error
//! page; `release_request` (just inside it, before routing) drops that copy, and puts one back
//! once the handler has answered, for a save that fails afterwards. Both are wrapped only when
//! sessions live in Redis.
//!
//! `store_failures` also keeps the session cookie away from the paths that never use the
//! session (`is_sessionless`), so /healthz and the static files do not depend on Redis.
use super::sessionless::is_sessionless;
use crate::error::AppError;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, ResponseError};
use std::cell::RefCell;
use std::rc::Rc;

/// The copy of the request `store_failures` answers with when the session layer fails, held
/// only while routing does not need the request to itself. It lives in the request's own
/// extensions, so both middlewares reach the same one.
#[derive(Clone, Default)]
struct RequestForErrorPage(Rc<RefCell<Option<HttpRequest>>>);

impl RequestForErrorPage {
    fn keep(&self, request: HttpRequest) {
        self.0.replace(Some(request));
    }

    fn take(&self) -> Option<HttpRequest> {
        self.0.take()
    }
}

/// Outside the session middleware: a session store failure becomes the 503 page. See the
/// module's documentation.
pub async fn store_failures<B: MessageBody + 'static>(
    mut req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    if is_sessionless(req.path()) {
        // Probes and static files never read the session: without the cookie the session
        // layer loads nothing, so they answer whatever the state of Redis.
        req.headers_mut().remove(header::COOKIE);
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    }
    let kept = RequestForErrorPage::default();
    kept.keep(req.request().clone());
    req.extensions_mut().insert(kept.clone());
    let outcome = next.call(req).await;
    // Always emptied: the copy lives in the request's own extensions, which it would keep
    // alive otherwise.
    let request = kept.take();
    match (outcome, request) {
        (Ok(res), _) => Ok(res.map_into_left_body()),
        (Err(err), Some(request)) if err.as_response_error().status_code().is_server_error() => {
            // actix-session hands the store's failure over as an `actix_web::Error`, whose cause
            // it does not expose: its text is all there is to keep.
            let error = AppError::StorageUnavailable(err.to_string().into());
            Ok(ServiceResponse::new(request, error.error_response()).map_into_right_body())
        }
        (Err(err), _) => Err(err),
    }
}

/// Inside the session middleware: lets routing have the request to itself, then keeps a copy
/// again for a save that fails after the handler. See the module's documentation.
pub async fn release_request<B: MessageBody + 'static>(
    req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<B>, actix_web::Error> {
    let kept = req.extensions().get::<RequestForErrorPage>().cloned();
    if let Some(kept) = &kept {
        drop(kept.take());
    }
    let res = next.call(req).await?;
    if let Some(kept) = kept {
        kept.keep(res.request().clone());
    }
    Ok(res)
}
