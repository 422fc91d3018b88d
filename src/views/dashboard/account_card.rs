//! The account card every dashboard and the account page show: who is signed in, their group,
//! and when the session ends.
use super::skeleton::Shown;
use crate::domain::SessionUser;
use crate::i18n::Msg;
use crate::views::layout::Address;
use std::borrow::Cow;

/// A person's own account, as the dashboards show it.
pub struct AccountSummary<'a> {
    pub username: &'a str,
    pub email: &'a str,
    pub full_name: Cow<'a, str>,
    pub role: Shown,
    pub session_ends: Shown,
}

impl<'a> AccountSummary<'a> {
    pub fn email_html(&self) -> Address<'a> {
        Address(self.email)
    }

    /// Borrowed from the session's user: a page view copies none of it.
    pub fn of(user: &'a SessionUser, role: Msg, now_ms: u64) -> Self {
        Self {
            username: user.username.as_str(),
            email: &user.email,
            full_name: Cow::Owned(user.full_name()),
            role: Shown::Msg(role),
            session_ends: Shown::Msg(session_end_text(user.expires_at, now_ms)),
        }
    }
}

/// "at 14:05 UTC (in 59 minutes)": a 24-hour time every language reads the same way.
pub(super) fn session_end_text(expires_at_ms: u64, now_ms: u64) -> Msg {
    let secs = expires_at_ms / 1000;
    let (hours, minutes) = ((secs / 3600) % 24, (secs / 60) % 60);
    let left = expires_at_ms.saturating_sub(now_ms) / 60_000;
    // "14:05", without a formatter: every dashboard view writes it.
    let digit = |n: u64| char::from(b'0' + (n % 10) as u8);
    let time: String = [
        digit(hours / 10),
        digit(hours),
        ':',
        digit(minutes / 10),
        digit(minutes),
    ]
    .into_iter()
    .collect();
    Msg::new("session-ends-at")
        .with("time", time)
        .with("minutes", left)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_end_is_shown_as_utc_time_and_minutes_left() {
        // 1970-01-01 14:05 UTC, 59 minutes after "now".
        let expires = (14 * 3600 + 5 * 60) * 1000;
        let en = crate::i18n::Lang::EN;
        assert_eq!(
            session_end_text(expires, expires - 59 * 60_000).text_in(en),
            "at 14:05 UTC (in 59 minutes)"
        );
        assert_eq!(
            session_end_text(expires, expires - 60_000).text_in(en),
            "at 14:05 UTC (in 1 minute)"
        );
    }
}
