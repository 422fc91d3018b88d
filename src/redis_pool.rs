//! Redis, when `REDIS_URL` is set: the state every instance of the portal shares.
//!
//! One multiplexed connection per instance (redis-rs `ConnectionManager`) serves the sessions
//! (with each person's index of them), the rate limits and the held tokens: a page view is one
//! command on it, where a pool's checkout first spent a round trip on a PING. The manager is
//! made on first use (the portal starts, and answers /readyz with 503, while Redis is down) and
//! reconnects by itself after Redis restarts, with a short back-off. Every call is bounded: a
//! Redis that has stopped answering becomes a 503 page within a second or two, never a hung
//! request.
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// Longest any one Redis operation (including connecting) may take.
pub const OPERATION_TIMEOUT: Duration = Duration::from_millis(1500);

/// Why shared state could not be read or written. Never shown to a user: it becomes the 503 page.
#[derive(Debug, thiserror::Error)]
pub enum SharedError {
    #[error("Redis did not answer within {0:?}")]
    Timeout(Duration),
    #[error("no Redis connection")]
    Connect(#[source] redis::RedisError),
    #[error("a Redis command failed")]
    Redis(#[from] redis::RedisError),
}

#[derive(Clone)]
pub struct Shared {
    client: redis::Client,
    connection: Arc<tokio::sync::OnceCell<ConnectionManager>>,
    prefix: String,
}

/// The connection's bounds: each command within the portal's response bound, a connection
/// attempt within a second, and a reconnection that retries twice, at most 300 ms apart
/// (redis-rs's defaults wait up to minutes between attempts and never time a command out).
fn connection_config() -> ConnectionManagerConfig {
    ConnectionManagerConfig::new()
        .set_response_timeout(OPERATION_TIMEOUT)
        .set_connection_timeout(Duration::from_secs(1))
        .set_number_of_retries(2)
        .set_factor(100)
        .set_exponent_base(2)
        .set_max_delay(300)
}

impl Shared {
    /// Checks the URL; no connection is opened until one is needed.
    pub fn new(url: &str, prefix: &str) -> Result<Self, String> {
        let client = redis::Client::open(url).map_err(|e| e.to_string())?;
        Ok(Self {
            client,
            connection: Arc::new(tokio::sync::OnceCell::new()),
            prefix: prefix.to_owned(),
        })
    }

    /// `<prefix><kind>:<id>`: every key the portal writes, so several portals can share a Redis.
    pub fn key(&self, kind: &str, id: &str) -> String {
        format!("{}{kind}:{id}", self.prefix)
    }

    /// The instance's one connection (a cheap handle to it), made on first use.
    async fn connection(&self) -> Result<ConnectionManager, SharedError> {
        self.connection
            .get_or_try_init(|| {
                ConnectionManager::new_with_config(self.client.clone(), connection_config())
            })
            .await
            .cloned()
            .map_err(SharedError::Connect)
    }

    /// Runs `op` on the connection, within `OPERATION_TIMEOUT` overall, counted in the metrics
    /// under `operation`.
    pub async fn run<T, F, Fut>(&self, operation: &'static str, op: F) -> Result<T, SharedError>
    where
        F: FnOnce(ConnectionManager) -> Fut,
        Fut: Future<Output = redis::RedisResult<T>>,
    {
        let outcome = observed(operation, async {
            let conn = self.connection().await?;
            Ok(op(conn).await?)
        })
        .await;
        outcome.unwrap_or(Err(SharedError::Timeout(OPERATION_TIMEOUT)))
    }

    /// Whether Redis answers a PING now (readiness).
    pub async fn ping(&self) -> Result<(), SharedError> {
        self.run("ping", |mut conn| async move {
            redis::cmd("PING")
                .query_async::<String>(&mut conn)
                .await
                .map(drop)
        })
        .await
    }
}

/// `fut` bounded by `OPERATION_TIMEOUT` (`None` past it), with its outcome and duration in
/// the metrics: `redis_calls_total{operation, outcome}` and `redis_call_duration_seconds`.
pub async fn observed<T, E>(
    operation: &'static str,
    fut: impl Future<Output = Result<T, E>>,
) -> Option<Result<T, E>> {
    let started = std::time::Instant::now();
    let outcome = tokio::time::timeout(OPERATION_TIMEOUT, fut).await.ok();
    let label = match &outcome {
        Some(Ok(_)) => "ok",
        Some(Err(_)) => "error",
        None => "timeout",
    };
    metrics::counter!("redis_calls_total", "operation" => operation, "outcome" => label)
        .increment(1);
    metrics::histogram!("redis_call_duration_seconds", "operation" => operation)
        .record(started.elapsed().as_secs_f64());
    outcome
}
