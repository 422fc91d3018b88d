//! What administrators do to people: list, look up, enable, disable, regroup, delete.
use super::client::{Cognito, attribute_value, person_call};
use super::error::CognitoError;
use crate::domain::Username;
use aws_sdk_cognitoidentityprovider::types::UserType;

/// A person as the administration pages show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecord {
    pub username: String,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub enabled: bool,
    /// Cognito's status: CONFIRMED, FORCE_CHANGE_PASSWORD, RESET_REQUIRED, ...
    pub status: String,
    /// Seconds since the epoch.
    pub created: i64,
}

/// How recent a person's creation must be for a create that got no answer to be taken as
/// the one that made them.
const JUST_CREATED_SECS: i64 = 5 * 60;

impl UserRecord {
    /// Made in the last few minutes and not yet signed in: what an invitation just sent
    /// leaves, and nothing older does.
    pub fn is_fresh_invitation(&self) -> bool {
        let now = i64::try_from(crate::domain::now_millis() / 1000).unwrap_or(i64::MAX);
        self.status == "FORCE_CHANGE_PASSWORD" && now - self.created <= JUST_CREATED_SECS
    }
}

/// One page of people and the token for the next.
pub struct UserPage {
    pub users: Vec<UserRecord>,
    pub next: Option<String>,
}

fn record(user: &UserType) -> UserRecord {
    let attributes = user.attributes();
    UserRecord {
        username: user.username().unwrap_or_default().to_owned(),
        email: attribute_value(attributes, "email"),
        given_name: attribute_value(attributes, "given_name"),
        family_name: attribute_value(attributes, "family_name"),
        enabled: user.enabled(),
        status: user
            .user_status()
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default(),
        created: user
            .user_create_date()
            .map(|d| d.secs())
            .unwrap_or_default(),
    }
}

/// A ListUsers filter for a prefix, with Cognito's quoting (backslash before `"` and `\`).
fn prefix_filter(attribute: &str, prefix: &str) -> String {
    let escaped = prefix.replace('\\', "\\\\").replace('"', "\\\"");
    format!("{attribute} ^= \"{escaped}\"")
}

impl Cognito {
    /// A page of the pool's people, optionally filtered.
    #[tracing::instrument(skip_all, fields(operation = "ListUsers"))]
    pub async fn list_users(
        &self,
        filter: Option<String>,
        token: Option<String>,
        limit: i32,
    ) -> Result<UserPage, CognitoError> {
        let out = self
            .reads
            .list_users()
            .user_pool_id(&self.pool_id)
            .set_filter(filter)
            .set_pagination_token(token)
            .limit(limit)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(UserPage {
            users: out.users().iter().map(record).collect(),
            next: out.pagination_token().map(str::to_owned),
        })
    }

    /// People whose username, email, given or family name starts with `prefix`: one ListUsers
    /// call per attribute (a filter names one attribute), merged.
    pub async fn search_users(
        &self,
        prefix: &str,
        limit: i32,
    ) -> Result<Vec<UserRecord>, CognitoError> {
        let mut found: Vec<UserRecord> = Vec::new();
        for attribute in ["username", "email", "given_name", "family_name"] {
            let page = self
                .list_users(Some(prefix_filter(attribute, prefix)), None, limit)
                .await?;
            for user in page.users {
                if !found.iter().any(|u| u.username == user.username) {
                    found.push(user);
                }
            }
        }
        found.sort_by(|a, b| a.username.cmp(&b.username));
        Ok(found)
    }

    #[tracing::instrument(skip_all, fields(operation = "ListUsersInGroup"))]
    pub async fn list_group(
        &self,
        group: &str,
        token: Option<String>,
        limit: i32,
    ) -> Result<UserPage, CognitoError> {
        let out = self
            .reads
            .list_users_in_group()
            .user_pool_id(&self.pool_id)
            .group_name(group)
            .set_next_token(token)
            .limit(limit)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(UserPage {
            users: out.users().iter().map(record).collect(),
            next: out.next_token().map(str::to_owned),
        })
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminGetUser"))]
    pub async fn user(&self, username: &Username) -> Result<UserRecord, CognitoError> {
        let out = person_call!(self, reads.admin_get_user, username)?;
        let attributes = out.user_attributes();
        Ok(UserRecord {
            username: out.username().to_owned(),
            email: attribute_value(attributes, "email"),
            given_name: attribute_value(attributes, "given_name"),
            family_name: attribute_value(attributes, "family_name"),
            enabled: out.enabled(),
            status: out
                .user_status()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            created: out.user_create_date().map(|d| d.secs()).unwrap_or_default(),
        })
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminListGroupsForUser"))]
    pub async fn groups_of(&self, username: &Username) -> Result<Vec<String>, CognitoError> {
        let out = person_call!(self, reads.admin_list_groups_for_user, username, limit(60))?;
        Ok(out
            .groups()
            .iter()
            .filter_map(|g| g.group_name().map(str::to_owned))
            .collect())
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminDisableUser"))]
    pub async fn disable(&self, username: &Username) -> Result<(), CognitoError> {
        person_call!(self, writes.admin_disable_user, username)?;
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminEnableUser"))]
    pub async fn enable(&self, username: &Username) -> Result<(), CognitoError> {
        person_call!(self, writes.admin_enable_user, username)?;
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminDeleteUser"))]
    pub async fn delete(&self, username: &Username) -> Result<(), CognitoError> {
        let Err(err) = person_call!(self, writes.admin_delete_user, username) else {
            return Ok(());
        };
        if !err.is_outage() {
            return Err(err);
        }
        // No clear answer: whether the person is still there says what the call did.
        match self.user(username).await {
            Err(CognitoError::UserNotFound) => Ok(()),
            Ok(_) => Err(err),
            Err(_) => Err(CognitoError::unconfirmed("AdminDeleteUser", &err)),
        }
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminAddUserToGroup"))]
    pub async fn add_to_group(&self, username: &Username, group: &str) -> Result<(), CognitoError> {
        person_call!(
            self,
            writes.admin_add_user_to_group,
            username,
            group_name(group)
        )?;
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminRemoveUserFromGroup"))]
    pub async fn remove_from_group(
        &self,
        username: &Username,
        group: &str,
    ) -> Result<(), CognitoError> {
        person_call!(
            self,
            writes.admin_remove_user_from_group,
            username,
            group_name(group)
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invited(status: &str, secs_ago: i64) -> UserRecord {
        let now = i64::try_from(crate::domain::now_millis() / 1000).expect("a time");
        UserRecord {
            username: "ann".into(),
            email: String::new(),
            given_name: String::new(),
            family_name: String::new(),
            enabled: true,
            status: status.into(),
            created: now - secs_ago,
        }
    }

    #[test]
    fn only_a_person_made_just_now_and_never_signed_in_is_a_fresh_invitation() {
        assert!(invited("FORCE_CHANGE_PASSWORD", 3).is_fresh_invitation());
        assert!(!invited("FORCE_CHANGE_PASSWORD", 3600).is_fresh_invitation());
        assert!(!invited("CONFIRMED", 3).is_fresh_invitation());
    }

    #[test]
    fn filters_quote_what_the_admin_typed() {
        assert_eq!(prefix_filter("email", "ann"), "email ^= \"ann\"");
        assert_eq!(
            prefix_filter("username", "a\"b\\c"),
            "username ^= \"a\\\"b\\\\c\""
        );
    }
}
