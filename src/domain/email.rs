use super::parse_error::ParseError;
use crate::i18n::Msg;
use validator::ValidateEmail;

/// What Cognito's AliasExistsException means to a person. Only a pool that signs in by email
/// alias answers it; the guide's pool signs in by user name.
pub const EMAIL_IN_USE: Msg = Msg::new("email-in-use");

/// An email address as Cognito stores it: valid syntax, at most 254 characters.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

impl EmailAddress {
    pub const MAX_CHARS: usize = 254;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(ParseError::of("email-missing"));
        }
        if trimmed.chars().count() > Self::MAX_CHARS {
            return Err(ParseError::of("email-too-long"));
        }
        if !trimmed.validate_email() {
            return Err(ParseError::of("email-invalid"));
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = ParseError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<EmailAddress> for String {
    fn from(value: EmailAddress) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_addresses_are_kept_as_typed() {
        assert_eq!(
            EmailAddress::parse(" Ada@Example.com ").unwrap().as_str(),
            "Ada@Example.com"
        );
    }

    #[test]
    fn malformed_and_overlong_addresses_are_refused() {
        let long = format!("{}@example.com", "a".repeat(250));
        for bad in ["", "ada", "ada@", "@example.com", "a b@example.com", &long] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
