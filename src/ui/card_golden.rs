//! A card's output before its first run: each example's default output as the pre-rendered
//! page showed it (kept when the app takes the page over, since the site's wasm carries no
//! golden files), else its golden file's, put in the terminal until the opening run.

use super::card_term::Term;
use super::output::{self, Line};
use crate::course::Example;
use leptos::prelude::*;

thread_local! {
    /// Each example's default output as the pre-rendered page showed it (by example id), kept
    /// when the app takes the page over (the site's wasm carries no golden files).
    static PRERENDERED: std::cell::RefCell<std::collections::HashMap<String, String>> = Default::default();
}

/// Keep the default outputs the pre-rendered cards under `root` show (`section#ex-<id>
/// pre.terminal`), for the app's cards to show until they run.
pub fn keep_prerendered_outputs(root: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all("section.example-card pre.terminal") else { return };
    for i in 0..list.length() {
        let Some(pre) = list.get(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Some(sec) = pre.closest("section.example-card").ok().flatten() else { continue };
        if let Some(id) = sec.id().strip_prefix("ex-") {
            let text = pre.text_content().unwrap_or_default();
            PRERENDERED.with(|m| m.borrow_mut().insert(id.to_string(), text));
        }
    }
}

/// The example's default output at `seed` (the pre-rendered page's, else its golden file's).
pub(super) fn default_output(ex: &Example, seed: u64, race: bool) -> Option<Vec<Line>> {
    let kept = (seed == 1).then(|| PRERENDERED.with(|m| m.borrow().get(&ex.id).cloned())).flatten();
    if let Some(text) = kept {
        return Some(output::from_text(&text));
    }
    let g = ex.golden.iter().find(|g| g.set.is_empty() && g.seed == seed)?;
    Some(output::golden(race, &g.stdout, &g.report, g.status))
}

/// Put the example's default output in the terminal, as the pre-rendered page shows it;
/// false if there is none.
pub(super) fn show_golden(ex: &Example, seed: u64, race: bool, term: Term) -> bool {
    let Some(lines) = default_output(ex, seed, race) else { return false };
    term.lines.set(lines);
    true
}
