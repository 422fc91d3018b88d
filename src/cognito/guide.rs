//! The setup guide's pool, item by item: what `doctor` compares a pool with (and the server
//! once at start-up), and what `provision --update` brings an existing pool to.
use super::client::Cognito;
use super::error::CognitoError;
use crate::domain::{MessageTemplates, PasswordPolicy};
use aws_sdk_cognitoidentityprovider::types::{
    AccountRecoverySettingType, AdminCreateUserConfigType, DefaultEmailOptionType,
    ExplicitAuthFlowsType, MessageTemplateType, PasswordPolicyType, PreventUserExistenceErrorTypes,
    RecoveryOptionNameType, RecoveryOptionType, TimeUnitsType, TokenValidityUnitsType,
    UserAttributeUpdateSettingsType, UserPoolClientType, UserPoolMfaType, UserPoolPolicyType,
    UserPoolType, VerificationMessageTemplateType, VerifiedAttributeType,
};

/// Minutes for the ID, access and refresh tokens.
pub const TOKEN_MINUTES: i32 = 60;
/// What the client must be able to read.
pub const READ_ATTRIBUTES: [&str; 5] = [
    "email",
    "email_verified",
    "given_name",
    "family_name",
    "locale",
];

/// One item of the guide, compared with a pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub item: &'static str,
    pub wants: String,
    pub has: String,
    /// Why a difference matters, in one sentence.
    pub why: &'static str,
    /// What `provision --update` changes to mend it.
    pub part: Part,
}

/// Where an item lives, for `provision --update`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// UpdateUserPool.
    Pool,
    /// UpdateUserPoolClient.
    Client,
    /// CreateGroup.
    Groups,
    /// Fixed when the pool (or client) was made: only a new one changes it.
    FixedAtCreation,
}

impl Finding {
    pub fn matches(&self) -> bool {
        self.wants == self.has
    }
}

fn finding(
    item: &'static str,
    wants: impl Into<String>,
    has: impl Into<String>,
    why: &'static str,
    part: Part,
) -> Finding {
    Finding {
        item,
        wants: wants.into(),
        has: has.into(),
        why,
        part,
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn policy_text(p: Option<&PasswordPolicyType>) -> String {
    p.map_or_else(
        || "none".to_owned(),
        |p| {
            PasswordPolicy {
                minimum_length: usize::try_from(p.minimum_length().unwrap_or(0)).unwrap_or(0),
                require_uppercase: p.require_uppercase(),
                require_lowercase: p.require_lowercase(),
                require_numbers: p.require_numbers(),
                require_symbols: p.require_symbols(),
                temporary_password_validity_days: u32::try_from(
                    p.temporary_password_validity_days(),
                )
                .unwrap_or(0),
            }
            .summary()
        },
    )
}

/// A token's validity in minutes, with Cognito's units and defaults (hours for ID and access
/// tokens, 60 minutes; days for refresh tokens, 30 days).
fn minutes(
    value: Option<i32>,
    unit: Option<&TimeUnitsType>,
    default_unit: TimeUnitsType,
    default: i32,
) -> i64 {
    let Some(value) = value.filter(|v| *v > 0) else {
        return i64::from(default);
    };
    let per = match unit.unwrap_or(&default_unit) {
        TimeUnitsType::Seconds => return i64::from(value) / 60,
        TimeUnitsType::Minutes => 1,
        TimeUnitsType::Hours => 60,
        TimeUnitsType::Days => 24 * 60,
        _ => 1,
    };
    i64::from(value) * per
}

fn minutes_text(m: i64) -> String {
    format!("{m} minutes")
}

fn template_text(subject: Option<&str>, body: Option<&str>) -> String {
    format!("{:?} / {:?}", subject.unwrap_or(""), body.unwrap_or(""))
}

/// Every item of the guide against this pool, its client and its groups.
pub fn compare(
    pool: &UserPoolType,
    client: &UserPoolClientType,
    groups: &[String],
    admin_group: &str,
    templates: &MessageTemplates,
) -> Vec<Finding> {
    let aliases: Vec<String> = pool
        .username_attributes()
        .iter()
        .map(|a| a.as_str().to_owned())
        .chain(
            pool.alias_attributes()
                .iter()
                .map(|a| a.as_str().to_owned()),
        )
        .collect();
    let case_sensitive = pool
        .username_configuration()
        .is_none_or(|c| c.case_sensitive());
    let recovery: Vec<String> = pool
        .account_recovery_setting()
        .map(|r| {
            r.recovery_mechanisms()
                .iter()
                .map(|m| m.name().as_str().to_owned())
                .collect()
        })
        .unwrap_or_default();
    let pending: Vec<&str> = pool
        .user_attribute_update_settings()
        .map(|s| {
            s.attributes_require_verification_before_update()
                .iter()
                .map(VerifiedAttributeType::as_str)
                .collect()
        })
        .unwrap_or_default();
    let required: Vec<&str> = pool
        .schema_attributes()
        .iter()
        .filter(|a| a.required().unwrap_or(false))
        .filter_map(|a| a.name())
        .filter(|n| ["email", "given_name", "family_name"].contains(n))
        .collect();
    let flows: Vec<&str> = client
        .explicit_auth_flows()
        .iter()
        .map(ExplicitAuthFlowsType::as_str)
        .collect();
    let units = client.token_validity_units();
    let read: Vec<&str> = client
        .read_attributes()
        .iter()
        .map(String::as_str)
        .collect();
    let unread: Vec<&str> = if read.is_empty() {
        Vec::new() // none set: the client reads every attribute
    } else {
        READ_ATTRIBUTES
            .into_iter()
            .filter(|a| !read.contains(a))
            .collect()
    };
    let invite = pool
        .admin_create_user_config()
        .and_then(|c| c.invite_message_template());
    let verification = pool.verification_message_template();
    let guide_policy = PasswordPolicy::default().summary();

    let mut findings = vec![
        finding(
            "sign-in by user name only",
            "no email or phone aliases",
            if aliases.is_empty() {
                "no email or phone aliases".to_owned()
            } else {
                format!("also by {}", aliases.join(", "))
            },
            "people could sign in with an address, and one person's address could block another's sign-in",
            Part::FixedAtCreation,
        ),
        finding(
            "user names case-insensitive",
            "yes",
            yes_no(!case_sensitive),
            "Ann and ann would be two different people",
            Part::FixedAtCreation,
        ),
        finding(
            "password policy",
            guide_policy,
            policy_text(pool.policies().and_then(|p| p.password_policy())),
            "the rules the portal shows would not be the pool's, so good passwords would be refused",
            Part::Pool,
        ),
        finding(
            "multi-factor authentication",
            "off",
            pool.mfa_configuration().map_or("off", |m| match m {
                UserPoolMfaType::Off => "off",
                UserPoolMfaType::On => "on",
                _ => "optional",
            }),
            "sign-in would stop at an MFA challenge the portal cannot answer",
            Part::Pool,
        ),
        finding(
            "password recovery",
            "verified_email",
            if recovery.is_empty() {
                "Cognito's legacy default".to_owned()
            } else {
                recovery.join(", ")
            },
            "reset codes would not go (only) to the verified email address",
            Part::Pool,
        ),
        finding(
            "only administrators create accounts",
            "yes",
            yes_no(
                pool.admin_create_user_config()
                    .is_some_and(|c| c.allow_admin_create_user_only()),
            ),
            "self-registration is on: anyone can create an account",
            Part::Pool,
        ),
        finding(
            "email verified automatically",
            "yes",
            yes_no(
                pool.auto_verified_attributes()
                    .contains(&VerifiedAttributeType::Email),
            ),
            "addresses would stay unverified, and password resets would have nowhere to go",
            Part::Pool,
        ),
        finding(
            "an email change kept pending until verified",
            "yes",
            yes_no(pending.contains(&"email")),
            "a mistyped new address would take effect at once and lock its person out of resets",
            Part::Pool,
        ),
        finding(
            "required attributes",
            "email, given_name, family_name",
            if required.is_empty() {
                "none of them".to_owned()
            } else {
                required.join(", ")
            },
            "people could exist without an address or a name, which every page relies on",
            Part::FixedAtCreation,
        ),
        finding(
            "app client has a secret",
            "yes",
            yes_no(client.client_secret().is_some()),
            "the portal signs every call with the client secret (SECRET_HASH); a public client must not be used by a server",
            Part::FixedAtCreation,
        ),
        finding(
            "ALLOW_ADMIN_USER_PASSWORD_AUTH among the client's flows",
            "yes",
            yes_no(flows.contains(&"ALLOW_ADMIN_USER_PASSWORD_AUTH")),
            "sign-in fails: it is the flow the portal signs in with",
            Part::Client,
        ),
        finding(
            "ID token lifetime",
            minutes_text(TOKEN_MINUTES.into()),
            minutes_text(minutes(
                client.id_token_validity(),
                units.and_then(|u| u.id_token()),
                TimeUnitsType::Hours,
                60,
            )),
            "a session lasts as long as its tokens; longer ones outlive what the guide promises",
            Part::Client,
        ),
        finding(
            "access token lifetime",
            minutes_text(TOKEN_MINUTES.into()),
            minutes_text(minutes(
                client.access_token_validity(),
                units.and_then(|u| u.access_token()),
                TimeUnitsType::Hours,
                60,
            )),
            "a session lasts as long as its tokens; longer ones outlive what the guide promises",
            Part::Client,
        ),
        finding(
            "refresh token lifetime",
            minutes_text(TOKEN_MINUTES.into()),
            minutes_text(minutes(
                Some(client.refresh_token_validity()),
                units.and_then(|u| u.refresh_token()),
                TimeUnitsType::Days,
                30 * 24 * 60,
            )),
            "a copied refresh token would keep working long after its person signed out",
            Part::Client,
        ),
        finding(
            "user-existence errors prevented",
            "yes",
            yes_no(
                client.prevent_user_existence_errors()
                    == Some(&PreventUserExistenceErrorTypes::Enabled),
            ),
            "sign-in and reset answers would tell anyone who has an account",
            Part::Client,
        ),
        finding(
            "the client reads email, email_verified, given_name, family_name, locale",
            "yes",
            if unread.is_empty() {
                "yes".to_owned()
            } else {
                format!("not {}", unread.join(", "))
            },
            "pages would show people without their address, name or language",
            Part::Client,
        ),
    ];
    for group in ["professional", "client", admin_group] {
        findings.push(finding(
            match group {
                "professional" => "group professional",
                "client" => "group client",
                _ => "the administrators' group",
            },
            format!("{group} exists"),
            if groups.iter().any(|g| g == group) {
                format!("{group} exists")
            } else {
                format!("{group} missing")
            },
            "nobody can be given that role",
            Part::Groups,
        ));
    }
    findings.push(finding(
        "invitation email",
        template_text(
            Some(&templates.invitation.subject),
            Some(&templates.invitation.body),
        ),
        template_text(
            invite.and_then(|t| t.email_subject()),
            invite.and_then(|t| t.email_message()),
        ),
        "invitations would not say which organisation they are from or where to sign in",
        Part::Pool,
    ));
    findings.push(finding(
        "code email",
        template_text(
            Some(&templates.verification.subject),
            Some(&templates.verification.body),
        ),
        template_text(
            verification.and_then(|t| t.email_subject()),
            verification.and_then(|t| t.email_message()),
        ),
        "codes would come in Cognito's anonymous wording, without the organisation's name",
        Part::Pool,
    ));
    findings
}

/// The guide's password policy, as Cognito takes it.
pub(super) fn guide_password_policy() -> PasswordPolicyType {
    let p = PasswordPolicy::default();
    PasswordPolicyType::builder()
        .minimum_length(i32::try_from(p.minimum_length).unwrap_or(8))
        .require_uppercase(p.require_uppercase)
        .require_lowercase(p.require_lowercase)
        .require_numbers(p.require_numbers)
        .require_symbols(p.require_symbols)
        .temporary_password_validity_days(
            i32::try_from(p.temporary_password_validity_days).unwrap_or(7),
        )
        .build()
}

pub(super) fn guide_recovery() -> Result<AccountRecoverySettingType, CognitoError> {
    Ok(AccountRecoverySettingType::builder()
        .recovery_mechanisms(
            RecoveryOptionType::builder()
                .name(RecoveryOptionNameType::VerifiedEmail)
                .priority(1)
                .build()
                .map_err(|e| CognitoError::Unexpected(e.into()))?,
        )
        .build())
}

pub(super) fn guide_admin_create_user(
    templates: &MessageTemplates,
    unused_account_validity_days: Option<i32>,
) -> AdminCreateUserConfigType {
    let mut config = AdminCreateUserConfigType::builder()
        .allow_admin_create_user_only(true)
        .invite_message_template(
            MessageTemplateType::builder()
                .email_subject(&templates.invitation.subject)
                .email_message(&templates.invitation.body)
                .build(),
        );
    if let Some(days) = unused_account_validity_days {
        config = config.unused_account_validity_days(days);
    }
    config.build()
}

pub(super) fn guide_verification(
    templates: &MessageTemplates,
    sms_message: Option<&str>,
) -> VerificationMessageTemplateType {
    VerificationMessageTemplateType::builder()
        .default_email_option(DefaultEmailOptionType::ConfirmWithCode)
        .email_subject(&templates.verification.subject)
        .email_message(&templates.verification.body)
        .set_sms_message(sms_message.map(str::to_owned))
        .build()
}

pub(super) fn guide_pending_email() -> UserAttributeUpdateSettingsType {
    UserAttributeUpdateSettingsType::builder()
        .attributes_require_verification_before_update(VerifiedAttributeType::Email)
        .build()
}

pub(super) fn guide_token_units() -> TokenValidityUnitsType {
    TokenValidityUnitsType::builder()
        .access_token(TimeUnitsType::Minutes)
        .id_token(TimeUnitsType::Minutes)
        .refresh_token(TimeUnitsType::Minutes)
        .build()
}

pub(super) fn guide_policies(current: Option<&UserPoolPolicyType>) -> UserPoolPolicyType {
    let mut policies = UserPoolPolicyType::builder().password_policy(guide_password_policy());
    if let Some(sign_in) = current.and_then(|p| p.sign_in_policy()) {
        policies = policies.sign_in_policy(sign_in.clone());
    }
    policies.build()
}

impl Cognito {
    /// Reads the pool, the portal's client and the groups (read-only), and compares them with
    /// the guide.
    #[tracing::instrument(skip_all, fields(operation = "DescribeUserPool"))]
    pub async fn check_against_guide(
        &self,
        admin_group: &str,
        templates: &MessageTemplates,
    ) -> Result<Vec<Finding>, CognitoError> {
        let (pool, client, groups) = self.read_pool().await?;
        Ok(compare(&pool, &client, &groups, admin_group, templates))
    }

    pub(super) async fn read_pool(
        &self,
    ) -> Result<(UserPoolType, UserPoolClientType, Vec<String>), CognitoError> {
        let pool = self
            .reads
            .describe_user_pool()
            .user_pool_id(&self.pool_id)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?
            .user_pool
            .ok_or_else(|| CognitoError::Unexpected("DescribeUserPool gave no pool".into()))?;
        let client = self
            .reads
            .describe_user_pool_client()
            .user_pool_id(&self.pool_id)
            .client_id(&self.client_id)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?
            .user_pool_client
            .ok_or_else(|| {
                CognitoError::Unexpected("DescribeUserPoolClient gave no client".into())
            })?;
        let mut groups = Vec::new();
        let mut next = None;
        loop {
            let page = self
                .reads
                .list_groups()
                .user_pool_id(&self.pool_id)
                .set_next_token(next)
                .send()
                .await
                .map_err(CognitoError::from_sdk)?;
            groups.extend(
                page.groups()
                    .iter()
                    .filter_map(|g| g.group_name().map(str::to_owned)),
            );
            next = page.next_token().map(str::to_owned);
            if next.is_none() {
                break;
            }
        }
        Ok((pool, client, groups))
    }
}
