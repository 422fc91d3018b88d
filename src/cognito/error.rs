//! Every answer Cognito can give, mapped once into the portal's own words.
use aws_sdk_cognitoidentityprovider::error::{ProvideErrorMetadata, SdkError};
use aws_smithy_runtime_api::client::orchestrator::HttpResponse;

/// The cause under an outage or an unexpected answer, kept whole for the log (the SDK's error,
/// with its own chain of sources), or the portal's words for what an answer lacked.
pub type Cause = Box<dyn std::error::Error + Send + Sync>;

/// Cognito's own words for a refusal, for the operator's terminal only (`cognito-portal
/// provision`, `create-admin`): they may repeat what was sent, so no page shows them and no
/// log line carries them. Neither `Display` nor `Debug` writes them.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Said(Option<String>);

impl Said {
    pub fn text(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

impl std::fmt::Debug for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Said(..)")
    }
}

/// What went wrong at Cognito, in terms the portal acts on. Cognito's own text never reaches a
/// page or a log line.
#[derive(Debug, thiserror::Error)]
pub enum CognitoError {
    /// Wrong password, unknown user or disabled user: one answer, so nobody can probe accounts.
    #[error("incorrect username or password")]
    NotAuthorized,
    #[error("too many failed password attempts")]
    PasswordAttemptsExceeded,
    #[error("temporary password expired")]
    InvitationExpired,
    #[error("password reset required")]
    PasswordResetRequired,
    #[error("throttled by Cognito")]
    Throttled,
    #[error("username already exists")]
    UsernameExists,
    #[error("password does not meet the pool's policy")]
    InvalidPassword(Said),
    #[error("code mismatch")]
    CodeMismatch,
    #[error("code expired")]
    ExpiredCode,
    #[error("the challenge session expired")]
    SessionExpired,
    #[error("no such user")]
    UserNotFound,
    #[error("no such resource")]
    ResourceNotFound(Said),
    /// Another account already uses the address as its sign-in alias.
    #[error("the address is another account's alias")]
    AliasExists,
    /// An invited person who never signed in cannot reset a password at Cognito.
    #[error("password cannot be reset in the user's current state")]
    CannotResetInCurrentState,
    /// A parameter Cognito refused (e.g. a pagination token it did not issue, or no verified
    /// address to send a code to).
    #[error("invalid parameter")]
    InvalidParameter(Said),
    /// Cognito could not be reached, timed out, or failed on its side.
    #[error("Cognito is unavailable")]
    Unavailable(#[source] Cause),
    /// An error code the portal does not know. Only the operation and the code are kept:
    /// Cognito's message may repeat what was sent.
    #[error("unknown Cognito error {code:?} from {operation}")]
    Unknown {
        operation: &'static str,
        code: String,
        said: Said,
    },
    /// A write that got no clear answer (a timeout or a 5xx after it was sent), and what it
    /// did could not be read back: it may or may not have taken effect.
    #[error("Cognito did not say whether {operation} took effect")]
    Unconfirmed { operation: &'static str },
    /// An answer that lacks what the portal needs (no token, an unexpected challenge, ...).
    #[error("unexpected Cognito answer")]
    Unexpected(#[source] Cause),
}

/// `ListUsers` from the SDK's `...::list_users::ListUsersError`: the operation an error came
/// from, read off its type, so no call site has to name it.
fn operation_of<E>() -> &'static str {
    let name = std::any::type_name::<E>();
    let last = name.rsplit("::").next().unwrap_or(name);
    last.strip_suffix("Error").unwrap_or(last)
}

impl CognitoError {
    /// A timeout, a refused connection or a 5xx: Cognito gave no answer to act on, so a
    /// write may or may not have been done.
    pub fn is_outage(&self) -> bool {
        matches!(self, Self::Unavailable(_))
    }

    /// What Cognito said when it refused, if it said anything: for the command line only.
    pub fn said(&self) -> Option<&str> {
        match self {
            Self::InvalidPassword(said)
            | Self::ResourceNotFound(said)
            | Self::InvalidParameter(said)
            | Self::Unknown { said, .. } => said.text(),
            _ => None,
        }
    }

    /// A write of `operation` that failed with `cause` and whose effect could not be read
    /// back. Logged here, once, with its cause (which the error does not keep): whether it
    /// ends on a page or in a row of a bulk invitation.
    pub(super) fn unconfirmed(operation: &'static str, cause: &Self) -> Self {
        tracing::warn!(
            operation,
            error = %crate::domain::ErrorChain(cause),
            "a write got no answer and could not be read back"
        );
        Self::Unconfirmed { operation }
    }

    /// Maps any SDK error. Transport failures and 5xx mean "unavailable", never "wrong password".
    pub fn from_sdk<E>(err: SdkError<E, HttpResponse>) -> Self
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&err);
        while let Some(current) = cause {
            if current.is::<super::breaker::CircuitOpen>() {
                return Self::Unavailable("circuit open after repeated failures".into());
            }
            cause = current.source();
        }
        match &err {
            SdkError::ServiceError(ctx) => {
                let e = ctx.err();
                match Self::from_service(e.code(), e.message()) {
                    // A 5xx without a code the portal knows (an empty body, a proxy's page):
                    // Cognito failed on its side, whatever it did.
                    Self::Unknown { .. } if ctx.raw().status().is_server_error() => {
                        Self::Unavailable(Box::new(err))
                    }
                    Self::Unknown { code, said, .. } => Self::Unknown {
                        operation: operation_of::<E>(),
                        code,
                        said,
                    },
                    known => known,
                }
            }
            SdkError::TimeoutError(_)
            | SdkError::DispatchFailure(_)
            | SdkError::ResponseError(_) => Self::Unavailable(Box::new(err)),
            _ => Self::Unexpected(Box::new(err)),
        }
    }

    /// Maps Cognito's error code and message (its messages are the only way to tell some
    /// `NotAuthorizedException`s apart).
    pub fn from_service(code: Option<&str>, message: Option<&str>) -> Self {
        let message = message.unwrap_or_default();
        let said = || Said(Some(message.to_owned()).filter(|m| !m.is_empty()));
        match code.unwrap_or_default() {
            "NotAuthorizedException" => {
                if message.contains("Password attempts exceeded") {
                    Self::PasswordAttemptsExceeded
                } else if message.contains("Temporary password has expired") {
                    Self::InvitationExpired
                } else if message.contains("Invalid session")
                    || message.contains("session is expired")
                {
                    Self::SessionExpired
                } else if message.contains("cannot be reset in the current state") {
                    Self::CannotResetInCurrentState
                } else {
                    Self::NotAuthorized
                }
            }
            "UserNotFoundException" => Self::UserNotFound,
            "ResourceNotFoundException" => Self::ResourceNotFound(said()),
            "PasswordResetRequiredException" => Self::PasswordResetRequired,
            "TooManyRequestsException"
            | "LimitExceededException"
            | "TooManyFailedAttemptsException" => Self::Throttled,
            "UsernameExistsException" => Self::UsernameExists,
            "AliasExistsException" => Self::AliasExists,
            "InvalidPasswordException" => Self::InvalidPassword(said()),
            "CodeMismatchException" => Self::CodeMismatch,
            "ExpiredCodeException" => Self::ExpiredCode,
            "InvalidParameterException" => Self::InvalidParameter(said()),
            "InternalErrorException" | "ServiceUnavailable" | "InternalFailure" => {
                Self::Unavailable(format!("{code:?}: {message}").into())
            }
            other => Self::Unknown {
                operation: "",
                code: if other.is_empty() { "(none)" } else { other }.to_owned(),
                said: said(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(code: &str, message: &str) -> CognitoError {
        CognitoError::from_service(Some(code), Some(message))
    }

    #[test]
    fn real_cognito_not_authorized_messages_are_told_apart() {
        assert!(matches!(
            map("NotAuthorizedException", "Incorrect username or password."),
            CognitoError::NotAuthorized
        ));
        assert!(matches!(
            map("NotAuthorizedException", "User is disabled."),
            CognitoError::NotAuthorized
        ));
        assert!(matches!(
            map("NotAuthorizedException", "Password attempts exceeded"),
            CognitoError::PasswordAttemptsExceeded
        ));
        assert!(matches!(
            map(
                "NotAuthorizedException",
                "Temporary password has expired and must be reset by an administrator."
            ),
            CognitoError::InvitationExpired
        ));
        assert!(matches!(
            map(
                "NotAuthorizedException",
                "Invalid session for the user, session is expired."
            ),
            CognitoError::SessionExpired
        ));
    }

    #[test]
    fn throttling_and_outages_have_their_own_kinds() {
        assert!(matches!(
            map("TooManyRequestsException", "Rate exceeded"),
            CognitoError::Throttled
        ));
        assert!(matches!(
            map("LimitExceededException", "Attempt limit exceeded"),
            CognitoError::Throttled
        ));
        assert!(matches!(
            map("InternalErrorException", "oops"),
            CognitoError::Unavailable(_)
        ));
        assert!(matches!(
            map("SomethingNew", "?"),
            CognitoError::Unknown { code, .. } if code == "SomethingNew"
        ));
        assert!(matches!(
            map("InvalidParameterException", "bad token"),
            CognitoError::InvalidParameter(_)
        ));
    }

    mod through_the_sdk {
        use super::*;
        use aws_sdk_cognitoidentityprovider::operation::admin_initiate_auth::AdminInitiateAuthError;
        use aws_smithy_runtime_api::client::result::ConnectorError;
        use aws_smithy_runtime_api::http::{Response, StatusCode};
        use aws_smithy_types::body::SdkBody;
        use aws_smithy_types::error::ErrorMetadata;

        type SdkErr = SdkError<AdminInitiateAuthError, Response>;

        fn service(status: u16, code: &str, message: &str) -> SdkErr {
            let meta = ErrorMetadata::builder().code(code).message(message).build();
            let raw = Response::new(StatusCode::try_from(status).unwrap(), SdkBody::empty());
            SdkError::service_error(AdminInitiateAuthError::generic(meta), raw)
        }

        #[test]
        fn cognitos_lockout_is_recognised() {
            let err = CognitoError::from_sdk(service(
                400,
                "NotAuthorizedException",
                "Password attempts exceeded",
            ));
            // (error.rs turns it into the 429 page.)
            assert!(matches!(err, CognitoError::PasswordAttemptsExceeded));
        }

        #[test]
        fn an_unknown_error_names_its_operation_and_code_and_nothing_cognito_said() {
            let err = CognitoError::from_sdk(service(400, "BrandNewException", "secret text"));
            let CognitoError::Unknown {
                operation, code, ..
            } = &err
            else {
                panic!("{err:?}")
            };
            assert_eq!(
                (*operation, code.as_str()),
                ("AdminInitiateAuth", "BrandNewException")
            );
            assert!(!err.to_string().contains("secret text"), "{err}");
        }

        #[test]
        fn a_disabled_user_looks_like_a_wrong_password() {
            let err =
                CognitoError::from_sdk(service(400, "NotAuthorizedException", "User is disabled."));
            assert!(matches!(err, CognitoError::NotAuthorized));
        }

        #[test]
        fn an_expired_invitation_is_recognised() {
            let err = CognitoError::from_sdk(service(
                400,
                "NotAuthorizedException",
                "Temporary password has expired and must be reset by an administrator.",
            ));
            assert!(matches!(err, CognitoError::InvitationExpired));
        }

        #[test]
        fn throttling_is_recognised() {
            let err =
                CognitoError::from_sdk(service(400, "TooManyRequestsException", "Rate exceeded"));
            assert!(matches!(err, CognitoError::Throttled));
        }

        /// The errors of the email change, as the SDK builds them from Cognito's answers.
        fn verify_error(code: &str, message: &str) -> CognitoError {
            use aws_sdk_cognitoidentityprovider::operation::verify_user_attribute::VerifyUserAttributeError;
            let meta = ErrorMetadata::builder().code(code).message(message).build();
            let raw = Response::new(StatusCode::try_from(400).unwrap(), SdkBody::empty());
            CognitoError::from_sdk(SdkError::service_error(
                VerifyUserAttributeError::generic(meta),
                raw,
            ))
        }

        #[test]
        fn the_email_changes_wrong_used_and_repeated_codes_are_told_apart() {
            assert!(matches!(
                verify_error(
                    "CodeMismatchException",
                    "Invalid verification code provided, please try again."
                ),
                CognitoError::CodeMismatch
            ));
            assert!(matches!(
                verify_error(
                    "ExpiredCodeException",
                    "Invalid code provided, please request a code again."
                ),
                CognitoError::ExpiredCode
            ));
            assert!(matches!(
                verify_error(
                    "LimitExceededException",
                    "Attempt limit exceeded, please try after some time."
                ),
                CognitoError::Throttled
            ));
        }

        #[test]
        fn an_address_in_use_as_an_alias_is_its_own_kind() {
            use aws_sdk_cognitoidentityprovider::operation::update_user_attributes::UpdateUserAttributesError;
            let meta = ErrorMetadata::builder()
                .code("AliasExistsException")
                .message("An account with the given email already exists.")
                .build();
            let raw = Response::new(StatusCode::try_from(400).unwrap(), SdkBody::empty());
            let err = CognitoError::from_sdk(SdkError::service_error(
                UpdateUserAttributesError::generic(meta),
                raw,
            ));
            assert!(matches!(err, CognitoError::AliasExists), "{err:?}");
        }

        #[test]
        fn timeouts_refused_connections_and_5xx_mean_unavailable_never_wrong_password() {
            let timeout: SdkErr = SdkError::timeout_error("operation timed out");
            let refused: SdkErr =
                SdkError::dispatch_failure(ConnectorError::io("connection refused".into()));
            let internal = service(500, "InternalErrorException", "oops");
            let bare = SdkError::service_error(
                AdminInitiateAuthError::generic(ErrorMetadata::builder().build()),
                Response::new(StatusCode::try_from(502).unwrap(), SdkBody::empty()),
            );
            for err in [timeout, refused, internal, bare] {
                assert!(matches!(
                    CognitoError::from_sdk(err),
                    CognitoError::Unavailable(_)
                ));
            }
        }
    }
}
