use clap::Parser;
use cognito_portal::cli::{Cli, run};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    cognito_portal::telemetry::init(std::env::var("LOG_FORMAT").is_ok_and(|f| f == "json"));
    run(cli).await
}
