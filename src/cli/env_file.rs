//! The env file `provision` writes: its own lines set, every other line kept as it was.
use crate::config::SessionKey;
use crate::config::session::SESSION_KEY;

/// Sets `KEY=value` lines, keeping every other line as it was; adds a SESSION_KEY if none.
pub fn update_env_file(existing: &str, values: &[(&str, &str)]) -> String {
    let mut lines: Vec<String> = existing.lines().map(str::to_owned).collect();
    for (key, value) in values {
        let line = format!("{key}={value}");
        match lines
            .iter_mut()
            .find(|l| l.trim_start().starts_with(&format!("{key}=")))
        {
            Some(existing) => *existing = line,
            None => lines.push(line),
        }
    }
    let session_key_line = format!("{SESSION_KEY}=");
    if !lines.iter().any(|l| {
        l.trim_start().starts_with(&session_key_line) && l.trim().len() > session_key_line.len()
    }) {
        lines.retain(|l| !l.trim_start().starts_with(&session_key_line));
        lines.push(format!(
            "{session_key_line}{}",
            SessionKey::generate_base64()
        ));
    }
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_env_file_keeps_other_lines_and_gains_a_session_key() {
        let out = update_env_file(
            "# mine\nPORTAL_BIND=0.0.0.0:80\nCOGNITO_CLIENT=old\n",
            &[("COGNITO_CLIENT", "new"), ("COGNITO_POOL_ID", "p")],
        );
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            &lines[..4],
            [
                "# mine",
                "PORTAL_BIND=0.0.0.0:80",
                "COGNITO_CLIENT=new",
                "COGNITO_POOL_ID=p"
            ]
        );
        assert!(lines[4].starts_with("SESSION_KEY=") && lines[4].len() > 80);
    }

    #[test]
    fn an_existing_session_key_is_kept() {
        let out = update_env_file("SESSION_KEY=abc\n", &[]);
        assert_eq!(out, "SESSION_KEY=abc\n");
    }

    #[test]
    fn an_empty_session_key_is_replaced_by_a_fresh_one() {
        let out = update_env_file("SESSION_KEY=\nPORTAL_BIND=x\n", &[]);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "PORTAL_BIND=x");
        assert!(lines[1].starts_with("SESSION_KEY=") && lines[1].len() > 80);
        assert_eq!(lines.len(), 2);
    }
}
