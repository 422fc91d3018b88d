//! Numbers as each language writes them: "10,002" in English, "10.002" in German, "10 002" in
//! French, "1000" but "10.002" in Spanish (CLDR's data, through ICU4X's `icu_decimal`). Always
//! in Latin digits (`-u-nu-latn`), as the portal writes its times and dates in every language.
use super::lang::Lang;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use std::fmt;

thread_local! {
    /// By `Lang::index`: the table's order, then the pseudo language (written as English).
    /// One set a worker thread: a formatter's compiled data is not shared between threads.
    static FORMATTERS: Vec<Option<DecimalFormatter>> =
        Lang::all().chain([Lang::PSEUDO]).map(formatter).collect();
}

fn formatter(lang: Lang) -> Option<DecimalFormatter> {
    let tag = if lang == Lang::PSEUDO {
        "en"
    } else {
        lang.tag()
    };
    let locale: icu_locale_core::Locale = format!("{tag}-u-nu-latn").parse().ok()?;
    DecimalFormatter::try_new((&locale).into(), Default::default()).ok()
}

/// Writes `n` as `lang` writes it.
pub fn write(out: &mut dyn fmt::Write, lang: Lang, n: i64) -> fmt::Result {
    // No language groups fewer than four digits: most numbers on a page (minutes, pages) skip
    // the formatter.
    if (0..1000).contains(&n) {
        return write!(out, "{n}");
    }
    FORMATTERS.with(
        |formatters| match formatters.get(lang.index()).and_then(Option::as_ref) {
            Some(formatter) => write!(out, "{}", formatter.format(&Decimal::from(n))),
            None => write!(out, "{n}"),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(tag: &str, n: i64) -> String {
        let lang = Lang::all().find(|l| l.tag() == tag).expect("a language");
        let mut out = String::new();
        write(&mut out, lang, n).expect("written");
        out
    }

    #[test]
    fn a_number_is_grouped_as_its_language_groups_it_in_latin_digits() {
        for (tag, expected) in [
            ("en", "10,002"),
            ("de", "10.002"),
            ("es", "10.002"),
            ("fr", "10\u{202f}002"),
            ("it", "10.002"),
            ("nl", "10.002"),
            ("pt-BR", "10.002"),
            ("id", "10.002"),
            ("ja", "10,002"),
            ("ko", "10,002"),
            ("zh-CN", "10,002"),
            ("zh-TW", "10,002"),
            ("ar", "10,002"),
        ] {
            assert_eq!(written(tag, 10_002), expected, "{tag}");
        }
        assert_eq!(Lang::all().count(), 13, "every language is checked above");
        // Spanish leaves four digits whole; nobody groups three.
        assert_eq!(written("es", 1_000), "1000");
        assert_eq!(written("en", 1_000), "1,000");
        assert_eq!(written("de", 999), "999");
        assert_eq!(written("en", 1_234_567), "1,234,567");
        assert_eq!(written("en", -1_500), "-1,500");
    }
}
