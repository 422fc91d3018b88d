use crate::helpers::{PASSWORD, TestApp, unique};

const HEADER: &str = "username,email,given_name,family_name,group\n";

async fn as_admin(app: &TestApp) {
    let admin = unique("bulkadmin");
    app.create_person(&admin, "Bo", "Bulk", &["admin"]).await;
    app.sign_in(&admin, PASSWORD).await;
}

async fn upload(app: &TestApp, csv: &str) -> crate::helpers::Page {
    let form = app.get("/admin/invitations/bulk").await;
    assert_eq!(form.status, 200);
    app.post_file(
        "/admin/invitations/bulk",
        &[("csrf_token", &form.csrf_token())],
        "file",
        csv.as_bytes(),
    )
    .await
}

/// Sends what a dry run approved, with the page's own hidden fields.
async fn send_checked(app: &TestApp, dry_run: &crate::helpers::Page) -> crate::helpers::Page {
    let fields: Vec<(String, String)> = ["csrf_token", "rows", "issued_at", "signature"]
        .iter()
        .map(|name| {
            (
                (*name).to_owned(),
                dry_run
                    .attr(
                        &format!("form[action='/admin/invitations/bulk/send'] input[name={name}]"),
                        "value",
                    )
                    .expect("field"),
            )
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post_form("/admin/invitations/bulk/send", &borrowed)
        .await
}

#[tokio::test]
async fn a_locale_column_sets_each_invitees_language() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let (a, b, c) = (unique("bulkde"), unique("bulknone"), unique("bulkxx"));
    let csv = format!(
        "username,email,given_name,family_name,group,locale\n{a},{a}@example.com,Anna,Alt,client,de\n{b},{b}@example.com,Bea,Bo,client,\n{c},{c}@example.com,Cy,Co,client,klingon\n"
    );
    let dry_run = upload(&app, &csv).await;
    assert_eq!(dry_run.status, 200);
    let outcomes = dry_run.texts(".bulk-outcome");
    assert_eq!(outcomes[..2], ["Ready to send", "Ready to send"]);
    assert_eq!(
        outcomes[2],
        "The locale must be one of the portal’s languages, such as de or pt-BR."
    );
    let sent = send_checked(&app, &dry_run).await;
    assert_eq!(sent.texts(".bulk-outcome"), vec!["Sent", "Sent"]);
    assert_eq!(
        app.user_attribute(&a, "locale").await.as_deref(),
        Some("de")
    );
    assert_eq!(app.user_attribute(&b, "locale").await, None);
    assert!(!app.exists(&c).await);
}

#[tokio::test]
async fn a_dry_run_checks_every_row_and_sends_nothing_then_send_creates_the_good_ones() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let existing = unique("exists");
    app.create_person(&existing, "Ex", "Isting", &["client"])
        .await;
    let (a, b) = (unique("bulka"), unique("bulkb"));
    let csv = format!(
        "{HEADER}{a},{a}@example.com,Ann,Able,client\n{b},{b}@example.com,Ben,Best,professional\n{a},dup@example.com,Dup,Licate,client\n{existing},e@example.com,Ex,Isting,client\nbad name,x@example.com,X,Y,client\n"
    );
    let dry_run = upload(&app, &csv).await;
    assert_eq!(dry_run.status, 200);
    let outcomes = dry_run.texts(".bulk-outcome");
    assert_eq!(outcomes[0], "Ready to send");
    assert_eq!(outcomes[1], "Ready to send");
    assert!(outcomes[2].starts_with("Duplicate"), "{outcomes:?}");
    assert!(
        outcomes[3].starts_with("Already in the pool"),
        "{outcomes:?}"
    );
    assert_eq!(outcomes[4], "A username cannot contain spaces.");
    assert_eq!(dry_run.text("#send-invitations"), "Send 2 invitations");
    assert!(!app.exists(&a).await, "a dry run sends nothing");

    let sent = send_checked(&app, &dry_run).await;
    assert_eq!(sent.status, 200);
    assert_eq!(sent.texts(".bulk-outcome"), vec!["Sent", "Sent"]);
    assert!(app.exists(&a).await && app.exists(&b).await);
    assert_eq!(app.user_status(&b).await, "FORCE_CHANGE_PASSWORD");
}

#[tokio::test]
async fn changed_rows_are_not_sent() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    let a = unique("bulkc");
    let dry_run = upload(
        &app,
        &format!("{HEADER}{a},{a}@example.com,Cy,Cee,client\n"),
    )
    .await;
    let value = |name: &str| {
        dry_run
            .attr(&format!("input[name={name}]"), "value")
            .expect("field")
    };
    let forged = app
        .post_form(
            "/admin/invitations/bulk/send",
            &[
                ("csrf_token", &value("csrf_token")),
                ("rows", "W10"),
                ("issued_at", &value("issued_at")),
                ("signature", &value("signature")),
            ],
        )
        .await;
    assert_eq!(forged.status, 422);
    assert!(
        forged
            .text(".error-summary li")
            .contains("Upload the file again")
    );
    assert!(!app.exists(&a).await);
}

#[tokio::test]
async fn malformed_files_get_a_clear_message_and_nothing_is_sent() {
    let app = TestApp::spawn().await;
    as_admin(&app).await;
    for (file, message) in [
        (
            "name,mail\nx,y\n".to_owned(),
            "The first line must be exactly: username,email,given_name,family_name,group (or with ,locale at the end)",
        ),
        (HEADER.to_owned(), "The file has no rows after the header."),
        (
            format!("{HEADER}{}", "a,a@example.com,A,B,client\n".repeat(501)),
            "The file has more than 500 rows.",
        ),
    ] {
        let page = upload(&app, &file).await;
        assert_eq!(page.status, 422);
        assert_eq!(page.text("#file-error"), format!("Error: {message}"));
        assert!(!page.has("#send-invitations"));
    }
    let big = format!("{HEADER}{}", "x".repeat(300 * 1024));
    let page = upload(&app, &big).await;
    assert_eq!(page.status, 413);
    assert_eq!(
        page.text("#file-error"),
        "Error: The file is larger than 256 KB."
    );
}
