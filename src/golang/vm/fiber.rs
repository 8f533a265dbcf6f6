//! A goroutine as a fiber: its own stack of registers and call frames on the heap, run
//! synchronously by [`Fiber::run`] until it must wait for the runtime; [`run_fiber`]
//! (in [`super::task`]) makes it the future the runtime polls.
//!
//! Calls push a [`Frame`]; `defer` records a call on the frame; `Ret` runs the frame's
//! deferred calls (last first) before returning. A Go panic unwinds frames, running their
//! deferred calls; `recover` in one of them stops it and its owner returns normally.

use super::code::{Func, Op, Program};
use super::native::{NativeCx, NativeResult};
pub use super::task::run_fiber;
use super::value::{Closure, ClosureKind, FuncRef, Value};
use crate::runtime::{self as go, Chan};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// Registers allowed on one goroutine's stack (≈ Go's 1 GB stack limit, scaled).
const MAX_STACK: usize = 4_000_000;
/// Call depth allowed on one goroutine.
const MAX_FRAMES: usize = 400_000;
/// Registers a frame gets beyond its function's own (the compiler counts what the code
/// uses; this is a margin).
const SLACK: usize = 2;
/// Up to these many registers a goroutine's stack grows to exactly what it needs; beyond,
/// it at least doubles.
const SMALL_STACK: usize = 64;
/// Up to this call depth the frame stack grows one frame at a time; beyond, it doubles.
const SMALL_FRAMES: usize = 8;

/// One run of a program: the program and the run's globals and arguments.
pub struct Machine {
    pub prog: Rc<Program>,
    pub globals: Vec<Rc<RefCell<Value>>>,
    pub args: Vec<String>,
    /// Callbacks (natives calling Go) running now, nested.
    pub(super) callbacks: std::cell::Cell<u32>,
    /// A callback went deeper than the limit: the program ends with a stack overflow.
    pub(super) overflowed: std::cell::Cell<bool>,
}

/// Go's fatal error for a goroutine whose stack outgrew its limit.
pub(crate) fn stack_overflow() -> Exit {
    Exit::Fatal("stack overflow", "runtime: goroutine stack exceeds 1000000000-byte limit\n".to_string())
}

impl Machine {
    pub fn new(prog: Rc<Program>, args: Vec<String>) -> Machine {
        let globals =
            prog.global_zeros.iter().map(|&z| Rc::new(RefCell::new(prog.zeros[z as usize].copied()))).collect();
        Machine { prog, globals, args, callbacks: Default::default(), overflowed: Default::default() }
    }

    /// The method `name` of dynamic type `t` as a func value taking the receiver first.
    pub fn method(&self, t: crate::golang::types::TypeId, name: &str) -> Option<Value> {
        let m = self.prog.method_names.iter().position(|n| n == name)? as u32;
        let &(f, deref) = self.prog.methods.get(&(t, m))?;
        if deref {
            // A value method reached through a pointer: wrap as a closure that derefs.
            return Some(Value::Func(Rc::new(Closure {
                func: f,
                env: Vec::new(),
                kind: super::value::ClosureKind::Deref,
            })));
        }
        Some(Value::Func(Rc::new(Closure { func: f, env: Vec::new(), kind: super::value::ClosureKind::Plain })))
    }
}

/// How a frame was entered (what its return does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FrameKind {
    Normal,
    /// A deferred call (its caller is the frame whose defers run).
    Deferred,
    /// Called by a native through `NativeCx::call`: returning ends the nested run.
    Callback,
}

pub(crate) struct Frame {
    pub func: Rc<Func>,
    pub pc: u32,
    pub base: u32,
    pub env: Option<Rc<Closure>>,
    pub defers: Defers,
    pub kind: FrameKind,
    /// Its deferred calls are running because of a panic.
    pub unwinding: bool,
    /// Frames a panic unwound above this one while its deferred call runs, innermost first
    /// (as tracebacks print them: Go's stack keeps them until a recovery completes).
    #[allow(clippy::box_collection)]
    pub ghosts: Option<Box<Vec<(&'static str, &'static str)>>>,
}

pub(crate) struct Deferred {
    pub f: Value,
    pub args: Vec<Value>,
}

/// A frame's deferred calls, the last pushed running first; boxed when there are any, as
/// most frames have none (one word per frame, not three).
#[derive(Default)]
pub(crate) struct Defers(#[allow(clippy::box_collection)] Option<Box<Vec<Deferred>>>);

impl Defers {
    pub fn push(&mut self, d: Deferred) {
        self.0.get_or_insert_with(Default::default).push(d);
    }

    pub fn pop(&mut self) -> Option<Deferred> {
        self.0.as_mut()?.pop()
    }
}

/// Why [`Fiber::run`] stopped.
pub(crate) enum Exit {
    /// The goroutine's function returned (or `runtime.Goexit` finished).
    Done,
    /// A nested call made by a native returned.
    CallbackDone,
    /// Wait for the runtime, then resume.
    Await(Blocker),
    /// A channel operation polled in the run already (see `vm/chanop.rs`) that must wait:
    /// the goroutine is parked (or preempted) on it.
    Parked(Blocker),
    /// Like `Parked`, the operation's future built in place in [`Fiber::wait`] (the send
    /// and receive fast paths: see `vm/chanop.rs`).
    Waiting,
    /// An unrecovered panic ends the program.
    Panic(Value),
    /// A runtime throw (`fatal error: ...`), with text printed before it.
    Fatal(&'static str, String),
    /// The program must stop (the step budget is spent, or another goroutine ended it).
    Halt,
}

/// A runtime operation in progress.
pub(crate) enum Blocker {
    Send(crate::runtime::SendFut<Value>),
    /// The value goes to register `dst` (absolute), `ok` to the next; `zero` numbers the
    /// element type's zero value (`Program::zeros`), stored on a closed channel.
    Recv {
        fut: crate::runtime::RecvFut<Value>,
        dst: u32,
        zero: u32,
        ok: bool,
    },
    Close(crate::runtime::CloseFut<Value>),
    /// `polled`: it has been polled once already, in this turn, and must wait.
    Native {
        fut: Pin<Box<dyn Future<Output = NativeResult>>>,
        dst: usize,
        polled: bool,
    },
    /// The chosen case's index goes to `dst`; a receive case `i` stores its value and ok at
    /// `recv[i].0` (usize::MAX: discarded), its zero value being `recv[i].1`.
    Select {
        fut: Pin<Box<dyn Future<Output = (usize, Value, bool)>>>,
        dst: usize,
        recv: Vec<(usize, Value)>,
    },
    /// Nothing to wait for: a deferred Go call was pushed while unwinding; keep running.
    Resume,
    /// A preemption point (parallel mode) before a memory access.
    Op(Pin<Box<dyn Future<Output = ()>>>),
}

/// A goroutine's panic in flight (see [`Fiber::panic`]).
#[derive(Default)]
pub(crate) struct PanicState {
    /// The panic being unwound (`None` once recovered).
    pub value: Option<Value>,
    /// Earlier panics still on Go's panic chain, oldest first, each with whether it was
    /// recovered: one replaced by a later panic raised while it unwound, or one recovered by
    /// a deferred call that has not returned yet (Go prints the chain).
    pub prev: Vec<(Value, bool)>,
    /// Where the last panic was raised (the report names this line).
    pub site: &'static str,
    /// The call stack where the last panic was raised (the report prints it).
    pub stack: Option<Box<go::Stack>>,
    /// Panics interrupted by a later one raised in their deferred calls, innermost last.
    pub suspended: Vec<Suspended>,
}

/// A panic interrupted by a later one raised in one of its deferred calls (see
/// [`PanicState::suspended`]).
pub(crate) struct Suspended {
    value: Value,
    /// The deferred call's frame index: the later panic aborts this one only by unwinding
    /// past it; recovered before that, this one goes on.
    frame: usize,
    /// Where in `prev` it belongs once aborted.
    at: usize,
    site: &'static str,
    stack: Option<Box<go::Stack>>,
}

pub struct Fiber {
    pub(crate) m: Rc<Machine>,
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    /// The panic being unwound and Go's panic chain; `None` while no panic is in flight
    /// (boxed: most goroutines never panic, and a parked goroutine's size counts).
    pub(crate) panic: Option<Box<PanicState>>,
    /// `runtime.Goexit` is unwinding the goroutine.
    pub(crate) goexit: bool,
    /// Instructions since the last charge to the runtime's step budget.
    pub(crate) steps: u32,
    /// Loop iterations between charges (smaller when loops cost simulated CPU time, so the
    /// clock advances smoothly), and whether they do; set on the first run.
    pub(crate) charge_every: u32,
    pub(crate) cpu: bool,
    /// Memory accesses are tracked: bit 1 race detector, bit 2 parallel mode (each access
    /// is a point where another goroutine may run); `None` until the first run.
    pub(crate) track: Option<u8>,
    /// The access at the current instruction has had its preemption point.
    pub(crate) resumed: bool,
    /// Between the two halves of a map write (parallel mode).
    pub(crate) map_writing: bool,
    /// The main goroutine (its `runtime.Goexit` leaves the program running).
    pub(crate) main: bool,
    /// The runtime holds a call stack recorded by [`Fiber::record_stack`].
    pub(crate) stack_recorded: bool,
    /// Running outside its goroutine's own turn (a nested call made by a native, or a `go`
    /// statement's first call): a blocking native is not polled here.
    pub(crate) nested: bool,
    /// What the goroutine waits on while its task is parked (`Resume` while it runs): the
    /// task keeps it here so that a channel operation's future is written once, in place.
    pub(crate) wait: Blocker,
}

impl Fiber {
    /// A fiber with no frames yet.
    pub fn new(m: Rc<Machine>) -> Fiber {
        Fiber {
            m,
            stack: Vec::new(),
            frames: Vec::new(),
            panic: None,
            goexit: false,
            steps: 0,
            charge_every: 0,
            cpu: false,
            track: None,
            resumed: false,
            map_writing: false,
            main: false,
            stack_recorded: false,
            nested: false,
            wait: Blocker::Resume,
        }
    }

    /// Start with a call of Go function `f` (index) and no arguments.
    pub fn start(m: Rc<Machine>, f: u32) -> Fiber {
        let mut fb = Fiber::new(m);
        fb.main = true;
        let func = fb.m.prog.funcs[f as usize].clone();
        fb.stack.resize(func.nregs as usize + SLACK, Value::Nil);
        fb.frames.push(Frame {
            func,
            pc: 0,
            base: 0,
            env: None,
            defers: Defers::default(),
            kind: FrameKind::Normal,
            unwinding: false,
            ghosts: None,
        });
        fb
    }

    /// The site label of the current line.
    pub fn site(&self) -> &'static str {
        match self.frames.last() {
            Some(f) => super::sites::label(f.func.lines.get(f.pc.saturating_sub(1) as usize).copied().unwrap_or(0)),
            None => "",
        }
    }

    /// Push a frame for Go function `func` whose arguments are at absolute `base`.
    pub(crate) fn push_frame(
        &mut self,
        func: Rc<Func>,
        base: usize,
        env: Option<Rc<Closure>>,
        kind: FrameKind,
    ) -> Result<(), Exit> {
        let need = base + func.nregs as usize + SLACK;
        if need > MAX_STACK || self.frames.len() >= MAX_FRAMES {
            return Err(stack_overflow());
        }
        if self.stack.len() < need {
            self.grow_stack(need);
        }
        if self.frames.len() == self.frames.capacity() && self.frames.len() < SMALL_FRAMES {
            // A shallow goroutine's frames grow one at a time (parked goroutines stay small).
            self.frames.reserve_exact(1);
        }
        self.frames.push(Frame {
            func,
            pc: 0,
            base: base as u32,
            env,
            defers: Defers::default(),
            kind,
            unwinding: false,
            ghosts: None,
        });
        Ok(())
    }

    /// Make the register stack `need` long: a small stack grows to exactly that (it grows a
    /// few times at most, and parked goroutines stay small), a larger one at least doubles
    /// (amortised growth of deep recursion).
    fn grow_stack(&mut self, need: usize) {
        let len = if need <= SMALL_STACK { need } else { need.max(self.stack.len() * 2).min(MAX_STACK) };
        // (`resize` alone would round the capacity up to a doubling.)
        self.stack.reserve_exact(len.saturating_sub(self.stack.len()));
        self.stack.resize(len, Value::Nil);
    }

    /// Call func value `f` with arguments already at absolute `base` (`nargs` of them).
    /// Ok(true): a frame was pushed; Ok(false): a native ran and its results are at `base`.
    pub(crate) fn call_value(&mut self, f: &Value, base: usize, nargs: usize, kind: FrameKind) -> Result<bool, Exit> {
        let Value::Func(c) = f else {
            return Err(self.raise(Value::runtime_error("invalid memory address or nil pointer dereference")));
        };
        let mut nargs = nargs;
        match c.kind {
            super::value::ClosureKind::Plain => {}
            super::value::ClosureKind::Bound => {
                // A method value: the receiver goes first.
                self.stack.insert(base, c.env[0].copied());
                self.stack.truncate(self.stack.len() - 1);
                nargs += 1;
            }
            super::value::ClosureKind::Deref => {
                let v = match &self.stack[base] {
                    Value::Ptr(p) => p.load().copied(),
                    _ => {
                        return Err(
                            self.raise(Value::runtime_error("invalid memory address or nil pointer dereference"))
                        )
                    }
                };
                self.stack[base] = v;
            }
        }
        match c.func {
            FuncRef::Go(i) => {
                let func = self.m.prog.funcs[i as usize].clone();
                let env =
                    if c.env.is_empty() || c.kind == super::value::ClosureKind::Bound { None } else { Some(c.clone()) };
                self.push_frame(func, base, env, kind)?;
                Ok(true)
            }
            FuncRef::Native(n) => {
                self.call_native(n, base, nargs)?;
                Ok(false)
            }
        }
    }

    /// Run native `n` on the arguments at absolute `base`; results land at `base`.
    pub(crate) fn call_native(&mut self, n: u32, base: usize, nargs: usize) -> Result<(), Exit> {
        // A callback overflowed the stack: nothing more runs (Go dies at the deepest call).
        if self.m.overflowed.get() {
            return Err(stack_overflow());
        }
        let f = self.m.prog.natives[n as usize].f;
        // The arguments are copied out (the native may use the fiber); a few on the Rust
        // stack, not in a new allocation per call.
        let r = if nargs <= 4 {
            let mut args: [Value; 4] = Default::default();
            args[..nargs].clone_from_slice(&self.stack[base..base + nargs]);
            f(&mut NativeCx { fiber: self }, &args[..nargs])
        } else {
            let args: Vec<Value> = self.stack[base..base + nargs].to_vec();
            f(&mut NativeCx { fiber: self }, &args)
        };
        if self.m.overflowed.get() {
            return Err(stack_overflow());
        }
        self.native_result(r, base)
    }

    pub(crate) fn native_result(&mut self, r: NativeResult, base: usize) -> Result<(), Exit> {
        match r {
            NativeResult::Values(vs) => {
                if self.stack.len() < base + vs.len() {
                    self.stack.resize(base + vs.len(), Value::Nil);
                }
                for (i, v) in vs.into_iter().enumerate() {
                    self.stack[base + i] = v;
                }
                Ok(())
            }
            NativeResult::Panic(v) => Err(self.raise(v)),
            NativeResult::Block(fut) => self.poll_native(fut, base),
        }
    }

    /// A blocking native's operation: most complete at once (a WaitGroup's `Add`, an
    /// uncontended `Unlock`), so it is polled here, as the goroutine's task would poll it,
    /// and the run goes on; one that must wait leaves the run, already polled.
    fn poll_native(&mut self, mut fut: Pin<Box<dyn Future<Output = NativeResult>>>, dst: usize) -> Result<(), Exit> {
        if self.nested {
            return Err(Exit::Await(Blocker::Native { fut, dst, polled: false }));
        }
        // Runtime objects without a site of their own (a WaitGroup, a Mutex) park at the
        // goroutine's current line.
        go::at(self.site());
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        match fut.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(r) => self.native_result(r, dst),
            std::task::Poll::Pending => Err(Exit::Await(Blocker::Native { fut, dst, polled: true })),
        }
    }

    /// Start a goroutine running func value `f(args)`; `site` labels the `go` statement.
    pub(crate) fn spawn_value(&mut self, f: Value, args: Vec<Value>, site: &'static str) -> crate::runtime::Gid {
        let name = match &f {
            Value::Func(c) => match c.func {
                FuncRef::Go(i) => self.m.prog.funcs[i as usize].name,
                FuncRef::Native(n) => self.m.prog.natives[n as usize].name,
            },
            _ => "main.main.func1",
        };
        let creator = self.frames.last().map(|f| f.func.name).unwrap_or("main.main");
        // A `go` statement in library code is placed in its own file, not in main.go.
        let site = match self.frames.last() {
            Some(f) if !super::stack::in_main(f.func.name) => super::stack::frame_site(f, false),
            _ => site,
        };
        let mut fb = Fiber::new(self.m.clone());
        if matches!(&f, Value::Func(c) if matches!(c.func, FuncRef::Go(_)) && c.kind == ClosureKind::Plain) {
            // Its registers and first frame are made when it first runs: a goroutine not
            // started yet holds only its function and arguments.
            return go::go_in(creator, name, site, super::task::start_fiber(fb, f, args));
        }
        match fb.first_call(&f, args) {
            Ok(true) => go::go_in(creator, name, site, run_fiber(fb)),
            // A native (`go fmt.Println(...)`), or a nil func (Go panics in the new goroutine).
            Ok(false) => go::go_in(creator, name, site, async {}),
            Err(e) => go::go_in(creator, name, site, async move {
                if let Exit::Panic(v) = e {
                    let msg = panic_text(&v);
                    go::panic::<()>(msg).await;
                }
            }),
        }
    }

    /// A new goroutine's first call, `f(args)`, as [`Fiber::call_value`] answers it.
    pub(crate) fn first_call(&mut self, f: &Value, args: Vec<Value>) -> Result<bool, Exit> {
        let n = args.len();
        // Exactly what the first frame needs (a parked goroutine's size is mostly this).
        let regs = match f {
            Value::Func(c) => match c.func {
                FuncRef::Go(i) => {
                    self.m.prog.funcs[i as usize].nregs as usize + (c.kind == ClosureKind::Bound) as usize
                }
                FuncRef::Native(_) => 0,
            },
            _ => 0,
        };
        self.stack.reserve_exact(regs.max(n + 1) + SLACK);
        // Its own frame and one call (most goroutines call something).
        self.frames.reserve_exact(2);
        self.stack.extend(args);
        // One more: a method value's receiver goes in before the arguments.
        self.stack.resize(n + 1 + SLACK, Value::Nil);
        // A native called here runs now (at the `go` statement), outside any goroutine's turn.
        self.nested = true;
        let called = self.call_value(f, 0, n, FrameKind::Normal);
        self.nested = false;
        called
    }

    /// Raise a Go panic with value `v`: unwind to the nearest deferred call, or end.
    pub(crate) fn raise(&mut self, v: Value) -> Exit {
        if matches!(&v, Value::Native(n) if n.is::<super::ops::OutOfMemory>()) {
            return Exit::Fatal("runtime: out of memory", String::new());
        }
        if matches!(&v, Value::Native(n) if n.is::<super::builtin::Goexit>()) {
            self.goexit = true;
            self.take_panicking();
            return self.unwind();
        }
        let (site, stack) = (self.site(), self.stack_now());
        // The frame unwinding the panic in flight, if any: its deferred call runs above it.
        let unwinding = self.frames.iter().rposition(|f| f.unwinding);
        let p = self.panic.get_or_insert_with(Default::default);
        let (old_site, old_stack) = (std::mem::replace(&mut p.site, site), p.stack.replace(stack));
        if let Some(old) = p.value.take() {
            match unwinding {
                Some(k) => p.suspended.push(Suspended {
                    value: old,
                    frame: k + 1,
                    at: p.prev.len(),
                    site: old_site,
                    stack: old_stack,
                }),
                None => p.prev.push((old, false)),
            }
        }
        if cfg!(debug_assertions) && std::env::var_os("CHANLAB_VM_DEBUG").is_some() {
            for f in self.frames.iter().rev() {
                let pc = f.pc.saturating_sub(1) as usize;
                eprintln!("vm: panic {v:?} in {} pc {pc} {:?}", f.func.name, f.func.code.get(pc));
            }
        }
        self.panic.get_or_insert_with(Default::default).value = Some(v);
        self.unwind()
    }

    /// Continue unwinding a panic (or Goexit): run the next deferred call, or pop frames.
    pub(crate) fn unwind(&mut self) -> Exit {
        // The frames popped here, as tracebacks print them (they stay on Go's stack).
        let mut popped = Vec::new();
        loop {
            let Some(top) = self.frames.last_mut() else {
                return match (self.goexit, self.take_panicking()) {
                    (true, _) => Exit::Done,
                    (false, Some(v)) => Exit::Panic(v),
                    (false, None) => Exit::Done,
                };
            };
            if let Some(d) = top.defers.pop() {
                top.unwinding = true;
                if !popped.is_empty() {
                    let old = top.ghosts.take().map(|g| *g).unwrap_or_default();
                    popped.extend(old);
                    popped.truncate(super::stack::MAX_GHOSTS);
                    top.ghosts = Some(Box::new(std::mem::take(&mut popped)));
                }
                match self.invoke_deferred(d) {
                    Ok(true) => return Exit::Await(Blocker::Resume),
                    Ok(false) => continue,
                    Err(e) => return e,
                }
            }
            let f = self.frames.pop().expect("a frame");
            self.abort_suspended(self.frames.len());
            if popped.len() < super::stack::MAX_GHOSTS {
                self.ghost_of(&f, &mut popped);
            }
            if f.kind == FrameKind::Callback {
                let v = self.take_panicking().unwrap_or(Value::Nil);
                return Exit::Panic(v);
            }
        }
    }

    /// Call a deferred function with its saved arguments above the current frame's registers.
    /// Ok(true): a Go frame was pushed (run it); Ok(false): a native completed.
    pub(crate) fn invoke_deferred(&mut self, d: Deferred) -> Result<bool, Exit> {
        let top = self.frames.last().expect("a frame");
        let base = top.base as usize + top.func.nregs as usize;
        let n = d.args.len();
        if self.stack.len() < base + n + 8 {
            self.stack.resize(base + n + 8, Value::Nil);
        }
        for (i, a) in d.args.into_iter().enumerate() {
            self.stack[base + i] = a;
        }
        self.call_value(&d.f, base, n, FrameKind::Deferred)
    }

    /// After a deferred call returned: continue the panic, or resume after a recover.
    pub(crate) fn after_deferred(&mut self) -> Option<Exit> {
        let in_flight = self.panicking() || self.goexit;
        let top = self.frames.last_mut()?;
        if !top.unwinding {
            return None;
        }
        if in_flight {
            return Some(self.unwind());
        }
        // Recovered: the frame returns normally (running its other deferred calls); the
        // recovered panic and those it replaced leave the chain.
        top.unwinding = false;
        top.ghosts = None;
        top.pc = (top.func.code.len() - 1) as u32;
        let depth = self.frames.len() - 1;
        // A panic whose deferred call is still running (at or below this frame) goes on.
        match self.panic.as_mut().filter(|p| p.suspended.last().is_some_and(|s| s.frame <= depth)) {
            Some(p) => {
                let s = p.suspended.pop().expect("just looked");
                p.prev.truncate(s.at);
                (p.value, p.site, p.stack) = (Some(s.value), s.site, s.stack);
            }
            None => self.panic = None,
        }
        None
    }

    /// The frame at index `depth` was popped by a panic unwinding: the panics whose deferred
    /// call it was are aborted (they stay on Go's chain, as not recovered).
    fn abort_suspended(&mut self, depth: usize) {
        let Some(p) = self.panic.as_mut() else { return };
        while p.suspended.last().is_some_and(|s| s.frame >= depth) {
            let s = p.suspended.pop().expect("just looked");
            p.prev.insert(s.at.min(p.prev.len()), (s.value, false));
        }
    }

    /// Return from the top frame (its deferred calls are done): results to its base.
    /// Returns an exit when the fiber or a nested call ends.
    pub(crate) fn do_return(&mut self) -> Option<Exit> {
        let f = self.frames.pop().expect("a frame");
        let base = f.base as usize;
        for (i, &(r, cell)) in f.func.results.iter().enumerate() {
            let v = &self.stack[base + r as usize];
            let v = if cell {
                match v {
                    Value::Ptr(p) => p.load(),
                    v => v.clone(),
                }
            } else {
                v.clone()
            };
            self.stack[base + i] = v;
        }
        match f.kind {
            FrameKind::Normal => {
                if self.frames.is_empty() {
                    return Some(Exit::Done);
                }
                None
            }
            FrameKind::Deferred => self.after_deferred(),
            FrameKind::Callback => Some(Exit::CallbackDone),
        }
    }

    /// `recover()` in the current frame.
    pub(crate) fn recover(&mut self) -> Value {
        let Some(top) = self.frames.last() else { return Value::Nil };
        if top.kind != FrameKind::Deferred || self.goexit {
            return Value::Nil;
        }
        let n = self.frames.len();
        if n < 2 || !self.frames[n - 2].unwinding {
            return Value::Nil;
        }
        match self.panic.as_mut().and_then(|p| p.value.take().map(|v| (p, v))) {
            Some((p, v)) => {
                p.prev.push((v.clone(), true));
                v
            }
            None => Value::Nil,
        }
    }

    /// Whether a panic is being unwound (not yet recovered).
    pub(crate) fn panicking(&self) -> bool {
        self.panic.as_ref().is_some_and(|p| p.value.is_some())
    }

    /// The panic being unwound, taken (the rest of the chain stays).
    pub(crate) fn take_panicking(&mut self) -> Option<Value> {
        self.panic.as_mut().and_then(|p| p.value.take())
    }
}

/// The panic value as Go prints it after `panic: ` (runtime errors with Go's extra line).
pub fn panic_text(v: &Value) -> String {
    super::panics::panic_text_plain(v)
}

/// A nil channel as a runtime channel.
pub(crate) fn chan_of(v: &Value) -> Chan<Value> {
    match v {
        Value::Chan(c) => c.clone(),
        _ => Chan::nil(),
    }
}

#[allow(dead_code)]
fn _assert_op_size() {
    const _: () = assert!(std::mem::size_of::<Op>() <= 16);
}
