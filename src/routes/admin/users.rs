use super::rows::{group_options, memberships, person_row};
use crate::auth::AdminUser;
use crate::cognito::{CognitoError, UserRecord};
use crate::domain::Role;
use crate::domain::signature::{seal, unseal};
use crate::error::{AppResult, BadInput};
use crate::i18n::Msg;
use crate::routes::page::ok_page;
use crate::session::TypedSession;
use crate::state::AppState;
use crate::views::{AdminUsersPage, Layout};
use actix_web::{HttpResponse, web};

pub const PAGE_SIZE: i32 = 50;
/// Separates the tokens of the pages before this one (not a base64 character).
const TRAIL_SEPARATOR: char = '~';
/// What the page tokens in links are sealed for: Cognito's pagination tokens go out signed,
/// and one the portal did not hand out never reaches Cognito.
const PAGE_TOKEN: &str = "admin-users-page";
const STALE_LINK: Msg = Msg::new("people-stale-link");

#[derive(serde::Deserialize)]
pub struct UsersQuery {
    q: Option<String>,
    group: Option<String>,
    /// Cognito's token for this page; none for the first.
    token: Option<String>,
    /// The tokens of the pages before, for "previous".
    trail: Option<String>,
}

/// The people table: a page of the pool, a search, or a group.
pub async fn users(
    AdminUser(admin): AdminUser,
    query: web::Query<UsersQuery>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let query = query.into_inner();
    let q = query.q.unwrap_or_default().trim().to_owned();
    let role = match query.group.as_deref().filter(|g| !g.is_empty()) {
        Some(group) => Some(Role::from_group(group, &state.admin_group).ok_or_else(|| {
            BadInput::UnknownChoice {
                what: "group",
                value: group.to_owned(),
            }
        })?),
        None => None,
    };
    // The sealed token as it came (links keep it), and Cognito's token inside it.
    let mut sealed = query.token.filter(|t| !t.is_empty());
    let token = sealed
        .as_deref()
        .and_then(|t| unseal(&state.form_key, PAGE_TOKEN, t))
        .map(str::to_owned);
    let mut stale = sealed.is_some() && token.is_none();
    let mut trail_in = query.trail;
    let listed = match list(&state, role, &q, token.clone()).await {
        // A token Cognito no longer takes (it expired): the first page, as for a forged one.
        Err(CognitoError::InvalidParameter(_)) if token.is_some() => {
            stale = true;
            list(&state, role, &q, None).await
        }
        other => other,
    };
    if stale {
        (sealed, trail_in) = (None, None);
    }
    let (records, next) = listed?;
    let groups = memberships(&state, &records).await?;
    let rows = records
        .iter()
        .map(|r| {
            person_row(
                &state,
                r,
                groups
                    .get(&r.username)
                    .map(Vec::as_slice)
                    .unwrap_or_default(),
            )
        })
        .collect();

    // Present but empty means one page back: the first, which has no token.
    let trail: Vec<String> = trail_in
        .map(|t| t.split(TRAIL_SEPARATOR).map(str::to_owned).collect())
        .unwrap_or_default();
    let link = |token: Option<&str>, trail: &[String]| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if !q.is_empty() {
            query.append_pair("q", &q);
        }
        if let Some(role) = role {
            query.append_pair("group", role.group(&state.admin_group));
        }
        if let Some(token) = token.filter(|t| !t.is_empty()) {
            query.append_pair("token", token);
        }
        if !trail.is_empty() {
            query.append_pair("trail", &trail.join(&TRAIL_SEPARATOR.to_string()));
        }
        format!("/admin/users?{}", query.finish())
    };
    let next_link = next.as_deref().map(|next| {
        let mut deeper = trail.clone();
        deeper.push(sealed.clone().unwrap_or_default());
        link(Some(&seal(&state.form_key, PAGE_TOKEN, next)), &deeper)
    });
    let previous_link = trail
        .split_last()
        .map(|(previous, rest)| link(Some(previous), rest));

    ok_page(&AdminUsersPage {
        layout: Layout::signed_in(
            Msg::new("people-title"),
            &admin.user,
            admin.csrf_token.as_str(),
        ),
        q: q.clone(),
        group_options: group_options(&state.admin_group, role),
        rows,
        previous_link,
        next_link,
        notice: session
            .take_flash()
            .map(|f| f.message())
            .or_else(|| stale.then_some(STALE_LINK)),
        filtered: !q.is_empty() || role.is_some(),
    })
}

/// One page of people: of a group (filtered here by `q`), a search of the pool, or the pool.
async fn list(
    state: &AppState,
    role: Option<Role>,
    q: &str,
    token: Option<String>,
) -> Result<(Vec<UserRecord>, Option<String>), CognitoError> {
    Ok(match role {
        Some(role) => {
            let page = state
                .cognito
                .list_group(role.group(&state.admin_group), token, PAGE_SIZE)
                .await?;
            let needle = q.to_lowercase();
            let matches = |s: &str| s.to_lowercase().starts_with(&needle);
            let users = page
                .users
                .into_iter()
                .filter(|u| {
                    needle.is_empty()
                        || [&u.username, &u.email, &u.given_name, &u.family_name]
                            .iter()
                            .any(|s| matches(s))
                })
                .collect();
            (users, page.next)
        }
        None if !q.is_empty() => (state.cognito.search_users(q, PAGE_SIZE).await?, None),
        None => {
            let page = state.cognito.list_users(None, token, PAGE_SIZE).await?;
            (page.users, page.next)
        }
    })
}
