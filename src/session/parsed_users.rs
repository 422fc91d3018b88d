//! The signed-in person as parsed from their session, kept per worker thread for the next view
//! of the same session: a person moving between pages sends the same session each time, and
//! parsing its JSON (and dropping it after) is a large share of a page view's own work
//! (docs/benchmarks.md, What the figures justify). Kept under the session's exact text, which
//! the cookie's encryption (or Redis) vouches for, so what comes back is what parsing it would
//! give.
use crate::domain::SessionUser;
use lru::LruCache;
use rustc_hash::FxBuildHasher;
use std::cell::RefCell;
use std::num::NonZeroUsize;
use std::rc::Rc;

/// Sessions kept per worker: the people viewing pages on it in the last moments. At about a
/// kilobyte each (the text and the person), a few hundred kilobytes a worker at most.
const KEPT: NonZeroUsize = NonZeroUsize::new(256).expect("not zero");

thread_local! {
    static PARSED: RefCell<LruCache<Box<str>, Rc<SessionUser>, FxBuildHasher>> =
        RefCell::new(LruCache::with_hasher(KEPT, FxBuildHasher));
}

/// The person `raw` (a session's user entry, as JSON) holds; none if it does not parse.
pub fn parse(raw: &str) -> Option<Rc<SessionUser>> {
    if let Some(user) = PARSED.with_borrow_mut(|kept| kept.get(raw).cloned()) {
        return Some(user);
    }
    let user = Rc::new(serde_json::from_str::<SessionUser>(raw).ok()?);
    PARSED.with_borrow_mut(|kept| kept.put(Box::from(raw), user.clone()));
    Some(user)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_session_gives_the_same_person_and_another_its_own() {
        let ann = r#"{"session_id":"s1","username":"ann","email":"a@x.example","given_name":"Ann","family_name":"Lee","groups":["client"],"signed_in_at":1,"expires_at":2}"#;
        let first = parse(ann).expect("parses");
        assert_eq!(first.username.as_str(), "ann");
        let again = parse(ann).expect("parses");
        assert!(Rc::ptr_eq(&first, &again), "parsed once");
        // One character more is another session, parsed on its own.
        let bob = ann.replace("\"ann\"", "\"bob\"");
        assert_eq!(parse(&bob).expect("parses").username.as_str(), "bob");
        assert!(parse("{\"username\":").is_none());
        assert!(parse(&ann.replace("\"s1\"", "1")).is_none());
    }

    #[test]
    fn only_so_many_sessions_are_kept() {
        for n in 0..KEPT.get() * 3 {
            let raw = format!(
                r#"{{"session_id":"s{n}","username":"u{n}","email":"a@x.example","given_name":"","family_name":"","groups":[],"signed_in_at":1,"expires_at":2}}"#
            );
            assert!(parse(&raw).is_some());
        }
        assert_eq!(PARSED.with_borrow(LruCache::len), KEPT.get());
    }
}
