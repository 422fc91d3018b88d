//! The command line: `serve` (default), `provision`, `create-admin`.
use crate::cognito::{Cognito, Invitation, provision_pool};
use crate::config::{ConfigError, SessionKey, Settings};
use crate::domain::{EmailAddress, PersonName, Username};
use crate::startup::Application;
use clap::{Parser, Subcommand};
use secrecy::{ExposeSecret, SecretString};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "cognito-portal",
    version,
    about = "A portal for people who sign in with an Amazon Cognito user pool"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (the default).
    Serve,
    /// Create a user pool, app client and groups as the setup guide describes, and write their
    /// ids into the env file.
    Provision {
        #[arg(long)]
        pool_name: String,
        #[arg(long, default_value = ".env.local")]
        env_file: PathBuf,
    },
    /// Invite a person into the admin group. Cognito emails them a temporary password.
    CreateAdmin {
        #[arg(long)]
        username: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        given_name: String,
        #[arg(long)]
        family_name: String,
        /// Set this temporary password instead of Cognito's (for local use).
        #[arg(long)]
        temporary_password: Option<String>,
    },
}

/// Exit codes: 0 done, 1 failed at run time, 2 bad configuration or arguments.
pub async fn run(cli: Cli) -> ExitCode {
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve().await,
        Command::Provision {
            pool_name,
            env_file,
        } => provision(&pool_name, &env_file).await,
        Command::CreateAdmin {
            username,
            email,
            given_name,
            family_name,
            temporary_password,
        } => {
            create_admin(
                &username,
                &email,
                &given_name,
                &family_name,
                temporary_password,
            )
            .await
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Config(err)) => {
            eprintln!("configuration error: {err}");
            ExitCode::from(2)
        }
        Err(Failure::Run(message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

enum Failure {
    Config(ConfigError),
    Run(String),
}

impl From<ConfigError> for Failure {
    fn from(err: ConfigError) -> Self {
        Self::Config(err)
    }
}

async fn serve() -> Result<(), Failure> {
    let settings = Settings::load()?;
    let bind = settings.bind;
    let app = Application::build(settings)
        .await
        .map_err(|e| Failure::Run(format!("cannot listen on {bind}: {e}")))?;
    tracing::info!(
        "cognito-portal listening on http://{}:{}",
        bind.ip(),
        app.port()
    );
    app.run_until_stopped()
        .await
        .map_err(|e| Failure::Run(e.to_string()))
}

async fn provision(pool_name: &str, env_file: &Path) -> Result<(), Failure> {
    // Nothing exists yet, so the region cannot come from a pool id.
    let _ = dotenvy::from_path(env_file);
    let region = std::env::var("AWS_REGION").map_err(|_| {
        Failure::Config(ConfigError {
            var: "AWS_REGION",
            problem: "is not set; provision needs it to know where to create the pool".into(),
        })
    })?;
    let endpoint = std::env::var("AWS_ENDPOINT_URL").ok();
    let admin_group = std::env::var("ADMIN_GROUP").unwrap_or_else(|_| "admin".into());
    let pool = provision_pool(&region, endpoint.as_deref(), pool_name, &admin_group)
        .await
        .map_err(|e| Failure::Run(format!("provisioning failed: {e}")))?;

    let existing = std::fs::read_to_string(env_file).unwrap_or_default();
    let updated = update_env_file(
        &existing,
        &[
            ("COGNITO_POOL_ID", pool.pool_id.as_str()),
            ("COGNITO_CLIENT", pool.client_id.as_str()),
            ("COGNITO_CLIENT_SECRET", pool.client_secret.expose_secret()),
        ],
    );
    std::fs::write(env_file, updated)
        .map_err(|e| Failure::Run(format!("cannot write {}: {e}", env_file.display())))?;
    println!(
        "Created user pool {} with client {}; wrote {}",
        pool.pool_id,
        pool.client_id,
        env_file.display()
    );
    Ok(())
}

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
    if !lines.iter().any(|l| {
        l.trim_start().starts_with("SESSION_KEY=") && l.trim().len() > "SESSION_KEY=".len()
    }) {
        lines.retain(|l| !l.trim_start().starts_with("SESSION_KEY="));
        lines.push(format!("SESSION_KEY={}", SessionKey::generate_base64()));
    }
    lines.join("\n") + "\n"
}

async fn create_admin(
    username: &str,
    email: &str,
    given_name: &str,
    family_name: &str,
    temporary_password: Option<String>,
) -> Result<(), Failure> {
    let settings = Settings::load()?;
    let bad_arg = |flag: &'static str| {
        move |e: crate::domain::ParseError| {
            Failure::Config(ConfigError {
                var: flag,
                problem: e.to_string(),
            })
        }
    };
    let invitation = Invitation {
        username: Username::parse(username).map_err(bad_arg("--username"))?,
        email: EmailAddress::parse(email).map_err(bad_arg("--email"))?,
        given_name: PersonName::parse(given_name).map_err(bad_arg("--given-name"))?,
        family_name: PersonName::parse(family_name).map_err(bad_arg("--family-name"))?,
        group: settings.admin_group.clone(),
    };
    let cognito = Cognito::connect(&settings.cognito).await;
    let password = temporary_password.map(SecretString::from);
    cognito
        .invite(&invitation, password.as_ref())
        .await
        .map_err(|e| Failure::Run(format!("could not create the admin: {e}")))?;
    println!(
        "Invited {} into the {} group",
        invitation.username, settings.admin_group
    );
    Ok(())
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
}
