use crate::helpers::{PASSWORD, TestApp, unique};

#[tokio::test]
async fn a_post_without_a_valid_csrf_token_is_refused() {
    let app = TestApp::spawn().await;
    let name = unique("csrf");
    app.create_person(&name, "Cy", "Surf", &["client"]).await;
    let real = app.get("/login").await.csrf_token();
    for token in ["", "forged", &real[..real.len() - 1]] {
        let page = app
            .post_form(
                "/login",
                &[
                    ("username", &name),
                    ("password", PASSWORD),
                    ("csrf_token", token),
                ],
            )
            .await;
        assert_eq!(page.status, 403, "token {token:?}");
        assert_eq!(page.text("h1"), "The form has expired");
    }
    let missing = app
        .post_form("/login", &[("username", &name), ("password", PASSWORD)])
        .await;
    assert_eq!(missing.status, 403, "a missing token is a wrong token");
}

#[tokio::test]
async fn another_sessions_csrf_token_does_not_sign_out() {
    let app = TestApp::spawn().await;
    let name = unique("victim");
    app.create_person(&name, "Vic", "Tim", &["client"]).await;
    app.sign_in(&name, PASSWORD).await;
    let attacker = TestApp::spawn().await;
    let attacker_token = attacker.get("/login").await.csrf_token();
    let page = app
        .post_form("/logout", &[("csrf_token", &attacker_token)])
        .await;
    assert_eq!(page.status, 403);
    assert_eq!(app.get("/client").await.status, 200, "still signed in");
}

#[tokio::test]
async fn a_form_over_16_kb_gets_a_413_page() {
    let app = TestApp::spawn().await;
    let token = app.get("/login").await.csrf_token();
    let big = "a".repeat(17 * 1024);
    let page = app
        .post_form(
            "/login",
            &[
                ("username", &big),
                ("password", "x"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(page.status, 413);
    assert_eq!(page.text("h1"), "What you sent is too large");
}

#[tokio::test]
async fn broken_utf8_missing_fields_and_wrong_content_types_get_a_400_page() {
    let app = TestApp::spawn().await;
    let token = app.get("/login").await.csrf_token();
    let form = "application/x-www-form-urlencoded";
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            form,
            format!("username=%FF%FE&password=x&csrf_token={token}").into_bytes(),
        ),
        (
            form,
            [
                b"username=".as_slice(),
                &[0xC3, 0x28],
                format!("&password=x&csrf_token={token}").as_bytes(),
            ]
            .concat(),
        ),
        (form, format!("password=x&csrf_token={token}").into_bytes()),
        (
            form,
            format!("username=a&username=b&password=x&csrf_token={token}").into_bytes(),
        ),
        ("application/json", br#"{"username":"a"}"#.to_vec()),
        ("text/plain", b"username=a".to_vec()),
    ];
    for (content_type, body) in cases {
        let page = app.post_raw("/login", content_type, body.clone()).await;
        assert_eq!(
            page.status,
            400,
            "{content_type} {:?}",
            String::from_utf8_lossy(&body)
        );
        assert_eq!(page.text("h1"), "The request could not be understood");
    }
}

#[tokio::test]
async fn query_strings_with_broken_or_unknown_values_are_ignored() {
    let app = TestApp::spawn().await;
    let broken = app.get("/login?next=%FF%2F").await;
    assert_eq!(broken.status, 200);
    assert!(
        !broken.has("form[action='/login'] input[name=next]"),
        "a next path that is not plain ASCII is dropped"
    );
    let page = app.get("/login?reason=%3Cscript%3E").await;
    assert_eq!(page.status, 200);
    assert!(!page.has(".notice"), "unknown reasons show nothing");
}
