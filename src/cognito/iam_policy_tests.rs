//! The IAM policies in deploy/iam/ against the Cognito operations this module's code calls, so
//! that the two cannot drift apart: each policy allows exactly the calls (none missing, none
//! extra).
//!
//! The calls are found in the sources of src/cognito/ (tests left out), in the three forms
//! they take: `self.reads.op()` / `self.writes.op()` in `impl Cognito` (its SDK clients),
//! `person_call!(self, writes.op, ...)`, and `client.op()` on a `&Client` parameter or a local
//! made by `sdk_client`. Every `.send()` must belong to one of them (or to the JWKS fetch's
//! `self.http`), so a call written another way fails here instead of going unseen.
//!
//! Two policies: `iam-policy.json` is the service's (`serve`, `doctor`, `create-admin`: every
//! file but provision.rs), `iam-policy-provision.json` the operator's for `provision` and
//! `provision --update` (provision.rs and what it calls in the other files).
use std::collections::{BTreeMap, BTreeSet};

const SERVE_POLICY: &str = include_str!("../../deploy/iam/iam-policy.json");
const PROVISION_POLICY: &str = include_str!("../../deploy/iam/iam-policy-provision.json");
const PROVISION_FILE: &str = "provision.rs";

/// Identifiers and single punctuation characters; comments and literals dropped, so nothing
/// inside one looks like a call.
fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            loop {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else if i >= chars.len() {
                    break;
                } else {
                    i += 1;
                }
            }
        } else if (c == 'r' || (c == 'b' && at(i + 1) == 'r'))
            && matches!(at(i + 1 + usize::from(c == 'b')), '"' | '#')
        {
            // A raw string: r"…", r#"…"#, br"…".
            i += 1 + usize::from(c == 'b');
            let mut hashes = 0;
            while at(i) == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            while i < chars.len() && !(chars[i] == '"' && (1..=hashes).all(|h| at(i + h) == '#')) {
                i += 1;
            }
            i += 1 + hashes;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c == '\'' && (at(i + 1) == '\\' || at(i + 2) == '\'') {
            // A char literal ('a', '\n', '\''); a lifetime has no closing quote.
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out
}

/// The index just past the brace block that opens at `open`.
fn block_end(tokens: &[String], open: usize) -> usize {
    let mut depth = 0;
    for (i, token) in tokens.iter().enumerate().skip(open) {
        match token.as_str() {
            "{" => depth += 1,
            "}" => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

/// The tokens without `#[cfg(test)] mod name { … }` blocks.
fn without_tests(tokens: Vec<String>) -> Vec<String> {
    let test_mod = ["#", "[", "cfg", "(", "test", ")", "]", "mod"];
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i..].starts_with(&test_mod.map(String::from)) {
            let open = i + test_mod.len() + 1;
            i = block_end(&tokens, open);
        } else {
            out.push(tokens[i].clone());
            i += 1;
        }
    }
    out
}

fn is(tokens: &[String], i: usize, want: &str) -> bool {
    tokens.get(i).is_some_and(|t| t == want)
}

/// One source file's SDK calls, and its functions.
#[derive(Default)]
struct Scanned {
    /// Each SDK operation (snake_case) with the function it is called in.
    calls: Vec<(String, Option<String>)>,
    /// What each function calls by name (`self.f(` or `f(`).
    calls_by_name: BTreeMap<String, BTreeSet<String>>,
}

/// `fields`: the names of `Cognito`'s SDK clients (`reads`, `writes`).
fn scan(file: &str, tokens: &[String], fields: &BTreeSet<String>) -> Scanned {
    // Names bound to a client in this file: `name: &Client`, `let name = … sdk_client(…)`.
    let mut locals = BTreeSet::new();
    for i in 0..tokens.len() {
        if is(tokens, i + 1, ":") && is(tokens, i + 2, "&") && is(tokens, i + 3, "Client") {
            locals.insert(tokens[i].clone());
        }
        if is(tokens, i, "let") {
            let end = (i..tokens.len()).find(|&j| is(tokens, j, ";"));
            let end = end.unwrap_or(tokens.len());
            if tokens[i..end]
                .iter()
                .any(|t| t == "sdk_client" || t == "from_conf")
            {
                locals.insert(tokens[i + 1].clone());
            }
        }
    }
    // The function each token is in (the innermost `fn name … { … }`).
    let mut function_of: Vec<Option<String>> = vec![None; tokens.len()];
    for i in 0..tokens.len() {
        let named = tokens
            .get(i + 1)
            .is_some_and(|t| t.starts_with(|c: char| c.is_alphabetic() || c == '_'));
        // `fn name`, not a `fn(…)` pointer type.
        if is(tokens, i, "fn") && named {
            let Some(open) = (i..tokens.len()).find(|&j| is(tokens, j, "{") || is(tokens, j, ";"))
            else {
                continue;
            };
            if is(tokens, open, "{") {
                for slot in &mut function_of[i..block_end(tokens, open)] {
                    *slot = Some(tokens[i + 1].clone());
                }
            }
        }
    }
    let in_cognito = tokens
        .windows(2)
        .any(|w| w[0] == "impl" && w[1] == "Cognito");
    let mut scanned = Scanned::default();
    let mut sends = 0;
    let mut accounted = 0;
    for i in 0..tokens.len() {
        let op_at = |j: usize| -> Option<String> {
            let op = tokens.get(j)?;
            (is(tokens, j - 1, ".") && is(tokens, j + 1, "(")).then(|| op.clone())
        };
        let mut found = None;
        // self.reads.op( / self.writes.op( in `impl Cognito` (other types have fields of
        // those names).
        if in_cognito
            && is(tokens, i, "self")
            && is(tokens, i + 1, ".")
            && fields.contains(&tokens[i + 2])
        {
            found = op_at(i + 4).filter(|_| is(tokens, i + 3, "."));
        }
        // client.op( on a name bound to a client here, not a field of something else.
        if locals.contains(&tokens[i]) && !(i > 0 && is(tokens, i - 1, ".")) {
            found = op_at(i + 2);
        }
        if let Some(op) = found {
            scanned.calls.push((op, function_of[i].clone()));
            accounted += 1;
        }
        // person_call!(cognito, writes.op, …)
        if is(tokens, i, "person_call") && is(tokens, i + 1, "!") && is(tokens, i + 2, "(") {
            let comma = (i + 3..tokens.len()).find(|&j| is(tokens, j, ","));
            if let Some(c) = comma.filter(|&c| fields.contains(&tokens[c + 1])) {
                assert!(
                    is(tokens, c + 2, "."),
                    "person_call! without client.operation"
                );
                scanned
                    .calls
                    .push((tokens[c + 3].clone(), function_of[i].clone()));
            }
        }
        // The macro's own `.send()`, and the JWKS fetch (reqwest, not Cognito's API).
        if is(tokens, i, "macro_rules") && is(tokens, i + 2, "person_call") {
            accounted += 1;
        }
        if is(tokens, i, "self") && is(tokens, i + 1, ".") && is(tokens, i + 2, "http") {
            accounted += 1;
        }
        if is(tokens, i, ".") && is(tokens, i + 1, "send") && is(tokens, i + 2, "(") {
            sends += 1;
        }
        // Calls by name, for what provisioning reaches in the other files.
        if is(tokens, i + 1, "(")
            && tokens[i].starts_with(|c: char| c.is_ascii_lowercase())
            && (i == 0 || !is(tokens, i - 1, ".") || (i > 1 && is(tokens, i - 2, "self")))
            && let Some(function) = &function_of[i]
        {
            scanned
                .calls_by_name
                .entry(function.clone())
                .or_default()
                .insert(tokens[i].clone());
        }
    }
    assert_eq!(
        sends, accounted,
        "{file}: a `.send()` that is none of the forms this test reads: write the call as the \
         others are"
    );
    scanned
}

/// AdminGetUser for admin_get_user.
fn action(op: &str) -> String {
    op.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The operations (as IAM names) the service calls and those provisioning calls.
fn called() -> (BTreeSet<String>, BTreeSet<String>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cognito");
    let mut sources = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("src/cognito") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .expect("a file name")
                .to_owned();
            let text = std::fs::read_to_string(&path).expect("a source file");
            sources.insert(name, without_tests(tokens(&text)));
        }
    }
    // `Cognito`'s clients: its fields of type `Client`.
    let fields: BTreeSet<String> = sources
        .values()
        .flat_map(|t| {
            (0..t.len().saturating_sub(3))
                .filter(|&i| is(t, i + 1, ":") && is(t, i + 2, "Client") && is(t, i + 3, ","))
                .map(|i| t[i].clone())
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(!fields.is_empty(), "Cognito's SDK clients not found");
    let scanned: BTreeMap<&String, Scanned> = sources
        .iter()
        .filter(|(name, _)| name.as_str() != "iam_policy_tests.rs")
        .map(|(name, tokens)| (name, scan(name, tokens, &fields)))
        .collect();

    let serve = scanned
        .iter()
        .filter(|(name, _)| name.as_str() != PROVISION_FILE)
        .flat_map(|(_, s)| s.calls.iter().map(|(op, _)| action(op)))
        .collect();

    // The other files' functions that call the SDK, by name.
    let mut ops_of: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (_, s) in scanned.iter().filter(|(n, _)| n.as_str() != PROVISION_FILE) {
        for (op, function) in &s.calls {
            if let Some(function) = function {
                ops_of.entry(function).or_default().insert(action(op));
            }
        }
    }
    let provisioning = &scanned[&PROVISION_FILE.to_owned()];
    let mut provision: BTreeSet<String> = provisioning
        .calls
        .iter()
        .map(|(op, _)| action(op))
        .collect();
    // What provision.rs calls by name in the other files (one level: those functions call
    // the SDK directly).
    for names in provisioning.calls_by_name.values() {
        for name in names {
            if let Some(ops) = ops_of.get(name.as_str()) {
                provision.extend(ops.iter().cloned());
            }
        }
    }
    (serve, provision)
}

/// The actions a policy allows, without the `cognito-idp:` prefix, and its resources.
fn allowed(policy: &str) -> (BTreeSet<String>, Vec<String>) {
    let policy: serde_json::Value = serde_json::from_str(policy).expect("the policy is JSON");
    assert_eq!(policy["Version"], "2012-10-17");
    let mut actions = BTreeSet::new();
    let mut resources = Vec::new();
    for statement in policy["Statement"].as_array().expect("a Statement list") {
        assert_eq!(statement["Effect"], "Allow", "{statement}");
        for action in statement["Action"].as_array().expect("an Action list") {
            let action = action.as_str().expect("an action name");
            let name = action
                .strip_prefix("cognito-idp:")
                .unwrap_or_else(|| panic!("{action} is not a cognito-idp action"));
            assert!(actions.insert(name.to_owned()), "{action} listed twice");
        }
        resources.push(
            statement["Resource"]
                .as_str()
                .expect("a Resource")
                .to_owned(),
        );
    }
    (actions, resources)
}

fn assert_exactly(policy_file: &str, allowed: &BTreeSet<String>, called: &BTreeSet<String>) {
    let missing: Vec<_> = called.difference(allowed).collect();
    let extra: Vec<_> = allowed.difference(called).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "deploy/iam/{policy_file}: missing {missing:?} (the code calls them), extra {extra:?} \
         (the code does not call them)"
    );
}

#[test]
fn the_service_policy_allows_exactly_what_serving_calls() {
    let (serve, _) = called();
    let (actions, resources) = allowed(SERVE_POLICY);
    assert_exactly("iam-policy.json", &actions, &serve);
    // The service reaches its one pool only.
    assert_eq!(
        resources,
        ["arn:aws:cognito-idp:REGION:ACCOUNT_ID:userpool/POOL_ID"]
    );
}

#[test]
fn the_provisioning_policy_allows_exactly_what_provisioning_calls() {
    let (_, provision) = called();
    let (actions, _) = allowed(PROVISION_POLICY);
    assert_exactly("iam-policy-provision.json", &actions, &provision);
    // Provisioning's own writes are none of the service's rights.
    let (serve, _) = called();
    assert!(provision.contains("CreateUserPool") && !serve.contains("CreateUserPool"));
}

#[test]
fn the_scan_finds_each_form_of_call_and_nothing_in_comments_or_strings() {
    let source = r##"
        pub struct Cognito { pub(super) reads: Client, pub(super) writes: Client, }
        // self.reads.admin_delete_user() in a comment
        /* client.create_user_pool() /* nested */ */
        impl Cognito { async fn read(&self) {
            let _ = "self.writes.list_groups().send()";
            let _ = r#"client.list_users().send()"#;
            let _ = ('"', '\'', 'x');
            self.reads.admin_get_user().user_pool_id(&self.pool_id).send().await;
            person_call!(self, writes.admin_disable_user, username)?;
        } }
        async fn create(client: &Client) -> Result<(), E> {
            client.create_group().send().await;
            let other = client_setting();
            other.list_users();
            helper();
        }
        #[cfg(test)]
        mod tests { fn t(client: &Client) { client.delete_user_pool().send(); } }
    "##;
    let tokens = without_tests(tokens(source));
    let fields = ["reads", "writes"].map(String::from).into();
    let scanned = scan("snippet", &tokens, &fields);
    let calls: Vec<(&str, Option<&str>)> = scanned
        .calls
        .iter()
        .map(|(op, f)| (op.as_str(), f.as_deref()))
        .collect();
    assert_eq!(
        calls,
        [
            ("admin_get_user", Some("read")),
            ("admin_disable_user", Some("read")),
            ("create_group", Some("create")),
        ]
    );
    assert!(scanned.calls_by_name["create"].contains("helper"));
    assert_eq!(
        action("admin_respond_to_auth_challenge"),
        "AdminRespondToAuthChallenge"
    );
}
