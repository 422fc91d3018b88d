//! The professional's client list at scale: ~1,000 clients in the local Cognito, paged 50 at a
//! time, sorted, searched (case and accents ignored), counted; and what it costs Cognito.
use crate::helpers::{FaultyCognito, PASSWORD, TestApp, attribute, unique};
use aws_sdk_cognitoidentityprovider::types::MessageActionType;

const CLIENTS: usize = 1_000;

/// Adds `people` (given, family, email) to the pool's client group, many at a time, straight
/// through the SDK.
async fn add_clients(app: &TestApp, people: Vec<(String, String, String)>) {
    let pool = app.pool.pool_id.clone();
    for chunk in people.chunks(50) {
        let calls = chunk.iter().map(|(given, family, email)| {
            let (cognito, pool) = (app.cognito.clone(), pool.clone());
            let username = unique("c");
            async move {
                cognito
                    .admin_create_user()
                    .user_pool_id(&pool)
                    .username(&username)
                    .message_action(MessageActionType::Suppress)
                    .user_attributes(attribute("email", email))
                    .user_attributes(attribute("given_name", given))
                    .user_attributes(attribute("family_name", family))
                    .send()
                    .await
                    .expect("client created");
                cognito
                    .admin_add_user_to_group()
                    .user_pool_id(&pool)
                    .username(&username)
                    .group_name("client")
                    .send()
                    .await
                    .expect("client in group");
            }
        });
        futures_util::future::join_all(calls).await;
    }
}

fn crowd() -> Vec<(String, String, String)> {
    let mut people: Vec<(String, String, String)> = (0..CLIENTS - 4)
        .map(|i| {
            (
                format!("Given{i:04}"),
                format!("Family{i:04}"),
                format!("c{i:04}@example.com"),
            )
        })
        .collect();
    people.extend([
        ("Ånna".into(), "Öberg".into(), "a.oberg@example.com".into()),
        ("JOANNE".into(), "Zwick".into(), "jz@example.com".into()),
        ("bo".into(), "aardvark".into(), "ann.bo@example.com".into()),
        (
            "Émile".into(),
            "Family0000".into(),
            "emile@example.com".into(),
        ),
    ]);
    people
}

async fn professional(app: &TestApp) {
    let pro = unique("pro");
    app.create_person(&pro, "Pat", "Pro", &["professional"])
        .await;
    app.sign_in(&pro, PASSWORD).await;
}

/// `/professional?…` once the list has been read (the first views may say it is loading).
async fn page(app: &TestApp, query: &str) -> crate::helpers::Page {
    for _ in 0..100 {
        let page = app.get(&format!("/professional{query}")).await;
        assert_eq!(page.status, 200);
        if !page.has(".card.wide .notice") {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("the client list never loaded");
}

#[tokio::test]
async fn a_thousand_clients_are_paged_sorted_searched_and_counted() {
    let faulty = FaultyCognito::start().await; // a pass-through that counts the calls
    let app = TestApp::builder()
        .aws_endpoint_url(&faulty.endpoint)
        .client_list_calls_per_second(1000)
        .spawn()
        .await;
    add_clients(&app, crowd()).await;
    professional(&app).await;
    faulty.take_calls();

    let first = page(&app, "").await;
    assert_eq!(first.text(".list-count"), "1,000 clients");
    let names = first.texts(".client-list tbody th");
    assert_eq!(names.len(), 50);
    // Family, then given name, case and accents aside: "aardvark" first, Émile before Given0000.
    assert_eq!(
        &names[..3],
        ["bo aardvark", "Émile Family0000", "Given0000 Family0000"]
    );
    assert_eq!(first.text(".pager-position"), "Page 1 of 20");
    assert_eq!(
        first.attr("a[rel=next]", "href").as_deref(),
        Some("/professional?page=2")
    );
    assert!(!first.has("a[rel=prev]"));

    let last = page(&app, "?page=20").await;
    assert_eq!(last.texts(".client-list tbody th").len(), 50);
    assert_eq!(
        last.texts(".client-list tbody th")
            .last()
            .map(String::as_str),
        Some("JOANNE Zwick")
    );
    assert!(!last.has("a[rel=next]"));
    assert_eq!(
        page(&app, "?page=999").await.text(".pager-position"),
        "Page 20 of 20"
    );
    assert_eq!(
        page(&app, "?page=x").await.text(".pager-position"),
        "Page 1 of 20"
    );

    // Case- and accent-insensitive, over given name, family name and address.
    let ann = page(&app, "?q=ANN").await;
    assert_eq!(ann.text(".list-count"), "3 match ‘ANN’");
    assert_eq!(
        ann.texts(".client-list tbody th"),
        ["bo aardvark", "Ånna Öberg", "JOANNE Zwick"].map(String::from)
    );
    assert_eq!(ann.attr("#q", "value").as_deref(), Some("ANN"));
    assert_eq!(
        page(&app, "?q=oberg").await.text(".list-count"),
        "1 matches ‘oberg’"
    );
    let many = page(&app, "?q=given01").await;
    assert_eq!(many.text(".list-count"), "100 match ‘given01’");
    assert_eq!(
        many.attr("a[rel=next]", "href").as_deref(),
        Some("/professional?q=given01&page=2")
    );
    let none = page(&app, "?q=nobody").await;
    assert_eq!(
        none.text(".empty"),
        "No client’s name or email address holds ‘nobody’."
    );
    assert!(!none.has(".client-list tbody th"));

    // One paced read of the group for all those views: ceil(1,000 / 60) calls, no more.
    let calls = faulty.take_calls();
    let listed = calls
        .iter()
        .filter(|(op, _)| op == "ListUsersInGroup")
        .count();
    assert_eq!(
        listed,
        CLIENTS.div_ceil(60),
        "ListUsersInGroup calls for one read"
    );
    for _ in 0..200 {
        app.get("/professional?page=7").await;
    }
    let again = faulty.take_calls();
    assert_eq!(
        again
            .iter()
            .filter(|(op, _)| op == "ListUsersInGroup")
            .count(),
        0,
        "200 more views within the fresh window cost no call"
    );
    // The page holds 50 rows, not a thousand: about the same size on page 1 and page 20.
    assert!(first.body_bytes < 40_000, "{} bytes", first.body_bytes);
}

#[tokio::test]
async fn a_large_groups_read_is_paced_and_the_first_views_say_it_is_loading() {
    let app = TestApp::builder()
        .client_list_calls_per_second(5)
        .spawn()
        .await;
    add_clients(&app, crowd()).await;
    professional(&app).await;
    let started = std::time::Instant::now();
    let loading = app.get("/professional").await;
    assert_eq!(loading.status, 200);
    assert_eq!(
        loading.text("#clients-heading + .notice"),
        "The client list is being read from Cognito. Refresh the page in a moment."
    );
    assert!(!loading.has("#q"), "no search without a list");
    let ready = page(&app, "").await;
    assert_eq!(ready.text(".list-count"), "1,000 clients");
    // 17 calls at most 5 a second: at least 16 gaps of 200 ms.
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(3_200),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn the_admins_people_list_pages_through_cognito_and_reads_no_whole_group_per_view() {
    let faulty = FaultyCognito::start().await;
    let app = TestApp::builder()
        .aws_endpoint_url(&faulty.endpoint)
        .client_list_calls_per_second(1000)
        .spawn()
        .await;
    add_clients(&app, crowd()).await;
    let admin = unique("admin");
    app.create_person(&admin, "Ada", "Admin", &["admin"]).await;
    app.sign_in(&admin, PASSWORD).await;
    // The first views start the group lists' reads (and ask each person's groups meanwhile);
    // once the lists are in, a view asks for no group at all.
    for _ in 0..100 {
        faulty.take_calls();
        app.get("/admin/users").await;
        let calls = faulty.take_calls();
        if !calls
            .iter()
            .any(|(op, _)| op == "AdminListGroupsForUser" || op == "ListUsersInGroup")
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let users = app.get("/admin/users").await;
    assert_eq!(users.texts(".person-username").len(), 50);
    let next = users.attr("a[rel=next]", "href").expect("a next page");
    let second = app.get(&next).await;
    assert_eq!(second.texts(".person-username").len(), 50);
    let search = app.get("/admin/users?q=Given01").await;
    assert!(!search.texts(".person-username").is_empty());
    let calls: Vec<String> = faulty.take_calls().into_iter().map(|(op, _)| op).collect();
    // A page is one ListUsers call (search: one per attribute), the groups come from the lists.
    assert_eq!(
        calls.iter().filter(|op| *op == "ListUsers").count(),
        1 + 1 + 4,
        "{calls:?}"
    );
    assert_eq!(
        calls.iter().filter(|op| *op == "ListUsersInGroup").count(),
        0,
        "{calls:?}"
    );
    assert_eq!(
        calls
            .iter()
            .filter(|op| *op == "AdminListGroupsForUser")
            .count(),
        0,
        "{calls:?}"
    );
}

#[tokio::test]
async fn a_list_is_read_again_once_it_is_older_than_client_list_fresh_secs() {
    let faulty = FaultyCognito::start().await;
    let app = TestApp::builder()
        .aws_endpoint_url(&faulty.endpoint)
        .client_list_fresh_secs(1)
        .spawn()
        .await;
    add_clients(
        &app,
        vec![("Ann".into(), "Lee".into(), "ann@example.com".into())],
    )
    .await;
    professional(&app).await;
    page(&app, "").await;
    faulty.take_calls();
    let listed = |faulty: &FaultyCognito| {
        faulty
            .take_calls()
            .iter()
            .filter(|(op, _)| op == "ListUsersInGroup")
            .count()
    };
    app.get("/professional").await;
    assert_eq!(listed(&faulty), 0, "fresh for a second at least");
    // Fresh for 1 s plus a random part of another: after 2 s a view starts a read, and is
    // served from the last list meanwhile.
    tokio::time::sleep(std::time::Duration::from_millis(2_100)).await;
    let stale = app.get("/professional").await;
    assert_eq!(stale.text(".client-list tbody th"), "Ann Lee");
    for _ in 0..50 {
        if listed(&faulty) > 0 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("a list older than CLIENT_LIST_FRESH_SECS was not read again");
}
