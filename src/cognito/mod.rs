//! The one module that talks to Cognito. It speaks the portal's language: domain types in,
//! portal types and [`CognitoError`] out; SDK types never leave it. The pool's keys (the JWKS
//! cache and the ID-token verifier) live here too.
mod admin;
mod auth_flows;
mod breaker;
mod client;
mod directory;
mod email;
mod error;
mod guide;
#[cfg(test)]
mod iam_policy_tests;
mod id_token;
mod provision;
mod secret_hash;
mod users;

pub use admin::{UserPage, UserRecord};
pub use breaker::{CircuitBreaker, CircuitOpen};
pub use client::{Cognito, Invitation, SignInOutcome};
pub use directory::{GroupDirectory, ListReads, Members};
pub use error::{Cause, CognitoError};
pub use guide::Finding;
pub use id_token::{IdClaims, IdTokenVerifier, TokenError};
pub use provision::{PoolCredentials, Provisioned, Update, provision, provision_pool};
pub use secret_hash::secret_hash;
