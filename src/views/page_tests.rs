//! Pages rendered whole, in the languages people read them in: what a script or a right-to-left
//! page needs of the server's HTML.
use super::admin::{AdminPersonPage, AdminUsersPage, BulkPage, BulkRow, DetailsForm, PersonRow};
use super::dashboard::{ClientList, ClientListView, Dashboard, client_row, page_position};
use super::layout::{Address, FormErrors, Layout};
use super::login::{ConfirmCodePage, ForgotPasswordPage, LanguagePage, LoginPage};
use super::render::render;
use crate::domain::{Person, SessionUser};
use crate::i18n::{self, Lang, Msg};
use askama::Template;
use scraper::{ElementRef, Html, Node, Selector};

fn select(css: &str) -> Selector {
    Selector::parse(css).expect("a selector")
}

fn in_lang<T: Template>(lang: Lang, page: &T) -> Html {
    let html = i18n::sync_scope(lang, None, || render(page)).expect("renders");
    Html::parse_document(&html)
}

fn login_page() -> LoginPage {
    LoginPage {
        layout: Layout::anonymous(Msg::new("login-title")),
        csrf_token: "t".into(),
        username: String::new(),
        next: String::new(),
        errors: FormErrors::default(),
        notice: None,
    }
}

#[test]
fn a_password_field_carries_the_words_of_its_toggle_in_the_pages_language() {
    for lang in Lang::all() {
        let page = in_lang(lang, &login_page());
        let field = page
            .select(&select("input#password[type=password]"))
            .next()
            .expect("a password field");
        for (attribute, id) in [
            ("data-show-label", "password-show-button"),
            ("data-hide-label", "password-hide-button"),
        ] {
            assert_eq!(
                field.value().attr(attribute),
                Some(Msg::new(id).text_in(lang).as_str()),
                "{lang:?} {attribute}"
            );
        }
    }
    // The words are the language's own, not English in every language.
    let de = Lang::from_tag("de").expect("German");
    assert_eq!(
        Msg::new("password-show-button").text_in(de),
        "Passwort anzeigen"
    );
}

#[test]
fn the_public_pages_each_have_a_description_in_every_language() {
    for lang in Lang::all() {
        let forgot = ForgotPasswordPage {
            layout: Layout::anonymous(Msg::new("forgot-title")),
            csrf_token: "t".into(),
            username: String::new(),
            errors: FormErrors::default(),
        };
        let confirm = ConfirmCodePage {
            layout: Layout::anonymous(Msg::new("confirm-title")),
            csrf_token: "t".into(),
            username: "ann".into(),
            policy: Msg::new("login-title"),
            notice: None,
            errors: FormErrors::default(),
            offer_new_code: false,
        };
        let language = LanguagePage {
            layout: Layout::anonymous(Msg::new("language-page-title")),
            csrf_token: "t".into(),
            next: "/login".into(),
        };
        let pages = [
            ("login-description", in_lang(lang, &login_page())),
            ("forgot-description", in_lang(lang, &forgot)),
            ("confirm-description", in_lang(lang, &confirm)),
            ("language-description", in_lang(lang, &language)),
        ];
        let mut seen = std::collections::BTreeSet::new();
        for (id, page) in pages {
            let descriptions: Vec<&str> = page
                .select(&select("head meta[name=description]"))
                .filter_map(|meta| meta.value().attr("content"))
                .collect();
            let expected = Msg::new(id).with("portal", "Cognito Portal").text_in(lang);
            assert_eq!(descriptions, [expected.as_str()], "{lang:?} {id}");
            assert!(expected.contains("Cognito Portal"), "{lang:?} {id}");
            assert!(
                seen.insert(expected),
                "{lang:?} {id}: a description of its own"
            );
        }
    }
}

/// Where `value` shows in `page`'s body without being isolated from the page's direction: in
/// a text outside every `<bdi>` and not between isolation marks, or as the value of an input
/// without `dir`.
fn unisolated(page: &Html, value: &str) -> Vec<String> {
    let mut found = Vec::new();
    let body = page.select(&select("body")).next().expect("a body");
    for node in body.descendants() {
        if let Node::Text(text) = node.value() {
            let isolated = node
                .ancestors()
                .filter_map(ElementRef::wrap)
                // The page's own `dir` (on `<html>`) is the direction to isolate from.
                .any(|el| {
                    let el = el.value();
                    el.name() == "bdi" || (el.name() != "html" && el.attr("dir").is_some())
                });
            if outside_isolation_marks(text).contains(value) && !isolated {
                let parent = node.parent().and_then(ElementRef::wrap);
                found.push(format!(
                    "<{}> {:?}",
                    parent.map_or("?", |p| p.value().name()),
                    &**text
                ));
            }
        }
        if let Some(el) = ElementRef::wrap(node).map(|el| el.value())
            && el.name() == "input"
            && el.attr("type") != Some("hidden")
            && el.attr("value") == Some(value)
            && el.attr("dir").is_none()
        {
            found.push(format!("<input id={:?}>", el.attr("id")));
        }
    }
    found
}

/// `text` without what stands between isolation marks (U+2068 ... U+2069, fluent's in a
/// right-to-left language).
fn outside_isolation_marks(text: &str) -> String {
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
}

/// Latin values ending in punctuation, which a right-to-left page would otherwise reorder.
const GIVEN: &str = "Smith-Jones";
const FAMILY: &str = "(Jr.)";
const NAME: &str = "Smith-Jones (Jr.)";
const USERNAME: &str = "(\"48\"=\"48";
const EMAIL: &str = "jr.(x)@example.com";

fn arabic() -> Lang {
    Lang::from_tag("ar").expect("Arabic")
}

fn person_row() -> PersonRow {
    PersonRow {
        username: USERNAME.into(),
        path: "x".into(),
        full_name: NAME.into(),
        email: EMAIL.into(),
        groups: "client (old)".into(),
        status: Msg::new("login-title"),
        created: "2024-01-02".into(),
    }
}

#[test]
fn on_a_right_to_left_page_every_value_people_supply_is_isolated() {
    let ar = arabic();
    let user = SessionUser {
        session_id: "s".into(),
        username: crate::domain::Username::parse("smith.jr").expect("a user name"),
        email: EMAIL.into(),
        given_name: GIVEN.into(),
        family_name: FAMILY.into(),
        groups: vec!["client".into()],
        signed_in_at: 1_000,
        expires_at: 3_600_000,
    };
    let client = Person {
        username: "c".into(),
        email: EMAIL.into(),
        given_name: GIVEN.into(),
        family_name: FAMILY.into(),
    };
    let mut rows = String::new();
    client_row(&client, &mut rows);
    let list = ClientList::View(Box::new(ClientListView {
        loading: false,
        unavailable: false,
        rows: vec![rows.as_str()],
        summary: Msg::new("clients-matches")
            .with("count", 1)
            .with("query", NAME),
        empty: None,
        query: NAME.into(),
        page: 1,
        pages: 1,
        position: page_position(1, 1),
        previous: None,
        next: None,
    }));
    let dashboard = Dashboard {
        user: &user,
        csrf_token: "t",
        role: crate::domain::Role::Client.label(),
        now_ms: 1_000,
    };
    let mut pages: Vec<(&str, Html)> = Vec::new();
    i18n::sync_scope(ar, None, || {
        // Twice each: the skeleton made, then the skeleton kept.
        for _ in 0..2 {
            let client = dashboard.client_page().expect("renders");
            let professional = dashboard.professional_page(&list).expect("renders");
            for (label, page) in [
                ("client dashboard", client),
                ("professional dashboard", professional),
            ] {
                let page = String::from_utf8(page.to_vec()).expect("UTF-8");
                pages.push((label, Html::parse_document(&page)));
            }
        }
    });
    let users = AdminUsersPage {
        layout: Layout::for_person(Msg::new("people-title"), NAME, "t"),
        q: NAME.into(),
        group_options: Vec::new(),
        rows: vec![person_row()],
        previous_link: None,
        next_link: None,
        notice: Some(Msg::new("admin-deleted").with("username", USERNAME)),
        filtered: true,
    };
    pages.push(("people", in_lang(ar, &users)));
    let person = AdminPersonPage {
        layout: Layout::for_person(Msg::new("people-title"), NAME, "t"),
        csrf_token: "t".into(),
        person: person_row(),
        enabled: true,
        can_resend: true,
        is_self: false,
        group_options: Vec::new(),
        details: DetailsForm {
            given_name: GIVEN.into(),
            family_name: FAMILY.into(),
            email: EMAIL.into(),
            errors: FormErrors::default(),
        },
        notice: Some(Msg::new("admin-enabled").with("username", USERNAME)),
        problem: None,
    };
    pages.push(("person", in_lang(ar, &person)));
    let bulk = BulkPage {
        layout: Layout::for_person(Msg::new("bulk-title"), NAME, "t"),
        csrf_token: "t".into(),
        errors: FormErrors::default(),
        rows: vec![BulkRow {
            line: 2,
            username: USERNAME.into(),
            email: EMAIL.into(),
            group: "client (old)".into(),
            outcome: Msg::new("login-title"),
            ok: true,
        }],
        send: None,
        sent: false,
    };
    pages.push(("bulk", in_lang(ar, &bulk)));
    let login = LoginPage {
        username: USERNAME.into(),
        ..login_page()
    };
    pages.push(("sign-in", in_lang(ar, &login)));

    for (label, page) in &pages {
        for value in [NAME, GIVEN, FAMILY, USERNAME, EMAIL, "client (old)"] {
            let found = unisolated(page, value);
            assert!(found.is_empty(), "{label}, {value:?}: {found:?}");
        }
    }
    // The values are there to be found: in cells, cards, headings and fields.
    let shown = |label: &str, css: &str| {
        let (_, page) = pages.iter().find(|(l, _)| *l == label).expect("a page");
        page.select(&select(css))
            .map(|el| el.text().collect::<String>())
            .collect::<Vec<_>>()
    };
    assert_eq!(shown("client dashboard", ".account-name bdi"), [NAME]);
    assert_eq!(shown("client dashboard", ".account-email bdi"), [EMAIL]);
    assert_eq!(
        shown("professional dashboard", ".client-list tbody th bdi"),
        [NAME]
    );
    assert_eq!(shown("people", "td.person-name bdi"), [NAME]);
    assert_eq!(shown("people", "td.person-username a bdi"), [USERNAME]);
    assert_eq!(shown("person", "h1 bdi"), [NAME, USERNAME]);
    assert_eq!(shown("bulk", "td.bulk-username bdi"), [USERNAME]);
    for (label, css) in [
        ("people", "input#q"),
        ("professional dashboard", "input#q"),
        ("person", "input#given_name"),
        ("sign-in", "input#username"),
    ] {
        let (_, page) = pages.iter().find(|(l, _)| *l == label).expect("a page");
        let field = page.select(&select(css)).next().expect("a field");
        assert_eq!(field.value().attr("dir"), Some("auto"), "{label} {css}");
    }
}

#[test]
fn an_address_may_wrap_after_its_at_sign_and_dots_and_nowhere_else() {
    let written = |address: &str| Address(address).to_string();
    assert_eq!(
        written("ann.lee@mail.example.com"),
        "ann.<wbr>lee@<wbr>mail.<wbr>example.<wbr>com"
    );
    // Escaped like any value; nothing after a final dot.
    assert_eq!(written("a<b>&@x."), "a&#60;b&#62;&#38;@<wbr>x.");
    assert_eq!(written("plain"), "plain");
    assert_eq!(written(""), "");
    // The client list's rows and the account card break their addresses the same way.
    let mut row = String::new();
    let person = Person {
        username: "u".into(),
        email: "a.b@c.d".into(),
        given_name: "A".into(),
        family_name: "B".into(),
    };
    client_row(&person, &mut row);
    assert!(
        row.contains("<td><bdi>a.<wbr>b@<wbr>c.<wbr>d</bdi></td>"),
        "{row}"
    );
}
