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
            return Err(ParseError::of("username-missing"));
        }
        if trimmed.chars().count() > Self::MAX_CHARS {
            return Err(ParseError::of("username-too-long"));
        }
        if trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ParseError::of("username-has-spaces"));
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Every character but the unreserved ones (`A-Z a-z 0-9 - . _ ~`) is escaped in a path
/// segment, `/ ? # % +` among them.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A user name as one URL path segment. Cognito allows names such as `cleo/../chris`, `a?b`
/// or `..`, so every reserved character is escaped; and a name of dots only (which browsers and
/// URL libraries would drop as a `.` or `..` segment, even escaped) is followed by an escaped
/// NUL, which no user name contains.
pub fn path_segment(name: &str) -> String {
    let encoded = percent_encoding::utf8_percent_encode(name, SEGMENT).to_string();
    if !name.is_empty() && name.chars().all(|c| c == '.') {
        encoded + "%00"
    } else {
        encoded
    }
}

impl Username {
    /// The user name a path segment made by [`path_segment`] names, decoded exactly (broken
    /// escapes or UTF-8 name nobody).
    pub fn from_path_segment(segment: &str) -> Option<Self> {
        let decoded = percent_encoding::percent_decode_str(segment)
            .decode_utf8()
            .ok()?;
        let name = match decoded.strip_suffix('\0') {
            Some(dots) if !dots.is_empty() && dots.chars().all(|c| c == '.') => dots,
            _ => &decoded,
        };
        if name.chars().any(|c| c == '\0') {
            return None;
        }
        Self::parse(name).ok()
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
    fn every_name_survives_a_path_segment_exactly() {
        for name in [
            "a/b",
            "cleo/../chris",
            "..",
            ".",
            "a?b",
            "a#b",
            "a%2fb",
            "a+b",
            "ü/ß",
            "x.y",
            "~t-_",
        ] {
            let segment = path_segment(name);
            assert!(!segment.contains('/'), "{segment}");
            assert!(segment != "." && segment != "..", "{segment}");
            let back = Username::from_path_segment(&segment).expect(name);
            assert_eq!(back.as_str(), name);
        }
        assert_eq!(path_segment("cleo/../chris"), "cleo%2F..%2Fchris");
        assert_eq!(path_segment(".."), "..%00");
        assert!(Username::from_path_segment("%FF").is_none());
        assert!(Username::from_path_segment("a%00b").is_none());
        assert!(Username::from_path_segment("%2E%2E%00").is_some());
    }

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
