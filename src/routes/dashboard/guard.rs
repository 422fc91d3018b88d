use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};

/// The signed-in person, if they belong to `group`; a 403 page otherwise.
pub(super) fn require_group(current: &CurrentUser, group: &str) -> AppResult<()> {
    if current.user.in_group(group) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
