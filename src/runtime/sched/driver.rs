//! The driver of one simulated program: [`Runtime`] sets it up, runs it to the end or step by
//! step (`step`, `run_until_blocked`, `advance_time`, `advance_to`), lets a learner schedule it
//! by hand (`runnable`, `step_goroutine`, `pick_select_case`), delivers outside events
//! (`inject`) and reads it (`writes`, `events`, `goroutines`, `outcome`). A child of `sched`,
//! so it reaches the scheduler's internals without widening their visibility.

use super::*;

/// What one call to [`Runtime::step`] did.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Goroutine `g` ran until it blocked, yielded or ended.
    Ran(Gid),
    /// Nothing was runnable: the clock jumped to `t` and the timers due then fired.
    Advanced(i64),
    /// The program is over.
    Done,
}

/// A simulated Go program, driven to completion or step by step.
pub struct Runtime {
    rt: Rc<Rt>,
}

impl Runtime {
    /// Set up a program whose `main` function is the future `main`.
    pub fn new<F: Future<Output = ()> + 'static>(cfg: Config, main: F) -> Runtime {
        let first = cfg.first_gid.max(2);
        let rt = Rc::new(Rt {
            sched: RefCell::new(Sched {
                gs: Vec::new(),
                runnext: None,
                runq: VecDeque::with_capacity(LOCAL_RUNQ),
                global: VecDeque::new(),
                // Go's runtime.main has taken this many non-inheriting scheduling decisions
                // (starting the sweeper, scavenger and friends) by the time main.main runs;
                // calibrated against Go's run order for 300 goroutines (1.19, and 1.27.3 with
                // its GOMAXPROCS updater goroutine).
                schedtick: 4,
                next_gid: 1,
                live: 0,
                origins: Vec::new(),
                origin_index: HashMap::new(),
                last_origin: None,
                last_parent: None,
                procs: vec![None; cfg.gomaxprocs.max(1) as usize],
                preempted: None,
            }),
            timers: RefCell::new(Timers::default()),
            now: Cell::new(0),
            cur: Cell::new(0),
            rng: RefCell::new(Rng::new(cfg.seed)),
            writes: RefCell::new(Vec::new()),
            events: cfg.trace.then(|| RefCell::new(Vec::new())),
            ops: Cell::new(0),
            slice_ops: Cell::new(0),
            in_system: Cell::new(false),
            stop: RefCell::new(None),
            controls: RefCell::new(Vec::new()),
            unknown_sites: RefCell::new(BTreeSet::new()),
            race: RefCell::new(Default::default()),
            select_pick: Cell::new(None),
            ask_cases: Cell::new(false),
            select_ask: RefCell::new(None),
            pause: Default::default(),
            creator: Cell::new(None),
            main_goexit: Cell::new(false),
            on_deadlock: RefCell::new(None),
            cfg,
        });
        {
            let _e = Enter::new(&rt);
            rt.spawn(
                "main.main",
                "",
                Box::pin(async move {
                    // Go 1.27's runtime.main starts the GOMAXPROCS updater (first_gid 7), then
                    // package os's init the finalizer goroutine (runfinq): when main.main
                    // begins, runfinq sits in runnext and the updater in the run queue; each
                    // parks once it runs. Ids 2-4 are the GC's helpers, which never run here.
                    let system = ["runtime.updateMaxProcsGoroutine", "runtime.runfinq"];
                    let n = (first as usize).saturating_sub(5).min(system.len());
                    for (i, func) in system[system.len() - n..].iter().enumerate() {
                        with_rt(|rt| rt.spawn_system(first - n as Gid + i as Gid, func));
                    }
                    main.await
                }),
            );
            rt.sched.borrow_mut().next_gid = first;
        }
        Runtime { rt }
    }

    /// Make one scheduling decision: run one goroutine's slice, or advance the clock. A
    /// runtime-internal goroutine Go's order reaches runs within the step, unreported.
    pub fn step(&mut self) -> Step {
        let rt = self.rt.clone();
        let _e = Enter::new(&rt);
        loop {
            if rt.stop.borrow().is_some() {
                return Step::Done;
            }
            // A turn paused by the host goes on first, as if it had never stopped.
            let resumed = rt.pause.paused.take();
            if resumed.is_none() {
                rt.check_timers();
            }
            let picked = match resumed {
                Some(g) => Some(g),
                None if rt.cfg.gomaxprocs > 1 => rt.pick_parallel(),
                None => rt.pick_one(),
            };
            let Some(g) = picked else { break };
            let hidden = rt.is_system(g);
            rt.run_g(g, resumed.is_some());
            rt.cur.set(0);
            if rt.pause.paused.get() == Some(g) {
                return Step::Ran(g);
            }
            if rt.cfg.gomaxprocs > 1 {
                rt.after_parallel_turn(g);
            }
            if !hidden {
                return Step::Ran(g);
            }
        }
        // Nothing runnable: jump to the next timer, or report the deadlock.
        let next = rt.timers.borrow_mut().next_when();
        match next {
            Some(when) if when > rt.cfg.max_time_ns => {
                rt.halt(format!(
                    "the program was stopped after {} of virtual time without finishing \
                     (a ticker or timer keeps it alive)",
                    crate::runtime::gofmt::duration(rt.cfg.max_time_ns)
                ));
                Step::Done
            }
            Some(when) => {
                if when > rt.now.get() {
                    rt.now.set(when);
                }
                rt.check_timers();
                Step::Advanced(rt.now.get())
            }
            None if rt.main_goexit.get() && rt.sched.borrow().all().next().is_none() => {
                let message = "no goroutines (main called runtime.Goexit) - deadlock!".to_string();
                rt.stop_with(Stop::Fatal { g: 0, message });
                Step::Done
            }
            None => {
                let handler = rt.on_deadlock.borrow_mut().take();
                match handler {
                    Some(f) => {
                        f();
                        Step::Advanced(rt.now.get())
                    }
                    None => {
                        rt.stop_with(Stop::Deadlock);
                        Step::Done
                    }
                }
            }
        }
    }

    /// "You are the scheduler": the goroutines that could run next, never a runtime-internal
    /// one (those run first, out of sight). With one processor, in the order Go's scheduler
    /// would take them, so the first is Go's own choice. In parallel
    /// mode, the goroutines on processors (idle processors first take work, in Go's order),
    /// in processor order: any of them may perform the next operation. Fires the timers that
    /// are due first, as a step would.
    pub fn runnable(&mut self) -> Vec<Gid> {
        let rt = self.rt.clone();
        let _e = Enter::new(&rt);
        if rt.stop.borrow().is_some() {
            return Vec::new();
        }
        rt.check_timers();
        if rt.cfg.gomaxprocs > 1 {
            return rt.fill_procs();
        }
        rt.run_system_runnable();
        let s = rt.sched.borrow();
        s.runnable()
    }

    /// Parallel mode: the goroutine on each processor (`None`: idle).
    pub fn procs(&self) -> Vec<Option<Gid>> {
        self.rt.sched.borrow().procs.clone()
    }

    /// Run goroutine `g` next instead of Go's choice: with one processor until it blocks,
    /// yields or ends; in parallel mode for one operation. `None` if `g` is not runnable (on a
    /// processor, in parallel mode) or the program is over.
    pub fn step_goroutine(&mut self, g: Gid) -> Option<Step> {
        let rt = self.rt.clone();
        let _e = Enter::new(&rt);
        if rt.stop.borrow().is_some() {
            return None;
        }
        rt.check_timers();
        if rt.cfg.gomaxprocs == 1 {
            rt.run_system_runnable();
        }
        if rt.cfg.gomaxprocs > 1 {
            if !rt.fill_procs().contains(&g) {
                return None;
            }
            rt.run_g(g, false);
            rt.cur.set(0);
            rt.after_parallel_turn(g);
            return Some(Step::Ran(g));
        }
        {
            let mut s = rt.sched.borrow_mut();
            if !s.take(g) {
                return None;
            }
            s.schedtick = s.schedtick.wrapping_add(1);
        }
        rt.run_g(g, false);
        rt.cur.set(0);
        Some(Step::Ran(g))
    }

    /// "You are the scheduler": the next `select` (in any goroutine) tries case `case` (its
    /// position in the select, from 0) before the others, so that case fires if it is ready.
    /// Answers a pending [`Runtime::select_choice`].
    pub fn pick_select_case(&mut self, case: usize) {
        self.rt.select_pick.set(Some(case));
        self.rt.select_ask.borrow_mut().take();
    }

    /// "You are the scheduler": from now on a `select` with two or more ready cases does not
    /// choose at random; it stops before taking any, and [`Runtime::select_choice`] says what
    /// it offers. Run that goroutine again after [`Runtime::pick_select_case`].
    pub fn ask_select_cases(&mut self, on: bool) {
        self.rt.ask_cases.set(on);
        if !on {
            // A select still waiting chooses for itself when it runs again.
            self.rt.select_ask.borrow_mut().take();
        }
    }

    /// The select waiting for the learner's choice of case, if any.
    pub fn select_choice(&self) -> Option<crate::runtime::select::SelectChoice> {
        self.rt.select_ask.borrow().clone()
    }

    /// Run until no goroutine is runnable (without advancing the clock) or the program ends.
    pub fn run_until_blocked(&mut self) -> bool {
        loop {
            if self.is_done() {
                return false;
            }
            let runnable = self.rt.sched.borrow().has_runnable() || self.rt.timers.borrow_mut().due(self.rt.now.get());
            if !runnable {
                return true;
            }
            self.step();
        }
    }

    /// Advance the clock to the next timer and fire it; false if there is none.
    pub fn advance_time(&mut self) -> bool {
        if self.is_done() || self.rt.sched.borrow().has_runnable() {
            return false;
        }
        matches!(self.step(), Step::Advanced(_))
    }

    /// Move the clock forward to `t` while every goroutine is blocked, as real time passing
    /// would: if a timer is due by then, fire it at its own time (one step) instead; otherwise
    /// the clock reads `t`. The UI calls this before [`Runtime::inject`] so a button press lands
    /// at the moment the learner pressed it. False if something is runnable or the run is over.
    pub fn advance_to(&mut self, t: i64) -> bool {
        if self.is_done() || self.rt.sched.borrow().has_runnable() {
            return false;
        }
        let next = self.rt.timers.borrow_mut().next_when();
        match next {
            Some(when) if when <= t => {
                self.step();
            }
            _ => {
                if t > self.rt.now.get() {
                    self.rt.now.set(t);
                }
            }
        }
        true
    }

    /// When the next timer is due (virtual ns), if there is one the run would wait for: what
    /// [`Runtime::advance_time`] would advance the clock to. The UI paces live runs by it.
    pub fn next_timer(&self) -> Option<i64> {
        self.rt.timers.borrow_mut().next_when().filter(|&w| w <= self.rt.cfg.max_time_ns)
    }

    /// Let the running goroutine's turn pause (in the Go interpreter, where it charges the
    /// step budget) once about `ops` more runtime operations have been counted: [`Runtime::
    /// step`] then returns early, and the next step resumes the same turn. The run is the same
    /// as without pauses; the host gets a chance to do other work (a page stays responsive
    /// while `for {}` spins). One pause per call.
    pub fn pause_after(&mut self, ops: u64) {
        self.rt.pause.at.set(self.rt.ops.get().saturating_add(ops.max(1)));
    }

    /// Run to the end.
    pub fn run(mut self) -> crate::runtime::outcome::Outcome {
        while self.step() != Step::Done {}
        self.outcome()
    }

    pub fn is_done(&self) -> bool {
        self.rt.stop.borrow().is_some()
    }

    /// The virtual time now, in nanoseconds.
    pub fn now(&self) -> i64 {
        self.rt.now.get()
    }

    /// The names of the outside events this program accepts (see [`super::control`]).
    pub fn controls(&self) -> Vec<String> {
        self.rt.controls.borrow().iter().map(|(n, _)| n.clone()).collect()
    }

    /// Deliver an outside event (a signal, a `cancel()` press) at the current virtual time.
    /// Returns false if the program does not accept it (or has ended).
    pub fn inject(&mut self, name: &str) -> bool {
        if self.is_done() {
            return false;
        }
        let f = self.rt.controls.borrow().iter().find(|(n, _)| n == name).map(|(_, f)| f.clone());
        let Some(f) = f else { return false };
        let rt = self.rt.clone();
        let _e = Enter::new(&rt);
        rt.emit(|| Event::Inject { t: rt.now.get(), name: name.to_string() });
        rt.cur.set(0);
        f();
        true
    }

    /// Writes so far (for live display while stepping).
    pub fn writes(&self) -> Vec<Write> {
        self.rt.writes.borrow().clone()
    }

    /// The writes from the `from`-th on (a long run's output as it comes, without copying it
    /// all each time).
    pub fn writes_from(&self, from: usize) -> Vec<Write> {
        self.rt.writes.borrow().get(from..).map(|w| w.to_vec()).unwrap_or_default()
    }

    /// How many events have been recorded (0 unless tracing), without copying them.
    pub fn event_count(&self) -> usize {
        self.rt.events.as_ref().map_or(0, |e| e.borrow().len())
    }

    /// Events so far (empty unless tracing).
    pub fn events(&self) -> Vec<Event> {
        self.rt.events.as_ref().map(|e| e.borrow().clone()).unwrap_or_default()
    }

    /// A snapshot of every live goroutine: id, function, state, current line.
    pub fn goroutines(&self) -> Vec<crate::runtime::outcome::GoroutineInfo> {
        crate::runtime::outcome::goroutines(&self.rt)
    }

    /// The result of the run; if it has not ended, as if it were stopped now.
    pub fn outcome(&self) -> crate::runtime::outcome::Outcome {
        crate::runtime::outcome::build(&self.rt)
    }
}
