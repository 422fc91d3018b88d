use clap::Parser;
use cognito_portal::cli::{Cli, run};
use cognito_portal::config::{Vars, server};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    cognito_portal::telemetry::init(server::json_logs(&Vars::process_env()));
    run(cli).await
}
