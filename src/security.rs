//! Web security on every response and every POST, besides the CSRF token.
use actix_web::dev::ServiceRequest;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::http::{Method, header};

const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/// Everything the portal never uses. (Not `interest-cohort`: FLoC was withdrawn, and Chrome
/// logs a console error for a feature it no longer knows.)
const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), \
    magnetometer=(), microphone=(), payment=(), usb=()";

/// Headers on every response (and on bench-hello's page-shaped answer). `Cache-Control:
/// no-store` is the default so no signed-in page is ever cached; static files set their own,
/// and it is the only one a response sets itself. HSTS only when the public URL is https.
fn header_list(public_url: Option<&url::Url>) -> Vec<(HeaderName, HeaderValue, OwnValue)> {
    let mut headers = vec![
        (
            "content-security-policy",
            CONTENT_SECURITY_POLICY,
            OwnValue::Never,
        ),
        ("x-content-type-options", "nosniff", OwnValue::Never),
        ("x-frame-options", "DENY", OwnValue::Never),
        ("referrer-policy", "same-origin", OwnValue::Never),
        ("cross-origin-opener-policy", "same-origin", OwnValue::Never),
        ("permissions-policy", PERMISSIONS_POLICY, OwnValue::Never),
        ("cache-control", "no-store", OwnValue::Allowed),
    ];
    if public_url.is_some_and(|u| u.scheme() == "https") {
        headers.push((
            "strict-transport-security",
            "max-age=31536000; includeSubDomains",
            OwnValue::Never,
        ));
    }
    headers
        .into_iter()
        .map(|(name, value, own)| {
            (
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
                own,
            )
        })
        .collect()
}

/// Whether a response may carry its own value of a header.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OwnValue {
    /// No response sets it: added without looking (a lookup per header per response).
    Never,
    /// Added only when the response has not set its own.
    Allowed,
}

/// The security headers, made once; `add_to` sets them on a response.
#[derive(Clone)]
pub struct SecurityHeaders(std::sync::Arc<[(HeaderName, HeaderValue, OwnValue)]>);

impl SecurityHeaders {
    pub fn new(public_url: Option<&url::Url>) -> Self {
        Self(header_list(public_url).into())
    }

    pub fn add_to(&self, headers: &mut actix_web::http::header::HeaderMap) {
        for (name, value, own) in self.0.iter() {
            // A response that set one of these itself would send it twice: caught by the tests
            // (debug builds), not looked for on every response of a release build.
            debug_assert!(
                *own == OwnValue::Allowed || !headers.contains_key(name),
                "a response set its own {name}: mark it OwnValue::Allowed"
            );
            if *own == OwnValue::Never || !headers.contains_key(name) {
                // `append`: nothing to replace, so no replaced values to hand back and drop.
                headers.append(name.clone(), value.clone());
            }
        }
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

/// Whether this is a state-changing request from another site (refused with the 403 page).
pub fn is_cross_site_request(req: &ServiceRequest) -> bool {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    static SEC_FETCH_SITE: HeaderName = HeaderName::from_static("sec-fetch-site");
    let header_str = |name: &HeaderName| req.headers().get(name).and_then(|v| v.to_str().ok());
    let public_url = req.app_data::<PublicUrl>().and_then(|u| u.0.as_ref());
    is_cross_site(
        header_str(&header::ORIGIN),
        header_str(&SEC_FETCH_SITE),
        header_str(&header::HOST),
        public_url,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_security_header_is_set_once_and_a_responses_own_cache_control_stays() {
        use actix_web::http::header::{self, HeaderMap, HeaderValue};
        let https = url::Url::parse("https://portal.example.com").unwrap();
        let headers = SecurityHeaders::new(Some(&https));
        let mut page = HeaderMap::new();
        headers.add_to(&mut page);
        let mut asset = HeaderMap::new();
        asset.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=86400"),
        );
        headers.add_to(&mut asset);
        for name in [
            "content-security-policy",
            "x-content-type-options",
            "x-frame-options",
            "referrer-policy",
            "cross-origin-opener-policy",
            "permissions-policy",
            "strict-transport-security",
        ] {
            assert_eq!(page.get_all(name).count(), 1, "{name} on a page");
            assert_eq!(asset.get_all(name).count(), 1, "{name} on an asset");
        }
        assert_eq!(
            page.get_all("cache-control").collect::<Vec<_>>(),
            ["no-store"]
        );
        assert_eq!(
            asset.get_all("cache-control").collect::<Vec<_>>(),
            ["public, max-age=86400"]
        );
    }

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
