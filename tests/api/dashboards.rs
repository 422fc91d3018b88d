use crate::helpers::{PASSWORD, TestApp, unique};

#[tokio::test]
async fn the_professional_dashboard_shows_the_account_and_lists_the_clients() {
    let app = TestApp::spawn().await;
    let pro = unique("pro");
    let email = app
        .create_person(&pro, "Petra", "Pro", &["professional"])
        .await;
    let c1 = unique("client");
    let c1_email = app.create_person(&c1, "Zed", "Zulu", &["client"]).await;
    let c2 = unique("client");
    app.create_person(&c2, "Amy", "Alpha", &["client"]).await;

    app.sign_in(&pro, PASSWORD).await;
    let page = app.get("/professional").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.text(".account-username"), pro);
    assert_eq!(page.text(".account-email"), email);
    assert_eq!(page.text(".account-name"), "Petra Pro");
    assert_eq!(page.text(".account-role"), "Professional");
    assert!(
        page.text(".account-session-ends").contains("UTC (in 5"),
        "{}",
        page.text(".account-session-ends")
    );
    assert_eq!(
        page.texts(".client-list tbody th"),
        vec!["Amy Alpha", "Zed Zulu"]
    );
    assert!(page.texts(".client-list tbody td").contains(&c1_email));
    assert!(page.text(".signed-in-as").contains("Petra Pro"));
}

#[tokio::test]
async fn a_client_sees_the_client_dashboard_and_not_the_professional_one() {
    let app = TestApp::spawn().await;
    let name = unique("client");
    app.create_person(&name, "Cleo", "Client", &["client"])
        .await;
    app.sign_in(&name, PASSWORD).await;

    assert_eq!(
        app.get("/dashboard").await.location.as_deref(),
        Some("/client")
    );
    let page = app.get("/client").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.text("h1"), "Welcome, Cleo");
    assert_eq!(page.text(".account-role"), "Client");
    assert!(!page.has(".client-list"));

    let forbidden = app.get("/professional").await;
    assert_eq!(forbidden.status, 403);
    assert_eq!(forbidden.text("h1"), "You do not have access to this page");
}

#[tokio::test]
async fn a_professional_is_refused_the_client_dashboard() {
    let app = TestApp::spawn().await;
    let name = unique("pro");
    app.create_person(&name, "Pat", "Pro", &["professional"])
        .await;
    app.sign_in(&name, PASSWORD).await;
    let page = app.get("/client").await;
    assert_eq!(page.status, 403);
    assert!(
        page.has("header .brand"),
        "the 403 page is in the site's layout"
    );
}

#[tokio::test]
async fn a_person_in_no_portal_group_is_told_so_and_can_sign_out() {
    let app = TestApp::spawn().await;
    let name = unique("nogroup");
    app.create_person(&name, "Nora", "None", &[]).await;
    app.sign_in(&name, PASSWORD).await;
    let page = app.get("/dashboard").await;
    assert_eq!(page.status, 200);
    assert!(page.text(".notice").contains("not yet in a portal group"));
    let signed_out = app.sign_out(&page).await;
    assert_eq!(
        signed_out.location.as_deref(),
        Some("/login?reason=signed-out")
    );
}

#[tokio::test]
async fn an_admin_only_member_is_sent_to_the_people_list() {
    let app = TestApp::spawn().await;
    let name = unique("admin");
    app.create_person(&name, "Ann", "Admin", &["admin"]).await;
    app.sign_in(&name, PASSWORD).await;
    assert_eq!(
        app.get("/dashboard").await.location.as_deref(),
        Some("/admin/users")
    );
}

#[tokio::test]
async fn signed_out_visitors_are_sent_to_sign_in_and_brought_back() {
    let app = TestApp::spawn().await;
    for path in ["/dashboard", "/professional", "/client"] {
        let page = app.get(path).await;
        assert_eq!(page.status, 303, "{path}");
        assert_eq!(
            page.location,
            Some(format!("/login?next=%2F{}", &path[1..]))
        );
    }
    assert_eq!(app.get("/").await.location.as_deref(), Some("/login"));
}
