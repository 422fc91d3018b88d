//! A page into a string: every page but the dashboards, which views::dashboard writes.
use askama::Template;

pub fn render<T: Template>(template: &T) -> Result<String, askama::Error> {
    written_as::<T>(T::SIZE_HINT, |page| template.render_into(page))
}

/// A page of kind `T` written by `write`, into a buffer as large as this kind of page was last
/// time: askama's own hint counts only the template's literal text, so a page of rows (a
/// professional's 50 clients) would be copied over and over as it grows.
fn written_as<T>(
    hint: usize,
    write: impl FnOnce(&mut String) -> Result<(), askama::Error>,
) -> Result<String, askama::Error> {
    let kind = std::any::type_name::<T>().as_ptr() as usize;
    let learned = PAGE_SIZES.with_borrow(|sizes| sizes.get(&kind).copied());
    let mut page = String::with_capacity(learned.unwrap_or(hint));
    write(&mut page)?;
    if learned.is_none_or(|size| page.len() > size) {
        let size = (page.len() + page.len() / 8).min(MAX_PAGE_HINT);
        PAGE_SIZES.with_borrow_mut(|sizes| sizes.insert(kind, size));
    }
    Ok(page)
}

/// A page larger than this (a bulk invitation's dry run) grows as it is written.
const MAX_PAGE_HINT: usize = 256 * 1024;

thread_local! {
    /// Per kind of page (its type's name, a `&'static str`, by address): the size to start its
    /// buffer at. Per worker thread: no lock on the way of a page.
    static PAGE_SIZES: std::cell::RefCell<rustc_hash::FxHashMap<usize, usize>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Template)]
    #[template(ext = "txt", source = "{% for _ in 0..rows %}0123456789{% endfor %}")]
    struct Rows {
        rows: usize,
    }

    #[test]
    fn a_page_starts_in_a_buffer_as_large_as_its_kind_was_last_time() {
        // Askama's own hint is the template's literal text: 10 bytes here.
        const { assert!(Rows::SIZE_HINT < 100) };
        let large = render(&Rows { rows: 1000 }).expect("renders");
        assert_eq!(large.len(), 10_000);
        // A small page of the same kind is written into the room the large one needed.
        let small = render(&Rows { rows: 1 }).expect("renders");
        assert_eq!(small, "0123456789");
        assert!(small.capacity() >= 10_000, "capacity {}", small.capacity());
    }
}
