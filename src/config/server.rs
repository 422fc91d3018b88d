//! The server: where it listens, the public URL it answers as, the proxies it believes, where
//! /metrics is served, how long a shutdown may take, and the log format.
use super::lookup::{ConfigError, Vars};
use std::net::SocketAddr;
use std::time::Duration;

pub const PORTAL_BIND: &str = "PORTAL_BIND";
pub const PUBLIC_URL: &str = "PUBLIC_URL";
pub const TRUSTED_PROXIES: &str = "TRUSTED_PROXIES";
pub const METRICS_BIND: &str = "METRICS_BIND";
pub const SHUTDOWN_TIMEOUT_SECS: &str = "SHUTDOWN_TIMEOUT_SECS";
pub const LOG_FORMAT: &str = "LOG_FORMAT";

#[derive(Clone)]
pub struct ServerSettings {
    pub bind: SocketAddr,
    /// The portal's public address, e.g. https://portal.example.com: the only origin forms
    /// are accepted from, and HSTS when it is https.
    pub public_url: Option<url::Url>,
    /// Proxies whose `X-Forwarded-For` is believed (see `client_address.rs`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// A separate address for /metrics; unset serves it on the main listener.
    pub metrics_bind: Option<SocketAddr>,
    /// How long in-flight requests may take to finish after SIGTERM.
    pub shutdown_timeout: Duration,
}

impl ServerSettings {
    pub fn from_lookup(vars: &Vars) -> Result<Self, ConfigError> {
        Ok(Self {
            bind: vars
                .parsed(PORTAL_BIND, |raw| {
                    raw.parse()
                        .map_err(|_| "is not an address like 127.0.0.1:8080".to_owned())
                })?
                .unwrap_or(SocketAddr::from(([127, 0, 0, 1], 8080))),
            public_url: public_url(vars)?,
            trusted_proxies: vars
                .parsed(TRUSTED_PROXIES, parse_cidrs)?
                .unwrap_or_default(),
            metrics_bind: vars.parsed(METRICS_BIND, |raw| {
                raw.parse()
                    .map_err(|_| "is not an address like 127.0.0.1:9090".to_owned())
            })?,
            shutdown_timeout: Duration::from_secs(
                vars.positive::<u32>(SHUTDOWN_TIMEOUT_SECS, 10)?.into(),
            ),
        })
    }
}

/// `PUBLIC_URL`: also what the organisation's messages tell people to sign in at.
pub fn public_url(vars: &Vars) -> Result<Option<url::Url>, ConfigError> {
    vars.parsed(PUBLIC_URL, |raw| {
        url::Url::parse(raw)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host())
            .ok_or_else(|| "is not an http(s) URL like https://portal.example.com".to_owned())
    })
}

/// `LOG_FORMAT=json`: JSON log lines. Logging starts before a command reads its settings, so
/// this is read on its own (`RUST_LOG`, the filter, is tracing's own variable).
pub fn json_logs(vars: &Vars) -> bool {
    vars.is(LOG_FORMAT, "json")
}

/// `10.0.0.0/8, 192.168.1.7` -> networks (a bare address is a /32 or /128).
fn parse_cidrs(raw: &str) -> Result<Vec<ipnet::IpNet>, String> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| format!("{item:?} is not an address or CIDR like 10.0.0.0/8"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::lookup::pairs;

    fn load(pairs_: &[(&str, &str)]) -> Result<ServerSettings, ConfigError> {
        let lookup = pairs(pairs_);
        ServerSettings::from_lookup(&Vars::new(&lookup))
    }

    #[test]
    fn unset_the_portal_listens_on_localhost_8080_with_metrics_beside_it() {
        let settings = load(&[]).unwrap();
        assert_eq!(settings.bind.to_string(), "127.0.0.1:8080");
        assert!(settings.public_url.is_none());
        assert!(settings.trusted_proxies.is_empty());
        assert!(settings.metrics_bind.is_none());
        assert_eq!(settings.shutdown_timeout, Duration::from_secs(10));
    }

    #[test]
    fn proxies_and_public_url_are_read() {
        let settings = load(&[
            (TRUSTED_PROXIES, "10.0.0.0/8, 192.168.1.7"),
            (PUBLIC_URL, "https://portal.example.com"),
        ])
        .unwrap();
        assert_eq!(settings.trusted_proxies.len(), 2);
        assert_eq!(
            settings.public_url.unwrap().host_str(),
            Some("portal.example.com")
        );
    }

    #[test]
    fn a_bad_proxy_is_quoted_in_the_error() {
        let err = load(&[(TRUSTED_PROXIES, "10.0.0.0/8, 10.0.0.0/33")])
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "TRUSTED_PROXIES: \"10.0.0.0/33\" is not an address or CIDR like 10.0.0.0/8"
        );
    }

    #[test]
    fn logs_are_json_only_for_json() {
        for (value, json) in [("json", true), ("text", false), ("", false)] {
            let lookup = pairs(&[(LOG_FORMAT, value)]);
            assert_eq!(json_logs(&Vars::new(&lookup)), json, "{value}");
        }
    }
}
