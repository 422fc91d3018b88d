//! The user pool and how the portal calls it: the pool, its app client, the region and
//! endpoint, the signing keys, the admin group, the circuit breaker and the group reads.
use super::lookup::{ConfigError, Vars};
use secrecy::SecretString;
use std::time::Duration;

pub const COGNITO_POOL_ID: &str = "COGNITO_POOL_ID";
pub const COGNITO_CLIENT: &str = "COGNITO_CLIENT";
pub const COGNITO_CLIENT_SECRET: &str = "COGNITO_CLIENT_SECRET";
pub const AWS_REGION: &str = "AWS_REGION";
pub const AWS_ENDPOINT_URL: &str = "AWS_ENDPOINT_URL";
pub const COGNITO_JWKS_URL: &str = "COGNITO_JWKS_URL";
pub const ADMIN_GROUP: &str = "ADMIN_GROUP";
pub const CIRCUIT_BREAKER_FAILURES: &str = "CIRCUIT_BREAKER_FAILURES";
pub const CIRCUIT_BREAKER_OPEN_SECS: &str = "CIRCUIT_BREAKER_OPEN_SECS";
pub const CLIENT_LIST_CALLS_PER_SECOND: &str = "CLIENT_LIST_CALLS_PER_SECOND";
pub const CLIENT_LIST_FRESH_SECS: &str = "CLIENT_LIST_FRESH_SECS";

#[derive(Clone)]
pub struct CognitoSettings {
    pub pool_id: String,
    pub client_id: String,
    pub client_secret: SecretString,
    pub region: String,
    /// The SDK's `AWS_ENDPOINT_URL`, passed through explicitly so each test app can have its own.
    pub endpoint_url: Option<String>,
    pub jwks_url: String,
    pub issuer: String,
    /// The Cognito group whose members administer the portal.
    pub admin_group: String,
    /// Consecutive failures that open the circuit, and how long it stays open.
    pub circuit_failures: u32,
    pub circuit_open_for: Duration,
    /// At most this many ListUsersInGroup calls a second while a group's list is read.
    pub list_calls_per_second: u32,
    /// A group's list is read again once it is this old plus a random part of as long again.
    pub list_fresh_for: Duration,
}

impl CognitoSettings {
    pub fn from_lookup(vars: &Vars) -> Result<Self, ConfigError> {
        let pool_id = vars.required(COGNITO_POOL_ID)?;
        let pool_region = region_of_pool(&pool_id).ok_or_else(|| {
            ConfigError::new(
                COGNITO_POOL_ID,
                format!(
                    "{pool_id:?} is not a user pool id (expected REGION_ID, e.g. us-east-1_AbC123)"
                ),
            )
        })?;
        let client_id = vars.required(COGNITO_CLIENT)?;
        let client_secret = SecretString::from(vars.required(COGNITO_CLIENT_SECRET)?);
        let region = region(vars).unwrap_or_else(|| pool_region.to_owned());
        let endpoint_url = endpoint_url(vars)?;
        let issuer = format!("https://cognito-idp.{pool_region}.amazonaws.com/{pool_id}");
        let jwks_url = vars
            .parsed(COGNITO_JWKS_URL, a_url)?
            .unwrap_or_else(|| format!("{issuer}/.well-known/jwks.json"));
        Ok(Self {
            admin_group: admin_group(vars),
            circuit_failures: vars.positive(CIRCUIT_BREAKER_FAILURES, 5)?,
            circuit_open_for: Duration::from_secs(
                vars.positive::<u32>(CIRCUIT_BREAKER_OPEN_SECS, 30)?.into(),
            ),
            list_calls_per_second: vars.positive(CLIENT_LIST_CALLS_PER_SECOND, 5)?,
            list_fresh_for: Duration::from_secs(
                vars.positive::<u32>(CLIENT_LIST_FRESH_SECS, 30)?.into(),
            ),
            pool_id,
            client_id,
            client_secret,
            region,
            endpoint_url,
            jwks_url,
            issuer,
        })
    }
}

/// What `provision` needs to create a pool: nothing exists yet, so the region cannot come from
/// a pool id.
pub struct NewPoolSettings {
    pub region: String,
    pub endpoint_url: Option<String>,
    pub admin_group: String,
}

impl NewPoolSettings {
    pub fn from_lookup(vars: &Vars) -> Result<Self, ConfigError> {
        let region = region(vars).ok_or_else(|| {
            ConfigError::new(
                AWS_REGION,
                "is not set; provision needs it to know where to create the pool",
            )
        })?;
        Ok(Self {
            region,
            endpoint_url: endpoint_url(vars)?,
            admin_group: admin_group(vars),
        })
    }
}

fn region(vars: &Vars) -> Option<String> {
    vars.optional(AWS_REGION)
}

fn endpoint_url(vars: &Vars) -> Result<Option<String>, ConfigError> {
    vars.parsed(AWS_ENDPOINT_URL, a_url)
}

fn admin_group(vars: &Vars) -> String {
    vars.optional(ADMIN_GROUP)
        .unwrap_or_else(|| "admin".to_owned())
}

/// The value as written, once it is known to be a URL.
fn a_url(raw: &str) -> Result<String, String> {
    url::Url::parse(raw)
        .map(|_| raw.to_owned())
        .map_err(|e| format!("is not a URL: {e}"))
}

/// `us-east-1_AbC` -> `us-east-1`.
fn region_of_pool(pool_id: &str) -> Option<&str> {
    let (region, id) = pool_id.split_once('_')?;
    let looks_like_region = region.split('-').count() >= 3
        && region
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    (looks_like_region && !id.is_empty()).then_some(region)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::lookup::pairs;

    const POOL: [(&str, &str); 3] = [
        (COGNITO_POOL_ID, "eu-west-2_AbC123"),
        (COGNITO_CLIENT, "client"),
        (COGNITO_CLIENT_SECRET, "secret"),
    ];

    fn load(extra: &[(&str, &str)]) -> Result<CognitoSettings, ConfigError> {
        let lookup = pairs(&[&POOL[..], extra].concat());
        CognitoSettings::from_lookup(&Vars::new(&lookup))
    }

    #[test]
    fn region_issuer_and_jwks_url_follow_the_pool_id() {
        let settings = load(&[]).unwrap();
        assert_eq!(settings.region, "eu-west-2");
        assert_eq!(
            settings.issuer,
            "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC123"
        );
        assert_eq!(
            settings.jwks_url,
            "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC123/.well-known/jwks.json"
        );
        assert_eq!(settings.admin_group, "admin");
    }

    #[test]
    fn an_explicit_region_endpoint_and_jwks_url_are_kept_as_written() {
        let settings = load(&[
            (AWS_REGION, "us-east-1"),
            (AWS_ENDPOINT_URL, "http://127.0.0.1:5000"),
            (COGNITO_JWKS_URL, "http://127.0.0.1:5000/keys"),
        ])
        .unwrap();
        assert_eq!(settings.region, "us-east-1");
        assert_eq!(
            settings.issuer, "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC123",
            "the issuer is the pool's, wherever the calls go"
        );
        assert_eq!(
            settings.endpoint_url.as_deref(),
            Some("http://127.0.0.1:5000")
        );
        assert_eq!(settings.jwks_url, "http://127.0.0.1:5000/keys");
    }

    #[test]
    fn a_new_pool_needs_a_region_but_no_pool_id() {
        let lookup = pairs(&[]);
        let err = NewPoolSettings::from_lookup(&Vars::new(&lookup))
            .err()
            .unwrap();
        assert_eq!(err.var, AWS_REGION);
        assert!(err.problem.contains("provision needs it"), "{err}");
        let lookup = pairs(&[(AWS_REGION, "eu-west-1"), (ADMIN_GROUP, "staff")]);
        let new_pool = NewPoolSettings::from_lookup(&Vars::new(&lookup)).unwrap();
        assert_eq!(new_pool.region, "eu-west-1");
        assert_eq!(new_pool.endpoint_url, None);
        assert_eq!(new_pool.admin_group, "staff");
    }

    #[test]
    fn pool_ids_are_region_underscore_id() {
        assert_eq!(region_of_pool("us-east-1_AbC"), Some("us-east-1"));
        for bad in ["nounderscore", "us-east-1_", "useast1_AbC", "US-EAST-1_AbC"] {
            assert_eq!(region_of_pool(bad), None, "{bad}");
        }
    }
}
