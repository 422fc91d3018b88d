//! A person's own email change (UpdateUserAttributes, VerifyUserAttribute,
//! GetUserAttributeVerificationCode): the calls that take the person's access token.
use super::client::{Cognito, attribute};
use super::error::CognitoError;
use crate::domain::{AccessToken, ConfirmationCode, EmailAddress};

impl Cognito {
    /// Asks for a new address. With the pool as the guide sets it, Cognito keeps the old one
    /// active and emails a code to the new one.
    #[tracing::instrument(skip_all, fields(operation = "UpdateUserAttributes"))]
    pub async fn request_email_change(
        &self,
        access_token: &AccessToken,
        new_email: &EmailAddress,
    ) -> Result<(), CognitoError> {
        self.writes
            .update_user_attributes()
            .access_token(access_token.expose())
            .user_attributes(attribute("email", new_email.as_str())?)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    /// The code from the email: the new address takes effect, verified.
    #[tracing::instrument(skip_all, fields(operation = "VerifyUserAttribute"))]
    pub async fn confirm_email_change(
        &self,
        access_token: &AccessToken,
        code: &ConfirmationCode,
    ) -> Result<(), CognitoError> {
        self.writes
            .verify_user_attribute()
            .access_token(access_token.expose())
            .attribute_name("email")
            .code(code.as_str())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    /// Emails a new code to the pending address.
    #[tracing::instrument(skip_all, fields(operation = "GetUserAttributeVerificationCode"))]
    pub async fn resend_email_code(&self, access_token: &AccessToken) -> Result<(), CognitoError> {
        self.writes
            .get_user_attribute_verification_code()
            .access_token(access_token.expose())
            .attribute_name("email")
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }
}
