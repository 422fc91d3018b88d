//! A page of one kind as the text it always has, in one language and branding, with holes for
//! what each view fills in. The dashboards are the pages people land on, viewed over and over:
//! rendering their layout, menu and labels anew each time (a dozen messages looked up, a few
//! kilobytes of askama writes) would be most of a page view's own cost (docs/benchmarks.md,
//! What the figures justify). Their skeleton is rendered once per worker, language and
//! branding by the same template, with a marker in each hole; a view copies the text between
//! the holes and writes its values, escaped as askama escapes them. A unit test renders pages
//! both ways, in every language and with values that need escaping, and compares them byte for
//! byte.
use crate::domain::html_escape_into;
use crate::i18n::{self, Msg};
use crate::views::layout::write_address;
use actix_web::web::{Bytes, BytesMut};
use std::fmt;
use std::rc::Rc;

/// The marker of hole `n` (`MARKS[n]`): private-use characters, which no message, branding or
/// escaping writes, around the hole's number.
pub const MARKS: [&str; 10] = [
    "\u{E000}0\u{E001}",
    "\u{E000}1\u{E001}",
    "\u{E000}2\u{E001}",
    "\u{E000}3\u{E001}",
    "\u{E000}4\u{E001}",
    "\u{E000}5\u{E001}",
    "\u{E000}6\u{E001}",
    "\u{E000}7\u{E001}",
    "\u{E000}8\u{E001}",
    "\u{E000}9\u{E001}",
];
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// What a view writes into one hole.
pub enum Fill<'a> {
    /// Text, escaped.
    Text(&'a str),
    /// An email address, escaped and with its line breaks (`views::Address`).
    Address(&'a str),
    /// A message in the request's language, escaped (as askama escapes a `Msg`).
    Shown(&'a Shown),
    /// Markup the portal writes itself (escaped where it holds values), as it is.
    Html(&'a dyn Fn(&mut BytesMut) -> askama::Result<()>),
    /// Markup written before and kept (a page of the client list), sent as it is.
    Kept(&'a Bytes),
}

/// The text of a page between its holes.
pub struct Skeleton {
    /// Each piece of text and the hole after it.
    parts: Vec<(Box<str>, usize)>,
    tail: Box<str>,
    text_len: usize,
}

impl Skeleton {
    /// The skeleton of `page`, rendered with `MARKS[n]` in hole `n` (a hole may show more than
    /// once, or not at all); none if a marker is broken or names a hole past `holes`.
    pub fn parse(page: &str, holes: usize) -> Option<Self> {
        let mut parts = Vec::new();
        let mut rest = page;
        while let Some(start) = rest.find(OPEN) {
            let after = &rest[start + OPEN.len_utf8()..];
            let end = after.find(CLOSE)?;
            let hole: usize = after[..end].parse().ok()?;
            if hole >= holes {
                return None;
            }
            parts.push((Box::from(&rest[..start]), hole));
            rest = &after[end + CLOSE.len_utf8()..];
        }
        if rest.contains(CLOSE) {
            return None;
        }
        let text_len = parts
            .iter()
            .map(|(text, _): &(Box<str>, usize)| text.len())
            .sum::<usize>()
            + rest.len();
        Some(Self {
            parts,
            tail: Box::from(rest),
            text_len,
        })
    }

    /// How much text it holds: the least a page of it takes.
    pub fn text_len(&self) -> usize {
        self.text_len
    }

    /// The page with `fills[n]` in hole `n`, written into `written` and split off it.
    pub fn fill(&self, written: &mut BytesMut, fills: &[Fill<'_>]) -> askama::Result<Bytes> {
        for (text, hole) in &self.parts {
            written.extend_from_slice(text.as_bytes());
            match fills.get(*hole) {
                Some(Fill::Text(text)) => html_escape_into(written, text),
                Some(Fill::Address(address)) => write_address(written, address),
                Some(Fill::Shown(shown)) => shown.write_to(&mut Escaped(written))?,
                Some(Fill::Html(write)) => write(written)?,
                Some(Fill::Kept(markup)) => written.extend_from_slice(markup),
                None => {}
            }
        }
        written.extend_from_slice(self.tail.as_bytes());
        Ok(written.split().freeze())
    }
}

/// Writes what it is given escaped.
struct Escaped<'a>(&'a mut BytesMut);

impl fmt::Write for Escaped<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        html_escape_into(self.0, s);
        Ok(())
    }
}

type Key = (usize, usize, usize);

thread_local! {
    /// Per worker thread (no lock on a page's way): per kind of page (its type's name, by
    /// address), language and branding (by address). None: the kind's markers did not come
    /// through, and its pages are rendered whole.
    static SKELETONS: std::cell::RefCell<rustc_hash::FxHashMap<Key, Option<Rc<Skeleton>>>> =
        std::cell::RefCell::default();
}

/// Brandings and languages are few; a bound all the same, should a branding be made anew.
const MAX_SKELETONS: usize = 512;

/// The skeleton of page kind `T` in the request's language and branding, rendered by `make`
/// (with `MARKS` in its `holes` holes) the first time this worker needs it.
pub fn cached<T>(holes: usize, make: impl FnOnce() -> Option<String>) -> Option<Rc<Skeleton>> {
    let key = (
        std::any::type_name::<T>().as_ptr() as usize,
        i18n::lang().index(),
        crate::views::branding::current_id(),
    );
    if let Some(found) = SKELETONS.with_borrow(|all| all.get(&key).cloned()) {
        return found;
    }
    let made = make()
        .and_then(|page| Skeleton::parse(&page, holes))
        .map(Rc::new);
    SKELETONS.with_borrow_mut(|all| {
        if all.len() >= MAX_SKELETONS {
            all.clear();
        }
        all.insert(key, made.clone());
    });
    made
}

/// A message, or in a skeleton the marker of its hole: what a template shows where a page of
/// a skeleton has a message of its own (escaped by askama either way, as a `Msg` is).
pub enum Shown {
    Msg(Msg),
    Hole(usize),
}

impl Shown {
    fn write_to(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        match self {
            Shown::Msg(msg) => msg.write_to(out),
            Shown::Hole(n) => out.write_str(MARKS.get(*n).copied().unwrap_or_default()),
        }
    }
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

impl askama::FastWritable for Shown {
    fn write_into(&self, dest: &mut dyn fmt::Write, _: &dyn askama::Values) -> askama::Result<()> {
        Ok(self.write_to(dest)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Broken;
    struct Sound;

    #[test]
    fn a_kind_is_rendered_for_its_skeleton_once_per_worker_whether_or_not_it_has_one() {
        let made = std::cell::Cell::new(0);
        for _ in 0..3 {
            let found = cached::<Broken>(1, || {
                made.set(made.get() + 1);
                Some("a\u{E000}5\u{E001}b".to_owned())
            });
            assert!(found.is_none(), "a marker past the holes: no skeleton");
        }
        assert_eq!(made.get(), 1);
        let sound =
            cached::<Sound>(1, || Some("<p>\u{E000}0\u{E001}</p>".to_owned())).expect("a skeleton");
        let mut written = BytesMut::new();
        let page = sound
            .fill(&mut written, &[Fill::Text("<b>")])
            .expect("fills");
        assert_eq!(page, "<p>&#60;b&#62;</p>".as_bytes());
    }
}
