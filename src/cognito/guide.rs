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

/// The attributes every person must have.
const REQUIRED_ATTRIBUTES: [&str; 3] = ["email", "given_name", "family_name"];

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
    /// Whether the pool's setting means what the guide's does (a list in another order does).
    matches: bool,
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
        self.matches
    }
}

/// What the checks read: the pool, the portal's client and the pool's groups as Cognito
/// describes them, and what this portal wants of them.
struct Described<'a> {
    pool: &'a UserPoolType,
    client: &'a UserPoolClientType,
    groups: &'a [String],
    admin_group: &'a str,
    templates: &'a MessageTemplates,
}

/// What a check found: the guide's setting and the pool's, in words, and whether they mean
/// the same.
struct Verdict {
    wants: String,
    has: String,
    matches: bool,
}

impl Verdict {
    fn new(wants: impl Into<String>, has: impl Into<String>, matches: bool) -> Self {
        Self {
            wants: wants.into(),
            has: has.into(),
            matches,
        }
    }

    /// A setting of one value, the same when its words are.
    fn value(wants: impl Into<String>, has: impl Into<String>) -> Self {
        let (wants, has) = (wants.into(), has.into());
        let matches = wants == has;
        Self::new(wants, has, matches)
    }

    /// Something the guide wants, that the pool has or not.
    fn yes(has: bool) -> Self {
        Self::new("yes", yes_no(has), has)
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Whether two lists hold the same names, whatever their order (or repeats).
fn same_names(a: &[&str], b: &[&str]) -> bool {
    a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
}

/// One item of the guide: its name, why it matters, where `provision --update` mends it, and
/// how a pool is judged on it.
struct Check {
    item: &'static str,
    why: &'static str,
    part: Part,
    judge: fn(&Described) -> Verdict,
}

/// The guide, item by item, in the order `doctor` prints them.
const GUIDE: [Check; 21] = [
    Check {
        item: "sign-in by user name only",
        why: "people could sign in with an address, and one person's address could block another's sign-in",
        part: Part::FixedAtCreation,
        judge: sign_in_by_user_name_only,
    },
    Check {
        item: "user names case-insensitive",
        why: "Ann and ann would be two different people",
        part: Part::FixedAtCreation,
        judge: user_names_case_insensitive,
    },
    Check {
        item: "password policy",
        why: "the rules the portal shows would not be the pool's, so good passwords would be refused",
        part: Part::Pool,
        judge: password_policy,
    },
    Check {
        item: "multi-factor authentication",
        why: "sign-in would stop at an MFA challenge the portal cannot answer",
        part: Part::Pool,
        judge: multi_factor_off,
    },
    Check {
        item: "password recovery",
        why: "reset codes would not go (only) to the verified email address",
        part: Part::Pool,
        judge: recovery_by_verified_email,
    },
    Check {
        item: "only administrators create accounts",
        why: "self-registration is on: anyone can create an account",
        part: Part::Pool,
        judge: only_administrators_create_accounts,
    },
    Check {
        item: "email verified automatically",
        why: "addresses would stay unverified, and password resets would have nowhere to go",
        part: Part::Pool,
        judge: email_verified_automatically,
    },
    Check {
        item: "an email change kept pending until verified",
        why: "a mistyped new address would take effect at once and lock its person out of resets",
        part: Part::Pool,
        judge: email_change_pending_until_verified,
    },
    Check {
        item: "required attributes",
        why: "people could exist without an address or a name, which every page relies on",
        part: Part::FixedAtCreation,
        judge: required_attributes,
    },
    Check {
        item: "app client has a secret",
        why: "the portal signs every call with the client secret (SECRET_HASH); a public client must not be used by a server",
        part: Part::FixedAtCreation,
        judge: client_has_secret,
    },
    Check {
        item: "ALLOW_ADMIN_USER_PASSWORD_AUTH among the client's flows",
        why: "sign-in fails: it is the flow the portal signs in with",
        part: Part::Client,
        judge: admin_password_flow,
    },
    Check {
        item: "ID token lifetime",
        why: "a session lasts as long as its tokens; longer ones outlive what the guide promises",
        part: Part::Client,
        judge: id_token_lifetime,
    },
    Check {
        item: "access token lifetime",
        why: "a session lasts as long as its tokens; longer ones outlive what the guide promises",
        part: Part::Client,
        judge: access_token_lifetime,
    },
    Check {
        item: "refresh token lifetime",
        why: "a copied refresh token would keep working long after its person signed out",
        part: Part::Client,
        judge: refresh_token_lifetime,
    },
    Check {
        item: "user-existence errors prevented",
        why: "sign-in and reset answers would tell anyone who has an account",
        part: Part::Client,
        judge: user_existence_errors_prevented,
    },
    Check {
        item: "the client reads email, email_verified, given_name, family_name, locale",
        why: "pages would show people without their address, name or language",
        part: Part::Client,
        judge: client_reads_what_pages_show,
    },
    Check {
        item: "group professional",
        why: "nobody can be given that role",
        part: Part::Groups,
        judge: |d| group(d, "professional"),
    },
    Check {
        item: "group client",
        why: "nobody can be given that role",
        part: Part::Groups,
        judge: |d| group(d, "client"),
    },
    Check {
        item: "the administrators' group",
        why: "nobody can be given that role",
        part: Part::Groups,
        judge: |d| group(d, d.admin_group),
    },
    Check {
        item: "invitation email",
        why: "invitations would not say which organisation they are from or where to sign in",
        part: Part::Pool,
        judge: invitation_email,
    },
    Check {
        item: "code email",
        why: "codes would come in Cognito's anonymous wording, without the organisation's name",
        part: Part::Pool,
        judge: code_email,
    },
];

/// Every item of the guide against this pool, its client and its groups.
pub fn compare(
    pool: &UserPoolType,
    client: &UserPoolClientType,
    groups: &[String],
    admin_group: &str,
    templates: &MessageTemplates,
) -> Vec<Finding> {
    let described = Described {
        pool,
        client,
        groups,
        admin_group,
        templates,
    };
    GUIDE
        .iter()
        .map(|check| {
            let verdict = (check.judge)(&described);
            Finding {
                item: check.item,
                wants: verdict.wants,
                has: verdict.has,
                why: check.why,
                part: check.part,
                matches: verdict.matches,
            }
        })
        .collect()
}

fn sign_in_by_user_name_only(d: &Described) -> Verdict {
    let pool = d.pool;
    let aliases: Vec<&str> = pool
        .username_attributes()
        .iter()
        .map(|a| a.as_str())
        .chain(pool.alias_attributes().iter().map(|a| a.as_str()))
        .collect();
    let none = "no email or phone aliases";
    if aliases.is_empty() {
        Verdict::new(none, none, true)
    } else {
        Verdict::new(none, format!("also by {}", aliases.join(", ")), false)
    }
}

fn user_names_case_insensitive(d: &Described) -> Verdict {
    Verdict::yes(
        d.pool
            .username_configuration()
            .is_some_and(|c| !c.case_sensitive()),
    )
}

fn password_policy(d: &Described) -> Verdict {
    let guide = PasswordPolicy::default();
    let pool = d
        .pool
        .policies()
        .and_then(|p| p.password_policy())
        .map(|p| PasswordPolicy {
            minimum_length: usize::try_from(p.minimum_length().unwrap_or(0)).unwrap_or(0),
            require_uppercase: p.require_uppercase(),
            require_lowercase: p.require_lowercase(),
            require_numbers: p.require_numbers(),
            require_symbols: p.require_symbols(),
            temporary_password_validity_days: u32::try_from(p.temporary_password_validity_days())
                .unwrap_or(0),
        });
    Verdict::new(
        guide.summary(),
        pool.as_ref()
            .map_or_else(|| "none".to_owned(), PasswordPolicy::summary),
        pool.as_ref() == Some(&guide),
    )
}

fn multi_factor_off(d: &Described) -> Verdict {
    Verdict::value(
        "off",
        d.pool.mfa_configuration().map_or("off", |m| match m {
            UserPoolMfaType::Off => "off",
            UserPoolMfaType::On => "on",
            _ => "optional",
        }),
    )
}

/// The mechanisms in the order Cognito tries them (their priority), not the order listed.
fn recovery_by_verified_email(d: &Described) -> Verdict {
    let mut mechanisms: Vec<&RecoveryOptionType> = d
        .pool
        .account_recovery_setting()
        .map(|r| r.recovery_mechanisms().iter().collect())
        .unwrap_or_default();
    mechanisms.sort_by_key(|m| m.priority());
    let names: Vec<&str> = mechanisms.iter().map(|m| m.name().as_str()).collect();
    let wants = [RecoveryOptionNameType::VerifiedEmail.as_str()];
    Verdict::new(
        wants.join(", "),
        if names.is_empty() {
            "Cognito's legacy default".to_owned()
        } else {
            names.join(", ")
        },
        same_names(&names, &wants),
    )
}

fn only_administrators_create_accounts(d: &Described) -> Verdict {
    Verdict::yes(
        d.pool
            .admin_create_user_config()
            .is_some_and(|c| c.allow_admin_create_user_only()),
    )
}

fn email_verified_automatically(d: &Described) -> Verdict {
    Verdict::yes(
        d.pool
            .auto_verified_attributes()
            .contains(&VerifiedAttributeType::Email),
    )
}

fn email_change_pending_until_verified(d: &Described) -> Verdict {
    Verdict::yes(d.pool.user_attribute_update_settings().is_some_and(|s| {
        s.attributes_require_verification_before_update()
            .contains(&VerifiedAttributeType::Email)
    }))
}

/// Cognito lists every standard attribute in its own order (`given_name` before `email`), so
/// the pool's are written in the guide's.
fn required_attributes(d: &Described) -> Verdict {
    let required: Vec<&str> = d
        .pool
        .schema_attributes()
        .iter()
        .filter(|a| a.required().unwrap_or(false))
        .filter_map(|a| a.name())
        .collect();
    let has: Vec<&str> = REQUIRED_ATTRIBUTES
        .into_iter()
        .filter(|a| required.contains(a))
        .collect();
    Verdict::new(
        REQUIRED_ATTRIBUTES.join(", "),
        if has.is_empty() {
            "none of them".to_owned()
        } else {
            has.join(", ")
        },
        same_names(&has, &REQUIRED_ATTRIBUTES),
    )
}

fn client_has_secret(d: &Described) -> Verdict {
    Verdict::yes(d.client.client_secret().is_some())
}

fn admin_password_flow(d: &Described) -> Verdict {
    Verdict::yes(
        d.client
            .explicit_auth_flows()
            .contains(&ExplicitAuthFlowsType::AllowAdminUserPasswordAuth),
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

fn lifetime(minutes: i64) -> Verdict {
    let text = |m: i64| format!("{m} minutes");
    Verdict::new(
        text(TOKEN_MINUTES.into()),
        text(minutes),
        minutes == i64::from(TOKEN_MINUTES),
    )
}

fn id_token_lifetime(d: &Described) -> Verdict {
    let units = d.client.token_validity_units();
    lifetime(minutes(
        d.client.id_token_validity(),
        units.and_then(|u| u.id_token()),
        TimeUnitsType::Hours,
        60,
    ))
}

fn access_token_lifetime(d: &Described) -> Verdict {
    let units = d.client.token_validity_units();
    lifetime(minutes(
        d.client.access_token_validity(),
        units.and_then(|u| u.access_token()),
        TimeUnitsType::Hours,
        60,
    ))
}

fn refresh_token_lifetime(d: &Described) -> Verdict {
    let units = d.client.token_validity_units();
    lifetime(minutes(
        Some(d.client.refresh_token_validity()),
        units.and_then(|u| u.refresh_token()),
        TimeUnitsType::Days,
        30 * 24 * 60,
    ))
}

fn user_existence_errors_prevented(d: &Described) -> Verdict {
    Verdict::yes(
        d.client.prevent_user_existence_errors() == Some(&PreventUserExistenceErrorTypes::Enabled),
    )
}

/// A client that names no read attributes reads every one.
fn client_reads_what_pages_show(d: &Described) -> Verdict {
    let read = d.client.read_attributes();
    let unread: Vec<&str> = READ_ATTRIBUTES
        .into_iter()
        .filter(|a| !read.is_empty() && !read.iter().any(|r| r == a))
        .collect();
    if unread.is_empty() {
        Verdict::yes(true)
    } else {
        Verdict::new("yes", format!("not {}", unread.join(", ")), false)
    }
}

fn group(d: &Described, name: &str) -> Verdict {
    let exists = d.groups.iter().any(|g| g == name);
    Verdict::new(
        format!("{name} exists"),
        format!("{name} {}", if exists { "exists" } else { "missing" }),
        exists,
    )
}

fn template_text(subject: Option<&str>, body: Option<&str>) -> String {
    format!("{:?} / {:?}", subject.unwrap_or(""), body.unwrap_or(""))
}

fn invitation_email(d: &Described) -> Verdict {
    let wants = &d.templates.invitation;
    let has = d
        .pool
        .admin_create_user_config()
        .and_then(|c| c.invite_message_template());
    Verdict::value(
        template_text(Some(&wants.subject), Some(&wants.body)),
        template_text(
            has.and_then(|t| t.email_subject()),
            has.and_then(|t| t.email_message()),
        ),
    )
}

fn code_email(d: &Described) -> Verdict {
    let wants = &d.templates.verification;
    let has = d.pool.verification_message_template();
    Verdict::value(
        template_text(Some(&wants.subject), Some(&wants.body)),
        template_text(
            has.and_then(|t| t.email_subject()),
            has.and_then(|t| t.email_message()),
        ),
    )
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

#[cfg(test)]
mod tests {
    //! The comparison on the shapes real Cognito answers with: AWS's documented example output,
    //! set up as the guide says, read by the SDK's own deserializers (not the emulator's).
    use super::*;
    use aws_sdk_cognitoidentityprovider::Client;
    use aws_sdk_cognitoidentityprovider::config::{BehaviorVersion, Credentials, Region};
    use aws_smithy_runtime_api::client::http::{
        HttpConnector, HttpConnectorFuture, SharedHttpConnector, http_client_fn,
    };
    use aws_smithy_runtime_api::client::orchestrator::HttpRequest;
    use aws_smithy_runtime_api::http::{Response, StatusCode};
    use aws_smithy_types::body::SdkBody;
    use serde_json::{Value, json};

    /// `aws cognito-idp describe-user-pool`, the AWS CLI reference's example output
    /// (https://docs.aws.amazon.com/cli/latest/reference/cognito-idp/describe-user-pool.html),
    /// as the setup guide has the pool: `given_name`, `family_name` and `email` required (every
    /// standard attribute listed, in Cognito's order), user names case-insensitive, no MFA,
    /// recovery by verified email only, only administrators create accounts, an email change
    /// kept pending; no Lambda triggers, SMS or custom attributes. The messages are set per test.
    const DESCRIBE_USER_POOL: &str = r#"{
        "UserPool": {
            "Id": "us-west-2_EXAMPLE",
            "Name": "MyUserPool",
            "Policies": {
                "PasswordPolicy": {
                    "MinimumLength": 8,
                    "RequireUppercase": true,
                    "RequireLowercase": true,
                    "RequireNumbers": true,
                    "RequireSymbols": true,
                    "TemporaryPasswordValidityDays": 7
                }
            },
            "DeletionProtection": "ACTIVE",
            "LambdaConfig": {},
            "LastModifiedDate": 1726784814.598,
            "CreationDate": 1602103465.273,
            "SchemaAttributes": [
                {"Name": "sub", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": false, "Required": true, "StringAttributeConstraints": {"MinLength": "1", "MaxLength": "2048"}},
                {"Name": "name", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "given_name", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": true, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "family_name", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": true, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "middle_name", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "nickname", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "preferred_username", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "profile", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "picture", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "website", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "email", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": true, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "email_verified", "AttributeDataType": "Boolean", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false},
                {"Name": "gender", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "birthdate", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "10", "MaxLength": "10"}},
                {"Name": "zoneinfo", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "locale", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "phone_number", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "phone_number_verified", "AttributeDataType": "Boolean", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false},
                {"Name": "address", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {"MinLength": "0", "MaxLength": "2048"}},
                {"Name": "updated_at", "AttributeDataType": "Number", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "NumberAttributeConstraints": {"MinValue": "0"}},
                {"Name": "identities", "AttributeDataType": "String", "DeveloperOnlyAttribute": false, "Mutable": true, "Required": false, "StringAttributeConstraints": {}}
            ],
            "AutoVerifiedAttributes": ["email"],
            "SmsVerificationMessage": "Your verification code is {####}. ",
            "EmailVerificationMessage": "Your verification code is {####}. ",
            "EmailVerificationSubject": "Your verification code",
            "VerificationMessageTemplate": {
                "SmsMessage": "Your verification code is {####}. ",
                "EmailMessage": "Your verification code is {####}. ",
                "EmailSubject": "Your verification code",
                "DefaultEmailOption": "CONFIRM_WITH_CODE"
            },
            "SmsAuthenticationMessage": "Your verification code is {####}. ",
            "UserAttributeUpdateSettings": {
                "AttributesRequireVerificationBeforeUpdate": ["email"]
            },
            "MfaConfiguration": "OFF",
            "DeviceConfiguration": {
                "ChallengeRequiredOnNewDevice": false,
                "DeviceOnlyRememberedOnUserPrompt": false
            },
            "EstimatedNumberOfUsers": 166,
            "EmailConfiguration": {"EmailSendingAccount": "COGNITO_DEFAULT"},
            "UserPoolTags": {},
            "AdminCreateUserConfig": {
                "AllowAdminCreateUserOnly": true,
                "UnusedAccountValidityDays": 7,
                "InviteMessageTemplate": {
                    "SMSMessage": "Your username is {username} and temporary password is {####}. ",
                    "EmailMessage": "Your username is {username} and temporary password is {####}. ",
                    "EmailSubject": "Your temporary password"
                }
            },
            "UsernameConfiguration": {"CaseSensitive": false},
            "Arn": "arn:aws:cognito-idp:us-west-2:123456789012:userpool/us-west-2_EXAMPLE",
            "AccountRecoverySetting": {
                "RecoveryMechanisms": [{"Priority": 1, "Name": "verified_email"}]
            }
        }
    }"#;

    /// `aws cognito-idp describe-user-pool-client`, the AWS CLI reference's example output
    /// (https://docs.aws.amazon.com/cli/latest/reference/cognito-idp/describe-user-pool-client.html),
    /// as the guide has the client: a secret, ALLOW_ADMIN_USER_PASSWORD_AUTH, tokens of 60
    /// minutes, user-existence errors prevented, and what the portal reads and writes (listed
    /// alphabetically, as the example lists them).
    const DESCRIBE_USER_POOL_CLIENT: &str = r#"{
        "UserPoolClient": {
            "UserPoolId": "us-west-2_EXAMPLE",
            "ClientName": "MyApp",
            "ClientId": "38fjsnc484p94kpqsnet7mpld0",
            "ClientSecret": "CLIENT_SECRET",
            "LastModifiedDate": 1548108676.163,
            "CreationDate": 1548108676.163,
            "RefreshTokenValidity": 60,
            "AccessTokenValidity": 60,
            "IdTokenValidity": 60,
            "TokenValidityUnits": {
                "AccessToken": "minutes",
                "IdToken": "minutes",
                "RefreshToken": "minutes"
            },
            "ReadAttributes": ["email", "email_verified", "family_name", "given_name", "locale"],
            "WriteAttributes": ["email", "family_name", "given_name", "locale"],
            "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            "AllowedOAuthFlowsUserPoolClient": false,
            "PreventUserExistenceErrors": "ENABLED",
            "EnableTokenRevocation": true,
            "AuthSessionValidity": 3
        }
    }"#;

    fn templates() -> MessageTemplates {
        MessageTemplates::for_portal("Cognito Portal", None).expect("templates")
    }

    /// The documented pool, with the portal's messages set as `provision --update` sets them.
    fn guide_pool() -> Value {
        let mut pool: Value = serde_json::from_str(DESCRIBE_USER_POOL).expect("JSON");
        let t = templates();
        let p = &mut pool["UserPool"];
        p["AdminCreateUserConfig"]["InviteMessageTemplate"]["EmailSubject"] =
            json!(t.invitation.subject);
        p["AdminCreateUserConfig"]["InviteMessageTemplate"]["EmailMessage"] =
            json!(t.invitation.body);
        p["VerificationMessageTemplate"]["EmailSubject"] = json!(t.verification.subject);
        p["VerificationMessageTemplate"]["EmailMessage"] = json!(t.verification.body);
        pool
    }

    fn guide_client() -> Value {
        serde_json::from_str(DESCRIBE_USER_POOL_CLIENT).expect("JSON")
    }

    fn groups(names: &[&str]) -> Vec<String> {
        names.iter().map(|g| (*g).to_owned()).collect()
    }

    /// Answers DescribeUserPool and DescribeUserPoolClient with the given JSON.
    #[derive(Debug)]
    struct Answers {
        pool: String,
        client: String,
    }

    impl HttpConnector for Answers {
        fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
            let body = match request.headers().get("x-amz-target") {
                Some(t) if t.ends_with(".DescribeUserPool") => self.pool.clone(),
                Some(t) if t.ends_with(".DescribeUserPoolClient") => self.client.clone(),
                _ => "{}".to_owned(),
            };
            let mut response = Response::new(
                StatusCode::try_from(200).expect("a status"),
                SdkBody::from(body),
            );
            response
                .headers_mut()
                .insert("content-type", "application/x-amz-json-1.1");
            HttpConnectorFuture::ready(Ok(response))
        }
    }

    /// The findings on this pool and client, read from their JSON by the SDK.
    async fn findings(pool: &Value, client: &Value, group_names: &[&str]) -> Vec<Finding> {
        let answers = SharedHttpConnector::new(Answers {
            pool: pool.to_string(),
            client: client.to_string(),
        });
        let config = aws_sdk_cognitoidentityprovider::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new("us-west-2"))
            .credentials_provider(Credentials::new("AKID", "secret", None, None, "tests"))
            .http_client(http_client_fn(move |_, _| answers.clone()))
            .build();
        let sdk = Client::from_conf(config);
        let pool = sdk
            .describe_user_pool()
            .user_pool_id("us-west-2_EXAMPLE")
            .send()
            .await
            .expect("DescribeUserPool")
            .user_pool
            .expect("a pool");
        let client = sdk
            .describe_user_pool_client()
            .user_pool_id("us-west-2_EXAMPLE")
            .client_id("38fjsnc484p94kpqsnet7mpld0")
            .send()
            .await
            .expect("DescribeUserPoolClient")
            .user_pool_client
            .expect("a client");
        compare(&pool, &client, &groups(group_names), "admin", &templates())
    }

    fn differing(findings: &[Finding]) -> Vec<&'static str> {
        findings
            .iter()
            .filter(|f| !f.matches())
            .map(|f| f.item)
            .collect()
    }

    fn has<'a>(findings: &'a [Finding], item: &str) -> &'a str {
        findings
            .iter()
            .find(|f| f.item == item)
            .map(|f| f.has.as_str())
            .unwrap_or_default()
    }

    const GROUPS: [&str; 3] = ["professional", "client", "admin"];

    #[tokio::test]
    async fn a_pool_set_up_as_the_guide_says_matches_every_item() {
        let pool = guide_pool();
        let schema = pool["UserPool"]["SchemaAttributes"]
            .as_array()
            .expect("a list");
        let position = |name: &str| schema.iter().position(|a| a["Name"] == name);
        assert!(
            position("given_name") < position("email")
                && position("family_name") < position("email"),
            "Cognito lists given_name and family_name before email"
        );

        let found = findings(&pool, &guide_client(), &GROUPS).await;
        assert_eq!(found.len(), 21);
        assert_eq!(differing(&found), Vec::<&str>::new(), "{found:#?}");
        assert_eq!(
            has(&found, "required attributes"),
            "email, given_name, family_name"
        );
        assert_eq!(has(&found, "password recovery"), "verified_email");
    }

    #[tokio::test]
    async fn a_list_in_another_order_is_the_same_setting() {
        let mut pool = guide_pool();
        let p = &mut pool["UserPool"];
        if let Some(schema) = p["SchemaAttributes"].as_array_mut() {
            schema.reverse();
        }
        p["AutoVerifiedAttributes"] = json!(["phone_number", "email"]);
        let mut client = guide_client();
        let c = &mut client["UserPoolClient"];
        c["ExplicitAuthFlows"] =
            json!(["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"]);
        c["ReadAttributes"] = json!([
            "locale",
            "phone_number",
            "given_name",
            "family_name",
            "email_verified",
            "email"
        ]);

        let found = findings(
            &pool,
            &client,
            &["admin", "client", "staff", "professional"],
        )
        .await;
        assert_eq!(differing(&found), Vec::<&str>::new(), "{found:#?}");
        assert_eq!(
            has(&found, "required attributes"),
            "email, given_name, family_name",
            "written in the guide's order"
        );
    }

    #[tokio::test]
    async fn recovery_is_read_in_the_order_of_its_priorities() {
        let mut pool = guide_pool();
        pool["UserPool"]["AccountRecoverySetting"]["RecoveryMechanisms"] = json!([
            {"Priority": 2, "Name": "verified_email"},
            {"Priority": 1, "Name": "verified_phone_number"}
        ]);
        let found = findings(&pool, &guide_client(), &GROUPS).await;
        assert_eq!(differing(&found), vec!["password recovery"]);
        assert_eq!(
            has(&found, "password recovery"),
            "verified_phone_number, verified_email"
        );
    }

    #[tokio::test]
    async fn a_real_difference_still_differs() {
        // family_name not required, in Cognito's order.
        let mut pool = guide_pool();
        if let Some(schema) = pool["UserPool"]["SchemaAttributes"].as_array_mut() {
            for attribute in schema.iter_mut() {
                if attribute["Name"] == "family_name" {
                    attribute["Required"] = json!(false);
                }
            }
        }
        let found = findings(&pool, &guide_client(), &GROUPS).await;
        assert_eq!(differing(&found), vec!["required attributes"]);
        assert_eq!(has(&found, "required attributes"), "email, given_name");

        // The documented example's own MFA and self-registration.
        let mut pool = guide_pool();
        pool["UserPool"]["MfaConfiguration"] = json!("OPTIONAL");
        pool["UserPool"]["AdminCreateUserConfig"]["AllowAdminCreateUserOnly"] = json!(false);
        let found = findings(&pool, &guide_client(), &GROUPS).await;
        assert_eq!(
            differing(&found),
            vec![
                "multi-factor authentication",
                "only administrators create accounts"
            ]
        );

        // The documented client's flows and read attributes, whatever their order.
        let mut client = guide_client();
        client["UserPoolClient"]["ExplicitAuthFlows"] =
            json!(["USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"]);
        client["UserPoolClient"]["ReadAttributes"] = json!(["given_name", "email"]);
        let found = findings(&guide_pool(), &client, &["client", "admin"]).await;
        assert_eq!(
            differing(&found),
            vec![
                "ALLOW_ADMIN_USER_PASSWORD_AUTH among the client's flows",
                "the client reads email, email_verified, given_name, family_name, locale",
                "group professional"
            ]
        );
        assert_eq!(
            has(
                &found,
                "the client reads email, email_verified, given_name, family_name, locale"
            ),
            "not email_verified, family_name, locale"
        );
    }
}
