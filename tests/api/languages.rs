//! Pages in the person's language: negotiation, the menu, Cognito's `locale`, invitations, and
//! the pseudo language that finds text left out of the resources.
use crate::helpers::{PASSWORD, Page, TestApp, unique};
use cognito_portal::i18n::{Lang, Msg};
use scraper::{ElementRef, Html, Node, Selector};

fn said(id: &'static str, lang: Lang) -> String {
    Msg::new(id).text_in(lang)
}

fn html_lang(html: &Html) -> (String, String) {
    let root = html.root_element();
    (
        root.value().attr("lang").unwrap_or_default().to_owned(),
        root.value().attr("dir").unwrap_or_default().to_owned(),
    )
}

async fn page_with_language(app: &TestApp, path: &str, accept_language: &str) -> (Html, u16) {
    let fetched = app
        .fetch(path, &[("accept-language", accept_language)])
        .await;
    assert_eq!(
        fetched
            .headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store"),
        "no shared cache may keep one language's page for another person"
    );
    (
        Html::parse_document(&String::from_utf8_lossy(&fetched.body)),
        fetched.status,
    )
}

#[tokio::test]
async fn the_browsers_languages_choose_the_pages_language() {
    let app = TestApp::spawn().await;
    for (header, tag, dir) in [
        ("fr-CA,fr;q=0.9", "fr", "ltr"),
        ("zh-Hant-HK", "zh-TW", "ltr"),
        ("zh-CN", "zh-CN", "ltr"),
        ("pt", "pt-BR", "ltr"),
        ("ar-EG,ar;q=0.9", "ar", "rtl"),
        ("sv-SE", "en", "ltr"),
        ("", "en", "ltr"),
        ("en;q=0.2, de;q=0.8", "de", "ltr"),
    ] {
        let (html, status) = page_with_language(&app, "/login", header).await;
        assert_eq!(status, 200);
        assert_eq!(
            html_lang(&html),
            (tag.to_owned(), dir.to_owned()),
            "{header:?}"
        );
        let lang = Lang::from_tag(tag).expect("a tag of the list");
        let h1 = html
            .select(&Selector::parse("h1").expect("selector"))
            .next()
            .map(|h| h.text().collect::<String>())
            .unwrap_or_default();
        assert_eq!(h1.trim(), said("login-title", lang), "{header:?}");
    }
    // Error pages too.
    let (html, status) = page_with_language(&app, "/no/such/page", "de-DE").await;
    assert_eq!(status, 404);
    assert_eq!(html_lang(&html).0, "de");
    // A tag with an extension or a private-use part is its language all the same.
    for header in ["de-DE-x-priv", "de-CH-1901", "de-DE-u-co-phonebk, en;q=0.5"] {
        let (html, _) = page_with_language(&app, "/login", header).await;
        assert_eq!(html_lang(&html).0, "de", "{header:?}");
    }
}

#[tokio::test]
async fn every_public_page_describes_itself_in_the_pages_language() {
    let app = TestApp::spawn().await;
    let description = Selector::parse("head meta[name=description]").expect("selector");
    for tag in ["en", "de", "ar", "ja"] {
        let lang = Lang::from_tag(tag).expect("a tag of the list");
        for (path, id) in [
            ("/login", "login-description"),
            ("/forgot-password", "forgot-description"),
            ("/confirm-code", "confirm-description"),
            ("/language?next=/login", "language-description"),
        ] {
            let (html, status) = page_with_language(&app, path, tag).await;
            assert_eq!(status, 200, "{path}");
            let found: Vec<&str> = html
                .select(&description)
                .filter_map(|meta| meta.value().attr("content"))
                .collect();
            let expected = Msg::new(id).with("portal", "Cognito Portal").text_in(lang);
            assert_eq!(found, [expected.as_str()], "{tag} {path}");
        }
    }
}

async fn choose(app: &TestApp, page: &Page, lang: &str, next: &str) -> Page {
    app.post_form(
        "/language",
        &[
            ("lang", lang),
            ("next", next),
            ("csrf_token", &page.csrf_token()),
        ],
    )
    .await
}

#[tokio::test]
async fn the_menu_comes_back_only_to_a_page_it_could_go_back_to() {
    let app = TestApp::spawn().await;
    // A query string longer than `/language` would take back is not echoed into the page:
    // the menu brings the person to the start page instead.
    let long = format!("/login?reason={}", "a".repeat(60_000));
    let login = app.get(&long).await;
    assert_eq!(login.status, 200);
    assert_eq!(
        login
            .attr("form[action='/language'] input[name=next]", "value")
            .as_deref(),
        Some("/")
    );
    assert!(login.body_bytes < 20_000, "{} bytes", login.body_bytes);
    let chosen = choose(&app, &login, "fr", "/").await;
    assert_eq!(chosen.location.as_deref(), Some("/"));
    // One just under the bound is kept whole.
    let kept = format!("/login?reason={}", "a".repeat(1_000));
    let login = app.get(&kept).await;
    assert_eq!(
        login
            .attr("form[action='/language'] input[name=next]", "value")
            .as_deref(),
        Some(kept.as_str())
    );
}

#[tokio::test]
async fn the_menu_remembers_a_choice_and_comes_back_to_the_page() {
    let app = TestApp::spawn().await;
    let login = app.get("/login?next=%2Faccount").await;
    assert!(login.has("form[action='/language'] select[name=lang] option[lang=ar]"));
    assert_eq!(
        login
            .attr("form[action='/language'] input[name=next]", "value")
            .as_deref(),
        Some("/login?next=%2Faccount")
    );
    let chosen = choose(&app, &login, "de", "/login?next=%2Faccount").await;
    assert_eq!(chosen.status, 303);
    assert_eq!(chosen.location.as_deref(), Some("/login?next=%2Faccount"));
    let cookie = chosen.header("set-cookie").unwrap_or_default();
    assert!(cookie.starts_with("__Host-lang=de"), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );

    let again = app.get("/login").await;
    assert_eq!(again.attr("html", "lang").as_deref(), Some("de"));
    assert_eq!(
        again.text("h1"),
        said(
            "login-title",
            Lang::from_tag("de").expect("one of the languages")
        )
    );
    // The choice beats the browser's own languages.
    let fetched = app
        .get_with_headers("/login", &[("accept-language", "fr")])
        .await;
    assert_eq!(fetched.attr("html", "lang").as_deref(), Some("de"));
    // A form re-rendered after an error keeps the language.
    let wrong = app.sign_in("nobody-here", "Wrong-Password-1").await;
    assert_eq!(wrong.attr("html", "lang").as_deref(), Some("de"));
    assert_eq!(
        wrong.text(".error-summary a"),
        said(
            "login-wrong",
            Lang::from_tag("de").expect("one of the languages")
        )
    );

    // Somewhere else than this portal is not a place to come back to.
    let elsewhere = choose(&app, &again, "fr", "https://evil.example/").await;
    assert_eq!(elsewhere.location.as_deref(), Some("/"));
    let unknown = choose(&app, &again, "tlh", "/login").await;
    assert_eq!(unknown.status, 400);
    let forged = app
        .post_form(
            "/language",
            &[("lang", "fr"), ("next", "/"), ("csrf_token", "forged")],
        )
        .await;
    assert_eq!(forged.status, 403);
}

#[tokio::test]
async fn signed_in_the_choice_is_kept_in_cognito_and_follows_the_person() {
    let app = TestApp::spawn().await;
    let name = unique("polyglot");
    app.create_person(&name, "Poly", "Glot", &["client"]).await;
    app.sign_in(&name, PASSWORD).await;
    let client = app.get("/client").await;
    assert_eq!(client.attr("html", "lang").as_deref(), Some("en"));
    let chosen = choose(&app, &client, "pt-BR", "/client").await;
    assert_eq!(chosen.location.as_deref(), Some("/client"));
    assert_eq!(
        app.user_attribute(&name, "locale").await.as_deref(),
        Some("pt-BR")
    );
    assert_eq!(
        app.get("/client").await.text("h1"),
        Msg::new("welcome")
            .with("name", "Poly")
            .text_in(Lang::from_tag("pt-BR").expect("one of the languages"))
    );

    // Another browser, which never chose: after signing in, Cognito's locale decides.
    let other = app.second_browser();
    let before = other.get("/login").await;
    assert_eq!(before.attr("html", "lang").as_deref(), Some("en"));
    other.sign_in(&name, PASSWORD).await;
    let there = other.get("/account").await;
    assert_eq!(there.attr("html", "lang").as_deref(), Some("pt-BR"));
    assert!(
        there.has("select#lang option[value=pt-BR][selected]"),
        "the account page shows the choice"
    );
}

#[tokio::test]
async fn an_invitation_with_a_language_sets_the_invitees_locale_and_their_first_sign_in() {
    let app = TestApp::spawn().await;
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    app.sign_in(&admin, PASSWORD).await;
    let form = app.get("/admin/invitations/new").await;
    assert!(form.has("select#locale option[value=ja][lang=ja]"));
    let invitee = unique("nihongo");
    let sent = app
        .post_form(
            "/admin/invitations",
            &[
                ("username", invitee.as_str()),
                ("email", &format!("{invitee}@example.com")),
                ("given_name", "Hana"),
                ("family_name", "Sato"),
                ("group", "client"),
                ("locale", "ja"),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.text(".error-summary"));
    assert_eq!(
        app.user_attribute(&invitee, "locale").await.as_deref(),
        Some("ja")
    );
    // An unknown language is a field error, and nothing is sent.
    let bad = app
        .post_form(
            "/admin/invitations",
            &[
                ("username", unique("nope").as_str()),
                ("email", "nope@example.com"),
                ("given_name", "No"),
                ("family_name", "Pe"),
                ("group", "client"),
                ("locale", "xx"),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(
        bad.text("#locale-error")
            .trim_start_matches("Error:")
            .trim(),
        said("locale-unknown", Lang::EN)
    );

    // The invitee's first sign-in (the temporary password) is already in Japanese.
    let first = unique("erste");
    app.invite_person(&first, "Temp-Pass-123!").await;
    app.set_attribute(&first, "locale", "de").await;
    let browser = app.second_browser();
    let challenge = browser.sign_in(&first, "Temp-Pass-123!").await;
    assert_eq!(challenge.location.as_deref(), Some("/new-password"));
    let page = browser.get("/new-password").await;
    assert_eq!(page.attr("html", "lang").as_deref(), Some("de"));
    assert_eq!(
        page.text("h1"),
        said(
            "new-password-title",
            Lang::from_tag("de").expect("one of the languages")
        )
    );
}

/// Text meant for people that is not inside a message of the pseudo language: what is left
/// of `html` once every ⟦message⟧, element marked with another `lang`, and piece of `data`
/// is taken out.
fn unmarked_text(html: &str, data: &[&str]) -> Vec<String> {
    let document = Html::parse_document(html);
    let mut visible = String::new();
    collect_visible(document.root_element(), &mut visible);
    // What is left of a text once its messages and data are taken out, if it holds a letter.
    let leftover = |text: &str| {
        let mut rest = strip_messages(text);
        for piece in data {
            rest = rest.replace(piece, " ");
        }
        rest.chars()
            .any(|c| c.is_ascii_alphabetic())
            .then(|| rest.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    let mut found = Vec::new();
    if let Some(rest) = leftover(&visible) {
        found.push(format!("text: {rest:?}"));
    }
    // The words forms.js shows (the password toggle's) are the page's, in these attributes.
    let people_attributes = [
        "title",
        "aria-label",
        "placeholder",
        "alt",
        "content",
        "data-show-label",
        "data-hide-label",
    ];
    for element in document
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
    {
        let el = element.value();
        if el.attr("lang").is_some_and(|l| l != "en-XA") {
            continue;
        }
        let mut values: Vec<&str> = people_attributes
            .iter()
            .filter_map(|a| el.attr(a))
            .collect();
        if el.name() == "meta" && el.attr("name") != Some("description") {
            values.clear();
        }
        if el.name() == "input" && matches!(el.attr("type"), Some("submit" | "button")) {
            values.extend(el.attr("value"));
        }
        if let Some(label) = el.attr("data-label") {
            values.push(label);
        }
        for value in values {
            if leftover(value).is_some() {
                found.push(format!("<{}> attribute: {value:?}", el.name()));
            }
        }
    }
    found
}

fn collect_visible(element: ElementRef, out: &mut String) {
    let el = element.value();
    // A line-break opportunity inside a word (an address's `<wbr>`) is no space between words.
    if matches!(el.name(), "script" | "style" | "wbr")
        || el.attr("lang").is_some_and(|l| l != "en-XA")
    {
        return;
    }
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    collect_visible(child, out);
                }
            }
            _ => {}
        }
    }
    out.push(' ');
}

/// Takes out every ⟦...⟧, innermost first (a message may hold another).
fn strip_messages(text: &str) -> String {
    let mut text = text.to_owned();
    while let Some(close) = text.find('⟧') {
        let Some(open) = text[..close].rfind('⟦') else {
            break;
        };
        text.replace_range(open..close + '⟧'.len_utf8(), " ");
    }
    text
}

#[test]
fn the_check_finds_a_string_left_in_english_on_purpose() {
    let page = r#"<html lang="en-XA"><head><title>⟦Šîğñ îñ⟧</title></head><body>
        <h1>⟦Ŵéľçöɱé, ⟧Ann</h1><button>Save</button>
        <select><option lang="de">Deutsch</option></select>
        <a aria-label="Pages">⟦Ñéxţ⟧</a>
        <input type="password" data-show-label="⟦Šĥöŵ⟧" data-hide-label="Hide password">
        </body></html>"#;
    let found = unmarked_text(page, &["Ann"]);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].contains("Save"), "{found:?}");
    assert!(found[1].contains("Pages"), "{found:?}");
    assert!(found[2].contains("Hide password"), "{found:?}");
    assert!(
        unmarked_text(
            r#"<html><body><p>⟦Å ⟦ñéšţéđ⟧ öñé⟧ 42</p></body></html>"#,
            &[]
        )
        .is_empty()
    );
}

#[tokio::test]
async fn in_the_pseudo_language_no_page_shows_text_outside_the_resources() {
    let app = TestApp::builder().pseudo_language().spawn().await;
    // Names that are no English words, so that taking the data out hides no English.
    let admin = unique("pseudoadmin");
    let admin_email = app
        .create_person(&admin, "Ada", "Okonkwo", &["admin"])
        .await;
    let pro = unique("pseudopro");
    let pro_email = app
        .create_person(&pro, "Petra", "Wojcik", &["professional"])
        .await;
    let client = unique("pseudoclient");
    let client_email = app
        .create_person(&client, "Cleo", "Ngata", &["client"])
        .await;
    let invitee = unique("pseudonew");
    app.invite_person(&invitee, "Temp-Pass-123!").await;
    let login = app.get("/login").await;
    choose(&app, &login, "en-XA", "/login").await;

    let mut data: Vec<String> = vec![
        "Cognito Portal".into(),
        format!("cognito-portal {}", env!("CARGO_PKG_VERSION")),
        "pseudo-new@example.com".into(),
        "username,email,given_name,family_name,group".into(),
        "locale".into(),
    ];
    for (name, email, given, family) in [
        (&admin, &admin_email, "Ada", "Okonkwo"),
        (&pro, &pro_email, "Petra", "Wojcik"),
        (&client, &client_email, "Cleo", "Ngata"),
        (&invitee, &format!("{invitee}@example.com"), "New", "Person"),
    ] {
        data.extend([
            email.clone(),
            name.clone(),
            format!("{given} {family}"),
            given.into(),
            family.into(),
        ]);
    }
    // Longest first, so a name inside an address goes with the address.
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    let data: Vec<&str> = data.iter().map(String::as_str).collect();
    let mut problems = Vec::new();
    // `more`: data only this page shows (the rows of a CSV file).
    let mut check_with = |label: &str, page: &Page, more: &[&str]| {
        assert_eq!(
            page.attr("html", "lang").as_deref(),
            Some("en-XA"),
            "{label}"
        );
        let mut data: Vec<&str> = more.iter().chain(&data).copied().collect();
        data.sort_by_key(|d| std::cmp::Reverse(d.len()));
        for found in unmarked_text(&page.html.html(), &data) {
            problems.push(format!("{label}: {found}"));
        }
    };
    let mut check = |label: &str, page: &Page| check_with(label, page, &[]);

    check("sign-in", &app.get("/login").await);
    check(
        "sign-in error",
        &app.sign_in(&client, "Wrong-Password-1").await,
    );
    check("forgot password", &app.get("/forgot-password").await);
    let forgot = app.get("/forgot-password").await;
    let sent = app
        .post_form(
            "/forgot-password",
            &[
                ("username", client.as_str()),
                ("csrf_token", &forgot.csrf_token()),
            ],
        )
        .await;
    check(
        "confirm code",
        &app.get(sent.location.as_deref().unwrap_or("/confirm-code"))
            .await,
    );
    let code_page = app.get("/confirm-code").await;
    check(
        "confirm code errors",
        &app.post_form(
            "/confirm-code",
            &[
                ("username", client.as_str()),
                ("code", "12"),
                ("new_password", "short"),
                ("confirm_password", "other"),
                ("csrf_token", &code_page.csrf_token()),
            ],
        )
        .await,
    );
    check("not found", &app.get("/no/such/page").await);
    check("method not allowed", &app.get("/logout").await);
    check(
        "form expired",
        &app.post_form(
            "/login",
            &[
                ("username", "x"),
                ("password", "y"),
                ("csrf_token", "forged"),
            ],
        )
        .await,
    );
    // A first sign-in, in a browser of its own that chose the pseudo language too.
    let first = app.second_browser();
    let its_login = first.get("/login").await;
    choose(&first, &its_login, "en-XA", "/login").await;
    first.sign_in(&invitee, "Temp-Pass-123!").await;
    check("first sign-in", &first.get("/new-password").await);
    check("language page", &app.get("/language?next=/login").await);

    app.sign_in(&client, PASSWORD).await;
    check("client dashboard", &app.get("/client").await);
    check("forbidden", &app.get("/professional").await);
    let account = app.get("/account").await;
    check("account", &account);
    check(
        "account errors",
        &app.post_form(
            "/account/password",
            &[
                ("current_password", ""),
                ("new_password", "x"),
                ("confirm_password", "y"),
                ("csrf_token", &account.csrf_token()),
            ],
        )
        .await,
    );
    let email_form = app.get("/account/email").await;
    check("email change", &email_form);
    let asked = app
        .post_form(
            "/account/email",
            &[
                ("email", "pseudo-new@example.com"),
                ("current_password", PASSWORD),
                ("csrf_token", &email_form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(asked.location.as_deref(), Some("/account/email/verify"));
    check("email code", &app.get("/account/email/verify").await);
    app.sign_out(&account).await;

    app.sign_in(&pro, PASSWORD).await;
    check("professional dashboard", &app.get("/professional").await);
    check(
        "client search",
        &app.get("/professional?q=zzzz-nobody").await,
    );
    let page = app.get("/professional").await;
    app.sign_out(&page).await;

    app.sign_in(&admin, PASSWORD).await;
    check(
        "people",
        &app.get(&format!("/admin/users?q={client}")).await,
    );
    check("person", &app.get(&format!("/admin/users/{client}")).await);
    check("invite", &app.get("/admin/invitations/new").await);
    let invite = app.get("/admin/invitations/new").await;
    check(
        "invite errors",
        &app.post_form(
            "/admin/invitations",
            &[
                ("username", "bad name"),
                ("email", "nope"),
                ("given_name", ""),
                ("family_name", ""),
                ("group", "x"),
                ("csrf_token", &invite.csrf_token()),
            ],
        )
        .await,
    );
    let bulk = app.get("/admin/invitations/bulk").await;
    check("bulk", &bulk);
    let dry_run_data = [
        "zq@example.com",
        "x@example.com",
        "zq-new",
        "Xu",
        "Yi",
        "Zu",
        "Qi",
        "client",
    ];
    check_with(
        "bulk dry run",
        &app.post_file(
            "/admin/invitations/bulk",
            &[("csrf_token", &bulk.csrf_token())],
            "file",
            format!("username,email,given_name,family_name,group\n{client},x@example.com,Xu,Yi,client\nzq-new,zq@example.com,Zu,Qi,client\n").as_bytes(),
        )
        .await,
        &dry_run_data,
    );
    assert!(
        problems.is_empty(),
        "text outside the resources:\n{}",
        problems.join("\n")
    );
}
