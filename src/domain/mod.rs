//! Input parsed once, at the edge: a value of these types is valid by construction.
mod account_status;
mod confirmation_code;
mod email;
mod name;
mod next_path;
mod password;
mod password_policy;
mod role;
mod temporary_password;
mod username;

pub use account_status::AccountStatus;
pub use confirmation_code::ConfirmationCode;
pub use email::EmailAddress;
pub use name::PersonName;
pub use next_path::NextPath;
pub use password::Password;
pub use password_policy::{NewPassword, NewPasswordProblems, PasswordPolicy};
pub use role::Role;
pub use temporary_password::temporary_password;
pub use username::Username;

/// Why a piece of input was refused, in words fit for the form it came from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ParseError(pub &'static str);
