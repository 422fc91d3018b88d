//! `cognito-portal doctor` and `provision --update` against pools made in the test: one made by
//! `provision`, and pools made by hand with one deviation from the guide each.
use crate::helpers::{Fault, FaultyCognito, cognito_client, moto_endpoint, unique};
use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::types::*;
use cognito_portal::cognito::provision_pool;
use cognito_portal::domain::MessageTemplates;
use secrecy::ExposeSecret;

/// Runs the binary with the pool's settings; returns the exit code and standard output.
async fn run(
    args: &[&str],
    pool: &(String, String, String),
    endpoint: &str,
) -> (Option<i32>, String, String) {
    let dir = std::env::temp_dir().join(unique("doctor"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_cognito-portal"))
        .args(args)
        .current_dir(&dir)
        .env_clear()
        .envs([
            ("AWS_ENDPOINT_URL", endpoint.to_owned()),
            ("AWS_REGION", "us-east-1".to_owned()),
            ("AWS_ACCESS_KEY_ID", "testing".to_owned()),
            ("AWS_SECRET_ACCESS_KEY", "testing".to_owned()),
            ("AWS_EC2_METADATA_DISABLED", "true".to_owned()),
            ("COGNITO_POOL_ID", pool.0.clone()),
            ("COGNITO_CLIENT", pool.1.clone()),
            ("COGNITO_CLIENT_SECRET", pool.2.clone()),
            (
                "SESSION_KEY",
                cognito_portal::config::SessionKey::generate_base64(),
            ),
        ])
        .output()
        .await
        .expect("the binary runs");
    let _ = std::fs::remove_dir_all(&dir);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn provisioned() -> (String, String, String) {
    let pool = provision_pool("us-east-1", Some(&moto_endpoint()), &unique("doc"), "admin")
        .await
        .expect("provisioned");
    (
        pool.pool_id,
        pool.client_id,
        pool.client_secret.expose_secret().to_owned(),
    )
}

fn differing(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("DIFFERS  "))
        .map(|l| l.split(':').next().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn a_pool_made_by_provision_is_as_the_guide_says() {
    let pool = provisioned().await;
    let (code, stdout, stderr) = run(&["doctor"], &pool, &moto_endpoint()).await;
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("ok ")).count(),
        21,
        "{stdout}"
    );
    assert!(
        stdout.contains("The pool is as the setup guide describes"),
        "{stdout}"
    );
}

fn build<T, E: std::fmt::Debug>(built: Result<T, E>) -> T {
    built.expect("a valid SDK value")
}

/// A pool made by hand as the guide says, except for `deviations` (and, with "extras", a few
/// settings of its own that the guide does not mention; with "reordered", the same settings with
/// every list in another order: schema, flows, read attributes, groups).
async fn by_hand(cognito: &Client, deviations: &[&str]) -> (String, String, String) {
    let is = |d: &str| deviations.contains(&d);
    let templates = MessageTemplates::for_portal("Cognito Portal", None).expect("templates");
    let required = |name: &str| {
        SchemaAttributeType::builder()
            .name(name)
            .attribute_data_type(AttributeDataType::String)
            .required(!is("required") || name != "family_name")
            .mutable(true)
            .build()
    };
    let mut pool = cognito
        .create_user_pool()
        .pool_name(unique("byhand"))
        .username_configuration(build(
            UsernameConfigurationType::builder()
                .case_sensitive(is("case"))
                .build(),
        ))
        .policies(
            UserPoolPolicyType::builder()
                .password_policy(
                    PasswordPolicyType::builder()
                        .minimum_length(if is("policy") { 6 } else { 8 })
                        .require_uppercase(true)
                        .require_lowercase(true)
                        .require_numbers(true)
                        .require_symbols(true)
                        .temporary_password_validity_days(7)
                        .build(),
                )
                .build(),
        )
        .account_recovery_setting(
            AccountRecoverySettingType::builder()
                .recovery_mechanisms(build(
                    RecoveryOptionType::builder()
                        .name(if is("recovery") {
                            RecoveryOptionNameType::AdminOnly
                        } else {
                            RecoveryOptionNameType::VerifiedEmail
                        })
                        .priority(1)
                        .build(),
                ))
                .build(),
        )
        .admin_create_user_config({
            let mut config = AdminCreateUserConfigType::builder()
                .allow_admin_create_user_only(!is("self-registration"));
            if !is("invitation") {
                config = config.invite_message_template(
                    MessageTemplateType::builder()
                        .email_subject(&templates.invitation.subject)
                        .email_message(&templates.invitation.body)
                        .build(),
                );
            }
            config.build()
        })
        .set_schema(Some(
            if is("reordered") {
                ["family_name", "email", "given_name"]
            } else {
                ["email", "given_name", "family_name"]
            }
            .map(required)
            .to_vec(),
        ));
    if !is("auto-verify") {
        pool = pool.auto_verified_attributes(VerifiedAttributeType::Email);
    }
    if !is("pending") {
        pool = pool.user_attribute_update_settings(
            UserAttributeUpdateSettingsType::builder()
                .attributes_require_verification_before_update(VerifiedAttributeType::Email)
                .build(),
        );
    }
    if is("extras") {
        pool = pool
            .deletion_protection(DeletionProtectionType::Active)
            .user_pool_tags("owner", "clinic-it")
            .sms_authentication_message("Your sign-in code is {####}");
    }
    if is("aliases") {
        pool = pool.alias_attributes(AliasAttributeType::Email);
    }
    if !is("code-email") {
        pool = pool.verification_message_template(
            VerificationMessageTemplateType::builder()
                .default_email_option(DefaultEmailOptionType::ConfirmWithCode)
                .email_subject(&templates.verification.subject)
                .email_message(&templates.verification.body)
                .build(),
        );
    }
    let pool_id = pool
        .send()
        .await
        .expect("the pool")
        .user_pool
        .and_then(|p| p.id)
        .expect("an id");
    if is("mfa") {
        mfa_optional(cognito, &pool_id).await;
    }
    let minutes = |token: &str| if is(token) { 120 } else { 60 };
    let client = cognito
        .create_user_pool_client()
        .user_pool_id(&pool_id)
        .client_name("by-hand")
        .generate_secret(!is("secret"))
        .set_explicit_auth_flows(Some({
            let mut flows = vec![
                if is("flow") {
                    ExplicitAuthFlowsType::AllowUserSrpAuth
                } else {
                    ExplicitAuthFlowsType::AllowAdminUserPasswordAuth
                },
                ExplicitAuthFlowsType::AllowRefreshTokenAuth,
            ];
            if is("reordered") {
                flows.reverse();
            }
            flows
        }))
        .id_token_validity(minutes("id-token"))
        .access_token_validity(minutes("access-token"))
        .refresh_token_validity(if is("refresh-token") { 30 } else { 60 })
        .token_validity_units(
            TokenValidityUnitsType::builder()
                .id_token(TimeUnitsType::Minutes)
                .access_token(TimeUnitsType::Minutes)
                .refresh_token(if is("refresh-token") {
                    TimeUnitsType::Days
                } else {
                    TimeUnitsType::Minutes
                })
                .build(),
        )
        .prevent_user_existence_errors(if is("existence") {
            PreventUserExistenceErrorTypes::Legacy
        } else {
            PreventUserExistenceErrorTypes::Enabled
        })
        .set_read_attributes(Some(if is("read") {
            vec!["email".to_owned()]
        } else {
            let mut read = [
                "email",
                "email_verified",
                "given_name",
                "family_name",
                "locale",
            ]
            .map(str::to_owned)
            .to_vec();
            if is("reordered") {
                read.reverse();
            }
            read
        }))
        .set_auth_session_validity(is("extras").then_some(10))
        .set_enable_token_revocation(is("extras").then_some(false))
        .send()
        .await
        .expect("the client")
        .user_pool_client
        .expect("a client");
    let mut groups = ["professional", "client", "admin"];
    if is("reordered") {
        groups.reverse();
    }
    for group in groups {
        if !is(&format!("no-{group}")) {
            cognito
                .create_group()
                .user_pool_id(&pool_id)
                .group_name(group)
                .send()
                .await
                .expect("a group");
        }
    }
    (
        pool_id,
        client.client_id.expect("a client id"),
        client.client_secret.unwrap_or_else(|| "no-secret".into()),
    )
}

#[tokio::test]
async fn each_deviation_from_the_guide_is_reported_with_exit_1() {
    let cognito = cognito_client();
    let cases = [
        ("aliases", "sign-in by user name only"),
        ("case", "user names case-insensitive"),
        ("policy", "password policy"),
        ("mfa", "multi-factor authentication"),
        ("recovery", "password recovery"),
        ("self-registration", "only administrators create accounts"),
        ("auto-verify", "email verified automatically"),
        ("pending", "an email change kept pending until verified"),
        ("required", "required attributes"),
        ("secret", "app client has a secret"),
        (
            "flow",
            "ALLOW_ADMIN_USER_PASSWORD_AUTH among the client's flows",
        ),
        ("id-token", "ID token lifetime"),
        ("access-token", "access token lifetime"),
        ("refresh-token", "refresh token lifetime"),
        ("existence", "user-existence errors prevented"),
        (
            "read",
            "the client reads email, email_verified, given_name, family_name, locale",
        ),
        ("no-professional", "group professional"),
        ("no-client", "group client"),
        ("no-admin", "the administrators' group"),
        ("invitation", "invitation email"),
        ("code-email", "code email"),
    ];
    // The control: by hand, with no deviation, the pool passes.
    let (code, stdout, _) = run(&["doctor"], &by_hand(&cognito, &[]).await, &moto_endpoint()).await;
    assert_eq!(code, Some(0), "{stdout}");
    for (deviation, item) in cases {
        let pool = by_hand(&cognito, &[deviation]).await;
        let (code, stdout, stderr) = run(&["doctor"], &pool, &moto_endpoint()).await;
        assert_eq!(code, Some(1), "{deviation}: {stdout}{stderr}");
        assert_eq!(
            differing(&stdout),
            vec![item.to_owned()],
            "{deviation}: {stdout}"
        );
        let line = stdout
            .lines()
            .find(|l| l.starts_with("DIFFERS"))
            .unwrap_or_default();
        assert!(
            line.contains("the guide wants") && line.contains("the pool has"),
            "{line}"
        );
    }
}

#[tokio::test]
async fn a_pool_with_its_lists_in_another_order_is_as_the_guide_says() {
    let pool = by_hand(&cognito_client(), &["reordered"]).await;
    let (code, stdout, stderr) = run(&["doctor"], &pool, &moto_endpoint()).await;
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains("ok       required attributes: email, given_name, family_name"),
        "{stdout}"
    );

    let (code, dry, stderr) = run(
        &["provision", "--update", "--dry-run"],
        &pool,
        &moto_endpoint(),
    )
    .await;
    assert_eq!(code, Some(0), "{dry}{stderr}");
    assert!(
        dry.contains("Nothing to change: the pool's settings are the guide's."),
        "{dry}"
    );
    assert!(
        !dry.lines()
            .any(|l| l.starts_with("would change") || l.starts_with("cannot change")),
        "{dry}"
    );
}

/// The local Cognito answers DescribeUserPool in the shapes of real Cognito's documented output,
/// which the doctor is written against.
#[tokio::test]
async fn the_local_cognito_describes_a_pool_as_cognito_does() {
    let cognito = cognito_client();
    let (pool_id, _, _) = provisioned().await;
    let describe = || async {
        cognito
            .describe_user_pool()
            .user_pool_id(&pool_id)
            .send()
            .await
            .expect("the pool")
            .user_pool
            .expect("a pool")
    };
    let pool = describe().await;
    // Every standard attribute in Cognito's order, only sub and the guide's three required.
    let names: Vec<&str> = pool
        .schema_attributes()
        .iter()
        .filter_map(|a| a.name())
        .collect();
    assert_eq!(
        names,
        [
            "sub",
            "name",
            "given_name",
            "family_name",
            "middle_name",
            "nickname",
            "preferred_username",
            "profile",
            "picture",
            "website",
            "email",
            "email_verified",
            "gender",
            "birthdate",
            "zoneinfo",
            "locale",
            "phone_number",
            "phone_number_verified",
            "address",
            "updated_at",
            "identities",
        ]
    );
    let required: Vec<&str> = pool
        .schema_attributes()
        .iter()
        .filter(|a| a.required() == Some(true))
        .filter_map(|a| a.name())
        .collect();
    assert_eq!(required, ["sub", "given_name", "family_name", "email"]);
    assert_eq!(
        pool.user_attribute_update_settings()
            .map(|s| s.attributes_require_verification_before_update().to_vec()),
        Some(vec![VerifiedAttributeType::Email])
    );
    assert_eq!(pool.mfa_configuration(), Some(&UserPoolMfaType::Off));

    // The pool was made with MFA off; SetUserPoolMfaConfig changes what it describes.
    mfa_optional(&cognito, &pool_id).await;
    assert_eq!(
        describe().await.mfa_configuration(),
        Some(&UserPoolMfaType::Optional)
    );
}

#[tokio::test]
async fn an_unreadable_pool_gives_exit_2_with_the_reason_in_words() {
    let mut pool = provisioned().await;
    pool.0 = "us-east-1_doesnotexist".into();
    let (code, _, stderr) = run(&["doctor"], &pool, &moto_endpoint()).await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("no such pool"), "{stderr}");

    let faulty = FaultyCognito::start().await;
    faulty.fail("DescribeUserPool", Fault::Error("AccessDeniedException"));
    let (code, _, stderr) = run(&["doctor"], &provisioned().await, &faulty.endpoint).await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("missing IAM permission cognito-idp:DescribeUserPool"),
        "{stderr}"
    );
}

#[tokio::test]
async fn provision_update_brings_a_pool_to_the_guide_and_loses_no_other_setting() {
    let cognito = cognito_client();
    let deviations = [
        "extras",
        "self-registration",
        "mfa",
        "pending",
        "access-token",
        "refresh-token",
        "existence",
        "no-client",
        "invitation",
        "code-email",
        "case",
    ];
    let pool = by_hand(&cognito, &deviations).await;
    let (code, before, _) = run(&["doctor"], &pool, &moto_endpoint()).await;
    assert_eq!(code, Some(1));
    assert_eq!(differing(&before).len(), 10, "{before}");

    // A dry run says what would change and changes nothing.
    let (code, dry, stderr) = run(
        &["provision", "--update", "--dry-run"],
        &pool,
        &moto_endpoint(),
    )
    .await;
    assert_eq!(code, Some(0), "{dry}{stderr}");
    assert_eq!(
        dry.lines()
            .filter(|l| l.starts_with("would change "))
            .count(),
        9,
        "{dry}"
    );
    assert!(
        dry.contains("would change only administrators create accounts: no -> yes"),
        "{dry}"
    );
    assert!(
        dry.contains("cannot change on an existing pool: user names case-insensitive"),
        "{dry}"
    );
    let (_, still, _) = run(&["doctor"], &pool, &moto_endpoint()).await;
    assert_eq!(
        differing(&still),
        differing(&before),
        "a dry run changed the pool"
    );

    let (code, done, stderr) = run(&["provision", "--update"], &pool, &moto_endpoint()).await;
    assert_eq!(code, Some(0), "{done}{stderr}");
    assert_eq!(
        done.lines().filter(|l| l.starts_with("changing ")).count(),
        9,
        "{done}"
    );
    let (code, after, _) = run(&["doctor"], &pool, &moto_endpoint()).await;
    assert_eq!(
        code,
        Some(1),
        "only what an update cannot change is left: {after}"
    );
    assert_eq!(
        differing(&after),
        vec!["user names case-insensitive".to_owned()],
        "{after}"
    );

    // Nothing else was lost (UpdateUserPool resets what it is not given).
    let described = cognito
        .describe_user_pool()
        .user_pool_id(&pool.0)
        .send()
        .await
        .expect("the pool")
        .user_pool
        .expect("a pool");
    assert_eq!(
        described.deletion_protection(),
        Some(&DeletionProtectionType::Active)
    );
    assert_eq!(
        described
            .user_pool_tags()
            .and_then(|t| t.get("owner"))
            .map(String::as_str),
        Some("clinic-it")
    );
    assert_eq!(
        described.sms_authentication_message(),
        Some("Your sign-in code is {####}")
    );
    let client = cognito
        .describe_user_pool_client()
        .user_pool_id(&pool.0)
        .client_id(&pool.1)
        .send()
        .await
        .expect("the client")
        .user_pool_client
        .expect("a client");
    assert_eq!(client.auth_session_validity(), Some(10));
    assert_eq!(client.enable_token_revocation(), Some(false));
    assert_eq!(client.client_name(), Some("by-hand"));
    assert!(client.client_secret().is_some());
}

#[tokio::test]
async fn messages_cognito_refuses_leave_its_own_and_doctor_says_so() {
    let faulty = FaultyCognito::start().await;
    faulty.fail_when_sent(
        "CreateUserPool",
        "InviteMessageTemplate",
        Fault::Error("InvalidParameterException"),
    );
    let dir = std::env::temp_dir().join(unique("refused"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let env_file = dir.join(".env.local");
    let none = (String::new(), String::new(), String::new());
    let (code, stdout, stderr) = run(
        &[
            "provision",
            "--pool-name",
            "refused",
            "--env-file",
            &env_file.display().to_string(),
        ],
        &none,
        &faulty.endpoint,
    )
    .await;
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let said: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("refused the custom"))
        .collect();
    assert_eq!(said.len(), 1, "{stdout}");
    assert!(said[0].contains("keeps Cognito's own"), "{stdout}");

    let written = std::fs::read_to_string(&env_file).expect("env file");
    let value = |key: &str| {
        written
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .expect("written")
            .to_owned()
    };
    let pool = (
        value("COGNITO_POOL_ID"),
        value("COGNITO_CLIENT"),
        value("COGNITO_CLIENT_SECRET"),
    );
    let (code, report, _) = run(&["doctor"], &pool, &moto_endpoint()).await;
    assert_eq!(code, Some(1));
    assert_eq!(
        differing(&report),
        vec!["invitation email".to_owned(), "code email".to_owned()]
    );
}

#[tokio::test]
async fn the_server_checks_its_pool_once_at_start_up_and_warns_of_each_difference() {
    // The pool has Cognito Portal's messages; this portal calls itself something else.
    let app = crate::helpers::TestApp::builder()
        .portal_name("Elsewhere Clinic")
        .spawn()
        .await;
    assert_eq!(
        app.get("/login").await.status,
        200,
        "start-up was not held up"
    );
    let mut warned = Vec::new();
    for _ in 0..50 {
        warned = crate::helpers::captured_logs()
            .lines()
            // Only this portal's messages name "Elsewhere Clinic".
            .filter(|l| {
                l.contains("differs from the setup guide") && l.contains("Elsewhere Clinic")
            })
            .map(str::to_owned)
            .collect();
        if warned.len() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(warned.len(), 2, "{warned:?}");
    assert!(warned.iter().all(|l| l.contains("WARN")), "{warned:?}");
    assert!(
        warned.iter().any(|l| l.contains("invitation email")),
        "{warned:?}"
    );
}

/// Turns the pool's MFA to optional (with software tokens), as an operator might by hand.
async fn mfa_optional(cognito: &aws_sdk_cognitoidentityprovider::Client, pool_id: &str) {
    cognito
        .set_user_pool_mfa_config()
        .user_pool_id(pool_id)
        .software_token_mfa_configuration(
            SoftwareTokenMfaConfigType::builder().enabled(true).build(),
        )
        .mfa_configuration(UserPoolMfaType::Optional)
        .send()
        .await
        .expect("MFA optional");
}
