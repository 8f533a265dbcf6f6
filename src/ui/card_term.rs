//! A card's terminal: the signals a run writes to, playback of a finished run at its virtual
//! times, live runs stepped with button presses delivered at the virtual time playback had
//! reached, and the share button's feedback.

use super::output::{self, Kind, Line, Speed};
use crate::runtime::Runtime;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Longest real wait between two lines (a program that sleeps for an hour still ends).
const MAX_WAIT_MS: f64 = 10_000.0;

/// The signals a run writes to.
#[derive(Clone, Copy)]
pub struct Term {
    pub lines: RwSignal<Vec<Line>>,
    pub running: RwSignal<bool>,
    pub reported: RwSignal<Vec<u32>>,
    pub gen: StoredValue<u64>,
    pub speed: RwSignal<Speed>,
    pub pending: StoredValue<Vec<String>>,
    /// The virtual time playback has reached (moves during waits; the timeline's cursor).
    pub clock: RwSignal<i64>,
    /// Runs started (shown as `data-runs` on the terminal, for tests and tools).
    pub runs: RwSignal<u32>,
    /// The live buttons pressed in this run, with the virtual time each landed at.
    pub presses: StoredValue<Vec<(String, i64)>>,
}

impl Default for Term {
    fn default() -> Term {
        Term::new()
    }
}

impl Term {
    pub fn new() -> Term {
        Term {
            lines: RwSignal::new(Vec::new()),
            running: RwSignal::new(false),
            reported: RwSignal::new(Vec::new()),
            gen: StoredValue::new(0),
            speed: RwSignal::new(Speed::One),
            pending: StoredValue::new(Vec::new()),
            clock: RwSignal::new(0),
            runs: RwSignal::new(0),
            presses: StoredValue::new(Vec::new()),
        }
    }

    /// Show a message instead of a run (bad parameters, a program that cannot start).
    pub fn note(&self, text: &str) {
        self.gen.set_value(self.gen.get_value() + 1);
        self.running.set(false);
        self.reported.set(Vec::new());
        self.lines.set(vec![Line::new(0, Kind::Note, text)]);
    }

    /// Start a run: the terminal shows the command line (`go run -race main.go` with `-race`).
    pub fn start(&self, race: bool) -> u64 {
        self.runs.update(|n| *n += 1);
        let g = self.gen.get_value() + 1;
        self.gen.set_value(g);
        self.pending.set_value(Vec::new());
        self.presses.set_value(Vec::new());
        self.clock.set(0);
        self.reported.set(Vec::new());
        self.lines.set(vec![Line::new(0, Kind::Cmd, output::command(race))]);
        self.running.set(true);
        g
    }

    /// Whether run `g` is still the card's current run (false once the card is gone).
    pub fn current(&self, g: u64) -> bool {
        self.gen.try_get_value() == Some(g)
    }

    pub fn stop(&self) {
        if self.running.get_untracked() {
            self.gen.set_value(self.gen.get_value() + 1);
            self.running.set(false);
            self.lines.update(|l| l.push(Line::new(0, Kind::Note, "^C (stopped)")));
        }
    }

    pub fn push(&self, new: impl IntoIterator<Item = Line>) {
        let new: Vec<Line> = new.into_iter().collect();
        if !new.is_empty() {
            self.lines.update(|l| l.extend(new));
        }
    }

    /// Wait from virtual time `from` for `ns` more at the chosen speed; false if the run was
    /// replaced.
    async fn wait(&self, g: u64, from: i64, ns: i64) -> bool {
        self.wait_part(g, from, ns).await.is_some()
    }

    /// Wait `ns` of virtual time at the chosen speed, or until a live control is pressed.
    /// Returns the share of the wait that passed (1.0: all of it), or `None` if the run was
    /// replaced.
    async fn wait_part(&self, g: u64, from: i64, ns: i64) -> Option<f64> {
        let Some(ms) = self.speed.get_untracked().real_ms(ns) else { return self.current(g).then_some(1.0) };
        let total = ms.min(MAX_WAIT_MS);
        let mut left = total;
        while left > 0.0 {
            // Short slices, so a press is noticed (and placed in virtual time) promptly.
            let slice = left.min(10.0);
            TimeoutFuture::new(slice.ceil() as u32).await;
            left -= slice;
            if self.current(g) {
                self.clock.set(from + (ns as f64 * (total - left.max(0.0)) / total) as i64);
            }
            if !self.current(g) || !self.pending.try_with_value(|p| p.is_empty()).unwrap_or(true) {
                break;
            }
        }
        let part = if total > 0.0 { ((total - left.max(0.0)) / total).clamp(0.0, 1.0) } else { 1.0 };
        self.current(g).then_some(part)
    }

    /// Play a finished run's transcript: lines at virtual time 0 at once, the rest paced
    /// (all at once with `instant`).
    pub fn play(self, g: u64, lines: Vec<Line>, report_lines: Vec<u32>, instant: bool) {
        let instant = instant || self.speed.get_untracked() == Speed::Instant;
        let split = if instant { lines.len() } else { lines.iter().position(|l| l.t > 0).unwrap_or(lines.len()) };
        let mut lines = lines;
        let rest = lines.split_off(split);
        self.push(lines);
        if rest.is_empty() {
            self.reported.set(report_lines);
            self.running.set(false);
            return;
        }
        spawn_local(async move {
            let mut prev = 0;
            let mut i = 0;
            while i < rest.len() {
                let t = rest[i].t;
                if !self.wait(g, prev, t - prev).await {
                    return;
                }
                prev = t;
                let j = rest[i..].iter().position(|l| l.t != t).map(|k| i + k).unwrap_or(rest.len());
                self.push(rest[i..j].iter().cloned());
                i = j;
            }
            if self.current(g) {
                self.reported.set(report_lines);
                self.running.set(false);
            }
        });
    }

    /// Run an example with live controls: step the runtime, pacing by virtual time, and
    /// deliver button presses between steps, at the virtual time playback had reached when
    /// the button was pressed (`Runtime::advance_to`).
    ///
    /// `script`: presses from a share link, delivered at their virtual times (the same moments
    /// as in the run the link was made from, so it replays the same run).
    pub fn live(self, g: u64, mut rt: Runtime, script: Vec<(String, i64)>) {
        spawn_local(async move {
            let mut script = std::collections::VecDeque::from(script);
            let mut steps = 0usize;
            let mut shown = 0usize;
            loop {
                if !self.current(g) {
                    return;
                }
                rt.run_until_blocked();
                let ws = rt.writes();
                self.push(output::writes(&ws[shown..]));
                shown = ws.len();
                if rt.is_done() {
                    break;
                }
                let now = rt.now();
                // A press from the link, due before the next timer: wait for it, deliver it.
                if let Some((name, t)) = script.front().cloned() {
                    if rt.next_timer().is_none_or(|t1| t < t1) {
                        script.pop_front();
                        let at = t.max(now);
                        if !self.wait(g, now, at - now).await {
                            return;
                        }
                        rt.advance_to(at);
                        self.press(&mut rt, &name, at);
                        continue;
                    }
                }
                // Where playback is in virtual time when a press arrives (before the next timer).
                let mut at = Some(now);
                if let Some(t1) = rt.next_timer() {
                    let Some(part) = self.wait_part(g, now, t1 - now).await else { return };
                    at = (part < 1.0).then(|| (now + ((t1 - now) as f64 * part) as i64).min(t1 - 1));
                }
                if let Some(at) = at {
                    let next = self.pending.try_update_value(|q| if q.is_empty() { None } else { Some(q.remove(0)) });
                    if let Some(Some(name)) = next {
                        rt.advance_to(at);
                        self.press(&mut rt, &name, at);
                        continue;
                    }
                }
                rt.step();
                steps += 1;
                // Let the page breathe on long runs.
                if steps.is_multiple_of(256) {
                    TimeoutFuture::new(0).await;
                }
            }
            if self.current(g) {
                let o = rt.outcome();
                self.push(output::ending(&o));
                self.reported.set(output::named_lines(&o));
                self.running.set(false);
            }
        });
    }
}

impl Term {
    /// Deliver a live button press at virtual time `at` and remember it for share links.
    pub fn press(&self, rt: &mut Runtime, name: &str, at: i64) {
        if rt.inject(name) {
            self.presses.update_value(|p| p.push((name.to_string(), at)));
        }
    }
}

/// What the share button did.
#[derive(Clone, Debug, PartialEq)]
pub enum Shared {
    Copied,
    /// The edited program makes the link longer than the limit (its length in bytes): the
    /// link holds the settings and seed only.
    TooLong(usize),
    /// The clipboard refused (an iframe without permission): the link to copy by hand.
    Blocked(String),
}

/// The share button's feedback: "link copied", or the link selected for copying by hand when
/// the clipboard is blocked. A live example's link holds its settings and seed, not the
/// button presses (pressing them again at other moments gives other runs).
#[component]
pub fn ShareNote(shared: RwSignal<Option<Shared>>, live: bool) -> impl IntoView {
    let presses = if live {
        " It holds the settings, the seed and the moments you pressed the buttons (such as cancel()): it replays this run."
    } else {
        ""
    };
    let select = |e: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        if let Some(i) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            i.select();
        }
    };
    move || {
        shared.get().map(|s| match s {
            Shared::Copied => view! {
                <p class="share-note" role="status">"Link to this run copied." {presses}</p>
            }
            .into_any(),
            Shared::TooLong(n) => view! {
                <p class="share-note blocked" role="status">
                    {format!(
                        "Your program is too long for a share link ({} KB of link; links hold up to {} KB). \
                         The link copied has the settings and seed only: copy the code to share it.",
                        n.div_ceil(1024),
                        super::share::MAX_LINK / 1024
                    )}
                </p>
            }
            .into_any(),
            Shared::Blocked(url) => view! {
                <p class="share-note blocked" role="status">
                    "The browser did not let the page copy: select the link and copy it." {presses}
                    <input type="text" class="share-link" readonly aria-label="Link to this run" prop:value=url
                        on:focus=select />
                </p>
            }
            .into_any(),
        })
    }
}
