//! fmt's natives: `Sprint`, `Sprintln`, `Sprintf` and `Errorf`'s formatting over VM values.

use super::goval::GoVal;
use super::{bytes, ret, str_val};
use crate::golang::stdlib::fmt as core;
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::Value;
use std::cell::RefCell;

pub fn register(reg: &mut Registry) {
    reg.add("fmt.Sprint", sprint);
    reg.add("fmt.Sprintln", sprintln);
    reg.add("fmt.Sprintf", sprintf);
    reg.add("fmt.errorf", errorf);
}

/// The elements of a variadic `...any` argument.
fn operands(v: Option<&Value>) -> Vec<Value> {
    v.and_then(Value::as_slice).map(|s| s.to_vec()).unwrap_or_default()
}

/// Run `f` over the operands as printer values.
fn with_vals<R>(cx: &mut NativeCx, ops: &[Value], f: impl FnOnce(&mut [GoVal]) -> R) -> R {
    let cell = RefCell::new(cx);
    let mut vals: Vec<GoVal> = ops.iter().map(|v| GoVal::operand(&cell, v)).collect();
    f(&mut vals)
}

fn sprint(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let ops = operands(args.first());
    NativeResult::one(str_val(with_vals(cx, &ops, |v| core::sprint(v))))
}

fn sprintln(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let ops = operands(args.first());
    NativeResult::one(str_val(with_vals(cx, &ops, |v| core::sprintln(v))))
}

fn sprintf(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let format = bytes(args, 0).to_vec();
    let ops = operands(args.get(1));
    NativeResult::one(str_val(with_vals(cx, &ops, |v| core::sprintf(&format, v))))
}

/// `errorf(format, a) (string, []int)`.
fn errorf(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let format = bytes(args, 0).to_vec();
    let ops = operands(args.get(1));
    let (msg, wrapped) = with_vals(cx, &ops, |v| core::errorf(&format, v));
    let idx = if wrapped.is_empty() {
        Value::Nil
    } else {
        Value::slice(wrapped.into_iter().map(|i| Value::Int(i as i64)).collect())
    };
    ret(vec![str_val(msg), idx])
}
