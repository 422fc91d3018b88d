//! The static files (see build.rs): each under a name that holds its content hash, with
//! brotli and gzip copies made at build time.
pub struct Asset {
    /// Where it is served, e.g. `/static/style.1a2b3c4d5e.css`.
    pub path: &'static str,
    pub content_type: &'static str,
    pub body: &'static [u8],
    pub gzip: &'static [u8],
    pub brotli: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The file served at `path`, if any.
pub fn find(path: &str) -> Option<&'static Asset> {
    ALL.into_iter().find(|asset| asset.path == path)
}
