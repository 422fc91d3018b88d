//! A change of a person's own email address, waiting for the code Cognito sent to the new one.
//!
//! Why the portal keeps it: with the pool set as the guide says ("keep the original value while
//! an update is pending"), Cognito holds the new address where no API shows it (AdminGetUser
//! still answers the old one), yet the person must be told where the code went and what changes
//! when they enter it. So the session keeps the new address.
//!
//! VerifyUserAttribute and GetUserAttributeVerificationCode take an access token, not a user
//! name. The token that re-authentication returned is held on the server for the pending window
//! (at most its 60 minutes; `session::HeldTokens`) and the session keeps only a random handle to
//! it: in the cookie, a real-size token would push the worst-case cookie to ~4,000 bytes, and
//! anyone who copied the cookie would hold a token that works against Cognito's public API
//! (DeleteUser, UpdateUserAttributes) without the portal.
use super::email::EmailAddress;

/// A Cognito access token. Its Debug says nothing of the value, so no log line can carry it.
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct AccessToken(String);

impl AccessToken {
    pub fn new(token: String) -> Self {
        Self(token)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AccessToken(redacted)")
    }
}

/// The pending change, as the session keeps it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PendingEmailChange {
    pub new_email: EmailAddress,
    /// Where `session::HeldTokens` keeps the access token: random, meaningless elsewhere.
    pub token_handle: String,
    /// When the access token stops working (ms since the epoch); the change lapses then.
    pub expires_at: u64,
}

impl PendingEmailChange {
    pub fn has_lapsed(&self, now: u64) -> bool {
        now >= self.expires_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_an_access_token() {
        let token = AccessToken::new("eyJsecret.token.value".into());
        let shown = format!("{token:?} {:?}", Some(&token));
        assert!(!shown.contains("eyJsecret"), "{shown}");
        assert_eq!(token.expose(), "eyJsecret.token.value");
    }

    #[test]
    fn a_change_lapses_when_its_token_does() {
        let change = PendingEmailChange {
            new_email: EmailAddress::parse("new@example.com").unwrap(),
            token_handle: "h".into(),
            expires_at: 10,
        };
        assert!(change.has_lapsed(10) && !change.has_lapsed(9));
    }
}
