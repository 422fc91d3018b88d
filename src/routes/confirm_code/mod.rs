//! Setting a new password with the emailed code.
pub mod get;
mod page;
pub mod post;
