//! Every piece of text a person reads, in their language: the languages (lang.rs), the
//! Fluent resources compiled in (bundles.rs), messages by id (msg.rs) and the language of the
//! request being served (current.rs), numbers as each language writes them (numbers.rs). Depends on nothing else in the portal.
mod bundles;
mod current;
mod lang;
mod msg;
mod numbers;

pub use current::{
    TokenSource, here, is_chosen, lang, menu_token, scope, set_lang, set_menu_token_source,
    sync_scope, with_here,
};
pub use lang::{Lang, enable_pseudo_language};
pub use msg::{Arg, Msg, Static, t};
#[cfg(test)]
mod tests;
