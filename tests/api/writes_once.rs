//! A write that reached Cognito but whose answer was lost (a 5xx after the work was done, or a
//! connection that went silent on the way back) is sent exactly once, never again by the SDK,
//! and the page says what happened: what Cognito can tell (a person made or gone) is read
//! back, and where it cannot, the page says so.
use crate::admin::{act, as_admin, invite};
use crate::helpers::{Fault, FaultyCognito, PASSWORD, Page, TestApp, unique};

/// The two ways an answer is lost after Cognito did the work.
const LOST_ANSWERS: [Fault; 2] = [Fault::AfterReaching(500), Fault::SilentAfterReaching];

async fn portal_behind(faulty: &FaultyCognito) -> TestApp {
    TestApp::builder()
        .aws_endpoint_url(&faulty.endpoint)
        .circuit_breaker_failures(1_000_000)
        .spawn()
        .await
}

/// How many times Cognito was asked `operation` since the last look.
fn times_sent(faulty: &FaultyCognito, operation: &str) -> usize {
    faulty
        .take_calls()
        .iter()
        .filter(|(op, _)| op == operation)
        .count()
}

async fn invite_client(app: &TestApp, name: &str, email: &str) -> Page {
    invite(
        app,
        &[
            ("username", name),
            ("email", email),
            ("given_name", "Ivy"),
            ("family_name", "Once"),
            ("group", "client"),
        ],
    )
    .await
}

/// The page of an invitation Cognito got but could not confirm: a 503 saying what to look at.
fn says_not_sure_the_invitation_went_out(page: &Page) {
    assert_eq!(page.status, 503);
    assert_eq!(page.text("h1"), "Not sure it was done");
    assert!(
        page.text("main")
            .contains("it is not sure whether the invitation went out"),
        "{}",
        page.text("main")
    );
}

#[tokio::test]
async fn an_invitation_whose_answer_was_lost_is_sent_once_and_reported_sent() {
    for fault in LOST_ANSWERS {
        let faulty = FaultyCognito::start().await;
        let app = portal_behind(&faulty).await;
        as_admin(&app).await;
        faulty.fail("AdminCreateUser", fault.clone());
        faulty.take_calls();
        let name = unique("lost-invite");
        let email = format!("{name}@example.com");

        let page = invite_client(&app, &name, &email).await;
        assert_eq!(times_sent(&faulty, "AdminCreateUser"), 1, "{fault:?}");
        assert_eq!(page.location.as_deref(), Some("/admin/users"), "{fault:?}");
        assert_eq!(
            app.get("/admin/users").await.text(".notice"),
            format!("Invitation sent to {email}.")
        );
        assert_eq!(app.user_status(&name).await, "FORCE_CHANGE_PASSWORD");
        assert_eq!(
            app.outbox(&email).await.len(),
            1,
            "{fault:?}: one invitation"
        );
        let person = app.get(&format!("/admin/users/{name}")).await;
        assert_eq!(
            person.status, 200,
            "{fault:?}: the person is in their group"
        );
    }
}

#[tokio::test]
async fn an_invitation_cognito_cannot_confirm_says_to_look_before_sending_again() {
    let faulty = FaultyCognito::start().await;
    let app = portal_behind(&faulty).await;
    as_admin(&app).await;
    faulty.fail("AdminCreateUser", Fault::AfterReaching(500));
    faulty.fail("AdminGetUser", Fault::Status(500));
    faulty.take_calls();
    let name = unique("unsure-invite");
    let email = format!("{name}@example.com");

    let page = invite_client(&app, &name, &email).await;
    assert_eq!(times_sent(&faulty, "AdminCreateUser"), 1);
    says_not_sure_the_invitation_went_out(&page);
    assert!(page.header("retry-after").is_some());
    assert_eq!(app.outbox(&email).await.len(), 1, "never a second email");
}

#[tokio::test]
async fn a_delete_whose_answer_was_lost_is_sent_once_and_reported_done() {
    for fault in LOST_ANSWERS {
        let faulty = FaultyCognito::start().await;
        let app = portal_behind(&faulty).await;
        as_admin(&app).await;
        let name = unique("lost-delete");
        app.create_person(&name, "Del", "Once", &["client"]).await;
        faulty.fail("AdminDeleteUser", fault.clone());
        faulty.take_calls();

        let page = act(&app, &name, "delete", &[("confirm_username", &name)]).await;
        assert_eq!(times_sent(&faulty, "AdminDeleteUser"), 1, "{fault:?}");
        assert_eq!(page.location.as_deref(), Some("/admin/users"), "{fault:?}");
        assert_eq!(
            app.get("/admin/users").await.text(".notice"),
            format!("{name} has been deleted.")
        );
        assert!(!app.exists(&name).await, "{fault:?}");
    }
}

#[tokio::test]
async fn an_invitation_sent_again_whose_answer_was_lost_is_not_sent_a_third_time() {
    let faulty = FaultyCognito::start().await;
    let app = portal_behind(&faulty).await;
    as_admin(&app).await;
    let name = unique("lost-resend");
    app.invite_person(&name, "Temp-Pass-1").await;
    faulty.fail("AdminCreateUser", Fault::AfterReaching(500));
    faulty.take_calls();

    let page = act(&app, &name, "resend", &[]).await;
    assert_eq!(times_sent(&faulty, "AdminCreateUser"), 1);
    says_not_sure_the_invitation_went_out(&page);
}

/// Posts `fields` and the CSRF token of `form_page` to `path` with `operation`'s answer lost
/// (a 500 after Cognito did it): the page, and how many times Cognito was asked.
async fn post_with_answer_lost(
    faulty: &FaultyCognito,
    browser: &TestApp,
    operation: &str,
    (form_page, path): (&str, &str),
    fields: &[(&str, &str)],
) -> (Page, usize) {
    faulty.fail(operation, Fault::AfterReaching(500));
    faulty.take_calls();
    let token = browser.get(form_page).await.csrf_token();
    let mut all = fields.to_vec();
    all.push(("csrf_token", &token));
    let page = browser.post_form(path, &all).await;
    (page, times_sent(faulty, operation))
}

#[tokio::test]
async fn every_other_write_is_sent_once_when_its_answer_is_lost() {
    let faulty = FaultyCognito::start().await;
    let app = portal_behind(&faulty).await;
    let name = unique("once");
    app.create_person(&name, "Wanda", "Once", &["client"]).await;
    let person = app.second_browser();
    assert_eq!(person.sign_in(&name, PASSWORD).await.status, 303);
    let new_email = format!("{name}@new.example");

    let mut seen = vec![
        (
            "ForgotPassword",
            post_with_answer_lost(
                &faulty,
                &app,
                "ForgotPassword",
                ("/forgot-password", "/forgot-password"),
                &[("username", &name)],
            )
            .await,
        ),
        (
            "AdminUpdateUserAttributes",
            post_with_answer_lost(
                &faulty,
                &person,
                "AdminUpdateUserAttributes",
                ("/account", "/account/profile"),
                &[("given_name", "Wendy"), ("family_name", "Once")],
            )
            .await,
        ),
        (
            "UpdateUserAttributes",
            post_with_answer_lost(
                &faulty,
                &person,
                "UpdateUserAttributes",
                ("/account/email", "/account/email"),
                &[("email", &new_email), ("current_password", PASSWORD)],
            )
            .await,
        ),
        (
            "ChangePassword",
            post_with_answer_lost(
                &faulty,
                &person,
                "ChangePassword",
                ("/account", "/account/password"),
                &[
                    ("current_password", PASSWORD),
                    ("new_password", "Another-Pass-2"),
                    ("confirm_password", "Another-Pass-2"),
                ],
            )
            .await,
        ),
    ];
    as_admin(&app).await;
    let person_page = format!("/admin/users/{name}");
    seen.push((
        "AdminDisableUser",
        post_with_answer_lost(
            &faulty,
            &app,
            "AdminDisableUser",
            (&person_page, &format!("{person_page}/disable")),
            &[],
        )
        .await,
    ));

    let problems: Vec<String> = seen
        .iter()
        .filter(|(_, (page, sent))| *sent != 1 || page.status != 503)
        .map(|(operation, (page, sent))| {
            format!("{operation}: sent {sent} times, status {}", page.status)
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
