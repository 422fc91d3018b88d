use crate::helpers::{PASSWORD, TestApp, unique};

const NEW: &str = "Brand-New-Pass-7";
const CODE_SENT: &str = "If an account with that username exists, we have emailed it a code.";

async fn ask_for_code(app: &TestApp, username: &str) -> crate::helpers::Page {
    let form = app.get("/forgot-password").await;
    assert_eq!(form.status, 200);
    app.post_form(
        "/forgot-password",
        &[("username", username), ("csrf_token", &form.csrf_token())],
    )
    .await
}

#[tokio::test]
async fn asking_for_a_code_gives_the_same_answer_for_every_username() {
    let app = TestApp::spawn().await;
    let name = unique("forgetful");
    app.create_person(&name, "Fred", "Forget", &["client"])
        .await;
    let nobody = unique("nobody");
    for username in [name.as_str(), nobody.as_str()] {
        let sent = ask_for_code(&app, username).await;
        assert_eq!(sent.status, 303);
        assert_eq!(
            sent.location,
            Some(format!("/confirm-code?username={username}"))
        );
        let page = app.get(sent.location.as_deref().unwrap_or_default()).await;
        assert_eq!(page.text(".notice"), CODE_SENT);
        assert_eq!(page.attr("#username", "value").as_deref(), Some(username));
        assert_eq!(
            page.attr("#code", "autocomplete").as_deref(),
            Some("one-time-code")
        );
        assert_eq!(page.attr("#code", "inputmode").as_deref(), Some("numeric"));
        // Shown once.
        assert!(
            !app.get(sent.location.as_deref().unwrap_or_default())
                .await
                .has(".notice")
        );
    }
}

#[tokio::test]
async fn a_reset_with_the_emailed_code_changes_the_password_and_ends_old_sessions() {
    let app = TestApp::spawn().await;
    let name = unique("resetter");
    app.create_person(&name, "Rita", "Reset", &["client"]).await;
    let elsewhere = app.second_browser();
    elsewhere.sign_in(&name, PASSWORD).await;
    assert_eq!(elsewhere.get("/client").await.status, 200);

    ask_for_code(&app, &name).await;
    let code = app.reset_code(&name).await;
    let form = app.get(&format!("/confirm-code?username={name}")).await;
    let done = app
        .post_form(
            "/confirm-code",
            &[
                ("username", name.as_str()),
                ("code", &format!("  {code}\n")),
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(
        done.location.as_deref(),
        Some("/login?reason=password-changed")
    );
    assert_eq!(
        app.get("/login?reason=password-changed")
            .await
            .text(".notice"),
        "Your password has been changed. Sign in with your new password."
    );

    assert!(app.cognito_accepts(&name, NEW).await);
    assert!(!app.cognito_accepts(&name, PASSWORD).await);
    assert_eq!(
        elsewhere.get("/client").await.status,
        303,
        "the session from before the reset ended"
    );
    assert_eq!(app.sign_in(&name, PASSWORD).await.status, 422);
    assert_eq!(
        app.sign_in(&name, NEW).await.location.as_deref(),
        Some("/dashboard")
    );
}

#[tokio::test]
async fn a_wrong_code_is_refused_with_a_way_to_get_a_new_one() {
    let app = TestApp::spawn().await;
    let name = unique("wrongcode");
    app.create_person(&name, "Wes", "Wrong", &["client"]).await;
    ask_for_code(&app, &name).await;
    let form = app.get(&format!("/confirm-code?username={name}")).await;
    // The local Cognito checks codes as Cognito does (scripts/moto_server.py).
    let page = app
        .post_form(
            "/confirm-code",
            &[
                ("username", name.as_str()),
                ("code", "000000"),
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    assert_eq!(
        page.text(".error-summary li"),
        "That code is wrong or has expired."
    );
    assert_eq!(page.text(".resend-form button"), "Send me a new code");
    assert_eq!(
        page.attr(".resend-form input[name=username]", "value"),
        Some(name.clone())
    );
    assert!(
        app.cognito_accepts(&name, PASSWORD).await,
        "nothing changed"
    );
}

#[tokio::test]
async fn a_new_password_that_breaks_the_policy_is_refused_before_cognito() {
    let app = TestApp::spawn().await;
    let name = unique("weakreset");
    app.create_person(&name, "Will", "Weak", &["client"]).await;
    let form = app.get(&format!("/confirm-code?username={name}")).await;
    let page = app
        .post_form(
            "/confirm-code",
            &[
                ("username", name.as_str()),
                ("code", "123456"),
                ("new_password", "alllowercase1!"),
                ("confirm_password", "alllowercase1!"),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    assert_eq!(
        page.text("#new_password-error"),
        "Error: Include an upper case letter."
    );
    assert!(
        app.cognito_accepts(&name, PASSWORD).await,
        "nothing changed"
    );
}

#[tokio::test]
async fn an_empty_username_or_code_is_named() {
    let app = TestApp::spawn().await;
    let form = app.get("/confirm-code").await;
    let page = app
        .post_form(
            "/confirm-code",
            &[
                ("username", ""),
                ("code", " "),
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    assert_eq!(
        page.texts(".error-summary li"),
        vec!["Enter your username.", "Enter the code from the email."]
    );
}
