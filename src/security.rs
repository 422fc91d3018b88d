//! Web security on every response and every POST, besides the CSRF token.
use crate::error::AppError;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::{DefaultHeaders, Next};

const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/// Everything the portal never uses.
const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), \
    magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

/// Headers on every response. `Cache-Control: no-store` is the default so no signed-in page is
/// ever cached; static files set their own. HSTS only when the public URL is https.
pub fn headers(public_url: Option<&url::Url>) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Permissions-Policy", PERMISSIONS_POLICY))
        .add(("Cache-Control", "no-store"));
    if public_url.is_some_and(|u| u.scheme() == "https") {
        headers.add((
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        headers
    }
}

/// Whether a state-changing request comes from another site: by `Origin` when the browser
/// sends it, else by `Sec-Fetch-Site`. Without either (old browsers, scripts), the CSRF token
/// alone decides.
pub fn is_cross_site(
    origin: Option<&str>,
    fetch_site: Option<&str>,
    host: Option<&str>,
    public_url: Option<&url::Url>,
) -> bool {
    if let Some(origin) = origin {
        let Ok(origin) = url::Url::parse(origin) else {
            return true; // "null" (sandboxed frames, file: pages) and garbage
        };
        return match public_url {
            Some(public) => origin.origin() != public.origin(),
            None => {
                let authority = match (origin.host_str(), origin.port()) {
                    (Some(host), Some(port)) => format!("{host}:{port}"),
                    (Some(host), None) => host.to_owned(),
                    _ => return true,
                };
                host.is_none_or(|h| !h.eq_ignore_ascii_case(&authority))
            }
        };
    }
    fetch_site == Some("cross-site")
}

/// `PUBLIC_URL`, when set (app data of its own): the one origin forms may come from.
#[derive(Clone, Debug, Default)]
pub struct PublicUrl(pub Option<url::Url>);

/// Refuses state-changing requests from other sites with the 403 page (as a response, not an
/// error, so the outer middleware still adds the security headers).
pub async fn refuse_cross_site_posts<B: MessageBody + 'static>(
    req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe {
        let header_str =
            |name: header::HeaderName| req.headers().get(name).and_then(|v| v.to_str().ok());
        let public_url = req.app_data::<PublicUrl>().and_then(|u| u.0.as_ref());
        if is_cross_site(
            header_str(header::ORIGIN),
            req.headers()
                .get("sec-fetch-site")
                .and_then(|v| v.to_str().ok()),
            header_str(header::HOST),
            public_url,
        ) {
            return Ok(req
                .error_response(AppError::CrossSite)
                .map_into_right_body());
        }
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_site_forms_pass_and_others_are_refused() {
        let host = Some("127.0.0.1:8080");
        assert!(!is_cross_site(
            Some("http://127.0.0.1:8080"),
            Some("same-origin"),
            host,
            None
        ));
        assert!(!is_cross_site(None, Some("same-origin"), host, None));
        assert!(
            !is_cross_site(None, None, host, None),
            "no browser hints: the CSRF token decides"
        );
        assert!(is_cross_site(
            Some("https://evil.example"),
            None,
            host,
            None
        ));
        assert!(is_cross_site(Some("null"), None, host, None));
        assert!(is_cross_site(None, Some("cross-site"), host, None));
    }

    #[test]
    fn with_a_public_url_only_its_origin_passes() {
        let public = url::Url::parse("https://portal.example.com").unwrap();
        assert!(!is_cross_site(
            Some("https://portal.example.com"),
            None,
            Some("10.0.0.5:8080"),
            Some(&public)
        ));
        assert!(is_cross_site(
            Some("http://portal.example.com"),
            None,
            Some("portal.example.com"),
            Some(&public)
        ));
    }
}
