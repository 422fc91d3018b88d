//! HTTP methods over the whole route table: HEAD wherever GET works (same status and headers,
//! no body), and a 405 with an `Allow` header for a known path asked with another method.
use crate::helpers::{PASSWORD, TestApp, unique};
use reqwest::Method;

/// Paths that answer GET (and so HEAD) and nothing else.
const GET_ONLY: [&str; 16] = [
    "/",
    "/account",
    "/admin/users",
    "/admin/users/someone",
    "/admin/invitations/new",
    "/dashboard",
    "/professional",
    "/client",
    "/healthz",
    "/readyz",
    cognito_portal::views::assets::STYLESHEET.path,
    cognito_portal::views::assets::FAVICON.path,
    cognito_portal::views::assets::FORMS_SCRIPT.path,
    "/favicon.ico",
    "/robots.txt",
    "/metrics",
];
/// Form pages: GET (and HEAD) shows them, POST sends them.
const GET_AND_POST: [&str; 8] = [
    "/login",
    "/language",
    "/account/email",
    "/account/email/verify",
    "/new-password",
    "/forgot-password",
    "/confirm-code",
    "/admin/invitations/bulk",
];
const POST_ONLY: [&str; 15] = [
    "/logout",
    "/account/email/resend",
    "/account/email/cancel",
    "/admin/users/someone/details",
    "/account/profile",
    "/account/password",
    "/account/sign-out-everywhere",
    "/admin/users/someone/group",
    "/admin/users/someone/delete",
    "/admin/users/someone/resend",
    "/admin/users/someone/disable",
    "/admin/users/someone/enable",
    "/admin/users/someone/sign-out",
    "/admin/invitations",
    "/admin/invitations/bulk/send",
];

/// Headers that must be the same for HEAD as for GET.
const SAME: [&str; 6] = [
    "content-type",
    "content-length",
    "location",
    "cache-control",
    "content-security-policy",
    "allow",
];

async fn signed_in_admin() -> TestApp {
    let app = TestApp::spawn().await;
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin", "professional", "client"])
        .await;
    assert_eq!(app.sign_in(&admin, PASSWORD).await.status, 303);
    app
}

#[tokio::test]
async fn head_answers_wherever_get_does_with_the_same_status_and_headers_and_no_body() {
    let app = signed_in_admin().await;
    let anonymous = app.second_browser();
    for browser in [&app, &anonymous] {
        for &path in GET_ONLY.iter().chain(&GET_AND_POST) {
            let get = browser.request(Method::GET, path).await;
            let head = browser.request(Method::HEAD, path).await;
            assert_eq!(head.status, get.status, "HEAD {path}");
            assert!(
                get.status < 400 || path.contains("someone"),
                "GET {path}: {}",
                get.status
            );
            assert_eq!(head.body_bytes, 0, "HEAD {path} sent a body");
            for name in SAME {
                // The list of clients may change between two views; its length with it.
                if name == "content-length" && (path == "/metrics" || path == "/professional") {
                    continue;
                }
                assert_eq!(head.header(name), get.header(name), "HEAD {path}: {name}");
            }
        }
    }
}

#[tokio::test]
async fn a_known_path_asked_with_the_wrong_method_is_a_405_that_says_what_is_allowed() {
    let app = signed_in_admin().await;
    let cases = GET_ONLY
        .iter()
        .map(|p| {
            (
                *p,
                "GET, HEAD",
                [Method::POST, Method::PUT, Method::DELETE, Method::PATCH],
            )
        })
        .chain(GET_AND_POST.iter().map(|p| {
            (
                *p,
                "GET, HEAD, POST",
                [Method::PUT, Method::DELETE, Method::PATCH, Method::OPTIONS],
            )
        }))
        .chain(POST_ONLY.iter().map(|p| {
            (
                *p,
                "POST",
                [Method::GET, Method::HEAD, Method::PUT, Method::DELETE],
            )
        }));
    for (path, allow, methods) in cases {
        for method in methods {
            let page = app.request(method.clone(), path).await;
            assert_eq!(page.status, 405, "{method} {path}");
            assert_eq!(
                page.header("allow").as_deref(),
                Some(allow),
                "{method} {path}"
            );
            if method != Method::HEAD {
                assert_eq!(page.text("h1"), "Not allowed", "{method} {path}");
            }
        }
    }
    // An unknown path is still a 404, whatever the method.
    for method in [Method::GET, Method::HEAD, Method::POST, Method::PUT] {
        assert_eq!(
            app.request(method.clone(), "/no-such-page").await.status,
            404,
            "{method}"
        );
    }
}
