//! `bench-hello ADDRESS [PAGE_BYTES | floor PAGE_BYTES]`: the plainest actix-web server, as the
//! ceiling the portal is measured against in scripts/bench.
//!
//! - With PAGE_BYTES it answers like a portal page: the portal's security headers (its own
//!   `SecurityHeaders`, set as the portal's frame sets them) and an HTML body of that size, so the bench can tell what a page's shape costs
//!   from what the portal's work costs.
//! - With `floor PAGE_BYTES` it is what any portal on this stack pays for a signed-in page:
//!   actix-session's cookie middleware configured as the portal's (`__Host-portal`, private,
//!   the key from the same `SESSION_KEY`, through the portal's own constructor), reading every
//!   entry of the session cookie as JSON, and a body of PAGE_BYTES.
use actix_session::Session;
use actix_web::dev::Service;
use actix_web::{App, HttpResponse, HttpServer, web};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let address = args.next().unwrap_or_else(|| "127.0.0.1:8090".to_owned());
    let mode = args.next();
    let size = |raw: Option<String>| -> std::io::Result<web::Bytes> {
        let bytes: usize = raw
            .ok_or_else(|| std::io::Error::other("PAGE_BYTES is needed"))?
            .parse()
            .map_err(std::io::Error::other)?;
        Ok(web::Bytes::from("x".repeat(bytes)))
    };
    match mode.as_deref() {
        None => {
            HttpServer::new(|| {
                App::new().route(
                    "/",
                    web::get().to(|| async { HttpResponse::Ok().body("Hello, world!") }),
                )
            })
            .bind(address)?
            .run()
            .await
        }
        Some("floor") => {
            let body = size(args.next())?;
            let raw_key = std::env::var("SESSION_KEY")
                .map_err(|_| std::io::Error::other("floor mode reads SESSION_KEY"))?;
            let key = cognito_portal::config::SessionKey::from_base64(&raw_key)
                .map_err(std::io::Error::other)?;
            HttpServer::new(move || {
                let body = body.clone();
                App::new()
                    .wrap(cognito_portal::session::session_middleware(
                        &key,
                        cognito_portal::session::PortalSessionStore::cookie(),
                    ))
                    .route(
                        "/",
                        web::get().to(move |session: Session| {
                            // Every entry parsed, as a page reading its user would.
                            let parsed = session
                                .entries()
                                .values()
                                .filter(|v| serde_json::from_str::<serde_json::Value>(v).is_ok())
                                .count();
                            let page = HttpResponse::Ok()
                                .content_type("text/html; charset=utf-8")
                                .insert_header(("x-entries", parsed.to_string()))
                                .body(body.clone());
                            async move { page }
                        }),
                    )
            })
            .bind(address)?
            .run()
            .await
        }
        Some(bytes) => {
            let body = size(Some(bytes.to_owned()))?;
            let headers = cognito_portal::security::SecurityHeaders::new(None);
            HttpServer::new(move || {
                let body = body.clone();
                let headers = headers.clone();
                App::new()
                    // The portal's own headers, set as the portal's frame sets them.
                    .wrap_fn(move |req, service| {
                        let headers = headers.clone();
                        let answer = service.call(req);
                        async move {
                            let mut response = answer.await?;
                            headers.add_to(response.headers_mut());
                            Ok(response)
                        }
                    })
                    .route(
                        "/",
                        web::get().to(move || {
                            let page = HttpResponse::Ok()
                                .content_type("text/html; charset=utf-8")
                                .body(body.clone());
                            async move { page }
                        }),
                    )
            })
            .bind(address)?
            .run()
            .await
        }
    }
}
