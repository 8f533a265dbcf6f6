//! What the learner does to a card's code: set a parameter (re-render, or patch it into an
//! edit), see which knobs an edit detached, reset to the example, run the edit, format it with
//! gofmt, and the compile errors to show under their lines.

use super::card_run::run;
use super::card_state::Card;
use super::editor_html::{parse_diags, Diag};
use super::{editor_knobs, editor_store, params};
use crate::course::{changed_lines, Example, Params};
use leptos::prelude::*;

/// Set a parameter: clamp those whose range it bounds; re-render the source, or patch the
/// change into the learner's edit (a detached knob is disabled, so its change never lands).
pub(super) fn set_param(c: Card, name: String, value: String) {
    let before = c.base.get_value();
    let code = c.code.get_untracked();
    let was_edit = c.is_edit(&code);
    let old_raw = c.raw.get_untracked();
    let label = c.ex.param(&name).map(params::label).unwrap_or_else(|| name.clone());
    c.raw.update(|r| {
        if let Some(slot) = r.iter_mut().find(|(k, _)| *k == name) {
            slot.1 = value;
        }
        params::clamp_dependents(c.ex, r, &name);
    });
    let Ok(now) = c.resolved.get_untracked() else { return };
    let Some(new) = c.render(&now) else { return };
    let patched = match (&before, was_edit) {
        (Some(old), true) => c.render(old).and_then(|old| editor_knobs::patch(&old, &new, &code)),
        _ => Some((new.clone(), changed_lines(&c.ran.get_untracked(), &new))),
    };
    match patched {
        Some((src, lines)) => {
            c.base.set_value(Some(now));
            c.changed.set(lines);
            c.code.set(src.clone());
            c.ran.set(src);
        }
        None => {
            // The edit no longer holds the lines this value changes: keep code and knob as they were.
            c.raw.set(old_raw);
            c.code_note
                .set(Some(format!("{label}: you edited the lines it sets. Reset to the example to use it again.")));
        }
    }
}

/// The parameters whose lines the learner's edit no longer holds (their knobs detach).
pub(super) fn detached(c: Card) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        let code = c.code.get();
        let Ok(p) = c.resolved.get() else { return Vec::new() };
        let Some(base) = c.render(&p) else { return Vec::new() };
        if base == code {
            return Vec::new();
        }
        c.ex.params
            .iter()
            .filter(|spec| {
                let alt = other_value(c.ex, spec, &p);
                let moved = alt.and_then(|a| c.render(&a)).filter(|r| *r != base);
                moved.is_some_and(|r| editor_knobs::patch(&base, &r, &code).is_none())
            })
            .map(|s| s.name.clone())
            .collect()
    })
}

/// The parameters with `spec` set to another valid value (to see which lines it sets).
fn other_value(ex: &Example, spec: &crate::course::data::ParamSpec, p: &Params) -> Option<Params> {
    use crate::course::Value;
    let mut q = p.clone();
    let v = match p.0.get(&spec.name)? {
        Value::Bool(b) => Value::Bool(!b),
        Value::Choice(c) => Value::Choice(spec.choices.iter().find(|x| *x != c)?.clone()),
        Value::Int(n) => {
            let (lo, hi) = ex.range(spec, p);
            Value::Int(if *n < hi {
                n + 1
            } else if *n > lo {
                n - 1
            } else {
                return None;
            })
        }
    };
    q.0.insert(spec.name.clone(), v);
    ex.validate(&q).ok().map(|_| q)
}

/// Put the example's own source back (at the current parameters).
pub(super) fn reset(c: Card) {
    let Ok(p) = c.resolved.get_untracked() else { return };
    let Some(src) = c.render(&p) else { return };
    c.base.set_value(Some(p));
    c.changed.set(Vec::new());
    c.code_note.set(None);
    c.code.set(src.clone());
    c.ran.set(src);
    editor_store::save(&c.store_key(), None);
}

/// Run the editor's text (the Run button, Ctrl+Enter): a new source re-runs every tool.
pub(super) fn run_edit(c: Card) {
    // (The learner's run: the card's opening run is not needed any more.)
    c.opened.set_value(true);
    let code = c.code.get_untracked();
    if c.ran.get_untracked() != code {
        c.changed.set(Vec::new());
        c.ran.set(code);
    } else if c.resolved.with_untracked(|r| r.is_ok()) {
        run(c, true);
    }
}

/// Format the editor's text with gofmt; gofmt's error becomes a note under the editor.
pub(super) fn format_code(c: Card) {
    match crate::golang::format::source(&c.code.get_untracked()) {
        Ok(s) => {
            c.code_note.set(None);
            c.code.set(s);
        }
        Err(e) => c.code_note.set(Some(format!("gofmt: {e}"))),
    }
}

/// Compile errors to show under their lines: those of the run, while the editor still holds
/// the source that ran.
pub(super) fn diags(c: Card) -> Signal<Vec<Diag>> {
    Signal::derive(move || {
        // (Before the first run nothing is compiled.)
        if c.term.runs.get() == 0 || c.code.with(|a| c.ran.with(|b| a != b)) {
            return Vec::new();
        }
        c.subject.with(|s| match s {
            Ok(s) => s.program().as_ref().err().map(|e| parse_diags(e)).unwrap_or_default(),
            Err(_) => Vec::new(),
        })
    })
}
