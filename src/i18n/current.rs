//! The language of the request being served, and what its language menu needs.
//!
//! Like the branding, this travels with the request as a tokio task-local: pages are rendered
//! deep inside handlers and error conversions. `startup` opens the scope with what the request
//! itself says (the person's cookie, else `Accept-Language`); the session layer refines it
//! (the language a signed-in person keeps in Cognito) and hands over the menu's CSRF token.
//! Outside a request (unit tests) it is English.
use super::lang::Lang;
use std::cell::{Cell, RefCell};

pub struct RequestLanguage {
    lang: Cell<Lang>,
    /// The person chose it on this device (the cookie): nothing else overrides it.
    chosen: bool,
    /// Where the menu sends the person back to: this page, when it can be asked for again.
    here: Option<String>,
    menu_token: RefCell<Option<String>>,
}

tokio::task_local! {
    static CURRENT: RequestLanguage;
}

/// Runs `work` in `lang`; `chosen` when the person picked it; `here` is the page to come back to.
pub async fn scope<F: Future>(
    lang: Lang,
    chosen: bool,
    here: Option<String>,
    work: F,
) -> F::Output {
    let context = RequestLanguage {
        lang: Cell::new(lang),
        chosen,
        here,
        menu_token: RefCell::new(None),
    };
    CURRENT.scope(context, work).await
}

pub fn lang() -> Lang {
    CURRENT.try_with(|c| c.lang.get()).unwrap_or(Lang::En)
}

/// Whether the person chose this request's language with the menu (on this device).
pub fn is_chosen() -> bool {
    CURRENT.try_with(|c| c.chosen).unwrap_or(false)
}

/// From here on, pages of this request are in `lang`.
pub fn set_lang(lang: Lang) {
    let _ = CURRENT.try_with(|c| c.lang.set(lang));
}

pub fn here() -> Option<String> {
    CURRENT.try_with(|c| c.here.clone()).ok().flatten()
}

/// The session's CSRF token, for the menu's form.
pub fn set_menu_token(token: &str) {
    let _ = CURRENT.try_with(|c| *c.menu_token.borrow_mut() = Some(token.to_owned()));
}

pub fn menu_token() -> Option<String> {
    CURRENT
        .try_with(|c| c.menu_token.borrow().clone())
        .ok()
        .flatten()
}
