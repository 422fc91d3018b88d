//! The audit trail: one structured event per administrator action, on the tracing target
//! `audit`. Never a password, token or code: only who did what to whom, and how it ended.
use crate::domain::Username;

pub const TARGET: &str = "audit";

pub fn record(
    admin: &Username,
    client: std::net::IpAddr,
    action: &'static str,
    target: &str,
    result: &str,
) {
    let time = aws_smithy_types::DateTime::from(std::time::SystemTime::now())
        .fmt(aws_smithy_types::date_time::Format::DateTime)
        .unwrap_or_default();
    tracing::info!(
        target: TARGET,
        time = %time,
        admin = %admin,
        %client,
        action,
        target_user = %target,
        result,
        "admin action"
    );
}
