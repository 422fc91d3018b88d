use super::page::account_page;
use crate::auth::CurrentUser;
use crate::domain::PersonName;
use crate::error::{AppResult, see_other};
use crate::routes::form::CsrfForm;
use crate::session::{Flash, TypedSession};
use crate::state::AppState;
use crate::views::FormErrors;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct ProfileForm {
    given_name: String,
    family_name: String,
}

#[tracing::instrument(skip_all)]
pub async fn update_profile(
    current: CurrentUser,
    CsrfForm(form): CsrfForm<ProfileForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let mut errors = FormErrors::default();
    let given = PersonName::parse(&form.given_name).map_err(|e| errors.field("given_name", e.0));
    let family = PersonName::parse(&form.family_name).map_err(|e| errors.field("family_name", e.0));
    let (Ok(given), Ok(family)) = (given, family) else {
        let typed = Some((form.given_name, form.family_name));
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return account_page(
            status,
            &current,
            &state,
            typed,
            None,
            &session,
            (errors, FormErrors::default()),
        );
    };

    state
        .cognito
        .update_names(&current.user.username, &given, &family)
        .await?;
    let mut user = crate::domain::SessionUser::clone(&current.user);
    user.given_name = given.as_str().to_owned();
    user.family_name = family.as_str().to_owned();
    session.update_user(&user)?;
    session.set_flash(Flash::NameSaved)?;
    tracing::info!(username = %user.username, "name changed");
    Ok(see_other("/account"))
}
