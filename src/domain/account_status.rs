/// Where a person stands, in words an administrator understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountStatus {
    Invited,
    InvitationExpired,
    Active,
    Disabled,
    ResetRequired,
    Other,
}

impl AccountStatus {
    /// From Cognito's status, the enabled flag and the age of the account. An invitation's
    /// temporary password lasts `validity_days` from creation.
    pub fn of(
        cognito_status: &str,
        enabled: bool,
        created_secs: i64,
        now_secs: i64,
        validity_days: u32,
    ) -> Self {
        if !enabled {
            return Self::Disabled;
        }
        match cognito_status {
            "FORCE_CHANGE_PASSWORD" => {
                if now_secs - created_secs > i64::from(validity_days) * 86_400 {
                    Self::InvitationExpired
                } else {
                    Self::Invited
                }
            }
            "CONFIRMED" => Self::Active,
            "RESET_REQUIRED" => Self::ResetRequired,
            _ => Self::Other,
        }
    }

    pub fn label(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(match self {
            Self::Invited => "status-invited",
            Self::InvitationExpired => "status-invitation-expired",
            Self::Active => "status-active",
            Self::Disabled => "status-disabled",
            Self::ResetRequired => "status-reset-required",
            Self::Other => "status-unknown",
        })
    }

    /// An invitation can be sent again only to someone who never signed in.
    pub fn can_resend(self) -> bool {
        matches!(self, Self::Invited | Self::InvitationExpired)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    #[test]
    fn invitations_expire_after_the_pools_validity() {
        let now = 100 * DAY;
        assert_eq!(
            AccountStatus::of("FORCE_CHANGE_PASSWORD", true, now - 6 * DAY, now, 7),
            AccountStatus::Invited
        );
        assert_eq!(
            AccountStatus::of("FORCE_CHANGE_PASSWORD", true, now - 8 * DAY, now, 7),
            AccountStatus::InvitationExpired
        );
    }

    #[test]
    fn disabled_wins_over_everything() {
        assert_eq!(
            AccountStatus::of("CONFIRMED", false, 0, 0, 7),
            AccountStatus::Disabled
        );
        assert_eq!(
            AccountStatus::of("CONFIRMED", true, 0, 0, 7),
            AccountStatus::Active
        );
        assert!(AccountStatus::Invited.can_resend());
        assert!(!AccountStatus::Active.can_resend());
    }
}
