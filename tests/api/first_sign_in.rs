use crate::helpers::{TestApp, unique};
use cognito_portal::domain::now_millis;
use serde_json::json;

const TEMPORARY: &str = "Temporary-1x";
const CHOSEN: &str = "Chosen-Pass-42";

async fn at_the_new_password_form(app: &TestApp, name: &str) -> crate::helpers::Page {
    app.invite_person(name, TEMPORARY).await;
    let page = app.sign_in(name, TEMPORARY).await;
    assert_eq!(page.location.as_deref(), Some("/new-password"));
    app.get("/new-password").await
}

#[tokio::test]
async fn an_invited_person_chooses_a_password_and_lands_on_their_dashboard() {
    let app = TestApp::spawn().await;
    let name = unique("newbie");
    let form = at_the_new_password_form(&app, &name).await;
    assert_eq!(form.status, 200);
    assert_eq!(form.text("h1"), "Choose your password");
    assert!(
        !form.has("input[name=username]"),
        "the username is never a form field"
    );
    assert_eq!(
        form.text("#new_password-hint"),
        "At least 8 characters, with upper and lower case letters, a number and a symbol."
    );
    assert_eq!(
        form.attr("#new_password", "autocomplete").as_deref(),
        Some("new-password")
    );

    let done = app
        .post_form(
            "/new-password",
            &[
                ("new_password", CHOSEN),
                ("confirm_password", CHOSEN),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location.as_deref(), Some("/dashboard"));
    assert_eq!(
        app.get("/dashboard").await.status,
        200,
        "signed in (no portal group yet)"
    );
    assert_eq!(app.user_status(&name).await, "CONFIRMED");
    assert!(app.cognito_accepts(&name, CHOSEN).await);
    assert!(!app.cognito_accepts(&name, TEMPORARY).await);
}

#[tokio::test]
async fn a_new_password_that_breaks_the_policy_is_refused_rule_by_rule() {
    let app = TestApp::spawn().await;
    let name = unique("weak");
    let form = at_the_new_password_form(&app, &name).await;
    let page = app
        .post_form(
            "/new-password",
            &[
                ("new_password", "short"),
                ("confirm_password", "other"),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    assert!(page.text("title").starts_with("Error:"));
    let messages = page.texts(".error-summary li");
    for expected in [
        "Use at least 8 characters.",
        "Include an upper case letter.",
        "Include a number.",
        "Include a symbol, such as ! or #.",
        "The passwords do not match.",
    ] {
        assert!(
            messages.iter().any(|m| m == expected),
            "{expected} missing from {messages:?}"
        );
    }
    assert_eq!(
        page.attr("#new_password", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        page.attr("#new_password", "aria-describedby").as_deref(),
        Some("new_password-hint new_password-error")
    );
    assert_eq!(app.user_status(&name).await, "FORCE_CHANGE_PASSWORD");
}

#[tokio::test]
async fn one_invitee_cannot_set_another_invitees_password() {
    let app = TestApp::spawn().await;
    let attacker = unique("attacker");
    let victim = unique("victim");
    app.invite_person(&victim, TEMPORARY).await;
    let form = at_the_new_password_form(&app, &attacker).await;
    app.post_form(
        "/new-password",
        &[
            ("username", victim.as_str()),
            ("new_password", CHOSEN),
            ("confirm_password", CHOSEN),
            ("csrf_token", &form.csrf_token()),
        ],
    )
    .await;
    assert_eq!(app.user_status(&attacker).await, "CONFIRMED");
    assert_eq!(app.user_status(&victim).await, "FORCE_CHANGE_PASSWORD");
    assert!(!app.cognito_accepts(&victim, CHOSEN).await);
}

#[tokio::test]
async fn without_a_pending_sign_in_the_new_password_page_sends_to_sign_in() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.get("/new-password").await.location.as_deref(),
        Some("/login")
    );
}

fn challenge(
    name: &str,
    cognito_session: &str,
    started_at: u64,
    missing: &[&str],
) -> serde_json::Value {
    json!({"username": name, "cognito_session": cognito_session, "missing_attributes": missing, "started_at": started_at})
}

#[tokio::test]
async fn a_first_sign_in_that_took_too_long_starts_again() {
    let app = TestApp::spawn().await;
    let name = unique("slow");
    app.invite_person(&name, TEMPORARY).await;
    let four_minutes_ago = now_millis() - 4 * 60_000;
    app.set_session_cookie(&app.forge_session(&[
        ("challenge", challenge(&name, "any", four_minutes_ago, &[])),
        ("csrf", json!("t")),
    ]));
    let page = app
        .post_form(
            "/new-password",
            &[
                ("new_password", CHOSEN),
                ("confirm_password", CHOSEN),
                ("csrf_token", "t"),
            ],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/login?reason=slow"));
    assert_eq!(
        app.get("/login?reason=slow").await.text(".notice"),
        "Your sign-in took too long; sign in again."
    );
    assert_eq!(app.user_status(&name).await, "FORCE_CHANGE_PASSWORD");
}

#[tokio::test]
async fn a_challenge_cognito_no_longer_knows_starts_again() {
    let app = TestApp::spawn().await;
    let name = unique("stale");
    app.invite_person(&name, TEMPORARY).await;
    app.set_session_cookie(&app.forge_session(&[
        (
            "challenge",
            challenge(&name, "expired-at-cognito", now_millis(), &[]),
        ),
        ("csrf", json!("t")),
    ]));
    let page = app
        .post_form(
            "/new-password",
            &[
                ("new_password", CHOSEN),
                ("confirm_password", CHOSEN),
                ("csrf_token", "t"),
            ],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/login?reason=slow"));
}

#[tokio::test]
async fn missing_required_names_are_asked_for_on_the_same_form() {
    let app = TestApp::spawn().await;
    let name = unique("nameless");
    app.set_session_cookie(&app.forge_session(&[
        (
            "challenge",
            challenge(&name, "s", now_millis(), &["given_name", "family_name"]),
        ),
        ("csrf", json!("t")),
    ]));
    let form = app.get("/new-password").await;
    assert_eq!(form.text("label[for=given_name]"), "Given name");
    assert_eq!(form.text("label[for=family_name]"), "Family name");
    let page = app
        .post_form(
            "/new-password",
            &[
                ("given_name", " "),
                ("family_name", "Ok"),
                ("new_password", CHOSEN),
                ("confirm_password", CHOSEN),
                ("csrf_token", "t"),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    assert_eq!(page.text("#given_name-error"), "Error: Enter a name.");
    assert_eq!(page.attr("#family_name", "value").as_deref(), Some("Ok"));
}
