//! The portal driven as a browser would: cookies kept, redirects not followed, CSRF tokens
//! read off pages; forged cookies for the tests that tamper.
use super::*;
use cognito_portal::session::SESSION_COOKIE;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use scraper::{Html, Selector};
use std::collections::HashMap;

/// What a response showed: status, Location, and the page.
pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub html: Html,
    /// How many bytes of body came (none for HEAD).
    pub body_bytes: usize,
}

/// A response kept as bytes (static files, robots.txt).
pub struct Fetched {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
}

impl Fetched {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl Page {
    fn select(&self, css: &str) -> Vec<String> {
        let selector = Selector::parse(css).unwrap_or_else(|_| panic!("bad selector {css}"));
        self.html
            .select(&selector)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// The text of the first element matching `css`; panics if there is none.
    pub fn text(&self, css: &str) -> String {
        self.select(css)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no {css} on the page:\n{}", self.html.html()))
    }

    pub fn texts(&self, css: &str) -> Vec<String> {
        self.select(css)
    }

    pub fn has(&self, css: &str) -> bool {
        !self.select(css).is_empty()
    }

    pub fn attr(&self, css: &str, attr: &str) -> Option<String> {
        let selector = Selector::parse(css).ok()?;
        self.html
            .select(&selector)
            .next()?
            .value()
            .attr(attr)
            .map(str::to_owned)
    }

    pub fn csrf_token(&self) -> String {
        self.attr("input[name=csrf_token]", "value")
            .expect("the page has a CSRF token")
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }
}

impl TestApp {
    fn cookie_header(&self) -> String {
        let cookies = self.cookies.lock().expect("cookie jar");
        cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn session_cookie(&self) -> Option<String> {
        self.cookies
            .lock()
            .expect("cookie jar")
            .get(SESSION_COOKIE)
            .cloned()
    }

    pub fn set_session_cookie(&self, value: &str) {
        self.cookies
            .lock()
            .expect("cookie jar")
            .insert(SESSION_COOKIE.to_owned(), value.to_owned());
    }

    pub fn clear_cookies(&self) {
        self.cookies.lock().expect("cookie jar").clear();
    }

    async fn keep(&self, response: reqwest::Response) -> Page {
        {
            let mut jar = self.cookies.lock().expect("cookie jar");
            for header in response.headers().get_all(SET_COOKIE) {
                let raw = header.to_str().expect("ASCII Set-Cookie");
                let (pair, attributes) = raw.split_once(';').unwrap_or((raw, ""));
                let (name, value) = pair.split_once('=').expect("name=value");
                let removed = attributes.to_ascii_lowercase().contains("max-age=0");
                if removed {
                    jar.remove(name.trim());
                } else {
                    jar.insert(name.trim().to_owned(), value.trim().to_owned());
                }
            }
        }
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let headers = response.headers().clone();
        let body = response.text().await.expect("a body");
        Page {
            status,
            location,
            headers,
            body_bytes: body.len(),
            html: Html::parse_document(&body),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        let response = self
            .http
            .get(format!("{}{path}", self.address))
            .header(COOKIE, self.cookie_header())
            .send()
            .await
            .expect("GET works");
        self.keep(response).await
    }

    /// GET with this browser's cookies and extra request headers.
    pub async fn get_with_headers(&self, path: &str, headers: &[(&str, &str)]) -> Page {
        let mut request = self
            .http
            .get(format!("{}{path}", self.address))
            .header(COOKIE, self.cookie_header());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("GET works");
        self.keep(response).await
    }

    /// A file as the browser receives it, bytes untouched (no cookies kept): asked with
    /// `headers`, e.g. an Accept-Encoding.
    pub async fn fetch(&self, path: &str, headers: &[(&str, &str)]) -> Fetched {
        let mut request = self.http.get(format!("{}{path}", self.address));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("GET works");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.expect("a body").to_vec();
        Fetched {
            status,
            headers,
            body,
        }
    }

    /// Any method, with no body.
    pub async fn request(&self, method: reqwest::Method, path: &str) -> Page {
        let response = self
            .http
            .request(method, format!("{}{path}", self.address))
            .header(COOKIE, self.cookie_header())
            .send()
            .await
            .expect("the request works");
        self.keep(response).await
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Page {
        self.post_with_headers(path, content_type, body, &[]).await
    }

    pub async fn post_with_headers(
        &self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
        headers: &[(&str, &str)],
    ) -> Page {
        let mut request = self.http.post(format!("{}{path}", self.address));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request
            .header(COOKIE, self.cookie_header())
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(body)
            .send()
            .await
            .expect("POST works");
        self.keep(response).await
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded::to_string(fields).expect("encodable form");
        self.post_raw(path, "application/x-www-form-urlencoded", body.into_bytes())
            .await
    }

    /// Signs in through the form, as a person would.
    pub async fn sign_in(&self, username: &str, password: &str) -> Page {
        self.sign_in_next(username, password, None).await
    }

    pub async fn sign_in_next(&self, username: &str, password: &str, next: Option<&str>) -> Page {
        let form = self.get("/login").await;
        let csrf = form.csrf_token();
        let mut fields = vec![
            ("username", username),
            ("password", password),
            ("csrf_token", csrf.as_str()),
        ];
        if let Some(next) = next {
            fields.push(("next", next));
        }
        self.post_form("/login", &fields).await
    }

    /// Signs out with the CSRF token of the page just shown.
    pub async fn sign_out(&self, page: &Page) -> Page {
        self.post_form("/logout", &[("csrf_token", &page.csrf_token())])
            .await
    }
}

impl TestApp {
    /// Seals session `state` (key -> JSON value) with this app's key, as the cookie store does.
    pub fn forge_session(&self, state: &[(&str, serde_json::Value)]) -> String {
        forge_cookie(&self.session_key, state)
    }
}

/// A session cookie sealed with `key_b64`, exactly as the cookie store seals one: the state as
/// JSON after the `c:` tag (src/session/cookie_content.rs).
pub fn forge_cookie(key_b64: &str, state: &[(&str, serde_json::Value)]) -> String {
    let state: HashMap<String, String> = state
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.to_string()))
        .collect();
    let json = serde_json::to_string(&state).expect("json");
    seal_cookie(key_b64, &format!("c:{json}"))
}

/// A session cookie whose sealed content is `value`, as it is: `c:` and the state for a session
/// in the cookie, `r:` and a handle for one in Redis (src/session/cookie_content.rs).
pub fn seal_cookie(key_b64: &str, value: &str) -> String {
    use actix_web::cookie::{Cookie, CookieJar, Key};
    use base64::Engine;
    let key = base64::engine::general_purpose::STANDARD
        .decode(key_b64)
        .expect("base64 key");
    let mut jar = CookieJar::new();
    jar.private_mut(&Key::from(&key))
        .add(Cookie::new(SESSION_COOKIE, value.to_owned()));
    jar.get(SESSION_COOKIE)
        .expect("sealed cookie")
        .value()
        .to_owned()
}

impl TestApp {
    /// Posts a multipart form with text fields and one file, as a browser's file upload would.
    pub async fn post_file(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file_field: &str,
        file: &[u8],
    ) -> Page {
        let boundary = "----cognito-portal-test-boundary";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
        }
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{file_field}\"; filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(file);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.post_raw(
            path,
            &format!("multipart/form-data; boundary={boundary}"),
            body,
        )
        .await
    }
}

impl TestApp {
    /// A counter's value in /metrics (0 before its first increment). The recorder is global to
    /// the test binary, so compare before and after rather than expect an exact value.
    pub async fn counter(&self, name: &str) -> f64 {
        let page = self.get("/metrics").await;
        let text: String = page.html.root_element().text().collect();
        text.lines()
            .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
            .map_or(0.0, |value| value.trim().parse().expect("a number"))
    }
}

impl TestApp {
    /// This browser's cookies, moved to another instance: the next request goes there.
    pub fn same_browser_on(&self, other: &TestApp) -> TestApp {
        let browser = other.second_browser();
        *browser.cookies.lock().expect("cookie jar") =
            self.cookies.lock().expect("cookie jar").clone();
        browser
    }
}
