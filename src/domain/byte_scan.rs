//! Whether a text holds any byte of a small set: asked of every value a page view writes
//! (escaping) and of every session string it reads.

/// Whether any byte of `bytes` is one `wanted` picks. Sixteen bytes are checked at a time with
/// no early exit inside the block, which the compiler turns into a few vector compares when
/// `wanted` is plain compares joined by `|` (not `||`, not `matches!`). The values scanned on
/// a page view (tokens, names, addresses, paths) are 10 to 50 bytes long, so a block at a
/// time beats a byte at a time (docs/benchmarks.md, What the figures justify).
#[inline]
pub fn any_byte(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> bool {
    let block_has = |block: &[u8; 16]| block.iter().fold(false, |found, &b| found | wanted(b));
    let (blocks, rest) = bytes.as_chunks::<16>();
    if blocks.iter().any(block_has) {
        return true;
    }
    match bytes.last_chunk::<16>() {
        // What is left, as the last sixteen bytes (overlapping the blocks checked already).
        Some(last) if !rest.is_empty() => block_has(last),
        Some(_) => false,
        None => rest.iter().any(|&b| wanted(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::any_byte;

    #[test]
    fn finds_a_wanted_byte_wherever_it_is() {
        let wanted = |b: u8| b == b'<';
        for len in 0..70 {
            assert!(
                !any_byte(&vec![b'a'; len], wanted),
                "{len} bytes, none wanted"
            );
            for at in 0..len {
                let mut text = vec![b'a'; len];
                text[at] = b'<';
                assert!(any_byte(&text, wanted), "{len} bytes, wanted at {at}");
            }
        }
    }
}
