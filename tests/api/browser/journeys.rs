use super::Journey;
use crate::helpers::{PASSWORD, TestApp, unique};

async fn sign_in(journey: &mut Journey, username: &str, password: &str, label: &str) {
    journey.visit("/login", "sign-in-page").await;
    journey.fill("#username", username).await;
    journey.fill("#password", password).await;
    journey.click("button[type=submit]", label).await;
}

/// Fills the invitation form for a new person at `email` and sends it; their username.
async fn send_invitation(journey: &mut Journey, email: &str) -> String {
    let invitee = unique("newhire");
    journey.fill("#username", &invitee).await;
    journey.fill("#email", email).await;
    journey.fill("#given_name", "Nia").await;
    journey.fill("#family_name", "Hire").await;
    journey
        .click("main button[type=submit]", "invitation-sent")
        .await;
    invitee
}

#[tokio::test]
async fn a_professional_signs_in_sees_their_clients_and_signs_out() {
    let app = TestApp::spawn().await;
    let pro = unique("pro");
    app.create_person(&pro, "Petra", "Pro", &["professional"])
        .await;
    app.create_person(&unique("client"), "Cleo", "Client", &["client"])
        .await;
    let mut journey = Journey::start("professional", app).await;
    sign_in(&mut journey, &pro, PASSWORD, "dashboard").await;
    assert_eq!(journey.path().await, "/professional");
    assert_eq!(journey.text("h1").await, "Welcome, Petra");
    assert_eq!(journey.text(".client-list tbody th").await, "Cleo Client");
    journey.click(".account-nav button", "signed-out").await;
    assert_eq!(journey.text(".notice").await, "You have signed out.");
    journey.end().await;
}

#[tokio::test]
async fn a_client_signs_in_and_is_kept_out_of_the_professional_dashboard() {
    let app = TestApp::spawn().await;
    let name = unique("client");
    app.create_person(&name, "Cleo", "Client", &["client"])
        .await;
    let mut journey = Journey::start("client", app).await;
    sign_in(&mut journey, &name, PASSWORD, "dashboard").await;
    assert_eq!(journey.path().await, "/client");
    journey.visit("/professional", "forbidden").await;
    assert_eq!(
        journey.text("h1").await,
        "You do not have access to this page"
    );
    journey.visit("/no/such/page", "not-found").await;
    assert_eq!(journey.text("h1").await, "Page not found");
    journey.end().await;
}

#[tokio::test]
async fn a_wrong_password_is_said_plainly_and_focus_can_reach_the_field() {
    let app = TestApp::spawn().await;
    let name = unique("typo");
    app.create_person(&name, "Ty", "Po", &["client"]).await;
    let mut journey = Journey::start("wrong-password", app).await;
    sign_in(&mut journey, &name, "Not-The-Password-1", "error").await;
    assert_eq!(
        journey.text(".error-summary a").await,
        "Incorrect username or password."
    );
    let title = journey.client.title().await.expect("title");
    assert!(title.starts_with("Error: Sign in"), "{title}");
    journey
        .click(".error-summary a", "error-link-followed")
        .await;
    journey.end().await;
}

#[tokio::test]
async fn an_invited_person_chooses_a_password_at_first_sign_in() {
    let app = TestApp::spawn().await;
    let name = unique("invited");
    app.invite_person(&name, "Temporary-1x").await;
    let mut journey = Journey::start("first-sign-in", app).await;
    sign_in(&mut journey, &name, "Temporary-1x", "choose-password").await;
    assert_eq!(journey.path().await, "/new-password");
    journey.fill("#new_password", "Chosen-Pass-42").await;
    journey.fill("#confirm_password", "Different-Pass-42").await;
    journey.click("button[type=submit]", "mismatch").await;
    assert!(
        journey
            .text(".error-summary")
            .await
            .contains("The passwords do not match.")
    );
    journey.fill("#new_password", "Chosen-Pass-42").await;
    journey.fill("#confirm_password", "Chosen-Pass-42").await;
    journey.click("button[type=submit]", "signed-in").await;
    assert_eq!(journey.path().await, "/dashboard");
    assert_eq!(journey.app.user_status(&name).await, "CONFIRMED");
    journey.end().await;
}

#[tokio::test]
async fn a_forgotten_password_is_reset_with_the_emailed_code() {
    let app = TestApp::spawn().await;
    let name = unique("forgot");
    app.create_person(&name, "Flo", "Forgot", &["client"]).await;
    let mut journey = Journey::start("forgot-password", app).await;
    journey.visit("/login", "sign-in-page").await;
    journey
        .click("a[href='/forgot-password']", "forgot-page")
        .await;
    journey.fill("#username", &name).await;
    journey.click("button[type=submit]", "code-sent").await;
    assert!(
        journey
            .text(".notice")
            .await
            .starts_with("If an account with that username exists")
    );
    journey.fill("#code", "000000").await;
    journey.fill("#new_password", "Brand-New-Pass-7").await;
    journey.fill("#confirm_password", "Brand-New-Pass-7").await;
    journey
        .click(
            "form[action='/confirm-code'] button[type=submit]",
            "wrong-code",
        )
        .await;
    assert_eq!(
        journey.text(".error-summary a").await,
        "That code is wrong or has expired."
    );
    let code = journey.app.reset_code(&name).await;
    journey.fill("#code", &code).await;
    journey.fill("#new_password", "Brand-New-Pass-7").await;
    journey.fill("#confirm_password", "Brand-New-Pass-7").await;
    journey
        .click(
            "form[action='/confirm-code'] button[type=submit]",
            "password-changed",
        )
        .await;
    assert!(
        journey
            .text(".notice")
            .await
            .starts_with("Your password has been changed.")
    );
    sign_in(&mut journey, &name, "Brand-New-Pass-7", "signed-in").await;
    assert_eq!(journey.path().await, "/client");
    journey.end().await;
}

#[tokio::test]
async fn an_admin_invites_a_person_who_then_signs_in_for_the_first_time() {
    let app = TestApp::spawn().await;
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    let mut journey = Journey::start("admin-invites", app).await;
    sign_in(&mut journey, &admin, PASSWORD, "people").await;
    assert_eq!(journey.path().await, "/admin/users");
    journey
        .click("a[href='/admin/invitations/new']", "invite-form")
        .await;
    journey.fill("#username", "has space").await;
    journey
        .click("main button[type=submit]", "invalid-invitation")
        .await;
    assert!(journey.has("#username-error").await);
    let invitee = send_invitation(&mut journey, "new.hire@example.com").await;
    assert_eq!(
        journey.text(".notice").await,
        "Invitation sent to new.hire@example.com."
    );
    journey.click(".account-nav button", "signed-out").await;

    // The temporary password, as the invitation email says it (the local Cognito's outbox).
    let invitation = journey.app.latest_mail("new.hire@example.com").await;
    assert_eq!(invitation.kind, "invitation");
    sign_in(&mut journey, &invitee, &invitation.code, "choose-password").await;
    journey.fill("#new_password", "Chosen-Pass-42").await;
    journey.fill("#confirm_password", "Chosen-Pass-42").await;
    journey.click("button[type=submit]", "signed-in").await;
    assert_eq!(journey.path().await, "/client");
    journey.end().await;
}

#[tokio::test]
async fn a_disabled_person_cannot_sign_in() {
    let app = TestApp::spawn().await;
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    let person = unique("leaving");
    app.create_person(&person, "Lee", "Leaving", &["client"])
        .await;
    let mut journey = Journey::start("admin-disables", app).await;
    sign_in(&mut journey, &admin, PASSWORD, "people").await;
    journey
        .visit(&format!("/admin/users/{person}"), "person")
        .await;
    journey.click("#disable", "disabled").await;
    assert_eq!(journey.text("dd.person-status").await, "Disabled");
    journey.click(".account-nav button", "signed-out").await;
    sign_in(&mut journey, &person, PASSWORD, "refused").await;
    assert_eq!(
        journey.text(".error-summary a").await,
        "Incorrect username or password."
    );
    journey.end().await;
}

#[tokio::test]
async fn a_person_changes_their_name_on_the_account_page() {
    let app = TestApp::spawn().await;
    let name = unique("renamed");
    app.create_person(&name, "Bea", "Before", &["client"]).await;
    let mut journey = Journey::start("account-name", app).await;
    sign_in(&mut journey, &name, PASSWORD, "dashboard").await;
    journey.click("header a[href='/account']", "account").await;
    journey.fill("#given_name", "").await;
    journey
        .click("form[action='/account/profile'] button", "empty-name")
        .await;
    assert!(journey.has("#given_name-error").await);
    journey.fill("#given_name", "Beatrix").await;
    journey
        .click("form[action='/account/profile'] button", "name-saved")
        .await;
    assert_eq!(journey.text(".notice").await, "Your name has been saved.");
    journey.visit("/client", "dashboard-renamed").await;
    assert_eq!(journey.text("h1").await, "Welcome, Beatrix");
    journey.end().await;
}

#[tokio::test]
async fn throttling_and_outages_have_their_own_clear_pages() {
    let limited = TestApp::builder()
        .rate_limit_client_attempts(1)
        .spawn()
        .await;
    let mut journey = Journey::start("too-many", limited).await;
    sign_in(&mut journey, "someone", "Wrong-Pass-1", "first-try").await;
    sign_in(&mut journey, "someone", "Wrong-Pass-1", "too-many-attempts").await;
    assert_eq!(journey.text("h1").await, "Too many attempts");
    journey.end().await;

    let down = TestApp::builder()
        .aws_endpoint_url("http://127.0.0.1:9")
        .spawn()
        .await;
    let mut journey = Journey::start("cognito-down", down).await;
    sign_in(&mut journey, "someone", PASSWORD, "unavailable").await;
    assert_eq!(
        journey.text("h1").await,
        "Sign-in is temporarily unavailable"
    );
    journey.end().await;
}

#[tokio::test]
async fn the_accessibility_check_does_find_problems_where_there_are_some() {
    let app = TestApp::spawn().await;
    let journey = Journey::start("axe-control", app).await;
    journey
        .client
        .goto("data:text/html,<html><body><input type=text><img src=x></body></html>")
        .await
        .expect("page");
    let violations = journey.accessibility_violations().await;
    assert!(
        violations.iter().any(|v| v.starts_with("label:")),
        "{violations:?}"
    );
    assert!(
        violations.iter().any(|v| v.starts_with("image-alt:")),
        "{violations:?}"
    );
    journey.end().await;
}

#[tokio::test]
async fn signing_in_works_with_the_keyboard_alone() {
    const TAB: &str = "\u{e004}";
    const ENTER: &str = "\u{e007}";
    let app = TestApp::spawn().await;
    let name = unique("keys");
    app.create_person(&name, "Kay", "Board", &["client"]).await;
    let mut journey = Journey::start("keyboard", app).await;
    journey.visit("/login", "sign-in-page").await;
    // From the top of the page: skip link, product name, then the form's fields in order.
    let body = journey
        .client
        .find(fantoccini::Locator::Css("body"))
        .await
        .expect("body");
    body.send_keys(TAB).await.expect("tab");
    let focused = journey.client.active_element().await.expect("focus");
    assert_eq!(
        focused.text().await.expect("text"),
        "Skip to main content",
        "the skip link comes first"
    );
    for _ in 0..2 {
        journey
            .client
            .active_element()
            .await
            .expect("focus")
            .send_keys(TAB)
            .await
            .expect("tab");
    }
    let username = journey.client.active_element().await.expect("focus");
    assert_eq!(
        username.attr("id").await.expect("id").as_deref(),
        Some("username")
    );
    username
        .send_keys(&format!("{name}{TAB}"))
        .await
        .expect("typing");
    let password = journey.client.active_element().await.expect("focus");
    assert_eq!(
        password.attr("id").await.expect("id").as_deref(),
        Some("password")
    );
    password
        .send_keys(&format!("{PASSWORD}{ENTER}"))
        .await
        .expect("typing");
    for _ in 0..50 {
        if journey.path().await == "/client" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(journey.path().await, "/client");
    journey.end().await;
}

#[tokio::test]
async fn a_password_can_be_shown_and_hidden_again() {
    let app = TestApp::spawn().await;
    let mut journey = Journey::start("show-password", app).await;
    journey.visit("/login", "sign-in-page").await;
    journey.fill("#password", "Secret-1").await;
    let toggle = journey
        .client
        .find(fantoccini::Locator::Css("#password + .reveal"))
        .await
        .expect("a toggle");
    assert_eq!(
        toggle.attr("aria-pressed").await.expect("attr").as_deref(),
        Some("false")
    );
    toggle.click().await.expect("click");
    let field = journey
        .client
        .find(fantoccini::Locator::Css("#password"))
        .await
        .expect("field");
    assert_eq!(
        field.attr("type").await.expect("attr").as_deref(),
        Some("text")
    );
    assert_eq!(toggle.text().await.expect("text"), "Hide password");
    assert!(journey.accessibility_violations().await.is_empty());
    toggle.click().await.expect("click");
    assert_eq!(
        field.attr("type").await.expect("attr").as_deref(),
        Some("password")
    );
    journey.end().await;
}

#[tokio::test]
async fn a_person_changes_their_email_with_the_code_from_their_mail() {
    let app = TestApp::spawn().await;
    let name = unique("mover");
    let old = app.create_person(&name, "Mo", "Ver", &["client"]).await;
    let new = format!("{name}@new.example");
    let mut journey = Journey::start("email-change", app).await;
    sign_in(&mut journey, &name, PASSWORD, "dashboard").await;
    journey.click("header a[href='/account']", "account").await;
    journey
        .click("a[href='/account/email']", "email-form")
        .await;
    journey.fill("#email", &old).await;
    journey.fill("#current_password", PASSWORD).await;
    journey
        .click(
            "form[action='/account/email'] button[type=submit]",
            "same-address",
        )
        .await;
    assert_eq!(
        journey.text(".error-summary a").await,
        "That is already your email address."
    );
    journey.fill("#email", &new).await;
    journey.fill("#current_password", PASSWORD).await;
    journey
        .click(
            "form[action='/account/email'] button[type=submit]",
            "code-sent",
        )
        .await;
    assert_eq!(journey.path().await, "/account/email/verify");
    journey.fill("#code", "000000").await;
    journey
        .click("form[action='/account/email/verify'] button", "wrong-code")
        .await;
    assert_eq!(
        journey.text(".error-summary a").await,
        "That code is wrong."
    );
    journey.visit("/account", "account-pending").await;
    assert!(journey.text(".pending-email").await.contains(&new));
    journey.click(".pending-email + p a", "verify-again").await;
    // A day passes: the code has expired, and a new one is one click away.
    let stale = journey.app.latest_mail(&new).await.code;
    journey.app.age_codes_sent_to(&new).await;
    journey.fill("#code", &stale).await;
    journey
        .click(
            "form[action='/account/email/verify'] button",
            "expired-code",
        )
        .await;
    journey.click(".resend-form button", "new-code-sent").await;
    assert_eq!(
        journey.text(".notice").await,
        format!("We have sent a new code to {new}.")
    );
    let code = journey.app.latest_mail(&new).await.code;
    journey.fill("#code", &code).await;
    journey
        .click(
            "form[action='/account/email/verify'] button",
            "email-changed",
        )
        .await;
    assert_eq!(journey.path().await, "/account");
    assert_eq!(journey.text(".account-email").await, new);
    journey.end().await;
}

#[tokio::test]
async fn an_admin_corrects_a_persons_address() {
    let app = TestApp::spawn().await;
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    let person = unique("typo");
    app.create_person(&person, "Tipo", "Graphic", &["client"])
        .await;
    let mut journey = Journey::start("admin-details", app).await;
    sign_in(&mut journey, &admin, PASSWORD, "people").await;
    journey
        .visit(&format!("/admin/users/{person}"), "person")
        .await;
    journey.fill("#email", "not an address").await;
    journey.click("#save-details", "invalid-details").await;
    assert!(journey.has("#email-error").await);
    journey.fill("#email", "fixed@example.com").await;
    journey.click("#save-details", "details-saved").await;
    assert_eq!(journey.text("dd.person-email").await, "fixed@example.com");
    journey.end().await;
}

#[tokio::test]
async fn the_organisations_own_name_logo_and_accent_pass_the_same_checks() {
    let app = TestApp::builder().acme_look().spawn().await;
    let name = unique("client");
    app.create_person(&name, "Cleo", "Client", &["client"])
        .await;
    let mut journey = Journey::start("custom-look", app).await;
    sign_in(&mut journey, &name, "Not-The-Password-1", "sign-in-error").await;
    sign_in(&mut journey, &name, PASSWORD, "dashboard").await;
    assert_eq!(journey.path().await, "/client");
    let title = journey.client.title().await.expect("title");
    assert!(title.ends_with("Acme Clinic"), "{title}");
    // The logo is drawn, at a readable size (an SVG without its own size once took none).
    let width = journey
        .client
        .execute(
            "const img = document.querySelector('.brand-logo'); \
             return img.complete && img.naturalWidth > 0 ? img.getBoundingClientRect().width : 0;",
            vec![],
        )
        .await
        .expect("script runs")
        .as_f64()
        .unwrap_or(0.0);
    assert!(width > 40.0, "logo width {width}");
    journey.click("header a[href='/account']", "account").await;
    journey.end().await;
}

#[tokio::test]
async fn a_professional_searches_the_client_list_and_turns_its_pages() {
    let app = TestApp::spawn().await;
    let pro = unique("pro");
    app.create_person(&pro, "Petra", "Pro", &["professional"])
        .await;
    let creations = (0..54).map(|i| {
        let app = &app;
        async move {
            let name = unique("client");
            app.create_person(
                &name,
                &format!("Client{i:02}"),
                &format!("Family{i:02}"),
                &["client"],
            )
            .await;
        }
    });
    futures_util::future::join_all(creations).await;
    app.create_person(&unique("client"), "Åsa", "Öhman", &["client"])
        .await;
    let mut journey = Journey::start("client-list", app).await;
    sign_in(&mut journey, &pro, PASSWORD, "dashboard").await;
    assert_eq!(journey.text(".list-count").await, "55 clients");
    assert_eq!(journey.text(".pager-position").await, "Page 1 of 2");
    journey.click("a[rel=next]", "next-page").await;
    assert_eq!(journey.text(".pager-position").await, "Page 2 of 2");
    // Family names sorted without accents: Family50 to Family53, then Öhman.
    assert_eq!(
        journey.text(".client-list tbody th").await,
        "Client50 Family50"
    );
    journey.fill("#q", "asa").await;
    journey.click(".search-form button", "searched").await;
    assert_eq!(journey.text(".list-count").await, "1 matches ‘asa’");
    journey.fill("#q", "nobody").await;
    journey.click(".search-form button", "nothing-found").await;
    assert!(journey.text(".empty").await.contains("nobody"));
    journey.end().await;
}

#[tokio::test]
async fn a_client_list_that_cannot_be_read_says_so_on_an_accessible_page() {
    let faulty = crate::helpers::FaultyCognito::start().await;
    let app = TestApp::builder()
        .aws_endpoint_url(&faulty.endpoint)
        .spawn()
        .await;
    let pro = unique("pro");
    app.create_person(&pro, "Petra", "Pro", &["professional"])
        .await;
    faulty.fail(
        "ListUsersInGroup",
        crate::helpers::Fault::Error("InternalErrorException"),
    );
    let mut journey = Journey::start("client-list-unavailable", app).await;
    // The first view may still say the list is being read (each state is checked by axe).
    sign_in(&mut journey, &pro, PASSWORD, "dashboard").await;
    let mut said = journey.text("#clients-heading + .notice").await;
    for _ in 0..10 {
        if said.contains("unavailable") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        journey.visit("/professional", "dashboard-again").await;
        said = journey.text("#clients-heading + .notice").await;
    }
    assert!(said.contains("unavailable right now"), "{said}");
    journey.end().await;
}

/// Chooses a language on the menu's own page, then goes on to `next`.
async fn choose_language(journey: &mut Journey, tag: &str) {
    journey
        .visit("/language?next=/login", "language-page")
        .await;
    journey
        .click(&format!("#lang option[value='{tag}']"), "language-picked")
        .await;
    journey
        .click("main button[type=submit]", "language-chosen")
        .await;
    assert_eq!(journey.path().await, "/login");
}

/// The same steps in another language: a wrong password, a forgotten password, an
/// administrator's invitation and a client's dashboard, every page checked (axe, both sizes,
/// nothing wider than a phone).
async fn journey_in(tag: &str) {
    use cognito_portal::i18n::{Lang, Msg};
    let lang = Lang::from_tag(tag).expect("one of the languages");
    let said = |id: &'static str| Msg::new(id).text_in(lang);
    // (Right-to-left messages isolate their variables with invisible marks.)
    let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
    let app = TestApp::spawn().await;
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    let client = unique("client");
    app.create_person(&client, "Cleo", "Client", &["client"])
        .await;
    let mut journey = Journey::start(
        if lang.is_rtl() {
            "in-arabic"
        } else {
            "in-german"
        },
        app,
    )
    .await;
    choose_language(&mut journey, lang.tag()).await;
    let html = journey
        .client
        .find(fantoccini::Locator::Css("html"))
        .await
        .expect("html");
    assert_eq!(
        html.attr("lang").await.expect("lang").as_deref(),
        Some(lang.tag())
    );
    assert_eq!(
        html.attr("dir").await.expect("dir").as_deref(),
        Some(lang.dir())
    );
    // The password toggle forms.js adds speaks the page's language.
    let toggle = journey
        .client
        .find(fantoccini::Locator::Css("#password + .reveal"))
        .await
        .expect("a toggle");
    assert_eq!(
        toggle.text().await.expect("text"),
        said("password-show-button")
    );
    toggle.click().await.expect("click");
    assert_eq!(
        toggle.text().await.expect("text"),
        said("password-hide-button")
    );
    assert_ne!(said("password-hide-button"), "Hide password");
    toggle.click().await.expect("click");

    sign_in(
        &mut journey,
        &client,
        "Not-The-Password-1",
        "wrong-password",
    )
    .await;
    assert_eq!(journey.text(".error-summary a").await, said("login-wrong"));
    journey
        .click("a[href='/forgot-password']", "forgot-page")
        .await;
    assert_eq!(journey.text("h1").await, said("forgot-title"));
    journey.fill("#username", &client).await;
    journey.click("main button[type=submit]", "code-sent").await;
    assert_eq!(journey.text(".notice").await, said("notice-code-sent"));

    sign_in(&mut journey, &admin, PASSWORD, "people").await;
    assert_eq!(journey.text("h1").await, said("people-title"));
    journey
        .click("a[href='/admin/invitations/new']", "invite-form")
        .await;
    send_invitation(&mut journey, "neu@example.com").await;
    assert_eq!(
        plain(journey.text(".notice").await),
        plain(
            Msg::new("invite-sent")
                .with("email", "neu@example.com")
                .text_in(lang)
        )
    );
    journey.click(".account-nav button", "signed-out").await;

    sign_in(&mut journey, &client, PASSWORD, "dashboard").await;
    assert_eq!(journey.path().await, "/client");
    assert_eq!(
        plain(journey.text("h1").await),
        plain(Msg::new("welcome").with("name", "Cleo").text_in(lang))
    );
    journey.end().await;
}

#[tokio::test]
async fn a_german_speaker_goes_through_the_portal_in_german() {
    journey_in("de").await;
}

#[tokio::test]
async fn an_arabic_speaker_goes_through_the_portal_right_to_left() {
    journey_in("ar").await;
}
