//! How a command that does not succeed ends: one line on stderr (unless the command's own
//! output already said what), and the exit code for its kind of failure.
use crate::cognito::CognitoError;
use crate::config::ConfigError;
use crate::domain::ErrorChain;
use std::process::ExitCode;

pub enum Failure {
    /// A setting or an argument is wrong. Exit 2.
    Config(ConfigError),
    /// What the command is to check cannot be read (`doctor`'s pool). Exit 2.
    Unreadable(String),
    /// The command failed while it ran. Exit 1.
    Run(String),
    /// What the command compared differs, and its output has said how. Exit 1.
    Differs,
}

impl From<ConfigError> for Failure {
    fn from(err: ConfigError) -> Self {
        Self::Config(err)
    }
}

impl Failure {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Self::Config(_) | Self::Unreadable(_) => ExitCode::from(2),
            Self::Run(_) | Self::Differs => ExitCode::FAILURE,
        }
    }

    /// Writes the failure's line to stderr, and gives its exit code.
    pub fn report(self) -> ExitCode {
        match &self {
            Self::Config(err) => eprintln!("configuration error: {err}"),
            Self::Unreadable(message) => eprintln!("{message}"),
            Self::Run(message) => eprintln!("error: {message}"),
            Self::Differs => {}
        }
        self.exit_code()
    }
}

/// A Cognito error as an operator reads it: what to fix, then what Cognito itself said, if it
/// said anything (a real pool's refusals name the setting; pages never show this).
pub fn in_words(err: &CognitoError) -> String {
    let words = portal_words(err);
    match err.said() {
        Some(said) => format!("{words} (Cognito says: {said})"),
        None => words,
    }
}

fn portal_words(err: &CognitoError) -> String {
    match err {
        CognitoError::Unknown {
            operation, code, ..
        } if code == "AccessDeniedException" => {
            format!("missing IAM permission cognito-idp:{operation}")
        }
        CognitoError::ResourceNotFound(_) => {
            "no such pool or app client (check COGNITO_POOL_ID, COGNITO_CLIENT and the region)"
                .to_owned()
        }
        CognitoError::Unavailable(_) => {
            format!("Cognito cannot be reached ({})", ErrorChain(err))
        }
        CognitoError::Unknown {
            operation, code, ..
        } => format!("{operation} answered {code}"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_and_unreadable_pools_exit_2_run_failures_and_differences_1() {
        let config = Failure::Config(ConfigError::new("X", "is wrong"));
        assert_eq!(config.exit_code(), ExitCode::from(2));
        assert_eq!(
            Failure::Unreadable("cannot read the pool".into()).exit_code(),
            ExitCode::from(2)
        );
        assert_eq!(Failure::Run("failed".into()).exit_code(), ExitCode::FAILURE);
        assert_eq!(Failure::Differs.exit_code(), ExitCode::FAILURE);
    }

    #[test]
    fn cognito_errors_are_said_as_what_to_fix() {
        let denied = CognitoError::Unknown {
            operation: "DescribeUserPool",
            code: "AccessDeniedException".into(),
            said: Default::default(),
        };
        assert_eq!(
            in_words(&denied),
            "missing IAM permission cognito-idp:DescribeUserPool"
        );
        assert!(
            in_words(&CognitoError::ResourceNotFound(Default::default()))
                .starts_with("no such pool")
        );
    }

    #[test]
    fn cognitos_own_reason_follows_the_portals_words() {
        let refused = CognitoError::from_service(
            Some("InvalidParameterException"),
            Some("1 validation error detected: Value at 'username' failed to satisfy constraint"),
        );
        assert_eq!(
            in_words(&refused),
            "invalid parameter (Cognito says: 1 validation error detected: Value at 'username' \
             failed to satisfy constraint)"
        );
        let denied = CognitoError::from_service(
            Some("AccessDeniedException"),
            Some("User: arn:aws:iam::1:user/ops is not authorized to perform: cognito-idp:X"),
        );
        assert!(
            in_words(&denied).ends_with(
                "(Cognito says: User: arn:aws:iam::1:user/ops is not authorized to perform: \
                 cognito-idp:X)"
            ),
            "{}",
            in_words(&denied)
        );
        // Nothing Cognito said reaches the error's own text, which logs and pages use.
        assert_eq!(refused.to_string(), "invalid parameter");
        assert!(!format!("{refused:?}").contains("validation"));
    }
}
