//! Bulk invitations: upload and check (nothing sent), then send the checked rows.
use crate::auth::{AdminUser, CurrentUser};
use crate::bulk_invite::{self, Checked, SignedRows};
use crate::client_address::ClientAddress;
use crate::domain::now_millis;
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::people::Actor;
use crate::routes::form::CsrfForm;
use crate::routes::page::page;
use crate::session::{TypedSession, verify_csrf};
use crate::state::AppState;
use crate::views::{BulkPage, BulkRow, BulkSend, FormErrors, Layout};
use actix_multipart::form::MultipartForm;
use actix_multipart::form::bytes::Bytes as FileBytes;
use actix_multipart::form::text::Text;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

#[derive(MultipartForm)]
pub struct UploadForm {
    file: Option<FileBytes>,
    csrf_token: Text<String>,
}

#[derive(serde::Deserialize)]
pub struct SendForm {
    rows: String,
    issued_at: u64,
    signature: String,
}

fn now_secs() -> u64 {
    now_millis() / 1000
}

fn bulk_page(
    status: StatusCode,
    admin: &CurrentUser,
    errors: FormErrors,
    (rows, send, sent): (Vec<BulkRow>, Option<BulkSend>, bool),
) -> AppResult<HttpResponse> {
    page(
        status,
        &BulkPage {
            layout: Layout::signed_in(
                Msg::new("bulk-title"),
                &admin.user,
                admin.csrf_token.as_str(),
            )
            .with_errors(&errors),
            csrf_token: admin.csrf_token.0.clone(),
            errors,
            rows,
            send,
            sent,
        },
    )
}

pub async fn bulk_form(AdminUser(admin): AdminUser) -> AppResult<HttpResponse> {
    bulk_page(
        StatusCode::OK,
        &admin,
        FormErrors::default(),
        (Vec::new(), None, false),
    )
}

/// The dry run: every row checked, duplicates and existing usernames found, nothing sent.
#[tracing::instrument(skip_all)]
pub async fn check_file(
    AdminUser(admin): AdminUser,
    MultipartForm(form): MultipartForm<UploadForm>,
    session: TypedSession,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    verify_csrf(&session, &form.csrf_token.0)?;
    let bytes = form.file.map(|f| f.data).unwrap_or_default();
    let rows = match bulk_invite::parse_csv(&bytes) {
        Ok(rows) => rows,
        Err(problem) => {
            let status = if problem == bulk_invite::FileProblem::TooLarge {
                StatusCode::PAYLOAD_TOO_LARGE
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let errors = FormErrors::of("file", problem.message());
            return bulk_page(status, &admin, errors, (Vec::new(), None, false));
        }
    };
    let mut checked = bulk_invite::check_rows(rows, &state.admin_group);
    bulk_invite::mark_existing(&state, &mut checked).await?;

    let ready: Vec<_> = checked
        .iter()
        .filter(|c| c.verdict.is_ok())
        .map(|c| c.row.clone())
        .collect();
    let send = (!ready.is_empty()).then(|| {
        let SignedRows {
            rows,
            issued_at,
            signature,
        } = bulk_invite::sign(&state.form_key, &admin.user.username, &ready, now_secs());
        BulkSend {
            count: ready.len(),
            rows,
            issued_at,
            signature,
        }
    });
    let rows = checked.into_iter().map(dry_run_row).collect();
    bulk_page(
        StatusCode::OK,
        &admin,
        FormErrors::default(),
        (rows, send, false),
    )
}

fn dry_run_row(checked: Checked) -> BulkRow {
    let Checked { row, verdict } = checked;
    BulkRow {
        line: row.line,
        username: row.username,
        email: row.email,
        group: row.group,
        ok: verdict.is_ok(),
        outcome: verdict.map_or_else(|problem| problem, |_| Msg::new("bulk-ready")),
    }
}

/// Sends the rows the dry run approved, exactly as they were checked.
#[tracing::instrument(skip_all)]
pub async fn send(
    AdminUser(admin): AdminUser,
    ClientAddress(client): ClientAddress,
    CsrfForm(form): CsrfForm<SendForm>,
    state: web::Data<AppState>,
) -> AppResult<HttpResponse> {
    let signed = SignedRows {
        rows: form.rows,
        issued_at: form.issued_at,
        signature: form.signature,
    };
    let Some(rows) =
        bulk_invite::verify(&state.form_key, &admin.user.username, &signed, now_secs())
    else {
        let errors = FormErrors::of("file", Msg::new("bulk-stale"));
        return bulk_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &admin,
            errors,
            (Vec::new(), None, false),
        );
    };
    let results = bulk_invite::send_all(
        &state,
        &Actor {
            user: &admin.user,
            client,
        },
        rows,
    )
    .await;
    let rows = results
        .into_iter()
        .map(|(row, outcome)| BulkRow {
            line: row.line,
            username: row.username,
            email: row.email,
            group: row.group,
            ok: outcome.is_ok(),
            outcome: outcome.map_or_else(|problem| problem, |()| Msg::new("bulk-sent")),
        })
        .collect();
    bulk_page(
        StatusCode::OK,
        &admin,
        FormErrors::default(),
        (rows, None, true),
    )
}
