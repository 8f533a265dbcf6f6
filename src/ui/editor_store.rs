//! The learner's edits kept in `localStorage`, one entry per example (and one for the
//! playground), so an edit survives a reload. Blocked storage, a full quota or corrupt data
//! never break the page: the edit then lasts for the visit.

use serde::{Deserialize, Serialize};

/// An example's stored edit: the source and the parameter settings it was made at.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    pub code: String,
    #[serde(default)]
    pub sets: Vec<(String, String)>,
}

fn key(example: &str) -> String {
    format!("chanlab.edit.v1.{example}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored edit of `example` (`None`: none, blocked or unreadable).
pub fn load(example: &str) -> Option<Stored> {
    let text = storage()?.get_item(&key(example)).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Keep `example`'s edit (`None`: forget it). False when it could not be stored.
pub fn save(example: &str, edit: Option<&Stored>) -> bool {
    let Some(s) = storage() else { return false };
    match edit {
        Some(e) => serde_json::to_string(e).ok().is_some_and(|t| s.set_item(&key(example), &t).is_ok()),
        None => s.remove_item(&key(example)).is_ok(),
    }
}
