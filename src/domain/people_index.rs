//! A list of people indexed once, so that a page of it costs the same for ten people or ten
//! thousand: sorted by family then given name, and each person's search text folded once
//! (lower case, accents removed) for a case- and accent-insensitive substring search.
use super::identity::Person;
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;

/// People per page.
pub const PAGE_SIZE: usize = 50;

pub struct PeopleIndex {
    people: Vec<Person>,
    /// Each person's name and address escaped for HTML once, in the same order: a page's
    /// rows are then copied out, not escaped again per view.
    html: Vec<(Box<str>, Box<str>)>,
    /// `folded(given \u{1f} family \u{1f} email)`, one per person, in the same order.
    keys: Vec<String>,
    usernames: HashSet<String>,
}

/// A person on a page, with their name and address as HTML (escaped when the list was read).
pub struct Listed<'a> {
    pub person: &'a Person,
    pub name_html: &'a str,
    pub email_html: &'a str,
}

impl std::ops::Deref for Listed<'_> {
    type Target = Person;
    fn deref(&self) -> &Person {
        self.person
    }
}

/// One page of a list or of a search in it.
pub struct PeoplePage<'a> {
    pub people: Vec<Listed<'a>>,
    /// How many people the list or the search holds in all.
    pub matches: usize,
    /// 1-based, within `1..=pages` (a page past the end shows the last one).
    pub page: usize,
    pub pages: usize,
}

/// Lower case, with accents and other combining marks removed: "Åsa" and "asa" match.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

impl PeopleIndex {
    pub fn new(mut people: Vec<Person>) -> Self {
        let sort_key = |p: &Person| {
            (
                fold(&p.family_name),
                fold(&p.given_name),
                p.username.clone(),
            )
        };
        people.sort_by_cached_key(sort_key);
        let keys = people
            .iter()
            .map(|p| {
                fold(&format!(
                    "{}\u{1f}{}\u{1f}{}",
                    p.given_name, p.family_name, p.email
                ))
            })
            .collect();
        let usernames = people.iter().map(|p| p.username.clone()).collect();
        let html = people
            .iter()
            .map(|p| {
                (
                    super::html_escape(&p.full_name()).into_boxed_str(),
                    super::html_escape(&p.email).into_boxed_str(),
                )
            })
            .collect();
        Self {
            people,
            html,
            keys,
            usernames,
        }
    }

    pub fn contains(&self, username: &str) -> bool {
        self.usernames.contains(username)
    }

    /// The same list with `person` in it (replacing their earlier entry).
    pub fn with(&self, person: Person) -> Self {
        let mut people = self.without_person(&person.username);
        people.push(person);
        Self::new(people)
    }

    /// The same list without `username`.
    pub fn without(&self, username: &str) -> Self {
        Self::new(self.without_person(username))
    }

    fn without_person(&self, username: &str) -> Vec<Person> {
        self.people
            .iter()
            .filter(|p| p.username != username)
            .cloned()
            .collect()
    }

    pub fn len(&self) -> usize {
        self.people.len()
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// Page `page` (1-based) of everyone, or of those whose name or address holds `query`.
    pub fn page(&self, query: &str, page: usize) -> PeoplePage<'_> {
        let query = fold(query.trim());
        if query.is_empty() {
            let matches = self.people.len();
            let (page, range) = Self::window(matches, page);
            return PeoplePage {
                people: range.map(|k| self.listed(k)).collect(),
                matches,
                page,
                pages: Self::pages(matches),
            };
        }
        let found: Vec<usize> = self
            .keys
            .iter()
            .enumerate()
            .filter(|(_, key)| key.contains(&query))
            .map(|(k, _)| k)
            .collect();
        let matches = found.len();
        let (page, range) = Self::window(matches, page);
        PeoplePage {
            people: found[range].iter().map(|k| self.listed(*k)).collect(),
            matches,
            page,
            pages: Self::pages(matches),
        }
    }

    fn listed(&self, k: usize) -> Listed<'_> {
        let (name_html, email_html) = &self.html[k];
        Listed {
            person: &self.people[k],
            name_html,
            email_html,
        }
    }

    fn pages(matches: usize) -> usize {
        matches.div_ceil(PAGE_SIZE).max(1)
    }

    fn window(matches: usize, page: usize) -> (usize, std::ops::Range<usize>) {
        let page = page.clamp(1, Self::pages(matches));
        let start = (page - 1) * PAGE_SIZE;
        (page, start.min(matches)..(start + PAGE_SIZE).min(matches))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(given: &str, family: &str, email: &str) -> Person {
        Person {
            username: format!("{given}.{family}"),
            email: email.into(),
            given_name: given.into(),
            family_name: family.into(),
        }
    }

    #[test]
    fn people_are_sorted_by_family_then_given_name_whatever_the_case() {
        let index = PeopleIndex::new(vec![
            person("bob", "Zeta", "b@x"),
            person("Anna", "alpha", "a@x"),
            person("aaron", "Alpha", "aa@x"),
            person("Émile", "Beta", "e@x"),
        ]);
        let names: Vec<String> = index
            .page("", 1)
            .people
            .iter()
            .map(|p| p.full_name())
            .collect();
        assert_eq!(
            names,
            ["aaron Alpha", "Anna alpha", "Émile Beta", "bob Zeta"]
        );
    }

    #[test]
    fn search_ignores_case_and_accents_and_looks_at_names_and_addresses() {
        let index = PeopleIndex::new(vec![
            person("Ånn", "Smith", "one@x"),
            person("JOANNE", "Brown", "two@x"),
            person("Bea", "Hannan", "three@x"),
            person("Carl", "Dunn", "ann.c@x"),
            person("Dora", "Doe", "dora@x"),
        ]);
        let found = index.page("ann", 1);
        assert_eq!(found.matches, 4);
        assert_eq!(index.page("ÄNN", 1).matches, 4);
        assert_eq!(index.page("  dora@ ", 1).matches, 1);
        assert_eq!(index.page("nobody", 1).matches, 0);
        assert_eq!(index.page("nobody", 1).pages, 1);
    }

    #[test]
    fn pages_hold_fifty_and_a_page_past_the_end_is_the_last() {
        let people = (0..120)
            .map(|i| person(&format!("G{i:03}"), "Same", "e@x"))
            .collect();
        let index = PeopleIndex::new(people);
        let first = index.page("", 1);
        assert_eq!(
            (first.people.len(), first.matches, first.pages),
            (50, 120, 3)
        );
        assert_eq!(first.people[0].given_name, "G000");
        let last = index.page("", 3);
        assert_eq!(last.people.len(), 20);
        assert_eq!(index.page("", 99).page, 3);
        assert_eq!(index.page("", 0).page, 1);
        assert_eq!(index.page("g11", 1).matches, 10);
    }

    #[test]
    fn a_person_joins_or_leaves_without_a_new_read() {
        let index = PeopleIndex::new(vec![person("Ann", "B", "a@x")]);
        let more = index.with(person("Cy", "A", "c@x"));
        assert!(more.contains("Cy.A") && more.contains("Ann.B"));
        assert_eq!(more.page("", 1).people[0].given_name, "Cy");
        let renamed = more.with(Person {
            email: "new@x".into(),
            ..person("Cy", "A", "c@x")
        });
        assert_eq!(renamed.len(), 2);
        assert!(!renamed.without("Cy.A").contains("Cy.A"));
    }
}
