//! User names with punctuation (Cognito allows `/`, `.`, `?`, `#`, `%`, `+` ...): every link and
//! button of the admin pages acts on exactly the person it names, never on another.
use crate::helpers::{PASSWORD, Page, TestApp, unique};

const NAMES: [&str; 10] = [
    "a/b",
    "cleo/../chris",
    "..",
    ".",
    "a?b",
    "a#b",
    "a%2fb",
    "a+b",
    "ü/ß",
    "x.y",
];
/// People whose names the ones above would turn into if a path lost an escape.
const DECOYS: [&str; 7] = ["chris", "a", "b", "cleo", "ü", "a%2fb0", "x"];

async fn admin_page_of(app: &TestApp, name: &str) -> Page {
    let list = app.get("/admin/users").await;
    assert_eq!(list.status, 200);
    let selector = scraper::Selector::parse(".person-username a").expect("css");
    let href = list
        .html
        .select(&selector)
        .find(|a| a.text().collect::<String>() == name)
        .and_then(|a| a.value().attr("href").map(str::to_owned))
        .unwrap_or_else(|| panic!("no link for {name:?}"));
    let page = app.get(&href).await;
    assert_eq!(page.status, 200, "{name:?} via {href}");
    assert_eq!(page.text("dd.person-username"), name, "{name:?} via {href}");
    page
}

fn action(page: &Page, suffix: &str) -> String {
    page.attr(&format!("form[action$='/{suffix}']"), "action")
        .unwrap_or_else(|| panic!("no {suffix} form"))
}

async fn decoys_untouched(app: &TestApp) {
    for decoy in DECOYS {
        assert!(app.exists(decoy).await, "{decoy} was deleted");
        assert!(app.is_enabled(decoy).await, "{decoy} was disabled");
    }
}

#[tokio::test]
async fn every_admin_link_and_button_acts_on_exactly_the_person_it_names() {
    let app = TestApp::spawn().await;
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    for name in NAMES.iter().chain(&DECOYS) {
        app.create_person(name, "Odd", "Name", &["client"]).await;
    }
    assert_eq!(app.sign_in(&admin, PASSWORD).await.status, 303);

    for name in NAMES {
        let page = admin_page_of(&app, name).await;
        let csrf = page.csrf_token();

        let disabled = app
            .post_form(&action(&page, "disable"), &[("csrf_token", &csrf)])
            .await;
        assert_eq!(disabled.status, 303, "{name:?}");
        assert!(!app.is_enabled(name).await, "{name:?} still enabled");
        decoys_untouched(&app).await;

        let page = app
            .get(disabled.location.as_deref().expect("back to the person"))
            .await;
        assert_eq!(
            page.text("dd.person-username"),
            name,
            "the redirect names {name:?}"
        );
        let enabled = app
            .post_form(&action(&page, "enable"), &[("csrf_token", &csrf)])
            .await;
        assert_eq!(enabled.status, 303, "{name:?}");
        assert!(app.is_enabled(name).await, "{name:?} still disabled");

        let signed_out = app
            .post_form(&action(&page, "sign-out"), &[("csrf_token", &csrf)])
            .await;
        assert_eq!(signed_out.status, 303, "{name:?}");

        let moved = app
            .post_form(
                &action(&page, "group"),
                &[("csrf_token", &csrf), ("group", "professional")],
            )
            .await;
        assert_eq!(moved.status, 303, "{name:?}");
        let page = admin_page_of(&app, name).await;
        assert_eq!(page.text("dd.person-groups"), "Professional", "{name:?}");

        // Resend is for invited people only (the page offers no button for this person): the
        // refusal still names exactly them.
        let disable = action(&page, "disable");
        let resend = format!("{}resend", disable.trim_end_matches("disable"));
        let resent = app.post_form(&resend, &[("csrf_token", &csrf)]).await;
        assert_eq!(resent.status, 409, "{name:?}");
        assert_eq!(resent.text("dd.person-username"), name);

        let deleted = app
            .post_form(
                &action(&page, "delete"),
                &[("csrf_token", &csrf), ("confirm_username", name)],
            )
            .await;
        assert_eq!(deleted.status, 303, "{name:?}");
        assert!(!app.exists(name).await, "{name:?} still exists");
        decoys_untouched(&app).await;
    }
}

#[tokio::test]
async fn a_path_that_names_nobody_is_a_404_not_someone_else() {
    let app = TestApp::spawn().await;
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    app.create_person("chris", "Chris", "Client", &["client"])
        .await;
    assert_eq!(app.sign_in(&admin, PASSWORD).await.status, 303);
    for path in [
        "/admin/users/cleo%2F..%2Fchris",
        "/admin/users/%FF",
        "/admin/users/a%00b",
    ] {
        assert_eq!(app.get(path).await.status, 404, "{path}");
    }
    let page = app.get("/admin/invitations/new").await;
    let refused = app
        .post_form(
            "/admin/invitations",
            &[
                ("csrf_token", &page.csrf_token()),
                ("username", "a b"),
                ("email", "ab@example.com"),
                ("given_name", "A"),
                ("family_name", "B"),
                ("group", "client"),
            ],
        )
        .await;
    assert_eq!(
        refused.status, 422,
        "Cognito allows no spaces in a user name"
    );
    assert!(!app.exists("a b").await);
}
