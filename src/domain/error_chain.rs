//! An error with every cause under it, on one line: what the log shows where an error ends.
use std::error::Error;
use std::fmt;

/// `{}` writes the error, then each `source()` after a colon: "session store unavailable:
/// Redis did not answer within 1.5s". Errors keep their causes typed (`#[source]`) and say
/// only their own words, so nothing is written twice.
pub struct ErrorChain<'a>(pub &'a (dyn Error + 'static));

impl fmt::Display for ErrorChain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut cause = self.0.source();
        while let Some(current) = cause {
            write!(f, ": {current}")?;
            cause = current.source();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("outer")]
    struct Outer(#[source] Middle);

    #[derive(Debug, thiserror::Error)]
    #[error("middle")]
    struct Middle(#[source] std::io::Error);

    #[test]
    fn every_cause_is_written_once_in_order() {
        let err = Outer(Middle(std::io::Error::other("inner")));
        assert_eq!(ErrorChain(&err).to_string(), "outer: middle: inner");
        let alone = std::io::Error::other("alone");
        assert_eq!(ErrorChain(&alone).to_string(), "alone");
    }
}
