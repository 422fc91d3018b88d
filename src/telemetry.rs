//! Logs (human-readable, or JSON with `LOG_FORMAT=json`; `RUST_LOG` filters), request ids, and
//! Prometheus metrics.
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{HeaderName, HeaderValue};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::io::IsTerminal;
use std::sync::OnceLock;
use std::time::Instant;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::util::SubscriberInitExt;

pub fn init(json: bool) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // A second init (tests) is harmless: the first subscriber stays.
    let _ = subscriber(
        json,
        filter,
        std::io::stderr,
        std::io::stderr().is_terminal(),
    )
    .try_init();
}

/// The portal's log pipeline: `filter` decides what is written to `writer` (JSON or
/// human-readable), and rejected session cookies are counted rather than written.
pub fn subscriber<W>(
    json: bool,
    filter: EnvFilter,
    writer: W,
    ansi: bool,
) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    use tracing_subscriber::Layer;
    use tracing_subscriber::filter::{FilterExt, LevelFilter, filter_fn};
    use tracing_subscriber::layer::SubscriberExt;
    let output = tracing_subscriber::fmt::layer()
        .with_writer(writer)
        .with_ansi(ansi);
    let output = if json {
        // The whole span list: a handler's own span is the current one, and the request id
        // sits on the request span around it.
        output
            .json()
            .with_current_span(true)
            .with_span_list(true)
            .boxed()
    } else {
        output.boxed()
    };
    // Per-layer filters: each layer sees only what its own filter lets through.
    // The hint keeps `log`'s max level at the filter's (tracing-log's bridge then drops actix's
    // and mio's per-request `trace!` calls at once instead of asking the subscriber each time).
    let written = filter
        .and(filter_fn(|event| !is_rejected_cookie(event)).with_max_level_hint(LevelFilter::TRACE))
        .and(ClientFaults::Others);
    let counted = filter_fn(is_rejected_cookie).with_max_level_hint(LevelFilter::INFO);
    tracing_subscriber::registry()
        .with(output.with_filter(written))
        .with(RejectedCookies.with_filter(counted))
        .with(CountClientFaults.with_filter(ClientFaults::Only))
}

/// actix-http's dispatcher logs at ERROR a request it could not read (an overlong URI, an
/// oversized head, a character or header HTTP does not allow), a client that stopped sending
/// half way and one too slow to send its head. Each is the client's doing, and anyone can send
/// them: written at ERROR they would wake whoever alerts on ERROR, which is kept for the
/// portal's own faults. So they are counted in `http_unreadable_requests_total{kind}` and not
/// written (the client got its 400, 431 or 408).
fn client_fault(event: &tracing::Event<'_>) -> Option<&'static str> {
    let metadata = event.metadata();
    if *metadata.level() != tracing::Level::ERROR
        || !metadata.target().starts_with("actix_http::h1")
    {
        return None;
    }
    let mut message = MessageText(String::new());
    event.record(&mut message);
    fault_kind(&message.0)
}

/// The kind of a dispatcher ERROR message that a client caused, or `None` for the portal's own.
fn fault_kind(message: &str) -> Option<&'static str> {
    let Some(error) = message.strip_prefix("stream error: ") else {
        return (message.starts_with("Internal server error: unexpected eof")
            || message.starts_with("write zero"))
        .then_some("disconnected");
    };
    let kind = if let Some(parse) = error.strip_prefix("request parse error: ") {
        if parse.starts_with("message head is too large") {
            "head_too_large"
        } else if parse.starts_with("URI error") {
            "bad_uri"
        } else if parse.starts_with("invalid Header") {
            "bad_header"
        } else {
            "unparseable"
        }
    } else if error.starts_with("I/O error") {
        "disconnected"
    } else if error.starts_with("request did not complete") {
        "too_slow"
    } else {
        return None;
    };
    Some(kind)
}

struct MessageText(String);

impl tracing::field::Visit for MessageText {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.0 = format!("{value:?}");
        }
    }
}

/// A filter on `client_fault`: `Only` lets through just the client's faults (to be counted),
/// `Others` everything else (to be written).
enum ClientFaults {
    Only,
    Others,
}

impl ClientFaults {
    /// Whether an event of this callsite may be a client's fault (it still has to say so).
    fn may_be_one(metadata: &tracing::Metadata<'_>) -> bool {
        *metadata.level() == tracing::Level::ERROR
            && metadata.target().starts_with("actix_http::h1")
    }
}

// The callsite interest and the level hint say as much as each filter knows without the
// message: left at their defaults ("sometimes", no hint), every `trace!` in actix and mio would
// be asked about on each call, and `log`'s bridge would let them all through.
impl<S> tracing_subscriber::layer::Filter<S> for ClientFaults {
    fn enabled(
        &self,
        metadata: &tracing::Metadata<'_>,
        _: &tracing_subscriber::layer::Context<'_, S>,
    ) -> bool {
        match self {
            Self::Only => Self::may_be_one(metadata),
            Self::Others => true,
        }
    }

    fn callsite_enabled(
        &self,
        metadata: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        use tracing::subscriber::Interest;
        match self {
            // The message decides, event by event.
            Self::Only if Self::may_be_one(metadata) => Interest::sometimes(),
            Self::Only => Interest::never(),
            Self::Others if Self::may_be_one(metadata) => Interest::sometimes(),
            Self::Others => Interest::always(),
        }
    }

    fn max_level_hint(&self) -> Option<tracing_subscriber::filter::LevelFilter> {
        use tracing_subscriber::filter::LevelFilter;
        Some(match self {
            Self::Only => LevelFilter::ERROR,
            Self::Others => LevelFilter::TRACE,
        })
    }

    fn event_enabled(
        &self,
        event: &tracing::Event<'_>,
        _: &tracing_subscriber::layer::Context<'_, S>,
    ) -> bool {
        client_fault(event).is_some() == matches!(self, Self::Only)
    }
}

/// Counts what `ClientFaults::Only` lets through.
struct CountClientFaults;

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for CountClientFaults {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if let Some(kind) = client_fault(event) {
            metrics::counter!("http_unreadable_requests_total", "kind" => kind).increment(1);
        }
    }
}

/// actix-session logs, once per request, a session cookie it cannot use: at WARN one it cannot
/// decrypt (tampered, made up, sealed with another `SESSION_KEY`), at INFO one whose session
/// the store no longer holds (with Redis: expired or signed out). Written out, anyone could
/// fill the disk at line rate by sending such a cookie again and again; so they are counted in
/// `session_cookies_rejected_total{reason}` instead, where a steady rise of "unreadable" also
/// shows instances that disagree on `SESSION_KEY`.
fn is_rejected_cookie(metadata: &tracing::Metadata<'_>) -> bool {
    matches!(
        *metadata.level(),
        tracing::Level::WARN | tracing::Level::INFO
    ) && metadata.target() == "actix_session::middleware"
}

/// Counts the events its filter lets through (see `is_rejected_cookie`).
struct RejectedCookies;

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for RejectedCookies {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        let reason = if *event.metadata().level() == tracing::Level::WARN {
            "unreadable"
        } else {
            "unknown"
        };
        metrics::counter!("session_cookies_rejected_total", "reason" => reason).increment(1);
    }
}

/// The process's metrics recorder, installed once (the `metrics` facade is global).
pub fn metrics() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        const BUCKETS: [f64; 12] = [
            0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
        ];
        let builder = PrometheusBuilder::new()
            .set_buckets(&BUCKETS)
            .unwrap_or_else(|_| PrometheusBuilder::new());
        match builder.install_recorder() {
            Ok(handle) => {
                run_upkeep(handle.clone());
                handle
            }
            // Another recorder is already global (never in the portal itself): render an empty one.
            Err(_) => PrometheusBuilder::new().build_recorder().handle(),
        }
    })
}

/// Histograms keep every sample until they are drained, which a scrape of /metrics does. Left
/// alone (nobody scraping, or scraping rarely) they grow with every request
/// (docs/benchmarks.md, What the figures justify), so they are drained every 5 s, as the
/// exporter's own HTTP listener would.
fn run_upkeep(handle: PrometheusHandle) {
    const EVERY: std::time::Duration = std::time::Duration::from_secs(5);
    let spawned = std::thread::Builder::new()
        .name("metrics-upkeep".to_owned())
        .spawn(move || {
            loop {
                std::thread::sleep(EVERY);
                handle.run_upkeep();
            }
        });
    if let Err(err) = spawned {
        tracing::error!(error = %err, "could not start the metrics upkeep thread");
    }
}

static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The route a request was answered by, for its metrics: its resource's pattern (app data of
/// the resource, `routes::get_only` and the others), and the pattern of the scope around it
/// ("/admin"). Read from the request after the response, with nothing looked up again.
#[derive(Clone, Copy)]
pub struct RoutePattern(pub &'static str);

/// See `RoutePattern`: the scope's part of the pattern.
#[derive(Clone, Copy)]
pub struct ScopePattern(pub &'static str);

/// A caller's id is kept if it is short and plain; otherwise a fresh one is made: 24 hex
/// digits, written without a formatter.
fn request_id(req: &ServiceRequest) -> HeaderValue {
    let given = req.headers().get(&REQUEST_ID).filter(|id| {
        let id = id.as_bytes();
        !id.is_empty()
            && id.len() <= 64
            && id
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(b))
    });
    if let Some(id) = given {
        return id.clone();
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let random = rand::random::<u128>() >> 32;
    let mut digits = [0u8; 24];
    for (k, digit) in digits.iter_mut().enumerate() {
        *digit = HEX[((random >> (4 * (23 - k))) & 0xf) as usize];
    }
    HeaderValue::from_bytes(&digits).unwrap_or_else(|_| HeaderValue::from_static("-"))
}

/// The request's counter and latency histogram. Looking a labelled metric up in the registry
/// allocates its key each time; each worker thread keeps the handles it has used instead.
fn record_request(route: (&'static str, &'static str), method: &Method, status: u16, seconds: f64) {
    use std::cell::RefCell;
    type Handles = (metrics::Counter, metrics::Histogram);
    type Key = (&'static str, &'static str, &'static str, u16);
    thread_local! {
        static HANDLES: RefCell<rustc_hash::FxHashMap<Key, Handles>> = RefCell::default();
    }
    HANDLES.with(|handles| {
        let mut handles = handles.borrow_mut();
        let key = (route.0, route.1, method_label(method), status);
        let (counter, histogram) = handles.entry(key).or_insert_with_key(|(scope, pattern, method, status)| {
            let route = format!("{scope}{pattern}");
            (
                metrics::counter!("http_requests_total", "route" => route.clone(), "method" => *method, "status" => status.to_string()),
                metrics::histogram!("http_request_duration_seconds", "route" => route, "method" => *method),
            )
        });
        counter.increment(1);
        histogram.record(seconds);
    });
}

/// The method as a metric label. HTTP lets a client send any token as a method, and each new
/// label value is a new series kept for the life of the process: made-up methods would grow
/// memory and /metrics without bound. So they all count as "other".
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        Method::CONNECT => "CONNECT",
        Method::TRACE => "TRACE",
        _ => "other",
    }
}

/// Requests being served now (app data of its own, kept by `Observed`): the drain on
/// SIGTERM waits for it to reach zero.
#[derive(Clone, Default)]
pub struct RequestsInFlight(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl RequestsInFlight {
    pub fn count(&self) -> usize {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// One request being served; the count drops when this does.
struct InFlight(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl InFlight {
    fn enter(requests: &RequestsInFlight) -> Self {
        requests.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Self(requests.0.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// One request as the logs and metrics see it: its id (in `X-Request-Id` and in every log
/// line of the request, through its span), and its route, status and latency once answered.
/// Started and finished by the portal's outermost middleware (startup.rs).
pub struct Observed {
    id: HeaderValue,
    method: Method,
    span: tracing::Span,
    started: Instant,
    /// Counted while in flight, so a drain on SIGTERM can wait for it (dropped even if the
    /// request is cancelled).
    _in_flight: Option<InFlight>,
}

impl Observed {
    pub fn start(req: &ServiceRequest) -> Self {
        let id = request_id(req);
        let method = req.method().clone();
        let span = tracing::info_span!(
            "request",
            request_id = %id.to_str().unwrap_or_default(),
            method = %method,
            path = %req.path()
        );
        Self {
            id,
            method,
            span,
            started: Instant::now(),
            _in_flight: req.app_data::<RequestsInFlight>().map(InFlight::enter),
        }
    }

    /// The span every log line of the request is written in.
    pub fn span(&self) -> &tracing::Span {
        &self.span
    }

    pub fn finish<B>(self, response: &mut ServiceResponse<B>) {
        let elapsed = self.started.elapsed().as_secs_f64();
        let request = response.request();
        let route = match request.app_data::<RoutePattern>() {
            Some(RoutePattern(pattern)) => (
                request
                    .app_data::<ScopePattern>()
                    .map_or("", |scope| scope.0),
                *pattern,
            ),
            None => ("", "unmatched"),
        };
        let status = response.status().as_u16();
        record_request(route, &self.method, status, elapsed);
        response.headers_mut().insert(REQUEST_ID.clone(), self.id);
        self.span
            .in_scope(|| tracing::debug!(status, seconds = elapsed, "request done"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every layer's filter gives a level hint: one without would let every `trace!` of the
    /// stack (and of `log`, through its bridge) be asked about on each call.
    #[test]
    fn the_pipeline_asks_for_nothing_below_what_its_filter_lets_through() {
        use tracing::Subscriber;
        use tracing_subscriber::filter::LevelFilter;
        let pipeline = subscriber(false, EnvFilter::new("warn"), std::io::sink, false);
        let hint = pipeline.max_level_hint();
        assert!(
            hint.is_some_and(|level| level <= LevelFilter::INFO),
            "{hint:?}"
        );
    }

    #[test]
    fn what_a_client_got_wrong_is_told_from_the_portals_own_faults() {
        assert_eq!(
            fault_kind("stream error: request parse error: message head is too large"),
            Some("head_too_large")
        );
        assert_eq!(
            fault_kind("stream error: request parse error: URI error: invalid uri character"),
            Some("bad_uri")
        );
        assert_eq!(
            fault_kind("stream error: request parse error: invalid Header provided"),
            Some("bad_header")
        );
        assert_eq!(
            fault_kind("stream error: request parse error: invalid method specified"),
            Some("unparseable")
        );
        assert_eq!(
            fault_kind("Internal server error: unexpected eof"),
            Some("disconnected")
        );
        assert_eq!(
            fault_kind("stream error: request did not complete within the specified timeout"),
            Some("too_slow")
        );
        assert_eq!(
            fault_kind("stream error: I/O error: connection reset"),
            Some("disconnected")
        );
        assert_eq!(fault_kind("Response payload stream error: boom"), None);
        assert_eq!(fault_kind("stream error: service error"), None);
    }
}
