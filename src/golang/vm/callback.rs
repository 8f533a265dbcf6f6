//! Calls a native makes into Go (`NativeCx::call`: `fmt` calling a `String` method,
//! `sort.Slice` its less function): run to completion at once, as a nested run of the fiber
//! on the Rust stack, with a bounded nesting depth.

use super::fiber::{Exit, Fiber, FrameKind, Machine};
use super::value::Value;
use std::rc::Rc;

impl Fiber {
    /// `NativeCx::call`: run `f(args)` to completion now. Each such call nests a run on the
    /// Rust stack (a `String` method printing its own receiver recurses forever): past
    /// [`MAX_CALLBACK_DEPTH`] it fails, and the outermost native call then ends the program
    /// with Go's `fatal error: stack overflow` (see [`Fiber::call_native`]).
    pub(crate) fn call_now(&mut self, f: &Value, args: Vec<Value>) -> Result<Vec<Value>, Value> {
        let Some(_depth) = CallbackDepth::enter(&self.m) else {
            return Err(Value::str("stack overflow"));
        };
        let base = match self.frames.last() {
            Some(t) => t.base as usize + t.func.nregs as usize + 16,
            None => 0,
        };
        let n = args.len();
        if self.stack.len() < base + n + 8 {
            self.stack.resize(base + n + 8, Value::Nil);
        }
        for (i, a) in args.into_iter().enumerate() {
            self.stack[base + i] = a;
        }
        let depth = self.frames.len();
        let nested = std::mem::replace(&mut self.nested, true);
        let exit = self.call_now_run(f, base, n, depth);
        self.nested = nested;
        exit
    }

    /// [`Fiber::call_now`] once its arguments are at `base`: call, and run the callee's frames.
    fn call_now_run(&mut self, f: &Value, base: usize, n: usize, depth: usize) -> Result<Vec<Value>, Value> {
        match self.call_value(f, base, n, FrameKind::Callback) {
            Ok(true) => {}
            Ok(false) => return Ok(self.stack[base..base + 4].to_vec()),
            Err(Exit::Panic(v)) => return Err(v),
            Err(_) => return Err(Value::str("chanlab does not support blocking here yet")),
        }
        let nres = self.frames.last().map_or(0, |f| f.func.results.len());
        // A nested call cannot yield: no preemption points (parallel mode) until it returns.
        let saved = self.track;
        self.track = Some(saved.unwrap_or(crate::runtime::race_enabled() as u8) & !6);
        let exit = self.run();
        self.track = saved;
        match exit {
            Exit::CallbackDone => Ok(self.stack[base..base + nres].to_vec()),
            Exit::Panic(v) => {
                self.frames.truncate(depth);
                Err(v)
            }
            _ => {
                self.frames.truncate(depth);
                Err(Value::str("chanlab does not support blocking in a method called by a library function yet"))
            }
        }
    }
}

/// Callbacks (a native calling Go, as `fmt` calling a `String` method) nested at most: each
/// nests a run on the Rust stack, and a thread's stack (2 MiB for spawned threads, 1 MiB in
/// the browser) must hold them all: about 4 KiB a level optimised, 30 KiB unoptimised. Go
/// allows far deeper chains; the usual way to reach this is a `String` method printing its
/// own receiver, which recurses forever in Go too.
const MAX_CALLBACK_DEPTH: u32 = if cfg!(debug_assertions) { 40 } else { 160 };

/// One callback level of a program, left when dropped.
struct CallbackDepth(Rc<Machine>);

impl CallbackDepth {
    /// Enter a level; `None` past the limit (the program's stack has then overflowed).
    fn enter(m: &Rc<Machine>) -> Option<CallbackDepth> {
        if m.callbacks.get() >= MAX_CALLBACK_DEPTH {
            m.overflowed.set(true);
            return None;
        }
        m.callbacks.set(m.callbacks.get() + 1);
        Some(CallbackDepth(m.clone()))
    }
}

impl Drop for CallbackDepth {
    fn drop(&mut self) {
        self.0.callbacks.set(self.0.callbacks.get().saturating_sub(1));
    }
}
