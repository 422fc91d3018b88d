//! Every route that calls Cognito, through every error Cognito can answer with: never a 500,
//! never Cognito's own words on the page, the status each case should have, and for the
//! anonymous forms the same answer whether or not the account exists.
use crate::helpers::{
    COGNITO_SAYS, Fault, FaultyCognito, PASSWORD, Page, TestApp, captured_logs, unique,
};
use cognito_portal::domain::now_millis;
use serde_json::json;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Route {
    Login,
    ForgotPassword,
    ConfirmCode,
    NewPassword,
    Logout,
    Profile,
    Password,
    SignOutEverywhere,
    Professional,
    AdminUsers,
    AdminSearch,
    AdminGroupList,
    Person,
    ChangeGroup,
    Delete,
    Resend,
    Disable,
    Enable,
    SignOut,
    Invite,
    BulkCheck,
    BulkSend,
    EmailChange,
    VerifyEmail,
    ResendEmailCode,
    Details,
    Language,
}

const ROUTES: [Route; 27] = [
    Route::Login,
    Route::ForgotPassword,
    Route::ConfirmCode,
    Route::NewPassword,
    Route::Logout,
    Route::Profile,
    Route::Password,
    Route::SignOutEverywhere,
    Route::Professional,
    Route::AdminUsers,
    Route::AdminSearch,
    Route::AdminGroupList,
    Route::Person,
    Route::ChangeGroup,
    Route::Delete,
    Route::Resend,
    Route::Disable,
    Route::Enable,
    Route::SignOut,
    Route::Invite,
    Route::BulkCheck,
    Route::BulkSend,
    Route::EmailChange,
    Route::VerifyEmail,
    Route::ResendEmailCode,
    Route::Details,
    Route::Language,
];

const CSRF: &str = "sweep-csrf";
const PERSON: &str = "/admin/users/tess";
const HEADER: &str = "username,email,given_name,family_name,group\n";

/// What one answer showed, kept as plain data.
#[derive(Debug, Clone)]
struct Seen {
    status: u16,
    location: Option<String>,
    retry_after: bool,
    portal_page: bool,
    title: String,
    errors: Vec<String>,
    body: String,
}

impl Seen {
    fn of(page: &Page) -> Self {
        Self {
            status: page.status,
            location: page.location.clone(),
            retry_after: page.header("retry-after").is_some(),
            portal_page: page.has("header .brand"),
            title: page.texts("h1").join(" "),
            errors: page.texts(".error-summary li"),
            body: page.html.html(),
        }
    }
}

/// A browser with a session as the portal would hold it (no Cognito call makes one).
fn browser(app: &TestApp, state: &[(&str, serde_json::Value)]) -> TestApp {
    let browser = app.second_browser();
    let mut state = state.to_vec();
    state.push(("csrf", json!(CSRF)));
    browser.set_session_cookie(&app.forge_session(&state));
    browser
}

/// Signed in as `who`: routes that end every session of their person each get their own.
fn signed_in_as(app: &TestApp, who: &str) -> TestApp {
    use std::sync::atomic::{AtomicU32, Ordering};
    static SESSIONS: AtomicU32 = AtomicU32::new(0);
    let session_id = format!("sweep-{}", SESSIONS.fetch_add(1, Ordering::Relaxed));
    let user = json!({
        "session_id": session_id, "username": who, "email": "ada@example.com",
        "given_name": "Ada", "family_name": "Admin", "groups": ["professional", "client", "admin"],
        "signed_in_at": now_millis() + 5, "expires_at": now_millis() + 3_600_000u64
    });
    browser(app, &[("user", user)])
}

/// Signed in as `ada`, whom no route signs out everywhere: the bulk dry run signs its rows
/// for this person and the send checks them against the same one.
fn signed_in(app: &TestApp) -> TestApp {
    signed_in_as(app, "ada")
}

/// What each subject prepared while its Cognito was well.
struct Prepared {
    signed_rows: Vec<(String, String)>,
    /// Browsers signed in as real people with an email change pending (a token the portal
    /// holds): one for the code, one for a new code.
    pending_email: [TestApp; 2],
}

async fn drive(app: &TestApp, route: Route, prepared: &Prepared) -> Seen {
    let signed_rows = &prepared.signed_rows;
    let anonymous = || browser(app, &[]);
    // Each route signs in as a person of its own: sign-out-everywhere and the password change
    // end every session of theirs, and must not end the others' mid-sweep.
    let own_session = |app: &TestApp| signed_in_as(app, &format!("ada-{route:?}").to_lowercase());
    let password = "Brand-New-Pass-42";
    let page = match route {
        Route::Login => {
            anonymous()
                .post_form(
                    "/login",
                    &[
                        ("csrf_token", CSRF),
                        ("username", "someone"),
                        ("password", password),
                    ],
                )
                .await
        }
        Route::ForgotPassword => {
            anonymous()
                .post_form(
                    "/forgot-password",
                    &[("csrf_token", CSRF), ("username", "someone")],
                )
                .await
        }
        Route::ConfirmCode => {
            anonymous()
                .post_form(
                    "/confirm-code",
                    &[
                        ("csrf_token", CSRF),
                        ("username", "someone"),
                        ("code", "123456"),
                        ("new_password", password),
                        ("confirm_password", password),
                    ],
                )
                .await
        }
        Route::NewPassword => {
            let challenge = json!({"username": "someone", "cognito_session": "s", "missing_attributes": [], "started_at": now_millis()});
            browser(app, &[("challenge", challenge)])
                .post_form(
                    "/new-password",
                    &[
                        ("csrf_token", CSRF),
                        ("new_password", password),
                        ("confirm_password", password),
                    ],
                )
                .await
        }
        Route::Logout => {
            own_session(app)
                .post_form("/logout", &[("csrf_token", CSRF)])
                .await
        }
        Route::Language => {
            own_session(app)
                .post_form(
                    "/language",
                    &[("csrf_token", CSRF), ("lang", "de"), ("next", "/account")],
                )
                .await
        }
        Route::Profile => {
            own_session(app)
                .post_form(
                    "/account/profile",
                    &[
                        ("csrf_token", CSRF),
                        ("given_name", "Ada"),
                        ("family_name", "Lovelace"),
                    ],
                )
                .await
        }
        Route::Password => {
            own_session(app)
                .post_form(
                    "/account/password",
                    &[
                        ("csrf_token", CSRF),
                        ("current_password", "Old-Pass-1234"),
                        ("new_password", password),
                        ("confirm_password", password),
                    ],
                )
                .await
        }
        Route::SignOutEverywhere => {
            own_session(app)
                .post_form("/account/sign-out-everywhere", &[("csrf_token", CSRF)])
                .await
        }
        Route::Professional => own_session(app).get("/professional").await,
        Route::AdminUsers => own_session(app).get("/admin/users").await,
        Route::AdminSearch => own_session(app).get("/admin/users?q=tes").await,
        Route::AdminGroupList => own_session(app).get("/admin/users?group=client").await,
        Route::Person => own_session(app).get(PERSON).await,
        Route::ChangeGroup => {
            own_session(app)
                .post_form(
                    &format!("{PERSON}/group"),
                    &[("csrf_token", CSRF), ("group", "professional")],
                )
                .await
        }
        Route::Delete => {
            own_session(app)
                .post_form(
                    &format!("{PERSON}/delete"),
                    &[("csrf_token", CSRF), ("confirm_username", "tess")],
                )
                .await
        }
        Route::Resend | Route::Disable | Route::Enable | Route::SignOut => {
            let action = match route {
                Route::Resend => "resend",
                Route::Disable => "disable",
                Route::Enable => "enable",
                _ => "sign-out",
            };
            own_session(app)
                .post_form(&format!("{PERSON}/{action}"), &[("csrf_token", CSRF)])
                .await
        }
        Route::Invite => {
            own_session(app)
                .post_form(
                    "/admin/invitations",
                    &[
                        ("csrf_token", CSRF),
                        ("username", "newcomer"),
                        ("email", "newcomer@example.com"),
                        ("given_name", "New"),
                        ("family_name", "Comer"),
                        ("group", "client"),
                    ],
                )
                .await
        }
        Route::BulkCheck => bulk_check(app).await,
        Route::EmailChange => {
            own_session(app)
                .post_form(
                    "/account/email",
                    &[
                        ("csrf_token", CSRF),
                        ("email", "ada.new@example.com"),
                        ("current_password", "Old-Pass-1234"),
                    ],
                )
                .await
        }
        Route::VerifyEmail => {
            let browser = &prepared.pending_email[0];
            let csrf = browser.get("/account").await.csrf_token();
            browser
                .post_form(
                    "/account/email/verify",
                    &[("csrf_token", &csrf), ("code", "123456")],
                )
                .await
        }
        Route::ResendEmailCode => {
            let browser = &prepared.pending_email[1];
            let csrf = browser.get("/account").await.csrf_token();
            browser
                .post_form("/account/email/resend", &[("csrf_token", &csrf)])
                .await
        }
        Route::Details => {
            own_session(app)
                .post_form(
                    &format!("{PERSON}/details"),
                    &[
                        ("csrf_token", CSRF),
                        ("given_name", "Tess"),
                        ("family_name", "Ting"),
                        ("email", "tess.new@example.com"),
                    ],
                )
                .await
        }
        Route::BulkSend => {
            let mut fields: Vec<(&str, &str)> = vec![("csrf_token", CSRF)];
            fields.extend(signed_rows.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            signed_in(app)
                .post_form("/admin/invitations/bulk/send", &fields)
                .await
        }
    };
    Seen::of(&page)
}

async fn bulk_check(app: &TestApp) -> Page {
    let csv = format!("{HEADER}bulknew,bulknew@example.com,Bulk,New,client\n");
    signed_in(app)
        .post_file(
            "/admin/invitations/bulk",
            &[("csrf_token", CSRF)],
            "file",
            csv.as_bytes(),
        )
        .await
}

fn outage(fault: &Fault) -> bool {
    matches!(
        fault,
        Fault::Error("InternalErrorException")
            | Fault::Status(_)
            | Fault::Malformed
            | Fault::Timeout
    )
}

fn throttling(fault: &Fault) -> bool {
    matches!(
        fault,
        Fault::Error(
            "LimitExceededException"
                | "TooManyRequestsException"
                | "TooManyFailedAttemptsException"
        )
    )
}

/// Codes the portal has no kind for: the one generic page.
fn unknown(fault: &Fault) -> bool {
    matches!(
        fault,
        Fault::Error(
            "SomethingCognitoAddedLaterException"
                | "UserNotConfirmedException"
                | "InvalidUserPoolConfigurationException"
                | "UnexpectedLambdaException"
                | "ForbiddenException"
                | "CodeDeliveryFailureException"
        )
    )
}

/// The status each route must answer `fault` with, where it is fixed; `None` where any 4xx
/// page (or a redirect) is right.
fn expected(route: Route, fault: &Fault) -> Option<u16> {
    match route {
        // Cognito's part of signing out is best effort: the portal's own sign-out holds. So is
        // keeping a language choice in Cognito: this device has it either way.
        Route::Logout | Route::SignOutEverywhere | Route::SignOut | Route::Language => {
            return Some(303);
        }
        // The client list says it could not be read; the bulk send reports row by row.
        Route::Professional | Route::BulkSend => return Some(200),
        _ => {}
    }
    if outage(fault) || unknown(fault) {
        return Some(503);
    }
    if throttling(fault) {
        return Some(429);
    }
    match (route, fault) {
        // A name Cognito does not know is one to invite.
        (Route::BulkCheck, Fault::Error("UserNotFoundException")) => Some(200),
        (
            Route::ForgotPassword,
            Fault::Error(
                "NotAuthorizedException" | "UserNotFoundException" | "InvalidParameterException",
            ),
        ) => Some(303),
        (
            Route::ConfirmCode,
            Fault::Error(
                "NotAuthorizedException"
                | "UserNotFoundException"
                | "ResourceNotFoundException"
                | "CodeMismatchException"
                | "ExpiredCodeException"
                | "InvalidParameterException"
                | "InvalidPasswordException",
            ),
        ) => Some(422),
        (Route::Login, Fault::Error("NotAuthorizedException" | "UserNotFoundException")) => {
            Some(422)
        }
        // A wrong password; a wrong or used code.
        (Route::EmailChange, Fault::Error("NotAuthorizedException")) => Some(422),
        (Route::VerifyEmail, Fault::Error("CodeMismatchException" | "ExpiredCodeException")) => {
            Some(422)
        }
        // The held token no longer works: the change lapsed, the form says so.
        (Route::VerifyEmail | Route::ResendEmailCode, Fault::Error("NotAuthorizedException")) => {
            Some(303)
        }
        (
            Route::Person
            | Route::ChangeGroup
            | Route::Delete
            | Route::Resend
            | Route::Disable
            | Route::Enable
            | Route::SignOut
            | Route::Details,
            Fault::Error("UserNotFoundException"),
        ) => Some(404),
        (_, Fault::Error("ResourceNotFoundException")) => Some(503),
        _ => None,
    }
}

/// A portal behind its own failing Cognito, still well, and what it prepared while well.
struct Subject {
    faulty: FaultyCognito,
    app: TestApp,
    prepared: Prepared,
}

async fn subject() -> Subject {
    let faulty = FaultyCognito::start().await;
    let app = TestApp::builder()
        .aws_endpoint_url(&faulty.endpoint)
        .circuit_breaker_failures(1_000_000)
        .rate_limit_client_attempts(1_000_000)
        .rate_limit_account_failures(1_000_000)
        .rate_limit_reset_emails(1_000_000)
        .spawn()
        .await;
    // Rows the dry run signed while Cognito was well, to send once it is not.
    let checked = bulk_check(&app).await;
    assert_eq!(checked.status, 200, "the healthy dry run");
    let signed_rows: Vec<(String, String)> = ["rows", "issued_at", "signature"]
        .iter()
        .map(|name| {
            let value = checked
                .attr(&format!("input[name={name}]"), "value")
                .expect("the dry run signs its rows");
            ((*name).to_owned(), value)
        })
        .collect();
    let pending_email = [
        email_change_pending(&app).await,
        email_change_pending(&app).await,
    ];
    Subject {
        faulty,
        app,
        prepared: Prepared {
            signed_rows,
            pending_email,
        },
    }
}

/// A browser signed in as a real person whose email change waits for its code.
async fn email_change_pending(app: &TestApp) -> TestApp {
    let browser = app.second_browser();
    let name = unique("sweep-mover");
    app.create_person(&name, "Mo", "Ver", &["client"]).await;
    browser.sign_in(&name, PASSWORD).await;
    let csrf = browser.get("/account/email").await.csrf_token();
    let asked = browser
        .post_form(
            "/account/email",
            &[
                ("csrf_token", &csrf),
                ("email", &format!("{name}@new.example")),
                ("current_password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        asked.location.as_deref(),
        Some("/account/email/verify"),
        "the healthy change"
    );
    browser
}

async fn sweep(subject: Subject, fault: Fault) -> HashMap<Route, Seen> {
    let Subject {
        faulty,
        app,
        prepared,
    } = subject;
    faulty.fail("*", fault.clone());
    faulty.take_calls();
    // Every route at once (on the caller's LocalSet): a timeout costs the portal's 5 s once,
    // not once per route.
    let app = std::rc::Rc::new(app);
    let prepared = std::rc::Rc::new(prepared);
    let handles: Vec<_> = ROUTES
        .iter()
        .map(|&route| {
            let (app, prepared) = (app.clone(), prepared.clone());
            tokio::task::spawn_local(async move { (route, drive(&app, route, &prepared).await) })
        })
        .collect();
    let mut seen = HashMap::new();
    for handle in handles {
        let (route, page) = handle.await.expect("the request ran");
        seen.insert(route, page);
    }
    let calls = faulty.take_calls();
    assert!(
        calls.len() >= ROUTES.len(),
        "{fault:?}: only {} Cognito calls for {} routes",
        calls.len(),
        ROUTES.len()
    );
    seen
}

#[tokio::test]
async fn every_route_answers_every_cognito_error_with_a_page_and_the_right_status() {
    // One portal per fault, set up one after another (the local Cognito is slow to make many
    // pools at once), then swept a few faults at a time: all 23 at once (500 requests, ~90
    // threads on two cores) left some calls waiting past the portal's 2.5 s attempt timeout.
    let mut subjects = Vec::new();
    for _ in Fault::ALL {
        subjects.push(subject().await);
    }
    let local = tokio::task::LocalSet::new();
    let rounds = local
        .run_until(async {
            let mut rounds = Vec::new();
            let mut pending = Fault::ALL.iter().cloned().zip(subjects).collect::<Vec<_>>();
            while !pending.is_empty() {
                let batch: Vec<_> = pending.drain(..pending.len().min(6)).collect();
                let handles: Vec<_> = batch
                    .into_iter()
                    .map(|(fault, subject)| {
                        tokio::task::spawn_local(async move {
                            (fault.clone(), sweep(subject, fault).await)
                        })
                    })
                    .collect();
                for handle in handles {
                    rounds.push(handle.await.expect("the sweep ran"));
                }
            }
            rounds
        })
        .await;

    let mut problems = Vec::new();
    for (fault, seen) in &rounds {
        for route in ROUTES {
            let page = &seen[&route];
            let mut problem =
                |what: String| problems.push(format!("{route:?} / {fault:?}: {what}"));
            if page.status >= 500 && page.status != 503 {
                problem(format!("status {}", page.status));
            }
            if let Some(want) = expected(route, fault) {
                if page.status != want {
                    problem(format!("status {} (want {want})", page.status));
                }
            } else if !matches!(page.status, 303 | 400 | 403 | 404 | 409 | 422) {
                problem(format!("status {} (want a 4xx page)", page.status));
            }
            if page.body.contains(COGNITO_SAYS) || page.body.contains("Exception") {
                problem("Cognito's own words on the page".into());
            }
            if page.status != 303 && !page.portal_page {
                problem("not a portal page".into());
            }
            if route == Route::BulkSend
                && unknown(fault)
                && !page.body.contains("Cognito gave an unexpected answer")
            {
                problem("the row does not say the answer was unexpected".into());
            }
            if matches!(page.status, 429 | 503) && !page.retry_after {
                problem("no Retry-After".into());
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The anonymous forms: an account that does not exist gets the answer one that does.
    let by_fault = |code: &'static str| {
        rounds
            .iter()
            .find(|(f, _)| *f == Fault::Error(code))
            .map(|(_, seen)| seen)
            .expect("that round ran")
    };
    let (exists, missing) = (
        by_fault("NotAuthorizedException"),
        by_fault("UserNotFoundException"),
    );
    for route in [Route::Login, Route::ForgotPassword, Route::ConfirmCode] {
        let (a, b) = (&exists[&route], &missing[&route]);
        assert_eq!(
            (a.status, &a.location, &a.title, &a.errors),
            (b.status, &b.location, &b.title, &b.errors),
            "{route:?}: the answer tells who has an account"
        );
    }
    let wrong_code = &by_fault("CodeMismatchException")[&Route::ConfirmCode];
    assert_eq!(
        wrong_code.errors,
        missing[&Route::ConfirmCode].errors,
        "an unknown account reads as a wrong code"
    );
    assert_eq!(
        wrong_code.errors,
        by_fault("ResourceNotFoundException")[&Route::ConfirmCode].errors
    );
}

#[tokio::test]
async fn an_unknown_cognito_error_is_one_generic_page_and_one_warning_naming_operation_and_code() {
    let faulty = FaultyCognito::start().await;
    let app = TestApp::builder()
        .aws_endpoint_url(&faulty.endpoint)
        .spawn()
        .await;
    faulty.fail(
        "AdminInitiateAuth",
        Fault::Error("BrandNewWarningException"),
    );
    let page = browser(&app, &[])
        .post_form(
            "/login",
            &[
                ("csrf_token", CSRF),
                ("username", "someone"),
                ("password", "whatever-1"),
            ],
        )
        .await;
    assert_eq!(page.status, 503);
    assert_eq!(
        page.text("h1"),
        "The sign-in service gave an unexpected answer"
    );
    let warnings: Vec<String> = captured_logs()
        .lines()
        .filter(|line| line.contains("BrandNewWarningException"))
        .map(str::to_owned)
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(warnings[0].contains("\"WARN\""), "{}", warnings[0]);
    assert!(warnings[0].contains("AdminInitiateAuth"), "{}", warnings[0]);
    assert!(!warnings[0].contains(COGNITO_SAYS), "{}", warnings[0]);
}

#[tokio::test]
async fn a_page_token_the_portal_did_not_hand_out_never_reaches_cognito() {
    let faulty = FaultyCognito::start().await;
    let app = TestApp::builder()
        .aws_endpoint_url(&faulty.endpoint)
        .spawn()
        .await;
    faulty.take_calls();
    for forged in [
        "forged-token",
        "AAAA.forged-token",
        "%ZZ",
        &"x".repeat(10_000),
    ] {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("token", forged)
            .append_pair("trail", forged)
            .finish();
        let page = signed_in(&app).get(&format!("/admin/users?{query}")).await;
        assert_eq!(page.status, 200, "{forged}");
        assert_eq!(
            page.text(".notice"),
            "That page link is no longer valid, so this is the first page."
        );
        assert!(!page.has("a[rel=prev]"), "no way back from a forged trail");
    }
    let calls = faulty.take_calls();
    assert!(calls.iter().any(|(op, _)| op == "ListUsers"), "{calls:?}");
    for (op, body) in &calls {
        assert!(
            !body.contains("forged") && !body.contains("xxxx"),
            "{op}: {body}"
        );
    }
}
