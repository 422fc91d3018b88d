//! People in the test pool, and what Cognito now holds for them.
use super::*;
use aws_sdk_cognitoidentityprovider::types::AttributeType;
use secrecy::ExposeSecret;

pub const PASSWORD: &str = "Correct-Horse-9";

pub fn attribute(name: &str, value: &str) -> AttributeType {
    AttributeType::builder()
        .name(name)
        .value(value)
        .build()
        .expect("attribute")
}

/// A name no other test uses, and no part of another: the counter has a fixed width, so
/// `typo87325` can't be found inside `typo873250` (a log line or a Cognito prefix search
/// looking for one would find both).
pub fn unique(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    format!(
        "{prefix}{}{:05}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

impl TestApp {
    /// A person with a permanent password, in the given groups.
    pub async fn create_person(
        &self,
        username: &str,
        given: &str,
        family: &str,
        groups: &[&str],
    ) -> String {
        let email = format!("{username}@example.com");
        self.cognito
            .admin_create_user()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .temporary_password("Temporary-1x")
            .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
            .user_attributes(attribute("email", &email))
            .user_attributes(attribute("email_verified", "true"))
            .user_attributes(attribute("given_name", given))
            .user_attributes(attribute("family_name", family))
            .send()
            .await
            .expect("user created");
        self.cognito
            .admin_set_user_password()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .password(PASSWORD)
            .permanent(true)
            .send()
            .await
            .expect("password set");
        for group in groups {
            self.cognito
                .admin_add_user_to_group()
                .user_pool_id(&self.pool.pool_id)
                .username(username)
                .group_name(*group)
                .send()
                .await
                .expect("added to group");
        }
        email
    }

    /// An invited person who has not yet chosen a password.
    pub async fn invite_person(&self, username: &str, temporary_password: &str) {
        self.cognito
            .admin_create_user()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .temporary_password(temporary_password)
            .message_action(aws_sdk_cognitoidentityprovider::types::MessageActionType::Suppress)
            .user_attributes(attribute("email", &format!("{username}@example.com")))
            .user_attributes(attribute("given_name", "New"))
            .user_attributes(attribute("family_name", "Person"))
            .send()
            .await
            .expect("user invited");
    }
}

impl TestApp {
    /// Cognito's AdminGetUser for this person.
    async fn admin_get_user(
        &self,
        username: &str,
    ) -> Result<
        aws_sdk_cognitoidentityprovider::operation::admin_get_user::AdminGetUserOutput,
        impl std::fmt::Debug,
    > {
        self.cognito
            .admin_get_user()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .send()
            .await
    }

    /// Whether Cognito holds this person.
    pub async fn exists(&self, username: &str) -> bool {
        self.admin_get_user(username).await.is_ok()
    }

    /// What Cognito holds for a person who must exist.
    async fn stored_user(
        &self,
        username: &str,
    ) -> aws_sdk_cognitoidentityprovider::operation::admin_get_user::AdminGetUserOutput {
        self.admin_get_user(username)
            .await
            .expect("the user exists")
    }

    /// Cognito's status for a person, e.g. CONFIRMED or FORCE_CHANGE_PASSWORD.
    pub async fn user_status(&self, username: &str) -> String {
        self.stored_user(username)
            .await
            .user_status()
            .expect("a status")
            .as_str()
            .to_owned()
    }

    /// Whether Cognito lets the person sign in (not disabled).
    pub async fn is_enabled(&self, username: &str) -> bool {
        self.stored_user(username).await.enabled()
    }

    /// Sets one attribute, as an administrator's tool would.
    pub async fn set_attribute(&self, username: &str, name: &str, value: &str) {
        self.cognito
            .admin_update_user_attributes()
            .user_pool_id(&self.pool.pool_id)
            .username(username)
            .user_attributes(attribute(name, value))
            .send()
            .await
            .expect("attribute set");
    }

    pub async fn user_attribute(&self, username: &str, name: &str) -> Option<String> {
        self.stored_user(username)
            .await
            .user_attributes()
            .iter()
            .find(|a| a.name() == name)
            .and_then(|a| a.value().map(str::to_owned))
    }

    /// Whether Cognito accepts this password for this person (asked directly, not via the portal).
    pub async fn cognito_accepts(&self, username: &str, password: &str) -> bool {
        self.sign_in_directly(username, password).await.is_ok()
    }

    /// AdminInitiateAuth straight to Cognito, as another app of the person's would sign in.
    async fn sign_in_directly(
        &self,
        username: &str,
        password: &str,
    ) -> Result<
        aws_sdk_cognitoidentityprovider::operation::admin_initiate_auth::AdminInitiateAuthOutput,
        impl std::fmt::Debug,
    > {
        let hash = cognito_portal::cognito::secret_hash(
            self.pool.client_secret.expose_secret(),
            username,
            &self.pool.client_id,
        );
        self.cognito
            .admin_initiate_auth()
            .user_pool_id(&self.pool.pool_id)
            .client_id(&self.pool.client_id)
            .auth_flow(aws_sdk_cognitoidentityprovider::types::AuthFlowType::AdminUserPasswordAuth)
            .auth_parameters("USERNAME", username)
            .auth_parameters("PASSWORD", password)
            .auth_parameters("SECRET_HASH", hash)
            .send()
            .await
    }

    /// A real reset code. The emulator hands the code it would email back in a header of the
    /// ForgotPassword answer; this asks for one directly, so it is the latest valid code.
    pub async fn reset_code(&self, username: &str) -> String {
        let hash = cognito_portal::cognito::secret_hash(
            self.pool.client_secret.expose_secret(),
            username,
            &self.pool.client_id,
        );
        let response = reqwest::Client::new()
            .post(&moto().endpoint)
            .header("X-Amz-Target", "AWSCognitoIdentityProviderService.ForgotPassword")
            .header(reqwest::header::CONTENT_TYPE, "application/x-amz-json-1.1")
            .header(reqwest::header::AUTHORIZATION, "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0")
            .body(serde_json::json!({"ClientId": self.pool.client_id, "Username": username, "SecretHash": hash}).to_string())
            .send()
            .await
            .expect("ForgotPassword answers");
        response
            .headers()
            .get("x-moto-forgot-password-confirmation-code")
            .and_then(|v| v.to_str().ok())
            .expect("the emulator reveals the code")
            .to_owned()
    }
}

/// A message the local Cognito would have emailed (its outbox, see scripts/moto_server.py).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Mail {
    pub pool: String,
    /// `invitation`, `reset-code` or `verification-code`.
    pub kind: String,
    pub username: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The temporary password or the code in it.
    pub code: String,
}

impl TestApp {
    /// Every message this portal's pool had sent to `to`, newest first.
    pub async fn outbox(&self, to: &str) -> Vec<Mail> {
        let mails: Vec<Mail> = reqwest::Client::new()
            .get(format!("{}/_outbox.json", moto().endpoint))
            .send()
            .await
            .expect("the outbox answers")
            .json()
            .await
            .expect("the outbox is JSON");
        mails
            .into_iter()
            .filter(|m| m.pool == self.pool.pool_id && m.to.eq_ignore_ascii_case(to))
            .collect()
    }

    /// Lets a day pass for the email-verification codes sent to `to` (they expire after 24 h).
    pub async fn age_codes_sent_to(&self, to: &str) {
        let url = format!("{}/_outbox/expire?to={}", moto().endpoint, to);
        let answer = reqwest::Client::new()
            .post(url)
            .send()
            .await
            .expect("the outbox answers");
        assert_eq!(answer.status(), 204);
    }

    /// The newest message to `to`; fails the test when there is none.
    pub async fn latest_mail(&self, to: &str) -> Mail {
        self.outbox(to)
            .await
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no mail to {to}"))
    }
}

impl TestApp {
    /// Uses an email code outside the portal: another session of the person's own confirms it
    /// through Cognito's public API (VerifyUserAttribute with an access token of theirs).
    pub async fn verify_attribute_elsewhere(&self, username: &str, code: &str) {
        let signed_in = self
            .sign_in_directly(username, PASSWORD)
            .await
            .expect("signed in elsewhere");
        let token = signed_in
            .authentication_result()
            .and_then(|r| r.access_token())
            .expect("an access token");
        self.cognito
            .verify_user_attribute()
            .access_token(token)
            .attribute_name("email")
            .code(code)
            .send()
            .await
            .expect("the code works elsewhere");
    }
}

impl TestAppBuilder {
    /// An organisation's look: the name "Acme Clinic", an SVG logo (written to a file of its
    /// own) with the name in it, and a dark green accent.
    pub fn acme_look(self) -> Self {
        let logo = std::env::temp_dir()
            .join(unique("logo"))
            .with_extension("svg");
        std::fs::write(
            &logo,
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 40"><rect width="160" height="40" rx="6" fill="#ffffff"/><circle cx="20" cy="20" r="12" fill="#0b6e4f"/><text x="40" y="27" fill="#0b6e4f" font-family="sans-serif" font-size="18" font-weight="700">Acme Clinic</text></svg>"##,
        )
        .expect("logo written");
        self.portal_name("Acme Clinic")
            .portal_logo(&logo)
            .portal_accent("#0b6e4f")
    }
}
