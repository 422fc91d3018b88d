//! `provision`: a new pool as the setup guide describes, its ids written into the env file;
//! `provision --update`: the env file's pool brought to the guide.
use super::env_file::update_env_file;
use super::failure::{Failure, in_words};
use crate::cognito::{Cognito, provision as provision_with};
use crate::config::cognito::{COGNITO_CLIENT, COGNITO_CLIENT_SECRET, COGNITO_POOL_ID};
use crate::config::look::PORTAL_NAME;
use crate::config::{
    ConfigError, MessageSettings, NewPoolSettings, Settings, Vars, read_env_file_if_any,
};
use crate::domain::MessageTemplates;
use secrecy::ExposeSecret;
use std::path::Path;

/// `--portal-name` and `--public-url`: what the messages say instead of the settings.
pub struct MessageOverrides {
    pub portal_name: Option<String>,
    pub public_url: Option<String>,
}

/// The organisation's messages: the settings' name and public URL (as `serve` reads them)
/// unless the flags say otherwise.
pub fn message_templates(
    settings: MessageSettings,
    overrides: MessageOverrides,
) -> Result<MessageTemplates, Failure> {
    let portal_name = overrides.portal_name.unwrap_or(settings.portal_name);
    let public_url = overrides
        .public_url
        .or(settings.public_url.map(|u| u.to_string()));
    MessageTemplates::for_portal(&portal_name, public_url.as_deref()).map_err(|e| {
        Failure::Config(ConfigError::new(
            PORTAL_NAME,
            format!("the messages would break Cognito's limits: {e}"),
        ))
    })
}

pub async fn provision(
    pool_name: &str,
    env_file: &Path,
    overrides: MessageOverrides,
) -> Result<(), Failure> {
    read_env_file_if_any(env_file);
    let vars = Vars::process_env();
    let new_pool = NewPoolSettings::from_lookup(&vars)?;
    let templates = message_templates(MessageSettings::from_lookup(&vars)?, overrides)?;
    let provisioned = provision_with(
        &new_pool.region,
        new_pool.endpoint_url.as_deref(),
        pool_name,
        &new_pool.admin_group,
        &templates,
    )
    .await
    .map_err(|e| Failure::Run(format!("provisioning failed: {}", in_words(&e))))?;
    if let Some(reason) = &provisioned.messages_refused {
        println!(
            "Cognito refused the custom invitation and code emails ({reason}); the pool keeps Cognito's own, and `doctor` will report it."
        );
    }
    let pool = provisioned.credentials;

    let existing = std::fs::read_to_string(env_file).unwrap_or_default();
    let updated = update_env_file(
        &existing,
        &[
            (COGNITO_POOL_ID, pool.pool_id.as_str()),
            (COGNITO_CLIENT, pool.client_id.as_str()),
            (COGNITO_CLIENT_SECRET, pool.client_secret.expose_secret()),
        ],
    );
    std::fs::write(env_file, updated)
        .map_err(|e| Failure::Run(format!("cannot write {}: {e}", env_file.display())))?;
    println!(
        "Created user pool {} with client {}; wrote {}",
        pool.pool_id,
        pool.client_id,
        env_file.display()
    );
    Ok(())
}

/// `provision --update`: the pool in the env file, brought to the guide.
pub async fn update_pool(
    env_file: &Path,
    overrides: MessageOverrides,
    dry_run: bool,
) -> Result<(), Failure> {
    read_env_file_if_any(env_file);
    let settings = Settings::from_env()?;
    let templates = message_templates(settings.messages(), overrides)?;
    let admin_group = &settings.cognito.admin_group;
    let cognito = Cognito::connect(&settings.cognito).await;
    // The changes are printed before they are made: a dry run first, then the update.
    let planned = cognito
        .update_to_guide(admin_group, &templates, true)
        .await
        .map_err(|e| Failure::Run(format!("cannot read the pool: {}", in_words(&e))))?;
    for change in &planned.changes {
        println!(
            "{} {change}",
            if dry_run { "would change" } else { "changing" }
        );
    }
    for fixed in &planned.fixed {
        println!(
            "cannot change on an existing pool: {}: {} (the guide: {}); make a new pool for it",
            fixed.item, fixed.has, fixed.wants
        );
    }
    if planned.changes.is_empty() {
        println!("Nothing to change: the pool's settings are the guide's.");
    } else if !dry_run {
        cognito
            .update_to_guide(admin_group, &templates, false)
            .await
            .map_err(|e| Failure::Run(format!("the update failed: {}", in_words(&e))))?;
        println!("Updated {} item(s).", planned.changes.len());
    }
    Ok(())
}
