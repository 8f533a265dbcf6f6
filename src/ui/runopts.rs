//! Run options of a card beyond the example's parameters: the `-race` toggle and the
//! GOMAXPROCS selector (both part of the share link as `race=1` and `procs=N`), plus the
//! restyling of the race detector's reports in the terminal. Reading a link, it also takes
//! out the other settings that are not parameters: the scheduler's picks (`sched=`) and a
//! live example's button presses (`press=`).
//!
//! An example with its own `gomaxprocs` parameter keeps that parameter as the only
//! GOMAXPROCS control: the selector is not shown and `procs` is ignored.

use super::output::{Kind, Line};
use crate::course::{Example, RunOptions};
use leptos::prelude::*;

/// Settings from a share link that are not example parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkExtras {
    pub race: Option<bool>,
    pub procs: Option<u32>,
    /// The learner's scheduling picks (`sched=7.8.c1.go`), as written in the link.
    pub sched: Option<String>,
    /// A live example's button presses with the virtual time each landed at
    /// (`press=cancel@52000000`): the run replays them at those times.
    pub presses: Vec<(String, i64)>,
}

/// Presses as they appear in a link: `cancel@52000000.cancel@90000000` (nanoseconds).
pub fn format_presses(p: &[(String, i64)]) -> String {
    p.iter().map(|(n, t)| format!("{n}@{t}")).collect::<Vec<_>>().join(".")
}

/// Parse `cancel@52000000.…`; malformed items are dropped. Sorted by time.
pub fn parse_presses(s: &str) -> Vec<(String, i64)> {
    let mut v: Vec<(String, i64)> = s
        .split('.')
        .filter_map(|it| {
            let (n, t) = it.split_once('@')?;
            let t = t.parse::<i64>().ok().filter(|t| *t >= 0)?;
            (!n.is_empty()).then(|| (n.to_string(), t))
        })
        .collect();
    v.sort_by_key(|(_, t)| *t);
    v
}

/// Remove `race`, `procs`, `sched` and `press` from a link's settings and return them.
pub fn take_extras(sets: &mut Vec<(String, String)>) -> LinkExtras {
    let mut x = LinkExtras::default();
    sets.retain(|(k, v)| match k.as_str() {
        "race" => {
            x.race = Some(matches!(v.as_str(), "1" | "true" | "on"));
            false
        }
        "procs" => {
            x.procs = v.parse::<u32>().ok().map(|n| n.clamp(1, 8));
            false
        }
        "sched" => {
            x.sched = Some(v.clone());
            false
        }
        "press" => {
            x.presses = parse_presses(v);
            false
        }
        _ => true,
    });
    x
}

/// The card's run options, as signals.
#[derive(Clone, Copy)]
pub struct RunOpts {
    pub race: RwSignal<bool>,
    pub procs: RwSignal<u32>,
    default_race: bool,
    /// The example has a `gomaxprocs` parameter (which is then the control).
    pub procs_param: bool,
}

impl RunOpts {
    pub fn new(ex: &Example, x: &LinkExtras) -> RunOpts {
        let procs_param = ex.param("gomaxprocs").is_some();
        RunOpts {
            race: RwSignal::new(x.race.unwrap_or(ex.race)),
            procs: RwSignal::new(if procs_param { 1 } else { x.procs.unwrap_or(1) }),
            default_race: ex.race,
            procs_param,
        }
    }

    /// Subscribe the running effect to both options.
    pub fn track(&self) {
        self.race.track();
        self.procs.track();
    }

    /// The runtime options for a run with this seed.
    pub fn options(&self, seed: u64) -> RunOptions {
        RunOptions {
            seed,
            trace: false,
            race: Some(self.race.get_untracked()),
            gomaxprocs: if self.procs_param { None } else { Some(self.procs.get_untracked()) },
        }
    }

    /// The link settings for options that differ from the defaults.
    pub fn url_sets(&self) -> Vec<(String, String)> {
        let mut v = Vec::new();
        let race = self.race.get_untracked();
        if race != self.default_race {
            v.push(("race".to_string(), if race { "1" } else { "0" }.to_string()));
        }
        let p = self.procs.get_untracked();
        if !self.procs_param && p != 1 {
            v.push(("procs".to_string(), p.to_string()));
        }
        v
    }
}

/// Style the race detector's reports (`WARNING: DATA RACE` blocks between `=====` rules,
/// and the `Found N data race(s)` summary) as reports.
pub fn style_races(lines: Vec<Line>) -> Vec<Line> {
    let mut inside = false;
    lines
        .into_iter()
        .map(|mut l| {
            if l.kind == Kind::Stderr {
                let rule = l.text.starts_with("==================");
                if rule || inside || l.text.starts_with("Found ") && l.text.contains("data race") {
                    l.kind = Kind::Fatal;
                }
                if rule {
                    inside = !inside;
                }
            }
            l
        })
        .collect()
}

/// The `-race` toggle and the GOMAXPROCS selector.
#[component]
pub fn RunOptsControls(ex: &'static Example, opts: RunOpts) -> impl IntoView {
    let rid = format!("race-{}", ex.id);
    let pid = format!("procs-{}", ex.id);
    let procs = (!opts.procs_param).then(|| {
        let opts_list = (1..=8u32)
            .map(|n| view! { <option value=n.to_string() selected=move || opts.procs.get() == n>{n.to_string()}</option> })
            .collect_view();
        view! {
            <label class="param choice runopt" for=pid.clone()>
                <span>"GOMAXPROCS"</span>
                <select id=pid.clone() aria-label="GOMAXPROCS: simulated processors" aria-describedby=format!("{pid}-note")
                    on:change=move |e| opts.procs.set(event_target_value(&e).parse().unwrap_or(1))>{opts_list}</select>
                <span class="runopt-note" id=format!("{pid}-note")>
                    "1 here by default; a real " <code>"go run"</code> " uses every CPU"
                </span>
            </label>
        }
    });
    view! {
        <div class="runopts" role="group" aria-label="Run options">
            <label class="param toggle runopt" for=rid.clone()>
                <input type="checkbox" id=rid.clone() name="race" aria-label="Run with the race detector (-race)"
                    prop:checked=move || opts.race.get()
                    on:change=move |e| opts.race.set(event_target_checked(&e)) />
                <span><code>"-race"</code></span>
            </label>
            {procs}
        </div>
    }
}
