use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Cognito's SECRET_HASH for a confidential client: base64(HMAC-SHA256(secret, username + client id)).
///
/// The local emulator never checks it, so only the unit test below proves it right.
pub fn secret_hash(client_secret: &str, username: &str, client_id: &str) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(client_secret.as_bytes()) else {
        unreachable!("HMAC-SHA256 takes keys of any length")
    };
    mac.update(username.as_bytes());
    mac.update(client_id.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_hash_matches_a_value_computed_independently() {
        // python3 -c "import hmac,hashlib,base64; print(base64.b64encode(hmac.new(
        //   b'1example23456789secret', b'alice7abcdefghijklmnopqrstuvwxy', hashlib.sha256).digest()).decode())"
        assert_eq!(
            secret_hash(
                "1example23456789secret",
                "alice",
                "7abcdefghijklmnopqrstuvwxy"
            ),
            "648HbW8Tz5csfuYDZZ48cdQVBPKxfkySsAxdF1F6Bvc="
        );
    }

    #[test]
    fn secret_hash_depends_on_the_username() {
        assert_ne!(
            secret_hash("secret", "alice", "client"),
            secret_hash("secret", "alicf", "client")
        );
    }
}
