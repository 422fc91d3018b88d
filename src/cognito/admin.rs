//! What administrators do to people: list, look up, enable, disable, regroup, delete.
use super::client::{Cognito, attribute_value};
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
            .client
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
            .client
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

    /// The usernames in a group, all pages.
    pub async fn group_usernames(&self, group: &str) -> Result<Vec<String>, CognitoError> {
        let mut names = Vec::new();
        let mut token = None;
        loop {
            let page = self.list_group(group, token, 60).await?;
            names.extend(page.users.into_iter().map(|u| u.username));
            token = page.next;
            if token.is_none() {
                return Ok(names);
            }
        }
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminGetUser"))]
    pub async fn user(&self, username: &Username) -> Result<UserRecord, CognitoError> {
        let out = self
            .client
            .admin_get_user()
            .user_pool_id(&self.pool_id)
            .username(username.as_str())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
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
        let out = self
            .client
            .admin_list_groups_for_user()
            .user_pool_id(&self.pool_id)
            .username(username.as_str())
            .limit(60)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(out
            .groups()
            .iter()
            .filter_map(|g| g.group_name().map(str::to_owned))
            .collect())
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminDisableUser"))]
    pub async fn disable(&self, username: &Username) -> Result<(), CognitoError> {
        self.client
            .admin_disable_user()
            .user_pool_id(&self.pool_id)
            .username(username.as_str())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminEnableUser"))]
    pub async fn enable(&self, username: &Username) -> Result<(), CognitoError> {
        self.client
            .admin_enable_user()
            .user_pool_id(&self.pool_id)
            .username(username.as_str())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminDeleteUser"))]
    pub async fn delete(&self, username: &Username) -> Result<(), CognitoError> {
        self.client
            .admin_delete_user()
            .user_pool_id(&self.pool_id)
            .username(username.as_str())
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminAddUserToGroup"))]
    pub async fn add_to_group(&self, username: &Username, group: &str) -> Result<(), CognitoError> {
        self.client
            .admin_add_user_to_group()
            .user_pool_id(&self.pool_id)
            .username(username.as_str())
            .group_name(group)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(operation = "AdminRemoveUserFromGroup"))]
    pub async fn remove_from_group(
        &self,
        username: &Username,
        group: &str,
    ) -> Result<(), CognitoError> {
        self.client
            .admin_remove_user_from_group()
            .user_pool_id(&self.pool_id)
            .username(username.as_str())
            .group_name(group)
            .send()
            .await
            .map_err(CognitoError::from_sdk)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_quote_what_the_admin_typed() {
        assert_eq!(prefix_filter("email", "ann"), "email ^= \"ann\"");
        assert_eq!(
            prefix_filter("username", "a\"b\\c"),
            "username ^= \"a\\\"b\\\\c\""
        );
    }
}
