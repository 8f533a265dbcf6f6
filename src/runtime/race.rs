//! The race detector (`go run -race`): happens-before over vector clocks, in the spirit of
//! ThreadSanitizer as Go uses it.
//!
//! Invariants:
//! - Every goroutine has a vector clock. Synchronisation edges join clocks: a `go` statement
//!   (the child starts with its parent's clock), channel operations (send, receive and close
//!   synchronise through the channel), mutex unlock → lock, `WaitGroup.Done` → `Wait`,
//!   `Once`, and atomics.
//! - A shared variable remembers its last write and the reads since. An access races with a
//!   remembered access of another goroutine whose clock it has not seen.
//! - Like TSan's `suppress_equal_addresses`, each variable is reported at most once.
//! - Reports are written to stderr when detected, in Go's format; at exit, `Found N data
//!   race(s)` and exit status 66.
//!
//! Channels synchronise through one clock per channel (every operation acquires and
//! releases it). That gives more happens-before edges than Go's per-message model, so the
//! detector can miss a race through a channel, but never reports a false one.

use super::event::{Gid, Stream};
use super::sched::Rt;
use std::collections::{HashMap, HashSet};

/// A vector clock, indexed by goroutine id.
#[derive(Clone, Debug, Default)]
struct Vc(Vec<u32>);

impl Vc {
    fn get(&self, g: Gid) -> u32 {
        self.0.get(g as usize).copied().unwrap_or(0)
    }
    fn set(&mut self, g: Gid, v: u32) {
        if self.0.len() <= g as usize {
            self.0.resize(g as usize + 1, 0);
        }
        self.0[g as usize] = v;
    }
    fn join(&mut self, other: &Vc) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a = (*a).max(*b);
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Access {
    g: Gid,
    clock: u32,
    site: &'static str,
}

#[derive(Default)]
struct Shadow {
    write: Option<Access>,
    reads: Vec<Access>,
    /// The allocation the address belongs to, kept alive so that its address is not reused.
    owner: Option<Box<dyn std::any::Any>>,
}

/// What the detector knows of a goroutine after it may have ended.
#[derive(Clone, Copy)]
struct Who {
    func: &'static str,
    created_by: &'static str,
    created_at: &'static str,
}

#[derive(Default)]
pub(crate) struct Race {
    clocks: HashMap<Gid, Vc>,
    sync: HashMap<usize, Vc>,
    shadow: HashMap<usize, Shadow>,
    reported: HashSet<usize>,
    who: HashMap<Gid, Who>,
    pub(crate) found: u32,
    /// Objects whose addresses the shadow memory names, held (weakly) so their memory is
    /// never reused for another object during the run: a freed address reused would
    /// otherwise inherit the old object's accesses and report a false race.
    pins: HashMap<usize, std::rc::Weak<dyn std::any::Any>>,
}

impl Race {
    fn clock(&mut self, g: Gid) -> &mut Vc {
        self.clocks.entry(g).or_insert_with(|| {
            let mut v = Vc::default();
            v.set(g, 1);
            v
        })
    }

    fn tick(&mut self, g: Gid) {
        let c = self.clock(g);
        let v = c.get(g) + 1;
        c.set(g, v);
    }
}

impl Rt {
    fn race_on(&self) -> bool {
        self.cfg.race
    }

    /// `go f()`: the child starts with everything its parent has done.
    pub(crate) fn race_spawn(
        &self,
        parent: Gid,
        child: Gid,
        func: &'static str,
        created_by: &'static str,
        site: &'static str,
    ) {
        if !self.race_on() {
            return;
        }
        let mut r = self.race.borrow_mut();
        r.who.insert(child, Who { func, created_by, created_at: site });
        if parent == 0 {
            return;
        }
        let mut vc = r.clock(parent).clone();
        vc.set(child, 1);
        r.clocks.insert(child, vc);
        r.tick(parent);
    }

    /// The current goroutine publishes its clock into sync object `obj` (unlock, send, Done).
    pub(crate) fn race_release(&self, obj: usize) {
        let g = self.cur.get();
        if !self.race_on() || g == 0 {
            return;
        }
        let mut r = self.race.borrow_mut();
        r.clock(g);
        let Race { clocks, sync, .. } = &mut *r;
        sync.entry(obj).or_default().join(&clocks[&g]);
        r.tick(g);
    }

    /// Keep the allocation at `base` from being reused while the run lasts (see `pins`).
    pub(crate) fn race_pin(&self, base: usize, owner: impl FnOnce() -> std::rc::Weak<dyn std::any::Any>) {
        if self.race_on() {
            self.race.borrow_mut().pins.entry(base).or_insert_with(owner);
        }
    }

    /// Goroutine `g` learns everything published into `obj` (a timer's goroutine starting
    /// after the timer was armed).
    pub(crate) fn race_inherit(&self, g: Gid, obj: usize) {
        if !self.race_on() || g == 0 {
            return;
        }
        let mut r = self.race.borrow_mut();
        r.clock(g);
        let Race { clocks, sync, .. } = &mut *r;
        if let (Some(s), Some(c)) = (sync.get(&obj), clocks.get_mut(&g)) {
            c.join(s);
        }
    }

    /// The current goroutine learns everything published into `obj` (lock, receive, Wait).
    pub(crate) fn race_acquire(&self, obj: usize) {
        let g = self.cur.get();
        if !self.race_on() || g == 0 {
            return;
        }
        let mut r = self.race.borrow_mut();
        r.clock(g);
        let Race { clocks, sync, .. } = &mut *r;
        if let Some(s) = sync.get(&obj) {
            clocks.get_mut(&g).expect("made above").join(s);
        }
    }

    /// Goroutine `g` (not necessarily the current one) learns everything published into `obj`:
    /// a goroutine that a timer starts (`time.AfterFunc`) after whoever armed the timer.
    pub(crate) fn race_acquire_for(&self, g: Gid, obj: usize) {
        if !self.race_on() || g == 0 {
            return;
        }
        let mut r = self.race.borrow_mut();
        r.clock(g);
        let Race { clocks, sync, .. } = &mut *r;
        if let Some(s) = sync.get(&obj) {
            clocks.get_mut(&g).expect("made above").join(s);
        }
    }

    /// Both: channel operations and atomics.
    pub(crate) fn race_acq_rel(&self, obj: usize) {
        self.race_acquire(obj);
        self.race_release(obj);
    }

    /// Keep the allocation holding `addr` alive (made by `keep` on the first access only).
    pub(crate) fn race_keep(&self, addr: usize, keep: impl FnOnce() -> Box<dyn std::any::Any>) {
        if !self.race_on() || self.cur.get() == 0 {
            return;
        }
        let mut r = self.race.borrow_mut();
        let sh = r.shadow.entry(addr).or_default();
        if sh.owner.is_none() {
            sh.owner = Some(keep());
        }
    }

    /// A read or write of the shared variable at `addr`, at source label `site`.
    pub(crate) fn race_access(&self, addr: usize, write: bool, site: &'static str) {
        let g = self.cur.get();
        if !self.race_on() || g == 0 {
            return;
        }
        let mut r = self.race.borrow_mut();
        r.clock(g);
        let Race { clocks, shadow, .. } = &mut *r;
        let vc = &clocks[&g];
        let me = Access { g, clock: vc.get(g), site };
        let sh = shadow.entry(addr).or_default();
        let unseen = |a: &Access| a.g != g && a.clock > vc.get(a.g);
        let mut conflict: Option<(Access, bool)> = None;
        if let Some(w) = sh.write.filter(unseen) {
            conflict = Some((w, true));
        } else if write {
            if let Some(rd) = sh.reads.iter().find(|a| unseen(a)) {
                conflict = Some((*rd, false));
            }
        }
        if write {
            sh.write = Some(me);
            sh.reads.clear();
        } else {
            sh.reads.retain(|a| a.g != g);
            sh.reads.push(me);
        }
        let Some((prev, prev_write)) = conflict else { return };
        if !r.reported.insert(addr) {
            return;
        }
        r.found += 1;
        let who = r.who.clone();
        let live: HashSet<Gid> = self.sched.borrow().all().map(|g| g.id).collect();
        drop(r);
        let text = self.race_report(addr, (me, write), (prev, prev_write), &who, &live);
        self.write(Stream::Stderr, text);
    }

    fn race_report(
        &self,
        addr: usize,
        (me, write): (Access, bool),
        (prev, prev_write): (Access, bool),
        who: &HashMap<Gid, Who>,
        live: &HashSet<Gid>,
    ) -> String {
        let unknown = Who { func: "main.main", created_by: "runtime.main", created_at: "" };
        let w = |g: Gid| who.get(&g).copied().unwrap_or(unknown);
        let frame = |func: &str, site: &'static str| format!("  {func}()\n      main.go:{}\n", self.line(site));
        let kind = |wr: bool| if wr { "Write" } else { "Read" };
        let fake_addr: u64 = 0x00c0_0001_2000 + (addr as u64 & 0xfff8);
        let mut s = String::from("==================\nWARNING: DATA RACE\n");
        s.push_str(&format!("{} at 0x{fake_addr:012x} by goroutine {}:\n", kind(write), me.g));
        s.push_str(&frame(w(me.g).func, me.site));
        s.push_str(&format!(
            "\nPrevious {} at 0x{fake_addr:012x} by goroutine {}:\n",
            kind(prev_write).to_lowercase(),
            prev.g
        ));
        s.push_str(&frame(w(prev.g).func, prev.site));
        for g in [me.g, prev.g] {
            if g == 1 {
                continue;
            }
            let state = if g == me.g || live.contains(&g) { "running" } else { "finished" };
            let o = w(g);
            s.push_str(&format!("\nGoroutine {g} ({state}) created at:\n"));
            s.push_str(&frame(o.created_by, o.created_at));
        }
        s.push_str("==================\n");
        s
    }
}
