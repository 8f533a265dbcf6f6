//! A fiber as a runtime goroutine: [`FiberTask`] is the future the runtime polls. It runs the
//! fiber until it must wait, polls the runtime operation it waits on, stores the result in
//! the fiber's registers and runs on; a panic or fatal error ends the goroutine through the
//! runtime's own report.
//!
//! Written by hand rather than as an `async fn`: the future is the fiber plus the one
//! operation in progress (kept in [`Fiber::wait`]), and nothing else, so a parked goroutine stays small (an `async fn`
//! kept a slot for every kind of wait side by side, twice the size). The call stack is
//! recorded for reports only when an operation actually parks (most complete at once).

use super::fiber::{Blocker, Exit, Fiber};
use super::value::Value;
use crate::runtime as go;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A goroutine's future: its fiber and what it waits for.
pub struct FiberTask {
    fb: Fiber,
    state: State,
}

/// Where a [`FiberTask`] is.
enum State {
    /// Not started: its first call is `f(args)`, the arguments waiting in the fiber's
    /// register stack (see [`start_fiber`]).
    Start { f: Value },
    /// Started, between two waits.
    Run,
    /// Waiting for the runtime operation in `Fiber::wait`; `fresh` until its first poll.
    Wait { fresh: bool },
    /// Ending the program (a panic or fatal error being reported), or halted for good.
    End(Pin<Box<dyn Future<Output = ()>>>),
}

/// What to do once a wait completed.
enum Then {
    Run,
    /// A blocking native finished while its frame unwinds a panic: unwind further.
    Unwind,
    Exit(Exit),
}

/// Run a fiber as a runtime goroutine: execute, wait for the runtime when needed, repeat.
pub fn run_fiber(fb: Fiber) -> FiberTask {
    FiberTask { fb, state: State::Run }
}

/// A goroutine whose fiber, still without frames, first calls Go function value `f(args)`:
/// its registers and frame are allocated when it first runs, so goroutines waiting to start
/// cost little (a loop of `go` statements may make many before any runs).
pub(crate) fn start_fiber(fb: Fiber, f: Value, args: Vec<Value>) -> FiberTask {
    let mut fb = fb;
    fb.stack = args;
    FiberTask { fb, state: State::Start { f } }
}

impl Future for FiberTask {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        loop {
            let exit = match &mut this.state {
                State::Start { .. } => this.start(),
                State::Run => this.fb.run(),
                State::End(f) => return f.as_mut().poll(cx),
                State::Wait { fresh } => match complete(&mut this.fb, cx) {
                    Poll::Pending => {
                        // Parked (or preempted): reports may now show its call stack.
                        if std::mem::take(fresh) {
                            this.fb.record_stack();
                        }
                        return Poll::Pending;
                    }
                    Poll::Ready(then) => {
                        // The finished operation is dropped before the fiber runs on.
                        this.state = State::Run;
                        match then {
                            Then::Run => this.fb.run(),
                            Then::Unwind => this.fb.unwind(),
                            Then::Exit(e) => e,
                        }
                    }
                },
            };
            if let Some(done) = this.settle(exit) {
                return done;
            }
        }
    }
}

impl FiberTask {
    /// The first run of a goroutine made by [`start_fiber`]: its first call, then the run.
    fn start(&mut self) -> Exit {
        let State::Start { f } = std::mem::replace(&mut self.state, State::Run) else {
            return self.fb.run();
        };
        let args = std::mem::take(&mut self.fb.stack);
        match self.fb.first_call(&f, args) {
            Ok(true) => self.fb.run(),
            Ok(false) => Exit::Done,
            Err(e) => e,
        }
    }

    /// A goroutine parked on an operation its run polled already: reports may now show its
    /// call stack.
    fn parked(&mut self) -> Poll<()> {
        self.fb.record_stack();
        self.state = State::Wait { fresh: false };
        Poll::Pending
    }

    /// Act on why the fiber stopped: wait, end, or (`None`) poll again.
    fn settle(&mut self, exit: Exit) -> Option<Poll<()>> {
        let fb = &mut self.fb;
        self.state = match exit {
            Exit::Await(Blocker::Resume) => State::Run,
            Exit::Await(blocker @ Blocker::Native { polled: true, .. }) => {
                // Polled in the run already (see `Fiber::poll_native`): it waits.
                fb.wait = blocker;
                return Some(self.parked());
            }
            Exit::Parked(blocker) => {
                // A channel operation polled in the run (see `vm/chanop.rs`): it waits.
                fb.wait = blocker;
                return Some(self.parked());
            }
            // The same, its future already in `fb.wait`.
            Exit::Waiting => return Some(self.parked()),
            Exit::Await(blocker) => {
                if matches!(blocker, Blocker::Native { .. }) {
                    // Runtime objects without a site of their own (a WaitGroup, a Mutex)
                    // park at the goroutine's current line.
                    go::at(fb.site());
                }
                fb.wait = blocker;
                State::Wait { fresh: true }
            }
            Exit::Done | Exit::CallbackDone => {
                if fb.main && fb.goexit {
                    // main called runtime.Goexit: the others run on, then Go reports a deadlock.
                    go::main_goexit();
                }
                return Some(Poll::Ready(()));
            }
            Exit::Panic(v) => State::End(Box::pin(go::panic::<()>(panic_report(fb, v)))),
            Exit::Fatal(msg, pre) => {
                go::set_stack(|st| fb.fill_stack(st));
                go::at(fb.site());
                State::End(Box::pin(async move { go::fatal::<()>(msg, &pre).await }))
            }
            Exit::Halt => State::End(Box::pin(std::future::pending())),
        };
        None
    }
}

/// The text of an unrecovered panic (the whole chain), with the goroutine's stack and site
/// handed to the runtime for the report.
fn panic_report(fb: &mut Fiber, v: Value) -> String {
    // Taken first: printing the value may run `Error()`, which may panic too.
    let p = fb.panic.take().unwrap_or_default();
    let (stack, site, mut chain) = (p.stack, p.site, p.prev);
    chain.push((v, false));
    let msg = super::panics::chain_text(fb, &chain);
    if let Some(st) = stack {
        go::set_stack(move |s| *s = *st);
    }
    go::at(site);
    msg
}

/// Poll the operation the fiber waits on (in `fb.wait`); once done, store its results in the
/// registers (the operation is dropped, `fb.wait` left `Resume`).
fn complete(fb: &mut Fiber, cx: &mut Context<'_>) -> Poll<Then> {
    let mut blocker = std::mem::replace(&mut fb.wait, Blocker::Resume);
    let done = complete_op(fb, &mut blocker, cx);
    if done.is_pending() {
        fb.wait = blocker;
    }
    done
}

/// [`complete`] for the operation taken out of the fiber.
fn complete_op(fb: &mut Fiber, blocker: &mut Blocker, cx: &mut Context<'_>) -> Poll<Then> {
    match blocker {
        Blocker::Send(f) => {
            if Pin::new(f).poll(cx).is_pending() {
                // A `close` while it waited: `send on closed channel`, where recover sees it.
                return match go::take_raised() {
                    Some(msg) => Poll::Ready(Then::Exit(fb.raise(runtime_error(&msg)))),
                    None => Poll::Pending,
                };
            }
        }
        Blocker::Close(f) => std::task::ready!(Pin::new(f).poll(cx)),
        Blocker::Op(f) => std::task::ready!(f.as_mut().poll(cx)),
        Blocker::Resume => {}
        Blocker::Recv { fut, dst, zero, ok } => {
            let (v, got) = std::task::ready!(Pin::new(fut).poll(cx));
            let dst = *dst as usize;
            fb.stack[dst] = if got { v } else { fb.m.prog.zeros[*zero as usize].copied() };
            if *ok {
                fb.stack[dst + 1].set_bool(got);
            }
        }
        Blocker::Select { fut, dst, recv } => {
            let Poll::Ready((i, v, ok)) = fut.as_mut().poll(cx) else {
                // A one-case select's send woken by `close`.
                return match go::take_raised() {
                    Some(msg) => Poll::Ready(Then::Exit(fb.raise(runtime_error(&msg)))),
                    None => Poll::Pending,
                };
            };
            if i == go::SEND_ON_CLOSED {
                return Poll::Ready(Then::Exit(fb.raise(runtime_error("send on closed channel"))));
            }
            fb.stack[*dst] = Value::Int(i as i64);
            if let Some((at, zero)) = recv.get_mut(i).filter(|r| r.0 != usize::MAX) {
                fb.stack[*at] = if ok { v } else { std::mem::take(zero) };
                fb.stack[*at + 1].set_bool(ok);
            }
        }
        Blocker::Native { fut, dst, .. } => {
            let r = std::task::ready!(fut.as_mut().poll(cx));
            return Poll::Ready(match fb.native_result(r, *dst) {
                Err(e) => Then::Exit(e),
                Ok(()) if fb.frames.last().is_some_and(|f| f.unwinding) && (fb.panicking() || fb.goexit) => {
                    Then::Unwind
                }
                Ok(()) => Then::Run,
            });
        }
    }
    Poll::Ready(Then::Run)
}

/// A Go runtime error value with this message.
fn runtime_error(msg: &str) -> Value {
    Value::iface(super::value::RUNTIME_ERROR, Value::str(msg))
}

/// What a parked goroutine's future costs stays in check (64-bit targets; the runtime's own
/// goroutine record and the fiber's heap parts come on top).
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<FiberTask>() <= 176);
