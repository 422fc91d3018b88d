//! What every page shares: the layout (header, footer, title) and a form's problems.
use super::assets;
use super::branding::{self, Branding};
use crate::domain::{NewPasswordProblems, SessionUser, html_escape, html_escape_into};
use crate::i18n::{self, Lang, Msg};
use std::sync::{Arc, LazyLock};

/// `t("login-title")` in every template (and its macros): a message of the request's language.
/// Askama calls a bare function as a method of the template, so every template has it.
pub trait Translate {
    fn t(&self, id: &'static str) -> Text {
        Text(i18n::t(id))
    }
}

impl<T> Translate for T {}

/// A message without variables, as a template writes it: the resources' own text, which holds
/// no `<`, `>`, `&` or `"` (a unit test over every language says so), so askama need not
/// escape it character by character.
#[derive(Clone, Copy)]
pub struct Text(i18n::Static);

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl askama::filters::HtmlSafe for Text {}

// Templates write messages through askama's FastWritable: straight into the page, without a
// `fmt::Formatter` between (a dozen and more messages a page; docs/benchmarks.md, What the
// figures justify).
impl askama::FastWritable for Text {
    fn write_into(
        &self,
        dest: &mut dyn std::fmt::Write,
        _: &dyn askama::Values,
    ) -> askama::Result<()> {
        Ok(self.0.write_to(dest)?)
    }
}

impl askama::FastWritable for Msg {
    fn write_into(
        &self,
        dest: &mut dyn std::fmt::Write,
        _: &dyn askama::Values,
    ) -> askama::Result<()> {
        Ok(self.write_to(dest)?)
    }
}

impl Text {
    /// Never (see `Msg::is_empty`).
    pub fn is_empty(&self) -> bool {
        false
    }
}

/// An email address as a page shows it: escaped, with a line-break opportunity (`<wbr>`) after
/// each `@` and `.`, so that in a narrow card a long address wraps between its parts rather
/// than in the middle of one.
#[derive(Clone, Copy)]
pub struct Address<'a>(pub &'a str);

/// Writes `address` as `Address` shows it.
pub fn write_address(out: &mut impl std::fmt::Write, address: &str) {
    let mut rest = address;
    while let Some(at) = rest.find(['@', '.']) {
        let (part, after) = rest.split_at(at + 1);
        html_escape_into(out, part);
        if !after.is_empty() {
            let _ = out.write_str("<wbr>");
        }
        rest = after;
    }
    html_escape_into(out, rest);
}

impl std::fmt::Display for Address<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write_address(f, self.0);
        Ok(())
    }
}

// Escaped by `write_address` itself.
impl askama::filters::HtmlSafe for Address<'_> {}

impl askama::FastWritable for Address<'_> {
    fn write_into(
        &self,
        dest: &mut dyn std::fmt::Write,
        _: &dyn askama::Values,
    ) -> askama::Result<()> {
        write_address(&mut Dyn(dest), self.0);
        Ok(())
    }
}

/// A `&mut dyn Write` as an `impl Write`.
struct Dyn<'a>(&'a mut dyn std::fmt::Write);

impl std::fmt::Write for Dyn<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write_str(s)
    }
}

/// `message` with the variables named in `strong` shown in bold (`<strong class=...>`), as
/// HTML: its own text variables are escaped, the strong ones go in as markup around their
/// escaped value, and the resources' text holds no `<>&"` (a unit test over every language).
/// A value in bold is a person's (a name, an address): isolated (`<bdi>`) from the sentence's
/// direction in every language, not only where fluent's isolation marks surround it.
pub fn with_strong(message: Msg, strong: &[(&'static str, &'static str, &str)]) -> String {
    let mut marked = message.map_text_args(&html_escape);
    for (name, class, value) in strong {
        let mut markup = String::with_capacity(value.len() + 52);
        markup.push_str("<strong");
        if !class.is_empty() {
            markup.push_str(" class=\"");
            markup.push_str(class);
            markup.push('"');
        }
        markup.push_str("><bdi>");
        html_escape_into(&mut markup, value);
        markup.push_str("</bdi></strong>");
        marked = marked.with(name, markup);
    }
    let mut html = String::with_capacity(128);
    let _ = marked.write_to(&mut html);
    html
}

/// What the shared layout (header, footer) needs on every page.
pub struct Layout {
    pub title: Msg,
    pub signed_in: Option<SignedInHeader>,
    /// The page shows errors: its title says so first.
    pub has_errors: bool,
    /// The organisation's name, logo and accent (of the request being served).
    pub brand: Arc<Branding>,
}

/// One problem with a form: shown in the summary at the top, linking to `anchor`, and next to
/// the field when `inline`.
pub struct FormError {
    pub anchor: &'static str,
    pub message: Msg,
    pub inline: bool,
}

/// A form's problems, in the order of its fields.
#[derive(Default)]
pub struct FormErrors(Vec<FormError>);

impl FormErrors {
    /// A problem with one field.
    pub fn field(&mut self, field: &'static str, message: Msg) {
        self.0.push(FormError {
            anchor: field,
            message,
            inline: true,
        });
    }

    /// A problem with the form as a whole, linked to the field to start again from.
    pub fn form(&mut self, anchor: &'static str, message: Msg) {
        self.0.push(FormError {
            anchor,
            message,
            inline: false,
        });
    }

    pub fn of(field: &'static str, message: Msg) -> Self {
        let mut errors = Self::default();
        errors.field(field, message);
        errors
    }

    pub fn of_form(anchor: &'static str, message: Msg) -> Self {
        let mut errors = Self::default();
        errors.form(anchor, message);
        errors
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FormError> {
        self.0.iter()
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.inline && e.anchor == field)
    }

    pub fn for_field(&self, field: &str) -> Vec<&Msg> {
        self.0
            .iter()
            .filter(|e| e.inline && e.anchor == field)
            .map(|e| &e.message)
            .collect()
    }

    /// Adds a new password's problems under the two password fields.
    pub fn new_password(&mut self, problems: NewPasswordProblems) {
        for message in problems.new_password {
            self.field("new_password", message);
        }
        if let Some(message) = problems.confirm_password {
            self.field("confirm_password", message);
        }
    }
}

/// The header of a signed-in page: the person's name and a sign-out button.
pub struct SignedInHeader {
    pub name: String,
    pub csrf_token: String,
}

impl Layout {
    pub fn anonymous(title: Msg) -> Self {
        Self {
            title,
            signed_in: None,
            has_errors: false,
            brand: branding::current(),
        }
    }

    pub fn signed_in(title: Msg, user: &SessionUser, csrf_token: &str) -> Self {
        Self::for_person(title, user.full_name(), csrf_token)
    }

    /// Signed in as `full_name`.
    pub fn for_person(title: Msg, full_name: impl Into<String>, csrf_token: &str) -> Self {
        Self {
            title,
            signed_in: Some(SignedInHeader {
                name: full_name.into(),
                csrf_token: csrf_token.to_owned(),
            }),
            has_errors: false,
            brand: branding::current(),
        }
    }

    pub fn with_errors(mut self, errors: &FormErrors) -> Self {
        self.has_errors = !errors.is_empty();
        self
    }

    /// `<title>`: the page, the organisation, and first of all whether the page shows errors.
    pub fn document_title(&self) -> Msg {
        let id = if self.has_errors {
            "document-title-error"
        } else {
            "document-title"
        };
        Msg::new(id)
            .with("title", self.title.clone())
            .with("portal", self.brand.portal_name.as_str())
    }

    pub fn signed_in_as(&self, header: &SignedInHeader) -> String {
        with_strong(
            Msg::new("signed-in-as"),
            &[("name", "", header.name.as_str())],
        )
    }

    /// A public page's `<meta name="description">`: message `id`, naming the organisation's
    /// portal.
    pub fn description(&self, id: &'static str) -> Msg {
        Msg::new(id).with("portal", self.brand.portal_name.as_str())
    }

    /// The CSRF token the language menu posts with (none: the menu is a link to its page).
    pub fn menu_token(&self) -> Option<std::borrow::Cow<'_, str>> {
        match &self.signed_in {
            // The header's sign-out form has the token already: no second session read.
            Some(header) => Some(std::borrow::Cow::Borrowed(header.csrf_token.as_str())),
            None => i18n::menu_token().map(std::borrow::Cow::Owned),
        }
    }

    /// Where the language menu comes back to.
    pub fn here(&self) -> String {
        i18n::here().unwrap_or_else(|| "/".to_owned())
    }

    /// The language of the request being served.
    pub fn lang(&self) -> Lang {
        i18n::lang()
    }

    /// The `<option>`s of a language menu, `selected` (a tag, or none) chosen: the same few
    /// hundred bytes on every page, so made once per choice rather than escaped every time.
    pub fn language_options(&self, selected: &str) -> &'static str {
        static OPTIONS: LazyLock<Vec<String>> =
            LazyLock::new(|| {
                Lang::all()
                    .map(|lang| lang.tag())
                    .chain([""])
                    .map(|selected| {
                        Lang::all()
                        .map(|lang| {
                            format!(
                                "<option value=\"{tag}\" lang=\"{tag}\"{chosen}>{name}</option>",
                                tag = lang.tag(),
                                name = html_escape(lang.native_name()),
                                chosen = if lang.tag() == selected { " selected" } else { "" },
                            )
                        })
                        .collect()
                    })
                    .collect()
            });
        let index = Lang::from_tag(selected).map_or(OPTIONS.len() - 1, Lang::index);
        OPTIONS.get(index).map_or("", String::as_str)
    }

    pub fn version(&self) -> &'static str {
        env!("CARGO_PKG_VERSION")
    }

    pub fn stylesheet(&self) -> &'static str {
        assets::STYLESHEET.path
    }

    pub fn favicon(&self) -> &'static str {
        assets::FAVICON.path
    }

    pub fn forms_script(&self) -> &'static str {
        assets::FORMS_SCRIPT.path
    }
}
