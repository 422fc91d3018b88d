//! Asking for a reset code.
pub mod get;
pub mod post;
