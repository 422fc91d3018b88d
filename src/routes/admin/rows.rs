//! What the admin pages share: the people table's rows, group menus, dates.
use crate::cognito::UserRecord;
use crate::domain::{Role, Username, path_segment};
use crate::error::AppResult;
use crate::i18n::Msg;
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

/// Username -> their portal groups, for the people on one page. From the cached group
/// lists (no Cognito call, whatever the pool's size); while a list is still being read, each
/// person's groups are asked for instead (one call per person on the page, at most a page).
pub(super) async fn memberships(
    state: &AppState,
    records: &[UserRecord],
) -> AppResult<HashMap<String, Vec<Role>>> {
    let lists: Vec<(Role, Option<_>)> = Role::ALL
        .into_iter()
        .map(|role| (role, state.directory(role).current()))
        .collect();
    let mut map: HashMap<String, Vec<Role>> = HashMap::new();
    if lists.iter().all(|(_, list)| list.is_some()) {
        for record in records {
            let labels = lists
                .iter()
                .filter(|(_, list)| list.as_ref().is_some_and(|l| l.contains(&record.username)))
                .map(|(role, _)| *role)
                .collect();
            map.insert(record.username.clone(), labels);
        }
        return Ok(map);
    }
    let asked = records.iter().map(|record| async move {
        let username = Username::parse(&record.username).ok()?;
        let groups = state.cognito.groups_of(&username).await.ok()?;
        let labels: Vec<Role> = groups
            .iter()
            .filter_map(|g| Role::from_group(g, &state.admin_group))
            .collect();
        Some((record.username.clone(), labels))
    });
    map.extend(
        futures_util::future::join_all(asked)
            .await
            .into_iter()
            .flatten(),
    );
    Ok(map)
}

pub(super) fn person_row(state: &AppState, record: &UserRecord, groups: &[Role]) -> PersonRow {
    PersonRow {
        username: record.username.clone(),
        path: path_segment(&record.username),
        full_name: format!("{} {}", record.given_name, record.family_name)
            .trim()
            .to_owned(),
        email: record.email.clone(),
        // Written once here, in the request's language: the row keeps plain text.
        groups: if groups.is_empty() {
            Msg::new("groups-none").to_string()
        } else {
            groups
                .iter()
                .map(|role| role.label().to_string())
                .collect::<Vec<_>>()
                .join(", ")
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
