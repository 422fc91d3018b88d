//! The portal's languages, and choosing one from what a browser or Cognito says.
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, Ordering};
use unic_langid::LanguageIdentifier;

/// One of the portal's languages: the tag pages, cookies and Cognito's `locale` use, its name in
/// itself (as the menu shows it), its direction, its resource, and what fluent-langneg matches
/// browsers against (Chinese by script, so that Traditional Chinese of Taiwan, Hong Kong or
/// Macau finds zh-TW and any Simplified finds zh-CN).
struct Language {
    tag: &'static str,
    name: &'static str,
    rtl: bool,
    source: &'static str,
    matched_as: &'static str,
}

const fn language(tag: &'static str, name: &'static str, source: &'static str) -> Language {
    Language {
        tag,
        name,
        rtl: false,
        source,
        matched_as: tag,
    }
}

/// The languages people can choose, in the menu's order. **Adding a language is its resource
/// file in `locales/` and its line here.**
const TABLE: [Language; 13] = [
    language("en", "English", include_str!("../../locales/en.ftl")),
    language("de", "Deutsch", include_str!("../../locales/de.ftl")),
    language("es", "Español", include_str!("../../locales/es.ftl")),
    language("fr", "Français", include_str!("../../locales/fr.ftl")),
    language(
        "id",
        "Bahasa Indonesia",
        include_str!("../../locales/id.ftl"),
    ),
    language("it", "Italiano", include_str!("../../locales/it.ftl")),
    language("ja", "日本語", include_str!("../../locales/ja.ftl")),
    language("ko", "한국어", include_str!("../../locales/ko.ftl")),
    language("nl", "Nederlands", include_str!("../../locales/nl.ftl")),
    language(
        "pt-BR",
        "Português (Brasil)",
        include_str!("../../locales/pt-BR.ftl"),
    ),
    Language {
        matched_as: "zh-Hans",
        ..language("zh-CN", "简体中文", include_str!("../../locales/zh-CN.ftl"))
    },
    Language {
        matched_as: "zh-Hant",
        ..language("zh-TW", "繁體中文", include_str!("../../locales/zh-TW.ftl"))
    },
    Language {
        rtl: true,
        ..language("ar", "العربية", include_str!("../../locales/ar.ftl"))
    },
];

/// `en-XA`: English with every message marked and accented, for the test that finds text left
/// out of the resources. Never offered in the menu; chosen only when enabled.
const PSEUDO: Language = language("en-XA", "Ƥşèúđô", include_str!("../../locales/en.ftl"));

/// A language the portal's pages come in: a line of `TABLE`, or the pseudo language after it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(u8);

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

static PSEUDO_ENABLED: AtomicBool = AtomicBool::new(false);

/// Lets `en-XA` be chosen (the portal's tests only; PORTAL_PSEUDO_LANGUAGE).
pub fn enable_pseudo_language() {
    PSEUDO_ENABLED.store(true, Ordering::Relaxed);
}

impl Lang {
    /// English: the source, and the language of last resort.
    pub const EN: Lang = Lang(0);
    pub const PSEUDO: Lang = Lang(TABLE.len() as u8);

    /// The languages people can choose, in the menu's order.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..TABLE.len() as u8).map(Lang)
    }

    fn language(self) -> &'static Language {
        TABLE.get(usize::from(self.0)).unwrap_or(&PSEUDO)
    }

    /// Where this language's bundle sits: the table's order, the pseudo language last.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    pub fn tag(self) -> &'static str {
        self.language().tag
    }

    pub fn native_name(self) -> &'static str {
        self.language().name
    }

    pub fn source(self) -> &'static str {
        self.language().source
    }

    pub fn is_rtl(self) -> bool {
        self.language().rtl
    }

    /// `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// A tag from the list, exactly (case aside): what the menu and the invitation form send.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case(PSEUDO.tag) {
            return PSEUDO_ENABLED
                .load(Ordering::Relaxed)
                .then_some(Lang::PSEUDO);
        }
        Lang::all().find(|l| l.tag().eq_ignore_ascii_case(tag))
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
            return best_of(accept_language).unwrap_or(Lang::EN);
        }
        SEEN.with(|seen| {
            if let Some(lang) = seen.borrow().get(accept_language) {
                return *lang;
            }
            let lang = best_of(accept_language).unwrap_or(Lang::EN);
            let mut seen = seen.borrow_mut();
            if seen.len() >= 64 {
                seen.clear();
            }
            seen.insert(accept_language.into(), lang);
            lang
        })
    }
}

/// Our languages as fluent-langneg matches them (`Language::matched_as`).
static AVAILABLE: LazyLock<Vec<(LanguageIdentifier, Lang)>> = LazyLock::new(|| {
    Lang::all()
        .filter_map(|lang| {
            let id = lang.language().matched_as.parse().ok()?;
            Some((id, lang))
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

/// `tag` up to its first extension or private-use part (`de-DE` of `de-DE-x-priv` or
/// `de-DE-u-co-phonebk`): a language identifier has neither, and a tag that holds one would
/// otherwise not parse, and fall back to English.
fn without_extensions(tag: &str) -> &str {
    let mut end = 0;
    for subtag in tag.split('-') {
        if subtag.len() == 1 {
            break;
        }
        end += subtag.len() + 1;
    }
    tag.get(..end.saturating_sub(1)).unwrap_or(tag)
}

fn best_of(header: &str) -> Option<Lang> {
    let requested: Vec<LanguageIdentifier> = by_preference(header)
        .into_iter()
        .filter_map(|tag| without_extensions(tag).parse::<LanguageIdentifier>().ok())
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
            ("fr-CA", "fr"),
            ("fr-CA,fr;q=0.9,en;q=0.8", "fr"),
            ("zh-Hant-HK", "zh-TW"),
            ("zh-HK", "zh-TW"),
            ("zh-TW", "zh-TW"),
            ("zh", "zh-CN"),
            ("zh-CN,zh;q=0.9", "zh-CN"),
            ("zh-Hans-SG", "zh-CN"),
            ("pt", "pt-BR"),
            ("pt-PT", "pt-BR"),
            ("pt-BR", "pt-BR"),
            ("de-CH, en;q=0.5", "de"),
            ("de-CH-1901", "de"),
            ("de-DE-x-priv", "de"),
            ("de-DE-u-co-phonebk", "de"),
            ("ar-EG-x-foo, en;q=0.5", "ar"),
            ("x-priv, fr;q=0.5", "fr"),
            ("pt-BR-x-a-b", "pt-BR"),
            ("sv, da;q=0.8", "en"),
            ("sv, nl;q=0.3", "nl"),
            ("ar-EG", "ar"),
            ("ja-JP", "ja"),
            ("ko-KR", "ko"),
            ("id-ID", "id"),
            ("it-CH", "it"),
            ("es-419", "es"),
            ("en-GB", "en"),
            ("*", "en"),
            ("", "en"),
            (";;;,,q=zz", "en"),
            ("en;q=0.1, de;q=0.9", "de"),
        ] {
            assert_eq!(Lang::negotiate(header).tag(), expected, "{header:?}");
        }
    }

    #[test]
    fn only_tags_of_the_list_are_choices_and_the_pseudo_language_only_when_enabled() {
        assert_eq!(Lang::from_tag("pt-BR").map(Lang::tag), Some("pt-BR"));
        assert_eq!(Lang::from_tag("zh-tw").map(Lang::tag), Some("zh-TW"));
        assert_eq!(Lang::from_tag("pt"), None);
        assert_eq!(Lang::from_tag("klingon"), None);
        assert_eq!(Lang::from_tag("en-XA"), None);
        assert_eq!(Lang::from_locale("de-AT").map(Lang::tag), Some("de"));
        assert_eq!(Lang::from_locale("de-AT-x-priv").map(Lang::tag), Some("de"));
        assert_eq!(Lang::from_locale("xx"), None);
        assert_eq!(Lang::all().count(), 13);
        for lang in Lang::all() {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }
}
