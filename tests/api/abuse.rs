use crate::helpers::{PASSWORD, Page, TestApp, unique};
use std::time::Duration;

async fn attempt(app: &TestApp, username: &str, password: &str) -> Page {
    app.sign_in(username, password).await
}

fn assert_rate_limited(page: &Page) {
    assert_eq!(page.status, 429);
    assert_eq!(page.text("h1"), "Too many attempts");
    assert!(
        page.text(".lead")
            .starts_with("There have been too many attempts. Try again in "),
        "{}",
        page.text(".lead")
    );
    let retry_after: u64 = page
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("seconds");
    assert!((1..=900).contains(&retry_after), "{retry_after}");
}

#[tokio::test]
async fn ten_wrong_passwords_lock_the_account_for_a_while_not_for_ever() {
    let app = TestApp::spawn().await;
    let name = unique("guessed");
    app.create_person(&name, "Gus", "Guessed", &["client"])
        .await;
    for i in 0..10 {
        assert_eq!(
            attempt(&app, &name, "Wrong-Guess-1").await.status,
            422,
            "attempt {i}"
        );
    }
    assert_rate_limited(&attempt(&app, &name, "Wrong-Guess-1").await);
    assert_rate_limited(&attempt(&app, &name, PASSWORD).await);

    app.limiter_clock.advance(Duration::from_secs(15 * 60));
    assert_eq!(
        attempt(&app, &name, PASSWORD).await.location.as_deref(),
        Some("/dashboard")
    );
}

#[tokio::test]
async fn an_unknown_username_is_locked_out_exactly_like_a_real_one() {
    let app = TestApp::spawn().await;
    let real = unique("real");
    app.create_person(&real, "Rea", "Real", &["client"]).await;
    let ghost = unique("ghost");
    let mut last = Vec::new();
    for name in [&real, &ghost] {
        for _ in 0..10 {
            attempt(&app, name, "Wrong-Guess-1").await;
        }
        let page = attempt(&app, name, "Wrong-Guess-1").await;
        assert_rate_limited(&page);
        last.push((
            page.text("h1"),
            page.text(".lead")
                .split(" Try again")
                .next()
                .map(str::to_owned),
        ));
    }
    assert_eq!(last[0], last[1]);
}

#[tokio::test]
async fn one_client_address_is_limited_across_usernames() {
    let app = TestApp::builder()
        .rate_limit_client_attempts(5)
        .spawn()
        .await;
    for _ in 0..5 {
        assert_eq!(
            attempt(&app, &unique("spray"), "Wrong-Guess-1")
                .await
                .status,
            422
        );
    }
    assert_rate_limited(&attempt(&app, &unique("spray"), "Wrong-Guess-1").await);
}

async fn post_login_as(app: &TestApp, forwarded_for: &str) -> Page {
    let token = app.get("/login").await.csrf_token();
    let body = serde_urlencoded::to_string([
        ("username", unique("fwd").as_str()),
        ("password", "Wrong-Guess-1"),
        ("csrf_token", &token),
    ])
    .expect("form");
    app.post_with_headers(
        "/login",
        "application/x-www-form-urlencoded",
        body.into_bytes(),
        &[("x-forwarded-for", forwarded_for)],
    )
    .await
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit() {
    let app = TestApp::builder()
        .rate_limit_client_attempts(3)
        .trusted_proxies("127.0.0.1/32")
        .spawn()
        .await;
    for _ in 0..3 {
        assert_eq!(post_login_as(&app, "198.51.100.1").await.status, 422);
    }
    assert_eq!(post_login_as(&app, "198.51.100.1").await.status, 429);
    // A client cannot escape by writing its own X-Forwarded-For: the proxy's entry is the last.
    assert_eq!(
        post_login_as(&app, "203.0.113.77, 198.51.100.1")
            .await
            .status,
        429
    );
    assert_eq!(post_login_as(&app, "198.51.100.2").await.status, 422);
}

#[tokio::test]
async fn without_trusted_proxies_x_forwarded_for_is_ignored() {
    let app = TestApp::builder()
        .rate_limit_client_attempts(3)
        .spawn()
        .await;
    for i in 0..3 {
        assert_eq!(
            post_login_as(&app, &format!("198.51.100.{i}")).await.status,
            422
        );
    }
    assert_eq!(post_login_as(&app, "198.51.100.99").await.status, 429);
}

#[tokio::test]
async fn reset_codes_are_limited_to_five_an_hour_per_account_known_or_not() {
    let app = TestApp::spawn().await;
    let known = unique("resetme");
    app.create_person(&known, "Rex", "Reset", &["client"]).await;
    for name in [known, unique("unknown")] {
        for _ in 0..5 {
            let token = app.get("/forgot-password").await.csrf_token();
            let page = app
                .post_form(
                    "/forgot-password",
                    &[("username", &name), ("csrf_token", &token)],
                )
                .await;
            assert_eq!(page.status, 303);
        }
        let token = app.get("/forgot-password").await.csrf_token();
        assert_rate_limited(
            &app.post_form(
                "/forgot-password",
                &[("username", &name), ("csrf_token", &token)],
            )
            .await,
        );
    }
}

#[tokio::test]
async fn a_cognito_outage_never_counts_as_a_failed_attempt() {
    let app = TestApp::builder()
        .aws_endpoint_url("http://127.0.0.1:9")
        .spawn()
        .await;
    for _ in 0..12 {
        assert_eq!(attempt(&app, "someone", PASSWORD).await.status, 503);
    }
}

#[tokio::test]
async fn a_form_posted_from_another_site_is_refused() {
    let app = TestApp::spawn().await;
    let token = app.get("/login").await.csrf_token();
    let body = || {
        serde_urlencoded::to_string([
            ("username", "a"),
            ("password", "b"),
            ("csrf_token", token.as_str()),
        ])
        .expect("form")
        .into_bytes()
    };
    let form = "application/x-www-form-urlencoded";
    for headers in [
        vec![("origin", "https://evil.example")],
        vec![("origin", "null")],
        vec![("sec-fetch-site", "cross-site")],
    ] {
        let page = app
            .post_with_headers("/login", form, body(), &headers)
            .await;
        assert_eq!(page.status, 403, "{headers:?}");
        assert_eq!(page.text("h1"), "The form came from another site");
        assert!(
            page.header("content-security-policy").is_some(),
            "the refusal carries the security headers"
        );
    }
    let own_origin = app.address.clone();
    let page = app
        .post_with_headers(
            "/login",
            form,
            body(),
            &[("origin", &own_origin), ("sec-fetch-site", "same-origin")],
        )
        .await;
    assert_eq!(page.status, 422, "a same-origin form goes through");
}

#[tokio::test]
async fn hsts_is_sent_only_when_the_public_url_is_https() {
    let plain = TestApp::spawn().await;
    let page = plain.get("/login").await;
    assert_eq!(page.header("strict-transport-security"), None);
    assert!(
        page.header("permissions-policy")
            .expect("Permissions-Policy")
            .contains("camera=()")
    );

    let https = TestApp::builder()
        .public_url("https://portal.example.com")
        .spawn()
        .await;
    let page = https.get("/login").await;
    assert_eq!(
        page.header("strict-transport-security").as_deref(),
        Some("max-age=31536000; includeSubDomains")
    );
}
