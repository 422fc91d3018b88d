//! The person an `/admin/users/{username}/...` path names.
use crate::domain::Username;
use crate::error::AppError;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use std::future::{Ready, ready};

/// The path's username, decoded exactly from the raw path as `domain::path_segment` wrote it
/// (actix's own decoding turns broken UTF-8 into U+FFFD, which could name someone else); a
/// name that cannot exist is a 404.
pub struct Target(pub Username);

impl FromRequest for Target {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(target_of(req.uri().path()).map(Target))
    }
}

fn target_of(path: &str) -> Result<Username, AppError> {
    path.strip_prefix("/admin/users/")
        .and_then(|rest| rest.split('/').next())
        .and_then(Username::from_path_segment)
        .ok_or(AppError::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::path_segment;

    #[test]
    fn the_segment_after_users_is_the_person() {
        for name in ["cleo/../chris", "a%2fb", ".."] {
            let path = format!("/admin/users/{}/disable", path_segment(name));
            assert_eq!(target_of(&path).unwrap().as_str(), name);
        }
        assert!(target_of("/admin/users/%FF").is_err());
        assert!(target_of("/admin/users/").is_err());
    }
}
