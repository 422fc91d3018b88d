//! Hostile input, generated: whatever arrives, every answer is a page with an expected status,
//! never a 500, and Cognito is never asked about input that failed parsing.
//!
//! The portal under test points at a Cognito that refuses connections, so a request that
//! reaches Cognito answers 503: for input the domain parsers refuse, 503 must never appear.
use crate::helpers::TestApp;
use cognito_portal::domain::now_millis;
use cognito_portal::domain::{ConfirmationCode, EmailAddress, PersonName, Username};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::json;

const EXPECTED: [u16; 11] = [200, 303, 400, 403, 404, 405, 409, 413, 422, 429, 503];

/// Strings that break things: Unicode, controls, NUL, very long, empty.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        "[\\x00-\\x1f\\x7f]{0,8}",
        "\\PC{0,40}",
        Just(String::new()),
        Just("a".repeat(20_000)),
        Just(" \u{0} \u{202e}admin".to_owned()),
        "[a-z]{1,10}",
    ]
}

/// A urlencoded body with each field present, missing or duplicated.
fn body(fields: &[(&str, String)], presence: &[u8], csrf: &str) -> Vec<u8> {
    let mut pairs: Vec<(&str, &str)> = vec![("csrf_token", csrf)];
    for ((name, value), how) in fields.iter().zip(presence) {
        match how % 4 {
            0 => {}
            1 => {
                pairs.push((name, value));
                pairs.push((name, value));
            }
            _ => pairs.push((name, value)),
        }
    }
    serde_urlencoded::to_string(&pairs)
        .unwrap_or_default()
        .into_bytes()
}

struct Target {
    app: TestApp,
    csrf: String,
}

fn run(
    rt: &tokio::runtime::Runtime,
    target: &Target,
    path: &str,
    names: &'static [&'static str],
    parses: fn(&[String]) -> bool,
) {
    let mut runner = TestRunner::new(Config {
        cases: 40,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (
        proptest::collection::vec(hostile(), names.len()),
        proptest::collection::vec(any::<u8>(), names.len()),
        prop_oneof![
            Just("application/x-www-form-urlencoded"),
            Just("text/plain"),
            Just("multipart/form-data"),
            Just("")
        ],
    );
    runner
        .run(&strategy, |(values, presence, content_type)| {
            let fields: Vec<(&str, String)> =
                names.iter().copied().zip(values.iter().cloned()).collect();
            let page = rt.block_on(target.app.post_raw(
                path,
                content_type,
                body(&fields, &presence, &target.csrf),
            ));
            prop_assert!(
                EXPECTED.contains(&page.status),
                "{path}: status {} for {fields:?}",
                page.status
            );
            // A parsed document always has an <html> root, so look for the portal's own layout:
            // every answer but a redirect is one of its pages.
            if page.status != 303 {
                prop_assert!(
                    page.has("header .brand"),
                    "{path}: status {} is not a portal page",
                    page.status
                );
            }
            // Every field once; only `next` (optional) may be left out.
            let well_formed = content_type == "application/x-www-form-urlencoded"
                && names
                    .iter()
                    .zip(&presence)
                    .all(|(name, p)| p % 4 >= 2 || (*name == "next" && p % 4 == 0));
            if page.status == 503 {
                prop_assert!(
                    well_formed && parses(&values),
                    "{path}: Cognito was asked about unparsed input {fields:?}"
                );
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn cut_off_app(rt: &tokio::runtime::Runtime) -> TestApp {
    rt.block_on(
        TestApp::builder()
            .aws_endpoint_url("http://127.0.0.1:9")
            .rate_limit_client_attempts(1_000_000)
            .rate_limit_account_failures(1_000_000)
            .rate_limit_reset_emails(1_000_000)
            .spawn(),
    )
}

/// A session signed in as `groups`, sealed with the app's key.
fn signed_in(app: &TestApp, groups: &[&str]) -> String {
    let user = json!({
        "session_id": "prop", "username": "prop-user", "email": "p@example.com", "given_name": "P",
        "family_name": "Q", "groups": groups, "signed_in_at": now_millis(), "expires_at": now_millis() + 3_600_000u64
    });
    app.set_session_cookie(&app.forge_session(&[("user", user), ("csrf", json!("prop-csrf"))]));
    "prop-csrf".to_owned()
}

fn anonymous(rt: &tokio::runtime::Runtime, app: &TestApp) -> String {
    rt.block_on(app.get("/login")).csrf_token()
}

#[test]
fn sign_in_and_reset_forms_survive_hostile_input() {
    let rt = runtime();
    let app = cut_off_app(&rt);
    let csrf = anonymous(&rt, &app);
    let target = Target { app, csrf };
    run(
        &rt,
        &target,
        "/login",
        &["username", "password", "next"],
        |v| Username::parse(&v[0]).is_ok() && !v[1].is_empty() && v[1].chars().count() <= 256,
    );
    run(&rt, &target, "/forgot-password", &["username"], |v| {
        Username::parse(&v[0]).is_ok()
    });
    run(
        &rt,
        &target,
        "/confirm-code",
        &["username", "code", "new_password", "confirm_password"],
        |v| {
            Username::parse(&v[0]).is_ok() && ConfirmationCode::parse(&v[1]).is_ok() && v[2] == v[3]
        },
    );
}

#[test]
fn first_sign_in_survives_hostile_input() {
    let rt = runtime();
    let app = cut_off_app(&rt);
    let challenge = json!({"username": "prop-user", "cognito_session": "s", "missing_attributes": ["given_name"], "started_at": now_millis()});
    app.set_session_cookie(
        &app.forge_session(&[("challenge", challenge), ("csrf", json!("prop-csrf"))]),
    );
    let target = Target {
        app,
        csrf: "prop-csrf".into(),
    };
    run(
        &rt,
        &target,
        "/new-password",
        &["new_password", "confirm_password", "given_name"],
        |v| v[0] == v[1] && PersonName::parse(&v[2]).is_ok(),
    );
}

#[test]
fn account_and_admin_forms_survive_hostile_input() {
    let rt = runtime();
    let app = cut_off_app(&rt);
    let csrf = signed_in(&app, &["client", "admin"]);
    let target = Target { app, csrf };
    run(
        &rt,
        &target,
        "/account/profile",
        &["given_name", "family_name"],
        |v| PersonName::parse(&v[0]).is_ok() && PersonName::parse(&v[1]).is_ok(),
    );
    run(
        &rt,
        &target,
        "/account/password",
        &["current_password", "new_password", "confirm_password"],
        |v| !v[0].is_empty() && v[1] == v[2],
    );
    run(
        &rt,
        &target,
        "/admin/invitations",
        &["username", "email", "given_name", "family_name", "group"],
        |v| {
            Username::parse(&v[0]).is_ok()
                && EmailAddress::parse(&v[1]).is_ok()
                && PersonName::parse(&v[2]).is_ok()
                && PersonName::parse(&v[3]).is_ok()
        },
    );
    run(
        &rt,
        &target,
        "/admin/users/someone/delete",
        &["confirm_username"],
        |_| true,
    );
    run(
        &rt,
        &target,
        "/account/email",
        &["email", "current_password"],
        |v| EmailAddress::parse(&v[0]).is_ok() && !v[1].is_empty(),
    );
    // Refused details come back on the person's page, which reads the person from Cognito (as
    // the refused delete does): a 503 here says nothing about what was sent.
    run(
        &rt,
        &target,
        "/admin/users/someone/details",
        &["given_name", "family_name", "email"],
        |_| true,
    );
    // (No pending change here: the form is read and checked, then the answer is a redirect.)
    run(&rt, &target, "/account/email/verify", &["code"], |v| {
        ConfirmationCode::parse(&v[0]).is_ok()
    });
}

proptest! {
    #![proptest_config(Config { cases: 2000, failure_persistence: None, ..Config::default() })]

    #[test]
    fn domain_parsers_never_panic_and_keep_their_promises(input in "\\PC*|.*") {
        if let Ok(username) = Username::parse(&input) {
            prop_assert!(!username.as_str().is_empty() && username.as_str().chars().count() <= 128);
            prop_assert!(!username.as_str().chars().any(char::is_whitespace));
        }
        if let Ok(email) = EmailAddress::parse(&input) {
            prop_assert!(email.as_str().chars().count() <= 254 && email.as_str().contains('@'));
        }
        if let Ok(name) = PersonName::parse(&input) {
            prop_assert!(!name.as_str().chars().any(char::is_control));
        }
        if let Some(next) = cognito_portal::domain::NextPath::parse(&input) {
            prop_assert!(next.as_str().starts_with('/') && !next.as_str().starts_with("//"));
        }
        let _ = ConfirmationCode::parse(&input);
        let _ = cognito_portal::routes::form::parse::<std::collections::HashMap<String, String>>(input.as_bytes());
    }
}

/// A query value as it may arrive: escaped properly, or raw and broken.
fn hostile_query_value() -> impl Strategy<Value = String> {
    prop_oneof![
        hostile().prop_map(|v| url::form_urlencoded::byte_serialize(v.as_bytes()).collect()),
        Just("%".to_owned()),
        Just("%zz%".to_owned()),
        Just("%FF%FE%00".to_owned()),
        Just("%C0%AF..%2F..%2F".to_owned()),
        Just("a".repeat(10_000)),
        Just("1e999".to_owned()),
        Just("-1".to_owned()),
        "[0-9]{1,30}",
    ]
}

#[test]
fn every_page_survives_hostile_query_strings() {
    let rt = runtime();
    let app = cut_off_app(&rt);
    let pages: [(&str, &[&str]); 14] = [
        ("/login", &["next", "reason", "username"]),
        ("/confirm-code", &["username"]),
        ("/forgot-password", &["username"]),
        ("/new-password", &["next"]),
        ("/admin/users", &["q", "group", "token", "trail", "page"]),
        ("/admin/users/someone", &["token"]),
        ("/admin/invitations/new", &["group"]),
        ("/professional", &["page", "q"]),
        ("/client", &["page"]),
        ("/account", &["tab"]),
        ("/account/email", &["email"]),
        ("/account/email/verify", &["code"]),
        ("/dashboard", &["next"]),
        ("/healthz", &["x"]),
    ];
    for groups in [&["professional", "client", "admin"][..], &[][..]] {
        if groups.is_empty() {
            app.clear_cookies();
        } else {
            signed_in(&app, groups);
        }
        for (path, names) in pages {
            let mut runner = TestRunner::new(Config {
                cases: 24,
                failure_persistence: None,
                ..Config::default()
            });
            let strategy = (
                proptest::collection::vec(hostile_query_value(), names.len()),
                proptest::collection::vec(any::<u8>(), names.len()),
            );
            runner
                .run(&strategy, |(values, presence)| {
                    let mut pairs = Vec::new();
                    for ((name, value), how) in names.iter().zip(&values).zip(&presence) {
                        for _ in 0..(how % 3) {
                            pairs.push(format!("{name}={value}"));
                        }
                    }
                    let url = format!("{path}?{}", pairs.join("&"));
                    // Longer than any URI the HTTP client (the http crate: 65,534 bytes) can
                    // send, with the test server's address in front (64 bytes at most): a
                    // draw of several 10,000-byte values; the case says nothing.
                    prop_assume!(url.len() + 64 < 65_534);
                    let page = rt.block_on(app.get(&url));
                    prop_assert!(
                        EXPECTED.contains(&page.status),
                        "{url}: status {}",
                        page.status
                    );
                    if page.status != 303 && path != "/healthz" {
                        prop_assert!(page.has("header .brand"), "{url}: not a portal page");
                    }
                    Ok(())
                })
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
}
