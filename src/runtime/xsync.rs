//! `golang.org/x/sync` and `golang.org/x/time/rate`, ported onto the simulated runtime:
//! `errgroup.Group`, `semaphore.Weighted`, and `rate.Limiter` (a token bucket on the
//! virtual clock). Built from channels, contexts and timers, so they schedule like Go's.

use super::chan::Chan;
use super::context::{self, CancelFunc, Context, CtxErr};
use super::park::{op, raise};
use super::select::Select;
use super::sync::{Once, WaitGroup};
use super::timer;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::Rc;

/// An error value returned by a goroutine of an `errgroup.Group`.
pub type GoError = String;

/// `errgroup.Group`.
#[derive(Clone, Default)]
pub struct Group(Rc<GroupInner>);

#[derive(Default)]
struct GroupInner {
    cancel: RefCell<Option<CancelFunc>>,
    wg: WaitGroup,
    sem: RefCell<Option<Chan<()>>>,
    err_once: Once,
    err: RefCell<Option<GoError>>,
}

impl Group {
    pub fn new() -> Self {
        Self::default()
    }

    /// `errgroup.WithContext(ctx)`.
    pub fn with_context(ctx: &Context) -> (Group, Context) {
        let (ctx, cancel) = context::with_cancel(ctx, "ctx");
        let g = Group::default();
        *g.0.cancel.borrow_mut() = Some(cancel);
        (g, ctx)
    }

    /// `g.SetLimit(n)`: at most `n` goroutines at once (`n < 0`: no limit).
    pub fn set_limit(&self, n: i64) {
        *self.0.sem.borrow_mut() = (n >= 0).then(|| Chan::new(n as usize).named("errgroup.sem"));
    }

    /// `g.Go(f)`: blocks while the limit is reached, then runs `f` in a new goroutine.
    pub async fn go<F: Future<Output = Result<(), GoError>> + 'static>(
        &self,
        func: &'static str,
        site: &'static str,
        f: F,
    ) {
        let sem = self.0.sem.borrow().clone();
        if let Some(sem) = &sem {
            sem.send(()).at(site).await;
        }
        self.0.wg.add(1).await;
        let g = self.clone();
        super::go(func, site, async move {
            let res = f.await;
            if let Err(e) = res {
                let inner = g.0.clone();
                g.0.err_once
                    .call(|| async move {
                        *inner.err.borrow_mut() = Some(e);
                        if let Some(c) = inner.cancel.borrow().as_ref() {
                            c.call();
                        }
                    })
                    .await;
            }
            let sem = g.0.sem.borrow().clone();
            if let Some(sem) = sem {
                sem.recv().await;
            }
            g.0.wg.done().await;
        });
    }

    /// `g.Wait()`: the first error, after every goroutine has returned.
    pub async fn wait(&self) -> Option<GoError> {
        self.0.wg.wait().await;
        if let Some(c) = self.0.cancel.borrow().as_ref() {
            c.call();
        }
        self.0.err.borrow().clone()
    }
}

/// `semaphore.Weighted`.
#[derive(Clone)]
pub struct Weighted(Rc<WeightedInner>);

struct WeightedInner {
    size: i64,
    cur: Cell<i64>,
    waiters: RefCell<VecDeque<(i64, Chan<()>)>>,
}

impl Weighted {
    /// `semaphore.NewWeighted(n)`.
    pub fn new(n: i64) -> Self {
        Weighted(Rc::new(WeightedInner { size: n, cur: Cell::new(0), waiters: RefCell::new(VecDeque::new()) }))
    }

    /// `s.Acquire(ctx, n)`: `Err` with the context's error if it ends first.
    pub async fn acquire(&self, ctx: &Context, n: i64) -> Result<(), CtxErr> {
        op().await;
        let s = &self.0;
        if s.size - s.cur.get() >= n && s.waiters.borrow().is_empty() {
            s.cur.set(s.cur.get() + n);
            return Ok(());
        }
        if n > s.size {
            ctx.done().recv().await;
            return Err(ctx.err().unwrap_or(CtxErr::Canceled));
        }
        let ready: Chan<()> = Chan::new(0).named("semaphore.ready");
        s.waiters.borrow_mut().push_back((n, ready.clone()));
        let got = Select::new().recv(&ctx.done(), |_, _| false).recv(&ready, |_, _| true).await;
        if got {
            return Ok(());
        }
        // Cancelled: give back what may have been granted meanwhile, or leave the queue.
        let granted = !s.waiters.borrow().iter().any(|(_, c)| *c == ready);
        if granted {
            return Ok(());
        }
        let front = s.waiters.borrow().front().map(|(_, c)| *c == ready).unwrap_or(false);
        s.waiters.borrow_mut().retain(|(_, c)| *c != ready);
        if front && s.size > s.cur.get() {
            self.notify_waiters();
        }
        Err(ctx.err().unwrap_or(CtxErr::Canceled))
    }

    /// `s.TryAcquire(n)`.
    pub fn try_acquire(&self, n: i64) -> bool {
        let s = &self.0;
        let ok = s.size - s.cur.get() >= n && s.waiters.borrow().is_empty();
        if ok {
            s.cur.set(s.cur.get() + n);
        }
        ok
    }

    /// `s.Release(n)`.
    pub async fn release(&self, n: i64) {
        op().await;
        let s = &self.0;
        s.cur.set(s.cur.get() - n);
        if s.cur.get() < 0 {
            let site = super::sched::with_rt(|rt| rt.sched.borrow().g(rt.cur.get()).map(|g| g.site).unwrap_or(""));
            return raise("semaphore: released more than held".into(), site).await;
        }
        self.notify_waiters();
    }

    fn notify_waiters(&self) {
        let s = &self.0;
        loop {
            let front = s.waiters.borrow().front().map(|(n, c)| (*n, c.clone()));
            let Some((n, ready)) = front else { break };
            if s.size - s.cur.get() < n {
                break;
            }
            s.cur.set(s.cur.get() + n);
            s.waiters.borrow_mut().pop_front();
            ready.close_now();
        }
    }
}

/// `rate.Limiter`: `limit` events per second on average, bursts of up to `burst`.
#[derive(Clone)]
pub struct Limiter(Rc<LimiterInner>);

struct LimiterInner {
    limit: f64,
    burst: i64,
    tokens: Cell<f64>,
    last: Cell<i64>,
}

impl Limiter {
    /// `rate.NewLimiter(rate.Limit(limit), burst)`; the bucket starts full.
    pub fn new(limit: f64, burst: i64) -> Self {
        Limiter(Rc::new(LimiterInner { limit, burst, tokens: Cell::new(burst as f64), last: Cell::new(0) }))
    }

    fn advance(&self, now: i64) -> f64 {
        let l = &self.0;
        let elapsed = (now - l.last.get()).max(0) as f64 / 1e9;
        (l.tokens.get() + elapsed * l.limit).min(l.burst as f64)
    }

    /// `lim.Allow()`.
    pub fn allow(&self) -> bool {
        let now = timer::now().0;
        let t = self.advance(now);
        let l = &self.0;
        l.last.set(now);
        if t >= 1.0 {
            l.tokens.set(t - 1.0);
            true
        } else {
            l.tokens.set(t);
            false
        }
    }

    /// `lim.Wait(ctx)`: wait for one token, or fail if the context would end first.
    pub async fn wait(&self, ctx: &Context) -> Result<(), CtxErr> {
        op().await;
        let l = &self.0;
        if let Some(e) = ctx.err() {
            return Err(e);
        }
        let now = timer::now().0;
        let t = self.advance(now) - 1.0;
        let wait_ns = if t < 0.0 { (-t / l.limit * 1e9).ceil() as i64 } else { 0 };
        if let Some(d) = ctx.deadline() {
            if d.0 < now + wait_ns {
                return Err(CtxErr::DeadlineExceeded);
            }
        }
        l.tokens.set(t);
        l.last.set(now);
        if wait_ns == 0 {
            return Ok(());
        }
        let tm = timer::new_timer(wait_ns);
        let ok = Select::new().recv(&tm.c, |_, _| true).recv(&ctx.done(), |_, _| false).await;
        if ok {
            Ok(())
        } else {
            tm.stop();
            l.tokens.set(l.tokens.get() + 1.0);
            Err(ctx.err().unwrap_or(CtxErr::Canceled))
        }
    }
}
