//! The `context` package: Background, TODO, WithCancel, WithTimeout, WithDeadline, WithValue.
//!
//! Invariants, as in Go (first seen with 1.19, re-checked with 1.27.3):
//! - Cancelling a context closes its `Done` channel, sets `Err`, cancels every descendant
//!   (visiting children in random order, like Go's map iteration) and never its parent.
//! - A child of an already-cancelled parent is cancelled as it is created.
//! - A deadline runs `cancel` through `time.AfterFunc`, so in a new goroutine; a deadline
//!   already past (`WithTimeout(ctx, 0)`) is cancelled before `WithDeadline` returns.
//! - A child's deadline is never later than its parent's (then it is a plain cancel context).

use super::chan::Chan;
use super::sched::with_rt;
use super::timer::{self, Time};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

/// `context.Canceled` / `context.DeadlineExceeded`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CtxErr {
    Canceled,
    DeadlineExceeded,
}

impl fmt::Display for CtxErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CtxErr::Canceled => "context canceled",
            CtxErr::DeadlineExceeded => "context deadline exceeded",
        })
    }
}

/// What Go prints for an `error` that may be nil.
pub fn err_string(e: Option<CtxErr>) -> String {
    e.map(|e| e.to_string()).unwrap_or_else(|| "<nil>".into())
}

struct CancelState {
    done: Chan<()>,
    err: Cell<Option<CtxErr>>,
    children: RefCell<Vec<Context>>,
    timer: Cell<Option<u64>>,
}

enum Kind {
    Background,
    Todo,
    Cancel(CancelState),
    Value(&'static str, Rc<dyn Any>),
}

struct Node {
    parent: Option<Context>,
    kind: Kind,
    deadline: Option<Time>,
    name: &'static str,
}

/// A `context.Context`.
#[derive(Clone)]
pub struct Context(Rc<Node>);

/// The function `WithCancel` and friends return.
#[derive(Clone)]
pub struct CancelFunc(Context);

impl CancelFunc {
    /// `cancel()`: cancel the context and its descendants (idempotent).
    pub fn call(&self) {
        cancel(&self.0, true, CtxErr::Canceled);
    }
}

/// `context.Background()`.
pub fn background() -> Context {
    Context(Rc::new(Node { parent: None, kind: Kind::Background, deadline: None, name: "context.Background" }))
}

/// `context.TODO()`.
pub fn todo() -> Context {
    Context(Rc::new(Node { parent: None, kind: Kind::Todo, deadline: None, name: "context.TODO" }))
}

impl Context {
    /// `ctx.Done()`: nil for contexts that can never be cancelled.
    pub fn done(&self) -> Chan<()> {
        match &self.0.kind {
            Kind::Cancel(c) => c.done.clone(),
            Kind::Value(..) => self.0.parent.as_ref().map(|p| p.done()).unwrap_or_default(),
            _ => Chan::nil(),
        }
    }

    /// `ctx.Err()`.
    pub fn err(&self) -> Option<CtxErr> {
        match &self.0.kind {
            Kind::Cancel(c) => c.err.get(),
            Kind::Value(..) => self.0.parent.as_ref().and_then(|p| p.err()),
            _ => None,
        }
    }

    /// `ctx.Deadline()`.
    pub fn deadline(&self) -> Option<Time> {
        self.0.deadline
    }

    /// `ctx.Value(key)`.
    pub fn value(&self, key: &str) -> Option<Rc<dyn Any>> {
        match &self.0.kind {
            Kind::Value(k, v) if *k == key => Some(v.clone()),
            _ => self.0.parent.as_ref().and_then(|p| p.value(key)),
        }
    }

    /// The name given when it was made, for the timeline (`ctx`, `child`).
    pub fn name(&self) -> &'static str {
        self.0.name
    }

    fn cancel_state(&self) -> Option<&CancelState> {
        match &self.0.kind {
            Kind::Cancel(c) => Some(c),
            _ => None,
        }
    }

    /// The nearest ancestor-or-self that can be cancelled.
    fn cancel_ancestor(&self) -> Option<Context> {
        match &self.0.kind {
            Kind::Cancel(_) => Some(self.clone()),
            Kind::Value(..) => self.0.parent.as_ref().and_then(|p| p.cancel_ancestor()),
            _ => None,
        }
    }
}

fn new_cancel_node(parent: &Context, deadline: Option<Time>, name: &'static str) -> Context {
    let done = Chan::new(0).named(name);
    Context(Rc::new(Node {
        parent: Some(parent.clone()),
        kind: Kind::Cancel(CancelState {
            done,
            err: Cell::new(None),
            children: RefCell::new(Vec::new()),
            timer: Cell::new(None),
        }),
        deadline,
        name,
    }))
}

/// Go's `propagateCancel`: register `child` with its parent, or cancel it now.
fn propagate(parent: &Context, child: &Context) {
    if let Some(err) = parent.err() {
        cancel(child, false, err);
        return;
    }
    if let Some(anc) = parent.cancel_ancestor() {
        anc.cancel_state().expect("cancel ancestor").children.borrow_mut().push(child.clone());
    }
}

fn cancel(ctx: &Context, remove_from_parent: bool, err: CtxErr) {
    let Some(cs) = ctx.cancel_state() else { return };
    if cs.err.get().is_some() {
        return;
    }
    cs.err.set(Some(err));
    cs.done.close_now();
    let mut children: Vec<Context> = cs.children.borrow_mut().drain(..).collect();
    with_rt(|rt| rt.rng.borrow_mut().shuffle(&mut children));
    for c in &children {
        cancel(c, false, err);
    }
    if remove_from_parent {
        if let Some(anc) = ctx.0.parent.as_ref().and_then(|p| p.cancel_ancestor()) {
            let me = Rc::as_ptr(&ctx.0);
            anc.cancel_state().expect("cancel ancestor").children.borrow_mut().retain(|c| Rc::as_ptr(&c.0) != me);
        }
    }
    if let Some(id) = cs.timer.take() {
        with_rt(|rt| rt.timers.borrow_mut().stop(id));
    }
}

/// `context.WithCancel(parent)`; `name` labels its `Done` channel in the timeline.
pub fn with_cancel(parent: &Context, name: &'static str) -> (Context, CancelFunc) {
    let ctx = new_cancel_node(parent, parent.deadline(), name);
    propagate(parent, &ctx);
    (ctx.clone(), CancelFunc(ctx))
}

/// `context.WithDeadline(parent, d)`.
pub fn with_deadline(parent: &Context, d: Time, name: &'static str) -> (Context, CancelFunc) {
    if let Some(cur) = parent.deadline() {
        if cur < d {
            return with_cancel(parent, name);
        }
    }
    let ctx = new_cancel_node(parent, Some(d), name);
    propagate(parent, &ctx);
    let dur = d.sub(timer::now());
    if dur <= 0 {
        cancel(&ctx, true, CtxErr::DeadlineExceeded);
        return (ctx.clone(), CancelFunc(ctx));
    }
    if ctx.err().is_none() {
        let me = ctx.clone();
        let t = timer::after_func_hidden(dur, move || cancel(&me, true, CtxErr::DeadlineExceeded));
        ctx.cancel_state().expect("cancel node").timer.set(Some(t.id()));
    }
    (ctx.clone(), CancelFunc(ctx))
}

/// `context.WithTimeout(parent, d)` (nanoseconds).
pub fn with_timeout(parent: &Context, d: i64, name: &'static str) -> (Context, CancelFunc) {
    with_deadline(parent, Time(timer::now().0 + d), name)
}

/// `context.WithValue(parent, key, val)`.
pub fn with_value(parent: &Context, key: &'static str, val: Rc<dyn Any>) -> Context {
    Context(Rc::new(Node {
        parent: Some(parent.clone()),
        kind: Kind::Value(key, val),
        deadline: parent.deadline(),
        name: parent.name(),
    }))
}
