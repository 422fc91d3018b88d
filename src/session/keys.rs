//! The session's keys: nothing outside `session` names them.
pub const USER: &str = "user";
pub const CSRF: &str = "csrf";
pub const CHALLENGE: &str = "challenge";
pub const FLASH: &str = "flash";
/// Set (with Redis) on a session ended from elsewhere: its next page says so.
pub const ENDED: &str = "ended";
/// A change of the person's own email address, waiting for its code.
pub const EMAIL_CHANGE: &str = "email_change";
/// The language of a signed-in person's pages (their `locale` in Cognito, or their choice).
pub const LANG: &str = "lang";
