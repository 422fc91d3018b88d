//! The command line: `serve` (default), `provision` (and `--update`), `doctor`, `create-admin`,
//! one file each; `failure.rs` is how a command ends and with which exit code.
mod create_admin;
mod doctor;
mod env_file;
mod failure;
mod provision;
mod serve;

use crate::config::ConfigError;
use clap::{Parser, Subcommand};
use failure::Failure;
use provision::MessageOverrides;
use std::path::PathBuf;
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

/// Exit codes: 0 done, 1 failed at run time (or, for doctor, something differs), 2 bad
/// configuration or arguments (or, for doctor, a pool it cannot read).
pub async fn run(cli: Cli) -> ExitCode {
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve::serve().await,
        Command::Provision {
            pool_name,
            env_file,
            update,
            dry_run,
            portal_name,
            public_url,
        } => {
            let overrides = MessageOverrides {
                portal_name,
                public_url,
            };
            match (update, pool_name) {
                (true, _) => provision::update_pool(&env_file, overrides, dry_run).await,
                (false, Some(pool_name)) => {
                    provision::provision(&pool_name, &env_file, overrides).await
                }
                (false, None) => Err(Failure::Config(ConfigError::new(
                    "--pool-name",
                    "is needed to create a pool",
                ))),
            }
        }
        Command::Doctor => doctor::doctor().await,
        Command::CreateAdmin {
            username,
            email,
            given_name,
            family_name,
            temporary_password,
        } => {
            create_admin::create_admin(
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
        Err(failure) => failure.report(),
    }
}
