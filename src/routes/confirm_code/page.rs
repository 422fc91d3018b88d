//! The form for the emailed code and the new password.
use crate::views::{ConfirmCodePage, FormErrors, Layout};

pub(super) fn confirm_code_page(
    csrf_token: String,
    username: String,
    policy: String,
    notice: Option<String>,
    errors: FormErrors,
    offer_new_code: bool,
) -> ConfirmCodePage {
    ConfirmCodePage {
        layout: Layout::anonymous("Enter your code").with_errors(&errors),
        csrf_token,
        username,
        policy,
        notice,
        errors,
        offer_new_code,
    }
}
