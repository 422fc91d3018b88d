//! Static files, compiled into the binary under content-hashed names (see build.rs): no file
//! system access, cacheable for a year, and sent brotli- or gzip-compressed from copies made at
//! build time when the browser takes them.
//!
//! Pages themselves are never compressed, here or by a middleware: they carry the CSRF token
//! next to text reflected from the request (a typed username, a search), and compressing such a
//! page lets an attacker who can inject guesses and watch response sizes recover the token
//! byte by byte (BREACH). Static files hold no secret, so they may be.
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::assets::{self, Asset};
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

const FOR_A_YEAR: &str = "public, max-age=31536000, immutable";

/// `/static/{file}`: a build-time file, or the organisation's logo or accent stylesheet.
pub async fn static_file(req: HttpRequest, state: web::Data<AppState>) -> AppResult<HttpResponse> {
    if let Some(asset) = assets::find(req.path()) {
        return Ok(compressed(&req, asset));
    }
    let (content_type, bytes) = state.look.file(req.path()).ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, FOR_A_YEAR))
        .body(bytes.to_vec()))
}

/// Browsers ask for /favicon.ico by that name, so it cannot carry a hash: cached for a day.
pub async fn favicon(req: HttpRequest) -> HttpResponse {
    let mut response = compressed(&req, &assets::FAVICON);
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("public, max-age=86400"),
    );
    response
}

/// A private portal: crawlers are asked to stay out (sign-in pages have nothing to index).
pub async fn robots() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body("User-agent: *\nDisallow: /\n")
}

fn compressed(req: &HttpRequest, asset: &'static Asset) -> HttpResponse {
    let offered = req
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let (encoding, body) = if accepts(offered, "br") {
        (Some("br"), asset.brotli)
    } else if accepts(offered, "gzip") {
        (Some("gzip"), asset.gzip)
    } else {
        (None, asset.body)
    };
    let mut response = HttpResponse::Ok();
    response
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, FOR_A_YEAR))
        .insert_header((header::VARY, "Accept-Encoding"));
    if let Some(encoding) = encoding {
        response.insert_header((header::CONTENT_ENCODING, encoding));
    }
    response.body(body)
}

/// Whether an `Accept-Encoding` value takes `coding` (named, not refused with `q=0`).
fn accepts(offered: &str, coding: &str) -> bool {
    offered.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        let named = parts.next().is_some_and(|c| c.eq_ignore_ascii_case(coding));
        let refused = parts.any(|p| {
            p.strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        named && !refused
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        assert!(accepts("gzip, deflate, br", "br"));
        assert!(accepts("gzip;q=0.8, BR;q=1", "br"));
        assert!(!accepts("gzip, br;q=0", "br"));
        assert!(!accepts("identity", "gzip"));
        assert!(!accepts("", "gzip"));
        assert!(!accepts("xgzip", "gzip"));
    }

    #[test]
    fn every_static_file_has_a_hashed_name_and_copies_that_unpack_to_it() {
        use std::io::Read;
        for asset in assets::ALL {
            let name = asset.path.rsplit('/').next().unwrap_or_default();
            let hash = name.split('.').nth(1).unwrap_or_default();
            assert_eq!(hash.len(), 10, "{}", asset.path);
            let mut gunzipped = Vec::new();
            flate2::read::GzDecoder::new(asset.gzip)
                .read_to_end(&mut gunzipped)
                .unwrap();
            assert_eq!(gunzipped, asset.body, "{}", asset.path);
            let mut unbrotlied = Vec::new();
            brotli::Decompressor::new(asset.brotli, 4096)
                .read_to_end(&mut unbrotlied)
                .unwrap();
            assert_eq!(unbrotlied, asset.body, "{}", asset.path);
            assert!(asset.brotli.len() < asset.body.len() || asset.body.len() < 200);
        }
    }
}
