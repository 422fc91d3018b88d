//! Per-session CSRF tokens, compared in constant time.
use crate::error::AppError;
use crate::session::TypedSession;
use subtle::ConstantTimeEq;

/// The token every form of this session carries in its hidden `csrf_token` field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsrfToken(pub String);

impl CsrfToken {
    pub fn generate() -> Self {
        use base64::Engine;
        let mut bytes = [0u8; 32];
        rand::Rng::fill(&mut rand::rng(), &mut bytes[..]);
        Self(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Refuses a form whose token is missing or is not this session's (`routes::CsrfForm` calls
/// this before reading anything else in the form).
pub fn verify_csrf(session: &TypedSession, submitted: &str) -> Result<(), AppError> {
    let expected = session.csrf_token().ok_or(AppError::CsrfRejected)?;
    let same: bool = expected.0.as_bytes().ct_eq(submitted.as_bytes()).into();
    if same && !submitted.is_empty() {
        Ok(())
    } else {
        Err(AppError::CsrfRejected)
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
