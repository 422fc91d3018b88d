//! Ending sessions: this one, or every one a person has.
use crate::domain::{SessionUser, Username, now_millis};
use crate::error::AppResult;
use crate::state::AppState;

/// Longest a Cognito ID token can be valid (one day), so longest any session can outlive its
/// revocation without the entry.
const LONGEST_SESSION_MS: u64 = 24 * 3_600_000;

/// Ends one session: on the revocation list until it would have expired, and the person's
/// tokens revoked at Cognito.
pub async fn end_this_session(state: &AppState, user: &SessionUser) {
    state
        .revocations
        .end_session(&user.session_id, user.expires_at, now_millis());
    revoke_tokens(state, &user.username).await;
}

/// Ends every session the person has begun until now, on every device. Returns the instant
/// that took effect; a session begun after it is unaffected.
pub async fn end_every_session(state: &AppState, username: &Username) -> AppResult<u64> {
    let now = end_portal_sessions(state, username).await?;
    revoke_tokens(state, username).await;
    Ok(now)
}

/// Ends every session the portal holds for the person, and leaves Cognito alone: for a person
/// whose tokens were revoked before Cognito deleted them.
pub async fn end_portal_sessions(state: &AppState, username: &Username) -> AppResult<u64> {
    let now = now_millis();
    state
        .revocations
        .end_all_sessions_of(username, now, now + LONGEST_SESSION_MS)
        .await?;
    Ok(now)
}

/// Revokes the person's tokens at Cognito. The portal's own revocation list holds either way,
/// so a failure here is logged and not shown: the tokens expire within the hour anyway.
pub async fn revoke_tokens(state: &AppState, username: &Username) {
    if let Err(err) = state.cognito.global_sign_out(username).await {
        tracing::warn!(error = %crate::domain::ErrorChain(&err), "global sign-out at Cognito failed");
    }
}
