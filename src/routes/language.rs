//! `/language`: choosing the language of the portal's pages.
use crate::domain::NextPath;
use crate::error::{AppResult, BadInput, Internal, see_other};
use crate::i18n::{self, Lang, Msg};
use crate::routes::form::CsrfForm;
use crate::routes::page::ok_page;
use crate::session::{TypedSession, language_cookie};
use crate::state::AppState;
use crate::views::{LanguagePage, Layout};
use actix_web::{HttpRequest, HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    next: String,
}

/// Where to go back to: a path of this portal, checked as the sign-in page checks its `next`.
fn back_to(next: &str) -> String {
    NextPath::parse(next).map_or_else(|| "/".to_owned(), |next| next.as_str().to_owned())
}

/// The menu's own page, for pages that could not show it as a form.
pub async fn language_page(req: HttpRequest, session: TypedSession) -> AppResult<HttpResponse> {
    // Read leniently: a broken or unknown query is no reason to refuse a menu.
    let next = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(name, _)| name == "next")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    let csrf = session.ensure_csrf_token()?;
    let title = Msg::new("language-page-title");
    let layout = match session.user() {
        Some(user) => Layout::signed_in(title, &user, csrf.as_str()),
        None => Layout::anonymous(title),
    };
    ok_page(&LanguagePage {
        layout,
        csrf_token: csrf.0,
        next: back_to(&next),
    })
}

/// Remembers the choice on this device (a cookie) and, when signed in, in Cognito's `locale`,
/// so that it follows the person to every device they sign in on. Answers 303 to `next`.
#[tracing::instrument(skip_all)]
pub async fn choose_language(
    CsrfForm(form): CsrfForm<LanguageForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let lang = Lang::from_tag(&form.lang).ok_or_else(|| BadInput::UnknownChoice {
        what: "language",
        value: form.lang.clone(),
    })?;
    if let Some(user) = session.user() {
        session.set_language(lang)?;
        // This device has the choice either way; other devices get it when Cognito has it.
        if let Err(err) = state.cognito.set_locale(&user.username, lang).await {
            tracing::warn!(error = %crate::domain::ErrorChain(&err), "the language could not be kept in Cognito");
        }
    }
    i18n::set_lang(lang);
    let mut response = see_other(&back_to(&form.next));
    response
        .add_cookie(&language_cookie(lang))
        .map_err(Internal::Cookie)?;
    Ok(response)
}
