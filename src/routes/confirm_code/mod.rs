//! Setting a new password with the emailed code.
pub mod get;
pub mod post;

use crate::views::{ConfirmCodePage, FormErrors, Layout};

fn confirm_code_page(
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
