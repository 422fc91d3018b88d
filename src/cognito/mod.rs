//! The one module that talks to Cognito. It speaks the portal's language: domain types in,
//! portal types and [`CognitoError`] out; SDK types never leave it.
mod directory;
mod error;
mod provision;
mod secret_hash;

pub use directory::GroupDirectory;
pub use error::CognitoError;
pub use provision::{PoolCredentials, provision_pool};
pub use secret_hash::secret_hash;

use crate::config::CognitoSettings;
use crate::domain::{EmailAddress, Password, PersonName, Username};
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::types::{
    AttributeType, AuthFlowType, ChallengeNameType, DeliveryMediumType, UserType,
};
use secrecy::{ExposeSecret, SecretString};
use std::time::Duration;

/// Connect 1 s, each attempt 2.5 s, at most 2 attempts, 5 s in all: a silent Cognito becomes a
/// 503 page within 6 s.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);
const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(2500);
const OPERATION_TIMEOUT: Duration = Duration::from_secs(5);
const MAX_ATTEMPTS: u32 = 2;

#[derive(Clone)]
pub struct Cognito {
    client: Client,
    pool_id: String,
    client_id: String,
    client_secret: SecretString,
}

/// What a correct username and password lead to.
pub enum SignInOutcome {
    /// Signed in; the ID token still has to be verified before anything in it is believed.
    Authenticated { id_token: SecretString },
    /// An invited person must choose a password first.
    NewPasswordRequired {
        challenge_session: SecretString,
        /// Required attributes Cognito says are missing (e.g. `given_name`).
        missing_attributes: Vec<String>,
    },
}

async fn sdk_client(region: &str, endpoint_url: Option<&str>) -> Client {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new(region.to_owned()))
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(CONNECT_TIMEOUT)
                .operation_attempt_timeout(ATTEMPT_TIMEOUT)
                .operation_timeout(OPERATION_TIMEOUT)
                .build(),
        )
        .retry_config(RetryConfig::standard().with_max_attempts(MAX_ATTEMPTS));
    if let Some(url) = endpoint_url {
        loader = loader.endpoint_url(url);
    }
    Client::new(&loader.load().await)
}

/// A person as the portal shows them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    pub username: String,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
}

impl Person {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
            .trim()
            .to_owned()
    }
}

impl Cognito {
    /// Builds the SDK client. `AWS_ENDPOINT_URL` (in settings) points it at another endpoint;
    /// credentials come from the SDK's usual chain.
    pub async fn connect(settings: &CognitoSettings) -> Self {
        Self {
            client: sdk_client(&settings.region, settings.endpoint_url.as_deref()).await,
            pool_id: settings.pool_id.clone(),
            client_id: settings.client_id.clone(),
            client_secret: settings.client_secret.clone(),
        }
    }

    fn secret_hash(&self, username: &Username) -> String {
        secret_hash(
            self.client_secret.expose_secret(),
            username.as_str(),
            &self.client_id,
        )
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminInitiateAuth"))]
    pub async fn sign_in(
        &self,
        username: &Username,
        password: &Password,
    ) -> Result<SignInOutcome, CognitoError> {
        let out = self
            .client
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
                Ok(SignInOutcome::NewPasswordRequired {
                    challenge_session: SecretString::from(session.to_owned()),
                    missing_attributes,
                })
            }
            (other, _) => Err(CognitoError::Unexpected(format!(
                "unsupported challenge {other:?}"
            ))),
        }
    }

    /// A person's profile, read once at sign-in (never on a page view).
    #[tracing::instrument(skip_all, fields(operation = "AdminGetUser"))]
    pub async fn person(&self, username: &Username) -> Result<Person, CognitoError> {
        let out = self
            .client
            .admin_get_user()
            .user_pool_id(&self.pool_id)
            .username(username.as_str())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(person_from(out.username(), out.user_attributes()))
    }

    /// Revokes every token Cognito issued to the person.
    #[tracing::instrument(skip_all, fields(operation = "AdminUserGlobalSignOut"))]
    pub async fn global_sign_out(&self, username: &Username) -> Result<(), CognitoError> {
        self.client
            .admin_user_global_sign_out()
            .user_pool_id(&self.pool_id)
            .username(username.as_str())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    /// Everyone in a group, all pages.
    #[tracing::instrument(skip_all, fields(operation = "ListUsersInGroup"))]
    pub async fn group_members(&self, group: &str) -> Result<Vec<Person>, CognitoError> {
        let mut people = Vec::new();
        let mut next_token = None;
        loop {
            let out = self
                .client
                .list_users_in_group()
                .user_pool_id(&self.pool_id)
                .group_name(group)
                .limit(60)
                .set_next_token(next_token)
                .send()
                .await
                .map_err(CognitoError::from_sdk)?;
            people.extend(out.users().iter().map(person_of_user));
            next_token = out.next_token().map(str::to_owned);
            if next_token.is_none() {
                break;
            }
        }
        people.sort_by(|a, b| {
            a.full_name()
                .to_lowercase()
                .cmp(&b.full_name().to_lowercase())
        });
        Ok(people)
    }

    /// Creates a person and puts them in a group. Cognito emails the temporary password; a given
    /// one is set instead (for local use). A person left out of the group is deleted again.
    #[tracing::instrument(skip_all, fields(operation = "AdminCreateUser"))]
    pub async fn invite(
        &self,
        invitation: &Invitation,
        temporary_password: Option<&SecretString>,
    ) -> Result<(), CognitoError> {
        let attribute = |name: &str, value: &str| {
            AttributeType::builder()
                .name(name)
                .value(value)
                .build()
                .map_err(|e| CognitoError::Unexpected(e.to_string()))
        };
        self.client
            .admin_create_user()
            .user_pool_id(&self.pool_id)
            .username(invitation.username.as_str())
            .user_attributes(attribute("email", invitation.email.as_str())?)
            .user_attributes(attribute("email_verified", "true")?)
            .user_attributes(attribute("given_name", invitation.given_name.as_str())?)
            .user_attributes(attribute("family_name", invitation.family_name.as_str())?)
            .desired_delivery_mediums(DeliveryMediumType::Email)
            .set_temporary_password(temporary_password.map(|p| p.expose_secret().to_owned()))
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;

        let added = self
            .client
            .admin_add_user_to_group()
            .user_pool_id(&self.pool_id)
            .username(invitation.username.as_str())
            .group_name(&invitation.group)
            .send()
            .await
            .map_err(CognitoError::from_sdk);
        if let Err(err) = added {
            // Nothing is left half done: a person outside every group could sign in to nothing.
            let _ = self
                .client
                .admin_delete_user()
                .user_pool_id(&self.pool_id)
                .username(invitation.username.as_str())
                .send()
                .await;
            return Err(err);
        }
        Ok(())
    }
}

/// Who to invite, already parsed.
pub struct Invitation {
    pub username: Username,
    pub email: EmailAddress,
    pub given_name: PersonName,
    pub family_name: PersonName,
    pub group: String,
}

fn person_of_user(user: &UserType) -> Person {
    person_from(user.username().unwrap_or_default(), user.attributes())
}

fn person_from(username: &str, attributes: &[AttributeType]) -> Person {
    let get = |name: &str| {
        attributes
            .iter()
            .find(|a| a.name() == name)
            .and_then(|a| a.value())
            .unwrap_or_default()
            .to_owned()
    };
    Person {
        username: username.to_owned(),
        email: get("email"),
        given_name: get("given_name"),
        family_name: get("family_name"),
    }
}

/// Cognito lists missing attributes as a JSON array of `userAttributes.NAME`.
fn required_attributes(raw: &str) -> Vec<String> {
    serde_json::from_str::<Vec<String>>(raw)
        .unwrap_or_default()
        .into_iter()
        .map(|a| a.trim_start_matches("userAttributes.").to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_attributes_are_read_from_cognitos_json() {
        assert_eq!(
            required_attributes(r#"["userAttributes.given_name","userAttributes.family_name"]"#),
            vec!["given_name", "family_name"]
        );
        assert!(required_attributes("[]").is_empty());
        assert!(required_attributes("garbage").is_empty());
    }
}
