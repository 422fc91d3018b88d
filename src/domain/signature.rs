//! Values the portal hands to the browser and takes back unchanged: HMAC-SHA256 under a key
//! derived from SESSION_KEY, so a value the portal did not issue is refused before it is used.
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// The signature of `parts` (joined by newlines), URL-safe base64 without padding.
pub fn signature(key: &[u8; 32], parts: &[&str]) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(parts.join("\n").as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// Whether `given` is the signature of `parts`, compared in constant time.
pub fn is_signature(key: &[u8; 32], parts: &[&str], given: &str) -> bool {
    let expected = signature(key, parts);
    !expected.is_empty() && bool::from(expected.as_bytes().ct_eq(given.as_bytes()))
}

/// `value` with its signature in front: `<signature>.<value>`.
pub fn seal(key: &[u8; 32], purpose: &str, value: &str) -> String {
    format!("{}.{value}", signature(key, &[purpose, value]))
}

/// The value of a sealed string, if the portal sealed it for this purpose.
pub fn unseal<'a>(key: &[u8; 32], purpose: &str, sealed: &'a str) -> Option<&'a str> {
    let (given, value) = sealed.split_once('.')?;
    is_signature(key, &[purpose, value], given).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_was_sealed_for_the_purpose_comes_back() {
        let key = [7; 32];
        let sealed = seal(&key, "page", "token.with.dots");
        assert_eq!(unseal(&key, "page", &sealed), Some("token.with.dots"));
        assert_eq!(unseal(&key, "other", &sealed), None);
        assert_eq!(unseal(&[8; 32], "page", &sealed), None);
        assert_eq!(unseal(&key, "page", "token.with.dots"), None);
        assert_eq!(unseal(&key, "page", &sealed.replace("dots", "dotz")), None);
        assert_eq!(unseal(&key, "page", ""), None);
    }
}
