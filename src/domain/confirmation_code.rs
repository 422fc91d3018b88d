use super::parse_error::ParseError;

/// A code Cognito emailed. Not restricted to six digits: its format is Cognito's business, and
/// only whitespace around it (from copying out of an email) is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmationCode(String);

impl ConfirmationCode {
    const MAX_CHARS: usize = 2048;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let code = raw.trim();
        if code.is_empty() {
            return Err(ParseError::of("code-missing"));
        }
        if code.chars().count() > Self::MAX_CHARS || code.chars().any(char::is_whitespace) {
            return Err(ParseError::of("code-wrong-or-expired"));
        }
        Ok(Self(code.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_trimmed_but_not_reshaped() {
        assert_eq!(
            ConfirmationCode::parse(" 123456\n").unwrap().as_str(),
            "123456"
        );
        assert_eq!(
            ConfirmationCode::parse("moto-confirmation-code:123456")
                .unwrap()
                .as_str(),
            "moto-confirmation-code:123456"
        );
        assert!(ConfirmationCode::parse("  ").is_err());
        assert!(ConfirmationCode::parse("12 34").is_err());
    }
}
