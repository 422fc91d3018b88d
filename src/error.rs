//! One error type for the whole portal, turned into a status and a page in one place, and
//! every conversion from a lower layer's own error into it.
//!
//! Which variant to use:
//! - A person asked for something that is not there, or not theirs: `NotFound`, `Forbidden`.
//! - A request the client got wrong (form, query, upload, an unknown choice): `BadRequest`,
//!   with the `BadInput` that says what; `PayloadTooLarge` for a body over the limit.
//! - Signed out, or the session ended: `SignInRequired` / `SessionEnded` (a redirect to
//!   `/login`, no page).
//! - Cognito's answers: never built by hand from a `CognitoError`; `?` maps each kind
//!   (`From<CognitoError>`): refusals the page has no words of its own for become
//!   `CognitoRefused` (422), answers the portal cannot read `CognitoUnexpected` (503), an
//!   outage `Unavailable` (503), an existing name `Conflict` (409), a write that may or may
//!   not have been done `Unconfirmed` (503).
//! - Redis, for the sessions and shared state: `StorageUnavailable` (503), by `?` on a
//!   `SharedError`.
//! - The portal's own fault (a template, a cookie it could not set): `Internal`, with the
//!   `Internal` cause; the only 500.
//!
//! Every cause is kept as a typed `#[source]` and the whole chain is logged once, where the
//! error becomes a page (`error_response`). No cause ever reaches a page: a page says only
//! what its variant means, in the request's language.
use crate::cognito::{Cause, CognitoError, TokenError};
use crate::domain::{ErrorChain, NextPath, ParseError};
use crate::i18n::{Lang, Msg};
use crate::limits::LimitError;
use crate::redis_pool::SharedError;
use crate::views::{ErrorPage, render};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// A known path asked with a method it does not take; `allow` lists the ones it does.
    #[error("method not allowed")]
    MethodNotAllowed { allow: &'static str },
    #[error("forbidden")]
    Forbidden,
    #[error("CSRF token missing or wrong")]
    CsrfRejected,
    #[error("bad request")]
    BadRequest(#[source] BadInput),
    #[error("request body too large")]
    PayloadTooLarge,
    /// Signed out: go and sign in, then come back here.
    #[error("sign-in required")]
    SignInRequired { next: Option<NextPath> },
    /// The session ran out (tokens expired) or was ended elsewhere.
    #[error("session ended")]
    SessionEnded { next: Option<NextPath> },
    #[error("too many requests")]
    TooManyRequests,
    /// The portal's own limits: try again after `retry_after`.
    #[error("rate limited")]
    RateLimited { retry_after: std::time::Duration },
    /// A form sent from another site.
    #[error("cross-site request")]
    CrossSite,
    /// What was asked for exists already (e.g. a username).
    #[error("conflict")]
    Conflict(#[source] CognitoError),
    /// Cognito refused a request in a way the page asking had no answer of its own for.
    #[error("Cognito refused a request")]
    CognitoRefused(#[source] CognitoError),
    /// Cognito answered with an error the portal does not know, or without what it needs.
    #[error("unexpected answer from Cognito")]
    CognitoUnexpected(#[source] CognitoError),
    #[error("a service the portal depends on is unavailable")]
    Unavailable(#[source] Dependency),
    /// A write Cognito gave no clear answer to, and what it did could not be read back: the
    /// page says so, and what to look at before trying again.
    #[error("not known whether a change took effect")]
    Unconfirmed(#[source] CognitoError),
    /// The shared session store (Redis) cannot be reached: nothing about the session can be
    /// trusted, so nothing is served from it.
    #[error("session store unavailable")]
    StorageUnavailable(#[source] Cause),
    #[error("internal error")]
    Internal(#[source] Internal),
}

/// What was wrong with a request the client sent (the 400 page).
#[derive(Debug, thiserror::Error)]
pub enum BadInput {
    #[error("not a urlencoded form")]
    NotAForm,
    #[error("the form body could not be read")]
    Body(#[source] actix_web::Error),
    #[error("the form does not parse")]
    Form(#[source] serde_urlencoded::de::Error),
    #[error("a form field is not UTF-8")]
    NotUtf8,
    #[error("the query string does not parse")]
    Query(#[source] actix_web::error::QueryPayloadError),
    #[error("the upload does not parse")]
    Upload(#[source] actix_multipart::MultipartError),
    /// A choice from a fixed list (a group, a language) that is not on it.
    #[error("unknown {what} {value:?}")]
    UnknownChoice { what: &'static str, value: String },
}

/// Which service an outage is of.
#[derive(Debug, thiserror::Error)]
pub enum Dependency {
    #[error(transparent)]
    Cognito(CognitoError),
    /// The pool's signing keys (JWKS), without which no sign-in can be verified.
    #[error(transparent)]
    Keys(TokenError),
}

/// The portal's own faults: the 500 page.
#[derive(Debug, thiserror::Error)]
pub enum Internal {
    #[error("an ID token Cognito issued was refused")]
    IdToken(#[source] TokenError),
    #[error("an ID token names a user the portal cannot take")]
    TokenUsername(#[source] ParseError),
    #[error("a template failed")]
    Template(#[source] askama::Error),
    #[error("the session could not be written")]
    SessionWrite(#[source] actix_session::SessionInsertError),
    #[error("a cookie could not be set")]
    Cookie(#[source] actix_web::error::HttpError),
    /// Wiring that startup.rs guarantees, missing (a bug, never input).
    #[error("{0}")]
    Wiring(&'static str),
}

pub type AppResult<T> = Result<T, AppError>;

/// What a Cognito error means for a page that has no answer of its own for it: never a 500,
/// and never Cognito's own words (they stay in the log, and only as the error's kind).
impl From<CognitoError> for AppError {
    fn from(err: CognitoError) -> Self {
        match err {
            CognitoError::Unavailable(_) => Self::Unavailable(Dependency::Cognito(err)),
            CognitoError::Throttled | CognitoError::PasswordAttemptsExceeded => {
                Self::TooManyRequests
            }
            CognitoError::UserNotFound => Self::NotFound,
            CognitoError::UsernameExists | CognitoError::AliasExists => Self::Conflict(err),
            CognitoError::NotAuthorized
            | CognitoError::InvitationExpired
            | CognitoError::PasswordResetRequired
            | CognitoError::InvalidPassword(_)
            | CognitoError::InvalidParameter(_)
            | CognitoError::CodeMismatch
            | CognitoError::ExpiredCode
            | CognitoError::SessionExpired
            | CognitoError::CannotResetInCurrentState => Self::CognitoRefused(err),
            CognitoError::ResourceNotFound(_)
            | CognitoError::Unknown { .. }
            | CognitoError::Unexpected(_) => Self::CognitoUnexpected(err),
            CognitoError::Unconfirmed { .. } => Self::Unconfirmed(err),
        }
    }
}

/// An ID token Cognito issued that does not verify: the keys could not be had (503), or the
/// token itself is wrong, which is the portal's or Cognito's fault, never the person's.
impl From<TokenError> for AppError {
    fn from(err: TokenError) -> Self {
        match err {
            TokenError::JwksUnavailable(_) => Self::Unavailable(Dependency::Keys(err)),
            other => Self::Internal(Internal::IdToken(other)),
        }
    }
}

impl From<LimitError> for AppError {
    fn from(err: LimitError) -> Self {
        match err {
            LimitError::RateLimited { retry_after } => Self::RateLimited { retry_after },
            LimitError::Storage(err) => err.into(),
        }
    }
}

impl From<SharedError> for AppError {
    fn from(err: SharedError) -> Self {
        Self::StorageUnavailable(Box::new(err))
    }
}

impl From<actix_session::SessionInsertError> for AppError {
    fn from(err: actix_session::SessionInsertError) -> Self {
        Self::Internal(Internal::SessionWrite(err))
    }
}

impl From<BadInput> for AppError {
    fn from(err: BadInput) -> Self {
        Self::BadRequest(err)
    }
}

impl From<Internal> for AppError {
    fn from(err: Internal) -> Self {
        Self::Internal(err)
    }
}

impl AppError {
    fn page(&self) -> (Msg, Msg) {
        let (title, message) = match self {
            Self::NotFound => (
                Msg::new("error-not-found-title"),
                Msg::new("error-not-found"),
            ),
            Self::MethodNotAllowed { .. } => {
                (Msg::new("error-method-title"), Msg::new("error-method"))
            }
            Self::Forbidden => (
                Msg::new("error-forbidden-title"),
                Msg::new("error-forbidden"),
            ),
            Self::CsrfRejected => (Msg::new("error-csrf-title"), Msg::new("error-csrf")),
            Self::BadRequest(_) => (
                Msg::new("error-bad-request-title"),
                Msg::new("error-bad-request"),
            ),
            Self::PayloadTooLarge => (
                Msg::new("error-too-large-title"),
                Msg::new("error-too-large"),
            ),
            Self::TooManyRequests => (Msg::new("error-too-many-title"), Msg::new("error-too-many")),
            Self::RateLimited { retry_after } => {
                return (
                    Msg::new("error-too-many-title"),
                    wait_in_words(*retry_after),
                );
            }
            Self::CrossSite => (
                Msg::new("error-cross-site-title"),
                Msg::new("error-cross-site"),
            ),
            Self::Conflict(_) => (Msg::new("error-conflict-title"), Msg::new("error-conflict")),
            Self::CognitoRefused(_) => (Msg::new("error-refused-title"), Msg::new("error-refused")),
            Self::CognitoUnexpected(_) => (
                Msg::new("error-unexpected-title"),
                Msg::new("error-unexpected"),
            ),
            Self::Unavailable(_) => (
                Msg::new("error-unavailable-title"),
                Msg::new("error-unavailable"),
            ),
            Self::StorageUnavailable(_) => {
                (Msg::new("error-storage-title"), Msg::new("error-storage"))
            }
            Self::Unconfirmed(err) => {
                let what = match err {
                    CognitoError::Unconfirmed {
                        operation: "AdminCreateUser",
                    } => "error-unconfirmed-invite",
                    CognitoError::Unconfirmed {
                        operation: "AdminDeleteUser",
                    } => "error-unconfirmed-delete",
                    _ => "error-unconfirmed",
                };
                (Msg::new("error-unconfirmed-title"), Msg::new(what))
            }
            Self::Internal(_) | Self::SignInRequired { .. } | Self::SessionEnded { .. } => {
                (Msg::new("error-internal-title"), Msg::new("error-internal"))
            }
        };
        (title, message)
    }

    /// Seconds the client should wait, for `Retry-After`.
    fn retry_after_secs(&self) -> Option<u64> {
        match self {
            Self::TooManyRequests
            | Self::Unavailable(_)
            | Self::CognitoUnexpected(_)
            | Self::Unconfirmed(_) => Some(60),
            Self::StorageUnavailable(_) => Some(10),
            Self::RateLimited { retry_after } => Some(retry_after.as_secs_f64().ceil() as u64),
            _ => None,
        }
    }
}

/// "Try again in 1 minute", "... 3 minutes", "... 40 seconds".
fn wait_in_words(wait: std::time::Duration) -> Msg {
    let secs = wait.as_secs_f64().ceil() as u64;
    if secs < 60 {
        return Msg::new("error-rate-limited-seconds").with("count", secs);
    }
    Msg::new("error-rate-limited-minutes").with("count", secs.div_ceil(60))
}

/// `/login`, with where to come back to and why, as query parameters.
pub fn login_location(next: Option<&NextPath>, reason: Option<&str>) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if let Some(reason) = reason {
        query.append_pair("reason", reason);
    }
    if let Some(next) = next {
        query.append_pair("next", next.as_str());
    }
    let query = query.finish();
    if query.is_empty() {
        "/login".to_owned()
    } else {
        format!("/login?{query}")
    }
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::CognitoRefused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Forbidden | Self::CsrfRejected | Self::CrossSite => StatusCode::FORBIDDEN,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::SignInRequired { .. } | Self::SessionEnded { .. } => StatusCode::SEE_OTHER,
            Self::TooManyRequests | Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_)
            | Self::StorageUnavailable(_)
            | Self::CognitoUnexpected(_)
            | Self::Unconfirmed(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::SignInRequired { next } => {
                return see_other(&login_location(next.as_ref(), None));
            }
            Self::SessionEnded { next } => {
                return see_other(&login_location(next.as_ref(), Some("ended")));
            }
            Self::Internal(_) => tracing::error!(error = %ErrorChain(self), "request failed"),
            Self::Unavailable(_) | Self::StorageUnavailable(_) => {
                tracing::warn!(error = %ErrorChain(self), "dependency unavailable")
            }
            // Logged where it was found, with the outage under it (CognitoError::unconfirmed).
            Self::Unconfirmed(_) => {}
            Self::CognitoRefused(_) => {
                tracing::warn!(error = %ErrorChain(self), "Cognito refused a request")
            }
            Self::CognitoUnexpected(_) => {
                tracing::warn!(error = %ErrorChain(self), "Cognito answered unexpectedly")
            }
            _ => {}
        }
        let status = self.status_code();
        let (title, message) = self.page();
        let mut response = HttpResponse::build(status);
        if let Self::MethodNotAllowed { allow } = self {
            response.insert_header((header::ALLOW, *allow));
        }
        if let Some(secs) = self.retry_after_secs() {
            response.insert_header((header::RETRY_AFTER, HeaderValue::from(secs)));
        }
        let fallback = format!("{} {}", status.as_u16(), title.text_in(Lang::EN));
        let body = render(&ErrorPage::new(status.as_u16(), title, message)).unwrap_or(fallback);
        response.content_type(html_content_type()).body(body)
    }
}

/// A page's content type, made at compile time: a header value from a `&str` is checked byte
/// by byte on every response.
pub fn html_content_type() -> HeaderValue {
    const { HeaderValue::from_static("text/html; charset=utf-8") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_said_in_plain_words() {
        use std::time::Duration;
        let en = |d| wait_in_words(d).text_in(Lang::EN);
        let de = |d| wait_in_words(d).text_in(Lang::from_tag("de").expect("one of the languages"));
        assert!(en(Duration::from_millis(1500)).ends_with("Try again in 2 seconds."));
        assert!(en(Duration::from_secs(61)).ends_with("Try again in 2 minutes."));
        assert!(en(Duration::from_secs(60)).ends_with("Try again in 1 minute."));
        assert!(
            de(Duration::from_secs(60)).contains("1 Minute"),
            "{}",
            de(Duration::from_secs(60))
        );
        assert!(de(Duration::from_secs(240)).contains("4 Minuten"));
    }

    #[test]
    fn the_log_gets_every_cause_and_the_page_none() {
        let err: AppError = SharedError::Timeout(std::time::Duration::from_millis(1500)).into();
        assert_eq!(
            ErrorChain(&err).to_string(),
            "session store unavailable: Redis did not answer within 1.5s"
        );
        let response = err.error_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body = actix_web::body::to_bytes(response.into_body());
        let body = futures_util::FutureExt::now_or_never(body)
            .expect("a page body is ready at once")
            .expect("the page renders");
        let page = String::from_utf8_lossy(&body);
        assert!(!page.contains("Redis"), "{page}");
        assert!(!page.contains("1.5s"), "{page}");
    }

    #[test]
    fn a_write_of_unknown_outcome_says_what_to_look_at() {
        let err: AppError = CognitoError::Unconfirmed {
            operation: "AdminCreateUser",
        }
        .into();
        assert_eq!(err.status_code(), StatusCode::SERVICE_UNAVAILABLE);
        let (_, message) = err.page();
        assert!(
            message
                .text_in(Lang::EN)
                .contains("whether the invitation went out"),
            "{}",
            message.text_in(Lang::EN)
        );
        assert_eq!(err.retry_after_secs(), Some(60));
    }

    #[test]
    fn login_location_keeps_next_and_reason_encoded() {
        let next = NextPath::parse("/client?a=1&b=2").unwrap();
        assert_eq!(
            login_location(Some(&next), Some("ended")),
            "/login?reason=ended&next=%2Fclient%3Fa%3D1%26b%3D2"
        );
        assert_eq!(login_location(None, None), "/login");
    }

    #[test]
    fn cognito_outages_and_throttling_are_not_reported_as_internal_errors() {
        let unavailable: AppError = CognitoError::Unavailable("timeout".into()).into();
        assert_eq!(unavailable.status_code(), StatusCode::SERVICE_UNAVAILABLE);
        let throttled: AppError = CognitoError::Throttled.into();
        assert_eq!(throttled.status_code(), StatusCode::TOO_MANY_REQUESTS);
        let locked_out: AppError = CognitoError::PasswordAttemptsExceeded.into();
        assert_eq!(locked_out.status_code(), StatusCode::TOO_MANY_REQUESTS);
    }

    #[test]
    fn no_cognito_error_becomes_a_500() {
        let every_kind = [
            CognitoError::NotAuthorized,
            CognitoError::PasswordAttemptsExceeded,
            CognitoError::InvitationExpired,
            CognitoError::PasswordResetRequired,
            CognitoError::Throttled,
            CognitoError::UsernameExists,
            CognitoError::AliasExists,
            CognitoError::InvalidPassword(Default::default()),
            CognitoError::CodeMismatch,
            CognitoError::ExpiredCode,
            CognitoError::SessionExpired,
            CognitoError::UserNotFound,
            CognitoError::ResourceNotFound(Default::default()),
            CognitoError::CannotResetInCurrentState,
            CognitoError::InvalidParameter(Default::default()),
            CognitoError::Unavailable("x".into()),
            CognitoError::Unknown {
                operation: "ListUsers",
                code: "NewException".into(),
                said: Default::default(),
            },
            CognitoError::Unexpected("no token".into()),
            CognitoError::Unconfirmed {
                operation: "AdminCreateUser",
            },
        ];
        for err in every_kind {
            let shown = format!("{err:?}");
            let status = AppError::from(err).status_code();
            assert!(
                !status.is_server_error() || status == 503,
                "{shown}: {status}"
            );
        }
        let unknown: AppError = CognitoError::Unknown {
            operation: "ListUsers",
            code: "NewException".into(),
            said: Default::default(),
        }
        .into();
        assert_eq!(unknown.status_code(), StatusCode::SERVICE_UNAVAILABLE);
        let logged = ErrorChain(&unknown).to_string();
        assert!(logged.contains("ListUsers"), "{logged}");
    }
}
