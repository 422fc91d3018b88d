use crate::helpers::{PASSWORD, Relay, TestApp, moto_endpoint, unique};
use std::time::{Duration, Instant};

async fn poll_until(app: &TestApp, path: &str, status: u16, within: Duration) -> bool {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if app.get(path).await.status == status {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test]
async fn readiness_waits_for_the_signing_keys_and_follows_them_when_they_come_back() {
    let pool_app = TestApp::spawn().await;
    let relay = Relay::start().await;
    relay.cut();
    let app = TestApp::builder()
        .pool(pool_app.pool_copy())
        .cognito_jwks_url(&format!(
            "{}/{}/.well-known/jwks.json",
            relay.address, pool_app.pool.pool_id
        ))
        .spawn()
        .await;
    let page = app.get("/readyz").await;
    assert_eq!(page.status, 503);
    assert_eq!(app.get("/healthz").await.status, 200, "alive all the same");
    relay.mend();
    assert!(
        poll_until(&app, "/readyz", 200, Duration::from_secs(5)).await,
        "ready once the keys can be had"
    );
}

#[tokio::test]
async fn after_repeated_failures_calls_fail_fast_and_the_portal_recovers_by_itself() {
    let pool_app = TestApp::spawn().await;
    let name = unique("steady");
    pool_app
        .create_person(&name, "Sam", "Steady", &["client"])
        .await;
    let relay = Relay::start().await;
    let app = TestApp::builder()
        .pool(pool_app.pool_copy())
        .aws_endpoint_url(&relay.address)
        .circuit_breaker_failures(2)
        .circuit_breaker_open_secs(1)
        .spawn()
        .await;
    assert_eq!(app.sign_in(&name, PASSWORD).await.status, 303);
    app.clear_cookies();

    relay.cut();
    for _ in 0..2 {
        let page = app.sign_in(&name, PASSWORD).await;
        assert_eq!(page.status, 503);
    }
    let open = app.sign_in(&name, PASSWORD).await;
    assert_eq!(open.status, 503, "fails fast while open");
    assert!(open.header("retry-after").is_some());
    let metrics = app.get("/metrics").await;
    assert!(
        metrics
            .html
            .root_element()
            .text()
            .collect::<String>()
            .contains("outcome=\"circuit_open\"")
    );

    relay.mend();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(
        app.sign_in(&name, PASSWORD).await.location.as_deref(),
        Some("/dashboard"),
        "recovered without a restart"
    );
}

#[tokio::test]
async fn every_response_carries_a_request_id_kept_from_the_caller_when_sane() {
    let app = TestApp::spawn().await;
    let page = app.get("/login").await;
    let made = page.header("x-request-id").expect("an id");
    assert_eq!(made.len(), 24);
    let client = reqwest::Client::new();
    let kept = client
        .get(format!("{}/healthz", app.address))
        .header("x-request-id", "abc-123")
        .send()
        .await
        .expect("ok");
    assert_eq!(
        kept.headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
        Some("abc-123")
    );
    let replaced = client
        .get(format!("{}/healthz", app.address))
        .header("x-request-id", "bad id\twith spaces")
        .send()
        .await
        .expect("ok");
    assert_ne!(
        replaced
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
        Some("bad id\twith spaces")
    );
}

#[tokio::test]
async fn sign_in_logs_carry_the_request_id_username_and_client_address() {
    let app = TestApp::spawn().await;
    let name = unique("logged");
    app.create_person(&name, "Lou", "Logged", &["client"]).await;
    let page = app.sign_in(&name, PASSWORD).await;
    let id = page.header("x-request-id").expect("an id");
    let logs = crate::helpers::captured_logs();
    let line = logs
        .lines()
        .find(|l| l.contains(&id) && l.contains("signed in"))
        .expect("a sign-in line with the request id");
    assert!(line.contains(&name) && line.contains("127.0.0.1"), "{line}");
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_status_and_sign_ins_by_outcome() {
    let app = TestApp::spawn().await;
    app.sign_in(&unique("nobody"), "Wrong-Pass-1").await;
    let page = app.get("/metrics").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type").as_deref(),
        Some("text/plain; version=0.0.4; charset=utf-8")
    );
    let text: String = page.html.root_element().text().collect();
    for needle in [
        "http_requests_total{route=\"/login\",method=\"GET\",status=\"200\"}",
        "http_request_duration_seconds_bucket{route=\"/login\"",
        "signins_total{outcome=\"refused\"}",
        "cognito_calls_total{operation=\"AdminInitiateAuth\",outcome=\"refused\"}",
        "cognito_call_duration_seconds_bucket{operation=\"AdminInitiateAuth\"",
    ] {
        assert!(text.contains(needle), "{needle} missing");
    }
}

#[tokio::test]
async fn made_up_methods_are_counted_as_other_not_as_new_series() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::new();
    let method = unique("MADEUP").to_uppercase();
    for _ in 0..3 {
        let response = client
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).expect("a token"),
                format!("{}/login", app.address),
            )
            .send()
            .await
            .expect("answered");
        assert_eq!(response.status(), 405);
    }
    let page = app.get("/metrics").await;
    let text: String = page.html.root_element().text().collect();
    assert!(
        text.contains("http_requests_total{route=\"/login\",method=\"other\",status=\"405\"}"),
        "made-up methods are counted together"
    );
    assert!(
        !text.contains(&method),
        "a client-chosen method became a label"
    );
}

#[tokio::test]
async fn metrics_move_to_their_own_address_when_asked() {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let port = probe.local_addr().expect("addr").port();
    drop(probe);
    let app = TestApp::builder()
        .metrics_bind(std::net::SocketAddr::from(([127, 0, 0, 1], port)))
        .spawn()
        .await;
    assert_eq!(
        app.get("/metrics").await.status,
        404,
        "not on the main listener"
    );
    let body = reqwest::get(format!("http://127.0.0.1:{port}/metrics"))
        .await
        .expect("metrics listener")
        .text()
        .await
        .expect("text");
    assert!(body.contains("# TYPE"), "{body}");
}

#[tokio::test]
async fn sigterm_lets_in_flight_requests_finish_then_exits_zero() {
    let pool_app = TestApp::spawn().await;
    // Cognito that never answers: a sign-in stays in flight for its 5 s timeout.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port");
    let silent_address = format!("http://{}", silent.local_addr().expect("addr"));
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            held.push(socket);
        }
    });
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_cognito-portal"))
        .env_clear()
        .envs([
            ("COGNITO_POOL_ID", pool_app.pool.pool_id.clone()),
            ("COGNITO_CLIENT", pool_app.pool.client_id.clone()),
            (
                "COGNITO_CLIENT_SECRET",
                secrecy::ExposeSecret::expose_secret(&pool_app.pool.client_secret).to_owned(),
            ),
            ("SESSION_KEY", pool_app.session_key.clone()),
            ("AWS_ENDPOINT_URL", silent_address),
            (
                "COGNITO_JWKS_URL",
                format!(
                    "{}/{}/.well-known/jwks.json",
                    moto_endpoint(),
                    pool_app.pool.pool_id
                ),
            ),
            ("PORTAL_BIND", "127.0.0.1:0".into()),
            ("AWS_ACCESS_KEY_ID", "testing".into()),
            ("AWS_SECRET_ACCESS_KEY", "testing".into()),
            ("AWS_EC2_METADATA_DISABLED", "true".into()),
        ])
        .current_dir(std::env::temp_dir())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the portal starts");
    let stderr = child.stderr.take().expect("stderr");
    let mut lines = tokio::io::AsyncBufReadExt::lines(tokio::io::BufReader::new(stderr));
    let port = loop {
        let line = lines
            .next_line()
            .await
            .expect("a log line")
            .expect("the portal logs its address");
        if let Some(rest) = line.split("listening on http://127.0.0.1:").nth(1) {
            break rest.trim().to_owned();
        }
    };
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    let portal = TestApp::attach(&format!("http://127.0.0.1:{port}"));
    assert!(poll_until(&portal, "/readyz", 200, Duration::from_secs(5)).await);

    let pid = child.id().expect("pid").to_string();
    let token = portal.get("/login").await.csrf_token();
    let in_flight = async {
        let started = Instant::now();
        let page = portal
            .post_form(
                "/login",
                &[
                    ("username", "someone"),
                    ("password", PASSWORD),
                    ("csrf_token", &token),
                ],
            )
            .await;
        (page.status, started.elapsed())
    };
    let terminate = async {
        // Well inside the sign-in's 5 s wait on the silent Cognito: the request is in the
        // handler, not still on its way (a busy machine can take a while to get it there).
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let killed = tokio::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .await
            .expect("kill");
        assert!(killed.success());
        tokio::time::sleep(Duration::from_millis(200)).await;
        // Still listening while the sign-in drains, but no longer ready.
        let ready = reqwest::get(format!("http://127.0.0.1:{port}/readyz"))
            .await
            .expect("readyz answers while draining");
        assert_eq!(ready.status().as_u16(), 503);
    };
    let ((status, took), ()) = tokio::join!(in_flight, terminate);
    assert_eq!(
        status, 503,
        "the in-flight sign-in finished with its answer"
    );
    assert!(
        took < Duration::from_secs(10),
        "within the drain time: {took:?}"
    );
    let exit = tokio::time::timeout(Duration::from_secs(12), child.wait())
        .await
        .expect("exits within the drain time")
        .expect("status");
    assert_eq!(exit.code(), Some(0));
}

/// A request the server cannot read, sent as raw bytes; what came back, up to the close.
async fn raw_request(app: &TestApp, request: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("the portal listens");
    stream
        .write_all(request)
        .await
        .expect("the request is sent");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn requests_a_client_got_wrong_are_counted_and_never_logged_as_errors() {
    let app = TestApp::spawn().await;
    let unreadable = || async {
        let metrics = app.get("/metrics").await;
        let text = metrics.html.root_element().text().collect::<String>();
        text.lines()
            .filter(|line| line.starts_with("http_unreadable_requests_total{"))
            .filter_map(|line| line.rsplit(' ').next()?.parse::<u64>().ok())
            .sum::<u64>()
    };
    let before = unreadable().await;
    let long_head = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(70_000));
    let answers = [
        raw_request(&app, long_head.as_bytes()).await,
        raw_request(&app, b"GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n").await,
        raw_request(&app, b"GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n").await,
    ];
    for answer in &answers {
        assert!(answer.starts_with("HTTP/1.1 4"), "{answer:.80}");
    }
    let errors: Vec<String> = crate::helpers::captured_logs()
        .lines()
        .filter(|line| line.contains("\"level\":\"ERROR\"") && line.contains("actix_http"))
        .map(str::to_owned)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // Counted instead (the counter is the process's: other tests may add to it meanwhile).
    let after = unreadable().await;
    assert!(after >= before + 3, "{before} -> {after}");
}
