//! A message to show a person, by id: written in the language of the request when it is shown.
use super::bundles::{self, Piece};
use super::current;
use super::lang::Lang;
use fluent_bundle::{FluentArgs, FluentValue};
use std::borrow::Cow;
use std::fmt;

/// A message id and its variables. Handlers and domain code say *what* to tell the person;
/// the page says it in their language. Serializable, so a notice can wait in the session for
/// the next page (and is written in the language that page is shown in).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Msg {
    id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    args: Vec<(Cow<'static, str>, Arg)>,
}

/// A message's variable: text (data: a name, an address), a number (for plurals), or another
/// message (a group's name inside a sentence).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Arg {
    Text(String),
    Number(i64),
    Msg(Box<Msg>),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<Msg> for Arg {
    fn from(msg: Msg) -> Self {
        Arg::Msg(Box::new(msg))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u16, u32, u64, usize, i32, i64);

impl Msg {
    /// The message `id` of locales/en.ftl (the unit tests check every id the code names).
    pub const fn new(id: &'static str) -> Self {
        Self {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// With variable `$name`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Never: a message always says something (for templates that take text or a message).
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The text in `lang`.
    pub fn text_in(&self, lang: Lang) -> String {
        let mut out = String::new();
        let _ = self.write_in(&mut out, lang);
        out
    }

    fn write_in(&self, out: &mut dyn fmt::Write, lang: Lang) -> fmt::Result {
        if self.args.is_empty() {
            return bundles::write(out, lang, &self.id, None);
        }
        if let Some(pieces) = bundles::simple(lang, &self.id) {
            return self.write_pieces(out, lang, pieces);
        }
        let mut args = FluentArgs::with_capacity(self.args.len());
        for (name, value) in &self.args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Msg(msg) => FluentValue::from(msg.text_in(lang)),
            };
            args.set(name.clone(), value);
        }
        bundles::write(out, lang, &self.id, Some(&args))
    }
}

impl Msg {
    /// A message written as fluent would write it (the unit tests compare the two): in a
    /// right-to-left language, each variable or choice of a pattern of more than one piece is
    /// isolated; a missing variable shows as `{$name}`.
    fn write_pieces(&self, out: &mut dyn fmt::Write, lang: Lang, pieces: &[Piece]) -> fmt::Result {
        let isolate = lang.is_rtl() && pieces.len() > 1;
        for piece in pieces {
            if let Piece::Text(text) = piece {
                out.write_str(text)?;
                continue;
            }
            if isolate {
                out.write_char('\u{2068}')?;
            }
            match piece {
                Piece::Text(_) => {}
                Piece::Var(name) => self.write_var(out, lang, name)?,
                Piece::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = self.arg(var).and_then(|value| {
                        let key = match value {
                            Arg::Number(n) => Cow::Borrowed(bundles::plural_category(lang, *n)),
                            Arg::Text(text) => Cow::Borrowed(text.as_str()),
                            Arg::Msg(msg) => Cow::Owned(msg.text_in(lang)),
                        };
                        variants.iter().find(|(name, _)| *name == key)
                    });
                    if let Some((_, pieces)) = chosen.or_else(|| variants.get(*default)) {
                        self.write_pieces(out, lang, pieces)?;
                    }
                }
            }
            if isolate {
                out.write_char('\u{2069}')?;
            }
        }
        Ok(())
    }

    fn arg(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value)
    }

    fn write_var(&self, out: &mut dyn fmt::Write, lang: Lang, name: &str) -> fmt::Result {
        match self.arg(name) {
            Some(Arg::Text(text)) => out.write_str(text),
            Some(Arg::Number(n)) => super::numbers::write(out, lang, *n),
            Some(Arg::Msg(msg)) => msg.write_in(out, lang),
            None => write!(out, "{{${name}}}"),
        }
    }

    /// The same message with each text variable (its own and its nested messages') replaced
    /// by `f` of it: `views::with_strong` escapes them before it adds markup of its own.
    #[must_use]
    pub fn map_text_args(mut self, f: &dyn Fn(&str) -> String) -> Self {
        self.map_text_args_in_place(f);
        self
    }

    fn map_text_args_in_place(&mut self, f: &dyn Fn(&str) -> String) {
        for (_, value) in &mut self.args {
            match value {
                Arg::Text(text) => *text = f(text),
                Arg::Number(_) => {}
                Arg::Msg(msg) => msg.map_text_args_in_place(f),
            }
        }
    }

    /// Writes the message in the language of the request being served (what templates call,
    /// through askama's `FastWritable`: no formatter in between).
    pub fn write_to(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.write_in(out, current::lang())
    }
}

/// In the language of the request being served.
impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

/// A message without variables, for templates: `{{ t("login-title") }}` writes it straight
/// into the page, with nothing allocated.
pub fn t(id: &'static str) -> Static {
    Static(id)
}

#[derive(Clone, Copy)]
pub struct Static(&'static str);

impl Static {
    /// Writes the message in the language of the request being served.
    pub fn write_to(self, out: &mut dyn fmt::Write) -> fmt::Result {
        bundles::write(out, current::lang(), self.0, None)
    }
}

impl fmt::Display for Static {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}
