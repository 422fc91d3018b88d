//! Who is on the other end: the socket peer, unless that peer is a proxy we trust.
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use ipnet::IpNet;
use std::future::{Ready, ready};
use std::net::{IpAddr, Ipv4Addr};

/// The client's address, for rate limits and logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

/// `TRUSTED_PROXIES` (app data of its own): the peers whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(pub Vec<IpNet>);

/// The socket peer; when a trusted proxy is the peer, the right-most `X-Forwarded-For` entry
/// that is not itself a trusted proxy (entries to its left could be written by the client).
pub fn client_address(peer: IpAddr, forwarded_for: &[&str], trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<&str> = forwarded_for
        .iter()
        .flat_map(|h| h.split(','))
        .map(str::trim)
        .collect();
    let mut nearest = peer;
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.parse::<IpAddr>() else {
            // Garbage in the chain: stop at the last address we could trust.
            return nearest;
        };
        if !is_trusted(&ip) {
            return ip;
        }
        nearest = ip;
    }
    nearest
}

impl FromRequest for ClientAddress {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(Ok(Self::of(req)))
    }
}

impl ClientAddress {
    /// The request's client: the socket's peer, or the nearest untrusted address behind the
    /// trusted proxies.
    pub fn of(req: &HttpRequest) -> Self {
        let peer = req
            .peer_addr()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
        let trusted = req
            .app_data::<TrustedProxies>()
            .map(|t| t.0.as_slice())
            .unwrap_or_default();
        let forwarded: Vec<&str> = req
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|v| v.to_str().ok())
            .collect();
        Self(client_address(peer, &forwarded, trusted))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_claims() {
        assert_eq!(
            client_address(ip("198.51.100.7"), &["1.2.3.4"], &[]),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_hop_is_the_client() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        // The client wrote "6.6.6.6" itself; the proxy appended the real address.
        assert_eq!(
            client_address(
                ip("10.0.0.2"),
                &["6.6.6.6, 203.0.113.5, 10.0.0.9"],
                &trusted
            ),
            ip("203.0.113.5")
        );
        assert_eq!(
            client_address(ip("10.0.0.2"), &[], &trusted),
            ip("10.0.0.2")
        );
        assert_eq!(
            client_address(ip("10.0.0.2"), &["garbage"], &trusted),
            ip("10.0.0.2")
        );
        assert_eq!(
            client_address(ip("10.0.0.2"), &["203.0.113.5", "10.0.0.3"], &trusted),
            ip("203.0.113.5")
        );
    }
}
