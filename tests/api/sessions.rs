use crate::helpers::{PASSWORD, TestApp, captured_logs, forge_cookie, unique};
use cognito_portal::cognito::secret_hash;
use cognito_portal::domain::SessionUser;
use cognito_portal::domain::Username;
use cognito_portal::domain::now_millis;
use secrecy::ExposeSecret;

fn forge(key_b64: &str, user: &SessionUser) -> String {
    forge_cookie(
        key_b64,
        &[
            ("user", serde_json::to_value(user).expect("json")),
            ("csrf", serde_json::json!("forged-csrf")),
        ],
    )
}

fn client_user(username: &str, expires_at: u64) -> SessionUser {
    SessionUser {
        session_id: SessionUser::new_session_id(),
        username: Username::parse(username).expect("username"),
        email: format!("{username}@example.com"),
        given_name: "Forged".into(),
        family_name: "Person".into(),
        groups: vec!["client".into()],
        signed_in_at: now_millis() - 1000,
        expires_at,
    }
}

#[tokio::test]
async fn the_session_cookie_is_encrypted_http_only_secure_and_lax() {
    let app = TestApp::spawn().await;
    let name = unique("cookie");
    app.create_person(&name, "Cody", "Cookie", &["client"])
        .await;
    let page = app.sign_in(&name, PASSWORD).await;
    let set_cookie = page.header("set-cookie").expect("a session cookie");
    assert!(set_cookie.starts_with("__Host-portal="), "{set_cookie}");
    for attribute in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
        assert!(
            set_cookie.contains(attribute),
            "{attribute} missing in {set_cookie}"
        );
    }
    assert!(
        !set_cookie.contains(&name),
        "the cookie content is encrypted"
    );
}

#[tokio::test]
async fn sign_in_starts_a_fresh_session_with_a_fresh_csrf_token() {
    let app = TestApp::spawn().await;
    let name = unique("fresh");
    app.create_person(&name, "Fay", "Fresh", &["client"]).await;
    let before = app.get("/login").await.csrf_token();
    let cookie_before = app.session_cookie().expect("a pre-login cookie");
    app.sign_in(&name, PASSWORD).await;
    let after = app.get("/client").await.csrf_token();
    assert_ne!(before, after);
    assert_ne!(Some(cookie_before), app.session_cookie());
}

#[tokio::test]
async fn reading_a_page_does_not_rewrite_the_cookie() {
    let app = TestApp::spawn().await;
    let name = unique("reader");
    app.create_person(&name, "Rae", "Reader", &["client"]).await;
    app.sign_in(&name, PASSWORD).await;
    let page = app.get("/client").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("set-cookie"), None);
    assert_eq!(page.header("cache-control").as_deref(), Some("no-store"));
}

#[tokio::test]
async fn sign_out_ends_the_session_and_revokes_the_tokens_at_cognito() {
    let app = TestApp::spawn().await;
    let name = unique("leaver");
    app.create_person(&name, "Lee", "Leaver", &["client"]).await;
    // A refresh token issued before sign-out, to see whether Cognito still honours it after.
    let hash = secret_hash(
        app.pool.client_secret.expose_secret(),
        &name,
        &app.pool.client_id,
    );
    let auth = app
        .cognito
        .admin_initiate_auth()
        .user_pool_id(&app.pool.pool_id)
        .client_id(&app.pool.client_id)
        .auth_flow(aws_sdk_cognitoidentityprovider::types::AuthFlowType::AdminUserPasswordAuth)
        .auth_parameters("USERNAME", &name)
        .auth_parameters("PASSWORD", PASSWORD)
        .auth_parameters("SECRET_HASH", &hash)
        .send()
        .await
        .expect("direct sign-in");
    let refresh = auth
        .authentication_result()
        .and_then(|r| r.refresh_token())
        .expect("refresh token")
        .to_owned();
    let refresh_with = |token: String| {
        app.cognito
            .admin_initiate_auth()
            .user_pool_id(&app.pool.pool_id)
            .client_id(&app.pool.client_id)
            .auth_flow(aws_sdk_cognitoidentityprovider::types::AuthFlowType::RefreshTokenAuth)
            .auth_parameters("REFRESH_TOKEN", token)
            .auth_parameters("SECRET_HASH", &hash)
            .send()
    };
    assert!(
        refresh_with(refresh.clone()).await.is_ok(),
        "the refresh token works before sign-out"
    );

    app.sign_in(&name, PASSWORD).await;
    let page = app.get("/client").await;
    let copy = app.session_cookie().expect("signed-in cookie");

    let signed_out = app.sign_out(&page).await;
    assert_eq!(signed_out.status, 303);
    assert_eq!(
        signed_out.location.as_deref(),
        Some("/login?reason=signed-out")
    );
    assert_eq!(
        app.session_cookie(),
        None,
        "the browser is told to drop the cookie"
    );
    assert_eq!(
        app.get("/login?reason=signed-out").await.text(".notice"),
        "You have signed out."
    );

    // The copy taken before sign-out opens nothing.
    app.set_session_cookie(&copy);
    let replay = app.get("/client").await;
    assert_eq!(replay.status, 303);
    assert!(replay.location.unwrap().starts_with("/login"));

    let refreshed = refresh_with(refresh).await;
    assert!(
        refreshed.is_err(),
        "Cognito still honours the refresh token after sign-out"
    );
}

#[tokio::test]
async fn a_tampered_truncated_or_garbage_cookie_means_signed_out() {
    let app = TestApp::spawn().await;
    let name = unique("tamper");
    app.create_person(&name, "Tam", "Per", &["client"]).await;
    app.sign_in(&name, PASSWORD).await;
    let good = app.session_cookie().expect("cookie");
    let mut flipped = good.clone().into_bytes();
    let middle = flipped.len() / 2;
    flipped[middle] = if flipped[middle] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).expect("ascii");
    let unreadable = r#"session_cookies_rejected_total{reason="unreadable"}"#;
    let rejected_before = app.counter(unreadable).await;
    for bad in [
        flipped.as_str(),
        &good[..good.len() / 2],
        "garbage",
        "",
        "%%%",
    ] {
        app.set_session_cookie(bad);
        let page = app.get("/client").await;
        assert_eq!(page.status, 303, "cookie {bad:?}");
        assert_eq!(page.location.as_deref(), Some("/login?next=%2Fclient"));
    }
    // Counted, not logged: a log line per request would let anyone fill the disk.
    let rejected = app.counter(unreadable).await - rejected_before;
    assert!(rejected >= 3.0, "{rejected} rejected cookies counted");
    assert!(
        !captured_logs().contains("failed to pass cryptographic checks"),
        "a rejected cookie was written to the log"
    );
}

#[tokio::test]
async fn a_cookie_sealed_with_another_session_key_means_signed_out() {
    let app = TestApp::spawn().await;
    let other_key = cognito_portal::config::SessionKey::generate_base64();
    let name = unique("forger");
    app.set_session_cookie(&forge(
        &other_key,
        &client_user(&name, now_millis() + 3_600_000),
    ));
    let page = app.get("/client").await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location.as_deref(), Some("/login?next=%2Fclient"));
}

#[tokio::test]
async fn a_session_whose_tokens_expired_ends_with_a_message() {
    let app = TestApp::spawn().await;
    let name = unique("late");
    // Sealed with the right key, so only the server's own expiry check can refuse it.
    let fresh = forge(
        &app.session_key,
        &client_user(&name, now_millis() + 3_600_000),
    );
    app.set_session_cookie(&fresh);
    assert_eq!(
        app.get("/client").await.status,
        200,
        "a valid forged session is accepted"
    );

    let expired = forge(&app.session_key, &client_user(&name, now_millis() - 1));
    app.set_session_cookie(&expired);
    let page = app.get("/client").await;
    assert_eq!(page.status, 303);
    assert_eq!(
        page.location.as_deref(),
        Some("/login?reason=ended&next=%2Fclient")
    );
    let login = app.get("/login?reason=ended&next=%2Fclient").await;
    assert_eq!(
        login.text(".notice"),
        "Your session has ended. Sign in again to continue."
    );
    assert_eq!(
        login.attr("input[name=next]", "value").as_deref(),
        Some("/client")
    );
}

#[tokio::test]
async fn halves_of_two_peoples_cookies_spliced_together_mean_signed_out() {
    let app = TestApp::spawn().await;
    let (a, b) = (unique("halfa"), unique("halfb"));
    app.create_person(&a, "Ann", "Half", &["client"]).await;
    app.create_person(&b, "Bob", "Half", &["client"]).await;
    app.sign_in(&a, PASSWORD).await;
    let cookie_a = app.session_cookie().expect("a's cookie");
    let other = app.second_browser();
    other.sign_in(&b, PASSWORD).await;
    let cookie_b = other.session_cookie().expect("b's cookie");
    let spliced = format!(
        "{}{}",
        &cookie_a[..cookie_a.len() / 2],
        &cookie_b[cookie_b.len() / 2..]
    );
    app.set_session_cookie(&spliced);
    assert_eq!(
        app.get("/client").await.location.as_deref(),
        Some("/login?next=%2Fclient")
    );
    // And b's cookie with a's CSRF token cannot act for b.
    other.set_session_cookie(&cookie_b);
    app.set_session_cookie(&cookie_a);
    let a_token = app.get("/client").await.csrf_token();
    assert_eq!(
        other
            .post_form("/logout", &[("csrf_token", &a_token)])
            .await
            .status,
        403
    );
}
