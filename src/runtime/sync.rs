//! The `sync` package: WaitGroup, Mutex, RWMutex, Once, Cond — ported from Go's
//! `sync` and `runtime/sema.go` for one processor (no spinning).
//!
//! Invariants:
//! - A semaphore wakes its waiters first-in first-out; each woken goroutine takes `runnext`.
//! - `WaitGroup`: a negative counter panics `sync: negative WaitGroup counter`; reaching zero
//!   releases every waiter.
//! - `Mutex`: unlocking wakes one waiter, which must compete again (a running goroutine may
//!   barge in first); a waiter that waited over 1ms switches the mutex to starvation mode,
//!   where unlock hands the lock straight to the first waiter and yields to it. Unlocking an
//!   unlocked mutex is `fatal error: sync: unlock of unlocked mutex`.
//! - `RWMutex`: a pending writer blocks new readers (writer preference); the last reader out
//!   wakes the writer; the writer's unlock releases every blocked reader.
//! - `Cond`: Wait unlocks, parks (`sync.Cond.Wait`), and relocks; Signal wakes the longest
//!   waiter, Broadcast all of them.
//! - A parked goroutine's wait reason is Go 1.27's: `sync.WaitGroup.Wait`, `sync.Mutex.Lock`,
//!   `sync.RWMutex.RLock`, `sync.RWMutex.Lock` (waiting for readers; a writer queued behind
//!   another writer waits on the inner mutex: `sync.Mutex.Lock`), `sync.Cond.Wait`.

use super::event::{Gid, WaitReason};
use super::explain::Wait;
use super::park::{flag, op, raise, throw, until, yield_once, Flag};
use super::sched::with_rt;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;

const STARVATION_NS: i64 = 1_000_000;

/// A sync object's identity for the race detector.
fn addr<T>(x: &Rc<T>) -> usize {
    Rc::as_ptr(x) as *const u8 as usize
}

/// A runtime semaphore (`runtime_Semacquire` / `runtime_Semrelease`), handing a released
/// unit straight to the first waiter.
#[derive(Default)]
struct Sema {
    count: Cell<u32>,
    waiters: RefCell<VecDeque<(Gid, Flag)>>,
}

impl Sema {
    async fn acquire(&self, reason: WaitReason, on: &'static str, site: &'static str, wait: Wait) {
        if self.count.get() > 0 {
            self.count.set(self.count.get() - 1);
            return;
        }
        let f = flag();
        with_rt(|rt| {
            self.waiters.borrow_mut().push_back((rt.cur.get(), f.clone()));
            rt.note_wait(wait);
            rt.park(reason, on, site);
        });
        until(&f).await;
    }

    fn release(&self) {
        let w = self.waiters.borrow_mut().pop_front();
        match w {
            Some((g, f)) => {
                f.set(1);
                with_rt(|rt| rt.ready(g));
            }
            None => self.count.set(self.count.get() + 1),
        }
    }
}

pub(crate) fn cur_site() -> &'static str {
    with_rt(|rt| rt.sched.borrow().g(rt.cur.get()).map(|g| g.site).unwrap_or(""))
}

/// `sync.WaitGroup`. Clones share one group (Go passes `&wg`).
#[derive(Clone, Default)]
pub struct WaitGroup(Rc<WgInner>);

#[derive(Default)]
struct WgInner {
    counter: Cell<i64>,
    waiters: Cell<u32>,
    sema: Sema,
}

impl WaitGroup {
    pub fn new() -> Self {
        Self::default()
    }

    /// `wg.Add(delta)`.
    pub async fn add(&self, delta: i64) {
        op().await;
        let w = &self.0;
        if delta < 0 {
            with_rt(|rt| rt.race_release(addr(w)));
        }
        let c = w.counter.get() + delta;
        w.counter.set(c);
        if c < 0 {
            return raise("sync: negative WaitGroup counter".into(), cur_site()).await;
        }
        if c == 0 {
            for _ in 0..w.waiters.replace(0) {
                w.sema.release();
            }
        }
    }

    /// `wg.Done()`.
    pub async fn done(&self) {
        self.add(-1).await
    }

    /// `wg.Wait()`.
    pub async fn wait(&self) {
        op().await;
        let w = &self.0;
        if w.counter.get() == 0 {
            with_rt(|rt| rt.race_acquire(addr(w)));
            return;
        }
        w.waiters.set(w.waiters.get() + 1);
        w.sema.acquire(WaitReason::WaitGroupWait, "WaitGroup", cur_site(), Wait::WaitGroup(self.clone())).await;
        with_rt(|rt| rt.race_acquire(addr(w)));
    }

    /// The counter (for tests and the timeline).
    pub fn counter(&self) -> i64 {
        self.0.counter.get()
    }
}

/// `sync.Mutex`. Clones share one mutex.
#[derive(Clone, Default)]
pub struct Mutex(Rc<MuInner>);

#[derive(Default)]
struct MuInner {
    locked: Cell<bool>,
    woken: Cell<bool>,
    starving: Cell<bool>,
    /// Waiters: goroutine, wake-up flag (1 = woken to compete, 2 = handed the lock), wait start.
    waiters: RefCell<VecDeque<(Gid, Flag, i64)>>,
    name: Cell<&'static str>,
    /// The goroutine that last locked it (0: never locked), for explanations. Go mutexes
    /// have no owner; this only says who took it.
    holder: Cell<Gid>,
}

impl Mutex {
    pub fn new() -> Self {
        let m = Self::default();
        m.0.name.set("mutex");
        m
    }

    /// Name it after its Go variable, for the timeline.
    pub fn named(self, name: &'static str) -> Self {
        self.0.name.set(name);
        self
    }

    pub fn is_locked(&self) -> bool {
        self.0.locked.get()
    }

    pub(crate) fn name(&self) -> &'static str {
        self.0.name.get()
    }

    /// The goroutine that locked it, while it is locked.
    pub(crate) fn holder(&self) -> Option<Gid> {
        let h = self.0.holder.get();
        (self.0.locked.get() && h != 0).then_some(h)
    }

    fn take(&self) {
        self.0.holder.set(with_rt(|rt| rt.cur.get()));
    }

    /// `mu.Lock()`.
    pub async fn lock(&self) {
        op().await;
        let m = &self.0;
        if !m.locked.get() && !m.starving.get() {
            m.locked.set(true);
            self.take();
            with_rt(|rt| rt.race_acquire(addr(m)));
            return;
        }
        let site = cur_site();
        let start = with_rt(|rt| rt.now.get());
        let mut waited_before = false;
        let mut starving = false;
        loop {
            let f = flag();
            with_rt(|rt| {
                let w = (rt.cur.get(), f.clone(), start);
                if waited_before {
                    m.waiters.borrow_mut().push_front(w);
                } else {
                    m.waiters.borrow_mut().push_back(w);
                }
                rt.note_wait(Wait::Mutex(self.clone()));
                rt.park(WaitReason::MutexLock, m.name.get(), site);
            });
            let how = until(&f).await;
            if how == 2 {
                self.take();
                with_rt(|rt| rt.race_acquire(addr(m)));
                return; // handed over in starvation mode
            }
            m.woken.set(false);
            let now = with_rt(|rt| rt.now.get());
            starving = starving || now - start > STARVATION_NS;
            if !m.locked.get() && !m.starving.get() {
                m.locked.set(true);
                self.take();
                with_rt(|rt| rt.race_acquire(addr(m)));
                return;
            }
            if starving && m.locked.get() {
                m.starving.set(true);
            }
            waited_before = true;
        }
    }

    /// `mu.TryLock()`.
    pub fn try_lock(&self) -> bool {
        let m = &self.0;
        if m.locked.get() || m.starving.get() {
            return false;
        }
        m.locked.set(true);
        if let Some(g) = super::sched::try_with_rt(|rt| rt.cur.get()) {
            m.holder.set(g);
        }
        true
    }

    /// `mu.Unlock()`.
    pub async fn unlock(&self) {
        op().await;
        let m = &self.0;
        if !m.locked.get() {
            return throw("sync: unlock of unlocked mutex", cur_site()).await;
        }
        with_rt(|rt| rt.race_release(addr(m)));
        if m.starving.get() {
            let w = m.waiters.borrow_mut().pop_front();
            if let Some((g, f, start)) = w {
                let now = with_rt(|rt| rt.now.get());
                if now - start <= STARVATION_NS || m.waiters.borrow().is_empty() {
                    m.starving.set(false);
                }
                f.set(2);
                with_rt(|rt| {
                    rt.ready(g);
                    rt.yield_local();
                });
                yield_once().await;
                return;
            }
            m.starving.set(false);
        }
        m.locked.set(false);
        if !m.woken.get() {
            let w = m.waiters.borrow_mut().pop_front();
            if let Some((g, f, _)) = w {
                m.woken.set(true);
                f.set(1);
                with_rt(|rt| rt.ready(g));
            }
        }
    }
}

/// `sync.RWMutex`, ported from Go (reader count with a pending-writer offset).
#[derive(Clone, Default)]
pub struct RwMutex(Rc<RwInner>);

const MAX_READERS: i64 = 1 << 30;

#[derive(Default)]
struct RwInner {
    w: Mutex,
    reader_count: Cell<i64>,
    reader_wait: Cell<i64>,
    reader_sem: Sema,
    writer_sem: Sema,
}

impl RwMutex {
    pub fn new() -> Self {
        let rw = Self::default();
        rw.0.w.0.name.set("rwmutex");
        rw
    }

    /// `rw.RLock()`.
    pub async fn rlock(&self) {
        op().await;
        let r = &self.0;
        r.reader_count.set(r.reader_count.get() + 1);
        if r.reader_count.get() < 0 {
            r.reader_sem.acquire(WaitReason::RWMutexRLock, "rwmutex", cur_site(), Wait::RwMutex).await;
        }
        with_rt(|rt| rt.race_acquire(addr(r)));
    }

    /// `rw.RUnlock()`.
    pub async fn runlock(&self) {
        op().await;
        let r = &self.0;
        with_rt(|rt| rt.race_release(addr(r) + 1));
        let n = r.reader_count.get() - 1;
        r.reader_count.set(n);
        if n < 0 {
            if n + 1 == 0 || n + 1 == -MAX_READERS {
                return throw("sync: RUnlock of unlocked RWMutex", cur_site()).await;
            }
            r.reader_wait.set(r.reader_wait.get() - 1);
            if r.reader_wait.get() == 0 {
                r.writer_sem.release();
            }
        }
    }

    /// `rw.Lock()`.
    pub async fn lock(&self) {
        let r = &self.0;
        r.w.lock().await;
        let active = r.reader_count.get();
        r.reader_count.set(active - MAX_READERS);
        if active != 0 {
            r.reader_wait.set(r.reader_wait.get() + active);
            if r.reader_wait.get() != 0 {
                r.writer_sem.acquire(WaitReason::RWMutexLock, "rwmutex", cur_site(), Wait::RwMutex).await;
            }
        }
        with_rt(|rt| {
            rt.race_acquire(addr(r));
            rt.race_acquire(addr(r) + 1);
        });
    }

    /// `rw.TryRLock()`: a read lock unless a writer holds or awaits the lock.
    pub fn try_rlock(&self) -> bool {
        let r = &self.0;
        if r.reader_count.get() < 0 {
            return false;
        }
        r.reader_count.set(r.reader_count.get() + 1);
        with_rt(|rt| rt.race_acquire(addr(r)));
        true
    }

    /// `rw.TryLock()`: the write lock unless anyone holds the lock.
    pub fn try_lock(&self) -> bool {
        let r = &self.0;
        if r.reader_count.get() != 0 || !r.w.try_lock() {
            return false;
        }
        r.reader_count.set(-MAX_READERS);
        with_rt(|rt| {
            rt.race_acquire(addr(r));
            rt.race_acquire(addr(r) + 1);
        });
        true
    }

    /// `rw.Unlock()`.
    pub async fn unlock(&self) {
        op().await;
        let r = &self.0;
        let n = r.reader_count.get() + MAX_READERS;
        if n >= MAX_READERS {
            return throw("sync: Unlock of unlocked RWMutex", cur_site()).await;
        }
        r.reader_count.set(n);
        with_rt(|rt| rt.race_release(addr(r)));
        for _ in 0..n {
            r.reader_sem.release();
        }
        r.w.unlock().await;
    }
}

/// `sync.Once`.
#[derive(Clone, Default)]
pub struct Once(Rc<OnceInner>);

#[derive(Default)]
struct OnceInner {
    done: Cell<bool>,
    m: Mutex,
}

impl Once {
    pub fn new() -> Self {
        Self::default()
    }

    /// `once.Do(f)`: `f` runs in the first caller; the others wait until it has returned.
    pub async fn call<F: Future<Output = ()>>(&self, f: impl FnOnce() -> F) {
        op().await;
        let o = &self.0;
        if o.done.get() {
            with_rt(|rt| rt.race_acquire(addr(o)));
            return;
        }
        o.m.lock().await;
        if !o.done.get() {
            f().await;
            with_rt(|rt| rt.race_release(addr(o)));
            o.done.set(true);
        }
        o.m.unlock().await;
    }
}

/// `sync.Cond` over a `Mutex`.
#[derive(Clone)]
pub struct Cond(Rc<CondInner>);

struct CondInner {
    l: Mutex,
    waiters: RefCell<VecDeque<(Gid, Flag)>>,
}

impl Cond {
    /// `sync.NewCond(&mu)`.
    pub fn new(l: &Mutex) -> Self {
        Cond(Rc::new(CondInner { l: l.clone(), waiters: RefCell::new(VecDeque::new()) }))
    }

    /// `c.L`.
    pub fn locker(&self) -> &Mutex {
        &self.0.l
    }

    /// `c.Wait()`.
    pub async fn wait(&self) {
        let f = flag();
        with_rt(|rt| self.0.waiters.borrow_mut().push_back((rt.cur.get(), f.clone())));
        self.0.l.unlock().await;
        if f.get() == 0 {
            with_rt(|rt| {
                rt.note_wait(Wait::Cond);
                rt.park(WaitReason::CondWait, "cond", cur_site())
            });
            until(&f).await;
        }
        self.0.l.lock().await;
    }

    /// `c.Signal()`.
    pub fn signal(&self) {
        let w = self.0.waiters.borrow_mut().pop_front();
        if let Some((g, f)) = w {
            f.set(1);
            with_rt(|rt| rt.ready(g));
        }
    }

    /// `c.Broadcast()`.
    pub fn broadcast(&self) {
        let all: Vec<_> = self.0.waiters.borrow_mut().drain(..).collect();
        for (g, f) in all {
            f.set(1);
            with_rt(|rt| rt.ready(g));
        }
    }
}
