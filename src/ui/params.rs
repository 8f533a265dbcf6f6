//! The card's parameter settings in the learner's words: error messages that use the labels
//! shown on screen instead of the lesson data's parameter names, and clamping of values whose
//! range depends on another parameter (lowering a queue's capacity lowers the jobs queued
//! first instead of refusing to run).

use crate::course::data::{Bound, Kind, ParamSpec};
use crate::course::Example;

/// The label a parameter has on screen (its name when it has none).
pub fn label(spec: &ParamSpec) -> String {
    spec.label.clone().unwrap_or_else(|| spec.name.clone())
}

/// A bound in words: a number, or another parameter's label.
fn bound_words(ex: &Example, b: &Bound) -> String {
    match b {
        Bound::Value(v) => v.to_string(),
        Bound::Param(n) => ex.param(n).map(label).unwrap_or_else(|| n.clone()),
    }
}

/// What a parameter accepts, in words (`a whole number from 0 to Queue capacity`).
pub fn accepts(ex: &Example, spec: &ParamSpec) -> String {
    match spec.kind {
        Kind::Int => match (&spec.min, &spec.max) {
            (Some(lo), Some(hi)) => {
                format!("a whole number from {} to {}", bound_words(ex, lo), bound_words(ex, hi))
            }
            (Some(lo), None) => format!("a whole number of at least {}", bound_words(ex, lo)),
            (None, Some(hi)) => format!("a whole number of at most {}", bound_words(ex, hi)),
            (None, None) => "a whole number".into(),
        },
        Kind::Bool => "on or off".into(),
        Kind::Choice => format!("one of {}", spec.choices.join(", ")),
    }
}

/// Rewrite an `Example::resolve` error with the labels on screen: `Jobs queued first = 3 is
/// out of range: expected a whole number from 0 to Queue capacity (now 2)`.
pub fn friendly_error(ex: &Example, msg: &str) -> String {
    let msg = msg.strip_prefix(&format!("{}: ", ex.id)).unwrap_or(msg);
    // `<name> = <v> is out of range: expected <range>[ (now lo..hi)]`
    if let Some((name, rest)) = msg.split_once(" = ") {
        if let (Some(spec), Some((v, _))) = (ex.param(name), rest.split_once(" is out of range")) {
            let mut s = format!("{} = {v} is out of range: expected {}", label(spec), accepts(ex, spec));
            let named = |b: &Option<Bound>| matches!(b, Some(Bound::Param(_)));
            if let Some(now) = rest.split_once("(now ").and_then(|(_, n)| n.strip_suffix(')')) {
                if named(&spec.min) || named(&spec.max) {
                    let now = now.replacen("..", " to ", 1);
                    s.push_str(&format!(" (now {now})"));
                }
            }
            return s;
        }
    }
    // `` `<raw>` is not valid for `<name>`: expected <what> ``
    if let Some((raw, rest)) = msg.split_once(" is not valid for `") {
        if let Some((name, _)) = rest.split_once('`') {
            if let Some(spec) = ex.param(name) {
                let what = if raw == "``" { "a value is needed".to_string() } else { format!("{raw} is not valid") };
                return format!("{}: {what}: expected {}", label(spec), accepts(ex, spec));
            }
        }
    }
    msg.to_string()
}

/// Whether an error message is about parameter `spec` (by its label, or its name for errors
/// about the link's settings).
pub fn names_param(msg: &str, spec: &ParamSpec) -> bool {
    let l = label(spec);
    msg.starts_with(&format!("{l}: "))
        || msg.starts_with(&format!("{l} = "))
        || msg.contains(&format!("`{}`", spec.name))
}

/// After `changed` was set, bring every int parameter whose range is bounded by it back into
/// range (a value that does not parse is left for `resolve` to report).
pub fn clamp_dependents(ex: &Example, raw: &mut [(String, String)], changed: &str) {
    let int = |raw: &[(String, String)], n: &str| {
        raw.iter().find(|(k, _)| k == n).and_then(|(_, v)| v.trim().parse::<i64>().ok())
    };
    let Some(bound) = int(raw, changed) else { return };
    for spec in ex.params.iter().filter(|s| matches!(s.kind, Kind::Int) && s.name != changed) {
        let by = |b: &Option<Bound>| matches!(b, Some(Bound::Param(n)) if n == changed);
        let Some(v) = int(raw, &spec.name) else { continue };
        let out = (by(&spec.max) && v > bound) || (by(&spec.min) && v < bound);
        if let Some(slot) = raw.iter_mut().find(|(k, _)| *k == spec.name).filter(|_| out) {
            slot.1 = bound.to_string();
        }
    }
}
