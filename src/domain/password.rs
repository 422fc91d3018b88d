use super::parse_error::ParseError;
use secrecy::{ExposeSecret, SecretString};

/// A password as typed at sign-in: never logged, never shown, never trimmed.
///
/// Only its length is checked here; the pool's policy applies where a new password is chosen.
pub struct Password(SecretString);

impl Password {
    /// Cognito's own upper bound for a password.
    pub const MAX_CHARS: usize = 256;

    pub fn parse(raw: String) -> Result<Self, ParseError> {
        if raw.is_empty() {
            return Err(ParseError::of("password-missing"));
        }
        if raw.chars().count() > Self::MAX_CHARS {
            return Err(ParseError::of("password-too-long"));
        }
        Ok(Self(SecretString::from(raw)))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_kept_exactly_and_never_printed() {
        let password = Password::parse(" Secret1! ".to_owned()).unwrap();
        assert_eq!(password.expose(), " Secret1! ");
        assert!(!format!("{password:?}").contains("Secret"));
    }

    #[test]
    fn empty_and_overlong_passwords_are_refused() {
        assert!(Password::parse(String::new()).is_err());
        assert!(Password::parse("a".repeat(257)).is_err());
    }
}
