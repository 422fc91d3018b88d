//! The error page every `AppError` becomes (error.rs decides which words).
use super::layout::{Layout, Translate};
use crate::i18n::Msg;
use askama::Template;

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    pub status_line: Msg,
    pub message: Msg,
}

impl ErrorPage {
    pub fn new(status: u16, title: Msg, message: Msg) -> Self {
        Self {
            layout: Layout::anonymous(title),
            status_line: Msg::new("error-status").with("status", status),
            message,
        }
    }
}
