//! The portal, driven over HTTP against a local Cognito. One binary: moto starts once.
mod abuse;
mod account;
mod admin;
mod bulk_invite;
mod cognito_outage;
mod configuration;
mod dashboards;
mod first_sign_in;
mod helpers;
mod hostile_input;
mod logs;
mod operations;
mod pages;
mod password_reset;
mod properties;
mod sessions;
mod sign_in;
