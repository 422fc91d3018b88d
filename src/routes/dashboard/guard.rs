use crate::auth::CurrentUser;
use crate::domain::now_millis;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::views::Dashboard;

/// The signed-in person, if they belong to `group`; a 403 page otherwise.
pub(super) fn require_group(current: &CurrentUser, group: &str) -> AppResult<()> {
    if current.user.in_group(group) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The signed-in person's dashboard, showing `role` as their group.
pub(super) fn dashboard_of(current: &CurrentUser, role: Msg) -> Dashboard<'_> {
    Dashboard {
        user: &current.user,
        csrf_token: current.csrf_token.as_str(),
        role,
        now_ms: now_millis(),
    }
}
