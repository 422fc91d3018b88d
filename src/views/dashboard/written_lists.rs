//! Pages of the client list as written, kept per worker for the next view of the same page.
//! One list (by its generation), language, search and page number give the same HTML, so a
//! view of a page seen before copies it and writes nothing: not its two counted messages
//! ("10,002 clients", "Page 3 of 201"), its links, its escaping or its rows, most of what a
//! `/professional` view costs over a `/client` one (docs/benchmarks.md, What the figures justify).
use crate::i18n;
use actix_web::web::{Bytes, BytesMut};
use lru::LruCache;
use rustc_hash::FxBuildHasher;
use std::cell::RefCell;
use std::num::NonZeroUsize;

/// Pages kept per worker: at about 5 KB each, some 160 KB at most. A changed or re-read list
/// has a new generation, and its old pages age out.
const KEPT: NonZeroUsize = NonZeroUsize::new(32).expect("not zero");

#[derive(PartialEq, Eq, Hash)]
struct Key {
    list: u64,
    lang: usize,
    page: usize,
    query: Box<str>,
}

thread_local! {
    static WRITTEN: RefCell<LruCache<Key, Bytes, FxBuildHasher>> =
        RefCell::new(LruCache::with_hasher(KEPT, FxBuildHasher));
}

/// Page `page` of list `list` (`PeopleIndex::generation`) searched for `query`, in the
/// language of the request being served: as `write` writes it the first time, as kept after.
pub fn written(
    list: u64,
    page: usize,
    query: &str,
    write: impl FnOnce(&mut BytesMut) -> askama::Result<()>,
) -> askama::Result<Bytes> {
    let key = Key {
        list,
        lang: i18n::lang().index(),
        page,
        query: query.into(),
    };
    if let Some(html) = WRITTEN.with_borrow_mut(|kept| kept.get(&key).cloned()) {
        return Ok(html);
    }
    let mut html = BytesMut::with_capacity(8 * 1024);
    write(&mut html)?;
    let html = html.freeze();
    WRITTEN.with_borrow_mut(|kept| kept.put(key, html.clone()));
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn a_page_is_written_once_per_list_language_search_and_page_number() {
        let writes = Cell::new(0);
        let page = |list: u64, page: usize, query: &str| {
            written(list, page, query, |out| {
                writes.set(writes.get() + 1);
                out.extend_from_slice(format!("{list}/{page}/{query}").as_bytes());
                Ok(())
            })
            .expect("written")
        };
        assert_eq!(&page(1, 1, "")[..], b"1/1/");
        assert_eq!(&page(1, 1, "")[..], b"1/1/", "kept");
        assert_eq!(writes.get(), 1);
        // Another page, search or list (a re-read or a change) is written on its own.
        assert_eq!(&page(1, 2, "")[..], b"1/2/");
        assert_eq!(&page(1, 1, "ann")[..], b"1/1/ann");
        assert_eq!(&page(2, 1, "")[..], b"2/1/");
        assert_eq!(writes.get(), 4);
        // Another language too.
        let de = i18n::Lang::from_tag("de").expect("one of the languages");
        i18n::sync_scope(de, None, || page(1, 1, ""));
        assert_eq!(writes.get(), 5);
        // A failed write keeps nothing.
        let failed = written(3, 1, "", |_| Err(askama::Error::Fmt));
        assert!(failed.is_err());
        assert_eq!(&page(3, 1, "")[..], b"3/1/");
        // Only so many are kept.
        for n in 0..KEPT.get() * 2 {
            page(10, n, "");
        }
        assert_eq!(WRITTEN.with_borrow(LruCache::len), KEPT.get());
    }
}
