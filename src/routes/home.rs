use crate::error::see_other;
use crate::session::TypedSession;
use actix_web::HttpResponse;

/// `/`: the dashboard for someone signed in, else the sign-in page.
pub async fn home(session: TypedSession) -> HttpResponse {
    if session.user().is_some() {
        see_other("/dashboard")
    } else {
        see_other("/login")
    }
}
