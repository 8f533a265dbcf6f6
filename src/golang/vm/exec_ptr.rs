//! Pointer instructions (new cells, `&x`, fields through pointers, nil checks), outside the
//! hot loop.

use super::code::Op;
use super::exec::addr_of;
use super::exec_cold::{Cx, Flow};

use super::ops::nil_deref;
use super::value::{Ptr, Value};

/// Runs `op` if it is one of this file's instructions.
pub(super) fn exec(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    match op {
        Op::AddrGlobal(d, g) => set!(cx, d, Value::Ptr(Ptr::Cell(cx.fb.m.globals[g as usize].clone()))),
        Op::NewCell(d, s) => set!(cx, d, Value::Ptr(Ptr::new_cell(r!(cx, s).clone()))),
        Op::NilCheck(p) => {
            if matches!(r!(cx, p), Value::Nil) {
                throw!(nil_deref());
            }
        }
        Op::PField(d, p, i) => {
            access!(cx, addr_of(&r!(cx, p), i as usize + 1), false, r!(cx, p));
            let v = match &r!(cx, p) {
                Value::Ptr(p) => match p.load() {
                    Value::Agg(a) => a.borrow()[i as usize].clone(),
                    _ => throw!(nil_deref()),
                },
                _ => throw!(nil_deref()),
            };
            set!(cx, d, v);
        }
        Op::SetPField(p, i, v) => {
            access!(cx, addr_of(&r!(cx, p), i as usize + 1), true, r!(cx, p));
            let val = r!(cx, v).clone();
            match &r!(cx, p) {
                Value::Ptr(p) => match p.load() {
                    Value::Agg(a) => a.borrow_mut()[i as usize] = val,
                    _ => throw!(nil_deref()),
                },
                _ => throw!(nil_deref()),
            }
        }
        Op::AddrPField(d, p, i) => {
            let v = match &r!(cx, p) {
                Value::Ptr(p) => match p.load() {
                    Value::Agg(a) => Value::Ptr(Ptr::Elem(a, i as u32)),
                    _ => throw!(nil_deref()),
                },
                _ => throw!(nil_deref()),
            };
            set!(cx, d, v);
        }
        Op::AddrField(d, s, i) => {
            let v = match &r!(cx, s) {
                Value::Agg(a) => Value::Ptr(Ptr::Elem(a.clone(), i as u32)),
                _ => throw!(nil_deref()),
            };
            set!(cx, d, v);
        }
        _ => return None,
    }
    Some(Flow::Next)
}
