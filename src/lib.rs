//! The portal, in layers (lowest first). A module imports only from layers below its own;
//! `scripts/check_layers.py` (run by `scripts/test`) keeps it so.

// 1. What everything speaks: parsed input, identities, the clock; the audit trail.
pub mod audit;
pub mod domain;
pub mod i18n;

// 2. Settings.
pub mod config;

// 3. Adapters to the outside, each with its own error type.
pub mod client_address;
pub mod cognito;
pub mod limits;
pub mod redis_pool;
pub mod telemetry;

// 4. Page templates: a leaf that sees only the domain.
pub mod views;

// 5. The one error type, and every conversion into it.
pub mod error;

// 6. Request plumbing: security headers, sessions (CSRF, revocations, the middleware).
pub mod security;
pub mod session;

// 7. What handlers may reach, built once from the settings.
pub mod state;

// 8. Services: signing in and out, resets, what administrators do.
pub mod auth;
pub mod bulk_invite;
pub mod people;

// 9. Handlers.
pub mod routes;

// 10. Wiring and the command line.
pub mod cli;
pub mod startup;
