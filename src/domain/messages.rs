//! The emails Cognito sends for the portal: an invitation that says which organisation and
//! where to sign in, and the code email, both checked against Cognito's limits before any call.
use super::parse_error::ConfigProblem;
use super::password_policy::PasswordPolicy;

/// The portal's name when the organisation gives none (`PORTAL_NAME`).
pub const DEFAULT_PORTAL_NAME: &str = "Cognito Portal";

/// An email's subject and HTML body, with Cognito's placeholders `{username}` and `{####}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageTemplate {
    pub subject: String,
    pub body: String,
}

/// The invitation (temporary password) and the code email (email verification, password reset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageTemplates {
    pub invitation: MessageTemplate,
    pub verification: MessageTemplate,
}

impl MessageTemplates {
    /// The messages for an organisation; `public_url` is where it signs in (`/login` under it).
    /// The invitation gives the guide's temporary-password validity.
    pub fn for_portal(portal_name: &str, public_url: Option<&str>) -> Result<Self, ConfigProblem> {
        let temporary_password_days = PasswordPolicy::default().temporary_password_validity_days;
        let name = html_escape(portal_name);
        let sign_in = match public_url {
            Some(url) => {
                let login = html_escape(&format!("{}/login", url.trim_end_matches('/')));
                format!("Sign in at <a href=\"{login}\">{login}</a> and choose your own password.")
            }
            None => "Sign in to the portal and choose your own password.".to_owned(),
        };
        let templates = Self {
            invitation: MessageTemplate {
                subject: format!("Your invitation to {portal_name}"),
                body: format!(
                    "<p>You have been invited to {name}.</p>\
                     <p>Your username is <strong>{{username}}</strong> and your temporary password is \
                     <strong>{{####}}</strong>.</p>\
                     <p>{sign_in} The temporary password works for {temporary_password_days} days.</p>"
                ),
            },
            verification: MessageTemplate {
                subject: format!("Your {portal_name} code"),
                body: format!(
                    "<p>Your code for {name} is <strong>{{####}}</strong>.</p>\
                     <p>If you did not ask for it, you can ignore this email.</p>"
                ),
            },
        };
        templates.check()?;
        Ok(templates)
    }

    /// Cognito's limits: subject 1 to 140 characters, body 6 to 20,000; the invitation holds
    /// `{username}` and `{####}`, the code email `{####}` and not `{username}`.
    pub fn check(&self) -> Result<(), ConfigProblem> {
        for template in [&self.invitation, &self.verification] {
            if !(1..=140).contains(&template.subject.chars().count()) {
                return Err(ConfigProblem("a subject must have 1 to 140 characters"));
            }
            if !(6..=20_000).contains(&template.body.chars().count()) {
                return Err(ConfigProblem("a message must have 6 to 20,000 characters"));
            }
            if !template.body.contains("{####}") {
                return Err(ConfigProblem("a message must hold {####}"));
            }
        }
        if !self.invitation.body.contains("{username}") {
            return Err(ConfigProblem("the invitation must hold {username}"));
        }
        if self.verification.body.contains("{username}") {
            return Err(ConfigProblem("the code email must not hold {username}"));
        }
        Ok(())
    }
}

/// Askama's HTML escaping, the same the portal's pages get (the emails' templates and the
/// pages' messages with markup).
pub fn html_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    html_escape_into(&mut escaped, text);
    escaped
}

/// `html_escape`, written onto the end of `out` (a page's `String`, or the buffer a page is
/// written into: views::skeleton).
pub fn html_escape_into(out: &mut impl std::fmt::Write, text: &str) {
    use askama::filters::Escaper;
    // Most values (tokens, names, addresses, paths) hold nothing to escape: copied whole.
    // Writing into a String or a BytesMut cannot fail.
    // `|`, not `||` nor `matches!`: compares the compiler can do sixteen at a time.
    if !super::byte_scan::any_byte(text.as_bytes(), |b| {
        (b == b'<') | (b == b'>') | (b == b'&') | (b == b'"') | (b == b'\'')
    }) {
        let _ = out.write_str(text);
        return;
    }
    let _ = askama::filters::Html.write_escaped_str(out, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invitation_names_the_organisation_and_where_to_sign_in() {
        let t = MessageTemplates::for_portal("Acme & Sons", Some("https://portal.acme.example/"))
            .unwrap();
        assert_eq!(t.invitation.subject, "Your invitation to Acme & Sons");
        // (Escaped as the pages are: askama writes numeric references.)
        assert!(t.invitation.body.contains("Acme &#38; Sons"));
        assert!(t.invitation.body.contains(
            "<a href=\"https://portal.acme.example/login\">https://portal.acme.example/login</a>"
        ));
        assert!(t.invitation.body.contains("{username}") && t.invitation.body.contains("{####}"));
        assert!(
            t.verification.body.contains("{####}") && !t.verification.body.contains("{username}")
        );
    }

    #[test]
    fn cognitos_limits_are_checked_before_any_call() {
        let good = MessageTemplates::for_portal("Acme", None).unwrap();
        let mut long_subject = good.clone();
        long_subject.invitation.subject = "s".repeat(141);
        assert!(long_subject.check().is_err());
        let mut no_code = good.clone();
        no_code.verification.body = "<p>Your code</p>".into();
        assert!(no_code.check().is_err());
        let mut names_the_person = good.clone();
        names_the_person.verification.body.push_str("{username}");
        assert!(names_the_person.check().is_err());
        let mut no_username = good.clone();
        no_username.invitation.body = no_username.invitation.body.replace("{username}", "you");
        assert!(no_username.check().is_err());
        let mut huge = good;
        huge.invitation.body.push_str(&"x".repeat(20_000));
        assert!(huge.check().is_err());
    }
}
