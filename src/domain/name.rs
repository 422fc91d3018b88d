use super::parse_error::ParseError;

/// A given or family name: 1 to 100 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

impl PersonName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(ParseError::of("name-missing"));
        }
        if trimmed.chars().count() > Self::MAX_CHARS {
            return Err(ParseError::of("name-too-long"));
        }
        if trimmed.chars().any(char::is_control) {
            return Err(ParseError::of("name-has-control-characters"));
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PersonName {
    type Error = ParseError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<PersonName> for String {
    fn from(value: PersonName) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(PersonName::parse(" Zoë ").unwrap().as_str(), "Zoë");
        assert!(PersonName::parse(&"a".repeat(100)).is_ok());
        for bad in ["", " ", "a\nb", &"a".repeat(101)] {
            assert!(PersonName::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
