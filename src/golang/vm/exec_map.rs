//! Map instructions (index, set, delete, iterate, `clear`), outside the hot loop.

use super::code::Op;
use super::exec::addr_of;
use super::exec_cold::{Cx, Flow};
use super::fiber::{Blocker, Exit};
use super::ops;
use super::value::Value;

/// Runs `op` if it is one of this file's instructions.
pub(super) fn exec(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    match op {
        Op::MapIndex(d, m, k, z, ok) => {
            access!(cx, addr_of(&r!(cx, m), 0), false, r!(cx, m));
            if let (true, Value::Map(mm)) = (cx.track & 2 != 0, &r!(cx, m)) {
                if mm.borrow().writing {
                    cx.save();
                    return Some(Flow::Return(Exit::Fatal("concurrent map read and map write", String::new())));
                }
            }
            let got = tri!(ops::map_get(&r!(cx, m), &r!(cx, k)).map_err(|e| cx.fb.key_error(e, &r!(cx, k))));
            let found = got.is_some();
            set!(cx, d, got.unwrap_or_else(|| cx.fb.m.prog.zeros[z as usize].copied()));
            if ok {
                set!(cx, d + 1, Value::Bool(found));
            }
        }
        Op::MapSet(m, k, v) => {
            if cx.fb.map_writing {
                // Our write's second half (parallel mode): others ran meanwhile.
                cx.fb.map_writing = false;
                if let Value::Map(mm) = &r!(cx, m) {
                    mm.borrow_mut().writing = false;
                }
            } else {
                access!(cx, addr_of(&r!(cx, m), 0), true, r!(cx, m));
                if let (true, Value::Map(mm)) = (cx.track & 2 != 0, &r!(cx, m)) {
                    if mm.borrow().writing {
                        cx.save();
                        return Some(Flow::Return(Exit::Fatal("concurrent map writes", String::new())));
                    }
                    mm.borrow_mut().writing = true;
                    cx.fb.map_writing = true;
                    cx.pc -= 1;
                    cx.save();
                    return Some(Flow::Return(Exit::Await(Blocker::Op(Box::pin(crate::runtime::op())))));
                }
            }
            let val = r!(cx, v).clone();
            tri!(ops::map_set(&r!(cx, m), &r!(cx, k), val).map_err(|e| cx.fb.key_error(e, &r!(cx, k))));
        }
        Op::MapDelete(m, k) => {
            tri!(ops::map_delete(&r!(cx, m), &r!(cx, k)).map_err(|e| cx.fb.key_error(e, &r!(cx, k))))
        }
        Op::Clear(x, z) => match &r!(cx, x) {
            Value::Map(m) => m.borrow_mut().clear(),
            Value::Slice { arr, off, len, .. } => {
                let zero = &cx.fb.m.prog.zeros[z as usize];
                let mut a = arr.borrow_mut();
                for i in 0..*len as usize {
                    a[*off as usize + i] = zero.copied();
                }
            }
            _ => {}
        },
        Op::MapIter(d, m) => set!(cx, d, ops::map_iter(&r!(cx, m))),
        Op::MapNext(it, k, t) => match ops::map_next(&r!(cx, it)) {
            Some((key, v)) => {
                set!(cx, k, key);
                set!(cx, k + 1, v);
            }
            None => cx.pc = t as usize,
        },
        _ => return None,
    }
    Some(Flow::Next)
}
