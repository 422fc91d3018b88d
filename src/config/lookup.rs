//! Where variables come from, and the few ways every area reads one: required, optional,
//! parsed, a positive number. A blank value counts as unset everywhere, and every problem is
//! one line naming the variable.
use std::path::Path;
use std::str::FromStr;

/// One line naming the variable and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("{var}: {problem}")]
pub struct ConfigError {
    pub var: &'static str,
    pub problem: String,
}

impl ConfigError {
    pub fn new(var: &'static str, problem: impl Into<String>) -> Self {
        Self {
            var,
            problem: problem.into(),
        }
    }
}

/// The variables, from any source: the process environment, or a test's own map (so tests
/// need not touch the process env).
#[derive(Clone, Copy)]
pub struct Vars<'a>(&'a dyn Fn(&str) -> Option<String>);

impl<'a> Vars<'a> {
    pub fn new(lookup: &'a dyn Fn(&str) -> Option<String>) -> Self {
        Self(lookup)
    }

    /// The process environment, with whatever env file was read into it.
    pub fn process_env() -> Vars<'static> {
        Vars(&process_env)
    }

    /// The value as written, or `None` when it is unset or blank.
    pub fn optional(&self, name: &'static str) -> Option<String> {
        (self.0)(name).filter(|v| !v.trim().is_empty())
    }

    pub fn required(&self, name: &'static str) -> Result<String, ConfigError> {
        self.optional(name)
            .ok_or_else(|| ConfigError::new(name, "is not set; see .env.local.example"))
    }

    /// `parse` of the value when it is set; its `Err` says in words what is wrong.
    pub fn parsed<T>(
        &self,
        name: &'static str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ConfigError> {
        self.optional(name)
            .map(|raw| parse(&raw).map_err(|problem| ConfigError::new(name, problem)))
            .transpose()
    }

    /// A whole number above 0, or `default` when unset.
    pub fn positive<T>(&self, name: &'static str, default: T) -> Result<T, ConfigError>
    where
        T: FromStr + PartialOrd + Default,
    {
        let number = self.parsed(name, |raw| {
            raw.trim()
                .parse::<T>()
                .ok()
                .filter(|n| *n > T::default())
                .ok_or_else(|| "is not a whole number above 0".to_owned())
        })?;
        Ok(number.unwrap_or(default))
    }

    /// Whether the variable is set to exactly `value`.
    pub fn is(&self, name: &'static str, value: &str) -> bool {
        self.optional(name).is_some_and(|v| v == value)
    }
}

fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// `.env.local`, looked for from the working directory upwards, into the process environment
/// (the real environment wins). No such file is fine; one that cannot be read or parsed is not.
pub fn read_env_local() -> Result<(), ConfigError> {
    match dotenvy::from_filename(".env.local") {
        Ok(_) => Ok(()),
        Err(e) if e.not_found() => Ok(()),
        Err(e) => Err(ConfigError::new(".env.local", e.to_string())),
    }
}

/// The env file `provision` writes into, read into the process environment when it can be:
/// it may not exist yet, and whatever lines it holds are kept as they are when it is written.
pub fn read_env_file_if_any(path: &Path) {
    let _ = dotenvy::from_path(path);
}

/// A lookup over fixed pairs, for the areas' tests.
#[cfg(test)]
pub fn pairs(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
    let owned: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    move |name| {
        owned
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_value_is_unset_and_a_set_one_is_kept_as_written() {
        let lookup = pairs(&[("BLANK", "  \t"), ("SET", " a b ")]);
        let vars = Vars::new(&lookup);
        assert_eq!(vars.optional("BLANK"), None);
        assert_eq!(vars.optional("UNSET"), None);
        assert_eq!(vars.optional("SET").as_deref(), Some(" a b "));
    }

    #[test]
    fn a_required_variable_that_is_missing_or_blank_is_named() {
        let lookup = pairs(&[("BLANK", "")]);
        let vars = Vars::new(&lookup);
        for name in ["BLANK", "UNSET"] {
            let err = vars.required(name).unwrap_err();
            assert_eq!(err.var, name);
            assert_eq!(
                err.to_string(),
                format!("{name}: is not set; see .env.local.example")
            );
        }
    }

    #[test]
    fn a_parse_failure_names_the_variable_and_unset_is_none() {
        let lookup = pairs(&[("N", "x")]);
        let vars = Vars::new(&lookup);
        let err = vars
            .parsed("N", |raw| {
                raw.parse::<u8>().map_err(|_| "is no byte".into())
            })
            .unwrap_err();
        assert_eq!(err.to_string(), "N: is no byte");
        assert!(vars.parsed("M", |_| Ok(1)).unwrap().is_none());
    }

    #[test]
    fn positive_numbers_default_when_unset_and_refuse_zero_signs_and_words() {
        let lookup = pairs(&[("SPACED", " 7 "), ("BIG", "5000000000")]);
        let vars = Vars::new(&lookup);
        assert_eq!(vars.positive("UNSET", 5u32).unwrap(), 5);
        assert_eq!(vars.positive("SPACED", 5u32).unwrap(), 7);
        assert_eq!(vars.positive("BIG", 1u64).unwrap(), 5_000_000_000);
        assert_eq!(vars.positive("BIG", 1u32).unwrap_err().var, "BIG");
        for bad in ["0", "-3", "soon", "1.5"] {
            let lookup = pairs(&[("N", bad)]);
            let err = Vars::new(&lookup).positive("N", 1u32).unwrap_err();
            assert_eq!(err.to_string(), "N: is not a whole number above 0", "{bad}");
        }
    }

    #[test]
    fn is_compares_the_whole_value() {
        let lookup = pairs(&[("F", "json"), ("G", "json5")]);
        let vars = Vars::new(&lookup);
        assert!(vars.is("F", "json"));
        assert!(!vars.is("G", "json"));
        assert!(!vars.is("UNSET", "json"));
    }
}
