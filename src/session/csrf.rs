//! Per-session CSRF tokens (compared in constant time by `session::verify_csrf`).

/// The token every form of this session carries in its hidden `csrf_token` field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsrfToken(pub String);

impl CsrfToken {
    pub fn generate() -> Self {
        Self(crate::domain::random_token())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_and_different_each_time() {
        let (a, b) = (CsrfToken::generate(), CsrfToken::generate());
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 43);
    }
}
