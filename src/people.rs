//! What administrators do to people, each step audited, nothing left half done.
use crate::audit;
use crate::auth::{end_every_session, end_portal_sessions, revoke_tokens};
use crate::cognito::{CognitoError, Invitation};
use crate::domain::{
    AccountStatus, EmailAddress, Person, PersonName, Role, SessionUser, Username,
    temporary_password,
};
use crate::error::AppError;
use crate::state::AppState;

/// Why an action was not carried out.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error("that username is taken")]
    UsernameTaken,
    #[error("another account uses that address")]
    EmailInUse,
    #[error("administrators cannot do that to themselves")]
    NotOnYourself,
    #[error("the invitation can only be sent again to people who never signed in")]
    NotInvited,
    #[error("the confirmation does not match")]
    ConfirmationMismatch,
    #[error("no such person")]
    NotFound,
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<CognitoError> for ActionError {
    fn from(err: CognitoError) -> Self {
        match err {
            CognitoError::UsernameExists => Self::UsernameTaken,
            CognitoError::AliasExists => Self::EmailInUse,
            CognitoError::UserNotFound => Self::NotFound,
            other => Self::App(other.into()),
        }
    }
}

/// Who acts, and from where: every audit event names both.
pub struct Actor<'a> {
    pub user: &'a SessionUser,
    pub client: std::net::IpAddr,
}

/// What an audit event says of a success: "ok", and for an edit which fields changed (by name
/// only: no old or new value, so no address reaches the log).
trait AuditOutcome {
    fn audit_text(&self) -> String {
        "ok".to_owned()
    }
}

impl AuditOutcome for () {}

/// The fields an edit changed, by name, and whether the person has yet to sign in (then their
/// invitation can be sent again, to a new address).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ChangedFields {
    pub fields: Vec<&'static str>,
    pub invited: bool,
}

impl ChangedFields {
    pub fn email_changed(&self) -> bool {
        self.fields.contains(&"email")
    }
}

impl AuditOutcome for ChangedFields {
    fn audit_text(&self) -> String {
        if self.fields.is_empty() {
            "ok: nothing changed".to_owned()
        } else {
            format!("ok: changed {}", self.fields.join(", "))
        }
    }
}

/// Runs one action and writes its audit event, whatever the outcome.
async fn audited<T: AuditOutcome>(
    admin: &Actor<'_>,
    action: &'static str,
    target: &str,
    work: impl Future<Output = Result<T, ActionError>>,
) -> Result<T, ActionError> {
    let result = work.await;
    let outcome = match &result {
        Ok(done) => done.audit_text(),
        Err(err) => format!("refused: {err}"),
    };
    audit::record(&admin.user.username, admin.client, action, target, &outcome);
    result
}

fn not_yourself(admin: &Actor<'_>, target: &Username) -> Result<(), ActionError> {
    if &admin.user.username == target {
        Err(ActionError::NotOnYourself)
    } else {
        Ok(())
    }
}

pub async fn invite(
    state: &AppState,
    admin: &Actor<'_>,
    invitation: &Invitation,
) -> Result<(), ActionError> {
    audited(admin, "invite", invitation.username.as_str(), async {
        let password = temporary_password(&state.password_policy());
        state.cognito.invite(invitation, Some(&password)).await?;
        if let Some(role) = Role::from_group(&invitation.group, &state.admin_group) {
            state.directory(role).note_joined(Person {
                username: invitation.username.as_str().to_owned(),
                email: invitation.email.as_str().to_owned(),
                given_name: invitation.given_name.as_str().to_owned(),
                family_name: invitation.family_name.as_str().to_owned(),
            });
        }
        Ok(())
    })
    .await
}

/// An administrator's correction of a person's names and address. The administrator vouches
/// for the address, so Cognito applies it at once and sends nothing (see `Cognito::update_details`).
pub async fn update_details(
    state: &AppState,
    admin: &Actor<'_>,
    target: &Username,
    (given_name, family_name, email): (&PersonName, &PersonName, &EmailAddress),
) -> Result<ChangedFields, ActionError> {
    audited(admin, "update-details", target.as_str(), async {
        let before = state.cognito.user(target).await?;
        let fields: Vec<&'static str> = [
            ("given_name", before.given_name == given_name.as_str()),
            ("family_name", before.family_name == family_name.as_str()),
            ("email", before.email == email.as_str()),
        ]
        .into_iter()
        .filter(|(_, same)| !same)
        .map(|(field, _)| field)
        .collect();
        if !fields.is_empty() {
            state
                .cognito
                .update_details(target, given_name, family_name, email)
                .await?;
            let updated = Person {
                username: target.as_str().to_owned(),
                email: email.as_str().to_owned(),
                given_name: given_name.as_str().to_owned(),
                family_name: family_name.as_str().to_owned(),
            };
            for role in Role::ALL {
                let directory = state.directory(role);
                if directory
                    .current()
                    .is_some_and(|list| list.contains(target.as_str()))
                {
                    directory.note_joined(updated.clone());
                }
            }
        }
        let status = account_status(state, &before.status, before.enabled, before.created);
        Ok(ChangedFields {
            fields,
            invited: status.can_resend(),
        })
    })
    .await
}

pub async fn resend_invitation(
    state: &AppState,
    admin: &Actor<'_>,
    target: &Username,
) -> Result<(), ActionError> {
    audited(admin, "resend-invitation", target.as_str(), async {
        let person = state.cognito.user(target).await?;
        let status = account_status(state, &person.status, person.enabled, person.created);
        if !status.can_resend() {
            return Err(ActionError::NotInvited);
        }
        Ok(state.cognito.resend_invitation(target).await?)
    })
    .await
}

pub async fn disable(
    state: &AppState,
    admin: &Actor<'_>,
    target: &Username,
) -> Result<(), ActionError> {
    audited(admin, "disable", target.as_str(), async {
        not_yourself(admin, target)?;
        state.cognito.disable(target).await?;
        end_every_session(state, target).await?;
        Ok(())
    })
    .await
}

pub async fn enable(
    state: &AppState,
    admin: &Actor<'_>,
    target: &Username,
) -> Result<(), ActionError> {
    audited(admin, "enable", target.as_str(), async {
        Ok(state.cognito.enable(target).await?)
    })
    .await
}

/// Moves a person to one portal group. The new group is added first and the others removed
/// after; a failure part way puts back what had changed.
pub async fn move_to_group(
    state: &AppState,
    admin: &Actor<'_>,
    target: &Username,
    role: Role,
) -> Result<(), ActionError> {
    audited(admin, "change-group", target.as_str(), async {
        let new_group = role.group(&state.admin_group);
        let portal_groups: Vec<&str> = Role::ALL
            .iter()
            .map(|r| r.group(&state.admin_group))
            .collect();
        let current = state.cognito.groups_of(target).await?;
        state.cognito.add_to_group(target, new_group).await?;
        let mut removed: Vec<&str> = Vec::new();
        for group in current
            .iter()
            .filter(|g| portal_groups.contains(&g.as_str()) && *g != new_group)
        {
            if let Err(err) = state.cognito.remove_from_group(target, group).await {
                for group in removed.iter().copied() {
                    let _ = state.cognito.add_to_group(target, group).await;
                }
                if !current.iter().any(|g| g == new_group) {
                    let _ = state.cognito.remove_from_group(target, new_group).await;
                }
                return Err(err.into());
            }
            removed.push(group.as_str());
        }
        // The cached lists show it at once (here; other instances at their next read).
        if let Ok(person) = state.cognito.person(target).await {
            for other in Role::ALL.into_iter().filter(|r| *r != role) {
                state.directory(other).note_left(target.as_str());
            }
            state.directory(role).note_joined(person);
        }
        // The new role applies from the next sign-in.
        end_every_session(state, target).await?;
        Ok(())
    })
    .await
}

pub async fn sign_out(
    state: &AppState,
    admin: &Actor<'_>,
    target: &Username,
) -> Result<(), ActionError> {
    audited(admin, "sign-out", target.as_str(), async {
        end_every_session(state, target).await?;
        Ok(())
    })
    .await
}

pub async fn delete(
    state: &AppState,
    admin: &Actor<'_>,
    target: &Username,
    confirmation: &str,
) -> Result<(), ActionError> {
    audited(admin, "delete", target.as_str(), async {
        not_yourself(admin, target)?;
        if confirmation.trim().to_lowercase() != target.as_str() {
            return Err(ActionError::ConfirmationMismatch);
        }
        // Cognito's tokens first: once the person is deleted there is no one to sign out.
        revoke_tokens(state, target).await;
        state.cognito.delete(target).await?;
        for role in Role::ALL {
            state.directory(role).note_left(target.as_str());
        }
        end_portal_sessions(state, target).await?;
        Ok(())
    })
    .await
}

pub fn account_status(
    state: &AppState,
    cognito_status: &str,
    enabled: bool,
    created: i64,
) -> AccountStatus {
    let now = i64::try_from(crate::domain::now_millis() / 1000).unwrap_or(i64::MAX);
    let validity = state.password_policy().temporary_password_validity_days;
    AccountStatus::of(cognito_status, enabled, created, now, validity)
}
