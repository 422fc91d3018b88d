use crate::helpers::{PASSWORD, TestApp, unique};

#[tokio::test]
async fn the_sign_in_page_has_a_labelled_form_with_a_csrf_token() {
    let app = TestApp::spawn().await;
    let page = app.get("/login").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.text("h1"), "Sign in");
    assert_eq!(page.text("label[for=username]"), "Username");
    assert_eq!(
        page.attr("#username", "autocomplete").as_deref(),
        Some("username")
    );
    assert_eq!(
        page.attr("#password", "autocomplete").as_deref(),
        Some("current-password")
    );
    assert_eq!(page.csrf_token().len(), 43);
}

#[tokio::test]
async fn a_professional_signs_in_and_lands_on_the_professional_dashboard() {
    let app = TestApp::spawn().await;
    let name = unique("pro");
    app.create_person(&name, "Petra", "Pro", &["professional"])
        .await;

    let signed_in = app.sign_in(&name, PASSWORD).await;
    assert_eq!(signed_in.status, 303);
    assert_eq!(signed_in.location.as_deref(), Some("/dashboard"));
    let dashboard = app.get("/dashboard").await;
    assert_eq!(dashboard.location.as_deref(), Some("/professional"));
    let page = app.get("/professional").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.text("h1"), "Welcome, Petra");
}

#[tokio::test]
async fn a_username_is_matched_whatever_its_case() {
    let app = TestApp::spawn().await;
    let name = unique("case");
    app.create_person(&name, "Casey", "Case", &["client"]).await;
    let signed_in = app.sign_in(&name.to_uppercase(), PASSWORD).await;
    assert_eq!(signed_in.location.as_deref(), Some("/dashboard"));
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_user_get_the_same_answer() {
    let app = TestApp::spawn().await;
    let name = unique("known");
    app.create_person(&name, "Kim", "Known", &["client"]).await;

    let wrong_password = app.sign_in(&name, "Wrong-Password-1").await;
    let unknown_user = app.sign_in(&unique("nobody"), "Wrong-Password-1").await;
    for page in [&wrong_password, &unknown_user] {
        assert_eq!(page.status, 422);
        assert_eq!(
            page.text(".error-summary li"),
            "Incorrect username or password."
        );
        assert_eq!(
            page.attr("#password", "value"),
            None,
            "the password is never echoed"
        );
    }
    assert_eq!(wrong_password.text("title"), unknown_user.text("title"));
    assert!(wrong_password.text("title").starts_with("Error:"));
    // What was typed is kept, so only the password has to be typed again.
    assert_eq!(wrong_password.attr("#username", "value"), Some(name));
}

#[tokio::test]
async fn an_empty_username_is_refused_without_asking_cognito() {
    let app = TestApp::spawn().await;
    let page = app.sign_in("   ", "whatever").await;
    assert_eq!(page.status, 422);
    assert_eq!(page.text(".error-summary li"), "Enter your username.");
}

#[tokio::test]
async fn sign_in_returns_to_a_safe_next_path() {
    let app = TestApp::spawn().await;
    let name = unique("next");
    app.create_person(&name, "Nia", "Next", &["client"]).await;
    let page = app.sign_in_next(&name, PASSWORD, Some("/client")).await;
    assert_eq!(page.location.as_deref(), Some("/client"));
}

#[tokio::test]
async fn sign_in_never_sends_anyone_to_another_site() {
    let app = TestApp::spawn().await;
    let name = unique("evil");
    app.create_person(&name, "Eve", "Evil", &["client"]).await;
    for next in [
        "//evil.example",
        "/\\evil.example",
        "https://evil.example",
        "javascript:alert(1)",
    ] {
        app.clear_cookies();
        let page = app.sign_in_next(&name, PASSWORD, Some(next)).await;
        assert_eq!(page.location.as_deref(), Some("/dashboard"), "next={next}");
    }
}

#[tokio::test]
async fn an_invited_person_is_sent_to_choose_a_password() {
    let app = TestApp::spawn().await;
    let name = unique("invited");
    app.invite_person(&name, "Temporary-1x").await;
    let page = app.sign_in(&name, "Temporary-1x").await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location.as_deref(), Some("/new-password"));
    // Only a temporary password: no dashboard.
    let dashboard = app.get("/dashboard").await;
    assert_eq!(dashboard.status, 303);
    assert!(dashboard.location.unwrap().starts_with("/login"));
}

#[tokio::test]
async fn a_signed_in_visitor_to_the_sign_in_page_goes_to_the_dashboard() {
    let app = TestApp::spawn().await;
    let name = unique("again");
    app.create_person(&name, "Ada", "Again", &["client"]).await;
    app.sign_in(&name, PASSWORD).await;
    let page = app.get("/login").await;
    assert_eq!(page.location.as_deref(), Some("/dashboard"));
    let root = app.get("/").await;
    assert_eq!(root.location.as_deref(), Some("/dashboard"));
}
