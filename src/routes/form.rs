//! A urlencoded form extractor whose every failure is an [`AppError`] page: 413 past the body
//! limit, 400 for a wrong content type, broken UTF-8, or missing and duplicated fields.
//!
//! actix's own `web::Form` decodes broken UTF-8 lossily (into U+FFFD), silently changing what
//! was typed; this one refuses it.
use crate::error::AppError;
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use serde::de::DeserializeOwned;
use std::future::Future;
use std::pin::Pin;

pub const FORM_LIMIT_BYTES: usize = 16 * 1024;

pub struct Form<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for Form<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_form = req.content_type() == "application/x-www-form-urlencoded";
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !is_form {
                return Err(AppError::BadRequest("not a urlencoded form".into()));
            }
            let body = body.await.map_err(|err| {
                if err.as_response_error().status_code() == StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::PayloadTooLarge
                } else {
                    AppError::BadRequest(format!("form body: {err}"))
                }
            })?;
            parse(&body).map(Form)
        })
    }
}

/// Parses a urlencoded body, refusing any field whose bytes are not UTF-8.
pub fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    for part in body.split(|b| matches!(b, b'&' | b'=')) {
        let decoded: Vec<u8> = percent_encoding::percent_decode(part).collect();
        if std::str::from_utf8(&decoded).is_err() {
            return Err(AppError::BadRequest("form field is not UTF-8".into()));
        }
    }
    serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(format!("form: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
