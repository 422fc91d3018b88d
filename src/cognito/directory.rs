//! The members of a group, indexed and cached so a page view never waits on Cognito (and costs
//! the same for ten members or ten thousand).
//!
//! Stale-while-revalidate: a fresh list is served as is; a stale one is served while one
//! background task reads the next, its ListUsersInGroup calls paced (CLIENT_LIST_CALLS_PER_SECOND,
//! default 5: 10,000 members take ~35 s, during which views keep the last list). A read that
//! fails half-way keeps the previous list. The first views wait up to two seconds for the first
//! list, then say it is loading.
//!
//! Several instances (REDIS_URL) do not refresh together: each list stays fresh for 30 s
//! (CLIENT_LIST_FRESH_SECS) plus a random part of another 30 s, so instances drift apart. Chosen over one instance reading and
//! publishing through Redis: no leader to elect or lose, nothing of a megabyte in Redis per
//! refresh, and the cost stays bounded (instances x one paced read per 30 to 60 s).
use super::client::Cognito;
use crate::domain::{PeopleIndex, Person};
use rand::Rng;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// How long the very first views wait for the first list.
const FIRST_WAIT: Duration = Duration::from_secs(2);
/// After a failed read (and no list from before), views say so at once for this long before
/// one of them tries again.
const AFTER_A_FAILURE: Duration = Duration::from_secs(5);

/// What a view gets.
pub enum Members {
    Ready(Arc<PeopleIndex>),
    /// The first list is still being read (a large group).
    Loading,
    /// The list could not be read, and there is none from before.
    Unavailable,
}

/// How a group's list is read.
#[derive(Clone, Copy, Debug)]
pub struct ListReads {
    /// The wait between two ListUsersInGroup calls of one read.
    pub pace: Duration,
    /// A list is read again once it is this old plus a random part of as long again.
    pub fresh_for: Duration,
}

pub struct GroupDirectory {
    cognito: Cognito,
    group: String,
    list_reads: ListReads,
    /// (fresh until, the list)
    cached: RwLock<Option<(Instant, Arc<PeopleIndex>)>>,
    refreshing: AtomicBool,
    /// When the last read failed (cleared by a good one).
    failed_at: RwLock<Option<Instant>>,
    /// Bumped when a read ends, well or not.
    reads: tokio::sync::watch::Sender<u64>,
}

impl GroupDirectory {
    pub fn new(cognito: Cognito, group: impl Into<String>, list_reads: ListReads) -> Arc<Self> {
        Arc::new(Self {
            cognito,
            group: group.into(),
            list_reads,
            cached: RwLock::new(None),
            refreshing: AtomicBool::new(false),
            failed_at: RwLock::new(None),
            reads: tokio::sync::watch::Sender::new(0),
        })
    }

    /// The list for a page view.
    pub async fn members(self: &Arc<Self>) -> Members {
        if let Some(index) = self.current() {
            return Members::Ready(index);
        }
        let failed_recently = self
            .failed_at
            .read()
            .ok()
            .and_then(|at| *at)
            .is_some_and(|at| at.elapsed() < AFTER_A_FAILURE);
        if failed_recently {
            return Members::Unavailable;
        }
        let mut read_ended = self.reads.subscribe();
        self.refresh_in_background();
        let _ = tokio::time::timeout(FIRST_WAIT, read_ended.changed()).await;
        match self.current() {
            Some(index) => Members::Ready(index),
            None if self.refreshing.load(Ordering::Acquire) => Members::Loading,
            None => Members::Unavailable,
        }
    }

    /// The cached list, if any (a stale one, or none, starts a read); never waits. One read
    /// of the lock: this is on every page view that shows a list.
    pub fn current(self: &Arc<Self>) -> Option<Arc<PeopleIndex>> {
        let cached = self.cached.read().ok()?.clone();
        if cached
            .as_ref()
            .is_none_or(|(fresh_until, _)| Instant::now() >= *fresh_until)
        {
            self.refresh_in_background();
        }
        cached.map(|(_, index)| index)
    }

    /// This instance just added `person` to the group: the list shows it at once.
    pub fn note_joined(&self, person: Person) {
        self.patch(|index| index.with(person));
    }

    /// This instance just took `username` out of the group (or deleted them).
    pub fn note_left(&self, username: &str) {
        self.patch(|index| index.without(username));
    }

    fn patch(&self, change: impl FnOnce(&PeopleIndex) -> PeopleIndex) {
        if let Ok(mut cached) = self.cached.write()
            && let Some((fresh_until, index)) = cached.as_ref()
        {
            *cached = Some((*fresh_until, Arc::new(change(index))));
        }
    }

    fn refresh_in_background(self: &Arc<Self>) {
        if self.refreshing.swap(true, Ordering::AcqRel) {
            return;
        }
        let this = self.clone();
        tokio::spawn(async move {
            let read = this.fetch().await;
            let failed = read.is_none();
            if let Some(people) = read {
                let index = Arc::new(PeopleIndex::new(people));
                let fresh_for = this.list_reads.fresh_for;
                let jitter = fresh_for.mul_f64(rand::rng().random::<f64>());
                if let Ok(mut cached) = this.cached.write() {
                    *cached = Some((Instant::now() + fresh_for + jitter, index));
                }
            }
            if let Ok(mut failed_at) = this.failed_at.write() {
                *failed_at = failed.then(Instant::now);
            }
            this.refreshing.store(false, Ordering::Release);
            this.reads.send_modify(|n| *n += 1);
        });
    }

    async fn fetch(&self) -> Option<Vec<Person>> {
        match self
            .cognito
            .group_members(&self.group, self.list_reads.pace)
            .await
        {
            Ok(people) => Some(people),
            Err(err) => {
                tracing::warn!(group = %self.group, error = %crate::domain::ErrorChain(&err), "could not list group members");
                None
            }
        }
    }
}
