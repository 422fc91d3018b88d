//! What the admin pages share: the people table's rows, group menus, dates.
use crate::cognito::UserRecord;
use crate::domain::{Role, path_segment};
use crate::error::AppResult;
use crate::people::account_status;
use crate::state::AppState;
use crate::views::{GroupOption, PersonRow};
use std::collections::HashMap;

/// The group menu, with `selected` chosen.
pub(super) fn group_options(admin_group: &str, selected: Option<Role>) -> Vec<GroupOption> {
    Role::ALL
        .into_iter()
        .map(|role| GroupOption {
            value: role.group(admin_group).to_owned(),
            label: role.label(),
            selected: Some(role) == selected,
        })
        .collect()
}

/// `2026-11-26` from seconds since the epoch.
pub(super) fn date(secs: i64) -> String {
    aws_smithy_types::DateTime::from_secs(secs)
        .fmt(aws_smithy_types::date_time::Format::DateTime)
        .map(|s| s.chars().take(10).collect())
        .unwrap_or_default()
}

/// Usernames -> their portal groups' labels, read once per page.
pub(super) async fn memberships(state: &AppState) -> AppResult<HashMap<String, Vec<&'static str>>> {
    let group = |role: Role| async move {
        state
            .cognito
            .group_usernames(role.group(&state.admin_group))
            .await
            .map(|names| (role, names))
    };
    let all = tokio::try_join!(
        group(Role::Professional),
        group(Role::Client),
        group(Role::Admin)
    )?;
    let mut map: HashMap<String, Vec<&'static str>> = HashMap::new();
    for (role, names) in [all.0, all.1, all.2] {
        for name in names {
            map.entry(name).or_default().push(role.label());
        }
    }
    Ok(map)
}

pub(super) fn person_row(state: &AppState, record: &UserRecord, groups: &[&str]) -> PersonRow {
    PersonRow {
        username: record.username.clone(),
        path: path_segment(&record.username),
        full_name: format!("{} {}", record.given_name, record.family_name)
            .trim()
            .to_owned(),
        email: record.email.clone(),
        groups: if groups.is_empty() {
            "None".to_owned()
        } else {
            groups.join(", ")
        },
        status: account_status(state, &record.status, record.enabled, record.created).label(),
        created: date(record.created),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_shown_as_iso_days() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_795_667_316), "2026-11-26");
    }
}
