//! The portal's languages, and choosing one from what a browser or Cognito says.
use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, Ordering};
use unic_langid::LanguageIdentifier;

/// A language the portal's pages come in. Adding one: its resource file in `locales/`, a
/// variant here, and its line in `LANGUAGES` and in each table below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    De,
    Es,
    Fr,
    Id,
    It,
    Ja,
    Ko,
    Nl,
    PtBr,
    ZhCn,
    ZhTw,
    Ar,
    /// `en-XA`: English with every message marked and accented, for the test that finds text
    /// left out of the resources. Never offered in the menu; chosen only when enabled.
    Pseudo,
}

/// The languages people can choose, in the menu's order.
pub const LANGUAGES: [Lang; 13] = [
    Lang::En,
    Lang::De,
    Lang::Es,
    Lang::Fr,
    Lang::Id,
    Lang::It,
    Lang::Ja,
    Lang::Ko,
    Lang::Nl,
    Lang::PtBr,
    Lang::ZhCn,
    Lang::ZhTw,
    Lang::Ar,
];

static PSEUDO_ENABLED: AtomicBool = AtomicBool::new(false);

/// Lets `en-XA` be chosen (the portal's tests only; PORTAL_PSEUDO_LANGUAGE).
pub fn enable_pseudo_language() {
    PSEUDO_ENABLED.store(true, Ordering::Relaxed);
}

impl Lang {
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tag pages, cookies and Cognito's `locale` use.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Id => "id",
            Lang::It => "it",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::Nl => "nl",
            Lang::PtBr => "pt-BR",
            Lang::ZhCn => "zh-CN",
            Lang::ZhTw => "zh-TW",
            Lang::Ar => "ar",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Id => "Bahasa Indonesia",
            Lang::It => "Italiano",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
            Lang::Nl => "Nederlands",
            Lang::PtBr => "Português (Brasil)",
            Lang::ZhCn => "简体中文",
            Lang::ZhTw => "繁體中文",
            Lang::Ar => "العربية",
            Lang::Pseudo => "Ƥşèúđô",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// A tag from the list, exactly (case aside): what the menu and the invitation form send.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case(Lang::Pseudo.tag()) {
            return PSEUDO_ENABLED
                .load(Ordering::Relaxed)
                .then_some(Lang::Pseudo);
        }
        LANGUAGES
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// What Cognito's `locale` attribute holds, which anyone with the admin API may have set to
    /// any tag (`de-AT`, `pt`): one of ours, or none.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        Lang::from_tag(locale).or_else(|| best_of(locale))
    }

    /// The best language for an `Accept-Language` header (`fr-CA` -> fr, `zh-Hant-HK` -> zh-TW,
    /// `pt` -> pt-BR); English when none of ours is asked for.
    pub fn negotiate(accept_language: &str) -> Lang {
        // Browsers send the same header on every request: remember the answer per worker
        // thread (no lock), a bounded handful of headers.
        thread_local! {
            static SEEN: RefCell<HashMap<Box<str>, Lang>> = RefCell::new(HashMap::new());
        }
        if accept_language.len() > 256 {
            return best_of(accept_language).unwrap_or(Lang::En);
        }
        SEEN.with(|seen| {
            if let Some(lang) = seen.borrow().get(accept_language) {
                return *lang;
            }
            let lang = best_of(accept_language).unwrap_or(Lang::En);
            let mut seen = seen.borrow_mut();
            if seen.len() >= 64 {
                seen.clear();
            }
            seen.insert(accept_language.into(), lang);
            lang
        })
    }
}

/// Our languages as fluent-langneg sees them: Chinese by script, so that any Traditional
/// Chinese (Taiwan, Hong Kong, Macau) finds zh-TW and any Simplified finds zh-CN.
static AVAILABLE: LazyLock<Vec<(LanguageIdentifier, Lang)>> = LazyLock::new(|| {
    LANGUAGES
        .into_iter()
        .filter_map(|lang| {
            let id = match lang {
                Lang::ZhCn => "zh-Hans",
                Lang::ZhTw => "zh-Hant",
                other => other.tag(),
            };
            id.parse().ok().map(|id| (id, lang))
        })
        .collect()
});

/// The header's languages, most wanted first (`q` weights; `q=0` means "not this one").
fn by_preference(header: &str) -> Vec<&str> {
    let mut ranked: Vec<(&str, f32)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (!tag.is_empty() && q > 0.0).then_some((tag, q))
        })
        .collect();
    // Stable: equal weights keep the header's order.
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranked.into_iter().map(|(tag, _)| tag).collect()
}

fn best_of(header: &str) -> Option<Lang> {
    let requested: Vec<LanguageIdentifier> =
        accepted_languages::parse(&by_preference(header).join(","))
            .into_iter()
            .map(|mut id| {
                // CLDR's likely subtags (zh-HK -> zh-Hant-HK, pt -> pt-Latn-BR), which
                // fluent-langneg's own matching only has a sample of.
                id.maximize();
                id
            })
            .collect();
    let available: Vec<&LanguageIdentifier> = AVAILABLE.iter().map(|(id, _)| id).collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    let chosen = chosen.first()?;
    AVAILABLE
        .iter()
        .find(|(id, _)| id == **chosen)
        .map(|(_, lang)| *lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_get_the_nearest_language() {
        for (header, expected) in [
            ("fr-CA", Lang::Fr),
            ("fr-CA,fr;q=0.9,en;q=0.8", Lang::Fr),
            ("zh-Hant-HK", Lang::ZhTw),
            ("zh-HK", Lang::ZhTw),
            ("zh-TW", Lang::ZhTw),
            ("zh", Lang::ZhCn),
            ("zh-CN,zh;q=0.9", Lang::ZhCn),
            ("zh-Hans-SG", Lang::ZhCn),
            ("pt", Lang::PtBr),
            ("pt-PT", Lang::PtBr),
            ("pt-BR", Lang::PtBr),
            ("de-CH, en;q=0.5", Lang::De),
            ("sv, da;q=0.8", Lang::En),
            ("sv, nl;q=0.3", Lang::Nl),
            ("ar-EG", Lang::Ar),
            ("ja-JP", Lang::Ja),
            ("ko-KR", Lang::Ko),
            ("id-ID", Lang::Id),
            ("it-CH", Lang::It),
            ("es-419", Lang::Es),
            ("en-GB", Lang::En),
            ("*", Lang::En),
            ("", Lang::En),
            (";;;,,q=zz", Lang::En),
            ("en;q=0.1, de;q=0.9", Lang::De),
        ] {
            assert_eq!(Lang::negotiate(header), expected, "{header:?}");
        }
    }

    #[test]
    fn only_tags_of_the_list_are_choices_and_the_pseudo_language_only_when_enabled() {
        assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("zh-tw"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_tag("pt"), None);
        assert_eq!(Lang::from_tag("klingon"), None);
        assert_eq!(Lang::from_tag("en-XA"), None);
        assert_eq!(Lang::from_locale("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_locale("xx"), None);
        for lang in LANGUAGES {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }
}
