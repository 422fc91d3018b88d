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
