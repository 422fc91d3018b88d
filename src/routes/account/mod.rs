//! A person's own account: names, email address, password, and ending every session.
pub mod email;
pub mod get;
mod page;
pub mod password;
pub mod profile;
pub mod sign_out_everywhere;
