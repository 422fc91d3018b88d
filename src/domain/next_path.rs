/// Where to go after signing in: only ever a path on this site.
///
/// Browsers treat `//host`, `/\host` and `\\host` as other origins, and some strip tabs and
/// newlines before resolving, so only a plain absolute path of printable ASCII passes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextPath(String);

impl NextPath {
    const MAX_LEN: usize = 1024;

    /// `None` for anything that is not a safe same-origin path.
    pub fn parse(raw: &str) -> Option<Self> {
        let safe = raw.starts_with('/')
            && !raw.starts_with("//")
            && raw.len() <= Self::MAX_LEN
            && raw.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
        safe.then(|| Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_origin_paths_are_kept() {
        for good in ["/", "/client", "/admin/users?q=a&group=client"] {
            assert_eq!(NextPath::parse(good).unwrap().as_str(), good);
        }
    }

    #[test]
    fn anything_that_could_leave_the_site_is_refused() {
        for bad in [
            "",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "/\t/evil.example",
            "/ok\n",
            "/a b",
            "/del\u{7f}",
            "/caf\u{e9}",
            "/a-path-longer-than-sixteen-bytes/\\evil.example",
            "client",
        ] {
            assert!(NextPath::parse(bad).is_none(), "{bad:?} was accepted");
        }
    }
}
