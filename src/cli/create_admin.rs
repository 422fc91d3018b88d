//! `create-admin`: a person invited into the admin group.
use super::failure::{Failure, in_words};
use crate::cognito::{Cognito, Invitation};
use crate::config::{ConfigError, Settings};
use crate::domain::{EmailAddress, ParseError, PersonName, Username};
use secrecy::SecretString;

pub async fn create_admin(
    username: &str,
    email: &str,
    given_name: &str,
    family_name: &str,
    temporary_password: Option<String>,
) -> Result<(), Failure> {
    let settings = Settings::load()?;
    let bad_arg = |flag: &'static str| {
        move |e: ParseError| Failure::Config(ConfigError::new(flag, e.to_string()))
    };
    let admin_group = &settings.cognito.admin_group;
    let invitation = Invitation {
        locale: None,
        username: Username::parse(username).map_err(bad_arg("--username"))?,
        email: EmailAddress::parse(email).map_err(bad_arg("--email"))?,
        given_name: PersonName::parse(given_name).map_err(bad_arg("--given-name"))?,
        family_name: PersonName::parse(family_name).map_err(bad_arg("--family-name"))?,
        group: admin_group.clone(),
    };
    let cognito = Cognito::connect(&settings.cognito).await;
    let password = temporary_password.map(SecretString::from);
    cognito
        .invite(&invitation, password.as_ref())
        .await
        .map_err(|e| Failure::Run(format!("could not create the admin: {}", in_words(&e))))?;
    println!(
        "Invited {} into the {} group",
        invitation.username, admin_group
    );
    Ok(())
}
