//! Redis, when `REDIS_URL` is set: the state every instance of the portal shares.
//!
//! One pool of connections (deadpool-redis) serves the sessions (with each person's index of
//! them) and the rate limits. A pool, not one multiplexed connection: actix-session's Redis
//! store takes a deadpool pool, or makes its own connection with fixed reconnection backoff
//! (measured: not back 12 s after Redis restarted). Every call is bounded by a timeout: a Redis
//! that has stopped answering must turn into a 503 page within a second or two, never a hung
//! request.
use deadpool_redis::{Config, Pool, PoolConfig, Runtime, Timeouts};
use std::future::Future;
use std::time::Duration;

/// Longest any one Redis operation (including getting a connection) may take.
pub const OPERATION_TIMEOUT: Duration = Duration::from_millis(1500);

/// Why shared state could not be read or written. Never shown to a user: it becomes the 503 page.
#[derive(Debug, thiserror::Error)]
pub enum SharedError {
    #[error("Redis did not answer within {0:?}")]
    Timeout(Duration),
    #[error("no Redis connection: {0}")]
    Pool(String),
    #[error("Redis: {0}")]
    Redis(#[from] redis::RedisError),
}

#[derive(Clone)]
pub struct Shared {
    pool: Pool,
    prefix: String,
}

impl Shared {
    /// Makes the pool; no connection is opened until one is needed, so the portal starts (and
    /// answers /readyz with 503) while Redis is down.
    pub fn new(url: &str, prefix: &str) -> Result<Self, String> {
        let mut config = Config::from_url(url);
        let timeouts = Timeouts {
            wait: Some(OPERATION_TIMEOUT),
            create: Some(Duration::from_secs(1)),
            recycle: Some(Duration::from_secs(1)),
        };
        config.pool = Some(PoolConfig {
            timeouts,
            ..PoolConfig::default()
        });
        let pool = config
            .create_pool(Some(Runtime::Tokio1))
            .map_err(|e| e.to_string())?;
        Ok(Self {
            pool,
            prefix: prefix.to_owned(),
        })
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// `<prefix><kind>:<id>`: every key the portal writes, so several portals can share a Redis.
    pub fn key(&self, kind: &str, id: &str) -> String {
        format!("{}{kind}:{id}", self.prefix)
    }

    /// Runs `op` on a pooled connection, within `OPERATION_TIMEOUT` overall, counted in the
    /// metrics under `operation`.
    pub async fn run<T, F, Fut>(&self, operation: &'static str, op: F) -> Result<T, SharedError>
    where
        F: FnOnce(deadpool_redis::Connection) -> Fut,
        Fut: Future<Output = redis::RedisResult<T>>,
    {
        let outcome = observed(operation, async {
            let conn = self
                .pool
                .get()
                .await
                .map_err(|e| SharedError::Pool(e.to_string()))?;
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
