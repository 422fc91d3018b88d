use crate::helpers::{PASSWORD, TestApp, unique};

const NEW: &str = "Another-Pass-8";

async fn signed_in(app: &TestApp, given: &str) -> String {
    let name = unique("acct");
    app.create_person(&name, given, "Holder", &["client"]).await;
    app.sign_in(&name, PASSWORD).await;
    name
}

#[tokio::test]
async fn the_account_page_shows_who_you_are_and_is_linked_from_every_page() {
    let app = TestApp::spawn().await;
    let name = signed_in(&app, "Anna").await;
    let dashboard = app.get("/client").await;
    assert_eq!(
        dashboard
            .attr("header a[href='/account']", "href")
            .as_deref(),
        Some("/account")
    );
    let page = app.get("/account").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.text(".account-username"), name);
    assert_eq!(page.text(".account-email"), format!("{name}@example.com"));
    assert_eq!(page.text(".account-role"), "Client");
    assert_eq!(page.attr("#given_name", "value").as_deref(), Some("Anna"));
    assert_eq!(
        page.attr("#current_password", "autocomplete").as_deref(),
        Some("current-password")
    );
}

#[tokio::test]
async fn a_name_change_reaches_cognito_and_the_dashboard_at_once() {
    let app = TestApp::spawn().await;
    let name = signed_in(&app, "Bea").await;
    let page = app.get("/account").await;
    let saved = app
        .post_form(
            "/account/profile",
            &[
                ("given_name", "Beatrix"),
                ("family_name", "Kiddo"),
                ("csrf_token", &page.csrf_token()),
            ],
        )
        .await;
    assert_eq!(saved.location.as_deref(), Some("/account"));
    assert_eq!(
        app.get("/account").await.text(".notice"),
        "Your name has been saved."
    );
    assert!(!app.get("/account").await.has(".notice"), "shown once");
    assert_eq!(app.get("/client").await.text("h1"), "Welcome, Beatrix");
    assert_eq!(
        app.user_attribute(&name, "given_name").await.as_deref(),
        Some("Beatrix")
    );
    assert_eq!(
        app.user_attribute(&name, "family_name").await.as_deref(),
        Some("Kiddo")
    );
}

#[tokio::test]
async fn an_empty_name_is_refused_and_nothing_changes() {
    let app = TestApp::spawn().await;
    let name = signed_in(&app, "Cara").await;
    let page = app.get("/account").await;
    let refused = app
        .post_form(
            "/account/profile",
            &[
                ("given_name", "  "),
                ("family_name", "X"),
                ("csrf_token", &page.csrf_token()),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.text("#given_name-error"), "Error: Enter a name.");
    assert_eq!(
        app.user_attribute(&name, "given_name").await.as_deref(),
        Some("Cara")
    );
}

#[tokio::test]
async fn a_wrong_current_password_is_named_clearly() {
    let app = TestApp::spawn().await;
    let name = signed_in(&app, "Dan").await;
    let page = app.get("/account").await;
    let refused = app
        .post_form(
            "/account/password",
            &[
                ("current_password", "Not-My-Pass-1"),
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &page.csrf_token()),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.text("#current_password-error"),
        "Error: Your current password is wrong."
    );
    assert!(app.cognito_accepts(&name, PASSWORD).await);
}

#[tokio::test]
async fn a_password_change_ends_other_sessions_and_keeps_this_one() {
    let app = TestApp::spawn().await;
    let name = signed_in(&app, "Eli").await;
    let other = app.second_browser();
    other.sign_in(&name, PASSWORD).await;
    assert_eq!(other.get("/client").await.status, 200);

    let page = app.get("/account").await;
    let changed = app
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &page.csrf_token()),
            ],
        )
        .await;
    assert_eq!(changed.location.as_deref(), Some("/account"));
    let after = app.get("/account").await;
    assert_eq!(after.status, 200, "this session carries on");
    assert!(
        after
            .text(".notice")
            .starts_with("Your password has been changed.")
    );
    assert_eq!(
        other.get("/client").await.status,
        303,
        "the other session ended"
    );
    assert!(app.cognito_accepts(&name, NEW).await);
    assert!(!app.cognito_accepts(&name, PASSWORD).await);
}

#[tokio::test]
async fn sign_out_everywhere_ends_every_session_this_one_included() {
    let app = TestApp::spawn().await;
    let name = signed_in(&app, "Fin").await;
    let other = app.second_browser();
    other.sign_in(&name, PASSWORD).await;
    let copy = app.session_cookie().expect("cookie");

    let page = app.get("/account").await;
    let done = app
        .post_form(
            "/account/sign-out-everywhere",
            &[("csrf_token", &page.csrf_token())],
        )
        .await;
    assert_eq!(
        done.location.as_deref(),
        Some("/login?reason=signed-out-everywhere")
    );
    assert_eq!(other.get("/client").await.status, 303);
    app.set_session_cookie(&copy);
    assert_eq!(app.get("/client").await.status, 303);
    // Signing in again afterwards works.
    assert_eq!(
        app.sign_in(&name, PASSWORD).await.location.as_deref(),
        Some("/dashboard")
    );
    assert_eq!(app.get("/client").await.status, 200);
}

#[tokio::test]
async fn the_account_page_needs_a_signed_in_person() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.get("/account").await.location.as_deref(),
        Some("/login?next=%2Faccount")
    );
    let page = app.get("/login").await;
    let refused = app
        .post_form(
            "/account/profile",
            &[
                ("given_name", "A"),
                ("family_name", "B"),
                ("csrf_token", &page.csrf_token()),
            ],
        )
        .await;
    assert_eq!(refused.location.as_deref(), Some("/login"));
}
