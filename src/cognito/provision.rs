//! Creates a user pool as the setup guide (shared/seed) describes, through the SDK; or brings an
//! existing one to the guide (`provision --update`).
use super::client::Cognito;
use super::error::CognitoError;
use super::guide::{
    self, Finding, Part, READ_ATTRIBUTES, TOKEN_MINUTES, guide_admin_create_user,
    guide_pending_email, guide_policies, guide_recovery, guide_token_units, guide_verification,
};
use crate::domain::MessageTemplates;
use aws_sdk_cognitoidentityprovider::Client;
use aws_sdk_cognitoidentityprovider::types::{
    AttributeDataType, EmailConfigurationType, EmailSendingAccountType, ExplicitAuthFlowsType,
    PreventUserExistenceErrorTypes, SchemaAttributeType, UserPoolMfaType,
    UsernameConfigurationType, VerifiedAttributeType,
};
use secrecy::SecretString;

/// What the portal needs to know of a provisioned pool.
pub struct PoolCredentials {
    pub pool_id: String,
    pub client_id: String,
    pub client_secret: SecretString,
}

/// What provisioning did besides making the pool: a line for the operator, if any.
pub struct Provisioned {
    pub credentials: PoolCredentials,
    /// Set when Cognito refused the custom messages and kept its own.
    pub messages_refused: Option<String>,
}

fn sdk_err(e: impl std::fmt::Display) -> CognitoError {
    CognitoError::Unexpected(e.to_string().into())
}

/// One pool as the guide has it, with Cognito's default messages (tests, local use).
pub async fn provision_pool(
    region: &str,
    endpoint_url: Option<&str>,
    pool_name: &str,
    admin_group: &str,
) -> Result<PoolCredentials, CognitoError> {
    let templates = MessageTemplates::for_portal(crate::domain::DEFAULT_PORTAL_NAME, None)
        .map_err(|e| sdk_err(e.0))?;
    Ok(
        provision(region, endpoint_url, pool_name, admin_group, &templates)
            .await?
            .credentials,
    )
}

/// One pool, one confidential client, the groups `professional`, `client` and the admin group,
/// and the organisation's messages. If Cognito refuses the messages (custom email bodies are
/// restricted for some pools on Cognito's own sender), the pool keeps Cognito's and says why.
pub async fn provision(
    region: &str,
    endpoint_url: Option<&str>,
    pool_name: &str,
    admin_group: &str,
    templates: &MessageTemplates,
) -> Result<Provisioned, CognitoError> {
    // Provisioning only writes what it then reads back: never sent twice by the SDK.
    let config = super::client::sdk_config(region, endpoint_url, None).await;
    let client = &super::client::sdk_client(&config, super::client::Retries::Never);
    let (pool_id, messages_refused) = match create_pool(client, pool_name, Some(templates)).await {
        Ok(id) => (id, None),
        Err(CreateError::MessagesRefused(reason)) => (
            create_pool(client, pool_name, None)
                .await
                .map_err(CreateError::into_cognito)?,
            Some(reason),
        ),
        Err(other) => return Err(other.into_cognito()),
    };

    let app_client = client
        .create_user_pool_client()
        .user_pool_id(&pool_id)
        .client_name(format!("{pool_name}-portal"))
        .generate_secret(true)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowAdminUserPasswordAuth)
        .explicit_auth_flows(ExplicitAuthFlowsType::AllowRefreshTokenAuth)
        .access_token_validity(TOKEN_MINUTES)
        .id_token_validity(TOKEN_MINUTES)
        .refresh_token_validity(TOKEN_MINUTES)
        .token_validity_units(guide_token_units())
        .prevent_user_existence_errors(PreventUserExistenceErrorTypes::Enabled)
        .set_read_attributes(Some(READ_ATTRIBUTES.map(str::to_owned).to_vec()))
        .set_write_attributes(Some(
            ["email", "given_name", "family_name", "locale"]
                .map(str::to_owned)
                .to_vec(),
        ))
        .send()
        .await
        .map_err(CognitoError::from_sdk)?;
    let app_client = app_client
        .user_pool_client()
        .ok_or_else(|| sdk_err("CreateUserPoolClient returned no client"))?;
    let client_id = app_client
        .client_id()
        .ok_or_else(|| sdk_err("no client id"))?
        .to_owned();
    let client_secret = app_client
        .client_secret()
        .ok_or_else(|| sdk_err("no client secret"))?
        .to_owned();

    for group in ["professional", "client", admin_group] {
        create_group(client, &pool_id, group).await?;
    }

    Ok(Provisioned {
        credentials: PoolCredentials {
            pool_id,
            client_id,
            client_secret: SecretString::from(client_secret),
        },
        messages_refused,
    })
}

enum CreateError {
    /// Cognito refused a pool with the custom messages (InvalidParameter): if the same pool
    /// without them is accepted, the messages were the problem.
    MessagesRefused(String),
    Other(CognitoError),
}

impl CreateError {
    fn into_cognito(self) -> CognitoError {
        match self {
            Self::MessagesRefused(reason) => CognitoError::Unexpected(reason.into()),
            Self::Other(err) => err,
        }
    }
}

async fn create_pool(
    client: &Client,
    pool_name: &str,
    templates: Option<&MessageTemplates>,
) -> Result<String, CreateError> {
    let required = |name: &str| {
        SchemaAttributeType::builder()
            .name(name)
            .attribute_data_type(AttributeDataType::String)
            .required(true)
            .mutable(true)
            .build()
    };
    let mut request = client
        .create_user_pool()
        .pool_name(pool_name)
        .username_configuration(
            UsernameConfigurationType::builder()
                .case_sensitive(false)
                .build()
                .map_err(|e| CreateError::Other(sdk_err(e)))?,
        )
        .policies(guide_policies(None))
        .mfa_configuration(UserPoolMfaType::Off)
        .account_recovery_setting(guide_recovery().map_err(CreateError::Other)?)
        .auto_verified_attributes(VerifiedAttributeType::Email)
        .user_attribute_update_settings(guide_pending_email())
        .schema(required("email"))
        .schema(required("given_name"))
        .schema(required("family_name"))
        .email_configuration(
            EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::CognitoDefault)
                .build(),
        );
    request = match templates {
        Some(templates) => request
            .admin_create_user_config(guide_admin_create_user(templates, None))
            .verification_message_template(guide_verification(templates, None)),
        None => request.admin_create_user_config(
            aws_sdk_cognitoidentityprovider::types::AdminCreateUserConfigType::builder()
                .allow_admin_create_user_only(true)
                .build(),
        ),
    };
    match request.send().await {
        Ok(out) => out
            .user_pool()
            .and_then(|p| p.id())
            .map(str::to_owned)
            .ok_or_else(|| CreateError::Other(sdk_err("CreateUserPool returned no pool id"))),
        Err(err) => {
            // A refusal of the messages is told from other refusals by the retry without them
            // (in `provision`), not by Cognito's wording, which is not documented.
            use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
            let perhaps_the_messages =
                templates.is_some() && err.code() == Some("InvalidParameterException");
            if perhaps_the_messages {
                Err(CreateError::MessagesRefused(
                    err.message()
                        .unwrap_or("InvalidParameterException")
                        .to_owned(),
                ))
            } else {
                Err(CreateError::Other(CognitoError::from_sdk(err)))
            }
        }
    }
}

async fn create_group(client: &Client, pool_id: &str, group: &str) -> Result<(), CognitoError> {
    client
        .create_group()
        .user_pool_id(pool_id)
        .group_name(group)
        .send()
        .await
        .map_err(CognitoError::from_sdk)?;
    Ok(())
}

/// What `provision --update` did or would do.
pub struct Update {
    /// One line per change, in the order made: "item: has -> wants".
    pub changes: Vec<String>,
    /// Differences an update cannot mend (fixed when a pool is made).
    pub fixed: Vec<Finding>,
}

impl Cognito {
    /// Brings the pool, the portal's client and the groups to the guide. What changes is what
    /// the doctor's checks find different (by meaning: a list in another order is no change).
    /// UpdateUserPool and UpdateUserPoolClient reset every setting they are not given, so each
    /// is read, changed and written back whole. `dry_run` only says what would change.
    pub async fn update_to_guide(
        &self,
        admin_group: &str,
        templates: &MessageTemplates,
        dry_run: bool,
    ) -> Result<Update, CognitoError> {
        let (pool, app_client, groups) = self.read_pool().await?;
        let findings = guide::compare(&pool, &app_client, &groups, admin_group, templates);
        let (fixed, to_mend): (Vec<Finding>, Vec<Finding>) = findings
            .into_iter()
            .filter(|f| !f.matches())
            .partition(|f| f.part == Part::FixedAtCreation);
        let changes: Vec<String> = to_mend
            .iter()
            .map(|f| format!("{}: {} -> {}", f.item, f.has, f.wants))
            .collect();
        if dry_run || to_mend.is_empty() {
            return Ok(Update { changes, fixed });
        }
        let mends = |part: Part| to_mend.iter().any(|f| f.part == part);
        if mends(Part::Pool) {
            self.write_pool(&pool, templates).await?;
        }
        if mends(Part::Client) {
            self.write_client(&app_client).await?;
        }
        for group in ["professional", "client", admin_group] {
            if !groups.iter().any(|g| g == group) {
                create_group(&self.writes, &self.pool_id, group).await?;
            }
        }
        Ok(Update { changes, fixed })
    }

    /// UpdateUserPool with every setting the pool has, the guide's in place of its own.
    async fn write_pool(
        &self,
        pool: &aws_sdk_cognitoidentityprovider::types::UserPoolType,
        templates: &MessageTemplates,
    ) -> Result<(), CognitoError> {
        let mut auto_verified = pool.auto_verified_attributes().to_vec();
        if !auto_verified.contains(&VerifiedAttributeType::Email) {
            auto_verified.push(VerifiedAttributeType::Email);
        }
        let admin_create = pool.admin_create_user_config();
        let verification = pool.verification_message_template();
        self.writes
            .update_user_pool()
            .user_pool_id(&self.pool_id)
            // The guide's.
            .policies(guide_policies(pool.policies()))
            .mfa_configuration(UserPoolMfaType::Off)
            .account_recovery_setting(guide_recovery()?)
            .set_auto_verified_attributes(Some(auto_verified))
            .user_attribute_update_settings(guide_pending_email())
            .admin_create_user_config(guide_admin_create_user(
                templates,
                admin_create
                    .map(|c| c.unused_account_validity_days())
                    .filter(|d| *d > 0),
            ))
            .verification_message_template(guide_verification(
                templates,
                verification.and_then(|v| v.sms_message()),
            ))
            // Everything else as it is (an omitted setting would be reset).
            .set_deletion_protection(pool.deletion_protection().cloned())
            .set_lambda_config(pool.lambda_config().cloned())
            .set_sms_verification_message(pool.sms_verification_message().map(str::to_owned))
            .set_sms_authentication_message(pool.sms_authentication_message().map(str::to_owned))
            .set_device_configuration(pool.device_configuration().cloned())
            .set_email_configuration(pool.email_configuration().cloned())
            .set_sms_configuration(pool.sms_configuration().cloned())
            .set_user_pool_tags(pool.user_pool_tags().cloned())
            .set_user_pool_add_ons(pool.user_pool_add_ons().cloned())
            .set_user_pool_tier(pool.user_pool_tier().cloned())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    /// UpdateUserPoolClient with every setting the client has, the guide's in place of its own.
    async fn write_client(
        &self,
        c: &aws_sdk_cognitoidentityprovider::types::UserPoolClientType,
    ) -> Result<(), CognitoError> {
        let mut flows = c.explicit_auth_flows().to_vec();
        for flow in [
            ExplicitAuthFlowsType::AllowAdminUserPasswordAuth,
            ExplicitAuthFlowsType::AllowRefreshTokenAuth,
        ] {
            if !flows.contains(&flow) {
                flows.push(flow);
            }
        }
        let mut read = c.read_attributes().to_vec();
        if !read.is_empty() {
            for attribute in READ_ATTRIBUTES {
                if !read.iter().any(|r| r == attribute) {
                    read.push(attribute.to_owned());
                }
            }
        }
        self.writes
            .update_user_pool_client()
            .user_pool_id(&self.pool_id)
            .client_id(&self.client_id)
            // The guide's.
            .set_explicit_auth_flows(Some(flows))
            .access_token_validity(TOKEN_MINUTES)
            .id_token_validity(TOKEN_MINUTES)
            .refresh_token_validity(TOKEN_MINUTES)
            .token_validity_units(guide_token_units())
            .prevent_user_existence_errors(PreventUserExistenceErrorTypes::Enabled)
            .set_read_attributes((!read.is_empty()).then_some(read))
            // Everything else as it is.
            .set_client_name(c.client_name().map(str::to_owned))
            .set_write_attributes(Some(c.write_attributes().to_vec()).filter(|w| !w.is_empty()))
            .set_supported_identity_providers(
                Some(c.supported_identity_providers().to_vec()).filter(|v| !v.is_empty()),
            )
            .set_callback_urls(Some(c.callback_urls().to_vec()).filter(|v| !v.is_empty()))
            .set_logout_urls(Some(c.logout_urls().to_vec()).filter(|v| !v.is_empty()))
            .set_default_redirect_uri(c.default_redirect_uri().map(str::to_owned))
            .set_allowed_o_auth_flows(
                Some(c.allowed_o_auth_flows().to_vec()).filter(|v| !v.is_empty()),
            )
            .set_allowed_o_auth_scopes(
                Some(c.allowed_o_auth_scopes().to_vec()).filter(|v| !v.is_empty()),
            )
            .set_allowed_o_auth_flows_user_pool_client(c.allowed_o_auth_flows_user_pool_client())
            .set_analytics_configuration(c.analytics_configuration().cloned())
            .set_enable_token_revocation(c.enable_token_revocation())
            .set_enable_propagate_additional_user_context_data(
                c.enable_propagate_additional_user_context_data(),
            )
            .set_auth_session_validity(c.auth_session_validity())
            .set_refresh_token_rotation(c.refresh_token_rotation().cloned())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }
}
