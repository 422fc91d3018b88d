//! `doctor`: one line per item of the setup guide, read-only. Exit 0 all match, 1 something
//! differs, 2 the pool cannot be read (or the settings are wrong).
use super::failure::{Failure, in_words};
use super::provision::{MessageOverrides, message_templates};
use crate::cognito::Cognito;
use crate::config::Settings;

pub async fn doctor() -> Result<(), Failure> {
    let settings = Settings::load()?;
    let templates = message_templates(
        settings.messages(),
        MessageOverrides {
            portal_name: None,
            public_url: None,
        },
    )?;
    let cognito = Cognito::connect(&settings.cognito).await;
    let findings = cognito
        .check_against_guide(&settings.cognito.admin_group, &templates)
        .await
        .map_err(|err| {
            Failure::Unreadable(format!(
                "cannot read the pool {}: {}",
                settings.cognito.pool_id,
                in_words(&err)
            ))
        })?;
    let mut differ = 0;
    for finding in &findings {
        if finding.matches() {
            println!("ok       {}: {}", finding.item, finding.has);
        } else {
            differ += 1;
            println!(
                "DIFFERS  {}: the guide wants {}, the pool has {}: {}",
                finding.item,
                shortened(&finding.wants),
                shortened(&finding.has),
                finding.why
            );
        }
    }
    if differ == 0 {
        println!(
            "The pool is as the setup guide describes ({} items).",
            findings.len()
        );
        Ok(())
    } else {
        println!(
            "{differ} of {} items differ from the setup guide.",
            findings.len()
        );
        Err(Failure::Differs)
    }
}

/// A long value (a message template) cut to one readable line.
fn shortened(value: &str) -> String {
    const MOST: usize = 120;
    if value.chars().count() <= MOST {
        value.to_owned()
    } else {
        format!("{}…", value.chars().take(MOST - 1).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_value_is_cut_to_one_readable_line() {
        assert_eq!(shortened("short"), "short");
        let exact = "x".repeat(120);
        assert_eq!(shortened(&exact), exact);
        let cut = shortened(&"é".repeat(200));
        assert_eq!(cut.chars().count(), 120);
        assert!(cut.ends_with("é…"), "{cut}");
    }
}
