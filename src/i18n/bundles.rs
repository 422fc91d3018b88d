//! The message resources (locales/*.ftl, compiled into the binary) and formatting one message.
use super::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
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
    if lang == Lang::PSEUDO {
        bundle.set_transform(Some(accented));
    }
    // A resource with errors keeps the messages that parsed (the unit tests refuse any).
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

fn bundle_of(lang: Lang) -> &'static Bundle {
    &BUNDLES[lang.index()]
}

/// A message that is text and variables only (no selectors, no references): most of a page's
/// messages. Written straight from the resource (which is `'static`), without fluent's resolver,
/// which costs a few hundred instructions a message (callgrind, docs/benchmarks.md).
pub enum Piece {
    Text(&'static str),
    Var(&'static str),
}

/// One language's simple messages, by id.
type Simple = FxHashMap<&'static str, Box<[Piece]>>;

static SIMPLE: LazyLock<Vec<Simple>> = LazyLock::new(|| Lang::all().map(simple_patterns).collect());

fn simple_patterns(lang: Lang) -> Simple {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let resource = fluent_syntax::parser::parse(lang.source()).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .into_iter()
        .filter_map(|entry| {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                return None;
            };
            let pieces = message
                .value?
                .elements
                .into_iter()
                .map(|element| match element {
                    PatternElement::TextElement { value } => Some(Piece::Text(value)),
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::VariableReference { id }),
                    } => Some(Piece::Var(id.name)),
                    PatternElement::Placeable { .. } => None,
                })
                .collect::<Option<Box<[Piece]>>>()?;
            Some((message.id.name, pieces))
        })
        .collect()
}

/// Message `id` of `lang` when it is text and variables only (never for the pseudo language,
/// which marks and accents through fluent).
pub fn simple(lang: Lang, id: &str) -> Option<&'static [Piece]> {
    SIMPLE.get(lang.index())?.get(id).map(|pieces| &**pieces)
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
