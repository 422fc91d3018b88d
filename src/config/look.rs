//! How the portal presents the organisation: its name, logo and accent colour.
use super::lookup::{ConfigError, Vars};
use crate::domain::{Colour, DEFAULT_PORTAL_NAME};

pub const PORTAL_NAME: &str = "PORTAL_NAME";
pub const PORTAL_LOGO: &str = "PORTAL_LOGO";
pub const PORTAL_ACCENT: &str = "PORTAL_ACCENT";

const MAX_LOGO_BYTES: usize = 256 * 1024;
/// Page backgrounds an accent must stay readable on: white cards and the grey wash around them
/// (static/style.css `--paper` and `--wash`); buttons put white text on it.
const ACCENT_PAIRS: [(&str, &str); 2] = [
    ("#ffffff", "white"),
    ("#f4f6f8", "the page's grey background"),
];

#[derive(Clone, Debug)]
pub struct LookSettings {
    pub portal_name: String,
    pub logo: Option<Logo>,
    pub accent: Option<Colour>,
}

impl Default for LookSettings {
    fn default() -> Self {
        Self {
            portal_name: DEFAULT_PORTAL_NAME.to_owned(),
            logo: None,
            accent: None,
        }
    }
}

impl LookSettings {
    pub fn from_lookup(vars: &Vars) -> Result<Self, ConfigError> {
        Ok(Self {
            portal_name: portal_name(vars)?,
            logo: vars
                .optional(PORTAL_LOGO)
                .map(|path| read_logo(&path))
                .transpose()?,
            accent: vars.parsed(PORTAL_ACCENT, readable_accent)?,
        })
    }
}

/// A logo file, read once at start-up and served from memory.
#[derive(Clone, Debug)]
pub struct Logo {
    pub bytes: Vec<u8>,
    /// `image/svg+xml` or `image/png`.
    pub content_type: &'static str,
}

/// `PORTAL_NAME`: also what the organisation's messages are signed with.
pub fn portal_name(vars: &Vars) -> Result<String, ConfigError> {
    let Some(raw) = vars.optional(PORTAL_NAME) else {
        return Ok(DEFAULT_PORTAL_NAME.to_owned());
    };
    let name = raw.trim().to_owned();
    // Private-use characters are what views::skeleton marks a page's holes with: a name made
    // of them would read as one. No organisation's name needs them.
    let private_use = |c: char| matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}');
    if name.chars().count() > 60 || name.chars().any(|c| c.is_control() || private_use(c)) {
        return Err(ConfigError::new(
            PORTAL_NAME,
            "must be at most 60 characters, without control or private-use characters",
        ));
    }
    Ok(name)
}

/// A colour that white text, and the page's backgrounds, keep readable against (WCAG AA).
fn readable_accent(raw: &str) -> Result<Colour, String> {
    let colour = Colour::parse(raw).map_err(|e| e.0)?;
    for (pair, what) in ACCENT_PAIRS {
        let ratio = colour.contrast_with(Colour::parse(pair).unwrap_or(Colour::WHITE));
        if ratio < 4.5 {
            return Err(format!(
                "{} has a contrast of {ratio:.2}:1 with {what} (WCAG AA needs 4.5:1 for text); choose a darker colour",
                colour.css()
            ));
        }
    }
    Ok(colour)
}

fn read_logo(path: &str) -> Result<Logo, ConfigError> {
    let bytes = std::fs::read(path)
        .map_err(|e| ConfigError::new(PORTAL_LOGO, format!("cannot read {path}: {e}")))?;
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(ConfigError::new(
            PORTAL_LOGO,
            format!("{path} is {} KB; at most 256 KB", bytes.len() / 1024),
        ));
    }
    let content_type = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if std::str::from_utf8(&bytes).is_ok_and(|t| t.contains("<svg")) {
        "image/svg+xml"
    } else {
        return Err(ConfigError::new(
            PORTAL_LOGO,
            format!("{path} is neither an SVG nor a PNG image"),
        ));
    };
    Ok(Logo {
        bytes,
        content_type,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::lookup::pairs;

    fn load(pairs_: &[(&str, &str)]) -> Result<LookSettings, ConfigError> {
        let lookup = pairs(pairs_);
        LookSettings::from_lookup(&Vars::new(&lookup))
    }

    #[test]
    fn a_portal_name_of_control_or_private_use_characters_is_refused() {
        for bad in [
            "Acme\u{7}",
            "\u{E000}2\u{E001}",
            "Acme \u{F8FF}",
            "x".repeat(61).as_str(),
        ] {
            let err = load(&[(PORTAL_NAME, bad)]).expect_err("refused");
            assert!(err.to_string().contains("PORTAL_NAME"), "{err}");
        }
        assert_eq!(
            load(&[(PORTAL_NAME, "  Clínica Ñandú & Söhne  ")])
                .unwrap()
                .portal_name,
            "Clínica Ñandú & Söhne"
        );
        assert_eq!(load(&[]).unwrap().portal_name, DEFAULT_PORTAL_NAME);
    }

    #[test]
    fn an_accent_must_be_readable_on_both_backgrounds() {
        assert!(
            load(&[(PORTAL_ACCENT, "#0b6e4f")])
                .unwrap()
                .accent
                .is_some()
        );
        let err = load(&[(PORTAL_ACCENT, "#ffcc00")]).err().unwrap();
        assert_eq!(err.var, PORTAL_ACCENT);
        assert!(err.problem.contains("4.5:1"), "{err}");
        assert_eq!(
            load(&[(PORTAL_ACCENT, "green")]).err().unwrap().var,
            PORTAL_ACCENT
        );
    }

    #[test]
    fn a_logo_must_be_a_small_svg_or_png() {
        let dir = std::env::temp_dir();
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.join(format!("{}-{name}", std::process::id()));
            std::fs::write(&path, bytes).unwrap();
            path.display().to_string()
        };
        let svg = write("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>");
        assert_eq!(read_logo(&svg).unwrap().content_type, "image/svg+xml");
        let png = write("logo.png", b"\x89PNG\r\n\x1a\n rest");
        assert_eq!(read_logo(&png).unwrap().content_type, "image/png");
        let text = write("logo.txt", b"hello");
        assert!(
            read_logo(&text)
                .unwrap_err()
                .problem
                .contains("neither an SVG nor a PNG")
        );
        let mut big = b"<svg>".to_vec();
        big.resize(256 * 1024 + 1, b' ');
        let big = write("big.svg", &big);
        assert!(
            read_logo(&big)
                .unwrap_err()
                .problem
                .contains("at most 256 KB")
        );
        assert!(
            read_logo("/no/such/logo.svg")
                .unwrap_err()
                .problem
                .contains("cannot read")
        );
    }
}
