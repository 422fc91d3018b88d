use std::process::Command;

fn run_portal(vars: &[(&str, &str)]) -> (Option<i32>, String) {
    let dir = std::env::temp_dir().join(crate::helpers::unique("portal-config"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let output = Command::new(env!("CARGO_BIN_EXE_cognito-portal"))
        .current_dir(&dir)
        .env_clear()
        .envs(vars.iter().copied())
        .output()
        .expect("the binary runs");
    let _ = std::fs::remove_dir_all(&dir);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn missing_configuration_stops_start_up_with_exit_code_2_and_one_line() {
    let (code, stderr) = run_portal(&[]);
    assert_eq!(code, Some(2));
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("COGNITO_POOL_ID"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_short_session_key_is_named_with_how_to_make_one() {
    let (code, stderr) = run_portal(&[
        ("COGNITO_POOL_ID", "us-east-1_abc"),
        ("COGNITO_CLIENT", "client"),
        ("COGNITO_CLIENT_SECRET", "secret"),
        ("SESSION_KEY", "c2hvcnQ="),
    ]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("SESSION_KEY"), "{stderr}");
    assert!(
        stderr.contains("head -c 64 /dev/urandom | base64"),
        "{stderr}"
    );
}

/// What the command line needs to reach the local Cognito at `endpoint` (or a relay before it).
fn local_aws(endpoint: &str) -> Vec<(&'static str, String)> {
    vec![
        ("AWS_ENDPOINT_URL", endpoint.to_owned()),
        ("AWS_REGION", "us-east-1".to_owned()),
        ("AWS_ACCESS_KEY_ID", "testing".to_owned()),
        ("AWS_SECRET_ACCESS_KEY", "testing".to_owned()),
        ("AWS_EC2_METADATA_DISABLED", "true".to_owned()),
    ]
}

/// `provision` then `create-admin`, as the README has an operator run them, against the local
/// Cognito: the env file gains the pool's settings (other lines kept) and the admin exists.
#[tokio::test]
async fn provision_and_create_admin_set_up_a_pool_from_the_command_line() {
    let dir = std::env::temp_dir().join(crate::helpers::unique("portal-cli"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let env_file = dir.join(".env.local");
    std::fs::write(&env_file, "# mine\nPORTAL_BIND=127.0.0.1:9999\n").expect("env file");
    let base_env = local_aws(&crate::helpers::moto_endpoint());
    let portal = env!("CARGO_BIN_EXE_cognito-portal");
    let provisioned = tokio::process::Command::new(portal)
        .args(["provision", "--pool-name", "cli-test", "--env-file"])
        .arg(&env_file)
        .current_dir(&dir)
        .env_clear()
        .envs(base_env.clone())
        .output()
        .await
        .expect("provision runs");
    assert!(
        provisioned.status.success(),
        "{}",
        String::from_utf8_lossy(&provisioned.stderr)
    );
    let written = std::fs::read_to_string(&env_file).expect("env file");
    assert!(
        written.starts_with("# mine\nPORTAL_BIND=127.0.0.1:9999\n"),
        "{written}"
    );
    let value = |key: &str| {
        written
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("{key} missing from {written}"))
            .to_owned()
    };
    let pool_id = value("COGNITO_POOL_ID");
    assert!(value("SESSION_KEY").len() >= 86);

    let created = tokio::process::Command::new(portal)
        .args([
            "create-admin",
            "--username",
            "Root",
            "--email",
            "root@example.com",
            "--given-name",
            "Ro",
            "--family-name",
            "Ot",
        ])
        .args(["--temporary-password", "Temporary-1x"])
        .current_dir(&dir)
        .env_clear()
        .envs(base_env)
        .output()
        .await
        .expect("create-admin runs");
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    let cognito = crate::helpers::cognito_client();
    let user = cognito
        .admin_get_user()
        .user_pool_id(&pool_id)
        .username("root")
        .send()
        .await
        .expect("the admin exists");
    assert_eq!(
        user.user_status().map(|s| s.as_str()),
        Some("FORCE_CHANGE_PASSWORD")
    );
    let groups = cognito
        .admin_list_groups_for_user()
        .user_pool_id(&pool_id)
        .username("root")
        .send()
        .await
        .expect("groups");
    let names: Vec<&str> = groups
        .groups()
        .iter()
        .filter_map(|g| g.group_name())
        .collect();
    assert_eq!(names, vec!["admin"]);
    let policy = cognito
        .describe_user_pool()
        .user_pool_id(&pool_id)
        .send()
        .await
        .expect("pool");
    let pool = policy.user_pool().expect("pool");
    assert_eq!(
        pool.policies()
            .and_then(|p| p.password_policy())
            .and_then(|p| p.minimum_length()),
        Some(8)
    );
    assert_eq!(
        pool.admin_create_user_config()
            .map(|c| c.allow_admin_create_user_only()),
        Some(true)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A refusal of a real pool names the setting in Cognito's own words: the command line prints
/// them after its own (pages never do).
#[tokio::test]
async fn the_command_line_says_what_cognito_said_when_it_refuses() {
    use crate::helpers::{COGNITO_SAYS, Fault, FaultyCognito, TestApp};
    use secrecy::ExposeSecret;
    let faulty = FaultyCognito::start().await;
    faulty.fail("AdminCreateUser", Fault::Error("InvalidParameterException"));
    let app = TestApp::spawn().await;
    let dir = std::env::temp_dir().join(crate::helpers::unique("portal-refused"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_cognito-portal"))
        .args([
            "create-admin",
            "--username",
            "Root",
            "--email",
            "root@example.com",
        ])
        .args(["--given-name", "Ro", "--family-name", "Ot"])
        .current_dir(&dir)
        .env_clear()
        .envs(local_aws(&faulty.endpoint))
        .envs([
            ("COGNITO_POOL_ID", app.pool.pool_id.clone()),
            ("COGNITO_CLIENT", app.pool.client_id.clone()),
            (
                "COGNITO_CLIENT_SECRET",
                app.pool.client_secret.expose_secret().to_owned(),
            ),
            ("SESSION_KEY", app.session_key.clone()),
        ])
        .output()
        .await
        .expect("create-admin runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "could not create the admin: invalid parameter (Cognito says: {COGNITO_SAYS} for \
             AdminCreateUser)"
        )),
        "{stderr}"
    );
}
