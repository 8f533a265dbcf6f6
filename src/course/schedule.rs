//! "You are the scheduler", without the web: a [`Session`] runs an example and stops at every
//! decision the learner takes — which goroutine runs next (with one processor, until it
//! blocks; in parallel mode, for one operation) and which ready `select` case fires — and
//! runs on by itself where there is nothing to choose. The learner's [`Pick`]s replay
//! deterministically and travel in share links (`sched=7.8.c1.go`). [`Challenge`]s are goals
//! checked on the run's real outcome; [`search`] finds a schedule that meets one (tests use it
//! to prove each challenge can be won by some schedule and lost by another).

use super::{Example, RunOptions};
use super::{Params, Value};
use crate::runtime::{Gid, Outcome, Runtime, SelectChoice};

/// Most steps taken without the learner before a decision is forced (a runaway program is
/// also stopped by the runtime's own operation limit).
const AUTO_STEPS: usize = 200_000;

/// One decision the learner took.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Run this goroutine next.
    Run(Gid),
    /// The waiting `select` fires the case at this source position (from 0).
    Case(usize),
    /// Let Go's scheduler take every remaining decision.
    Rest,
}

impl Pick {
    fn token(self) -> String {
        match self {
            Pick::Run(g) => g.to_string(),
            Pick::Case(c) => format!("c{c}"),
            Pick::Rest => "go".to_string(),
        }
    }
}

/// Picks as they appear in a share link: `7.8.c1.go`.
pub fn format_picks(picks: &[Pick]) -> String {
    picks.iter().map(|p| p.token()).collect::<Vec<_>>().join(".")
}

/// Parse `7.8.c1.go`; an empty string is no picks.
pub fn parse_picks(s: &str) -> Result<Vec<Pick>, String> {
    s.split('.')
        .filter(|t| !t.is_empty())
        .map(|t| {
            if t == "go" {
                Ok(Pick::Rest)
            } else if let Some(c) = t.strip_prefix('c') {
                c.parse().map(Pick::Case).map_err(|_| format!("`{t}` is not a select case (c0, c1, ...)"))
            } else {
                t.parse().map(Pick::Run).map_err(|_| format!("`{t}` is not a goroutine id"))
            }
        })
        .collect()
}

/// A goroutine the learner may run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub g: Gid,
    pub func: String,
    /// Parallel mode: the processor it is on.
    pub proc: Option<usize>,
}

/// What the session waits for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Two or more goroutines could run next. With one processor the first is Go's own
    /// choice; in parallel mode Go would pick one of them at random.
    Run(Vec<Choice>),
    /// A select has several ready cases (Go would pick one at random).
    Case(SelectChoice),
    /// The program has ended.
    Done,
}

/// A run under the learner's control.
pub struct Session {
    rt: Runtime,
    picks: Vec<Pick>,
    decision: Decision,
    parallel: bool,
}

impl Session {
    /// Start `ex` and run to the first decision.
    pub fn start(ex: &Example, p: &Params, opts: &RunOptions) -> Option<Session> {
        Some(Session::from_runtime(ex.runtime_with(p, opts).ok()?))
    }

    /// Take control of a runtime that has not started (any program, e.g. an edited one) and
    /// run to the first decision.
    pub fn from_runtime(mut rt: Runtime) -> Session {
        let parallel = rt.procs().len() > 1;
        rt.ask_select_cases(true);
        let mut s = Session { rt, picks: Vec::new(), decision: Decision::Done, parallel };
        s.decision = s.advance();
        s
    }

    /// Start and replay `picks`, stopping at the first one that is not possible.
    pub fn replay(ex: &Example, p: &Params, opts: &RunOptions, picks: &[Pick]) -> Option<Session> {
        Some(Session::replay_runtime(ex.runtime_with(p, opts).ok()?, picks))
    }

    /// [`Session::from_runtime`], then replay `picks` as [`Session::replay`] does.
    pub fn replay_runtime(rt: Runtime, picks: &[Pick]) -> Session {
        let mut s = Session::from_runtime(rt);
        for &k in picks {
            if !s.pick(k) {
                break;
            }
        }
        s
    }

    /// Take a decision; false (and nothing changes) if `pick` does not answer the current one.
    pub fn pick(&mut self, pick: Pick) -> bool {
        match (&self.decision, pick) {
            (Decision::Done, _) => return false,
            (_, Pick::Rest) => {
                // As `Runtime::run` does: the runtime's own limits stop a runaway program.
                self.rt.ask_select_cases(false);
                while self.rt.step() != crate::runtime::Step::Done {}
            }
            (Decision::Run(ch), Pick::Run(g)) if ch.iter().any(|c| c.g == g) => {
                self.rt.step_goroutine(g);
            }
            (Decision::Case(ask), Pick::Case(c)) if ask.cases.iter().any(|rc| rc.pos == c) => {
                let g = ask.g;
                self.rt.pick_select_case(c);
                self.rt.step_goroutine(g);
            }
            _ => return false,
        }
        self.picks.push(pick);
        self.decision = self.advance();
        true
    }

    /// Run on while there is nothing to choose.
    fn advance(&mut self) -> Decision {
        let rt = &mut self.rt;
        for _ in 0..AUTO_STEPS {
            if rt.is_done() {
                return Decision::Done;
            }
            if let Some(ask) = rt.select_choice() {
                return Decision::Case(ask);
            }
            let r = rt.runnable();
            match r.len() {
                0 => {
                    if !rt.advance_time() && !rt.is_done() {
                        rt.step(); // nothing runnable and no timer: the deadlock is detected
                    }
                }
                1 => {
                    if rt.step_goroutine(r[0]).is_none() {
                        rt.step();
                    }
                }
                _ => {
                    // The runtime's own goroutines (such as Go's finalizer goroutine, absent
                    // from `goroutines()`) are not the learner's to schedule: run them first.
                    let gs = rt.goroutines();
                    match r.iter().find(|g| !gs.iter().any(|i| i.id == **g && !i.func.starts_with("runtime."))) {
                        Some(&sys) => {
                            if rt.step_goroutine(sys).is_none() {
                                rt.step();
                            }
                        }
                        None => return Decision::Run(self.choices(r)),
                    }
                }
            }
        }
        let r = self.rt.runnable();
        Decision::Run(self.choices(r))
    }

    fn choices(&self, r: Vec<Gid>) -> Vec<Choice> {
        let gs = self.rt.goroutines();
        let procs = self.rt.procs();
        r.into_iter()
            .map(|g| Choice {
                g,
                func: gs.iter().find(|i| i.id == g).map(|i| i.func.to_string()).unwrap_or_default(),
                proc: if self.parallel { procs.iter().position(|p| *p == Some(g)) } else { None },
            })
            .collect()
    }

    pub fn decision(&self) -> &Decision {
        &self.decision
    }
    pub fn picks(&self) -> &[Pick] {
        &self.picks
    }
    pub fn runtime(&self) -> &Runtime {
        &self.rt
    }
    pub fn is_done(&self) -> bool {
        self.decision == Decision::Done
    }
    /// Several processors: picks run one operation, and Go's choice would be random.
    pub fn parallel(&self) -> bool {
        self.parallel
    }
}

/// A goal for the learner, checked on the outcome of the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Challenge {
    /// A worker sends on `results` after main closed it.
    Panic,
    /// The same early close, and yet every result is sent in time: the bug hides.
    Survive,
    /// Every goroutine blocked: `fatal error: all goroutines are asleep - deadlock!`.
    Deadlock,
    /// Two unlocked `count++` interleave and the final count comes out short.
    LostUpdate,
}

/// Settings for a challenge: parameters, and the processors (the card's GOMAXPROCS).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setup {
    pub sets: &'static [(&'static str, &'static str)],
    pub procs: Option<u32>,
}

impl Challenge {
    pub fn text(self) -> &'static str {
        match self {
            Challenge::Panic => "Make it panic: run a worker's send on results after main has closed it.",
            Challenge::Survive => {
                "Get away with it: same early close, but let every worker send before main closes results."
            }
            Challenge::Deadlock => {
                "Reach the deadlock: jobs is never closed; let the workers send before main closes results, so nobody panics and everyone waits."
            }
            Challenge::LostUpdate => "Lose an update: let two goroutines read count before either writes it back.",
        }
    }

    /// A short name (used in test ids and the page's data attributes).
    pub fn id(self) -> &'static str {
        match self {
            Challenge::Panic => "panic",
            Challenge::Survive => "survive",
            Challenge::Deadlock => "deadlock",
            Challenge::LostUpdate => "lost-update",
        }
    }

    /// Is the goal reached by this outcome (`p`: the settings it ran with)?
    pub fn met(self, o: &Outcome, p: &Params) -> bool {
        let flag = |n: &str| matches!(p.0.get(n), Some(Value::Bool(true)));
        match self {
            Challenge::Panic => o.status == 2 && o.report.contains("send on closed channel"),
            Challenge::Survive => o.status == 0 && !flag("close_after_wait"),
            Challenge::Deadlock => o.status == 2 && o.report.starts_with("fatal error: all goroutines are asleep"),
            Challenge::LostUpdate => {
                let last = o.stdout.lines().rev().find_map(|l| l.strip_prefix("final count: "));
                let n = last.and_then(|v| v.trim().parse::<i64>().ok());
                o.status == 0 && matches!((n, p.0.get("goroutines")), (Some(n), Some(Value::Int(g))) if n < *g)
            }
        }
    }

    /// Small settings where the learner's schedule decides whether the goal is met (the
    /// tests check that some schedule meets it there and some other schedule does not).
    pub fn setup(self) -> Setup {
        const EARLY_CLOSE: &[(&str, &str)] =
            &[("close_after_wait", "false"), ("workers", "2"), ("jobs", "2"), ("buffer", "2")];
        // Also no close(jobs): a worker that sent in time then waits for jobs forever.
        const BOTH_BUGS: &[(&str, &str)] =
            &[("close_jobs", "false"), ("close_after_wait", "false"), ("workers", "2"), ("jobs", "2"), ("buffer", "2")];
        match self {
            Challenge::Panic | Challenge::Survive => Setup { sets: EARLY_CLOSE, procs: Some(2) },
            Challenge::Deadlock => Setup { sets: BOTH_BUGS, procs: Some(2) },
            Challenge::LostUpdate => {
                Setup { sets: &[("lock", "false"), ("gomaxprocs", "2"), ("goroutines", "2")], procs: None }
            }
        }
    }
}

/// The challenges an example offers.
pub fn challenges(ex: &Example) -> &'static [Challenge] {
    match ex.id.as_str() {
        "worker-pool" => &[Challenge::Panic, Challenge::Survive, Challenge::Deadlock],
        "mutex-counter" => &[Challenge::LostUpdate],
        _ => &[],
    }
}

/// Search the schedules of `ex` (depth first, Go's choice first) for one whose outcome meets
/// `goal`, visiting at most `budget` decisions. Returns the picks.
pub fn search(
    ex: &Example,
    p: &Params,
    opts: &RunOptions,
    goal: &dyn Fn(&Outcome) -> bool,
    budget: usize,
) -> Option<Vec<Pick>> {
    let mut stack: Vec<Vec<Pick>> = vec![Vec::new()];
    let mut visited = 0;
    while let Some(prefix) = stack.pop() {
        visited += 1;
        if visited > budget {
            return None;
        }
        let s = Session::replay(ex, p, opts, &prefix)?;
        let options: Vec<Pick> = match s.decision() {
            Decision::Done => {
                if goal(&s.runtime().outcome()) {
                    return Some(prefix);
                }
                continue;
            }
            Decision::Run(ch) => ch.iter().map(|c| Pick::Run(c.g)).collect(),
            Decision::Case(ask) => ask.cases.iter().map(|c| Pick::Case(c.pos)).collect(),
        };
        for k in options.into_iter().rev() {
            let mut next = prefix.clone();
            next.push(k);
            stack.push(next);
        }
    }
    None
}
