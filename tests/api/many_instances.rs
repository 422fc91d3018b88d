//! Two portal instances sharing one real Redis (`REDIS_URL`), as behind a load balancer.
use crate::helpers::{
    PASSWORD, RedisServer, TestApp, seal_cookie, shared_redis_url, two_instances, unique,
};
use actix_session::storage::SessionStore;
use cognito_portal::config::LimitSettings;
use cognito_portal::domain::SessionUser;
use cognito_portal::domain::Username;
use cognito_portal::limits::{LimitError, LimiterClock, Limits};
use cognito_portal::redis_pool::Shared;
use cognito_portal::session::{PortalSessionStore, end_sessions_of};
use std::collections::HashMap;
use std::time::{Duration, Instant};

async fn redis(url: &str) -> redis::aio::MultiplexedConnection {
    redis::Client::open(url)
        .expect("a Redis URL")
        .get_multiplexed_async_connection()
        .await
        .expect("Redis answers")
}

/// Every key Redis holds under a prefix.
async fn keys_under(url: &str, prefix: &str) -> Vec<String> {
    redis::cmd("KEYS")
        .arg(format!("{prefix}*"))
        .query_async(&mut redis(url).await)
        .await
        .expect("KEYS")
}

async fn session_keys(url: &str, app: &TestApp) -> Vec<String> {
    let prefix = app.redis_prefix.clone().expect("a portal on Redis");
    keys_under(url, &format!("{prefix}session:")).await
}

#[tokio::test]
async fn a_session_begun_on_one_instance_is_honoured_by_the_other_and_lives_in_redis() {
    let url = shared_redis_url();
    let (a, b) = two_instances(&url, TestApp::builder()).await;
    let name = unique("both");
    a.create_person(&name, "Bea", "Both", &["client"]).await;
    // Before sign-in nothing is written to Redis: a visitor's session (its CSRF token) stays
    // in the encrypted cookie, so a flood of visitors costs Redis nothing.
    for page in ["/login", "/forgot-password", "/login"] {
        assert_eq!(a.get(page).await.status, 200);
    }
    assert!(a.session_cookie().is_some());
    let prefix = a.redis_prefix.clone().expect("on Redis");
    assert_eq!(keys_under(&url, &prefix).await, Vec::<String>::new());
    assert_eq!(a.sign_in(&name, PASSWORD).await.status, 303);
    assert_eq!(a.get("/client").await.text("h1"), "Welcome, Bea");

    let on_b = a.same_browser_on(&b);
    let page = on_b.get("/client").await;
    assert_eq!(page.status, 200, "instance B knows the session");
    assert_eq!(page.text("h1"), "Welcome, Bea");

    // The cookie carries only a key; the session itself is in Redis, kept as long as the
    // tokens (60 minutes in this pool).
    let cookie = a.session_cookie().expect("a session cookie");
    assert!(cookie.len() < 200, "cookie is {} bytes", cookie.len());
    let keys = session_keys(&url, &a).await;
    assert_eq!(keys.len(), 1, "{keys:?}");
    let ttl: i64 = redis::cmd("TTL")
        .arg(&keys[0])
        .query_async(&mut redis(&url).await)
        .await
        .expect("TTL");
    // (plus the grace that lets an expired session still say so).
    assert!((3800..=3900).contains(&ttl), "session TTL {ttl}");
}

#[tokio::test]
async fn a_persons_index_keeps_only_the_sessions_redis_still_holds() {
    let url = shared_redis_url();
    let (a, _b) = two_instances(&url, TestApp::builder()).await;
    let name = unique("often");
    a.create_person(&name, "Ofte", "Often", &["client"]).await;
    let prefix = a.redis_prefix.clone().expect("on Redis");
    let index = format!("{prefix}sessions-by-expiry:{name}");
    // What a sign-in of yesterday leaves behind once Redis has dropped its session.
    let an_hour_ago = cognito_portal::domain::now_millis() - 3_600_000;
    redis::cmd("ZADD")
        .arg(&index)
        .arg(an_hour_ago)
        .arg("long-gone")
        .query_async::<()>(&mut redis(&url).await)
        .await
        .expect("ZADD");

    for _ in 0..3 {
        assert_eq!(
            a.second_browser().sign_in(&name, PASSWORD).await.status,
            303
        );
    }
    let members: Vec<String> = redis::cmd("ZRANGE")
        .arg(&index)
        .arg(0)
        .arg(-1)
        .query_async(&mut redis(&url).await)
        .await
        .expect("ZRANGE");
    let mut live: Vec<String> = session_keys(&url, &a)
        .await
        .into_iter()
        .map(|key| {
            key.trim_start_matches(&format!("{prefix}session:"))
                .to_owned()
        })
        .collect();
    live.sort();
    let mut indexed = members.clone();
    indexed.sort();
    assert_eq!(
        indexed, live,
        "the index is the three live sessions: {members:?}"
    );
}

#[tokio::test]
async fn signing_out_on_one_instance_signs_the_cookie_out_on_the_other() {
    let url = shared_redis_url();
    let (a, b) = two_instances(&url, TestApp::builder()).await;
    let name = unique("out");
    a.create_person(&name, "Otto", "Out", &["client"]).await;
    a.sign_in(&name, PASSWORD).await;
    let copy = a.same_browser_on(&b);
    let page = a.get("/client").await;
    assert_eq!(a.sign_out(&page).await.status, 303);
    assert!(
        session_keys(&url, &a).await.is_empty(),
        "sign-out deletes the session from Redis"
    );

    let unknown = r#"session_cookies_rejected_total{reason="unknown"}"#;
    let unknown_before = b.counter(unknown).await;
    for _ in 0..3 {
        let replay = copy.get("/client").await;
        assert_eq!(replay.status, 303, "the old cookie is refused on B");
        assert!(
            replay
                .location
                .as_deref()
                .is_some_and(|l| l.starts_with("/login")),
            "{:?}",
            replay.location
        );
    }
    // Counted, not logged: replaying an old cookie must not write a line per request.
    assert!(b.counter(unknown).await - unknown_before >= 3.0);
    assert!(!crate::helpers::captured_logs().contains("No session state has been found"));
}

#[tokio::test]
async fn an_admin_disabling_someone_on_one_instance_ends_their_session_on_the_other() {
    let url = shared_redis_url();
    let (a, b) = two_instances(&url, TestApp::builder()).await;
    let admin = unique("admin");
    a.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    a.sign_in(&admin, PASSWORD).await;
    let name = unique("dis");
    a.create_person(&name, "Dee", "Disabled", &["client"]).await;
    let theirs = b.second_browser();
    theirs.sign_in(&name, PASSWORD).await;
    assert_eq!(theirs.get("/client").await.status, 200);

    assert_eq!(
        session_keys(&url, &a).await.len(),
        2,
        "the admin's and theirs"
    );

    let person = a.get(&format!("/admin/users/{name}")).await;
    let done = a
        .post_form(
            &format!("/admin/users/{name}/disable"),
            &[("csrf_token", &person.csrf_token())],
        )
        .await;
    assert_eq!(done.status, 303);
    assert!(!a.is_enabled(&name).await, "Cognito holds them disabled");

    let page = theirs.get("/client").await;
    assert_eq!(page.status, 303, "their session on B ended");
    assert_eq!(
        page.location.as_deref(),
        Some("/login?reason=ended&next=%2Fclient")
    );
    assert_eq!(
        session_keys(&url, &a).await.len(),
        1,
        "their session is gone from Redis; the admin's stays"
    );
}

#[tokio::test]
async fn wrong_passwords_spread_over_two_instances_meet_one_limit() {
    let url = shared_redis_url();
    let (a, b) = two_instances(&url, TestApp::builder().rate_limit_account_failures(4)).await;
    let name = unique("guess");
    a.create_person(&name, "Gus", "Guess", &["client"]).await;
    for (i, app) in [&a, &b, &a, &b].into_iter().enumerate() {
        let page = app.sign_in(&name, "Wrong-password-1").await;
        assert_eq!(page.status, 422, "attempt {} is only wrong", i + 1);
    }
    for app in [&a, &b] {
        let page = app.sign_in(&name, PASSWORD).await;
        assert_eq!(
            page.status, 429,
            "the fifth attempt is refused on either instance"
        );
        assert!(page.header("retry-after").is_some());
    }
    // The same counts on one instance alone would have let both through: each saw two.
}

#[tokio::test]
async fn the_shared_limits_keep_the_same_numbers_as_the_local_ones() {
    let url = shared_redis_url();
    let shared = Shared::new(&url, &format!("{}:", unique("limits"))).expect("a pool");
    let clock = LimiterClock::default();
    let limits = Limits::shared(LimitSettings::default(), clock.clone(), shared.clone());
    let alice = Username::parse("alice").unwrap();
    for _ in 0..30 {
        assert!(
            limits.account_may_try(&alice).await.is_ok(),
            "looking counts nothing"
        );
    }
    for _ in 0..10 {
        assert!(limits.account_may_try(&alice).await.is_ok());
        limits.account_failed(&alice).await;
    }
    let Err(LimitError::RateLimited { retry_after }) = limits.account_may_try(&alice).await else {
        panic!("the eleventh attempt must be refused")
    };
    assert!(
        retry_after > Duration::from_secs(60) && retry_after <= Duration::from_secs(90),
        "{retry_after:?}"
    );
    let bob = Username::parse("bob").unwrap();
    assert!(limits.account_may_try(&bob).await.is_ok());
    clock.advance(Duration::from_secs(15 * 60));
    assert!(
        limits.account_may_try(&alice).await.is_ok(),
        "the window has passed"
    );

    let client = "203.0.113.9".parse().unwrap();
    for _ in 0..100 {
        assert!(limits.attempt_from(client).await.is_ok());
    }
    assert!(limits.attempt_from(client).await.is_err());
    for _ in 0..5 {
        assert!(limits.reset_email(&bob).await.is_ok());
    }
    assert!(limits.reset_email(&bob).await.is_err());
}

/// A client, made in the pool and signed in on `app`, their dashboard open; their username.
async fn signed_in_client(app: &TestApp, prefix: &str) -> String {
    let name = unique(prefix);
    app.create_person(&name, "Cy", "Client", &["client"]).await;
    app.sign_in(&name, PASSWORD).await;
    assert_eq!(app.get("/client").await.status, 200);
    name
}

/// Requests until the portal answers `status` (at most `within`).
async fn until_status(app: &TestApp, path: &str, status: u16, within: Duration) -> u16 {
    let deadline = Instant::now() + within;
    loop {
        let got = app.get(path).await.status;
        if got == status || Instant::now() > deadline {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn redis_stopped_mid_run_gives_503_pages_then_the_portal_recovers_by_itself() {
    let server = RedisServer::start();
    let (a, b) = two_instances(&server.url(), TestApp::builder()).await;
    let name = signed_in_client(&a, "crash").await;
    assert_eq!(
        until_status(&a, "/readyz", 200, Duration::from_secs(10)).await,
        200
    );

    server.stop();
    let started = Instant::now();
    let page = a.get("/client").await;
    assert_eq!(
        page.status, 503,
        "a signed-in page cannot be trusted without Redis"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(page.text("h1"), "The portal is temporarily unavailable");
    assert!(page.header("retry-after").is_some());
    assert!(
        page.header("content-security-policy").is_some(),
        "still the portal's headers"
    );
    // The sign-in page itself needs no Redis; signing in does, and says so.
    let refused = b.sign_in(&name, PASSWORD).await;
    assert_eq!(refused.status, 503);
    assert_eq!(refused.text("h1"), "The portal is temporarily unavailable");
    assert_eq!(b.get("/readyz").await.status, 503);
    let metrics = a.get("/metrics").await;
    let metrics = metrics.html.root_element().text().collect::<String>();
    assert!(
        metrics.lines().any(|l| l.starts_with("redis_calls_total{")
            && l.contains(r#"operation="session_load""#)
            && !l.contains(r#"outcome="ok""#)),
        "the failed Redis calls are counted:\n{metrics}"
    );
    // Probes and static files load no session: they answer even for a browser with a cookie.
    assert_eq!(
        a.get("/healthz").await.status,
        200,
        "the process itself is alive"
    );
    assert_eq!(
        a.get(cognito_portal::views::assets::STYLESHEET.path)
            .await
            .status,
        200
    );

    server.restart();
    // `restart` returns once Redis answers; both instances are back within 2 s of that.
    let answering = Instant::now();
    for app in [&a, &b] {
        assert_eq!(
            until_status(app, "/readyz", 200, Duration::from_secs(10)).await,
            200
        );
    }
    assert!(
        answering.elapsed() < Duration::from_secs(2),
        "back after {:?}",
        answering.elapsed()
    );
    // Nothing was persisted: the session is gone, and signing in again works.
    assert_eq!(a.get("/client").await.status, 303);
    let on_b = a.same_browser_on(&b);
    assert_eq!(on_b.sign_in(&name, PASSWORD).await.status, 303);
    assert_eq!(on_b.get("/client").await.status, 200);
}

#[tokio::test]
async fn a_redis_that_stops_answering_gives_503_in_time_and_the_session_survives() {
    let server = RedisServer::start();
    let (a, _b) = two_instances(&server.url(), TestApp::builder()).await;
    signed_in_client(&a, "hang").await;

    server.freeze(true);
    let started = Instant::now();
    let status = a.get("/client").await.status;
    let waited = started.elapsed();
    server.freeze(false);
    assert_eq!(status, 503);
    assert!(waited < Duration::from_secs(3), "answered after {waited:?}");

    assert_eq!(
        until_status(&a, "/client", 200, Duration::from_secs(10)).await,
        200,
        "the same session works again"
    );
}

#[tokio::test]
async fn the_portal_starts_while_redis_is_down_and_is_not_ready_until_it_is_up() {
    let server = RedisServer::start();
    server.stop();
    let app = TestApp::builder()
        .redis_url(&server.url())
        .redis_prefix(&format!("{}:", unique("late")))
        .spawn()
        .await;
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, 503);
    let name = unique("late");
    app.create_person(&name, "Lee", "Late", &["client"]).await;
    assert_eq!(app.sign_in(&name, PASSWORD).await.status, 503);

    server.restart();
    assert_eq!(
        until_status(&app, "/readyz", 200, Duration::from_secs(10)).await,
        200
    );
    assert_eq!(app.sign_in(&name, PASSWORD).await.status, 303);
}

#[tokio::test]
async fn tampered_or_made_up_session_cookies_on_redis_are_simply_signed_out() {
    let url = shared_redis_url();
    let (a, _b) = two_instances(&url, TestApp::builder()).await;
    let name = unique("tamper");
    a.create_person(&name, "Tam", "Per", &["client"]).await;
    a.sign_in(&name, PASSWORD).await;
    let cookie = a.session_cookie().expect("a session cookie");
    let mut flipped = cookie.clone().into_bytes();
    flipped[10] = if flipped[10] == b'A' { b'B' } else { b'A' };
    // Sealed with the right key but naming a session Redis never held (a handle of the shape
    // the store makes: 64 letters and digits).
    let made_up = seal_cookie(&a.session_key, &format!("r:{}", &"Zx9".repeat(22)[..64]));
    // A handle without its kind tag, as cookies carried before they had one.
    let untagged = seal_cookie(&a.session_key, &"Zx9".repeat(22)[..64]);
    for value in [
        String::from_utf8(flipped).unwrap(),
        made_up,
        untagged,
        "garbage".to_owned(),
    ] {
        let browser = a.second_browser();
        browser.set_session_cookie(&value);
        let page = browser.get("/client").await;
        assert_eq!(page.status, 303, "{value}");
        assert_eq!(page.location.as_deref(), Some("/login?next=%2Fclient"));
    }
    assert_eq!(
        a.get("/client").await.status,
        200,
        "the real session is untouched"
    );
}

#[tokio::test]
async fn a_request_in_flight_cannot_bring_back_a_session_ended_meanwhile() {
    let url = shared_redis_url();
    let shared = Shared::new(&url, &format!("{}:", unique("race"))).expect("a pool");
    let store = PortalSessionStore::redis(&shared);
    let now = cognito_portal::domain::now_millis();
    let user = SessionUser {
        session_id: SessionUser::new_session_id(),
        username: Username::parse("rita").unwrap(),
        email: "rita@example.com".into(),
        given_name: "Rita".into(),
        family_name: "Race".into(),
        groups: vec!["client".into()],
        signed_in_at: now,
        expires_at: now + 3_600_000,
    };
    let state = HashMap::from([("user".to_owned(), serde_json::to_string(&user).unwrap())]);
    let ttl = actix_web::cookie::time::Duration::hours(1);
    let key = store.save(state.clone(), &ttl).await.expect("saved");
    assert!(store.load(&key).await.expect("loads").is_some());

    // Another instance ends every session of hers while this request is still running...
    end_sessions_of(&shared, "rita").await.expect("ended");
    // ...and then this request writes its (changed) session back.
    let key = store.update(key, state, &ttl).await.expect("no error");
    let after = store.load(&key).await.expect("loads").unwrap_or_default();
    assert!(
        !after.contains_key("user"),
        "the session stays ended: {after:?}"
    );
    assert!(after.contains_key("ended"), "and says so: {after:?}");
}

#[tokio::test]
async fn signing_out_everywhere_on_one_instance_ends_the_other_and_a_new_sign_in_works() {
    let url = shared_redis_url();
    let (a, b) = two_instances(&url, TestApp::builder()).await;
    let name = unique("every");
    a.create_person(&name, "Eve", "Everywhere", &["client"])
        .await;
    a.sign_in(&name, PASSWORD).await;
    let laptop = a.get("/account").await;
    let phone = b.second_browser();
    phone.sign_in(&name, PASSWORD).await;
    assert_eq!(phone.get("/client").await.status, 200);

    let done = a
        .post_form(
            "/account/sign-out-everywhere",
            &[("csrf_token", &laptop.csrf_token())],
        )
        .await;
    assert_eq!(done.status, 303);

    // The phone, on the other instance, goes straight to the sign-in page (not through a
    // page that would have told it the session ended) and signs in again.
    assert_eq!(phone.get("/login").await.status, 200);
    assert_eq!(phone.sign_in(&name, PASSWORD).await.status, 303);
    assert_eq!(phone.get("/client").await.status, 200);
}

#[tokio::test]
async fn an_email_change_begun_on_one_instance_is_confirmed_on_the_other() {
    let url = shared_redis_url();
    let (a, b) = two_instances(&url, TestApp::builder()).await;
    let name = unique("mover");
    a.create_person(&name, "Mo", "Ver", &["client"]).await;
    a.sign_in(&name, PASSWORD).await;
    let new = format!("{name}@new.example");
    let form = a.get("/account/email").await;
    let asked = a
        .post_form(
            "/account/email",
            &[
                ("email", new.as_str()),
                ("current_password", PASSWORD),
                ("csrf_token", &form.csrf_token()),
            ],
        )
        .await;
    assert_eq!(asked.location.as_deref(), Some("/account/email/verify"));
    // The access token is held in Redis, with the token's expiry, and not in the session.
    let prefix = a.redis_prefix.clone().expect("on Redis");
    let held = keys_under(&url, &format!("{prefix}held-token:")).await;
    assert_eq!(held.len(), 1, "{held:?}");

    let on_b = a.same_browser_on(&b);
    let verify = on_b.get("/account/email/verify").await;
    assert_eq!(verify.status, 200);
    let code = a.latest_mail(&new).await.code;
    let done = on_b
        .post_form(
            "/account/email/verify",
            &[
                ("code", code.as_str()),
                ("csrf_token", &verify.csrf_token()),
            ],
        )
        .await;
    assert_eq!(done.location.as_deref(), Some("/account"));
    assert_eq!(a.get("/account").await.text(".account-email"), new);
    assert_eq!(
        a.user_attribute(&name, "email").await.as_deref(),
        Some(new.as_str())
    );
    assert!(
        keys_under(&url, &format!("{prefix}held-token:"))
            .await
            .is_empty(),
        "released once used"
    );
}
