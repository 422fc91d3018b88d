//! Every parser that sees raw input from a request: none may panic, whatever the bytes.
#![no_main]

use cognito_portal::bulk_invite::parse_csv;
use cognito_portal::domain::{
    ConfirmationCode, EmailAddress, NewPassword, NextPath, Password, PasswordPolicy, PersonName,
    Username,
};
use cognito_portal::routes::form::parse;
use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Login {
    username: String,
    password: String,
    csrf_token: String,
    next: Option<String>,
}

fuzz_target!(|data: &[u8]| {
    let _ = parse::<HashMap<String, String>>(data);
    let _ = parse::<Login>(data);
    let _ = parse_csv(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Username::parse(text);
        let _ = EmailAddress::parse(text);
        let _ = PersonName::parse(text);
        let _ = NextPath::parse(text);
        let _ = ConfirmationCode::parse(text);
        let _ = Password::parse(text.to_owned());
        let policy = PasswordPolicy::default();
        let middle = text.char_indices().nth(text.chars().count() / 2).map_or(text.len(), |(i, _)| i);
        let (new, confirm) = text.split_at(middle);
        let _ = NewPassword::parse(new.to_owned(), confirm, &policy);
    }
});
