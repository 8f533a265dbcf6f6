//! Calls other than a plain Go call (natives, func values, interface methods), closures and
//! bound methods, `go`, `defer`, `panic`, `recover` and `close`, outside the hot loop.

use super::code::Op;
use super::exec_cold::{Cx, Flow};
use super::fiber::{chan_of, Blocker, Deferred, Exit, FrameKind};
use super::ops::{self, nil_deref};
use super::value::{Closure, ClosureKind, FuncRef, Value};
use std::rc::Rc;

/// Runs `op` if it is one of this file's instructions.
pub(super) fn exec(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    calls(cx, op).or_else(|| defers(cx, op))
}

/// Calls through natives, func values and interfaces; closures and bound methods.
fn calls(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    match op {
        Op::CallNative(n, b, nargs) => {
            // An atomic operation touches shared memory: in parallel mode another
            // processor may act first (a compare-and-swap can then fail).
            if cx.track & 2 != 0 && !cx.fb.resumed && cx.fb.m.prog.natives[n as usize].name.starts_with("atomic.") {
                cx.fb.resumed = true;
                cx.pc -= 1;
                cx.save();
                return Some(Flow::Return(Exit::Await(Blocker::Op(Box::pin(crate::runtime::op())))));
            }
            cx.fb.resumed = false;
            cx.save();
            if let Err(e) = cx.fb.call_native(n, cx.base + b as usize, nargs as usize) {
                exit!(e)
            }
        }
        Op::CallValue(fr, b, nargs) => {
            cx.save();
            let f = r!(cx, fr).clone();
            match cx.fb.call_value(&f, cx.base + b as usize, nargs as usize, FrameKind::Normal) {
                Ok(true) => return Some(Flow::Frames),
                Ok(false) => {}
                Err(e) => exit!(e),
            }
        }
        Op::CallIface(m, b, nargs) => {
            cx.save();
            let f = match cx.fb.iface_method(&r!(cx, b), m) {
                Ok(f) => f,
                Err(p) => throw!(p),
            };
            let recv = r!(cx, b).dynamic().map(|(_, v)| v.clone()).unwrap_or(Value::Nil);
            set!(cx, b, recv);
            match cx.fb.call_value(&f, cx.base + b as usize, nargs as usize, FrameKind::Normal) {
                Ok(true) => return Some(Flow::Frames),
                Ok(false) => {}
                Err(e) => exit!(e),
            }
        }
        Op::Closure(d, f, b, n) => {
            let env = cx.fb.stack[cx.base + b as usize..cx.base + (b + n) as usize].to_vec();
            set!(cx, d, Value::Func(Rc::new(Closure { func: FuncRef::Go(f), env, kind: ClosureKind::Plain })));
        }
        Op::BindMethod(d, f, r) => {
            let recv = r!(cx, r).copied();
            let v = match &r!(cx, f) {
                Value::Func(c) => {
                    Value::Func(Rc::new(Closure { func: c.func, env: vec![recv], kind: ClosureKind::Bound }))
                }
                _ => Value::Nil,
            };
            set!(cx, d, v);
        }
        Op::BindIface(d, s, m) => {
            let f = tri!(cx.fb.iface_method(&r!(cx, s), m));
            let recv = r!(cx, s).dynamic().map(|(_, v)| v.clone()).unwrap_or(Value::Nil);
            let Value::Func(c) = f else { throw!(nil_deref()) };
            let kind = ClosureKind::Bound;
            let recv = if c.kind == ClosureKind::Deref {
                match recv {
                    Value::Ptr(p) => p.load().copied(),
                    v => v,
                }
            } else {
                recv
            };
            set!(cx, d, Value::Func(Rc::new(Closure { func: c.func, env: vec![recv], kind })));
        }
        _ => return None,
    }
    Some(Flow::Next)
}

/// `go`, `defer`, `panic`, `recover` and `close`.
fn defers(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    match op {
        Op::Go(fr, b, n) => {
            cx.save();
            let f = r!(cx, fr).clone();
            let args = cx.fb.stack[cx.base + b as usize..cx.base + (b + n) as usize].to_vec();
            let site = cx.fb.site();
            cx.fb.spawn_value(f, args, site);
        }
        Op::Defer(fr, b, n) => {
            let f = r!(cx, fr).clone();
            let args = cx.fb.stack[cx.base + b as usize..cx.base + (b + n) as usize].to_vec();
            if let Some(top) = cx.fb.frames.last_mut() {
                top.defers.push(Deferred { f, args });
            }
        }
        Op::FrameDepth(d) => set!(cx, d, Value::Int(cx.fb.frames.len() as i64 - 1)),
        Op::DeferAt(t, fr, b, n) => {
            let f = r!(cx, fr).clone();
            let args = cx.fb.stack[cx.base + b as usize..cx.base + (b + n) as usize].to_vec();
            let at = match &r!(cx, t) {
                Value::Int(i) if (*i as usize) < cx.fb.frames.len() => *i as usize,
                _ => cx.fb.frames.len() - 1,
            };
            cx.fb.frames[at].defers.push(Deferred { f, args });
        }
        Op::Panic(v) => {
            let v = match r!(cx, v).clone() {
                Value::Nil => ops::rt_err("panic called with nil argument"),
                v => v,
            };
            throw!(v)
        }
        Op::Recover(d) => set!(cx, d, cx.fb.recover()),
        Op::Close(c) => {
            cx.save();
            let site = cx.fb.site();
            if r!(cx, c).is_nil() {
                throw!(Value::iface(super::value::RUNTIME_ERROR, Value::str("close of nil channel")));
            }
            // Raised here, not by the runtime, so a deferred recover sees it.
            if chan_of(&r!(cx, c)).is_closed() {
                throw!(Value::iface(super::value::RUNTIME_ERROR, Value::str("close of closed channel")));
            }
            return Some(Flow::Return(Exit::Await(Blocker::Close(chan_of(&r!(cx, c)).close().at(site)))));
        }
        _ => return None,
    }
    Some(Flow::Next)
}
