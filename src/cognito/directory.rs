//! The members of a group, cached briefly so a page view never waits on Cognito.
use super::client::Cognito;
use crate::domain::Person;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

const FRESH_FOR: Duration = Duration::from_secs(30);

/// Stale-while-revalidate: a fresh list is served as is; a stale one is served while one
/// background task fetches the next. Only the very first view waits for Cognito. When Cognito
/// is down, the last list stays in service.
pub struct GroupDirectory {
    cognito: Cognito,
    group: String,
    cached: Mutex<Option<(Instant, Arc<Vec<Person>>)>>,
    refreshing: AtomicBool,
}

impl GroupDirectory {
    pub fn new(cognito: Cognito, group: impl Into<String>) -> Arc<Self> {
        Arc::new(Self {
            cognito,
            group: group.into(),
            cached: Mutex::new(None),
            refreshing: AtomicBool::new(false),
        })
    }

    /// The members, or `None` when they have never been readable.
    pub async fn members(self: &Arc<Self>) -> Option<Arc<Vec<Person>>> {
        let mut cached = self.cached.lock().await;
        match &*cached {
            Some((at, people)) => {
                if at.elapsed() >= FRESH_FOR {
                    self.refresh_in_background();
                }
                Some(people.clone())
            }
            None => {
                // Holding the lock: concurrent first views share this one call.
                let people = Arc::new(self.fetch().await?);
                *cached = Some((Instant::now(), people.clone()));
                Some(people)
            }
        }
    }

    fn refresh_in_background(self: &Arc<Self>) {
        if self.refreshing.swap(true, Ordering::AcqRel) {
            return;
        }
        let this = self.clone();
        tokio::spawn(async move {
            if let Some(people) = this.fetch().await {
                *this.cached.lock().await = Some((Instant::now(), Arc::new(people)));
            }
            this.refreshing.store(false, Ordering::Release);
        });
    }

    async fn fetch(&self) -> Option<Vec<Person>> {
        match self.cognito.group_members(&self.group).await {
            Ok(people) => Some(people),
            Err(err) => {
                tracing::warn!(group = %self.group, error = %err, "could not list group members");
                None
            }
        }
    }
}
