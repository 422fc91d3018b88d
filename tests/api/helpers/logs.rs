//! Every log line the portals of this test binary write, captured as production writes them.
use std::sync::Mutex;

/// Everything the app logs during this test binary, as JSON lines.
pub fn captured_logs() -> String {
    String::from_utf8_lossy(&LOG_BUFFER.lock().expect("log buffer")).into_owned()
}

static LOG_BUFFER: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct LogWriter;

impl std::io::Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        LOG_BUFFER
            .lock()
            .expect("log buffer")
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Captures every log event of every test, as the production JSON format would write it.
pub(super) fn capture_logs() {
    use tracing_subscriber::util::SubscriberInitExt;
    let _ = cognito_portal::telemetry::subscriber(
        true,
        tracing_subscriber::EnvFilter::new("info"),
        || LogWriter,
        false,
    )
    .try_init();
}
