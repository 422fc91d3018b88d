//! Creates a user pool as the setup guide (shared/seed) describes, through the SDK.
use super::error::CognitoError;
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, AttributeDataType,
    EmailConfigurationType, EmailSendingAccountType, ExplicitAuthFlowsType, PasswordPolicyType,
    PreventUserExistenceErrorTypes, RecoveryOptionNameType, RecoveryOptionType,
    SchemaAttributeType, TimeUnitsType, TokenValidityUnitsType, UserAttributeUpdateSettingsType,
    UserPoolMfaType, UserPoolPolicyType, UsernameConfigurationType, VerifiedAttributeType,
};
use secrecy::SecretString;

/// What the portal needs to know of a provisioned pool.
pub struct PoolCredentials {
    pub pool_id: String,
    pub client_id: String,
    pub client_secret: SecretString,
}

const TOKEN_MINUTES: i32 = 60;

fn sdk_err(e: impl std::fmt::Display) -> CognitoError {
    CognitoError::Unexpected(e.to_string())
}

/// One pool, one confidential client, the groups `professional`, `client` and the admin group.
pub async fn provision_pool(
    region: &str,
    endpoint_url: Option<&str>,
    pool_name: &str,
    admin_group: &str,
) -> Result<PoolCredentials, CognitoError> {
    let client = &super::client::sdk_client(region, endpoint_url, None).await;
    let required = |name: &str| {
        SchemaAttributeType::builder()
            .name(name)
            .attribute_data_type(AttributeDataType::String)
            .required(true)
            .mutable(true)
            .build()
    };
    // Cognito's default password policy, spelled out so the pool does not depend on defaults.
    let password_policy = PasswordPolicyType::builder()
        .minimum_length(8)
        .require_uppercase(true)
        .require_lowercase(true)
        .require_numbers(true)
        .require_symbols(true)
        .temporary_password_validity_days(7)
        .build();
    let pool = client
        .create_user_pool()
        .pool_name(pool_name)
        .username_configuration(
            UsernameConfigurationType::builder()
                .case_sensitive(false)
                .build()
                .map_err(sdk_err)?,
        )
        .policies(
            UserPoolPolicyType::builder()
                .password_policy(password_policy)
                .build(),
        )
        .mfa_configuration(UserPoolMfaType::Off)
        .account_recovery_setting(
            AccountRecoverySettingType::builder()
                .recovery_mechanisms(
                    RecoveryOptionType::builder()
                        .name(RecoveryOptionNameType::VerifiedEmail)
                        .priority(1)
                        .build()
                        .map_err(sdk_err)?,
                )
                .build(),
        )
        .admin_create_user_config(
            AdminCreateUserConfigType::builder()
                .allow_admin_create_user_only(true)
                .build(),
        )
        .auto_verified_attributes(VerifiedAttributeType::Email)
        .user_attribute_update_settings(
            UserAttributeUpdateSettingsType::builder()
                .attributes_require_verification_before_update(VerifiedAttributeType::Email)
                .build(),
        )
        .schema(required("email"))
        .schema(required("given_name"))
        .schema(required("family_name"))
        .email_configuration(
            EmailConfigurationType::builder()
                .email_sending_account(EmailSendingAccountType::CognitoDefault)
                .build(),
        )
        .send()
        .await
        .map_err(CognitoError::from_sdk)?;
    let pool_id = pool
        .user_pool()
        .and_then(|p| p.id())
        .ok_or_else(|| sdk_err("CreateUserPool returned no pool id"))?
        .to_owned();

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
        .token_validity_units(
            TokenValidityUnitsType::builder()
                .access_token(TimeUnitsType::Minutes)
                .id_token(TimeUnitsType::Minutes)
                .refresh_token(TimeUnitsType::Minutes)
                .build(),
        )
        .prevent_user_existence_errors(PreventUserExistenceErrorTypes::Enabled)
        .set_read_attributes(Some(
            ["email", "email_verified", "given_name", "family_name"]
                .map(str::to_owned)
                .to_vec(),
        ))
        .set_write_attributes(Some(
            ["email", "given_name", "family_name"]
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
        client
            .create_group()
            .user_pool_id(&pool_id)
            .group_name(group)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
    }

    Ok(PoolCredentials {
        pool_id,
        client_id,
        client_secret: SecretString::from(client_secret),
    })
}
