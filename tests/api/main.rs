//! The portal, driven over HTTP against a local Cognito. One binary: moto starts once.
mod cognito_outage;
mod configuration;
mod dashboards;
mod helpers;
mod hostile_input;
mod pages;
mod sessions;
mod sign_in;
