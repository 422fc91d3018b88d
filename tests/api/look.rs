//! The organisation's name, logo and accent; static files under hashed names, precompressed;
//! crawlers kept out.
use crate::helpers::TestApp;
use cognito_portal::views::assets::{FAVICON, STYLESHEET};

#[tokio::test]
async fn the_organisations_name_logo_and_accent_are_on_every_page() {
    let app = TestApp::builder().acme_look().spawn().await;
    for path in ["/login", "/forgot-password", "/no/such/page"] {
        let page = app.get(path).await;
        let title = page.text("title");
        assert!(title.ends_with("– Acme Clinic"), "{path}: {title}");
        assert_eq!(
            page.attr("header .brand img", "alt").as_deref(),
            Some("Acme Clinic"),
            "{path}"
        );
        assert!(page.text("footer").starts_with("Acme Clinic"), "{path}");
    }
    let page = app.get("/login").await;
    let logo_path = page.attr("header .brand img", "src").expect("a logo");
    let served = app.fetch(&logo_path, &[]).await;
    assert_eq!(served.status, 200);
    assert_eq!(
        served.header("content-type").as_deref(),
        Some("image/svg+xml")
    );
    assert!(served.text().contains("Acme Clinic"));
    let accent = page
        .attr("link[rel=stylesheet][href*=accent]", "href")
        .expect("the accent's stylesheet");
    let css = app.fetch(&accent, &[]).await;
    assert!(css.text().contains("--brand: #0b6e4f"), "{}", css.text());
    assert_eq!(
        css.header("cache-control").as_deref(),
        Some("public, max-age=31536000, immutable")
    );
}

#[tokio::test]
async fn without_settings_the_portal_looks_as_before() {
    let app = TestApp::spawn().await;
    let page = app.get("/login").await;
    assert_eq!(page.text("header .brand"), "Cognito Portal");
    assert!(page.text("title").ends_with("– Cognito Portal"));
    assert!(!page.has("link[href*=accent]"));
    assert_eq!(
        page.attr("meta[name=description]", "content").as_deref(),
        Some("Sign in to Cognito Portal.")
    );
}

#[test]
fn an_accent_without_enough_contrast_is_refused_at_start_up_and_a_dark_one_accepted() {
    use cognito_portal::config::{SessionKey, Settings, cognito, look, session};
    let base = |accent: &str| {
        Settings::from_lookup(|name| match name {
            cognito::COGNITO_POOL_ID => Some("us-east-1_abc".into()),
            cognito::COGNITO_CLIENT => Some("client".into()),
            cognito::COGNITO_CLIENT_SECRET => Some("secret".into()),
            session::SESSION_KEY => Some(SessionKey::generate_base64()),
            look::PORTAL_ACCENT => Some(accent.into()),
            _ => None,
        })
    };
    let refused = base("#ffcc00").err().expect("yellow on white is refused");
    assert_eq!(refused.var, look::PORTAL_ACCENT);
    assert!(refused.problem.contains("4.5:1"), "{}", refused.problem);
    assert!(base("#0b6e4f").is_ok());
    assert!(base("green").is_err());
}

#[test]
fn a_refused_accent_stops_the_binary_with_one_line_and_exit_2() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cognito-portal"))
        .env_clear()
        .envs([
            ("COGNITO_POOL_ID", "us-east-1_abc"),
            ("COGNITO_CLIENT", "client"),
            ("COGNITO_CLIENT_SECRET", "secret"),
            (
                "SESSION_KEY",
                &cognito_portal::config::SessionKey::generate_base64(),
            ),
            ("PORTAL_ACCENT", "#aaaaaa"),
        ])
        .current_dir(std::env::temp_dir())
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("PORTAL_ACCENT"), "{stderr}");
}

#[tokio::test]
async fn static_files_have_hashed_names_cached_for_a_year_and_compressed_copies() {
    let app = TestApp::spawn().await;
    let page = app.get("/login").await;
    assert_eq!(
        page.attr("link[rel=stylesheet]", "href").as_deref(),
        Some(STYLESHEET.path)
    );
    assert_eq!(
        page.attr("link[rel=icon]", "href").as_deref(),
        Some(FAVICON.path)
    );
    let plain = app.fetch(STYLESHEET.path, &[]).await;
    assert_eq!(plain.status, 200);
    assert_eq!(
        plain.header("content-type").as_deref(),
        Some("text/css; charset=utf-8")
    );
    assert_eq!(
        plain.header("cache-control").as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(plain.header("vary").as_deref(), Some("Accept-Encoding"));
    assert!(plain.header("content-encoding").is_none());
    assert_eq!(plain.body, STYLESHEET.body);

    for (offered, want, bytes) in [
        ("gzip, deflate, br", Some("br"), STYLESHEET.brotli),
        ("gzip", Some("gzip"), STYLESHEET.gzip),
        ("gzip;q=0, br;q=0", None, STYLESHEET.body),
    ] {
        let answer = app
            .fetch(STYLESHEET.path, &[("accept-encoding", offered)])
            .await;
        assert_eq!(
            answer.header("content-encoding").as_deref(),
            want,
            "{offered}"
        );
        assert_eq!(answer.body, bytes, "{offered}");
    }
    // The old unhashed name, or a made-up one: not found.
    assert_eq!(app.get("/static/style.css").await.status, 404);
    assert_eq!(app.get("/static/nothing.0000000000.css").await.status, 404);
}

#[tokio::test]
async fn pages_are_never_compressed_even_when_asked() {
    // They carry the CSRF token beside reflected input (BREACH).
    let app = TestApp::spawn().await;
    let page = app
        .fetch("/login?username=guess", &[("accept-encoding", "gzip, br")])
        .await;
    assert_eq!(page.status, 200);
    assert_eq!(page.header("content-encoding"), None);
    assert!(page.text().contains("csrf_token"));
}

#[tokio::test]
async fn crawlers_are_asked_to_stay_out() {
    let app = TestApp::spawn().await;
    let robots = app.fetch("/robots.txt", &[]).await;
    assert_eq!(robots.status, 200);
    assert_eq!(robots.text(), "User-agent: *\nDisallow: /\n");
    assert!(robots.header("set-cookie").is_none());
}
