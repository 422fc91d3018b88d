//! The command line: `serve` (default), `provision` (and `--update`), `doctor`, `create-admin`.
use crate::cognito::{Cognito, CognitoError, Invitation, provision as provision_with};
use crate::config::{ConfigError, MessageSettings, SessionKey, Settings};
use crate::domain::{EmailAddress, MessageTemplates, PersonName, Username};
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
    /// Create a user pool, app client and groups as the setup guide describes, with the
    /// organisation's invitation and code emails, and write their ids into the env file. With
    /// --update, bring the pool named in the env file to the guide instead.
    Provision {
        /// The new pool's name (not with --update).
        #[arg(long, required_unless_present = "update")]
        pool_name: Option<String>,
        #[arg(long, default_value = ".env.local")]
        env_file: PathBuf,
        /// Change the existing pool (COGNITO_POOL_ID, COGNITO_CLIENT) to the guide's settings
        /// and messages, printing each change before making it.
        #[arg(long, conflicts_with = "pool_name")]
        update: bool,
        /// With --update: print the changes, make none.
        #[arg(long, requires = "update")]
        dry_run: bool,
        /// The organisation's name in the messages (else PORTAL_NAME).
        #[arg(long)]
        portal_name: Option<String>,
        /// Where people sign in, e.g. https://portal.example.com (else PUBLIC_URL).
        #[arg(long)]
        public_url: Option<String>,
    },
    /// Compare the pool, its app client and its groups with the setup guide (read-only).
    /// Exit 0: all as the guide says; 1: something differs; 2: the pool cannot be read.
    Doctor,
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
            update,
            dry_run,
            portal_name,
            public_url,
        } => {
            let overrides = (portal_name, public_url);
            match (update, pool_name) {
                (true, _) => update_pool(&env_file, overrides, dry_run).await,
                (false, Some(pool_name)) => provision(&pool_name, &env_file, overrides).await,
                (false, None) => Err(Failure::Config(ConfigError {
                    var: "--pool-name",
                    problem: "is needed to create a pool".into(),
                })),
            }
        }
        Command::Doctor => return doctor().await,
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

/// The organisation's messages: `PORTAL_NAME` and `PUBLIC_URL` (as `serve` reads them) unless
/// the flags say otherwise.
fn message_templates(
    (portal_name, public_url): (Option<String>, Option<String>),
) -> Result<MessageTemplates, Failure> {
    let from_env = MessageSettings::from_env()?;
    let portal_name = portal_name.unwrap_or(from_env.portal_name);
    let public_url = public_url.or(from_env.public_url.map(|u| u.to_string()));
    MessageTemplates::for_portal(&portal_name, public_url.as_deref()).map_err(|e| {
        Failure::Config(ConfigError {
            var: "PORTAL_NAME",
            problem: format!("the messages would break Cognito's limits: {e}"),
        })
    })
}

async fn provision(
    pool_name: &str,
    env_file: &Path,
    overrides: (Option<String>, Option<String>),
) -> Result<(), Failure> {
    // Nothing exists yet, so the region cannot come from a pool id.
    let _ = dotenvy::from_path(env_file);
    let region = std::env::var("AWS_REGION").map_err(|_| {
        Failure::Config(ConfigError {
            var: "AWS_REGION",
            problem: "is not set; provision needs it to know where to create the pool".into(),
        })
    })?;
    let templates = message_templates(overrides)?;
    let endpoint = std::env::var("AWS_ENDPOINT_URL").ok();
    let admin_group = std::env::var("ADMIN_GROUP").unwrap_or_else(|_| "admin".into());
    let provisioned = provision_with(
        &region,
        endpoint.as_deref(),
        pool_name,
        &admin_group,
        &templates,
    )
    .await
    .map_err(|e| Failure::Run(format!("provisioning failed: {e}")))?;
    if let Some(reason) = &provisioned.messages_refused {
        println!(
            "Cognito refused the custom invitation and code emails ({reason}); the pool keeps Cognito's own, and `doctor` will report it."
        );
    }
    let pool = provisioned.credentials;

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

/// `provision --update`: the pool in the env file, brought to the guide.
async fn update_pool(
    env_file: &Path,
    overrides: (Option<String>, Option<String>),
    dry_run: bool,
) -> Result<(), Failure> {
    let _ = dotenvy::from_path(env_file);
    let settings = Settings::from_lookup(|name| std::env::var(name).ok())?;
    let templates = message_templates(overrides)?;
    let cognito = Cognito::connect(&settings.cognito).await;
    // The changes are printed before they are made: a dry run first, then the update.
    let planned = cognito
        .update_to_guide(&settings.admin_group, &templates, true)
        .await
        .map_err(|e| Failure::Run(format!("cannot read the pool: {}", in_words(&e))))?;
    for change in &planned.changes {
        println!(
            "{} {change}",
            if dry_run { "would change" } else { "changing" }
        );
    }
    for fixed in &planned.fixed {
        println!(
            "cannot change on an existing pool: {}: {} (the guide: {}); make a new pool for it",
            fixed.item, fixed.has, fixed.wants
        );
    }
    if planned.changes.is_empty() {
        println!("Nothing to change: the pool's settings are the guide's.");
    } else if !dry_run {
        cognito
            .update_to_guide(&settings.admin_group, &templates, false)
            .await
            .map_err(|e| Failure::Run(format!("the update failed: {}", in_words(&e))))?;
        println!("Updated {} item(s).", planned.changes.len());
    }
    Ok(())
}

/// `doctor`: one line per item of the guide. Exit 0 all match, 1 something differs, 2 the
/// pool cannot be read (or the settings are wrong).
async fn doctor() -> ExitCode {
    let settings = match Settings::load() {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("configuration error: {err}");
            return ExitCode::from(2);
        }
    };
    let templates = match message_templates((None, None)) {
        Ok(templates) => templates,
        Err(_) => return ExitCode::from(2),
    };
    let cognito = Cognito::connect(&settings.cognito).await;
    let findings = match cognito
        .check_against_guide(&settings.admin_group, &templates)
        .await
    {
        Ok(findings) => findings,
        Err(err) => {
            eprintln!(
                "cannot read the pool {}: {}",
                settings.cognito.pool_id,
                in_words(&err)
            );
            return ExitCode::from(2);
        }
    };
    let mut differ = 0;
    for finding in &findings {
        if finding.matches() {
            println!("ok       {}: {}", finding.item, finding.has);
        } else {
            differ += 1;
            println!(
                "DIFFERS  {}: the guide wants {}, the pool has {}: {}",
                finding.item,
                shortened(&finding.wants),
                shortened(&finding.has),
                finding.why
            );
        }
    }
    if differ == 0 {
        println!(
            "The pool is as the setup guide describes ({} items).",
            findings.len()
        );
        ExitCode::SUCCESS
    } else {
        println!(
            "{differ} of {} items differ from the setup guide.",
            findings.len()
        );
        ExitCode::FAILURE
    }
}

/// A long value (a message template) cut to one readable line.
fn shortened(value: &str) -> String {
    const MOST: usize = 120;
    if value.chars().count() <= MOST {
        value.to_owned()
    } else {
        format!("{}…", value.chars().take(MOST - 1).collect::<String>())
    }
}

/// A Cognito error as an operator reads it: what to fix, not the SDK's wording.
pub fn in_words(err: &CognitoError) -> String {
    match err {
        CognitoError::Unknown { operation, code } if code == "AccessDeniedException" => {
            format!("missing IAM permission cognito-idp:{operation}")
        }
        CognitoError::ResourceNotFound => {
            "no such pool or app client (check COGNITO_POOL_ID, COGNITO_CLIENT and the region)"
                .to_owned()
        }
        CognitoError::Unavailable(cause) => format!("Cognito cannot be reached ({cause})"),
        CognitoError::Unknown { operation, code } => format!("{operation} answered {code}"),
        other => other.to_string(),
    }
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
        locale: None,
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
