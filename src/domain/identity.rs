//! Who someone is, as the portal keeps it: the signed-in person (verified at sign-in), an
//! invited person half way through their first sign-in, and a person as pages show them.
use super::role::Role;
use super::username::Username;

/// A signed-in person, as verified at sign-in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SessionUser {
    /// Random id of this session, for the revocation list.
    pub session_id: String,
    pub username: Username,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    /// Only the portal's groups: a person's other groups would only grow the cookie.
    pub groups: Vec<String>,
    /// Milliseconds since the epoch.
    pub signed_in_at: u64,
    /// When the Cognito tokens expire (ms); the session ends then.
    pub expires_at: u64,
}

/// "given family", trimmed (either may be empty), made in one allocation: every signed-in
/// page shows it.
fn full_name(given: &str, family: &str) -> String {
    let (given, family) = (given.trim_start(), family.trim_end());
    let mut name = String::with_capacity(given.len() + 1 + family.len());
    name.push_str(given);
    name.push(' ');
    name.push_str(family);
    let end = name.trim_end().len();
    name.truncate(end);
    if name.starts_with(char::is_whitespace) {
        name.trim_start().to_owned()
    } else {
        name
    }
}

impl SessionUser {
    pub fn new_session_id() -> String {
        super::random_token::random_token()
    }

    /// Alice, in the client group, signed in now for `expires_in_ms`: the session the unit
    /// tests of the session store keep.
    #[cfg(test)]
    pub fn alice(expires_in_ms: u64) -> Self {
        let now = super::clock::now_millis();
        Self {
            session_id: Self::new_session_id(),
            username: super::username::Username::parse("alice").expect("a user name"),
            email: "alice@example.com".into(),
            given_name: "Alice".into(),
            family_name: "Liddell".into(),
            groups: vec!["client".into()],
            signed_in_at: now,
            expires_at: now + expires_in_ms,
        }
    }

    pub fn full_name(&self) -> String {
        full_name(&self.given_name, &self.family_name)
    }

    /// The greeting name: given name, else the username.
    pub fn display_name(&self) -> &str {
        if self.given_name.is_empty() {
            self.username.as_str()
        } else {
            &self.given_name
        }
    }

    pub fn is_expired(&self, now: u64) -> bool {
        now >= self.expires_at
    }

    pub fn role(&self, admin_group: &str) -> Option<Role> {
        Role::primary(&self.groups, admin_group)
    }

    pub fn in_group(&self, group: &str) -> bool {
        self.groups.iter().any(|g| g == group)
    }
}

/// An invited person half way through their first sign-in (NEW_PASSWORD_REQUIRED).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct PendingChallenge {
    pub username: Username,
    /// Cognito's challenge session: proof that the temporary password was right.
    pub cognito_session: String,
    pub missing_attributes: Vec<String>,
    pub started_at: u64,
}

/// A person as the portal shows them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    pub username: String,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
}

impl Person {
    pub fn full_name(&self) -> String {
        full_name(&self.given_name, &self.family_name)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_full_name_is_given_then_family_name_trimmed() {
        for (given, family, expected) in [
            ("Ann", "Lee", "Ann Lee"),
            ("", "Lee", "Lee"),
            ("Ann", "", "Ann"),
            ("", "", ""),
            (" Ann ", " Lee ", "Ann   Lee"),
            ("  ", "\tLee", "Lee"),
        ] {
            let old = format!("{given} {family}").trim().to_owned();
            assert_eq!(old, expected);
            assert_eq!(
                super::full_name(given, family),
                expected,
                "{given:?} {family:?}"
            );
        }
    }
}
