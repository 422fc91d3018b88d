use super::parse_error::ParseError;

/// A Cognito user name: 1 to 128 characters, no whitespace or control characters, lower case.
///
/// The pool signs people in case-insensitively; the portal lower-cases every name it sends so
/// that "Alice" and "alice" are one person everywhere (sessions, rate limits, revocation).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Username(String);

impl Username {
    pub const MAX_CHARS: usize = 128;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(ParseError("Enter your username."));
        }
        if trimmed.chars().count() > Self::MAX_CHARS {
            return Err(ParseError("A username has at most 128 characters."));
        }
        if trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ParseError("A username cannot contain spaces."));
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Username {
    type Error = ParseError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Username> for String {
    fn from(value: Username) -> Self {
        value.0
    }
}

impl std::fmt::Display for Username {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_username_is_trimmed_and_lower_cased() {
        assert_eq!(Username::parse("  Alice ").unwrap().as_str(), "alice");
    }

    #[test]
    fn empty_spaced_control_and_overlong_names_are_refused() {
        for bad in ["", "   ", "a b", "a\u{0}b", "a\tb", &"x".repeat(129)] {
            assert!(Username::parse(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(Username::parse(&"é".repeat(128)).is_ok());
    }
}
