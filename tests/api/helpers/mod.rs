//! Starts the local Cognito once per test binary and the portal once per test, and drives the
//! portal as a browser would: cookies kept, redirects not followed, CSRF tokens read off pages.
mod app;
mod browser;
mod cognito;
mod faults;
mod fixtures;
mod logs;
mod redis;

pub use app::*;
pub use browser::*;
pub use cognito::*;
pub use faults::*;
pub use fixtures::*;
pub use logs::*;
pub use redis::*;
