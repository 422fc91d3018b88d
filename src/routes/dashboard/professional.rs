use super::guard::{dashboard_of, require_group};
use crate::auth::CurrentUser;
use crate::cognito::Members;
use crate::domain::{PeopleIndex, Role};
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::routes::page::rendered;
use crate::state::AppState;
use crate::views::{ClientList, ClientListView, client_row, page_position, written_lists};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

/// `page` (1-based) and `q`, both optional; anything unreadable is the first page, unsearched.
#[derive(serde::Deserialize)]
pub struct ListQuery {
    page: Option<String>,
    q: Option<String>,
}

/// Longest search kept (longer text cannot match a name or an address anyway).
const MAX_QUERY_CHARS: usize = 100;

pub async fn professional(
    current: CurrentUser,
    query: web::Query<ListQuery>,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    require_group(&current, Role::PROFESSIONAL_GROUP)?;
    let q: String = query
        .q
        .as_deref()
        .unwrap_or("")
        .trim()
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect();
    let page = query
        .page
        .as_deref()
        .and_then(|p| p.trim().parse::<usize>().ok())
        .unwrap_or(1);
    // Held while the page renders: the rows are borrowed from it.
    let members = state.clients.members().await;
    let clients = match &members {
        // A page seen before on this worker is copied as written (views::written_lists).
        Members::Ready(index) => written_lists::written(index.generation(), page, &q, |out| {
            client_page(index, &q, page).render_into(out)
        })
        .map(ClientList::Written),
        Members::Loading => Ok(ClientList::View(Box::new(ClientListView::waiting(true, q)))),
        Members::Unavailable => Ok(ClientList::View(Box::new(ClientListView::waiting(
            false, q,
        )))),
    };
    let dashboard = dashboard_of(&current, Role::Professional.label());
    rendered(
        StatusCode::OK,
        clients.and_then(|clients| dashboard.professional_page(&clients)),
    )
}

fn client_page<'a>(index: &'a PeopleIndex, q: &str, page: usize) -> ClientListView<'a> {
    let found = index.page(q, page);
    let rows = found.rows_html(client_row);
    let link = |page: usize| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if !q.is_empty() {
            query.append_pair("q", q);
        }
        query.append_pair("page", &page.to_string());
        format!("/professional?{}", query.finish())
    };
    let summary = if q.is_empty() {
        Msg::new("clients-count").with("count", found.matches)
    } else {
        Msg::new("clients-matches")
            .with("count", found.matches)
            .with("query", q)
    };
    let empty = (found.matches == 0).then(|| {
        if q.is_empty() {
            Msg::new("clients-none")
        } else {
            Msg::new("clients-none-match").with("query", q)
        }
    });
    ClientListView {
        loading: false,
        unavailable: false,
        rows,
        summary,
        empty,
        query: q.to_owned(),
        page: found.page,
        pages: found.pages,
        position: page_position(found.page, found.pages),
        previous: (found.page > 1).then(|| link(found.page - 1)),
        next: (found.page < found.pages).then(|| link(found.page + 1)),
    }
}
