//! What every page shares: the layout (header, footer, title) and a form's problems.
use super::assets;
use super::branding::{self, Branding};
use crate::domain::{NewPasswordProblems, SessionUser};
use std::sync::Arc;

/// What the shared layout (header, footer) needs on every page.
pub struct Layout {
    pub title: String,
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
    pub message: String,
    pub inline: bool,
}

/// A form's problems, in the order of its fields.
#[derive(Default)]
pub struct FormErrors(Vec<FormError>);

impl FormErrors {
    /// A problem with one field.
    pub fn field(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push(FormError {
            anchor: field,
            message: message.into(),
            inline: true,
        });
    }

    /// A problem with the form as a whole, linked to the field to start again from.
    pub fn form(&mut self, anchor: &'static str, message: impl Into<String>) {
        self.0.push(FormError {
            anchor,
            message: message.into(),
            inline: false,
        });
    }

    pub fn of(field: &'static str, message: impl Into<String>) -> Self {
        let mut errors = Self::default();
        errors.field(field, message);
        errors
    }

    pub fn of_form(anchor: &'static str, message: impl Into<String>) -> Self {
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

    pub fn for_field(&self, field: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|e| e.inline && e.anchor == field)
            .map(|e| e.message.as_str())
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
    pub fn anonymous(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            signed_in: None,
            has_errors: false,
            brand: branding::current(),
        }
    }

    pub fn signed_in(title: impl Into<String>, user: &SessionUser, csrf_token: &str) -> Self {
        Self {
            title: title.into(),
            signed_in: Some(SignedInHeader {
                name: user.full_name(),
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
