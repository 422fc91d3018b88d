//! An organisation's accent colour, and whether text stays readable on it (WCAG 2 contrast).
use super::parse_error::ConfigProblem;

/// A colour written `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    rgb: [u8; 3],
}

impl Colour {
    pub const WHITE: Colour = Colour {
        rgb: [0xff, 0xff, 0xff],
    };

    pub fn parse(raw: &str) -> Result<Self, ConfigProblem> {
        let hex = raw
            .trim()
            .strip_prefix('#')
            .filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or(ConfigProblem("is not a colour written #rrggbb"))?;
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
        Ok(Self {
            rgb: [channel(0), channel(2), channel(4)],
        })
    }

    /// WCAG 2 relative luminance.
    fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.rgb;
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// The contrast ratio of two colours, 1 to 21.
    pub fn contrast_with(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// The same hue, darker by a fifth (for hover states).
    pub fn darker(self) -> Colour {
        Colour {
            rgb: self
                .rgb
                .map(|c| u8::try_from(u16::from(c) * 4 / 5).unwrap_or(c)),
        }
    }

    pub fn css(self) -> String {
        let [r, g, b] = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_only_as_rrggbb() {
        assert_eq!(Colour::parse("#1F4fa3").unwrap().css(), "#1f4fa3");
        for bad in ["1f4fa3", "#1f4fa", "#1f4fa3f", "#ggg000", "", "#12345é"] {
            assert!(Colour::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn contrast_matches_wcags_reference_values() {
        let black = Colour::parse("#000000").unwrap();
        assert!((black.contrast_with(Colour::WHITE) - 21.0).abs() < 1e-9);
        assert!((Colour::WHITE.contrast_with(Colour::WHITE) - 1.0).abs() < 1e-9);
        // #767676 is the lightest grey that reaches 4.5:1 on white.
        let grey = Colour::parse("#767676")
            .unwrap()
            .contrast_with(Colour::WHITE);
        assert!((4.5..4.6).contains(&grey), "{grey}");
        let lighter = Colour::parse("#777777")
            .unwrap()
            .contrast_with(Colour::WHITE);
        assert!(lighter < 4.5, "{lighter}");
    }

    #[test]
    fn darker_keeps_the_hue() {
        assert_eq!(Colour::parse("#ff8000").unwrap().darker().css(), "#cc6600");
    }
}
