//! Logs never carry a secret: a full sign-in, reset and invitation, then a search of all output.
use crate::helpers::{PASSWORD, TestApp, captured_logs, unique};
use secrecy::ExposeSecret;

#[tokio::test]
async fn no_password_code_token_cookie_or_client_secret_reaches_the_logs() {
    let app = TestApp::spawn().await;
    let name = unique("secretive");
    app.create_person(&name, "Sec", "Ret", &["client", "admin"])
        .await;
    let wrong = format!("Wrong-{}-Pass1!", unique("x"));
    let fresh = format!("Fresh-{}-Pass1!", unique("y"));

    app.sign_in(&name, &wrong).await;
    app.sign_in(&name, PASSWORD).await;
    let cookie = app.session_cookie().expect("cookie");
    let page = app.get("/admin/invitations/new").await;
    let invitee = unique("invitee");
    app.post_form(
        "/admin/invitations",
        &[
            ("username", &invitee),
            ("email", "hidden-address@example.com"),
            ("given_name", "In"),
            ("family_name", "Vitee"),
            ("group", "client"),
            ("csrf_token", &page.csrf_token()),
        ],
    )
    .await;

    let reset = app.second_browser();
    let token = reset.get("/forgot-password").await.csrf_token();
    reset
        .post_form(
            "/forgot-password",
            &[("username", &name), ("csrf_token", &token)],
        )
        .await;
    let code = app.reset_code(&name).await;
    let form = reset.get(&format!("/confirm-code?username={name}")).await;
    let done = reset
        .post_form(
            "/confirm-code",
            &[
                ("username", &name),
                ("code", &code),
                ("new_password", &fresh),
                ("confirm_password", &fresh),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(done.status, 303, "the reset went through");

    let logs = captured_logs();
    assert!(logs.contains(&name), "the run was logged");
    for (what, secret) in [
        ("the password", PASSWORD),
        ("a wrong password", wrong.as_str()),
        ("the new password", fresh.as_str()),
        ("the client secret", app.pool.client_secret.expose_secret()),
        ("the session cookie", cookie.as_str()),
        ("an email address", "hidden-address@example.com"),
        ("a JWT", "eyJ"),
    ] {
        assert!(!logs.contains(secret), "{what} is in the logs");
    }
    assert!(
        !holds_as_a_word(&logs, &code),
        "the reset code is in the logs"
    );
}

/// Whether `word` stands in `text` on its own, between characters that are neither letters
/// nor digits. A six-digit code is looked for so because the logs of the whole run are full
/// of digits that match one now and then by chance: the microseconds of every timestamp
/// (`.250881Z`), the numbers at the end of the tests' user names (`secretive123901`), the
/// request ids. A leaked code would stand on its own: `"code":"123901"`, `code 123901.`.
fn holds_as_a_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        [before, after]
            .iter()
            .all(|c| !c.is_some_and(char::is_alphanumeric))
    })
}

#[test]
fn a_code_is_found_on_its_own_and_not_inside_other_numbers_or_names() {
    assert!(holds_as_a_word(r#"{"code":"250881"}"#, "250881"));
    assert!(holds_as_a_word("the code 250881.", "250881"));
    assert!(holds_as_a_word("250881", "250881"));
    assert!(!holds_as_a_word(
        r#""timestamp":"2026-12-04T02:40:09.250881Z""#,
        "250881"
    ));
    assert!(!holds_as_a_word(
        r#""username":"secretive250881""#,
        "250881"
    ));
    assert!(!holds_as_a_word("port 12508811", "250881"));
}
