//! The languages people may choose from.
use super::lookup::Vars;

pub const PORTAL_PSEUDO_LANGUAGE: &str = "PORTAL_PSEUDO_LANGUAGE";

#[derive(Clone, Copy, Debug, Default)]
pub struct LanguageSettings {
    /// `PORTAL_PSEUDO_LANGUAGE=true`: `en-XA` can be chosen (the tests that find text left out
    /// of the message resources). Never for people.
    pub pseudo_language: bool,
}

impl LanguageSettings {
    pub fn from_lookup(vars: &Vars) -> Self {
        Self {
            pseudo_language: vars.is(PORTAL_PSEUDO_LANGUAGE, "true"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::lookup::pairs;

    #[test]
    fn the_pseudo_language_is_on_only_for_true() {
        for (value, on) in [("true", true), ("1", false), ("TRUE", false), ("", false)] {
            let lookup = pairs(&[(PORTAL_PSEUDO_LANGUAGE, value)]);
            let settings = LanguageSettings::from_lookup(&Vars::new(&lookup));
            assert_eq!(settings.pseudo_language, on, "{value}");
        }
    }
}
