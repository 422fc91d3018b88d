//! A person's own account: names, password, and ending every session.
pub mod get;
mod page;
pub mod password;
pub mod profile;
pub mod sign_out_everywhere;
