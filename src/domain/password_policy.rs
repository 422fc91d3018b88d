use super::password::Password;

/// The pool's password rules, read from Cognito at start-up (Cognito's defaults until then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordPolicy {
    pub minimum_length: usize,
    pub require_uppercase: bool,
    pub require_lowercase: bool,
    pub require_numbers: bool,
    pub require_symbols: bool,
    /// How long an invitation's temporary password lasts.
    pub temporary_password_validity_days: u32,
}

impl Default for PasswordPolicy {
    /// Cognito's default policy, which the setup guide keeps.
    fn default() -> Self {
        Self {
            minimum_length: 8,
            require_uppercase: true,
            require_lowercase: true,
            require_numbers: true,
            require_symbols: true,
            temporary_password_validity_days: 7,
        }
    }
}

/// The characters Cognito counts as symbols (a space inside the password counts too).
const SYMBOLS: &str = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-";

impl PasswordPolicy {
    /// The rules for an operator, e.g. "8+ characters, upper, lower, digit, symbol; temporary
    /// passwords 7 days".
    pub fn summary(&self) -> String {
        let mut kinds = Vec::new();
        for (required, kind) in [
            (self.require_uppercase, "upper"),
            (self.require_lowercase, "lower"),
            (self.require_numbers, "digit"),
            (self.require_symbols, "symbol"),
        ] {
            if required {
                kinds.push(kind);
            }
        }
        let kinds = if kinds.is_empty() {
            "any characters".to_owned()
        } else {
            kinds.join(", ")
        };
        format!(
            "{}+ characters, {kinds}; temporary passwords {} days",
            self.minimum_length, self.temporary_password_validity_days
        )
    }

    /// The rules in one sentence, shown next to every new-password field.
    pub fn describe(&self) -> String {
        let mut kinds = Vec::new();
        match (self.require_uppercase, self.require_lowercase) {
            (true, true) => kinds.push("upper and lower case letters"),
            (true, false) => kinds.push("an upper case letter"),
            (false, true) => kinds.push("a lower case letter"),
            (false, false) => {}
        }
        if self.require_numbers {
            kinds.push("a number");
        }
        if self.require_symbols {
            kinds.push("a symbol");
        }
        let mut text = format!("At least {} characters", self.minimum_length);
        if let Some((last, rest)) = kinds.split_last() {
            text.push_str(", with ");
            if !rest.is_empty() {
                text.push_str(&rest.join(", "));
                text.push_str(" and ");
            }
            text.push_str(last);
        }
        text.push('.');
        text
    }

    /// One message per unmet rule; empty when the password is acceptable.
    pub fn unmet_rules(&self, password: &str) -> Vec<String> {
        let mut unmet = Vec::new();
        if password.chars().count() < self.minimum_length {
            unmet.push(format!("Use at least {} characters.", self.minimum_length));
        }
        if password.chars().count() > Password::MAX_CHARS {
            unmet.push("Use at most 256 characters.".to_owned());
        }
        if self.require_uppercase && !password.chars().any(|c| c.is_ascii_uppercase()) {
            unmet.push("Include an upper case letter.".to_owned());
        }
        if self.require_lowercase && !password.chars().any(|c| c.is_ascii_lowercase()) {
            unmet.push("Include a lower case letter.".to_owned());
        }
        if self.require_numbers && !password.chars().any(|c| c.is_ascii_digit()) {
            unmet.push("Include a number.".to_owned());
        }
        let inner = password.trim();
        if self.require_symbols && !inner.chars().any(|c| SYMBOLS.contains(c) || c == ' ') {
            unmet.push("Include a symbol, such as ! or #.".to_owned());
        }
        if password != password.trim() {
            unmet.push("Do not start or end with a space.".to_owned());
        }
        unmet
    }
}

/// A new password and its confirmation, checked against the policy before Cognito sees it.
pub struct NewPassword;

/// What is wrong with a new password, by field.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct NewPasswordProblems {
    pub new_password: Vec<String>,
    pub confirm_password: Option<String>,
}

impl NewPassword {
    pub fn parse(
        new_password: String,
        confirm_password: &str,
        policy: &PasswordPolicy,
    ) -> Result<Password, NewPasswordProblems> {
        let mut problems = NewPasswordProblems {
            new_password: if new_password.is_empty() {
                vec!["Enter a new password.".to_owned()]
            } else {
                policy.unmet_rules(&new_password)
            },
            confirm_password: None,
        };
        if new_password != confirm_password {
            problems.confirm_password = Some("The passwords do not match.".to_owned());
        }
        if problems != NewPasswordProblems::default() {
            return Err(problems);
        }
        Password::parse(new_password).map_err(|e| NewPasswordProblems {
            new_password: vec![e.to_string()],
            confirm_password: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_policy_reads_as_one_sentence() {
        assert_eq!(
            PasswordPolicy::default().describe(),
            "At least 8 characters, with upper and lower case letters, a number and a symbol."
        );
        let lenient = PasswordPolicy {
            minimum_length: 12,
            require_uppercase: false,
            require_lowercase: false,
            require_numbers: false,
            require_symbols: false,
            temporary_password_validity_days: 7,
        };
        assert_eq!(lenient.describe(), "At least 12 characters.");
    }

    #[test]
    fn each_unmet_rule_has_its_own_message() {
        let policy = PasswordPolicy::default();
        assert!(policy.unmet_rules("Good-Pass1").is_empty());
        assert!(
            policy.unmet_rules("Good Pass1").is_empty(),
            "an inner space is a symbol"
        );
        assert_eq!(policy.unmet_rules("short").len(), 4);
        assert_eq!(
            policy.unmet_rules("alllowercase1!"),
            vec!["Include an upper case letter."]
        );
        assert_eq!(
            policy.unmet_rules("ALLUPPER1!"),
            vec!["Include a lower case letter."]
        );
        assert_eq!(policy.unmet_rules("NoNumbers!"), vec!["Include a number."]);
        assert_eq!(
            policy.unmet_rules("NoSymbols1"),
            vec!["Include a symbol, such as ! or #."]
        );
        assert_eq!(
            policy.unmet_rules(" Spaced-Out1"),
            vec!["Do not start or end with a space."]
        );
    }

    #[test]
    fn the_confirmation_must_match() {
        let policy = PasswordPolicy::default();
        let problems = NewPassword::parse("Good-Pass1".into(), "Good-Pass2", &policy)
            .err()
            .unwrap();
        assert!(problems.new_password.is_empty());
        assert_eq!(
            problems.confirm_password.as_deref(),
            Some("The passwords do not match.")
        );
        assert!(NewPassword::parse("Good-Pass1".into(), "Good-Pass1", &policy).is_ok());
        let empty = NewPassword::parse(String::new(), "", &policy)
            .err()
            .unwrap();
        assert_eq!(empty.new_password, vec!["Enter a new password."]);
    }
}
