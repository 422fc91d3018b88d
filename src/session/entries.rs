//! Session entries read on every page view (the CSRF token, the language), from the entry's
//! text itself: TypedSession (mod.rs) and the session's language layer (language.rs) share them.
use super::keys::{CSRF, LANG};
use crate::domain::any_byte;
use crate::i18n::Lang;
use actix_session::Session;
use std::borrow::Cow;

/// This session's CSRF token, if it has one.
pub fn csrf_token(session: &Session) -> Option<String> {
    let entries = session.entries();
    plain_string(entries.get(CSRF)?).map(Cow::into_owned)
}

/// The language this session keeps.
pub fn language(session: &Session) -> Option<Lang> {
    let entries = session.entries();
    Lang::from_tag(&plain_string(entries.get(LANG)?)?)
}

/// A session entry that holds a JSON string, as text. The portal's own strings (tokens,
/// language tags) hold nothing JSON escapes, and are read on every page view: those are taken
/// from between their quotes, anything else is parsed.
fn plain_string(raw: &str) -> Option<Cow<'_, str>> {
    match raw
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    {
        Some(text) if !any_byte(text.as_bytes(), |b| (b == b'\\') | (b == b'"') | (b < 0x20)) => {
            Some(Cow::Borrowed(text))
        }
        _ => serde_json::from_str::<String>(raw).ok().map(Cow::Owned),
    }
}

#[cfg(test)]
mod tests {
    use super::plain_string;

    #[test]
    fn a_plain_json_string_is_read_as_serde_json_reads_it() {
        for raw in [
            r#""de""#,
            r#""abc-_09""#,
            r#""""#,
            r#""a\"b""#,
            r#""\u00e9t\u00e9""#,
            "\"tab\there\"",
            r#""unterminated"#,
            r#"42"#,
            r#"null"#,
        ] {
            let parsed = serde_json::from_str::<String>(raw).ok();
            assert_eq!(plain_string(raw).map(|s| s.into_owned()), parsed, "{raw}");
        }
    }
}
