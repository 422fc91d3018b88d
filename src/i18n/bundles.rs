//! The message resources (locales/*.ftl, compiled into the binary) and formatting one message.
use super::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

type Bundle = FluentBundle<FluentResource>;

/// Built on first use, once: parsing all 13 resources takes a few milliseconds.
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    // By `Lang::index`: the table's order, then the pseudo language.
    Lang::all().chain([Lang::PSEUDO]).map(bundle).collect()
});

fn bundle(lang: Lang) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around variables only where they matter: a right-to-left
    // sentence holding a left-to-right address or name.
    bundle.set_use_isolating(lang.is_rtl());
    bundle.set_formatter(Some(format_number));
    if lang == Lang::PSEUDO {
        bundle.set_transform(Some(accented));
    }
    // A resource with errors keeps the messages that parsed (the unit tests refuse any).
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Fluent's own resolver writes whole numbers as the plain messages' writer does
/// (`numbers::write`); anything else as fluent would.
pub(super) fn format_number<M: MemoizerKind>(value: &FluentValue, intls: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && number.value.abs() < 1e15;
    if !whole || number.options.minimum_fraction_digits.is_some() {
        return None;
    }
    let lang = intls
        .with_try_get_threadsafe::<LangOf, _, _>((), |of| of.0)
        .ok()?;
    let mut out = String::new();
    // A whole number below 1e15 is exactly an i64.
    super::numbers::write(&mut out, lang, number.value as i64).ok()?;
    Some(out)
}

/// The portal's language of a bundle, from the identifier it was made with.
struct LangOf(Lang);

impl intl_memoizer::Memoizable for LangOf {
    type Args = ();
    type Error = ();
    fn construct(id: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Lang::all()
            .chain([Lang::PSEUDO])
            .find(|lang| lang.tag().parse().ok() == Some(id.clone()))
            .map(LangOf)
            .ok_or(())
    }
}

fn bundle_of(lang: Lang) -> &'static Bundle {
    &BUNDLES[lang.index()]
}

/// A message of text, variables and plural choices (no references, no functions): nearly all
/// of a page's messages. Written straight from the resource (which is `'static`), without
/// fluent's resolver, which is dear for a message and dearer for a plural
/// (docs/benchmarks.md, What the figures justify); the unit tests hold both to the same output.
pub enum Piece {
    Text(&'static str),
    Var(&'static str),
    /// `{ $var -> [one] ... *[other] ... }`: the variant whose key is the number's plural
    /// category in this language (or the text itself), else the default one.
    Select {
        var: &'static str,
        variants: Box<[Variant]>,
        default: usize,
    },
}

/// A choice's variant: its key (a plural category, or any other name) and its pattern.
pub type Variant = (&'static str, Box<[Piece]>);

/// One language's messages written without fluent, by id.
type Simple = FxHashMap<&'static str, Box<[Piece]>>;

static SIMPLE: LazyLock<Vec<Simple>> = LazyLock::new(|| Lang::all().map(simple_patterns).collect());

fn simple_patterns(lang: Lang) -> Simple {
    let resource = fluent_syntax::parser::parse(lang.source()).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .into_iter()
        .filter_map(|entry| {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                return None;
            };
            Some((message.id.name, pieces(message.value?)?))
        })
        .collect()
}

/// A pattern as pieces, or None when it holds anything else (then fluent writes it).
fn pieces(pattern: fluent_syntax::ast::Pattern<&'static str>) -> Option<Box<[Piece]>> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
    pattern
        .elements
        .into_iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => Some(Piece::Text(value)),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => Some(Piece::Var(id.name)),
            PatternElement::Placeable {
                expression:
                    Expression::Select {
                        selector: InlineExpression::VariableReference { id },
                        variants,
                    },
            } => {
                let default = variants.iter().position(|v| v.default)?;
                let variants = variants
                    .into_iter()
                    .map(|variant| match variant.key {
                        // A number key ("[0]") is matched by value: fluent's to do.
                        VariantKey::NumberLiteral { .. } => None,
                        VariantKey::Identifier { name } => Some((name, pieces(variant.value)?)),
                    })
                    .collect::<Option<_>>()?;
                Some(Piece::Select {
                    var: id.name,
                    variants,
                    default,
                })
            }
            PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// Message `id` of `lang` when it is written without fluent (never for the pseudo language,
/// which marks and accents through fluent).
pub fn simple(lang: Lang, id: &str) -> Option<&'static [Piece]> {
    SIMPLE.get(lang.index())?.get(id).map(|pieces| &**pieces)
}

/// Each language's cardinal plural rules, chosen as fluent-bundle chooses them (the CLDR
/// locale that `Lookup` finds for the language, else English).
static PLURAL_RULES: LazyLock<Vec<Option<PluralRules>>> = LazyLock::new(|| {
    let locales = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let english: unic_langid::LanguageIdentifier = "en".parse().unwrap_or_default();
    Lang::all()
        .map(|lang| {
            let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap_or_default();
            let found = fluent_langneg::negotiate_languages(
                &[id],
                &locales,
                Some(&english),
                fluent_langneg::NegotiationStrategy::Lookup,
            );
            let chosen = found
                .first()
                .map_or_else(|| english.clone(), |l| (*l).clone());
            PluralRules::create(chosen, PluralRuleType::CARDINAL).ok()
        })
        .collect()
});

/// The plural category of `n` in `lang` ("one", "few", "other", ...), as variant keys name it.
pub fn plural_category(lang: Lang, n: i64) -> &'static str {
    let category = PLURAL_RULES
        .get(lang.index())
        .and_then(Option::as_ref)
        .and_then(|rules| rules.select(n).ok());
    match category {
        Some(PluralCategory::ZERO) => "zero",
        Some(PluralCategory::ONE) => "one",
        Some(PluralCategory::TWO) => "two",
        Some(PluralCategory::FEW) => "few",
        Some(PluralCategory::MANY) => "many",
        Some(PluralCategory::OTHER) | None => "other",
    }
}

/// Writes message `id` in `lang`, falling back to English, then to the id itself (which the
/// pseudo-language test would then find unmarked).
pub fn write(
    out: &mut dyn fmt::Write,
    lang: Lang,
    id: &str,
    args: Option<&FluentArgs>,
) -> fmt::Result {
    let pseudo = lang == Lang::PSEUDO;
    if args.is_none()
        && let Some(pieces) = simple(lang, id)
        && let [Piece::Text(text)] = pieces
    {
        return out.write_str(text);
    }
    let found = [lang, Lang::EN].into_iter().find_map(|l| {
        let bundle = bundle_of(l);
        let pattern = bundle.get_message(id)?.value()?;
        Some((bundle, pattern))
    });
    let Some((bundle, pattern)) = found else {
        return out.write_str(id);
    };
    if pseudo {
        out.write_str("⟦")?;
    }
    let mut errors = Vec::new();
    bundle
        .write_pattern(&mut Adapter(out), pattern, args, &mut errors)
        .map_err(|_| fmt::Error)?;
    if pseudo {
        out.write_str("⟧")?;
    }
    Ok(())
}

/// fluent writes into `std::fmt::Write`; askama's buffer is a `&mut dyn fmt::Write`.
struct Adapter<'a>(&'a mut dyn fmt::Write);

impl fmt::Write for Adapter<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.write_str(s)
    }
}

/// The pseudo language's text: every ASCII letter accented, so that English left outside the
/// resources stands out beside it.
fn accented(text: &str) -> Cow<'_, str> {
    const FROM: &str = "aceinoruyACEINORUY";
    const TO: [char; 18] = [
        'á', 'ç', 'é', 'î', 'ñ', 'ô', 'ř', 'ü', 'ý', 'Å', 'Ç', 'É', 'Î', 'Ñ', 'Ö', 'Ř', 'Û', 'Ý',
    ];
    if !text.chars().any(|c| FROM.contains(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| FROM.find(c).map_or(c, |i| TO[i]))
            .collect(),
    )
}
