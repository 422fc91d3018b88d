//! The form for the emailed code and the new password.
use crate::i18n::Msg;
use crate::views::{ConfirmCodePage, FormErrors, Layout};

pub(super) fn confirm_code_page(
    csrf_token: String,
    username: String,
    policy: Msg,
    notice: Option<Msg>,
    errors: FormErrors,
    offer_new_code: bool,
) -> ConfirmCodePage {
    ConfirmCodePage {
        layout: Layout::anonymous(Msg::new("confirm-title")).with_errors(&errors),
        csrf_token,
        username,
        policy,
        notice,
        errors,
        offer_new_code,
    }
}
