//! A page as up to three pieces of bytes, sent one after the other as its body. The
//! connection copies every piece of a body into its own write buffer anyway, so markup kept
//! from an earlier view (a page of the client list, 4-5 KB) is a piece of its own, shared,
//! rather than copied into the page first. The skeleton's own runs are copied: as pieces of
//! their own they would cost more instructions than the misses they save
//! (docs/benchmarks.md, What the figures justify).
use actix_web::body::{BodySize, MessageBody};
use actix_web::web::{Bytes, BytesMut};
use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

/// What is written before the kept markup, the markup, and what is written after it.
const MAX_PIECES: usize = 3;

/// Kept markup shorter than this is copied: a piece of its own costs the connection a turn of
/// its loop and the piece a reference count.
const LONG_RUN: usize = 512;

/// The pieces of one page, in order; its body.
pub struct Pieces {
    pieces: [Bytes; MAX_PIECES],
    count: usize,
    next: usize,
    len: usize,
}

impl Pieces {
    pub fn new() -> Self {
        Self {
            pieces: [const { Bytes::new() }; MAX_PIECES],
            count: 0,
            next: 0,
            len: 0,
        }
    }

    /// Adds `kept` after what `written` holds: shared if it is long and the page has room for
    /// it, else copied into `written`.
    pub fn push_kept(&mut self, written: &mut BytesMut, kept: &Bytes) {
        // Room for what is written before it and for the page's last piece after it.
        if kept.len() < LONG_RUN || self.count + 3 > MAX_PIECES {
            written.extend_from_slice(kept);
            return;
        }
        self.take_written(written);
        self.push(kept.clone());
    }

    /// Ends the page: what `written` still holds is its last piece.
    pub fn finish(mut self, written: &mut BytesMut) -> Self {
        self.take_written(written);
        self
    }

    fn take_written(&mut self, written: &mut BytesMut) {
        if !written.is_empty() {
            self.push(written.split().freeze());
        }
    }

    fn push(&mut self, piece: Bytes) {
        self.len += piece.len();
        self.pieces[self.count] = piece;
        self.count += 1;
    }

    /// How many pieces it is sent as.
    pub fn pieces(&self) -> usize {
        self.count - self.next
    }

    /// The whole page in one piece (a copy, if it has several; tests read pages so).
    pub fn to_bytes(&self) -> Bytes {
        match &self.pieces[self.next..self.count] {
            [] => Bytes::new(),
            [one] => one.clone(),
            many => {
                let mut whole = BytesMut::with_capacity(self.len);
                for piece in many {
                    whole.extend_from_slice(piece);
                }
                whole.freeze()
            }
        }
    }
}

impl Default for Pieces {
    fn default() -> Self {
        Self::new()
    }
}

impl From<Bytes> for Pieces {
    fn from(page: Bytes) -> Self {
        let mut pieces = Self::new();
        if !page.is_empty() {
            pieces.push(page);
        }
        pieces
    }
}

impl MessageBody for Pieces {
    type Error = Infallible;

    fn size(&self) -> BodySize {
        BodySize::Sized(self.len as u64)
    }

    fn poll_next(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, Self::Error>>> {
        let this = self.get_mut();
        if this.next >= this.count {
            return Poll::Ready(None);
        }
        let piece = std::mem::take(&mut this.pieces[this.next]);
        this.next += 1;
        Poll::Ready(Some(Ok(piece)))
    }

    fn try_into_bytes(mut self) -> Result<Bytes, Self> {
        // One piece (or none) is a plain body: no box, no stream. Moved out, not cloned:
        // this is every `/client` view.
        match self.count - self.next {
            0 => Ok(Bytes::new()),
            1 => Ok(std::mem::take(&mut self.pieces[self.next])),
            _ => Err(self),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long() -> Bytes {
        Bytes::from("l".repeat(LONG_RUN))
    }

    #[actix_web::test]
    async fn kept_markup_is_sent_as_a_piece_of_its_own_in_order() {
        let mut written = BytesMut::new();
        let mut page = Pieces::new();
        written.extend_from_slice(b"<a>");
        page.push_kept(&mut written, &Bytes::from_static(b"short"));
        page.push_kept(&mut written, &long());
        written.extend_from_slice(b"<b>");
        let page = page.finish(&mut written);
        let expected = format!("<a>short{}<b>", "l".repeat(LONG_RUN));
        assert_eq!(page.size(), BodySize::Sized(expected.len() as u64));
        assert_eq!(page.pieces(), 3, "the long markup is a piece of its own");
        assert_eq!(page.to_bytes(), expected.as_bytes());
        let sent = actix_web::body::to_bytes(page).await.expect("infallible");
        assert_eq!(sent, expected.as_bytes());
    }

    #[test]
    fn past_its_room_a_page_copies_what_it_keeps() {
        let mut written = BytesMut::new();
        let mut page = Pieces::new();
        for n in 0..4 {
            written.extend_from_slice(n.to_string().as_bytes());
            page.push_kept(&mut written, &long());
        }
        let page = page.finish(&mut written);
        assert_eq!(page.pieces(), 3);
        let expected: String = (0..4)
            .map(|n| format!("{n}{}", "l".repeat(LONG_RUN)))
            .collect();
        assert_eq!(page.to_bytes(), expected.as_bytes());
    }

    #[test]
    fn one_piece_is_a_plain_body() {
        let page = Pieces::from(Bytes::from_static(b"page"));
        assert_eq!(
            page.try_into_bytes().ok(),
            Some(Bytes::from_static(b"page"))
        );
        assert_eq!(Pieces::new().try_into_bytes().ok(), Some(Bytes::new()));
    }
}
