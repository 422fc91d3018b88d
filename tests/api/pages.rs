use crate::helpers::TestApp;

#[tokio::test]
async fn an_unknown_path_gets_a_404_page_in_the_sites_layout() {
    let app = TestApp::spawn().await;
    let page = app.get("/no/such/page").await;
    assert_eq!(page.status, 404);
    assert_eq!(page.text("h1"), "Page not found");
    assert_eq!(page.text("header .brand"), "Cognito Portal");
    assert_eq!(page.text("title"), "Page not found – Cognito Portal");
}

#[tokio::test]
async fn a_wrong_method_gets_a_405_page() {
    let app = TestApp::spawn().await;
    let page = app.get("/logout").await;
    assert_eq!(page.status, 405);
    assert_eq!(page.text("h1"), "Not allowed");
}

#[tokio::test]
async fn health_answers_without_looking_outside_the_process() {
    // Pointed at a Cognito that is not there: health does not care.
    let app = TestApp::builder()
        .aws_endpoint_url("http://127.0.0.1:9")
        .spawn()
        .await;
    let page = app.get("/healthz").await;
    assert_eq!(page.status, 200);
}

#[tokio::test]
async fn every_page_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    for path in ["/login", "/no/such/page", "/client"] {
        let page = app.get(path).await;
        let csp = page
            .header("content-security-policy")
            .unwrap_or_else(|| panic!("no CSP on {path}"));
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert!(csp.contains("default-src 'none'"), "{csp}");
        assert_eq!(
            page.header("x-content-type-options").as_deref(),
            Some("nosniff")
        );
        assert_eq!(
            page.header("referrer-policy").as_deref(),
            Some("same-origin")
        );
        assert_eq!(page.header("cache-control").as_deref(), Some("no-store"));
    }
}

#[tokio::test]
async fn pages_have_no_inline_scripts_or_styles() {
    let app = TestApp::spawn().await;
    let page = app.get("/login").await;
    assert!(!page.has("script:not([src])"), "no inline script");
    let script = cognito_portal::views::assets::FORMS_SCRIPT.path;
    assert_eq!(page.attr("script", "src").as_deref(), Some(script));
    assert_eq!(
        app.get(script).await.header("content-type").as_deref(),
        Some("text/javascript; charset=utf-8")
    );
    assert!(!page.has("style"));
    assert!(!page.has("[style]"));
}
