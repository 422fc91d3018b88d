pub mod get;
mod page;
pub mod post;
