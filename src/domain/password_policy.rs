use super::password::Password;
use crate::i18n::Msg;

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
    pub fn describe(&self) -> Msg {
        let mut kinds = Vec::new();
        match (self.require_uppercase, self.require_lowercase) {
            (true, true) => kinds.push("password-kind-upper-and-lower"),
            (true, false) => kinds.push("password-kind-upper"),
            (false, true) => kinds.push("password-kind-lower"),
            (false, false) => {}
        }
        if self.require_numbers {
            kinds.push("password-kind-number");
        }
        if self.require_symbols {
            kinds.push("password-kind-symbol");
        }
        // "a, b and c": each language joins the list its own way (list-two, list-more).
        let kinds = kinds.into_iter().rev().map(Msg::new).reduce(|rest, first| {
            let joined = if rest.id() == "list-two" || rest.id() == "list-more" {
                "list-more"
            } else {
                "list-two"
            };
            let (first_name, rest_name) = if joined == "list-two" {
                ("first", "second")
            } else {
                ("first", "rest")
            };
            Msg::new(joined)
                .with(first_name, first)
                .with(rest_name, rest)
        });
        match kinds {
            None => Msg::new("password-rules").with("count", self.minimum_length),
            Some(kinds) => Msg::new("password-rules-with")
                .with("count", self.minimum_length)
                .with("kinds", kinds),
        }
    }

    /// One message per unmet rule; empty when the password is acceptable.
    pub fn unmet_rules(&self, password: &str) -> Vec<Msg> {
        let mut unmet = Vec::new();
        if password.chars().count() < self.minimum_length {
            unmet.push(Msg::new("password-unmet-length").with("count", self.minimum_length));
        }
        if password.chars().count() > Password::MAX_CHARS {
            unmet.push(Msg::new("password-unmet-too-long").with("count", Password::MAX_CHARS));
        }
        if self.require_uppercase && !password.chars().any(|c| c.is_ascii_uppercase()) {
            unmet.push(Msg::new("password-unmet-upper"));
        }
        if self.require_lowercase && !password.chars().any(|c| c.is_ascii_lowercase()) {
            unmet.push(Msg::new("password-unmet-lower"));
        }
        if self.require_numbers && !password.chars().any(|c| c.is_ascii_digit()) {
            unmet.push(Msg::new("password-unmet-number"));
        }
        let inner = password.trim();
        if self.require_symbols && !inner.chars().any(|c| SYMBOLS.contains(c) || c == ' ') {
            unmet.push(Msg::new("password-unmet-symbol"));
        }
        if password != password.trim() {
            unmet.push(Msg::new("password-unmet-space"));
        }
        unmet
    }
}

/// A new password and its confirmation, checked against the policy before Cognito sees it.
pub struct NewPassword;

/// What is wrong with a new password, by field.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct NewPasswordProblems {
    pub new_password: Vec<Msg>,
    pub confirm_password: Option<Msg>,
}

impl NewPassword {
    pub fn parse(
        new_password: String,
        confirm_password: &str,
        policy: &PasswordPolicy,
    ) -> Result<Password, NewPasswordProblems> {
        let mut problems = NewPasswordProblems {
            new_password: if new_password.is_empty() {
                vec![Msg::new("new-password-missing")]
            } else {
                policy.unmet_rules(&new_password)
            },
            confirm_password: None,
        };
        if new_password != confirm_password {
            problems.confirm_password = Some(Msg::new("passwords-differ"));
        }
        if problems != NewPasswordProblems::default() {
            return Err(problems);
        }
        Password::parse(new_password).map_err(|e| NewPasswordProblems {
            new_password: vec![e.0],
            confirm_password: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_policy_reads_as_one_sentence() {
        let en = |m: Msg| m.text_in(crate::i18n::Lang::EN);
        assert_eq!(
            en(PasswordPolicy::default().describe()),
            "At least 8 characters, with upper and lower case letters, a number and a symbol."
        );
        let two = PasswordPolicy {
            require_symbols: false,
            require_numbers: false,
            ..PasswordPolicy::default()
        };
        assert_eq!(
            en(two.describe()),
            "At least 8 characters, with upper and lower case letters."
        );
        let number_and_symbol = PasswordPolicy {
            require_uppercase: false,
            require_lowercase: false,
            ..PasswordPolicy::default()
        };
        assert_eq!(
            en(number_and_symbol.describe()),
            "At least 8 characters, with a number and a symbol."
        );
        let lenient = PasswordPolicy {
            minimum_length: 12,
            require_uppercase: false,
            require_lowercase: false,
            require_numbers: false,
            require_symbols: false,
            temporary_password_validity_days: 7,
        };
        assert_eq!(en(lenient.describe()), "At least 12 characters.");
    }

    #[test]
    fn each_unmet_rule_has_its_own_message() {
        let policy = PasswordPolicy::default();
        let unmet = |p: &str| -> Vec<String> {
            policy
                .unmet_rules(p)
                .iter()
                .map(|m| m.text_in(crate::i18n::Lang::EN))
                .collect()
        };
        assert!(policy.unmet_rules("Good-Pass1").is_empty());
        assert!(
            policy.unmet_rules("Good Pass1").is_empty(),
            "an inner space is a symbol"
        );
        assert_eq!(policy.unmet_rules("short").len(), 4);
        assert_eq!(
            unmet("alllowercase1!"),
            vec!["Include an upper case letter."]
        );
        assert_eq!(unmet("ALLUPPER1!"), vec!["Include a lower case letter."]);
        assert_eq!(unmet("NoNumbers!"), vec!["Include a number."]);
        assert_eq!(
            unmet("NoSymbols1"),
            vec!["Include a symbol, such as ! or #."]
        );
        assert_eq!(
            unmet(" Spaced-Out1"),
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
            problems
                .confirm_password
                .map(|m| m.text_in(crate::i18n::Lang::EN)),
            Some("The passwords do not match.".to_owned())
        );
        assert!(NewPassword::parse("Good-Pass1".into(), "Good-Pass1", &policy).is_ok());
        let empty = NewPassword::parse(String::new(), "", &policy)
            .err()
            .unwrap();
        assert_eq!(empty.new_password, vec![Msg::new("new-password-missing")]);
    }
}
