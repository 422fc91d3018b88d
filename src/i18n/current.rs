//! The language of the request being served, and what its language menu needs.
//!
//! Like the branding, this travels with the request as a tokio task-local: pages are rendered
//! deep inside handlers and error conversions. `startup` opens the scope with what the request
//! itself says (the person's cookie, else `Accept-Language`); the session layer refines it
//! (the language a signed-in person keeps in Cognito) and says where the menu's CSRF token is
//! read from, when a page shows the menu (the session as it is then, a token the handler has
//! just made included).
//! Outside a request (unit tests) it is English.
use super::lang::Lang;
use std::cell::{Cell, RefCell};

pub struct RequestLanguage {
    lang: Cell<Lang>,
    /// The person chose it on this device (the cookie): nothing else overrides it.
    chosen: bool,
    /// Where the menu sends the person back to: this page, when it can be asked for again.
    here: Option<String>,
    menu_token: RefCell<Option<TokenSource>>,
}

/// Reads the session's CSRF token when a page needs it.
pub type TokenSource = Box<dyn Fn() -> Option<String>>;

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

/// Runs `render` as a page of a request in `lang` whose menu comes back to `here`, outside the
/// request's own scope (views::skeleton renders a page kind once so, a marker for `here`).
pub fn sync_scope<R>(lang: Lang, here: Option<String>, render: impl FnOnce() -> R) -> R {
    let context = RequestLanguage {
        lang: Cell::new(lang),
        chosen: false,
        here,
        menu_token: RefCell::new(None),
    };
    CURRENT.sync_scope(context, render)
}

pub fn lang() -> Lang {
    CURRENT.try_with(|c| c.lang.get()).unwrap_or(Lang::EN)
}

/// Whether the person chose this request's language with the menu (on this device).
pub fn is_chosen() -> bool {
    CURRENT.try_with(|c| c.chosen).unwrap_or(false)
}

/// From here on, pages of this request are in `lang`.
pub fn set_lang(lang: Lang) {
    let _ = CURRENT.try_with(|c| c.lang.set(lang));
}

/// `f` of the page the menu comes back to, without copying it.
pub fn with_here<R>(f: impl FnOnce(Option<&str>) -> R) -> R {
    if CURRENT.try_with(|_| ()).is_ok() {
        CURRENT.with(|c| f(c.here.as_deref()))
    } else {
        f(None)
    }
}

pub fn here() -> Option<String> {
    CURRENT.try_with(|c| c.here.clone()).ok().flatten()
}

/// Where the menu's form finds the session's CSRF token.
pub fn set_menu_token_source(source: TokenSource) {
    let _ = CURRENT.try_with(|c| *c.menu_token.borrow_mut() = Some(source));
}

pub fn menu_token() -> Option<String> {
    CURRENT
        .try_with(|c| c.menu_token.borrow().as_ref().and_then(|read| read()))
        .ok()
        .flatten()
}
