//! A circuit breaker around every Cognito call, and the calls' metrics, as one SDK interceptor.
//!
//! After `threshold` consecutive failures (timeouts, refused connections, 5xx) calls fail fast
//! for `open_for`; then one trial call decides whether to close again. Cognito's own "no"
//! (wrong password, unknown user) is an answer, not a failure.
use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::{
    BeforeSerializationInterceptorContextRef, FinalizerInterceptorContextRef,
};
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::{ConfigBag, Storable, StoreReplace};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The error a call fails with while the circuit is open.
#[derive(Debug, thiserror::Error)]
#[error("Cognito circuit open: failing fast")]
pub struct CircuitOpen;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Closed {
        failures: u32,
    },
    Open {
        until: Instant,
    },
    /// One trial call is under way; others fail fast until it ends.
    HalfOpen,
}

#[derive(Debug)]
pub struct CircuitBreaker {
    state: Mutex<State>,
    threshold: u32,
    open_for: Duration,
}

impl CircuitBreaker {
    pub fn new(threshold: u32, open_for: Duration) -> Self {
        Self {
            state: Mutex::new(State::Closed { failures: 0 }),
            threshold: threshold.max(1),
            open_for,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// May a call go ahead now?
    pub fn admit(&self, now: Instant) -> Result<(), CircuitOpen> {
        let mut state = self.lock();
        match *state {
            State::Closed { .. } => Ok(()),
            State::Open { until } if now >= until => {
                *state = State::HalfOpen;
                Ok(())
            }
            State::Open { .. } | State::HalfOpen => Err(CircuitOpen),
        }
    }

    pub fn record(&self, success: bool, now: Instant) {
        let mut state = self.lock();
        *state = match (*state, success) {
            (_, true) => State::Closed { failures: 0 },
            (State::Closed { failures }, false) if failures + 1 < self.threshold => State::Closed {
                failures: failures + 1,
            },
            (_, false) => {
                tracing::warn!(
                    seconds = self.open_for.as_secs(),
                    "Cognito keeps failing: circuit open"
                );
                State::Open {
                    until: now + self.open_for,
                }
            }
        };
        metrics::gauge!("cognito_circuit_open").set(if matches!(*state, State::Closed { .. }) {
            0.0
        } else {
            1.0
        });
    }

    #[cfg(test)]
    fn is_open(&self) -> bool {
        !matches!(*self.lock(), State::Closed { .. })
    }
}

#[derive(Debug, Clone, Copy)]
struct CallStarted(Instant);

impl Storable for CallStarted {
    type Storer = StoreReplace<Self>;
}

/// The interceptor the Cognito client runs on every call.
#[derive(Debug, Clone)]
pub struct Guard(pub Arc<CircuitBreaker>);

impl Intercept for Guard {
    fn name(&self) -> &'static str {
        "CognitoCircuitBreaker"
    }

    fn read_before_execution(
        &self,
        _context: &BeforeSerializationInterceptorContextRef<'_>,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let now = Instant::now();
        match self.0.admit(now) {
            Ok(()) => {
                // Only admitted calls are timed and judged afterwards.
                cfg.interceptor_state().store_put(CallStarted(now));
                Ok(())
            }
            Err(open) => {
                let operation = cfg
                    .load::<Metadata>()
                    .map_or("unknown", |m| m.name())
                    .to_owned();
                metrics::counter!("cognito_calls_total", "operation" => operation, "outcome" => "circuit_open")
                    .increment(1);
                Err(BoxError::from(open))
            }
        }
    }

    fn read_after_execution(
        &self,
        context: &FinalizerInterceptorContextRef<'_>,
        _runtime_components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let Some(CallStarted(started)) = cfg.load::<CallStarted>().copied() else {
            return Ok(()); // refused before it started: already counted
        };
        let failed = match context.output_or_error() {
            Some(Ok(_)) => false,
            Some(Err(err)) => {
                let server_error = context
                    .response()
                    .is_some_and(|r| r.status().is_server_error());
                err.is_timeout_error()
                    || err.is_connector_error()
                    || err.is_response_error()
                    || server_error
            }
            None => true,
        };
        let operation = cfg
            .load::<Metadata>()
            .map_or("unknown", |m| m.name())
            .to_owned();
        let outcome = match context.output_or_error() {
            Some(Ok(_)) => "ok",
            _ if failed => "unavailable",
            _ => "refused",
        };
        metrics::counter!("cognito_calls_total", "operation" => operation.clone(), "outcome" => outcome).increment(1);
        metrics::histogram!("cognito_call_duration_seconds", "operation" => operation)
            .record(started.elapsed().as_secs_f64());
        self.0.record(!failed, Instant::now());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_open_the_circuit_then_one_trial_decides() {
        let breaker = CircuitBreaker::new(5, Duration::from_secs(30));
        let t0 = Instant::now();
        for _ in 0..4 {
            breaker.record(false, t0);
        }
        assert!(breaker.admit(t0).is_ok(), "four failures keep it closed");
        breaker.record(false, t0);
        assert!(
            breaker.admit(t0 + Duration::from_secs(29)).is_err(),
            "open for 30 s"
        );
        assert!(
            breaker.admit(t0 + Duration::from_secs(30)).is_ok(),
            "then one trial"
        );
        assert!(
            breaker.admit(t0 + Duration::from_secs(30)).is_err(),
            "only one"
        );
        breaker.record(false, t0 + Duration::from_secs(31));
        assert!(
            breaker.admit(t0 + Duration::from_secs(60)).is_err(),
            "a failed trial reopens it"
        );
        assert!(breaker.admit(t0 + Duration::from_secs(61)).is_ok());
        breaker.record(true, t0 + Duration::from_secs(61));
        assert!(
            breaker.admit(t0 + Duration::from_secs(61)).is_ok(),
            "a good trial closes it"
        );
        assert!(!breaker.is_open());
    }

    #[test]
    fn a_success_resets_the_count() {
        let breaker = CircuitBreaker::new(5, Duration::from_secs(30));
        let now = Instant::now();
        for _ in 0..4 {
            breaker.record(false, now);
        }
        breaker.record(true, now);
        for _ in 0..4 {
            breaker.record(false, now);
        }
        assert!(breaker.admit(now).is_ok());
    }
}
