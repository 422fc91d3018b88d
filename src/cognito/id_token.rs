//! Verifies Cognito ID tokens against the pool's JWKS.
//!
//! This runs once per sign-in, never per page view: the session keeps the verified claims.
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

/// Tokens may be this far past `exp` (clock skew between Cognito and us).
const LEEWAY_SECS: u64 = 5;
/// An unknown `kid` refetches the key set, but no more often than this.
const REFETCH_INTERVAL: Duration = Duration::from_secs(10);

/// The claims the portal uses from a verified ID token.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct IdClaims {
    pub sub: String,
    pub exp: u64,
    pub token_use: String,
    #[serde(rename = "cognito:username")]
    pub username: String,
    #[serde(rename = "cognito:groups", default)]
    pub groups: Vec<String>,
    pub email: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    /// The person's language (Cognito's standard `locale` attribute), when the client reads it.
    pub locale: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("the token is not an RS256 JWT with a key id")]
    Malformed,
    #[error("no key in the pool's JWKS has this key id")]
    UnknownKey,
    #[error("the token is not an ID token")]
    NotAnIdToken,
    #[error("the token failed verification: {0}")]
    Invalid(#[from] jsonwebtoken::errors::Error),
    #[error("the pool's JWKS could not be fetched")]
    JwksUnavailable(#[source] super::error::Cause),
}

/// Keys by `kid`, RSA only.
#[derive(Default)]
pub struct KeySet(HashMap<String, DecodingKey>);

impl KeySet {
    pub fn from_jwks(jwks: &JwkSet) -> Self {
        Self(
            jwks.keys
                .iter()
                .filter_map(|jwk| {
                    let kid = jwk.common.key_id.clone()?;
                    let key = DecodingKey::from_jwk(jwk).ok()?;
                    Some((kid, key))
                })
                .collect(),
        )
    }
}

/// What a token must say to be ours.
pub struct Expectations {
    validation: Validation,
}

impl Expectations {
    pub fn new(issuer: &str, client_id: &str) -> Self {
        // RS256 only: `alg: none` and HS256 (signed with the public key as a secret) fail here.
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[client_id]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = LEEWAY_SECS;
        validation.validate_exp = true;
        Self { validation }
    }
}

/// Verifies one token against a key set.
pub fn verify(token: &str, keys: &KeySet, expected: &Expectations) -> Result<IdClaims, TokenError> {
    let kid = key_id(token)?;
    let key = keys.0.get(&kid).ok_or(TokenError::UnknownKey)?;
    let claims = jsonwebtoken::decode::<IdClaims>(token, key, &expected.validation)?.claims;
    if claims.token_use != "id" {
        return Err(TokenError::NotAnIdToken);
    }
    Ok(claims)
}

fn key_id(token: &str) -> Result<String, TokenError> {
    let header = jsonwebtoken::decode_header(token).map_err(|_| TokenError::Malformed)?;
    if header.alg != Algorithm::RS256 {
        return Err(TokenError::Malformed);
    }
    header.kid.ok_or(TokenError::Malformed)
}

/// The pool's keys, fetched once and cached; refetched on an unknown `kid` at most every 10 s.
pub struct IdTokenVerifier {
    http: reqwest::Client,
    jwks_url: String,
    expected: Expectations,
    keys: RwLock<KeySet>,
    last_fetch: tokio::sync::Mutex<Option<Instant>>,
}

impl IdTokenVerifier {
    pub fn new(jwks_url: String, issuer: &str, client_id: &str) -> Self {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(1))
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap_or_default();
        Self {
            http,
            jwks_url,
            expected: Expectations::new(issuer, client_id),
            keys: RwLock::new(KeySet::default()),
            last_fetch: tokio::sync::Mutex::new(None),
        }
    }

    pub fn has_keys(&self) -> bool {
        self.keys.read().map(|k| !k.0.is_empty()).unwrap_or(false)
    }

    pub async fn verify(&self, token: &str) -> Result<IdClaims, TokenError> {
        match self.verify_cached(token) {
            Err(TokenError::UnknownKey) => {
                self.refresh().await?;
                self.verify_cached(token)
            }
            other => other,
        }
    }

    fn verify_cached(&self, token: &str) -> Result<IdClaims, TokenError> {
        let keys = self
            .keys
            .read()
            .map_err(|_| TokenError::JwksUnavailable("key cache poisoned".into()))?;
        verify(token, &keys, &self.expected)
    }

    /// Fetches the key set unless it was fetched within the last 10 s (an unknown `kid` in a
    /// token must not let anyone make the portal hammer the JWKS endpoint).
    pub async fn refresh(&self) -> Result<(), TokenError> {
        let mut last_fetch = self.last_fetch.lock().await;
        if last_fetch.is_some_and(|at| at.elapsed() < REFETCH_INTERVAL) {
            return Ok(());
        }
        *last_fetch = Some(Instant::now());
        drop(last_fetch);
        self.fetch().await
    }

    /// Fetches the key set now (start-up and its retries).
    pub async fn fetch(&self) -> Result<(), TokenError> {
        let jwks: JwkSet = self
            .http
            .get(&self.jwks_url)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| TokenError::JwksUnavailable(e.into()))?
            .json()
            .await
            .map_err(|e| TokenError::JwksUnavailable(e.into()))?;
        let fresh = KeySet::from_jwks(&jwks);
        if fresh.0.is_empty() {
            return Err(TokenError::JwksUnavailable(
                "the key set has no RSA keys".into(),
            ));
        }
        tracing::info!(keys = fresh.0.len(), "fetched the pool's JWKS");
        if let Ok(mut keys) = self.keys.write() {
            *keys = fresh;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonwebtoken::{EncodingKey, Header};
    use serde_json::json;

    const ISSUER: &str = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Test";
    const CLIENT: &str = "client-id";

    fn keys() -> KeySet {
        let jwks: JwkSet = serde_json::from_str(include_str!("testdata/jwks.json")).unwrap();
        KeySet::from_jwks(&jwks)
    }

    fn now() -> u64 {
        jsonwebtoken::get_current_timestamp()
    }

    fn claims() -> serde_json::Value {
        json!({
            "sub": "5f1c", "iss": ISSUER, "aud": CLIENT, "token_use": "id",
            "exp": now() + 3600, "iat": now(), "cognito:username": "alice",
            "cognito:groups": ["client"], "email": "alice@example.com"
        })
    }

    fn sign_with(pem: &[u8], claims: &serde_json::Value) -> String {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some("test-key-1".into());
        jsonwebtoken::encode(&header, claims, &EncodingKey::from_rsa_pem(pem).unwrap()).unwrap()
    }

    fn sign(claims: &serde_json::Value) -> String {
        sign_with(include_bytes!("testdata/signing.pem"), claims)
    }

    fn check(token: &str) -> Result<IdClaims, TokenError> {
        verify(token, &keys(), &Expectations::new(ISSUER, CLIENT))
    }

    #[test]
    fn a_good_token_yields_its_claims() {
        let claims = check(&sign(&claims())).unwrap();
        assert_eq!(claims.username, "alice");
        assert_eq!(claims.groups, vec!["client"]);
    }

    #[test]
    fn a_token_signed_by_another_key_is_refused() {
        let token = sign_with(include_bytes!("testdata/other.pem"), &claims());
        assert!(matches!(check(&token), Err(TokenError::Invalid(_))));
    }

    #[test]
    fn wrong_issuer_audience_and_use_are_refused() {
        for (field, value) in [
            (
                "iss",
                json!("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other"),
            ),
            ("aud", json!("another-client")),
        ] {
            let mut c = claims();
            c[field] = value;
            assert!(
                matches!(check(&sign(&c)), Err(TokenError::Invalid(_))),
                "{field}"
            );
        }
        let mut c = claims();
        c["token_use"] = json!("access");
        assert!(matches!(check(&sign(&c)), Err(TokenError::NotAnIdToken)));
    }

    #[test]
    fn expiry_allows_five_seconds_of_leeway_and_no_more() {
        let mut c = claims();
        c["exp"] = json!(now() - 2);
        assert!(check(&sign(&c)).is_ok());
        c["exp"] = json!(now() - 30);
        assert!(matches!(check(&sign(&c)), Err(TokenError::Invalid(_))));
    }

    #[test]
    fn alg_none_and_hs256_are_refused() {
        use base64::Engine;
        let b64 = |v: serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
        };
        let unsigned = format!(
            "{}.{}.",
            b64(json!({"alg": "none", "kid": "test-key-1"})),
            b64(claims())
        );
        assert!(check(&unsigned).is_err());

        // The classic confusion attack: HS256 keyed with the public key's bytes.
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some("test-key-1".into());
        let n = keys_n();
        let hs = jsonwebtoken::encode(&header, &claims(), &EncodingKey::from_secret(n.as_bytes()))
            .unwrap();
        assert!(matches!(check(&hs), Err(TokenError::Malformed)));
    }

    fn keys_n() -> String {
        let jwks: serde_json::Value =
            serde_json::from_str(include_str!("testdata/jwks.json")).unwrap();
        jwks["keys"][0]["n"].as_str().unwrap().to_owned()
    }

    #[test]
    fn an_unknown_key_id_is_reported_as_such() {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some("rotated".into());
        let token = jsonwebtoken::encode(
            &header,
            &claims(),
            &EncodingKey::from_rsa_pem(include_bytes!("testdata/signing.pem")).unwrap(),
        )
        .unwrap();
        assert!(matches!(check(&token), Err(TokenError::UnknownKey)));
    }
}
