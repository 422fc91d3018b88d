//! Inviting many people from a CSV file: parse, check (dry run), then send at a steady pace.
use crate::cognito::{CognitoError, Invitation};
use crate::domain::signature::{is_signature, signature};
use crate::domain::{EmailAddress, PersonName, Role, Username};
use crate::i18n::{Lang, Msg};
use crate::people::{self, ActionError, Actor};
use crate::state::AppState;
use base64::Engine;
use std::collections::HashSet;
use std::time::Duration;

pub const MAX_BYTES: usize = 256 * 1024;
pub const MAX_ROWS: usize = 500;
const HEADER: [&str; 5] = ["username", "email", "given_name", "family_name", "group"];
/// AdminCreateUser's quota is tens of calls a second per account; ten a second leaves room
/// for everything else the pool serves.
const PACE: Duration = Duration::from_millis(100);
/// A checked file must be sent within this time.
const SIGNED_FOR_SECS: u64 = 30 * 60;

/// One data row as written in the file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CsvRow {
    pub line: usize,
    pub username: String,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub group: String,
    /// A tag of the portal's languages, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub locale: String,
}

/// Why a whole file was refused.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileProblem {
    #[error("the file is larger than 256 KB")]
    TooLarge,
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    #[error("the first line is not the header")]
    WrongHeader,
    #[error("the file has more than 500 rows")]
    TooManyRows,
    #[error("the file has no rows after the header")]
    Empty,
    #[error("the file is not valid CSV (line {0})")]
    NotCsv(u64),
}

impl FileProblem {
    /// What the administrator reads under the file field.
    pub fn message(&self) -> Msg {
        match self {
            Self::TooLarge => Msg::new("bulk-too-large"),
            Self::NotUtf8 => Msg::new("bulk-not-utf8"),
            Self::WrongHeader => Msg::new("bulk-wrong-header"),
            Self::TooManyRows => Msg::new("bulk-too-many-rows"),
            Self::Empty => Msg::new("bulk-empty"),
            Self::NotCsv(line) => Msg::new("bulk-not-csv").with("line", *line),
        }
    }
}

pub fn parse_csv(bytes: &[u8]) -> Result<Vec<CsvRow>, FileProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileProblem::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(|_| FileProblem::WrongHeader)?;
    // The five columns, and optionally the invitee's language as a sixth.
    let with_locale = header
        .iter()
        .map(str::trim)
        .eq(HEADER.into_iter().chain(["locale"]));
    if !with_locale && header.iter().map(str::trim).ne(HEADER) {
        return Err(FileProblem::WrongHeader);
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record =
            record.map_err(|e| FileProblem::NotCsv(e.position().map_or(0, |p| p.line())))?;
        if rows.len() == MAX_ROWS {
            return Err(FileProblem::TooManyRows);
        }
        let field = |i: usize| record.get(i).unwrap_or_default().to_owned();
        rows.push(CsvRow {
            line: record
                .position()
                .map_or(0, |p| usize::try_from(p.line()).unwrap_or(0)),
            username: field(0),
            email: field(1),
            given_name: field(2),
            family_name: field(3),
            group: field(4),
            locale: if with_locale { field(5) } else { String::new() },
        });
    }
    if rows.is_empty() {
        return Err(FileProblem::Empty);
    }
    Ok(rows)
}

/// A row and what the dry run found: ready to send, or why not.
pub struct Checked {
    pub row: CsvRow,
    pub verdict: Result<Invitation, Msg>,
}

/// Validates each row and finds duplicates within the file. Asks Cognito nothing.
pub fn check_rows(rows: Vec<CsvRow>, admin_group: &str) -> Vec<Checked> {
    let mut seen = HashSet::new();
    rows.into_iter()
        .map(|row| {
            let verdict = invitation(&row, admin_group).and_then(|inv| {
                if seen.insert(inv.username.as_str().to_owned()) {
                    Ok(inv)
                } else {
                    Err(Msg::new("bulk-duplicate"))
                }
            });
            Checked { row, verdict }
        })
        .collect()
}

fn invitation(row: &CsvRow, admin_group: &str) -> Result<Invitation, Msg> {
    let problems = |e: crate::domain::ParseError| e.0;
    Ok(Invitation {
        username: Username::parse(&row.username).map_err(problems)?,
        email: EmailAddress::parse(&row.email).map_err(problems)?,
        given_name: PersonName::parse(&row.given_name).map_err(problems)?,
        family_name: PersonName::parse(&row.family_name).map_err(problems)?,
        group: Role::from_group(row.group.trim(), admin_group)
            .ok_or_else(|| Msg::new("bulk-group-invalid"))?
            .group(admin_group)
            .to_owned(),
        locale: match row.locale.trim() {
            "" => None,
            tag => Some(Lang::from_tag(tag).ok_or(Msg::new("bulk-locale-invalid"))?),
        },
    })
}

/// Marks rows whose username is already in the pool.
pub async fn mark_existing(state: &AppState, checked: &mut [Checked]) -> Result<(), CognitoError> {
    for item in checked.iter_mut() {
        let Ok(invitation) = &item.verdict else {
            continue;
        };
        match state.cognito.user(&invitation.username).await {
            Ok(_) => item.verdict = Err(Msg::new("bulk-exists")),
            Err(CognitoError::UserNotFound) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(())
}

/// The rows to send, carried through the browser between the dry run and the sending, and
/// signed so that they come back exactly as checked, from this admin, recently.
pub struct SignedRows {
    pub rows: String,
    pub issued_at: u64,
    pub signature: String,
}

pub fn sign(key: &[u8; 32], admin: &Username, rows: &[CsvRow], now_secs: u64) -> SignedRows {
    let json = serde_json::to_vec(rows).unwrap_or_default();
    let rows = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json);
    SignedRows {
        signature: signature(key, &[admin.as_str(), &now_secs.to_string(), &rows]),
        rows,
        issued_at: now_secs,
    }
}

/// The rows, if the signature is right and not too old.
pub fn verify(
    key: &[u8; 32],
    admin: &Username,
    signed: &SignedRows,
    now_secs: u64,
) -> Option<Vec<CsvRow>> {
    let genuine = is_signature(
        key,
        &[admin.as_str(), &signed.issued_at.to_string(), &signed.rows],
        &signed.signature,
    );
    let fresh = now_secs.saturating_sub(signed.issued_at) <= SIGNED_FOR_SECS;
    if !(genuine && fresh) {
        return None;
    }
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(&signed.rows)
        .ok()?;
    serde_json::from_slice(&json).ok()
}

/// Sends each invitation in turn; one row's failure does not stop the others.
pub async fn send_all(
    state: &AppState,
    admin: &Actor<'_>,
    rows: Vec<CsvRow>,
) -> Vec<(CsvRow, Result<(), Msg>)> {
    let mut results = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        if i > 0 {
            tokio::time::sleep(PACE).await;
        }
        let outcome = match invitation(&row, &state.admin_group) {
            Err(problem) => Err(problem),
            Ok(invitation) => match people::invite(state, admin, &invitation).await {
                Ok(()) => Ok(()),
                Err(ActionError::UsernameTaken) => Err(Msg::new("bulk-skipped-taken")),
                Err(err) => Err(Msg::new("bulk-failed").with("reason", failure_text(&err))),
            },
        };
        results.push((row, outcome));
    }
    results
}

fn failure_text(err: &ActionError) -> Msg {
    match err {
        ActionError::App(crate::error::AppError::Unavailable(_)) => Msg::new("bulk-unreachable"),
        ActionError::App(crate::error::AppError::TooManyRequests) => Msg::new("bulk-slow-down"),
        ActionError::App(crate::error::AppError::Unconfirmed(_)) => Msg::new("bulk-unconfirmed"),
        // An error code the portal does not know is not a refusal: it may be worth a retry.
        ActionError::App(crate::error::AppError::CognitoUnexpected(_)) => {
            Msg::new("bulk-unexpected")
        }
        ActionError::EmailInUse => Msg::new("email-in-use"),
        _ => Msg::new("bulk-refused"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "username,email,given_name,family_name,group\n";

    #[test]
    fn a_good_file_parses_with_line_numbers() {
        let rows = parse_csv(format!("{HEAD}ann,ann@example.com,Ann,Lee,client\nbob,bob@example.com,Bob,Ray,professional\n").as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].line, 3);
        assert_eq!(rows[1].group, "professional");
    }

    #[test]
    fn malformed_files_are_refused_whole() {
        assert_eq!(
            parse_csv(b"name,mail\nx,y\n"),
            Err(FileProblem::WrongHeader)
        );
        assert_eq!(parse_csv(&[b'u', 0xff, b'\n']), Err(FileProblem::NotUtf8));
        assert_eq!(parse_csv(HEAD.as_bytes()), Err(FileProblem::Empty));
        let many = format!("{HEAD}{}", "a,a@example.com,A,B,client\n".repeat(501));
        assert_eq!(parse_csv(many.as_bytes()), Err(FileProblem::TooManyRows));
        assert_eq!(
            parse_csv(&vec![b'a'; MAX_BYTES + 1]),
            Err(FileProblem::TooLarge)
        );
        assert!(matches!(
            parse_csv(format!("{HEAD}a,b\n").as_bytes()),
            Err(FileProblem::NotCsv(_))
        ));
    }

    #[test]
    fn invalid_rows_and_duplicates_are_named() {
        let rows = parse_csv(
            format!("{HEAD}ann,ann@example.com,Ann,Lee,client\nANN,x@example.com,A,B,client\nbad name,b@example.com,B,C,client\ncat,not-an-email,C,D,client\ndan,d@example.com,D,E,staff\n").as_bytes(),
        )
        .unwrap();
        let checked = check_rows(rows, "admin");
        assert!(checked[0].verdict.is_ok());
        let problems: Vec<String> = checked[1..]
            .iter()
            .map(|c| c.verdict.as_ref().err().unwrap().text_in(Lang::EN))
            .collect();
        assert!(problems[0].starts_with("Duplicate"));
        assert_eq!(problems[1], "A username cannot contain spaces.");
        assert!(problems[2].starts_with("Enter an email address"));
        assert!(problems[3].starts_with("The group must be"));
    }

    #[test]
    fn a_sixth_column_sets_each_invitees_language() {
        let file = format!(
            "{}locale\nann,ann@example.com,Ann,Lee,client,pt-BR\nbob,bob@example.com,Bob,Ray,client,\ncat,cat@example.com,Cat,Day,client,xx\n",
            HEAD.trim_end().to_owned() + ","
        );
        let checked = check_rows(parse_csv(file.as_bytes()).unwrap(), "admin");
        assert_eq!(
            checked[0].verdict.as_ref().unwrap().locale,
            Some(Lang::from_tag("pt-BR").expect("one of the languages"))
        );
        assert_eq!(checked[1].verdict.as_ref().unwrap().locale, None);
        assert_eq!(
            checked[2].verdict.as_ref().err().map(Msg::id),
            Some("bulk-locale-invalid")
        );
        let wrong = format!(
            "{}language\nann,a@example.com,A,L,client,de\n",
            HEAD.trim_end().to_owned() + ","
        );
        assert_eq!(parse_csv(wrong.as_bytes()), Err(FileProblem::WrongHeader));
    }

    #[test]
    fn signed_rows_come_back_only_unchanged_from_the_same_admin_and_in_time() {
        let key = [7u8; 32];
        let admin = Username::parse("ada").unwrap();
        let rows =
            parse_csv(format!("{HEAD}ann,ann@example.com,Ann,Lee,client\n").as_bytes()).unwrap();
        let signed = sign(&key, &admin, &rows, 1_000);
        assert_eq!(verify(&key, &admin, &signed, 1_010), Some(rows.clone()));
        assert_eq!(
            verify(&key, &Username::parse("eve").unwrap(), &signed, 1_010),
            None
        );
        assert_eq!(verify(&[8u8; 32], &admin, &signed, 1_010), None);
        assert_eq!(
            verify(&key, &admin, &signed, 1_000 + SIGNED_FOR_SECS + 1),
            None
        );
        let tampered = SignedRows {
            rows: sign(&key, &admin, &[], 1_000).rows,
            ..signed
        };
        assert_eq!(verify(&key, &admin, &tampered, 1_010), None);
    }
}
