use crate::helpers::{PASSWORD, TestApp, unique};
use std::time::{Duration, Instant};

async fn sign_in_against(endpoint: String) -> (crate::helpers::Page, Duration) {
    let app = TestApp::builder().aws_endpoint_url(&endpoint).spawn().await;
    let started = Instant::now();
    let page = app.sign_in("someone", PASSWORD).await;
    (page, started.elapsed())
}

fn assert_unavailable(page: &crate::helpers::Page, took: Duration) {
    assert_eq!(page.status, 503);
    assert_eq!(page.text("h1"), "Sign-in is temporarily unavailable");
    assert!(page.header("retry-after").is_some());
    assert!(took < Duration::from_secs(6), "took {took:?}");
}

#[tokio::test]
async fn a_cognito_that_refuses_connections_gives_a_503_page_not_wrong_password() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let port = closed.local_addr().expect("addr").port();
    drop(closed);
    let (page, took) = sign_in_against(format!("http://127.0.0.1:{port}")).await;
    assert_unavailable(&page, took);
}

#[tokio::test]
async fn a_cognito_that_never_answers_gives_a_503_page_within_6_seconds() {
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port");
    let port = silent.local_addr().expect("addr").port();
    // Accepts connections and holds them open without a word.
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            held.push(socket);
        }
    });
    let (page, took) = sign_in_against(format!("http://127.0.0.1:{port}")).await;
    assert_unavailable(&page, took);
}

/// A second instance with the same key and pool that cannot reach Cognito at all, in a browser
/// holding `cookie`.
async fn cut_off_instance_of(app: &TestApp, cookie: &str) -> TestApp {
    let cut_off = TestApp::builder()
        .aws_endpoint_url("http://127.0.0.1:9")
        .session_key(&app.session_key)
        .pool(app.pool_copy())
        .spawn()
        .await;
    cut_off.set_session_cookie(cookie);
    cut_off
}

#[tokio::test]
async fn signed_in_people_keep_using_their_pages_while_cognito_is_down() {
    let app = TestApp::spawn().await;
    let name = unique("steady");
    app.create_person(&name, "Stella", "Steady", &["client"])
        .await;
    app.sign_in(&name, PASSWORD).await;
    let cookie = app.session_cookie().expect("cookie");

    let cut_off = cut_off_instance_of(&app, &cookie).await;
    let page = cut_off.get("/client").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.text("h1"), "Welcome, Stella");
}

#[tokio::test]
async fn the_professional_dashboard_stays_up_when_the_client_list_cannot_be_read() {
    let app = TestApp::spawn().await;
    let name = unique("pro");
    app.create_person(&name, "Paul", "Pro", &["professional"])
        .await;
    app.sign_in(&name, PASSWORD).await;
    let cookie = app.session_cookie().expect("cookie");
    let cut_off = cut_off_instance_of(&app, &cookie).await;
    // The first views may still say the list is being read (the SDK's two attempts can outlast
    // the first view's two-second wait); every view is a page, and once the read has failed
    // they say the list is unavailable.
    let mut said = String::new();
    for _ in 0..50 {
        let page = cut_off.get("/professional").await;
        assert_eq!(page.status, 200);
        said = page.text("#clients-heading + .notice");
        if !said.contains("being read") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(said.contains("unavailable right now"), "{said}");
}
