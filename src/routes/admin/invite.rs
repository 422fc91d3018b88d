use super::rows::group_options;
use crate::auth::{AdminUser, CurrentUser};
use crate::client_address::ClientAddress;
use crate::cognito::{CognitoError, Invitation};
use crate::domain::{EMAIL_IN_USE, EmailAddress, PersonName, Role, Username};
use crate::error::{AppError, AppResult, see_other};
use crate::i18n::{Lang, Msg};
use crate::people::{self, ActionError, Actor};
use crate::routes::form::CsrfForm;
use crate::routes::page::page;
use crate::session::{Flash, TypedSession};
use crate::state::AppState;
use crate::views::{FormErrors, InvitePage, Layout};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(serde::Deserialize, Default)]
pub struct InviteForm {
    username: String,
    email: String,
    given_name: String,
    family_name: String,
    group: String,
    /// The invitee's language: a tag of the list, or empty (optional).
    #[serde(default)]
    locale: String,
}

fn invite_page(
    status: StatusCode,
    admin: &CurrentUser,
    state: &AppState,
    form: &InviteForm,
    errors: FormErrors,
) -> AppResult<HttpResponse> {
    let selected = Role::from_group(&form.group, &state.admin_group);
    page(
        status,
        &InvitePage {
            layout: Layout::signed_in(
                Msg::new("invite-title"),
                &admin.user,
                admin.csrf_token.as_str(),
            )
            .with_errors(&errors),
            csrf_token: admin.csrf_token.0.clone(),
            username: form.username.clone(),
            email: form.email.clone(),
            given_name: form.given_name.clone(),
            family_name: form.family_name.clone(),
            group_options: group_options(&state.admin_group, selected.or(Some(Role::Client))),
            locale: Lang::from_tag(&form.locale)
                .map(|lang| lang.tag().to_owned())
                .unwrap_or_default(),
            errors,
        },
    )
}

pub async fn invite_form(
    AdminUser(admin): AdminUser,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    invite_page(
        StatusCode::OK,
        &admin,
        &state,
        &InviteForm::default(),
        FormErrors::default(),
    )
}

/// Parses every field, collecting one message per field that is wrong.
pub fn parse_invitation(
    (username, email, given_name, family_name, group, locale): (&str, &str, &str, &str, &str, &str),
    admin_group: &str,
) -> Result<Invitation, FormErrors> {
    let mut errors = FormErrors::default();
    let username = Username::parse(username).map_err(|e| errors.field("username", e.0));
    let email = EmailAddress::parse(email).map_err(|e| errors.field("email", e.0));
    let given_name = PersonName::parse(given_name).map_err(|e| errors.field("given_name", e.0));
    let family_name = PersonName::parse(family_name).map_err(|e| errors.field("family_name", e.0));
    let role = Role::from_group(group, admin_group)
        .ok_or_else(|| errors.field("group", Msg::new("invite-group-missing")));
    let locale = match locale.trim() {
        "" => Ok(None),
        tag => Lang::from_tag(tag)
            .map(Some)
            .ok_or_else(|| errors.field("locale", Msg::new("locale-unknown"))),
    };
    match (username, email, given_name, family_name, role, locale) {
        (Ok(username), Ok(email), Ok(given_name), Ok(family_name), Ok(role), Ok(locale)) => {
            Ok(Invitation {
                username,
                email,
                given_name,
                family_name,
                group: role.group(admin_group).to_owned(),
                locale,
            })
        }
        _ => Err(errors),
    }
}

#[tracing::instrument(skip_all)]
pub async fn send_invitation(
    AdminUser(admin): AdminUser,
    ClientAddress(client): ClientAddress,
    CsrfForm(form): CsrfForm<InviteForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let fields = (
        form.username.as_str(),
        form.email.as_str(),
        form.given_name.as_str(),
        form.family_name.as_str(),
        form.group.as_str(),
        form.locale.as_str(),
    );
    let invitation = match parse_invitation(fields, &state.admin_group) {
        Ok(invitation) => invitation,
        Err(errors) => {
            return invite_page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &admin,
                &state,
                &form,
                errors,
            );
        }
    };
    match people::invite(
        &state,
        &Actor {
            user: &admin.user,
            client,
        },
        &invitation,
    )
    .await
    {
        Ok(()) => {
            let message = Msg::new("invite-sent").with("email", invitation.email.as_str());
            session.set_flash(Flash::Admin(message))?;
            Ok(see_other("/admin/users"))
        }
        Err(ActionError::UsernameTaken) => {
            let errors = FormErrors::of("username", Msg::new("username-taken"));
            invite_page(StatusCode::CONFLICT, &admin, &state, &form, errors)
        }
        Err(ActionError::EmailInUse) => {
            let errors = FormErrors::of("email", EMAIL_IN_USE);
            invite_page(StatusCode::CONFLICT, &admin, &state, &form, errors)
        }
        Err(ActionError::App(err)) => Err(err),
        // Only `NotFound` comes from an invitation otherwise: Cognito lost the new person
        // (or the group) half way. The refusal page, not a 500.
        Err(_) => Err(AppError::CognitoRefused(CognitoError::UserNotFound)),
    }
}
