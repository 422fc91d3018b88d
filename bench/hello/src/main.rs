//! `bench-hello ADDRESS [PAGE_BYTES]`: the plainest actix-web server, as the ceiling the portal
//! is measured against in scripts/bench. With PAGE_BYTES it answers like a portal page instead:
//! the portal's security headers (its own middleware) and an HTML body of that size, so the
//! bench can tell what a page's shape costs from what the portal's work costs.
use actix_web::{App, HttpResponse, HttpServer, web};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let address = args.next().unwrap_or_else(|| "127.0.0.1:8090".to_owned());
    match args.next() {
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
        Some(bytes) => {
            let body = web::Bytes::from("x".repeat(bytes.parse().map_err(std::io::Error::other)?));
            HttpServer::new(move || {
                let body = body.clone();
                App::new()
                    .wrap(cognito_portal::security::headers(None))
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
