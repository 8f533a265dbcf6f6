//! A card's runs: start one (or a live run for examples with `controls`), compute it in slices
//! of a few milliseconds with the page answering in between (Stop or a newer run ends it; a
//! long run's output shows as it comes), then hand the transcript to the terminal to play.

use super::card_state::Card;
use super::mark_ran;
use super::output::{self, Kind, Line};
use super::runopts::style_races;
use crate::runtime::{Runtime, Step};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Real time a run computes before letting the page answer, in milliseconds.
const SLICE_MS: f64 = 8.0;

/// Start a run of what the card runs now. `by_learner`: the learner asked for it, so it
/// counts in their progress (the run a card makes when it opens does not).
pub(super) fn run(c: Card, by_learner: bool) {
    let Ok(sub) = c.subject.get_untracked() else { return };
    let g = c.term.start(c.opts.race.get_untracked());
    c.shared.set(None);
    c.explain.set(Vec::new());
    if let (Some(ctx), true, false) = (c.ctx, by_learner, c.play) {
        mark_ran(ctx, &c.ex.id);
    }
    let opts = c.opts.options(c.seed.get_untracked());
    let rt = match sub.runtime(&opts) {
        Ok(rt) => rt,
        Err(e) => {
            // Go's compile errors, as `go run` prints them (and under their lines).
            c.term.push(e.lines().map(|l| Line::new(0, Kind::Stderr, l.to_string())));
            c.term.running.set(false);
            return;
        }
    };
    if !c.ex.controls.is_empty() {
        let presses = if by_learner { Vec::new() } else { c.script.get_value() };
        c.term.live(g, rt, presses);
        return;
    }
    // The opening run over the default output already shown: its lines replace those at once.
    let quiet = !by_learner && c.golden.get_value();
    c.golden.set_value(false);
    run_sliced(c, g, rt, quiet);
}

/// Run `rt` to its end in slices of [`SLICE_MS`], the page answering in between, unless run
/// `g` is replaced first (Stop, a new run, the card gone). A run that ends within its first
/// slice (almost all) is played as a whole; a longer one shows its output as it comes.
fn run_sliced(c: Card, g: u64, mut rt: Runtime, quiet: bool) {
    if run_slice(&mut rt) {
        return finish(c, g, rt, quiet);
    }
    spawn_local(async move {
        let mut shown = 0;
        let mut pushed = f64::NEG_INFINITY;
        loop {
            // The new output, a few times a second (each push redraws the terminal).
            if now_ms() - pushed >= SHOW_EVERY_MS {
                let ws = rt.writes_from(shown);
                shown += ws.len();
                c.term.push(output::writes(&ws));
                pushed = now_ms();
            }
            TimeoutFuture::new(0).await;
            if !c.term.current(g) {
                return;
            }
            if run_slice(&mut rt) {
                break;
            }
        }
        // The whole transcript at once, in place of the lines shown as they came.
        c.term.lines.update(|l| l.truncate(1));
        finish(c, g, rt, true);
    });
}

/// How often a long run's new output is shown, in milliseconds.
const SHOW_EVERY_MS: f64 = 100.0;

/// Step `rt` for about [`SLICE_MS`]; true once the program is over.
fn run_slice(rt: &mut Runtime) -> bool {
    let t0 = now_ms();
    loop {
        rt.pause_after(SLICE_OPS);
        if rt.step() == Step::Done {
            return true;
        }
        if now_ms() - t0 >= SLICE_MS {
            return false;
        }
    }
}

/// Runtime operations between two looks at the clock within one goroutine's turn (a loop
/// that never blocks still lets the page answer): a millisecond or so of work.
const SLICE_OPS: u64 = 4_000;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

/// Show a finished run: its explanations, and its transcript played at its virtual times
/// (all at once with `instant`).
fn finish(c: Card, g: u64, rt: Runtime, instant: bool) {
    let o = rt.outcome();
    let mut named = output::named_lines(&o);
    named.extend(o.explanations.iter().map(|e| e.line).filter(|l| *l > 0));
    c.explain.set(o.explanations.clone());
    c.term.play(g, style_races(output::transcript(&o)), named, instant);
}
