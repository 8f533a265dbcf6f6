//! Slice, array and string instructions (slicing, `append`, `copy`, `make`, composite
//! literals, range over a string), outside the hot loop.

use super::code::{Op, NO_REG};
use super::exec_cold::{Cx, Flow};
use super::ops;
use super::value::{Ptr, Value};
use std::rc::Rc;

/// Runs `op` if it is one of this file's instructions.
pub(super) fn exec(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    makes(cx, op).or_else(|| slices(cx, op))
}

/// `make`, composite literals and slice-to-array conversions.
fn makes(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    match op {
        Op::SliceToArray(d, s, n) => {
            let items = ops::elems(&r!(cx, s));
            if items.len() < n as usize {
                let msg = format!(
                    "cannot convert slice with length {} to array or pointer to array with length {n}",
                    items.len()
                );
                throw!(ops::rt_err(&msg))
            }
            set!(cx, d, Value::agg(items.into_iter().take(n as usize).map(|v| v.copied()).collect()));
        }
        Op::SliceToArrayPtr(d, s, n) => {
            let v = match &r!(cx, s) {
                Value::Slice { arr, off, len, .. } if *len >= n => {
                    Value::Ptr(Ptr::Array(Rc::new((arr.clone(), *off, n))))
                }
                Value::Nil if n == 0 => Value::Nil,
                x => {
                    let msg = format!(
                        "cannot convert slice with length {} to array or pointer to array with length {n}",
                        ops::len(x)
                    );
                    throw!(ops::rt_err(&msg))
                }
            };
            set!(cx, d, v);
        }
        Op::MakeSlice(d, l, c, z) => {
            let n = int!(cx, l);
            let cp = if c == NO_REG { n } else { int!(cx, c) };
            if !(0..=1 << 31).contains(&n) {
                throw!(ops::rt_err("makeslice: len out of range"));
            }
            if cp < n || cp > 1 << 31 {
                throw!(ops::rt_err("makeslice: cap out of range"));
            }
            if (cp as u64).saturating_mul(cx.fb.m.prog.zero_values[z as usize]) > ops::MAX_ELEMS {
                throw!(ops::out_of_memory());
            }
            let zero = &cx.fb.m.prog.zeros[z as usize];
            let items: Vec<Value> = (0..cp).map(|_| zero.copied()).collect();
            r!(cx, d) =
                Value::Slice { arr: Rc::new(std::cell::RefCell::new(items)), off: 0, len: n as u32, cap: cp as u32 };
        }
        Op::MakeMap(d) => set!(cx, d, ops::new_map()),
        Op::MakeChan(d, c, name) => {
            let n = if c == NO_REG { 0 } else { int!(cx, c) };
            if n < 0 {
                throw!(Value::iface(super::value::RUNTIME_ERROR, Value::str("makechan: size out of range")));
            }
            let mut ch = crate::runtime::Chan::new(n as usize);
            if let Some(Value::Str(s)) = cx.fb.m.prog.consts.get(name as usize) {
                ch = ch.named(super::sites::intern(s.as_bytes()));
            }
            set!(cx, d, Value::Chan(ch));
        }
        Op::MakeAgg(d, b, n) => {
            let items =
                cx.fb.stack[cx.base + b as usize..cx.base + (b + n) as usize].iter().map(Value::copied).collect();
            set!(cx, d, Value::agg(items));
        }
        Op::MakeSlicelit(d, b, n) => {
            let items =
                cx.fb.stack[cx.base + b as usize..cx.base + (b + n) as usize].iter().map(Value::copied).collect();
            set!(cx, d, Value::slice(items));
        }
        _ => return None,
    }
    Some(Flow::Next)
}

/// Slicing, `append`, `copy`, `&s[i]`, `cap`, and range over a string.
fn slices(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    match op {
        Op::Cap(d, s) => set!(cx, d, Value::Int(ops::cap(&r!(cx, s)))),
        Op::AddrIndex(d, x, i) => {
            let v = tri!(ops::addr_index(&r!(cx, x), int!(cx, i)));
            set!(cx, d, v);
        }
        Op::SliceExpr(d, x, lo, hi, max) => {
            let opt = |r: u16, s: &Vec<Value>| {
                if r == NO_REG {
                    None
                } else {
                    Some(s[cx.base + r as usize].as_int())
                }
            };
            let (l, h, m) = (opt(lo, &cx.fb.stack), opt(hi, &cx.fb.stack), opt(max, &cx.fb.stack));
            let v = tri!(ops::slice(&r!(cx, x), l, h, m));
            set!(cx, d, v);
        }
        Op::Append(d, s, b, n, esize) => {
            let v = {
                let vals = &cx.fb.stack[cx.base + b as usize..cx.base + b as usize + n as usize];
                tri!(ops::append(&cx.fb.stack[cx.base + s as usize], vals, esize, true))
            };
            set!(cx, d, v);
        }
        Op::AppendSlice(d, s, t, esize) => {
            let vals = ops::elems(&r!(cx, t));
            let v = tri!(ops::append(&r!(cx, s), &vals, esize, false));
            set!(cx, d, v);
        }
        Op::CopySlice(d, a, b) => set!(cx, d, Value::Int(ops::copy(&r!(cx, a), &r!(cx, b)))),
        Op::StrNext(d, s, i) => {
            let at = int!(cx, i) as usize;
            let (ru, w) = ops::decode_rune(r!(cx, s).as_bytes().get(at..).unwrap_or(&[]));
            set!(cx, d, Value::Int(ru as i64));
            set!(cx, d + 1, Value::Int(w as i64));
        }
        _ => return None,
    }
    Some(Flow::Next)
}
