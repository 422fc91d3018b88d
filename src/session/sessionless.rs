/// Paths whose handlers never read the session: probes, metrics, static files, robots.txt. With Redis,
/// `store_failures` hides the cookie from them, so they load no session.
pub fn is_sessionless(path: &str) -> bool {
    matches!(
        path,
        "/healthz" | "/readyz" | "/metrics" | "/favicon.ico" | "/robots.txt"
    ) || path.starts_with("/static/")
}
