//! Progress kept in `localStorage`: examples run, lessons visited, best quiz scores (lesson
//! quizzes and phase quick checks), exercises solved and the learner's code. Storage may be
//! blocked (embedded in a third-party iframe, private modes) or hold corrupt data: then the
//! site keeps progress in memory for the visit and never fails. Each field is read on its
//! own, so one damaged field loses only itself.

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::collections::BTreeMap;

/// The storage key (versioned, so a future format can start afresh).
pub const KEY: &str = "chanlab.progress.v1";

/// A quiz result: the best score reached, out of `total`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub best: u32,
    pub total: u32,
}

impl Score {
    /// Passed: at least three quarters of the questions right at best.
    pub fn passed(&self) -> bool {
        self.total > 0 && self.best * 4 >= self.total * 3
    }
}

/// An exercise's state: whether it ever passed Check, how the last Check ended, and the
/// learner's latest code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseState {
    #[serde(default)]
    pub passed: bool,
    /// The last Check: `passed`, or `failed on seed N`.
    #[serde(default)]
    pub last: Option<String>,
    #[serde(default)]
    pub code: Option<String>,
}

/// Everything the site remembers about a learner.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Example ids the learner has run (by editing, running or re-running them).
    #[serde(default)]
    pub ran: BTreeMap<String, bool>,
    /// Lesson id (or [`phase_key`] of a phase) → quiz score.
    #[serde(default)]
    pub quiz: BTreeMap<String, Score>,
    /// Lesson id → the quiz answers given so far (data indices), so a reload shows the same
    /// answers as the best score beside them; Retry clears them (the best score stays).
    #[serde(default)]
    pub answers: BTreeMap<String, Vec<Option<usize>>>,
    /// Lesson ids the learner has opened.
    #[serde(default)]
    pub visited: BTreeMap<String, bool>,
    /// Exercise id → its state.
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseState>,
}

/// The key a phase's quick check is stored under (lesson ids never contain `:`).
pub fn phase_key(phase: &str) -> String {
    format!("phase:{phase}")
}

fn field<T: DeserializeOwned + Default>(v: &serde_json::Value, name: &str) -> T {
    v.get(name).and_then(|f| serde_json::from_value(f.clone()).ok()).unwrap_or_default()
}

impl Progress {
    /// Parse stored text; anything unreadable counts as no progress (field by field).
    pub fn parse(text: &str) -> Progress {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(text) else { return Progress::default() };
        Progress {
            ran: field(&v, "ran"),
            quiz: field(&v, "quiz"),
            answers: field(&v, "answers"),
            visited: field(&v, "visited"),
            exercises: field(&v, "exercises"),
        }
    }

    pub fn has_run(&self, example: &str) -> bool {
        self.ran.get(example).copied().unwrap_or(false)
    }

    pub fn has_visited(&self, lesson: &str) -> bool {
        self.visited.get(lesson).copied().unwrap_or(false)
    }

    /// Whether a quiz (a lesson id or a [`phase_key`]) was passed.
    pub fn quiz_passed(&self, key: &str) -> bool {
        self.quiz.get(key).is_some_and(Score::passed)
    }

    pub fn solved(&self, exercise: &str) -> bool {
        self.exercises.get(exercise).is_some_and(|e| e.passed)
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

/// Save progress; returns false if it could not be stored (quota, blocked: the page goes on
/// regardless).
pub fn save(p: &Progress) -> bool {
    let Ok(text) = serde_json::to_string(p) else { return false };
    storage().map(|s| s.set_item(KEY, &text).is_ok()).unwrap_or(false)
}
