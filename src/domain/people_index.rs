//! A list of people indexed once, so that a page of it costs the same for ten people or ten
//! thousand: sorted by family then given name, and each person's search text folded once
//! (lower case, accents removed) for a case- and accent-insensitive substring search.
use super::identity::Person;
use std::collections::HashSet;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// People per page.
pub const PAGE_SIZE: usize = 50;

pub struct PeopleIndex {
    /// This list's own number, never given to another (pages written from it are kept under
    /// it: views::written_lists).
    generation: u64,
    people: Vec<Person>,
    /// Each person's row as pages show it, made on first use and kept with the list: a view
    /// copies its rows out.
    rendered: OnceLock<RenderedRows>,
    /// `folded(given \u{1f} family \u{1f} email)`, one per person, in the same order.
    keys: Vec<String>,
    usernames: HashSet<String>,
}

/// Every person's row, one after the other in the list's order.
pub struct RenderedRows {
    html: String,
    /// Where each person's row ends in `html`.
    ends: Vec<usize>,
}

impl RenderedRows {
    fn rows(&self, range: std::ops::Range<usize>) -> &str {
        let start = range.start.checked_sub(1).map_or(0, |k| self.ends[k]);
        let end = range.end.checked_sub(1).map_or(0, |k| self.ends[k]);
        &self.html[start..end.max(start)]
    }
}

impl<'a> PeoplePage<'a> {
    /// The page's people, in order.
    pub fn people(&self) -> impl Iterator<Item = &'a Person> + '_ {
        let people = &self.index.people;
        let (run, each) = match &self.positions {
            Positions::Run(range) => (range.clone(), &[][..]),
            Positions::Each(found) => (0..0, &found[..]),
        };
        run.chain(each.iter().copied()).map(move |k| &people[k])
    }

    /// The page's rows as HTML. Every person's row of the list is rendered by `render` once,
    /// on first use (a row is the same in every language); a page copies its own out (a page
    /// of the whole list in one piece).
    pub fn rows_html(&self, render: impl Fn(&Person, &mut String)) -> Vec<&'a str> {
        let index = self.index;
        let rendered = index.rendered.get_or_init(|| {
            let mut html = String::with_capacity(index.people.len() * 96);
            let ends = index
                .people
                .iter()
                .map(|p| {
                    render(p, &mut html);
                    html.len()
                })
                .collect();
            RenderedRows { html, ends }
        });
        match &self.positions {
            Positions::Run(range) => vec![rendered.rows(range.clone())],
            Positions::Each(found) => found.iter().map(|k| rendered.rows(*k..*k + 1)).collect(),
        }
    }
}

/// Where a page's people are in the list: one run of it, or each found one.
enum Positions {
    Run(std::ops::Range<usize>),
    Each(Vec<usize>),
}

/// One page of a list or of a search in it.
pub struct PeoplePage<'a> {
    index: &'a PeopleIndex,
    /// Where the page's people are in the list.
    positions: Positions,
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
        static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Self {
            generation: GENERATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            people,
            rendered: Default::default(),
            keys,
            usernames,
        }
    }

    /// This list's own number: another list, or this one changed, has another.
    pub fn generation(&self) -> u64 {
        self.generation
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
                index: self,
                positions: Positions::Run(range),
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
            index: self,
            positions: Positions::Each(found[range].to_vec()),
            matches,
            page,
            pages: Self::pages(matches),
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
        let names: Vec<String> = index.page("", 1).people().map(|p| p.full_name()).collect();
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
        let names: Vec<&str> = found.people().map(|p| p.given_name.as_str()).collect();
        assert_eq!(names, ["JOANNE", "Carl", "Bea", "Ånn"]);
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
            (first.people().count(), first.matches, first.pages),
            (50, 120, 3)
        );
        assert_eq!(
            first.people().next().map(|p| p.given_name.as_str()),
            Some("G000")
        );
        let last = index.page("", 3);
        assert_eq!(last.people().count(), 20);
        assert_eq!(index.page("", 99).page, 3);
        assert_eq!(index.page("", 0).page, 1);
        assert_eq!(index.page("g11", 1).matches, 10);
    }

    #[test]
    fn a_person_joins_or_leaves_without_a_new_read() {
        let index = PeopleIndex::new(vec![person("Ann", "B", "a@x")]);
        let more = index.with(person("Cy", "A", "c@x"));
        assert!(more.contains("Cy.A") && more.contains("Ann.B"));
        assert_eq!(
            more.page("", 1)
                .people()
                .next()
                .map(|p| p.given_name.as_str()),
            Some("Cy")
        );
        let renamed = more.with(Person {
            email: "new@x".into(),
            ..person("Cy", "A", "c@x")
        });
        assert_eq!(renamed.len(), 2);
        assert!(!renamed.without("Cy.A").contains("Cy.A"));
    }

    #[test]
    fn rows_are_rendered_once_per_list_and_a_page_copies_its_own() {
        let people = (0..120)
            .map(|k| {
                person(
                    &format!("G{k:03}"),
                    &format!("F{k:03}"),
                    &format!("p{k}@example.com"),
                )
            })
            .collect();
        let index = PeopleIndex::new(people);
        let calls = std::cell::Cell::new(0);
        let render = |p: &Person, out: &mut String| {
            calls.set(calls.get() + 1);
            out.push_str(&format!("[{}]", p.given_name));
        };
        let second = index.page("", 2);
        let rows = second.rows_html(render);
        assert_eq!(rows.len(), 1, "a page of the whole list is one run");
        assert!(
            rows[0].starts_with("[G050][G051]") && rows[0].ends_with("[G099]"),
            "{}",
            rows[0]
        );
        assert_eq!(calls.get(), 120);
        let last = index.page("", 3);
        assert_eq!(last.rows_html(render).concat().matches('[').count(), 20);
        let found = index.page("g11", 1);
        let rows = found.rows_html(render);
        assert_eq!(
            rows.concat(),
            "[G110][G111][G112][G113][G114][G115][G116][G117][G118][G119]"
        );
        assert_eq!(calls.get(), 120, "rendered once for the list");
    }
}
