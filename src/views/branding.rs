//! The organisation's name, logo and accent on every page.
//!
//! Pages are rendered deep inside handlers and error conversions that have no app state at
//! hand, so the branding travels with the request instead: `startup` runs every request inside
//! `scope` (a tokio task-local, one `Arc` clone per request), and `Layout` reads it. Outside a
//! request (unit tests) the defaults apply.
use std::sync::{Arc, LazyLock};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Branding {
    pub portal_name: String,
    /// The logo's hashed path under /static, when there is one.
    pub logo_path: Option<String>,
    /// The accent's stylesheet (hashed path), when an accent is set.
    pub accent_css_path: Option<String>,
}

impl Default for Branding {
    fn default() -> Self {
        Self {
            portal_name: crate::domain::DEFAULT_PORTAL_NAME.to_owned(),
            logo_path: None,
            accent_css_path: None,
        }
    }
}

tokio::task_local! {
    static CURRENT: Arc<Branding>;
}

static DEFAULT: LazyLock<Arc<Branding>> = LazyLock::new(Arc::default);

/// Runs `work` with `branding` as the pages' branding.
pub async fn scope<F: Future>(branding: Arc<Branding>, work: F) -> F::Output {
    CURRENT.scope(branding, work).await
}

/// The branding of the request being served (the defaults outside one).
pub fn current() -> Arc<Branding> {
    CURRENT
        .try_with(Arc::clone)
        .unwrap_or_else(|_| DEFAULT.clone())
}

/// Which branding the request is served with (its address): what is made once per branding is
/// kept under it, with no `Arc` clone to ask.
pub fn current_id() -> usize {
    CURRENT
        .try_with(|branding| Arc::as_ptr(branding) as usize)
        .unwrap_or_else(|_| Arc::as_ptr(&DEFAULT) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn pages_see_the_branding_of_their_request_and_the_defaults_elsewhere() {
        assert_eq!(current().portal_name, "Cognito Portal");
        let acme = Arc::new(Branding {
            portal_name: "Acme Clinic".into(),
            ..Branding::default()
        });
        let seen = scope(acme, async { current().portal_name.clone() }).await;
        assert_eq!(seen, "Acme Clinic");
        assert_eq!(current().portal_name, "Cognito Portal");
    }
}
