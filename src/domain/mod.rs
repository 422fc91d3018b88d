//! Input parsed once, at the edge: a value of these types is valid by construction. Also the
//! identity types every layer passes around, and the one clock.
mod account_status;
mod byte_scan;
mod clock;
mod colour;
mod confirmation_code;
mod email;
mod email_change;
mod error_chain;
mod identity;
mod messages;
mod name;
mod next_path;
mod parse_error;
mod password;
mod password_policy;
mod people_index;
mod random_token;
mod role;
pub mod signature;
mod temporary_password;
mod username;

pub use account_status::AccountStatus;
pub use byte_scan::any_byte;
pub use clock::now_millis;
pub use colour::Colour;
pub use confirmation_code::ConfirmationCode;
pub use email::{EMAIL_IN_USE, EmailAddress};
pub use email_change::{AccessToken, PendingEmailChange};
pub use error_chain::ErrorChain;
pub use identity::{PendingChallenge, Person, SessionUser};
pub use messages::{
    DEFAULT_PORTAL_NAME, MessageTemplate, MessageTemplates, html_escape, html_escape_into,
};
pub use name::PersonName;
pub use next_path::NextPath;
pub use parse_error::{ConfigProblem, ParseError};
pub use password::Password;
pub use password_policy::{NewPassword, NewPasswordProblems, PasswordPolicy};
pub use people_index::{PeopleIndex, PeoplePage};
pub use random_token::random_token;
pub use role::Role;
pub use temporary_password::temporary_password;
pub use username::{Username, path_segment};
