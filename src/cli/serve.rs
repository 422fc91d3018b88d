//! `serve`: the portal itself, until SIGTERM.
use super::failure::Failure;
use crate::config::Settings;
use crate::startup::Application;

pub async fn serve() -> Result<(), Failure> {
    let settings = Settings::load()?;
    let bind = settings.server.bind;
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
