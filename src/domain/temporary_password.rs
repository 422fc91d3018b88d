use super::password_policy::PasswordPolicy;
use rand::Rng;
use rand::seq::SliceRandom;
use secrecy::SecretString;

const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
const DIGITS: &[u8] = b"23456789";
const SYMBOLS: &[u8] = b"!#%+-=?@^_";

/// A strong random temporary password that meets the policy. Cognito emails it; the portal
/// never shows or logs it.
pub fn temporary_password(policy: &PasswordPolicy) -> SecretString {
    let mut rng = rand::rng();
    let length = policy.minimum_length.max(20);
    let mut chars: Vec<u8> = [UPPER, LOWER, DIGITS, SYMBOLS]
        .iter()
        .map(|set| set[rng.random_range(0..set.len())])
        .collect();
    let all: Vec<u8> = [UPPER, LOWER, DIGITS, SYMBOLS].concat();
    while chars.len() < length {
        chars.push(all[rng.random_range(0..all.len())]);
    }
    chars.shuffle(&mut rng);
    SecretString::from(String::from_utf8_lossy(&chars).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn temporary_passwords_meet_the_policy_and_differ() {
        let policy = PasswordPolicy {
            minimum_length: 24,
            ..PasswordPolicy::default()
        };
        let mut seen = std::collections::HashSet::new();
        for _ in 0..500 {
            let password = temporary_password(&policy);
            assert!(policy.unmet_rules(password.expose_secret()).is_empty());
            assert_eq!(password.expose_secret().len(), 24);
            seen.insert(password.expose_secret().to_owned());
        }
        assert_eq!(seen.len(), 500);
    }
}
