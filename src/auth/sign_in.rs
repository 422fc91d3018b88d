//! Sign-in: Cognito checks the password, the portal verifies the ID token and builds the session.
use crate::cognito::{CognitoError, IdClaims, SignInOutcome};
use crate::domain::{Password, PendingChallenge, Role, SessionUser, Username, now_millis};
use crate::error::{AppError, Internal};
use crate::i18n::Lang;
use crate::state::AppState;
use secrecy::ExposeSecret;

pub enum SignIn {
    /// Signed in; the person's language when Cognito keeps one.
    Complete(SessionUser, Option<Lang>),
    NewPasswordRequired(PendingChallenge, Option<Lang>),
}

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// Wrong password, unknown or disabled user: one answer for all.
    #[error("incorrect username or password")]
    BadCredentials,
    #[error("the invitation's temporary password has expired")]
    InvitationExpired,
    #[error("an administrator asked for a password reset")]
    ResetRequired,
    /// The first-sign-in challenge ran out (Cognito keeps it a few minutes).
    #[error("the sign-in challenge expired")]
    ChallengeExpired,
    #[error("Cognito refused the new password")]
    PasswordRejected,
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<CognitoError> for SignInError {
    fn from(err: CognitoError) -> Self {
        match err {
            CognitoError::NotAuthorized | CognitoError::UserNotFound => Self::BadCredentials,
            CognitoError::InvitationExpired => Self::InvitationExpired,
            CognitoError::PasswordResetRequired => Self::ResetRequired,
            CognitoError::SessionExpired => Self::ChallengeExpired,
            CognitoError::InvalidPassword(_) => Self::PasswordRejected,
            other => Self::App(other.into()),
        }
    }
}

/// How long the portal keeps a first-sign-in challenge; Cognito's own lasts about 3 minutes.
pub const CHALLENGE_LIFETIME_MS: u64 = 3 * 60_000;

/// Completes an invited person's first sign-in with the password they chose.
pub async fn answer_new_password(
    state: &AppState,
    challenge: &PendingChallenge,
    new_password: &Password,
    attributes: &[(&str, &str)],
) -> Result<(SessionUser, Option<Lang>), SignInError> {
    if now_millis().saturating_sub(challenge.started_at) > CHALLENGE_LIFETIME_MS {
        return Err(SignInError::ChallengeExpired);
    }
    let id_token = state
        .cognito
        .answer_new_password(challenge, new_password, attributes)
        .await?;
    verified_session_user(state, id_token.expose_secret()).await
}

pub async fn sign_in(
    state: &AppState,
    username: &Username,
    password: &Password,
) -> Result<SignIn, SignInError> {
    match state.cognito.sign_in(username, password).await? {
        SignInOutcome::Authenticated { id_token } => {
            let (user, lang) = verified_session_user(state, id_token.expose_secret()).await?;
            Ok(SignIn::Complete(user, lang))
        }
        SignInOutcome::NewPasswordRequired {
            challenge_session,
            missing_attributes,
            locale,
        } => Ok(SignIn::NewPasswordRequired(
            PendingChallenge {
                username: username.clone(),
                cognito_session: challenge_session.expose_secret().to_owned(),
                missing_attributes,
                started_at: now_millis(),
            },
            locale.as_deref().and_then(Lang::from_locale),
        )),
    }
}

async fn verified_session_user(
    state: &AppState,
    id_token: &str,
) -> Result<(SessionUser, Option<Lang>), SignInError> {
    let claims = state
        .verifier
        .verify(id_token)
        .await
        .map_err(AppError::from)?;
    let lang = claims.locale.as_deref().and_then(Lang::from_locale);
    Ok((session_user(state, claims).await?, lang))
}

/// The session's view of a verified person. The profile comes from the token when the app
/// client may read those attributes, else from one AdminGetUser call.
async fn session_user(state: &AppState, claims: IdClaims) -> Result<SessionUser, SignInError> {
    let username = Username::parse(&claims.username)
        .map_err(|e| AppError::Internal(Internal::TokenUsername(e)))?;
    let (email, given_name, family_name) =
        match (claims.email, claims.given_name, claims.family_name) {
            (Some(email), Some(given), Some(family)) => (email, given, family),
            _ => {
                let person = state.cognito.person(&username).await?;
                (person.email, person.given_name, person.family_name)
            }
        };
    let portal_groups = [
        Role::PROFESSIONAL_GROUP,
        Role::CLIENT_GROUP,
        state.admin_group.as_str(),
    ];
    Ok(SessionUser {
        session_id: SessionUser::new_session_id(),
        username,
        email,
        given_name,
        family_name,
        groups: claims
            .groups
            .into_iter()
            .filter(|g| portal_groups.contains(&g.as_str()))
            .collect(),
        signed_in_at: now_millis(),
        expires_at: claims.exp.saturating_mul(1000),
    })
}
