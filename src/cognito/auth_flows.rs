//! Password flows: sign-in, the first-sign-in challenge, password change and reset.
use super::client::{Cognito, SignInOutcome, challenge_locale, person_call, required_attributes};
use super::error::CognitoError;
use crate::domain::{AccessToken, PendingChallenge};
use crate::domain::{ConfirmationCode, Password, PasswordPolicy, Username};
use aws_sdk_cognitoidentityprovider::types::{
    AuthFlowType, ChallengeNameType, DeliveryMediumType, MessageActionType,
};
use secrecy::SecretString;
use std::time::Duration;

impl Cognito {
    #[tracing::instrument(skip_all, fields(operation = "AdminInitiateAuth"))]
    pub async fn sign_in(
        &self,
        username: &Username,
        password: &Password,
    ) -> Result<SignInOutcome, CognitoError> {
        let out = self
            .reads
            .admin_initiate_auth()
            .user_pool_id(&self.pool_id)
            .client_id(&self.client_id)
            .auth_flow(AuthFlowType::AdminUserPasswordAuth)
            .auth_parameters("USERNAME", username.as_str())
            .auth_parameters("PASSWORD", password.expose())
            .auth_parameters("SECRET_HASH", self.secret_hash(username))
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;

        if let Some(result) = out.authentication_result() {
            let id_token = result
                .id_token()
                .ok_or_else(|| CognitoError::Unexpected("no ID token in the result".into()))?;
            return Ok(SignInOutcome::Authenticated {
                id_token: SecretString::from(id_token.to_owned()),
            });
        }
        match (out.challenge_name(), out.session()) {
            (Some(ChallengeNameType::NewPasswordRequired), Some(session)) => {
                let missing_attributes = out
                    .challenge_parameters()
                    .and_then(|p| p.get("requiredAttributes"))
                    .map(|raw| required_attributes(raw))
                    .unwrap_or_default();
                let locale = out
                    .challenge_parameters()
                    .and_then(|p| p.get("userAttributes"))
                    .and_then(|raw| challenge_locale(raw));
                Ok(SignInOutcome::NewPasswordRequired {
                    challenge_session: SecretString::from(session.to_owned()),
                    missing_attributes,
                    locale,
                })
            }
            (other, _) => Err(CognitoError::Unexpected(
                format!("unsupported challenge {other:?}").into(),
            )),
        }
    }

    /// Answers NEW_PASSWORD_REQUIRED. The username comes from the portal's session, never from
    /// a form: an emulator that trusts USERNAME would otherwise let one invitee set another's
    /// password.
    #[tracing::instrument(skip_all, fields(operation = "AdminRespondToAuthChallenge"))]
    pub async fn answer_new_password(
        &self,
        challenge: &PendingChallenge,
        new_password: &Password,
        attributes: &[(&str, &str)],
    ) -> Result<SecretString, CognitoError> {
        let mut request = self
            .writes
            .admin_respond_to_auth_challenge()
            .user_pool_id(&self.pool_id)
            .client_id(&self.client_id)
            .challenge_name(ChallengeNameType::NewPasswordRequired)
            .session(&challenge.cognito_session)
            .challenge_responses("USERNAME", challenge.username.as_str())
            .challenge_responses("NEW_PASSWORD", new_password.expose())
            .challenge_responses("SECRET_HASH", self.secret_hash(&challenge.username));
        for (name, value) in attributes {
            request = request.challenge_responses(format!("userAttributes.{name}"), *value);
        }
        let out = request
            .send()
            .await
            .map_err(|err| match CognitoError::from_sdk(err) {
                // An unknown or used session: Cognito says NotAuthorized.
                CognitoError::NotAuthorized => CognitoError::SessionExpired,
                other => other,
            })?;
        out.authentication_result()
            .and_then(|r| r.id_token())
            .map(|t| SecretString::from(t.to_owned()))
            .ok_or_else(|| {
                CognitoError::Unexpected("another challenge followed NEW_PASSWORD_REQUIRED".into())
            })
    }

    /// Signs a signed-in person in again with their password, for the calls that take an
    /// access token (the portal keeps none after sign-in; see session/mod.rs). Checks the
    /// password too. Returns the token and how long it lasts.
    #[tracing::instrument(skip_all, fields(operation = "AdminInitiateAuth"))]
    pub async fn reauthenticate(
        &self,
        username: &Username,
        password: &Password,
    ) -> Result<(AccessToken, Duration), CognitoError> {
        let out = self
            .reads
            .admin_initiate_auth()
            .user_pool_id(&self.pool_id)
            .client_id(&self.client_id)
            .auth_flow(AuthFlowType::AdminUserPasswordAuth)
            .auth_parameters("USERNAME", username.as_str())
            .auth_parameters("PASSWORD", password.expose())
            .auth_parameters("SECRET_HASH", self.secret_hash(username))
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        let result = out
            .authentication_result()
            .ok_or_else(|| CognitoError::Unexpected("a challenge instead of tokens".into()))?;
        let token = result
            .access_token()
            .ok_or_else(|| CognitoError::Unexpected("no access token".into()))?;
        let lifetime = token_lifetime(result.expires_in(), token, crate::domain::now_millis());
        Ok((AccessToken::new(token.to_owned()), lifetime))
    }

    /// Changes a signed-in person's password: re-authentication with the current one gives the
    /// access token ChangePassword needs, and checks it.
    #[tracing::instrument(skip_all, fields(operation = "ChangePassword"))]
    pub async fn change_password(
        &self,
        username: &Username,
        current: &Password,
        new_password: &Password,
    ) -> Result<(), CognitoError> {
        let (access_token, _) = self.reauthenticate(username, current).await?;
        self.writes
            .change_password()
            .access_token(access_token.expose())
            .previous_password(current.expose())
            .proposed_password(new_password.expose())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    /// Asks Cognito to email a reset code.
    #[tracing::instrument(skip_all, fields(operation = "ForgotPassword"))]
    pub async fn forgot_password(&self, username: &Username) -> Result<(), CognitoError> {
        self.writes
            .forgot_password()
            .client_id(&self.client_id)
            .username(username.as_str())
            .secret_hash(self.secret_hash(username))
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    /// Sends an invitation again (a new temporary password, by email).
    #[tracing::instrument(skip_all, fields(operation = "AdminCreateUser"))]
    pub async fn resend_invitation(&self, username: &Username) -> Result<(), CognitoError> {
        let sent = person_call!(
            self,
            writes.admin_create_user,
            username,
            message_action(MessageActionType::Resend),
            desired_delivery_mediums(DeliveryMediumType::Email),
        );
        match sent {
            // Nothing Cognito keeps tells whether the email went out.
            Err(err) if err.is_outage() => Err(CognitoError::unconfirmed("AdminCreateUser", &err)),
            other => other.map(drop),
        }
    }

    #[tracing::instrument(skip_all, fields(operation = "ConfirmForgotPassword"))]
    pub async fn confirm_forgot_password(
        &self,
        username: &Username,
        code: &ConfirmationCode,
        new_password: &Password,
    ) -> Result<(), CognitoError> {
        self.writes
            .confirm_forgot_password()
            .client_id(&self.client_id)
            .username(username.as_str())
            .secret_hash(self.secret_hash(username))
            .confirmation_code(code.as_str())
            .password(new_password.expose())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    /// The pool's password policy.
    #[tracing::instrument(skip_all, fields(operation = "DescribeUserPool"))]
    pub async fn password_policy(&self) -> Result<PasswordPolicy, CognitoError> {
        let out = self
            .reads
            .describe_user_pool()
            .user_pool_id(&self.pool_id)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        let policy = out
            .user_pool()
            .and_then(|p| p.policies())
            .and_then(|p| p.password_policy())
            .ok_or_else(|| CognitoError::Unexpected("the pool has no password policy".into()))?;
        let defaults = PasswordPolicy::default();
        Ok(PasswordPolicy {
            minimum_length: policy
                .minimum_length()
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(defaults.minimum_length),
            require_uppercase: policy.require_uppercase(),
            require_lowercase: policy.require_lowercase(),
            require_numbers: policy.require_numbers(),
            require_symbols: policy.require_symbols(),
            temporary_password_validity_days: u32::try_from(
                policy.temporary_password_validity_days(),
            )
            .unwrap_or(defaults.temporary_password_validity_days),
        })
    }
}

/// How long a token Cognito just issued lives: `ExpiresIn`, or, where the answer lacks it (the
/// SDK reads a missing field as 0), the token's own `exp` claim. Only the lifetime is read
/// from the token here, never who it is for: nothing is trusted from an unverified token.
fn token_lifetime(expires_in: i32, token: &str, now_millis: u64) -> Duration {
    if let Ok(secs @ 1..) = u64::try_from(expires_in) {
        return Duration::from_secs(secs);
    }
    let exp = jsonwebtoken::dangerous::insecure_decode::<ExpiryClaim>(token)
        .map_or(0, |token| token.claims.exp);
    Duration::from_secs(exp.saturating_sub(now_millis / 1000))
}

#[derive(serde::Deserialize)]
struct ExpiryClaim {
    exp: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An access token as Cognito issues them (the payload's claims as AWS documents them for
    /// user pool access tokens), with `exp` an hour after `iat`.
    fn access_token(iat: u64) -> String {
        let payload = serde_json::json!({
            "sub": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            "cognito:groups": ["client"],
            "iss": "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_example",
            "client_id": "1example23456789",
            "origin_jti": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            "event_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            "token_use": "access",
            "scope": "aws.cognito.signin.user.admin",
            "auth_time": iat,
            "exp": iat + 3600,
            "iat": iat,
            "jti": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            "username": "ann"
        });
        let encode = |bytes: &[u8]| {
            base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, bytes)
        };
        format!(
            "{}.{}.{}",
            encode(br#"{"kid":"abcdefghijklmnopqrsexample=","alg":"RS256"}"#),
            encode(payload.to_string().as_bytes()),
            encode(&[7; 256])
        )
    }

    #[test]
    fn expires_in_is_the_lifetime_when_cognito_sends_it() {
        let token = access_token(1_700_000_000);
        assert_eq!(
            token_lifetime(3600, &token, 1_700_000_000_000),
            Duration::from_secs(3600)
        );
    }

    #[test]
    fn without_expires_in_the_tokens_own_expiry_is_the_lifetime() {
        let token = access_token(1_700_000_000);
        // Read 10 s after it was issued: 3,590 s left, not the 0 s a missing field reads as.
        assert_eq!(
            token_lifetime(0, &token, 1_700_000_010_000),
            Duration::from_secs(3590)
        );
        assert_eq!(
            token_lifetime(0, "not-a-jwt", 1_700_000_010_000),
            Duration::ZERO
        );
    }
}
