//! The run queues and goroutine table of one program (Go's `p.runq`, `runnext` and the
//! global queue, `allgs`): who runs next, in Go's order (see the invariants in `sched.rs`).

use super::super::event::Gid;
use super::super::goroutine::{Origin, G};
use std::collections::{HashMap, VecDeque};

use super::LOCAL_RUNQ;

pub(crate) struct Sched {
    pub(super) gs: Vec<Option<G>>,
    pub(super) runnext: Option<Gid>,
    pub(super) runq: VecDeque<Gid>,
    pub(super) global: VecDeque<Gid>,
    pub(super) schedtick: u32,
    pub(super) next_gid: Gid,
    pub(crate) live: usize,
    /// Interned goroutine origins, and the index of each (by pointer identity).
    pub(crate) origins: Vec<Origin>,
    pub(super) origin_index: HashMap<[(usize, usize); 3], u32>,
    /// The last origin interned and its index: a loop of `go` statements hits it every
    /// time, without hashing.
    pub(super) last_origin: Option<([(usize, usize); 3], u32)>,
    /// The last function [`closure_parent`] was asked about, and its answer.
    pub(super) last_parent: Option<(&'static str, Option<&'static str>)>,
    /// Parallel mode: the goroutine on each processor (stays while it is preempted).
    pub(super) procs: Vec<Option<Gid>>,
    /// Set when the running goroutine was preempted at an operation: it keeps its processor.
    pub(super) preempted: Option<Gid>,
}

impl Sched {
    pub(crate) fn g(&self, id: Gid) -> Option<&G> {
        self.gs.get(id as usize).and_then(|g| g.as_ref())
    }
    pub(crate) fn g_mut(&mut self, id: Gid) -> Option<&mut G> {
        self.gs.get_mut(id as usize).and_then(|g| g.as_mut())
    }
    pub(super) fn intern(&mut self, o: Origin) -> u32 {
        let id = |s: &'static str| (s.as_ptr() as usize, s.len());
        let key = [id(o.func), id(o.created_by), id(o.created_at)];
        if let Some((k, i)) = self.last_origin {
            if k == key {
                return i;
            }
        }
        if let Some(&i) = self.origin_index.get(&key) {
            self.last_origin = Some((key, i));
            return i;
        }
        self.origins.push(o);
        let i = self.origins.len() as u32 - 1;
        self.origin_index.insert(key, i);
        self.last_origin = Some((key, i));
        i
    }

    /// [`closure_parent`], remembering the last answer (a `go` statement in a loop asks
    /// about the same function each time).
    pub(super) fn closure_parent(&mut self, func: &'static str) -> Option<&'static str> {
        match self.last_parent {
            Some((f, parent)) if std::ptr::eq(f, func) => parent,
            _ => {
                let parent = closure_parent(func);
                self.last_parent = Some((func, parent));
                parent
            }
        }
    }

    pub(crate) fn origin(&self, g: &G) -> Origin {
        self.origins[g.origin as usize]
    }

    /// Every live user goroutine, in creation order.
    pub(crate) fn all(&self) -> impl Iterator<Item = &G> {
        self.gs.iter().flatten().filter(|g| !g.system)
    }

    /// Go's `runqput`: with `next`, take `runnext` and kick its occupant to the queue tail.
    pub(super) fn runqput(&mut self, mut g: Gid, next: bool) {
        if next {
            match self.runnext.replace(g) {
                None => return,
                Some(old) => g = old,
            }
        }
        if self.runq.len() < LOCAL_RUNQ {
            self.runq.push_back(g);
        } else {
            // runqputslow: move half the local queue, then g, to the global queue.
            for _ in 0..LOCAL_RUNQ / 2 {
                let moved = self.runq.pop_front().expect("full queue");
                self.global.push_back(moved);
            }
            self.global.push_back(g);
        }
    }

    /// Go's `globrunqget` for one P: take a batch, run the first, queue the rest locally.
    pub(super) fn globrunqget(&mut self, max: usize) -> Option<Gid> {
        let len = self.global.len();
        if len == 0 {
            return None;
        }
        let mut n = (len + 1).min(len);
        if max > 0 {
            n = n.min(max);
        }
        n = n.min(LOCAL_RUNQ / 2);
        let first = self.global.pop_front();
        for _ in 1..n {
            let g = self.global.pop_front().expect("counted");
            self.runqput(g, false);
        }
        first
    }

    /// The next goroutine to run, with whether it inherits the time slice.
    pub(super) fn pick(&mut self) -> Option<(Gid, bool)> {
        if self.schedtick.is_multiple_of(61) && !self.global.is_empty() {
            if let Some(g) = self.globrunqget(1) {
                return Some((g, false));
            }
        }
        if let Some(g) = self.runnext.take() {
            return Some((g, true));
        }
        if let Some(g) = self.runq.pop_front() {
            return Some((g, false));
        }
        self.globrunqget(0).map(|g| (g, false))
    }

    /// Every runnable goroutine, in the order Go's scheduler would take them (runnext, the
    /// local queue, the global queue), without dequeuing any.
    pub(super) fn runnable(&self) -> Vec<Gid> {
        self.runnext.iter().chain(self.runq.iter()).chain(self.global.iter()).copied().collect()
    }

    /// Take `g` out of whichever run queue holds it.
    pub(super) fn take(&mut self, g: Gid) -> bool {
        if self.runnext == Some(g) {
            self.runnext = None;
            return true;
        }
        for q in [&mut self.runq, &mut self.global] {
            if let Some(i) = q.iter().position(|&x| x == g) {
                q.remove(i);
                return true;
            }
        }
        false
    }

    /// Whether a goroutine of the program's own is runnable (runtime-internal ones do not
    /// count: the next step runs them on its way).
    pub(super) fn has_runnable(&self) -> bool {
        let user = |g: &Gid| !self.g(*g).is_some_and(|g| g.system);
        self.runnext.iter().chain(self.runq.iter()).chain(self.global.iter()).any(user)
            || self.procs.iter().any(Option::is_some)
    }
}

/// `main.merge` for a closure named `main.merge.func1`; `None` for a named function.
pub(super) fn closure_parent(func: &'static str) -> Option<&'static str> {
    let (outer, last) = func.rsplit_once('.')?;
    let n = last.strip_prefix("func")?;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && outer.contains('.')).then_some(outer)
}
