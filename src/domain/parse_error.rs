use crate::i18n::{Lang, Msg};

/// Why a piece of input a person typed was refused: a message of locales/en.ftl, shown next to
/// the field in the person's language (and in English in logs and on the command line).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.0.text_in(Lang::EN))]
pub struct ParseError(pub Msg);

impl ParseError {
    pub const fn of(id: &'static str) -> Self {
        Self(Msg::new(id))
    }
}

/// Why a setting an operator gave was refused (the accent colour, the email templates): words
/// for the command line and the start-up log, which are in English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ConfigProblem(pub &'static str);
