//! The session's keys: nothing outside `session` names them.
pub const USER: &str = "user";
pub const CSRF: &str = "csrf";
pub const CHALLENGE: &str = "challenge";
pub const FLASH: &str = "flash";
/// Set (with Redis) on a session ended from elsewhere: its next page says so.
pub const ENDED: &str = "ended";
