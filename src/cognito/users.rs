//! People: profiles, groups, invitations, sign-out.
use super::client::{Cognito, Invitation, attribute, person_call, person_from, person_of_user};
use super::error::CognitoError;
use crate::domain::{EmailAddress, Person, PersonName, Username};
use aws_sdk_cognitoidentityprovider::types::DeliveryMediumType;
use secrecy::{ExposeSecret, SecretString};

impl Cognito {
    /// A person's profile, read once at sign-in (never on a page view).
    #[tracing::instrument(skip_all, fields(operation = "AdminGetUser"))]
    pub async fn person(&self, username: &Username) -> Result<Person, CognitoError> {
        let out = person_call!(self, reads.admin_get_user, username)?;
        Ok(person_from(out.username(), out.user_attributes()))
    }

    /// Revokes every token Cognito issued to the person.
    #[tracing::instrument(skip_all, fields(operation = "AdminUserGlobalSignOut"))]
    pub async fn global_sign_out(&self, username: &Username) -> Result<(), CognitoError> {
        person_call!(self, writes.admin_user_global_sign_out, username)?;
        Ok(())
    }

    /// Everyone in a group, all pages, `pace` apart (so a large group's read stays within a
    /// steady number of calls a second).
    #[tracing::instrument(skip_all, fields(operation = "ListUsersInGroup"))]
    pub async fn group_members(
        &self,
        group: &str,
        pace: std::time::Duration,
    ) -> Result<Vec<Person>, CognitoError> {
        let mut people = Vec::new();
        let mut next_token = None;
        loop {
            let out = self
                .reads
                .list_users_in_group()
                .user_pool_id(&self.pool_id)
                .group_name(group)
                .limit(60)
                .set_next_token(next_token)
                .send()
                .await
                .map_err(CognitoError::from_sdk)?;
            people.extend(out.users().iter().map(person_of_user));
            next_token = out.next_token().map(str::to_owned);
            if next_token.is_none() {
                return Ok(people);
            }
            tokio::time::sleep(pace).await;
        }
    }

    /// Creates a person and puts them in a group. Cognito emails the temporary password; a given
    /// one is set instead (for local use). A person left out of the group is deleted again.
    #[tracing::instrument(skip_all, fields(operation = "AdminCreateUser"))]
    pub async fn invite(
        &self,
        invitation: &Invitation,
        temporary_password: Option<&SecretString>,
    ) -> Result<(), CognitoError> {
        let mut attributes = vec![
            attribute("email", invitation.email.as_str())?,
            attribute("email_verified", "true")?,
            attribute("given_name", invitation.given_name.as_str())?,
            attribute("family_name", invitation.family_name.as_str())?,
        ];
        if let Some(lang) = invitation.locale {
            attributes.push(attribute("locale", lang.tag())?);
        }
        let created = person_call!(
            self,
            writes.admin_create_user,
            invitation.username,
            set_user_attributes(Some(attributes)),
            desired_delivery_mediums(DeliveryMediumType::Email),
            set_temporary_password(temporary_password.map(|p| p.expose_secret().to_owned())),
        );
        if let Err(err) = created {
            // No clear answer: Cognito may have made the person and emailed them. Only a
            // person it made just now, still waiting for a first sign-in, means it did.
            if !err.is_outage() {
                return Err(err);
            }
            match self.user(&invitation.username).await {
                Ok(user) if user.is_fresh_invitation() => {}
                Err(CognitoError::UserNotFound) => return Err(err),
                Ok(_) | Err(_) => return Err(CognitoError::unconfirmed("AdminCreateUser", &err)),
            }
        }
        let added = person_call!(
            self,
            writes.admin_add_user_to_group,
            invitation.username,
            group_name(&invitation.group),
        );
        if let Err(err) = added {
            // Nothing is left half done: a person outside every group could sign in to nothing.
            let _ = person_call!(self, writes.admin_delete_user, invitation.username);
            return Err(err);
        }
        Ok(())
    }

    /// Keeps the person's language in Cognito's `locale`, so that it follows them to every
    /// device they sign in on.
    #[tracing::instrument(skip_all, fields(operation = "AdminUpdateUserAttributes"))]
    pub async fn set_locale(
        &self,
        username: &Username,
        lang: crate::i18n::Lang,
    ) -> Result<(), CognitoError> {
        self.update_attributes(username, &[("locale", lang.tag())])
            .await
    }

    /// Changes a person's given and family name.
    #[tracing::instrument(skip_all, fields(operation = "AdminUpdateUserAttributes"))]
    pub async fn update_names(
        &self,
        username: &Username,
        given_name: &PersonName,
        family_name: &PersonName,
    ) -> Result<(), CognitoError> {
        let names = [
            ("given_name", given_name.as_str()),
            ("family_name", family_name.as_str()),
        ];
        self.update_attributes(username, &names).await
    }

    /// An administrator's correction of a person's details. The administrator vouches for the
    /// address (`email_verified` true in the same call), so Cognito applies it at once and
    /// sends nothing.
    #[tracing::instrument(skip_all, fields(operation = "AdminUpdateUserAttributes"))]
    pub async fn update_details(
        &self,
        username: &Username,
        given_name: &PersonName,
        family_name: &PersonName,
        email: &EmailAddress,
    ) -> Result<(), CognitoError> {
        let details = [
            ("given_name", given_name.as_str()),
            ("family_name", family_name.as_str()),
            ("email", email.as_str()),
            ("email_verified", "true"),
        ];
        self.update_attributes(username, &details).await
    }

    async fn update_attributes(
        &self,
        username: &Username,
        attributes: &[(&str, &str)],
    ) -> Result<(), CognitoError> {
        let attributes = attributes
            .iter()
            .map(|(name, value)| attribute(name, value))
            .collect::<Result<Vec<_>, _>>()?;
        person_call!(
            self,
            writes.admin_update_user_attributes,
            username,
            set_user_attributes(Some(attributes)),
        )?;
        Ok(())
    }
}
