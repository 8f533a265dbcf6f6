//! Progress (examples run, best quiz scores) kept in `localStorage`. Storage may be blocked
//! (embedded in a third-party iframe, private modes) or hold corrupt data: then the site keeps
//! progress in memory for the visit and never fails.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The storage key (versioned, so a future format can start afresh).
pub const KEY: &str = "chanlab.progress.v1";

/// A quiz result: the best score reached, out of `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub best: u32,
    pub total: u32,
}

/// Everything the site remembers about a learner.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Example ids the learner has run (by editing, running or re-running them).
    #[serde(default)]
    pub ran: BTreeMap<String, bool>,
    /// Lesson id → quiz score.
    #[serde(default)]
    pub quiz: BTreeMap<String, Score>,
    /// Lesson id → the quiz answers given so far (data indices), so a reload shows the same
    /// answers as the best score beside them; Retry clears them (the best score stays).
    #[serde(default)]
    pub answers: BTreeMap<String, Vec<Option<usize>>>,
}

impl Progress {
    /// Parse stored text; anything unreadable counts as no progress.
    pub fn parse(text: &str) -> Progress {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn has_run(&self, example: &str) -> bool {
        self.ran.get(example).copied().unwrap_or(false)
    }

    /// Record a quiz result, keeping the best.
    pub fn record_quiz(&mut self, lesson: &str, score: u32, total: u32) {
        let e = self.quiz.entry(lesson.to_string()).or_default();
        // A quiz whose length changed starts afresh.
        let best = if e.total == total { e.best.max(score) } else { score };
        *e = Score { best, total };
    }
}

fn storage() -> Option<web_sys::Storage> {
    // `local_storage()` throws when storage is blocked; `Ok(None)` when there is none.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Load the stored progress (default when missing, blocked or corrupt).
pub fn load() -> Progress {
    storage().and_then(|s| s.get_item(KEY).ok().flatten()).map(|t| Progress::parse(&t)).unwrap_or_default()
}

/// Save progress; returns false if it could not be stored (the page goes on regardless).
pub fn save(p: &Progress) -> bool {
    let Ok(text) = serde_json::to_string(p) else { return false };
    storage().map(|s| s.set_item(KEY, &text).is_ok()).unwrap_or(false)
}
