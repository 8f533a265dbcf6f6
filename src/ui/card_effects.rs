//! A card's background jobs, one Effect each: run on every change (and keep the URL a share
//! link), wake the card for its opening run near the viewport, keep edits in `localStorage`,
//! and (embeds) post each finished run's result to the parent page.

use super::card_run::run;
use super::card_share::share_link;
use super::card_state::Card;
use super::output::Kind;
use super::{editor_store, set_hash_quietly};
use leptos::prelude::*;

/// One job: run whenever what the card runs, the seed or a run option changes, and keep the
/// URL a share link for what is on screen. Not when the card mounts: the opening run waits
/// until the card is near the viewport and the browser idle (`woken`), unless the learner
/// changes something first (then that run is theirs).
pub(super) fn run_on_change(c: Card) {
    Effect::new(move |prev: Option<()>| {
        c.seed.track();
        c.opts.track();
        let woken = c.woken.get();
        let bad = c.subject.with(|s| s.is_err());
        if prev.is_none() && !woken && !bad {
            return;
        }
        let by_learner = c.opened.get_value() || !woken;
        if !c.opened.get_value() && by_learner {
            c.user_changed.set_value(true);
        }
        c.opened.set_value(true);
        if bad {
            c.term.note("not run: fix the parameter above first");
            return;
        }
        run(c, by_learner);
        // (Not after the opening run, which comes later than the page: the link stays as it
        // came, with its button presses to replay, and the tools may have made it theirs.)
        if !c.embed && c.user_changed.get_value() && by_learner {
            set_hash_quietly(&share_link(c).unwrap_or_else(|(short, _)| short));
        }
        c.user_changed.set_value(true);
    });
}

/// One job: wake the card for its opening run once it is near the viewport and the browser
/// is idle (unless the learner made it run already).
pub(super) fn wake_when_near(c: Card, node: NodeRef<leptos::html::Section>) {
    let armed = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        if armed.get_value() {
            return;
        }
        armed.set_value(true);
        // Idle moments of their own: warm the checker for the program's imports (one package
        // each), compile the program, then run it.
        super::card_idle::when_near_and_idle(&el, move || {
            if c.opened.try_get_value() != Some(false) {
                return;
            }
            let imports = c.code.try_with_untracked(|s| super::card_warm::imports_of(s)).unwrap_or_default();
            super::card_warm::warm_then(imports, move || {
                if c.opened.try_get_value() != Some(false) {
                    return;
                }
                c.subject.try_with_untracked(|s| s.as_ref().is_ok_and(|s| s.program().is_ok()));
                super::card_idle::when_idle(move || {
                    if c.opened.try_get_value() == Some(false) {
                        _ = c.woken.try_set(true);
                    }
                });
            });
        });
    });
}

/// One job: keep the edit in `localStorage` (forgotten once it is the template again).
pub(super) fn store_edits(c: Card) {
    Effect::new(move |prev: Option<()>| {
        let code = c.code.get();
        c.raw.track();
        if prev.is_none() {
            return;
        }
        let key = c.store_key();
        let edit = c.is_edit(&code).then(|| editor_store::Stored { code, sets: c.raw.get_untracked() });
        editor_store::save(&key, edit.as_ref());
    });
}

/// One job (embeds only): post each finished run's result to the parent page as
/// `{"type":"chanlab:run","example","status","stdout"}`, as the quiz embed posts its score.
pub(super) fn post_results(c: Card) {
    let posted = StoredValue::new(0u32);
    Effect::new(move |_| {
        let (running, runs) = (c.term.running.get(), c.term.runs.get());
        if !running && runs > posted.get_value() {
            posted.set_value(runs);
            let lines = c.term.lines.get_untracked();
            let status = lines
                .iter()
                .rev()
                .find_map(|l| l.text.strip_prefix("exit status ").filter(|_| l.kind == Kind::Status))
                .and_then(|n| n.parse::<i32>().ok())
                .unwrap_or(if c.subject.with_untracked(|s| s.as_ref().is_ok_and(|s| s.program().is_err())) {
                    1
                } else {
                    0
                });
            let stdout: Vec<&str> = lines.iter().filter(|l| l.kind == Kind::Stdout).map(|l| l.text.as_str()).collect();
            let msg = serde_json::json!({"type": "chanlab:run", "example": c.ex.id, "status": status, "stdout": stdout.join("\n")});
            super::post_to_parent(&msg.to_string());
        }
    });
}
