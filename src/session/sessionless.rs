/// Paths whose handlers never read the session: probes, metrics and static files. With Redis,
/// `store_failures` hides the cookie from them, so they load no session.
pub fn is_sessionless(path: &str) -> bool {
    matches!(path, "/healthz" | "/readyz" | "/metrics" | "/favicon.ico")
        || path.starts_with("/static/")
}
