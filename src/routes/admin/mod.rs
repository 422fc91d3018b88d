//! Administration: members of the admin group invite people and look after them.
pub mod actions;
pub mod bulk;
pub mod invite;
pub mod person;
mod rows;
mod target;
pub mod users;
