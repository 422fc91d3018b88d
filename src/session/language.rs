//! Which language a request is served in: the person's choice on this device (a cookie), the
//! language their session keeps (Cognito's `locale`, once signed in), their browser's
//! `Accept-Language`, English; in that order.
use super::entries;
use super::sessionless::is_sessionless;
use crate::domain::NextPath;
use crate::i18n::{self, Lang};
use actix_session::SessionExt;
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::dev::{Service, Transform};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, Uri, header};
use std::future::{Ready, ready};

/// The choice made with the language menu, on this device. `__Host-`: this host, HTTPS, `/`.
pub const LANG_COOKIE: &str = "__Host-lang";

/// What the request says by itself (before any session is read): (language, chosen).
pub fn language_of_request(req: &ServiceRequest) -> (Lang, bool) {
    // Read from the header itself: `req.cookie()` would keep the parsed cookies on the request,
    // and `store_failures` could then no longer hide the session cookie from sessionless paths.
    let chosen = req
        .headers()
        .get_all(header::COOKIE)
        .find_map(|v| chosen_language(v.as_bytes()));
    if let Some(lang) = chosen {
        return (lang, true);
    }
    let header = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    (Lang::negotiate(header), false)
}

/// The language a Cookie header's `__Host-lang` names, if any. Searched for as bytes: the
/// header carries the session cookie too (half a kilobyte), and every request asks, so
/// checking it as text and splitting it at each `;` would cost each request dearly
/// (docs/benchmarks.md, What the figures justify).
fn chosen_language(cookies: &[u8]) -> Option<Lang> {
    static NAME: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(LANG_COOKIE_PAIR));
    let mut from = 0;
    while let Some(found) = NAME.find(&cookies[from..]) {
        let start = from + found;
        let value = &cookies[start + LANG_COOKIE_PAIR.len()..];
        from = start + LANG_COOKIE_PAIR.len();
        // A cookie's name starts the header or follows "; " (or ";").
        let at_name = cookies[..start]
            .iter()
            .rev()
            .find(|b| **b != b' ')
            .is_none_or(|b| *b == b';');
        if !at_name {
            continue;
        }
        let end = memchr::memchr(b';', value).unwrap_or(value.len());
        return std::str::from_utf8(&value[..end])
            .ok()
            .and_then(|tag| Lang::from_tag(tag.trim()));
    }
    None
}

/// `__Host-lang=`, as the Cookie header writes the pair.
const LANG_COOKIE_PAIR: &[u8] = b"__Host-lang=";

/// Where the language menu, or signing in, brings the person back to: this page when it is
/// one a link can ask for (GET, HEAD) and a `NextPath` (not 60 KB of query string echoed into
/// the page, only to be refused when the menu is used); `None`: the start page.
pub fn page_to_come_back_to(method: &Method, uri: &Uri) -> Option<NextPath> {
    matches!(*method, Method::GET | Method::HEAD)
        .then(|| uri.path_and_query())
        .flatten()
        .and_then(|p| NextPath::parse(p.as_str()))
}

/// Inside the session middleware: the language a signed-in person keeps (unless this device
/// chose one), and where the menu's form reads the session's CSRF token (only when a page
/// shows it). A service of its own rather than `from_fn`: its work is done as the request is
/// handed on, so no future of its own is boxed and polled per request. The session middleware
/// calls it from inside its own future, so within the request's language scope.
pub struct SessionLanguage;

impl<S, B> Transform<S, ServiceRequest> for SessionLanguage
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
{
    type Response = ServiceResponse<B>;
    type Error = actix_web::Error;
    type Transform = SessionLanguageService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(SessionLanguageService { service }))
    }
}

pub struct SessionLanguageService<S> {
    service: S,
}

impl<S, B> Service<ServiceRequest> for SessionLanguageService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
{
    type Response = ServiceResponse<B>;
    type Error = actix_web::Error;
    type Future = S::Future;

    actix_web::dev::forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        if !is_sessionless(req.path()) {
            let session = req.get_session();
            if !i18n::is_chosen()
                && let Some(lang) = entries::language(&session)
            {
                i18n::set_lang(lang);
            }
            i18n::set_menu_token_source(Box::new(move || entries::csrf_token(&session)));
        }
        self.service.call(req)
    }
}

/// The cookie that remembers a choice on this device (a year).
pub fn language_cookie(lang: Lang) -> Cookie<'static> {
    Cookie::build(LANG_COOKIE, lang.tag())
        .path("/")
        .secure(true)
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(Duration::days(365))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_cookie_is_found_wherever_it_is_in_the_header() {
        let de = Lang::from_tag("de");
        for header in [
            "__Host-lang=de",
            "__Host-portal=abc; __Host-lang=de",
            "__Host-portal=abc;__Host-lang=de; other=1",
            // A cookie whose name only ends with it, or whose value holds it, is another one.
            "x__Host-lang=fr; __Host-lang=de",
            "a=__Host-lang=fr; __Host-lang=de",
        ] {
            assert_eq!(chosen_language(header.as_bytes()), de, "{header}");
        }
        for header in [
            "",
            "__Host-portal=abc",
            "x__Host-lang=de",
            "__Host-lang=xx",
            "__Host-lang=",
        ] {
            assert_eq!(chosen_language(header.as_bytes()), None, "{header}");
        }
        assert_eq!(chosen_language(b"__Host-lang=\xffde"), None);
    }
}
