//! The instructions outside the hot loop: [`Fiber::run`](super::fiber::Fiber::run) executes
//! moves, integer arithmetic, jumps, loads and stores, indexing, plain calls and channel
//! operations itself and hands every other instruction to [`exec`], which finds the file
//! that runs it (`exec_map.rs`, `exec_slice.rs`, `exec_ptr.rs`, `exec_call.rs`,
//! `exec_value.rs`, `exec_iface.rs`). Keeping the loop small keeps its state in registers.
//!
//! A handler sees the loop's state as a [`Cx`] and answers with a [`Flow`]; the macros below
//! are the loop's own (`r!`, `int!`, `set!`, `access!`...) written against a `Cx`.

use super::code::Func;
use super::fiber::{Exit, Fiber};
use super::value::Value;

/// The loop's state an instruction handler works with.
pub(super) struct Cx<'a> {
    pub fb: &'a mut Fiber,
    pub func: &'a Func,
    /// The frame's first register in the fiber's stack.
    pub base: usize,
    /// The next instruction (a handler may change it: a jump, or back one to retry).
    pub pc: usize,
    /// The run's tracking bits (1: race detector, 2: parallel mode, 4: may pause).
    pub track: u8,
}

impl Cx<'_> {
    /// Record the pc in the frame (for tracebacks and resuming).
    pub fn save(&mut self) {
        if let Some(fr) = self.fb.frames.last_mut() {
            fr.pc = self.pc as u32;
        }
    }
}

/// What the loop does after a handler.
pub(super) enum Flow {
    /// The next instruction.
    Next,
    /// The frame stack changed: continue with the top frame.
    Frames,
    /// Raise this Go panic.
    Throw(Value),
    /// Leave the run with this exit (`Resume` continues with the top frame).
    Exit(Exit),
    /// Leave the run with this exit as it is.
    Return(Exit),
}

/// Run `op` (not one the loop runs itself).
pub(super) fn exec(cx: &mut Cx<'_>, op: super::code::Op) -> Flow {
    super::exec_map::exec(cx, op)
        .or_else(|| super::exec_slice::exec(cx, op))
        .or_else(|| super::exec_ptr::exec(cx, op))
        .or_else(|| super::exec_call::exec(cx, op))
        .or_else(|| super::exec_value::exec(cx, op))
        .or_else(|| super::exec_iface::exec(cx, op))
        .unwrap_or(Flow::Next)
}

/// Register `x` of the frame.
macro_rules! r {
    ($cx:ident, $x:expr) => {
        $cx.fb.stack[$cx.base + $x as usize]
    };
}

/// Register `x` as an int (0 if it holds something else).
macro_rules! int {
    ($cx:ident, $x:expr) => {
        match &$cx.fb.stack[$cx.base + $x as usize] {
            Value::Int(i) => *i,
            _ => 0,
        }
    };
}

/// Register `x` as a float.
macro_rules! fl {
    ($cx:ident, $x:expr) => {
        match &$cx.fb.stack[$cx.base + $x as usize] {
            Value::Float(v) => *v,
            _ => 0.0,
        }
    };
}

/// `r!(x) = v`.
macro_rules! set {
    ($cx:ident, $x:expr, $v:expr) => {{
        let v = $v;
        super::exec::put(&mut $cx.fb.stack[$cx.base + $x as usize], v)
    }};
}

/// Raise a Go panic.
macro_rules! throw {
    ($v:expr) => {
        return Some(super::exec_cold::Flow::Throw($v))
    };
}

/// The value of a `Result`, or its error raised.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(p) => throw!(p),
        }
    };
}

/// Leave the run (see `Flow::Exit`).
macro_rules! exit {
    ($e:expr) => {
        return Some(super::exec_cold::Flow::Exit($e))
    };
}

/// A tracked memory access (see the loop's `access!`).
macro_rules! access {
    ($cx:ident, $addr:expr, $write:expr, $keep:expr) => {
        if $cx.track & 3 != 0 {
            if $cx.track & 2 != 0 && !$cx.fb.resumed {
                $cx.fb.resumed = true;
                $cx.pc -= 1;
                $cx.save();
                return Some(super::exec_cold::Flow::Return(super::fiber::Exit::Await(super::fiber::Blocker::Op(
                    Box::pin(crate::runtime::op()),
                ))));
            }
            $cx.fb.resumed = false;
            if $cx.track & 1 != 0 {
                let site = super::sites::label($cx.func.lines.get($cx.pc - 1).copied().unwrap_or(0));
                let keep = || Box::new($keep.clone()) as Box<dyn std::any::Any>;
                crate::runtime::race_access_keeping($addr, $write, site, keep);
            }
        }
    };
}
