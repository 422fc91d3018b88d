use crate::helpers::{PASSWORD, Page, TestApp, captured_logs, unique};

/// A portal with a signed-in administrator; returns the admin's username.
pub(crate) async fn as_admin(app: &TestApp) -> String {
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    let page = app.sign_in(&admin, PASSWORD).await;
    assert_eq!(page.status, 303);
    admin
}

pub(crate) async fn invite(app: &TestApp, fields: &[(&str, &str)]) -> Page {
    let form = app.get("/admin/invitations/new").await;
    assert_eq!(form.status, 200);
    let token = form.csrf_token();
    let mut all = fields.to_vec();
    all.push(("csrf_token", &token));
    app.post_form("/admin/invitations", &all).await
}

async fn groups_of(app: &TestApp, username: &str) -> Vec<String> {
    app.cognito
        .admin_list_groups_for_user()
        .user_pool_id(&app.pool.pool_id)
        .username(username)
        .send()
        .await
        .expect("groups")
        .groups()
        .iter()
        .filter_map(|g| g.group_name().map(str::to_owned))
        .collect()
}

pub(crate) async fn act(
    app: &TestApp,
    username: &str,
    action: &str,
    extra: &[(&str, &str)],
) -> Page {
    let person = app.get(&format!("/admin/users/{username}")).await;
    assert_eq!(person.status, 200, "the person page opens");
    let token = person.csrf_token();
    let mut fields = extra.to_vec();
    fields.push(("csrf_token", &token));
    app.post_form(&format!("/admin/users/{username}/{action}"), &fields)
        .await
}

#[tokio::test]
async fn an_admin_sees_everyone_and_can_search_by_prefix_and_group() {
    let app = TestApp::spawn().await;
    let admin = as_admin(&app).await;
    let zoe = unique("zoe");
    app.create_person(&zoe, "Zoe", "Zimmer", &["client"]).await;
    let pat = unique("pat");
    app.create_person(&pat, "Pat", "Parker", &["professional"])
        .await;

    let page = app.get("/admin/users").await;
    assert_eq!(page.status, 200);
    let names = page.texts(".person-username");
    for name in [&admin, &zoe, &pat] {
        assert!(names.contains(name), "{name} missing from {names:?}");
    }
    let zoe_row = page
        .texts("tr")
        .into_iter()
        .find(|r| r.contains(&zoe))
        .expect("zoe's row");
    assert!(
        zoe_row.contains("Zoe Zimmer") && zoe_row.contains("Client") && zoe_row.contains("Active"),
        "{zoe_row}"
    );

    let by_name = app.get("/admin/users?q=Zim").await;
    assert_eq!(by_name.texts(".person-username"), vec![zoe.clone()]);
    let by_group = app.get("/admin/users?group=professional").await;
    assert_eq!(by_group.texts(".person-username"), vec![pat.clone()]);
    let nobody = app.get("/admin/users?q=nomatchatall").await;
    assert_eq!(nobody.text(".empty"), "Nobody matches that search.");
    assert_eq!(app.get("/admin/users?group=staff").await.status, 400);
}

#[tokio::test]
async fn the_people_list_pages_fifty_at_a_time_both_ways() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    for i in 0..55 {
        let attribute = |n: &str, v: String| {
            aws_sdk_cognitoidentityprovider::types::AttributeType::builder()
                .name(n)
                .value(v)
                .build()
                .expect("attribute")
        };
        app.cognito
            .admin_create_user()
            .user_pool_id(&app.pool.pool_id)
            .username(format!("person{i:02}"))
            .temporary_password("Temporary-1x")
            .user_attributes(attribute("email", format!("p{i}@example.com")))
            .send()
            .await
            .expect("created");
    }
    let first = app.get("/admin/users").await;
    assert_eq!(first.texts(".person-username").len(), 50);
    assert!(!first.has("a[rel=prev]"));
    let next = first.attr("a[rel=next]", "href").expect("a next page");
    let second = app.get(&next).await;
    assert_eq!(second.texts(".person-username").len(), 6);
    assert!(!second.has("a[rel=next]"));
    let back = app
        .get(&second.attr("a[rel=prev]", "href").expect("a previous page"))
        .await;
    assert_eq!(
        back.texts(".person-username"),
        first.texts(".person-username")
    );
    let invited = second.texts(".person-status");
    assert!(invited.iter().any(|s| s == "Invited"), "{invited:?}");
}

#[tokio::test]
async fn an_invitation_creates_the_person_in_their_group_awaiting_a_password() {
    let app = TestApp::spawn().await;
    let admin = as_admin(&app).await;
    let name = unique("Invitee");
    let page = invite(
        &app,
        &[
            ("username", &name),
            ("email", "ivy@example.com"),
            ("given_name", "Ivy"),
            ("family_name", "Invited"),
            ("group", "professional"),
        ],
    )
    .await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location.as_deref(), Some("/admin/users"));
    assert_eq!(
        app.get("/admin/users").await.text(".notice"),
        "Invitation sent to ivy@example.com."
    );

    let stored = name.to_lowercase();
    assert_eq!(app.user_status(&stored).await, "FORCE_CHANGE_PASSWORD");
    assert_eq!(
        app.user_attribute(&stored, "email").await.as_deref(),
        Some("ivy@example.com")
    );
    assert_eq!(
        app.user_attribute(&stored, "email_verified")
            .await
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        app.user_attribute(&stored, "given_name").await.as_deref(),
        Some("Ivy")
    );
    assert_eq!(groups_of(&app, &stored).await, vec!["professional"]);

    let logs = captured_logs();
    let event = logs
        .lines()
        .find(|l| {
            l.contains("\"target\":\"audit\"")
                && l.contains(&stored)
                && l.contains("\"action\":\"invite\"")
        })
        .expect("an audit event for the invitation");
    assert!(event.contains(&format!("\"admin\":\"{admin}\"")), "{event}");
    assert!(event.contains("\"result\":\"ok\""), "{event}");
    assert!(event.contains("\"client\":\"127.0.0.1\""), "{event}");
    assert!(event.contains("\"time\":"), "{event}");
}

#[tokio::test]
async fn invalid_invitations_create_nobody_and_say_what_is_wrong() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let page = invite(
        &app,
        &[
            ("username", "has space"),
            ("email", "not-an-email"),
            ("given_name", ""),
            ("family_name", &"x".repeat(101)),
            ("group", "staff"),
        ],
    )
    .await;
    assert_eq!(page.status, 422);
    assert_eq!(page.texts(".error-summary li").len(), 5);
    assert_eq!(
        page.text("#username-error"),
        "Error: A username cannot contain spaces."
    );
    assert_eq!(
        page.attr("#email", "value").as_deref(),
        Some("not-an-email"),
        "what was typed is kept"
    );
    assert!(page.text("title").starts_with("Error:"));
    assert!(!app.exists("has space").await);
}

#[tokio::test]
async fn a_taken_username_is_refused_and_nothing_changes() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let name = unique("taken");
    app.create_person(&name, "Tia", "Taken", &["client"]).await;
    let page = invite(
        &app,
        &[
            ("username", &name),
            ("email", "other@example.com"),
            ("given_name", "Other"),
            ("family_name", "Person"),
            ("group", "professional"),
        ],
    )
    .await;
    assert_eq!(page.status, 409);
    assert_eq!(
        page.text("#username-error"),
        "Error: That username is taken."
    );
    assert_eq!(
        app.user_attribute(&name, "email").await,
        Some(format!("{name}@example.com"))
    );
    assert_eq!(groups_of(&app, &name).await, vec!["client"]);
}

#[tokio::test]
async fn disabling_ends_the_persons_sessions_and_enabling_lets_them_back() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let name = unique("dis");
    app.create_person(&name, "Dee", "Disabled", &["client"])
        .await;
    let their_browser = app.second_browser();
    their_browser.sign_in(&name, PASSWORD).await;
    assert_eq!(their_browser.get("/client").await.status, 200);

    let done = act(&app, &name, "disable", &[]).await;
    assert_eq!(done.status, 303);
    let person = app.get(done.location.as_deref().unwrap_or_default()).await;
    assert_eq!(
        person.text(".notice"),
        format!("{name} is disabled and signed out everywhere.")
    );
    assert_eq!(person.text("dd.person-status"), "Disabled");
    assert_eq!(
        their_browser.get("/client").await.status,
        303,
        "their session ended"
    );
    assert_eq!(
        their_browser.sign_in(&name, PASSWORD).await.status,
        422,
        "they cannot sign in"
    );

    act(&app, &name, "enable", &[]).await;
    assert_eq!(
        their_browser
            .sign_in(&name, PASSWORD)
            .await
            .location
            .as_deref(),
        Some("/dashboard")
    );
}

#[tokio::test]
async fn moving_a_person_to_another_group_changes_cognito_and_ends_their_sessions() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let name = unique("mover");
    app.create_person(&name, "Mo", "Mover", &["client"]).await;
    let their_browser = app.second_browser();
    their_browser.sign_in(&name, PASSWORD).await;

    let done = act(&app, &name, "group", &[("group", "professional")]).await;
    assert_eq!(done.status, 303);
    assert_eq!(groups_of(&app, &name).await, vec!["professional"]);
    assert_eq!(their_browser.get("/client").await.status, 303);
    their_browser.sign_in(&name, PASSWORD).await;
    assert_eq!(
        their_browser.get("/dashboard").await.location.as_deref(),
        Some("/professional")
    );
}

#[tokio::test]
async fn signing_a_person_out_ends_their_sessions() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let name = unique("outed");
    app.create_person(&name, "Otto", "Out", &["client"]).await;
    let their_browser = app.second_browser();
    their_browser.sign_in(&name, PASSWORD).await;
    let done = act(&app, &name, "sign-out", &[]).await;
    assert_eq!(done.status, 303);
    assert_eq!(their_browser.get("/client").await.status, 303);
}

#[tokio::test]
async fn deleting_needs_the_username_typed_exactly() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let name = unique("gone");
    app.create_person(&name, "Gus", "Gone", &["client"]).await;
    let wrong = act(
        &app,
        &name,
        "delete",
        &[("confirm_username", "someone-else")],
    )
    .await;
    assert_eq!(wrong.status, 422);
    assert_eq!(
        wrong.text(".problem"),
        "The username you typed does not match. Nothing was deleted."
    );
    assert!(app.exists(&name).await);

    let done = act(&app, &name, "delete", &[("confirm_username", &name)]).await;
    assert_eq!(done.location.as_deref(), Some("/admin/users"));
    assert!(!app.exists(&name).await);
    assert_eq!(
        app.get("/admin/users").await.text(".notice"),
        format!("{name} has been deleted.")
    );
    assert_eq!(app.get(&format!("/admin/users/{name}")).await.status, 404);
    // Cognito signed the person out before deleting them: no warning of a sign-out that
    // could only fail.
    let warned: Vec<String> = captured_logs()
        .lines()
        .filter(|line| line.contains(&format!("/admin/users/{name}/delete")))
        .filter(|line| line.contains("\"WARN\"") || line.contains("\"ERROR\""))
        .map(str::to_owned)
        .collect();
    assert!(warned.is_empty(), "{warned:?}");
}

#[tokio::test]
async fn a_deleted_person_is_signed_out_everywhere() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let name = unique("leaver");
    app.create_person(&name, "Lee", "Leaver", &["client"]).await;
    let their_browser = app.second_browser();
    their_browser.sign_in(&name, PASSWORD).await;
    assert_eq!(their_browser.get("/client").await.status, 200);
    let done = act(&app, &name, "delete", &[("confirm_username", &name)]).await;
    assert_eq!(done.status, 303);
    assert_eq!(their_browser.get("/client").await.status, 303);
}

#[tokio::test]
async fn an_admin_cannot_disable_or_delete_themself() {
    let app = TestApp::spawn().await;
    let admin = as_admin(&app).await;
    let page = app.get(&format!("/admin/users/{admin}")).await;
    assert!(
        !page.has("#disable") && !page.has("#delete"),
        "the buttons are not offered"
    );
    let token = page.csrf_token();
    let disable = app
        .post_form(
            &format!("/admin/users/{admin}/disable"),
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(disable.status, 409);
    assert_eq!(
        disable.text(".problem"),
        "You cannot disable or delete your own account."
    );
    let delete = app
        .post_form(
            &format!("/admin/users/{admin}/delete"),
            &[("csrf_token", &token), ("confirm_username", &admin)],
        )
        .await;
    assert_eq!(delete.status, 409);
    assert!(app.exists(&admin).await);
    assert_eq!(app.user_status(&admin).await, "CONFIRMED");
}

#[tokio::test]
async fn an_invitation_is_sent_again_only_to_people_who_never_signed_in() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let active = unique("active");
    app.create_person(&active, "Al", "Active", &["client"])
        .await;
    let refused = act(&app, &active, "resend", &[]).await;
    assert_eq!(refused.status, 409);

    let invited = unique("pending");
    app.invite_person(&invited, "Temporary-1x").await;
    let page = app.get(&format!("/admin/users/{invited}")).await;
    assert_eq!(page.text("dd.person-status"), "Invited");
    assert!(page.has("#resend"));
    let done = act(&app, &invited, "resend", &[]).await;
    // The emulator's RESEND replaces the user, so only the answer is checked here.
    assert_eq!(done.status, 303);
    assert_eq!(
        app.get(done.location.as_deref().unwrap_or_default())
            .await
            .text(".notice"),
        format!("Invitation sent again to {invited}.")
    );
}

#[tokio::test]
async fn professionals_clients_and_strangers_are_kept_out_of_every_admin_route() {
    let app = TestApp::spawn().await;
    let target = unique("target");
    app.create_person(&target, "Tar", "Get", &["client"]).await;
    let gets = [
        "/admin/users".to_owned(),
        format!("/admin/users/{target}"),
        "/admin/invitations/new".to_owned(),
        "/admin/invitations/bulk".to_owned(),
    ];
    let posts = [
        format!("/admin/users/{target}/resend"),
        format!("/admin/users/{target}/disable"),
        format!("/admin/users/{target}/enable"),
        format!("/admin/users/{target}/group"),
        format!("/admin/users/{target}/sign-out"),
        format!("/admin/users/{target}/delete"),
        "/admin/invitations".to_owned(),
        "/admin/invitations/bulk".to_owned(),
        "/admin/invitations/bulk/send".to_owned(),
    ];
    for group in ["professional", "client"] {
        let browser = app.second_browser();
        let name = unique(group);
        browser.create_person(&name, "Not", "Admin", &[group]).await;
        browser.sign_in(&name, PASSWORD).await;
        let token = browser.get("/dashboard").await;
        let token = browser
            .get(token.location.as_deref().unwrap_or_default())
            .await
            .csrf_token();
        for path in &gets {
            assert_eq!(browser.get(path).await.status, 403, "{group} GET {path}");
        }
        for path in &posts {
            let page = browser
                .post_form(
                    path,
                    &[
                        ("csrf_token", &token),
                        ("group", "admin"),
                        ("confirm_username", &target),
                        ("username", "x"),
                    ],
                )
                .await;
            assert_eq!(page.status, 403, "{group} POST {path}");
        }
    }
    assert_eq!(
        groups_of(&app, &target).await,
        vec!["client"],
        "nothing changed"
    );
    assert_eq!(
        app.get("/admin/users").await.location.as_deref(),
        Some("/login?next=%2Fadmin%2Fusers")
    );
}

#[tokio::test]
async fn an_invitation_whose_group_cannot_be_joined_leaves_nobody_behind() {
    // The admin group is called "staff" here, and this pool has no such group.
    let app = TestApp::builder().admin_group("staff").spawn().await;
    let admin = unique("staffer");
    app.create_person(&admin, "Sta", "Ff", &[]).await;
    app.cognito
        .create_group()
        .user_pool_id(&app.pool.pool_id)
        .group_name("staff")
        .send()
        .await
        .expect("group");
    app.cognito
        .admin_add_user_to_group()
        .user_pool_id(&app.pool.pool_id)
        .username(&admin)
        .group_name("staff")
        .send()
        .await
        .expect("added");
    app.sign_in(&admin, PASSWORD).await;
    app.cognito
        .delete_group()
        .user_pool_id(&app.pool.pool_id)
        .group_name("staff")
        .send()
        .await
        .expect("group removed");
    let name = unique("halfmade");
    let page = invite(
        &app,
        &[
            ("username", &name),
            ("email", "h@example.com"),
            ("given_name", "Half"),
            ("family_name", "Made"),
            ("group", "staff"),
        ],
    )
    .await;
    assert!(
        page.status >= 500,
        "the failure is not hidden: {}",
        page.status
    );
    assert!(
        !app.exists(&name).await,
        "the half-made person was deleted again"
    );
}
