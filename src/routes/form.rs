//! The urlencoded form extractor every form handler uses, whose every failure is an
//! [`AppError`] page: 403 for a missing or wrong CSRF token, 413 past the body limit, 400 for a
//! wrong content type, broken UTF-8, or missing and duplicated fields.
//!
//! actix's own `web::Form` decodes broken UTF-8 lossily (into U+FFFD), silently changing what
//! was typed; this one refuses it.
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult, BadInput, Internal};
use crate::session::{TypedSession, verify_csrf};
use crate::state::AppState;
use actix_session::SessionExt;
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use serde::de::DeserializeOwned;
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;

pub const FORM_LIMIT_BYTES: usize = 16 * 1024;

/// A form posted from one of this session's own pages: its `csrf_token` field is checked
/// against the session (the 403 page if missing or wrong) before anything else in it is read,
/// so form types need not carry the token.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = AppResult<Self>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let session = TypedSession::from(req.get_session());
        let body = form_body(req, payload);
        Box::pin(async move {
            let body = body.await?;
            check_utf8(&body)?;
            let mut tokens = url::form_urlencoded::parse(&body)
                .filter(|(name, _)| name == CSRF_FIELD)
                .map(|(_, value)| value);
            let token = tokens.next().unwrap_or_default();
            if tokens.next().is_some() {
                return Err(AppError::CsrfRejected);
            }
            verify_csrf(&session, &token)?;
            deserialize(&body).map(CsrfForm)
        })
    }
}

const CSRF_FIELD: &str = "csrf_token";

/// A form whose sending is a guess a stranger could repeat (a password, a code): once its
/// CSRF token checks out, the client's attempt is counted (`Limits::attempt_from`; the 429
/// page past the limit) before the handler runs. `client` is the address it was counted for.
pub struct AttemptForm<T> {
    pub form: T,
    pub client: IpAddr,
}

impl<T: DeserializeOwned + 'static> FromRequest for AttemptForm<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = AppResult<Self>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let form = CsrfForm::<T>::from_request(req, payload);
        let ClientAddress(client) = ClientAddress::of(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let CsrfForm(form) = form.await?;
            let state = state.ok_or(AppError::Internal(Internal::Wiring("app state missing")))?;
            state.limits.attempt_from(client).await?;
            Ok(Self { form, client })
        })
    }
}

/// A form that carries nothing but its CSRF token (sign out, the admin's one-button actions).
#[derive(serde::Deserialize)]
pub struct NoFields {}

/// The body of a urlencoded form, within the size limit.
fn form_body(
    req: &HttpRequest,
    payload: &mut Payload,
) -> impl Future<Output = AppResult<web::Bytes>> + 'static {
    let is_form = req.content_type() == "application/x-www-form-urlencoded";
    let body = web::Bytes::from_request(req, payload);
    async move {
        if !is_form {
            return Err(BadInput::NotAForm.into());
        }
        body.await.map_err(|err| {
            if err.as_response_error().status_code() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge
            } else {
                AppError::BadRequest(BadInput::Body(err))
            }
        })
    }
}

/// Parses a urlencoded body, refusing any field whose bytes are not UTF-8.
pub fn parse<T: DeserializeOwned>(body: &[u8]) -> AppResult<T> {
    check_utf8(body)?;
    deserialize(body)
}

fn deserialize<T: DeserializeOwned>(body: &[u8]) -> AppResult<T> {
    serde_urlencoded::from_bytes(body).map_err(|e| BadInput::Form(e).into())
}

fn check_utf8(body: &[u8]) -> AppResult<()> {
    for part in body.split(|b| matches!(b, b'&' | b'=')) {
        let decoded: Vec<u8> = percent_encoding::percent_decode(part).collect();
        if std::str::from_utf8(&decoded).is_err() {
            return Err(BadInput::NotUtf8.into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test as atest;
    use actix_web::{App, HttpResponse};

    #[derive(serde::Deserialize, Debug)]
    struct Login {
        username: String,
        #[expect(dead_code)]
        password: String,
    }

    #[test]
    fn a_good_form_parses() {
        let form: Login = parse(b"username=J%C3%BCrgen&password=a+b").unwrap();
        assert_eq!(form.username, "Jürgen");
    }

    #[test]
    fn broken_utf8_missing_and_duplicated_fields_are_bad_requests() {
        for body in [
            &b"username=%FF&password=x"[..],
            b"username=\xff&password=x",
            b"username=a",
            b"username=a&username=b&password=x",
        ] {
            assert!(
                matches!(parse::<Login>(body), Err(AppError::BadRequest(_))),
                "{body:?} was accepted"
            );
        }
    }

    #[derive(serde::Deserialize)]
    struct Name {
        name: String,
    }

    #[actix_web::test]
    async fn a_csrf_form_is_read_only_with_this_sessions_token_given_once() {
        let app = atest::init_service(
            App::new()
                .wrap(crate::session::cookie_sessions_for_tests())
                .route(
                    "/form",
                    web::get().to(|session: TypedSession| async move {
                        let token = session.ensure_csrf_token().unwrap();
                        HttpResponse::Ok().body(token.0)
                    }),
                )
                .route(
                    "/form",
                    web::post().to(|CsrfForm(form): CsrfForm<Name>| async move {
                        HttpResponse::Ok().body(form.name)
                    }),
                ),
        )
        .await;
        let res =
            atest::call_service(&app, atest::TestRequest::get().uri("/form").to_request()).await;
        let cookie = res.response().cookies().next().unwrap().into_owned();
        let token = String::from_utf8(atest::read_body(res).await.to_vec()).unwrap();

        let post = |body: String| {
            atest::TestRequest::post()
                .uri("/form")
                .cookie(cookie.clone())
                .insert_header(("content-type", "application/x-www-form-urlencoded"))
                .set_payload(body)
                .to_request()
        };
        let status = |res: Result<actix_web::dev::ServiceResponse, actix_web::Error>| match res {
            Ok(res) => res.status().as_u16(),
            Err(err) => err.as_response_error().status_code().as_u16(),
        };
        let ok = atest::call_service(&app, post(format!("name=Ada&csrf_token={token}"))).await;
        assert_eq!(ok.status(), 200);
        assert_eq!(atest::read_body(ok).await, "Ada");
        for (body, expected) in [
            ("name=Ada".to_owned(), 403),
            ("name=Ada&csrf_token=".to_owned(), 403),
            (format!("name=Ada&csrf_token={token}x"), 403),
            (
                format!("name=Ada&csrf_token={token}&csrf_token={token}"),
                403,
            ),
            (format!("csrf_token={token}"), 400),
            (format!("name=%FF&csrf_token={token}"), 400),
        ] {
            let res = atest::try_call_service(&app, post(body.clone())).await;
            assert_eq!(status(res), expected, "{body}");
        }
    }
}
