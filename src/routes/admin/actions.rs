//! Per-person actions. Each is a POST with a CSRF token; each result comes back as a message.
use super::person::person_page;
use super::target::Target;
use crate::auth::{AdminUser, CurrentUser};
use crate::client_address::ClientAddress;
use crate::domain::{EMAIL_IN_USE, EmailAddress, PersonName, Role, Username, path_segment};
use crate::error::{AppError, AppResult, BadInput, see_other};
use crate::i18n::Msg;
use crate::people::{self, ActionError, Actor};
use crate::routes::form::{CsrfForm, NoFields};
use crate::session::{Flash, TypedSession};
use crate::state::AppState;
use crate::views::{DetailsForm, FormErrors};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize)]
pub struct GroupForm {
    group: String,
}

#[derive(serde::Deserialize)]
pub struct DetailsFields {
    given_name: String,
    family_name: String,
    email: String,
}

#[derive(serde::Deserialize)]
pub struct DeleteForm {
    confirm_username: String,
}

/// Done: a message on the next page. Refused: the person's page again, saying why.
async fn outcome(
    result: Result<(), ActionError>,
    done: Msg,
    then: &str,
    (admin, session, state, username): (&CurrentUser, &TypedSession, &AppState, &Username),
) -> AppResult<HttpResponse> {
    let (status, problem) = match result {
        Ok(()) => {
            session.set_flash(Flash::Admin(done))?;
            return Ok(see_other(then));
        }
        Err(ActionError::NotFound) => return Err(AppError::NotFound),
        Err(ActionError::App(err)) => return Err(err),
        Err(ActionError::NotOnYourself) => (StatusCode::CONFLICT, Msg::new("admin-not-yourself")),
        Err(ActionError::NotInvited) => {
            (StatusCode::CONFLICT, Msg::new("admin-resend-only-invited"))
        }
        Err(ActionError::ConfirmationMismatch) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Msg::new("admin-delete-mismatch"),
        ),
        Err(ActionError::UsernameTaken) => (StatusCode::CONFLICT, Msg::new("username-taken")),
        Err(ActionError::EmailInUse) => (StatusCode::CONFLICT, EMAIL_IN_USE),
    };
    person_page(status, admin, state, username, (None, Some(problem)), None).await
}

fn person_path(username: &Username) -> String {
    format!("/admin/users/{}", path_segment(username.as_str()))
}

/// The actions that need nothing but the person: `resend`, `disable`, `enable`, `sign-out`.
pub async fn simple_action(
    AdminUser(admin): AdminUser,
    ClientAddress(client): ClientAddress,
    Target(username): Target,
    path: web::Path<(String, String)>,
    _: CsrfForm<NoFields>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let (_, action) = path.into_inner();
    let actor = Actor {
        user: &admin.user,
        client,
    };
    let (result, done) = match action.as_str() {
        "resend" => {
            state.limits.reset_email(&username).await?;
            let result = people::resend_invitation(&state, &actor, &username).await;
            (
                result,
                Msg::new("admin-resent").with("username", username.as_str()),
            )
        }
        "disable" => (
            people::disable(&state, &actor, &username).await,
            Msg::new("admin-disabled").with("username", username.as_str()),
        ),
        "enable" => (
            people::enable(&state, &actor, &username).await,
            Msg::new("admin-enabled").with("username", username.as_str()),
        ),
        "sign-out" => (
            people::sign_out(&state, &actor, &username).await,
            Msg::new("admin-signed-out").with("username", username.as_str()),
        ),
        _ => return Err(AppError::NotFound),
    };
    outcome(
        result,
        done,
        &person_path(&username),
        (&admin, &session, &state, &username),
    )
    .await
}

pub async fn change_group(
    AdminUser(admin): AdminUser,
    ClientAddress(client): ClientAddress,
    Target(username): Target,
    CsrfForm(form): CsrfForm<GroupForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let role = Role::from_group(&form.group, &state.admin_group).ok_or_else(|| {
        BadInput::UnknownChoice {
            what: "group",
            value: form.group.clone(),
        }
    })?;
    let result = people::move_to_group(
        &state,
        &Actor {
            user: &admin.user,
            client,
        },
        &username,
        role,
    )
    .await;
    let done = Msg::new("admin-moved")
        .with("username", username.as_str())
        .with("group", role.label());
    outcome(
        result,
        done,
        &person_path(&username),
        (&admin, &session, &state, &username),
    )
    .await
}

pub async fn delete(
    AdminUser(admin): AdminUser,
    ClientAddress(client): ClientAddress,
    Target(username): Target,
    CsrfForm(form): CsrfForm<DeleteForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let result = people::delete(
        &state,
        &Actor {
            user: &admin.user,
            client,
        },
        &username,
        &form.confirm_username,
    )
    .await;
    let done = Msg::new("admin-deleted").with("username", username.as_str());
    outcome(
        result,
        done,
        "/admin/users",
        (&admin, &session, &state, &username),
    )
    .await
}

/// Corrects a person's names and address (checked as on the invitation form).
pub async fn update_details(
    AdminUser(admin): AdminUser,
    ClientAddress(client): ClientAddress,
    Target(username): Target,
    CsrfForm(form): CsrfForm<DetailsFields>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let mut errors = FormErrors::default();
    let given = PersonName::parse(&form.given_name).map_err(|e| errors.field("given_name", e.0));
    let family = PersonName::parse(&form.family_name).map_err(|e| errors.field("family_name", e.0));
    let email = EmailAddress::parse(&form.email).map_err(|e| errors.field("email", e.0));
    // The form again, as typed, saying what is wrong.
    let refuse = |status: StatusCode, errors: FormErrors| {
        let typed = DetailsForm {
            given_name: form.given_name.clone(),
            family_name: form.family_name.clone(),
            email: form.email.clone(),
            errors,
        };
        person_page(status, &admin, &state, &username, (None, None), Some(typed))
    };
    let (Ok(given), Ok(family), Ok(email)) = (given, family, email) else {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, errors).await;
    };
    let actor = Actor {
        user: &admin.user,
        client,
    };
    let result = people::update_details(&state, &actor, &username, (&given, &family, &email)).await;
    if let Err(ActionError::EmailInUse) = result {
        return refuse(StatusCode::CONFLICT, FormErrors::of("email", EMAIL_IN_USE)).await;
    }
    let done = match &result {
        Ok(changed) if changed.fields.is_empty() => Msg::new("admin-nothing-changed"),
        Ok(changed) if changed.email_changed() && changed.invited => {
            Msg::new("admin-details-saved-invited").with("username", username.as_str())
        }
        _ => Msg::new("admin-details-saved").with("username", username.as_str()),
    };
    if result.is_ok() && admin.user.username == username {
        // Administrators correcting themselves see it on their own pages at once.
        let mut user = crate::domain::SessionUser::clone(&admin.user);
        (user.given_name, user.family_name, user.email) = (
            given.as_str().to_owned(),
            family.as_str().to_owned(),
            email.as_str().to_owned(),
        );
        session.update_user(&user)?;
    }
    outcome(
        result.map(drop),
        done,
        &person_path(&username),
        (&admin, &session, &state, &username),
    )
    .await
}
