//! The SDK client, configured once (timeouts, retries, the circuit breaker), and the pieces
//! every call shares: SECRET_HASH, and reading a person out of Cognito's attributes.
use super::breaker::{self, CircuitBreaker};
use super::secret_hash::secret_hash;
use crate::config::CognitoSettings;
use crate::domain::{EmailAddress, Person, PersonName, Username};
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::types::{AttributeType, UserType};
use secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;
use std::time::Duration;

/// Connect 1 s, each attempt 2.5 s, at most 2 attempts, 5 s in all: a silent Cognito becomes a
/// 503 page within 6 s.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);
const ATTEMPT_TIMEOUT: Duration = Duration::from_millis(2500);
const OPERATION_TIMEOUT: Duration = Duration::from_secs(5);
const MAX_ATTEMPTS: u32 = 2;

#[derive(Clone)]
pub struct Cognito {
    /// For calls that are safe to send again: reads, and the sign-in (a second
    /// AdminInitiateAuth only issues another set of tokens). Retried once after a timeout, a
    /// refused connection or a 5xx.
    pub(super) reads: Client,
    /// For every call that changes something at Cognito or sends an email: never sent twice
    /// by the SDK. A second AdminCreateUser would email another temporary password (the first
    /// email then lies) or answer "already exists" for the person just made; what a failed
    /// write did is found out by reading, where Cognito can say.
    pub(super) writes: Client,
    pub(super) pool_id: String,
    pub(super) client_id: String,
    client_secret: SecretString,
}

/// Whether the SDK may send a call again after a timeout, a refused connection or a 5xx.
#[derive(Clone, Copy)]
pub(super) enum Retries {
    /// Once more (reads and the sign-in).
    Once,
    /// Never: writes.
    Never,
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
        /// The invitee's `locale`, from the attributes Cognito sends with the challenge.
        locale: Option<String>,
    },
}

/// The SDK's configuration, shared by both clients of a `Cognito` (one HTTP connection pool,
/// one breaker).
pub(super) async fn sdk_config(
    region: &str,
    endpoint_url: Option<&str>,
    breaker: Option<Arc<CircuitBreaker>>,
) -> aws_sdk_cognitoidentityprovider::config::Builder {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new(region.to_owned()))
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(CONNECT_TIMEOUT)
                .operation_attempt_timeout(ATTEMPT_TIMEOUT)
                .operation_timeout(OPERATION_TIMEOUT)
                .build(),
        );
    if let Some(url) = endpoint_url {
        loader = loader.endpoint_url(url);
    }
    let mut config = aws_sdk_cognitoidentityprovider::config::Builder::from(&loader.load().await);
    if let Some(breaker) = breaker {
        config = config.interceptor(breaker::Guard(breaker));
    }
    config
}

/// A client of the configuration that retries as `retries` says.
pub(super) fn sdk_client(
    config: &aws_sdk_cognitoidentityprovider::config::Builder,
    retries: Retries,
) -> Client {
    let retry = match retries {
        Retries::Once => RetryConfig::standard().with_max_attempts(MAX_ATTEMPTS),
        Retries::Never => RetryConfig::disabled(),
    };
    Client::from_conf(config.clone().retry_config(retry).build())
}

impl Cognito {
    /// Builds the SDK clients. `AWS_ENDPOINT_URL` (in settings) points them at another
    /// endpoint; credentials come from the SDK's usual chain.
    pub async fn connect(settings: &CognitoSettings) -> Self {
        let breaker = Arc::new(CircuitBreaker::new(
            settings.circuit_failures,
            settings.circuit_open_for,
        ));
        let config = sdk_config(
            &settings.region,
            settings.endpoint_url.as_deref(),
            Some(breaker),
        )
        .await;
        Self {
            reads: sdk_client(&config, Retries::Once),
            writes: sdk_client(&config, Retries::Never),
            pool_id: settings.pool_id.clone(),
            client_id: settings.client_id.clone(),
            client_secret: settings.client_secret.clone(),
        }
    }

    pub(super) fn secret_hash(&self, username: &Username) -> String {
        secret_hash(
            self.client_secret.expose_secret(),
            username.as_str(),
            &self.client_id,
        )
    }
}

/// Who to invite, already parsed.
pub struct Invitation {
    pub username: Username,
    pub email: EmailAddress,
    pub given_name: PersonName,
    pub family_name: PersonName,
    pub group: String,
    /// The invitee's language (Cognito's `locale`), so that their first sign-in is in it.
    pub locale: Option<crate::i18n::Lang>,
}

pub(super) fn person_of_user(user: &UserType) -> Person {
    person_from(user.username().unwrap_or_default(), user.attributes())
}

pub(super) fn attribute_value(attributes: &[AttributeType], name: &str) -> String {
    attributes
        .iter()
        .find(|a| a.name() == name)
        .and_then(|a| a.value())
        .unwrap_or_default()
        .to_owned()
}

pub(super) fn person_from(username: &str, attributes: &[AttributeType]) -> Person {
    Person {
        username: username.to_owned(),
        email: attribute_value(attributes, "email"),
        given_name: attribute_value(attributes, "given_name"),
        family_name: attribute_value(attributes, "family_name"),
    }
}

/// Cognito lists missing attributes as a JSON array of `userAttributes.NAME`.
pub(super) fn required_attributes(raw: &str) -> Vec<String> {
    serde_json::from_str::<Vec<String>>(raw)
        .unwrap_or_default()
        .into_iter()
        .map(|a| a.trim_start_matches("userAttributes.").to_owned())
        .collect()
}

/// The invitee's `locale` from NEW_PASSWORD_REQUIRED's `userAttributes` (a JSON object of
/// the person's attributes, every value a string).
pub(super) fn challenge_locale(raw: &str) -> Option<String> {
    serde_json::from_str::<std::collections::HashMap<String, String>>(raw)
        .ok()?
        .remove("locale")
}

/// Sends one call about one person of the pool (`UserPoolId` and `Username` set, then any
/// further `.setter(value)`s) on the given client, and maps its error: the shape most calls
/// share. The SDK's operation builders share no trait a function could take.
macro_rules! person_call {
    ($cognito:expr, $client:ident . $operation:ident, $username:expr $(, $setter:ident($value:expr))* $(,)?) => {
        $cognito
            .$client
            .$operation()
            .user_pool_id(&$cognito.pool_id)
            .username($username.as_str())
            $(.$setter($value))*
            .send()
            .await
            .map_err(super::error::CognitoError::from_sdk)
    };
}
pub(super) use person_call;

/// One attribute for a Cognito call.
pub(super) fn attribute(
    name: &str,
    value: &str,
) -> Result<AttributeType, super::error::CognitoError> {
    AttributeType::builder()
        .name(name)
        .value(value)
        .build()
        .map_err(|e| super::error::CognitoError::Unexpected(e.into()))
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

    #[test]
    fn the_invitees_locale_is_read_from_the_challenges_attributes() {
        // As Cognito sends it (email_verified included, as a string).
        let raw = r#"{"email_verified":"true","email":"hana@example.com","given_name":"Hana","family_name":"Sato","locale":"ja"}"#;
        assert_eq!(challenge_locale(raw).as_deref(), Some("ja"));
        assert_eq!(challenge_locale(r#"{"email":"a@example.com"}"#), None);
        assert_eq!(challenge_locale("not json"), None);
    }
}
