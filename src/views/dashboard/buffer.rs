//! The buffer dashboards are written into, one per worker thread.
use actix_web::web::{Bytes, BytesMut};

thread_local! {
    /// The buffer dashboards write into, per worker: what a view writes is split off it as
    /// its page, and once the response has been written out (its bytes copied to
    /// the connection's buffer) the room is taken back for the next page, so a page view
    /// allocates no page and writes into memory the last view had warm.
    static PAGE_BUFFER: std::cell::RefCell<BytesMut> = std::cell::RefCell::default();
}

/// A page written by `write` with the worker's page buffer (room for `hint` bytes made first).
pub(super) fn pooled(
    hint: usize,
    write: impl FnOnce(&mut BytesMut) -> askama::Result<Bytes>,
) -> askama::Result<Bytes> {
    // Taken out while written: nothing a page writes can reach the buffer again meanwhile.
    let mut buffer = PAGE_BUFFER.with_borrow_mut(std::mem::take);
    buffer.reserve(hint);
    let written = write(&mut buffer);
    // A page that failed half-way leaves nothing behind for the next.
    buffer.clear();
    PAGE_BUFFER.with_borrow_mut(|kept| *kept = buffer);
    written
}
