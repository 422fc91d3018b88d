//! An invited person's first sign-in: choose a password (and any missing names).
pub mod get;
mod page;
pub mod post;
