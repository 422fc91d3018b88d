//! The resources themselves: every language says everything English says, with the same
//! variables; nothing fails to parse; nothing is empty; every id the code asks for exists.
use super::lang::Lang;
use super::msg::{Msg, t};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// id -> the variables its value uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(lang.source())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", lang.tag()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let value = message
                    .value
                    .unwrap_or_else(|| panic!("{}: {} has no value", lang.tag(), message.id.name));
                let mut vars = BTreeSet::new();
                let mut text = String::new();
                walk(&value, &mut vars, &mut text);
                assert!(
                    !text.trim().is_empty() || !vars.is_empty(),
                    "{}: {} is empty",
                    lang.tag(),
                    message.id.name
                );
                // Pages write a message's own text unescaped (views::Text): no markup in it.
                assert!(
                    !text.contains(['<', '>', '&', '"']),
                    "{}: {} holds <, >, & or \"",
                    lang.tag(),
                    message.id.name
                );
                let id = message.id.name.to_owned();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{}: {id} twice",
                    lang.tag()
                );
            }
            Entry::Junk { content } => panic!("{}: cannot parse {content:?}", lang.tag()),
            _ => {}
        }
    }
    out
}

fn walk(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => expression_vars(expression, vars, text),
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars, text),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars, text);
            for variant in variants {
                walk(&variant.value, vars, text);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars, text),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_of_english_with_the_same_variables() {
    let english = messages(Lang::EN);
    assert!(english.len() > 250, "{} messages", english.len());
    for lang in Lang::all() {
        let other = messages(lang);
        for (id, vars) in &english {
            let theirs = other
                .get(id)
                .unwrap_or_else(|| panic!("{} has no {id}", lang.tag()));
            assert_eq!(theirs, vars, "{}: {id} has other variables", lang.tag());
        }
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{} has ids English lacks: {extra:?}",
            lang.tag()
        );
        assert!(
            lang.source().trim_start().starts_with('#'),
            "{} starts with its glossary comment",
            lang.tag()
        );
    }
}

/// The ids the code names (`Msg::new("...")`, `ParseError::of("...")`, `t("...")` and
/// `layout.description("...")` in the templates) all exist in English.
#[test]
fn every_id_the_code_asks_for_exists() {
    let english = messages(Lang::EN);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "templates"] {
        collect(&root.join(dir), &mut files);
    }
    let mut asked = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for opener in ["Msg::new(\"", "ParseError::of(\"", "t(\"", "description(\""] {
            for (at, _) in text.match_indices(opener) {
                // `t(` alone, not the end of `get(`.
                let before = text[..at].chars().next_back().unwrap_or(' ');
                if opener == "t(\"" && (before.is_alphanumeric() || before == '_' || before == '.')
                {
                    continue;
                }
                let rest = &text[at + opener.len()..];
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                if id.is_empty()
                    || !id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                {
                    continue;
                }
                if file.ends_with("tests.rs") && !english.contains_key(id) {
                    continue; // this file's own examples
                }
                asked += 1;
                assert!(
                    english.contains_key(id),
                    "{}: no message {id}",
                    file.display()
                );
            }
        }
    }
    assert!(asked > 200, "found only {asked} ids");
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
            out.push(path);
        }
    }
}

/// Messages written straight from the resource (text, variables, plural choices) read exactly
/// as fluent writes them, with and without their variables, nested messages and numbers
/// included, in a bundle of the language's own locale (its plural rules).
#[test]
fn messages_written_without_fluent_read_as_fluent_writes_them() {
    let mut simple = 0;
    let mut plurals = 0;
    // Every plural form of every language: zero, one, two, few, many and other in Arabic.
    const NUMBERS: [u64; 16] = [0, 1, 2, 3, 4, 5, 10, 11, 12, 19, 21, 42, 99, 100, 102, 1001];
    for lang in Lang::all() {
        let resource = fluent_bundle::FluentResource::try_new(lang.source().to_owned())
            .unwrap_or_else(|(r, _)| r);
        let locale = lang.tag().parse().expect("a language tag");
        let mut bundle = fluent_bundle::FluentBundle::new(vec![locale]);
        bundle.set_use_isolating(lang.is_rtl());
        // Numbers grouped as the portal's bundles group them (1001 is "1,001" in English).
        bundle.set_formatter(Some(super::bundles::format_number));
        let _ = bundle.add_resource(resource);
        let nested = Msg::new("role-client");
        for (id, vars) in messages(lang) {
            let pattern = bundle
                .get_message(&id)
                .and_then(|m| m.value())
                .expect("a value");
            let pieces = super::bundles::simple(lang, &id);
            simple += usize::from(pieces.is_some());
            let has_choice = pieces.is_some_and(|p| {
                p.iter()
                    .any(|piece| matches!(piece, super::bundles::Piece::Select { .. }))
            });
            plurals += usize::from(has_choice);
            let id: &'static str = Box::leak(id.into_boxed_str());
            let numbers = if has_choice { &NUMBERS[..] } else { &[42] };
            for (with_vars, n) in [(false, 0)]
                .into_iter()
                .chain(numbers.iter().map(|n| (true, *n)))
            {
                // The variables in turn text, a number and a message; in a message with a
                // choice every variable is the number, so each variant is reached.
                let mut ours = Msg::new(id);
                let mut theirs = fluent_bundle::FluentArgs::new();
                for (k, var) in vars.iter().enumerate().filter(|_| with_vars) {
                    let var: &'static str = Box::leak(var.clone().into_boxed_str());
                    match if has_choice { 1 } else { k % 3 } {
                        0 => {
                            ours = ours.with(var, "Zoë <b>");
                            theirs.set(var, "Zoë <b>");
                        }
                        1 => {
                            ours = ours.with(var, n);
                            theirs.set(var, n);
                        }
                        _ => {
                            ours = ours.with(var, nested.clone());
                            theirs.set(var, nested.text_in(lang));
                        }
                    }
                }
                let mut errors = Vec::new();
                let args = with_vars.then_some(&theirs);
                let by_fluent = bundle
                    .format_pattern(pattern, args, &mut errors)
                    .to_string();
                assert_eq!(ours.text_in(lang), by_fluent, "{} {id} {n}", lang.tag());
            }
        }
    }
    assert!(
        simple > 13 * 270,
        "{simple} messages written without fluent"
    );
    // 73 plural messages in the 13 resources today, every one of them written without fluent.
    assert!(
        plurals >= 70,
        "{plurals} plural messages written without fluent"
    );
}

#[test]
fn plurals_follow_each_language() {
    let count = |lang, n: u64| Msg::new("clients-count").with("count", n).text_in(lang);
    assert_eq!(count(Lang::EN, 1), "1 client");
    assert_eq!(count(Lang::EN, 3), "3 clients");
    assert_ne!(
        count(Lang::from_tag("de").expect("one of the languages"), 1),
        count(Lang::from_tag("de").expect("one of the languages"), 3).replace('3', "1")
    );
    // Arabic has six plural forms: 0, 1, 2, 3-10, 11-99 and the rest read differently.
    let forms: BTreeSet<String> = [0, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| {
            count(Lang::from_tag("ar").expect("one of the languages"), n)
                .replace(&n.to_string(), "#")
        })
        .collect();
    assert!(forms.len() >= 4, "{forms:?}");
}

#[test]
fn the_pseudo_language_marks_and_accents_every_message() {
    let text = Msg::new("login-title").text_in(Lang::PSEUDO);
    assert!(text.starts_with('⟦') && text.ends_with('⟧'), "{text}");
    assert!(!text.contains("Sign in"), "{text}");
    // Variables (data) stay as they are.
    let welcome = Msg::new("welcome")
        .with("name", "Ann")
        .text_in(Lang::PSEUDO);
    assert!(welcome.contains("Ann"), "{welcome}");
    // A message id that does not exist comes out bare, and so is found by the page test.
    assert_eq!(
        Msg::new("no-such-message").text_in(Lang::PSEUDO),
        "no-such-message"
    );
}

#[test]
fn right_to_left_variables_are_isolated_and_left_to_right_ones_are_not() {
    let en = Msg::new("invite-sent")
        .with("email", "a@example.com")
        .text_in(Lang::EN);
    assert_eq!(en, "Invitation sent to a@example.com.");
    let ar = Msg::new("invite-sent")
        .with("email", "a@example.com")
        .text_in(Lang::from_tag("ar").expect("one of the languages"));
    assert!(ar.contains("\u{2068}a@example.com\u{2069}"), "{ar}");
}

#[test]
fn outside_a_request_pages_are_in_english() {
    assert_eq!(t("login-title").to_string(), "Sign in");
}
