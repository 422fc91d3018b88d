//! A person changes their own email address with a code sent to the new one; an administrator
//! corrects a person's details. Codes come from the local Cognito's outbox, as a person would
//! read them from their mail.
use crate::helpers::{PASSWORD, TestApp, captured_logs, unique};
use serde_json::json;

async fn signed_in(app: &TestApp, groups: &[&str]) -> (String, String) {
    let name = unique("mover");
    let email = app.create_person(&name, "Mo", "Ver", groups).await;
    app.sign_in(&name, PASSWORD).await;
    (name, email)
}

/// Posts the email form; returns the answer.
async fn ask_for(app: &TestApp, email: &str, password: &str) -> crate::helpers::Page {
    let form = app.get("/account/email").await;
    assert_eq!(form.status, 200);
    app.post_form(
        "/account/email",
        &[
            ("email", email),
            ("current_password", password),
            ("csrf_token", &form.csrf_token()),
        ],
    )
    .await
}

/// Posts an administrator's correction of `path`'s person.
async fn correct(
    app: &TestApp,
    path: &str,
    (given, family, email): (&str, &str, &str),
    csrf: &str,
) -> crate::helpers::Page {
    app.post_form(
        &format!("{path}/details"),
        &[
            ("given_name", given),
            ("family_name", family),
            ("email", email),
            ("csrf_token", csrf),
        ],
    )
    .await
}

async fn enter_code(app: &TestApp, code: &str) -> crate::helpers::Page {
    let form = app.get("/account/email/verify").await;
    app.post_form(
        "/account/email/verify",
        &[("code", code), ("csrf_token", &form.csrf_token())],
    )
    .await
}

#[tokio::test]
async fn a_person_changes_their_email_with_the_code_sent_to_the_new_address() {
    let app = TestApp::spawn().await;
    let (name, old) = signed_in(&app, &["client"]).await;
    let new = format!("{name}@new.example");
    let account = app.get("/account").await;
    assert_eq!(
        account.attr("a[href='/account/email']", "href").as_deref(),
        Some("/account/email")
    );

    // The wrong password: refused, nothing asked of Cognito's mail.
    let refused = ask_for(&app, &new, "Wrong-Pass-123").await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.text("#current_password-error"),
        "Error: Your current password is wrong."
    );
    assert_eq!(
        refused.attr("#email", "value").as_deref(),
        Some(new.as_str())
    );
    assert!(app.outbox(&new).await.is_empty());

    let asked = ask_for(&app, &new, PASSWORD).await;
    assert_eq!(asked.status, 303);
    assert_eq!(asked.location.as_deref(), Some("/account/email/verify"));
    let first = app.latest_mail(&new).await;
    assert_eq!(first.kind, "verification-code");
    assert_eq!(first.username, name);
    // Cognito keeps the old address, verified, until the code comes back.
    assert_eq!(
        app.user_attribute(&name, "email").await.as_deref(),
        Some(old.as_str())
    );
    assert_eq!(
        app.user_attribute(&name, "email_verified").await.as_deref(),
        Some("true")
    );

    let verify = app.get("/account/email/verify").await;
    assert_eq!(verify.status, 200);
    assert_eq!(
        verify.text(".notice"),
        format!("We have emailed a code to {new}. Enter it here to confirm the new address.")
    );
    assert_eq!(verify.text(".new-email"), new);
    assert_eq!(verify.text(".current-email"), old);
    let pending = app.get("/account").await;
    assert!(
        pending.text(".pending-email").contains(&new),
        "{}",
        pending.text(".pending-email")
    );
    assert!(pending.text(".pending-email").contains(&old));
    assert_eq!(pending.text(".account-email"), old);

    let wrong = enter_code(&app, "000000").await;
    assert_eq!(wrong.status, 422);
    assert_eq!(wrong.text("#code-error"), "Error: That code is wrong.");
    assert_eq!(wrong.text(".error-summary li"), "That code is wrong.");

    // A new code; the first one no longer works.
    let form = app.get("/account/email/verify").await;
    let resent = app
        .post_form(
            "/account/email/resend",
            &[("csrf_token", &form.csrf_token())],
        )
        .await;
    assert_eq!(resent.location.as_deref(), Some("/account/email/verify"));
    assert_eq!(
        app.get("/account/email/verify").await.text(".notice"),
        format!("We have sent a new code to {new}.")
    );
    let second = app.latest_mail(&new).await;
    assert_ne!(second.code, first.code);
    assert_eq!(app.outbox(&new).await.len(), 2);
    assert_eq!(enter_code(&app, &first.code).await.status, 422);

    let done = enter_code(&app, &format!(" {}\n", second.code)).await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location.as_deref(), Some("/account"));
    let account = app.get("/account").await;
    assert_eq!(
        account.text(".notice"),
        format!("Your email address is now {new}.")
    );
    assert_eq!(account.text(".account-email"), new);
    assert!(!account.has(".pending-email"));
    assert_eq!(app.get("/client").await.text(".account-email"), new);
    assert_eq!(
        app.user_attribute(&name, "email").await.as_deref(),
        Some(new.as_str())
    );
    assert_eq!(
        app.user_attribute(&name, "email_verified").await.as_deref(),
        Some("true")
    );
    // Nothing pending any more: the code page sends the person to the form.
    assert_eq!(
        app.get("/account/email/verify").await.location.as_deref(),
        Some("/account/email")
    );

    // A password reset now goes to the new address.
    let reset = app.second_browser();
    let form = reset.get("/forgot-password").await;
    reset
        .post_form(
            "/forgot-password",
            &[("username", &name), ("csrf_token", &form.csrf_token())],
        )
        .await;
    assert_eq!(app.latest_mail(&new).await.kind, "reset-code");
    assert!(
        app.outbox(&old)
            .await
            .iter()
            .all(|m| m.kind != "reset-code")
    );

    let logs = captured_logs();
    assert!(
        logs.lines()
            .any(|l| l.contains("\"email changed\"") && l.contains(&name)),
        "an `email changed` line"
    );
    for line in logs.lines().filter(|l| l.contains(&name)) {
        assert!(!line.contains(&new) && !line.contains(&old), "{line}");
    }
    assert!(!logs.contains("eyJ"), "a token reached the logs");
}

#[tokio::test]
async fn wrong_passwords_on_the_email_form_count_towards_the_accounts_lockout() {
    let app = TestApp::builder()
        .rate_limit_account_failures(2)
        .spawn()
        .await;
    let (name, _) = signed_in(&app, &["client"]).await;
    let new = format!("{name}@new.example");
    for _ in 0..2 {
        assert_eq!(ask_for(&app, &new, "Wrong-Pass-123").await.status, 422);
    }
    let locked = ask_for(&app, &new, PASSWORD).await;
    assert_eq!(locked.status, 429);
    assert!(locked.header("retry-after").is_some());
    // The same count as sign-in's.
    assert_eq!(
        app.second_browser().sign_in(&name, PASSWORD).await.status,
        429
    );
    assert!(app.outbox(&new).await.is_empty());
}

#[tokio::test]
async fn the_same_address_or_an_invalid_one_is_a_field_error_and_sends_nothing() {
    let app = TestApp::spawn().await;
    let (name, old) = signed_in(&app, &["client"]).await;
    for (typed, message) in [
        (old.to_uppercase(), "That is already your email address."),
        (
            "not-an-address".to_owned(),
            "Enter an email address in the form name@example.com.",
        ),
        ("".to_owned(), "Enter an email address."),
    ] {
        let page = ask_for(&app, &typed, PASSWORD).await;
        assert_eq!(page.status, 422, "{typed}");
        assert_eq!(page.text("#email-error"), format!("Error: {message}"));
        assert_eq!(page.attr("#email", "aria-invalid").as_deref(), Some("true"));
    }
    let page = ask_for(&app, &format!("{name}@new.example"), "").await;
    assert_eq!(
        page.text("#current_password-error"),
        "Error: Enter your current password."
    );
    assert!(app.outbox(&format!("{name}@new.example")).await.is_empty());
    assert!(app.outbox(&old.to_uppercase()).await.is_empty());
}

#[tokio::test]
async fn an_expired_code_says_so_and_offers_a_new_one_that_works() {
    let app = TestApp::spawn().await;
    let (name, _) = signed_in(&app, &["client"]).await;
    let new = format!("{name}@new.example");
    ask_for(&app, &new, PASSWORD).await;
    let stale = app.latest_mail(&new).await.code;
    app.age_codes_sent_to(&new).await;

    let page = enter_code(&app, &stale).await;
    assert_eq!(page.status, 422);
    assert_eq!(
        page.text("#code-error"),
        "Error: That code has expired. Send a new one."
    );
    assert_eq!(
        page.attr(".resend-form", "action").as_deref(),
        Some("/account/email/resend")
    );
    assert_eq!(page.text(".resend-form button"), "Send a new code");
    let resent = app
        .post_form(
            "/account/email/resend",
            &[("csrf_token", &page.csrf_token())],
        )
        .await;
    assert_eq!(resent.location.as_deref(), Some("/account/email/verify"));
    let fresh = app.latest_mail(&new).await.code;
    assert_eq!(
        enter_code(&app, &fresh).await.location.as_deref(),
        Some("/account")
    );
    assert_eq!(
        app.user_attribute(&name, "email").await.as_deref(),
        Some(new.as_str())
    );
}

#[tokio::test]
async fn a_code_already_used_in_another_session_completes_the_change_here_too() {
    let app = TestApp::spawn().await;
    let (name, _) = signed_in(&app, &["client"]).await;
    let new = format!("{name}@new.example");
    ask_for(&app, &new, PASSWORD).await;
    let code = app.latest_mail(&new).await.code;
    // The person confirmed it elsewhere (another session, or an app of theirs).
    app.verify_attribute_elsewhere(&name, &code).await;

    let page = enter_code(&app, &code).await;
    assert_eq!(page.location.as_deref(), Some("/account"));
    let account = app.get("/account").await;
    assert_eq!(
        account.text(".notice"),
        format!("Your email address is now {new}.")
    );
    assert_eq!(account.text(".account-email"), new);
}

#[tokio::test]
async fn a_cancelled_change_is_forgotten_and_cognito_keeps_the_old_address() {
    let app = TestApp::spawn().await;
    let (name, old) = signed_in(&app, &["client"]).await;
    let new = format!("{name}@new.example");
    ask_for(&app, &new, PASSWORD).await;
    let verify = app.get("/account/email/verify").await;
    let cancelled = app
        .post_form(
            "/account/email/cancel",
            &[("csrf_token", &verify.csrf_token())],
        )
        .await;
    assert_eq!(cancelled.location.as_deref(), Some("/account"));
    let account = app.get("/account").await;
    assert_eq!(
        account.text(".notice"),
        "The change of email address is cancelled. Your address has not changed."
    );
    assert!(!account.has(".pending-email"));
    assert_eq!(
        app.get("/account/email/verify").await.location.as_deref(),
        Some("/account/email")
    );
    assert_eq!(
        app.user_attribute(&name, "email").await.as_deref(),
        Some(old.as_str())
    );
}

#[tokio::test]
async fn a_change_whose_token_the_portal_no_longer_holds_says_it_lapsed() {
    // E.g. a lone instance restarted: the session still names the change, the token is gone.
    let app = TestApp::spawn().await;
    let user = json!({
        "session_id": "lapsed-1", "username": "lapsed", "email": "old@example.com",
        "given_name": "La", "family_name": "Psed", "groups": ["client"],
        "signed_in_at": cognito_portal::domain::now_millis(),
        "expires_at": cognito_portal::domain::now_millis() + 3_600_000u64
    });
    let change = json!({
        "new_email": "new@example.com", "token_handle": "gone",
        "expires_at": cognito_portal::domain::now_millis() + 3_600_000u64
    });
    app.set_session_cookie(&app.forge_session(&[
        ("user", user),
        ("email_change", change),
        ("csrf", json!("lapsed-csrf")),
    ]));
    let page = app.get("/account/email/verify").await;
    assert_eq!(page.location.as_deref(), Some("/account/email"));
    let form = app.get("/account/email").await;
    assert_eq!(
        form.text(".notice"),
        "Your change of email address timed out before it was confirmed. Start it again if you still want it."
    );
    assert!(!app.get("/account").await.has(".pending-email"));
}

#[tokio::test]
async fn an_administrator_corrects_a_persons_details_at_once_without_a_code() {
    let app = TestApp::spawn().await;
    let (_, _) = signed_in(&app, &["admin"]).await;
    let client = unique("typo");
    let old = app
        .create_person(&client, "Tipo", "Graphic", &["client"])
        .await;
    let new = format!("{client}@fixed.example");
    let path = format!("/admin/users/{client}");
    let page = app.get(&path).await;
    assert_eq!(page.attr("#email", "value").as_deref(), Some(old.as_str()));
    assert_eq!(page.attr("#given_name", "value").as_deref(), Some("Tipo"));

    let saved = correct(&app, &path, ("Typo", "Graphic", &new), &page.csrf_token()).await;
    assert_eq!(saved.status, 303);
    assert_eq!(saved.location.as_deref(), Some(path.as_str()));
    let after = app.get(&path).await;
    assert_eq!(
        after.text(".notice"),
        format!("The details of {client} are saved.")
    );
    assert_eq!(after.text(".person-email"), new);
    assert_eq!(
        app.user_attribute(&client, "email").await.as_deref(),
        Some(new.as_str())
    );
    assert_eq!(
        app.user_attribute(&client, "given_name").await.as_deref(),
        Some("Typo")
    );
    assert_eq!(
        app.user_attribute(&client, "email_verified")
            .await
            .as_deref(),
        Some("true")
    );
    assert!(
        app.outbox(&new).await.is_empty(),
        "the administrator vouched: no code"
    );

    let audit: Vec<String> = captured_logs()
        .lines()
        .filter(|l| l.contains("\"update-details\"") && l.contains(&client))
        .map(str::to_owned)
        .collect();
    assert_eq!(audit.len(), 1, "{audit:?}");
    assert!(
        audit[0].contains("changed given_name, email"),
        "{}",
        audit[0]
    );
    assert!(
        !audit[0].contains(&new) && !audit[0].contains(&old),
        "{}",
        audit[0]
    );

    // The same values again: nothing to change.
    let again = correct(&app, &path, ("Typo", "Graphic", &new), &page.csrf_token()).await;
    assert_eq!(again.status, 303);
    assert_eq!(app.get(&path).await.text(".notice"), "Nothing changed.");
}

#[tokio::test]
async fn an_invitation_sent_again_after_a_correction_goes_to_the_new_address() {
    let app = TestApp::spawn().await;
    signed_in(&app, &["admin"]).await;
    let invitee = unique("invitee");
    let page = app.get("/admin/invitations/new").await;
    let wrong = format!("{invitee}@wrnog.example");
    app.post_form(
        "/admin/invitations",
        &[
            ("username", &invitee),
            ("email", &wrong),
            ("given_name", "In"),
            ("family_name", "Vitee"),
            ("group", "client"),
            ("csrf_token", &page.csrf_token()),
        ],
    )
    .await;
    assert_eq!(app.latest_mail(&wrong).await.kind, "invitation");

    let path = format!("/admin/users/{invitee}");
    let page = app.get(&path).await;
    let right = format!("{invitee}@right.example");
    correct(&app, &path, ("In", "Vitee", &right), &page.csrf_token()).await;
    let after = app.get(&path).await;
    assert_eq!(
        after.text(".notice"),
        format!(
            "The details of {invitee} are saved. They have not signed in yet: send the invitation again to reach the new address."
        )
    );
    assert_eq!(
        after.text("#resend + .hint"),
        format!("It goes to {right}.")
    );
    app.post_form(
        &format!("{path}/resend"),
        &[("csrf_token", &after.csrf_token())],
    )
    .await;
    let invitation = app.latest_mail(&right).await;
    assert_eq!(invitation.kind, "invitation");
    // Rendered from the pool's own template, as `provision` set it.
    assert_eq!(invitation.subject, "Your invitation to Cognito Portal");
    assert!(
        invitation
            .body
            .contains("You have been invited to Cognito Portal.")
    );
    assert!(invitation.body.contains(&invitee), "{}", invitation.body);
    // The temporary password in it works.
    let invited = app.second_browser();
    let first = invited.sign_in(&invitee, &invitation.code).await;
    assert_eq!(first.location.as_deref(), Some("/new-password"));
}

#[tokio::test]
async fn a_wrong_detail_is_a_field_error_and_changes_nothing() {
    let app = TestApp::spawn().await;
    signed_in(&app, &["admin"]).await;
    let client = unique("kept");
    let old = app.create_person(&client, "Kept", "As", &["client"]).await;
    let path = format!("/admin/users/{client}");
    let page = app.get(&path).await;
    let refused = correct(&app, &path, ("", "As", "broken@"), &page.csrf_token()).await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.attr("#email", "value").as_deref(), Some("broken@"));
    assert_eq!(
        refused.attr("#email", "aria-invalid").as_deref(),
        Some("true")
    );
    assert!(refused.has("#given_name-error"));
    assert_eq!(refused.texts(".error-summary li").len(), 2);
    assert_eq!(
        app.user_attribute(&client, "email").await.as_deref(),
        Some(old.as_str())
    );
}

#[tokio::test]
async fn professionals_and_clients_cannot_correct_details() {
    let app = TestApp::spawn().await;
    let target = unique("target");
    app.create_person(&target, "Tar", "Get", &["client"]).await;
    for group in ["professional", "client"] {
        let browser = app.second_browser();
        let name = unique(group);
        browser.create_person(&name, "Not", "Admin", &[group]).await;
        browser.sign_in(&name, PASSWORD).await;
        let page = browser.get("/account").await;
        let refused = browser
            .post_form(
                &format!("/admin/users/{target}/details"),
                &[
                    ("given_name", "Hacked"),
                    ("family_name", "Get"),
                    ("email", "hacker@example.com"),
                    ("csrf_token", &page.csrf_token()),
                ],
            )
            .await;
        assert_eq!(refused.status, 403, "{group}");
    }
    assert_eq!(
        app.user_attribute(&target, "given_name").await.as_deref(),
        Some("Tar")
    );
}
