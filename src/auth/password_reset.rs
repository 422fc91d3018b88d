//! Forgotten passwords: asking for a code, and using it.
use super::sign_out::end_every_session;
use crate::cognito::CognitoError;
use crate::domain::{ConfirmationCode, Password, Username};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// What to do after asking Cognito for a reset code.
#[derive(Debug, PartialEq, Eq)]
pub enum ResetStep {
    /// A code is on its way, or the account does not exist: the same answer either way.
    Done,
    /// The person was invited and never signed in, so Cognito cannot reset their password;
    /// the invitation goes out again instead.
    ResendInvitation,
}

/// Decides the next step from Cognito's answer to ForgotPassword.
pub fn after_forgot_password(result: Result<(), CognitoError>) -> Result<ResetStep, CognitoError> {
    match result {
        Ok(()) => Ok(ResetStep::Done),
        Err(CognitoError::CannotResetInCurrentState) => Ok(ResetStep::ResendInvitation),
        // Unknown or disabled accounts, and accounts with no verified address to send to, get
        // the same answer as real ones.
        Err(
            CognitoError::UserNotFound
            | CognitoError::NotAuthorized
            | CognitoError::InvalidParameter(_),
        ) => Ok(ResetStep::Done),
        Err(other) => Err(other),
    }
}

/// Sends a reset code, or the invitation again. The caller's answer is the same in every case
/// but an outage or throttling.
pub async fn request_reset(state: &AppState, username: &Username) -> AppResult<()> {
    let answer = state.cognito.forgot_password(username).await;
    if matches!(answer, Err(CognitoError::InvalidParameter(_))) {
        tracing::warn!(username = %username, "reset code not sent: no verified address");
    }
    if after_forgot_password(answer)? == ResetStep::ResendInvitation {
        state.cognito.resend_invitation(username).await?;
        tracing::info!(username = %username, "invitation sent again instead of a reset code");
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum ConfirmError {
    #[error("the code is wrong or has expired")]
    WrongCode,
    #[error("Cognito refused the new password")]
    PasswordRejected,
    #[error(transparent)]
    App(#[from] AppError),
}

/// Sets the new password with the emailed code, then ends every session the person had.
pub async fn confirm_reset(
    state: &AppState,
    username: &Username,
    code: &ConfirmationCode,
    new_password: &Password,
) -> Result<(), ConfirmError> {
    match state
        .cognito
        .confirm_forgot_password(username, code, new_password)
        .await
    {
        Ok(()) => {}
        Err(
            CognitoError::CodeMismatch
            | CognitoError::ExpiredCode
            | CognitoError::UserNotFound
            | CognitoError::ResourceNotFound(_)
            | CognitoError::NotAuthorized,
        ) => return Err(ConfirmError::WrongCode),
        Err(CognitoError::InvalidPassword(_)) => return Err(ConfirmError::PasswordRejected),
        Err(other) => return Err(ConfirmError::App(other.into())),
    }
    end_every_session(state, username)
        .await
        .map_err(ConfirmError::App)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invited_person_who_cannot_reset_gets_the_invitation_again() {
        assert_eq!(
            after_forgot_password(Err(CognitoError::from_service(
                Some("NotAuthorizedException"),
                Some("User password cannot be reset in the current state.")
            )))
            .unwrap(),
            ResetStep::ResendInvitation
        );
    }

    #[test]
    fn unknown_and_disabled_accounts_get_the_usual_answer() {
        assert_eq!(after_forgot_password(Ok(())).unwrap(), ResetStep::Done);
        for (code, message) in [
            (
                "UserNotFoundException",
                "Username/client id combination not found.",
            ),
            ("NotAuthorizedException", "User is disabled."),
            (
                "InvalidParameterException",
                "Cannot reset password for the user as there is no registered/verified email or phone_number",
            ),
        ] {
            let result =
                after_forgot_password(Err(CognitoError::from_service(Some(code), Some(message))));
            assert_eq!(result.unwrap(), ResetStep::Done, "{code}");
        }
    }

    #[test]
    fn outages_and_throttling_are_passed_on() {
        for code in [
            "LimitExceededException",
            "TooManyRequestsException",
            "InternalErrorException",
        ] {
            let result =
                after_forgot_password(Err(CognitoError::from_service(Some(code), Some("x"))));
            assert!(result.is_err(), "{code}");
        }
    }
}
