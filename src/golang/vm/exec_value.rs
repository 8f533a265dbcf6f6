//! Arithmetic that may panic or is rare in loops (division, shifts, complex numbers),
//! comparisons of any values, conversions and `min`/`max`, outside the hot loop.

use super::code::{Cmp, Kind, Op};
use super::exec::{cmp_holds, shift_count};
use super::exec_cold::{Cx, Flow};
use super::ops;
use super::value::{equal, Value};

/// Runs `op` if it is one of this file's instructions.
pub(super) fn exec(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    match op {
        Op::DivU(d, a, b) | Op::RemU(d, a, b) => {
            let (x, y) = (int!(cx, a) as u64, int!(cx, b) as u64);
            if y == 0 {
                throw!(ops::rt_err("integer divide by zero"));
            }
            let v = if matches!(op, Op::DivU(..)) { x / y } else { x % y };
            set!(cx, d, Value::Int(v as i64));
        }
        Op::Shl(d, a, b, s) => {
            let n = tri!(shift_count(int!(cx, b), s));
            set!(cx, d, Value::Int(if n >= 64 { 0 } else { int!(cx, a) << n }));
        }
        Op::Shr(d, a, b, s) => {
            let n = tri!(shift_count(int!(cx, b), s));
            set!(cx, d, Value::Int(int!(cx, a) >> n.min(63)));
        }
        Op::ShrU(d, a, b, s) => {
            let n = tri!(shift_count(int!(cx, b), s));
            set!(cx, d, Value::Int(if n >= 64 { 0 } else { ((int!(cx, a) as u64) >> n) as i64 }));
        }
        Op::Cplx(d, a, b, op, f32) => set!(cx, d, super::complex::exec(op, &r!(cx, a), &r!(cx, b), f32)),
        Op::Concat(d, a, b) => set!(cx, d, ops::concat(&r!(cx, a), &r!(cx, b))),
        Op::Eq(d, a, b) | Op::Ne(d, a, b) => {
            let e = match equal(&r!(cx, a), &r!(cx, b)) {
                Ok(e) => e,
                Err(t) => {
                    let name = super::typename::type_string(&cx.fb.m.prog, t);
                    throw!(ops::rt_err(&format!("comparing uncomparable type {name}")))
                }
            };
            set!(cx, d, Value::Bool(e == matches!(op, Op::Eq(..))));
        }
        Op::Cmp(d, a, b, c, k) => set!(cx, d, Value::Bool(cmp_holds(&r!(cx, a), &r!(cx, b), c, k))),
        Op::IToF(d, s) => set!(cx, d, Value::Float(int!(cx, s) as f64)),
        Op::UToF(d, s) => set!(cx, d, Value::Float(int!(cx, s) as u64 as f64)),
        Op::FToI(d, s) => set!(cx, d, Value::Int(ops::f64_to_i64(fl!(cx, s)))),
        Op::FToU(d, s) => set!(cx, d, Value::Int(ops::f64_to_u64(fl!(cx, s)) as i64)),
        Op::FToI32(d, s) => set!(cx, d, Value::Int(ops::f64_to_i32(fl!(cx, s)) as i64)),
        Op::RuneToStr(d, s) => set!(cx, d, ops::rune_to_str(int!(cx, s))),
        Op::BytesToStr(d, s) => set!(cx, d, ops::bytes_to_str(&r!(cx, s))),
        Op::StrToBytes(d, s) => set!(cx, d, ops::str_to_bytes(&r!(cx, s))),
        Op::RunesToStr(d, s) => set!(cx, d, ops::runes_to_str(&r!(cx, s))),
        Op::StrToRunes(d, s) => set!(cx, d, ops::str_to_runes(&r!(cx, s))),
        Op::MinMax(d, a, b, k, is_max) => {
            let (x, y) = (r!(cx, a).clone(), r!(cx, b).clone());
            let v = if k == Kind::Float && (x.as_float().is_nan() || y.as_float().is_nan()) {
                Value::Float(f64::NAN)
            } else {
                let less = cmp_holds(&y, &x, Cmp::Lt, k);
                if less != is_max {
                    y
                } else {
                    x
                }
            };
            set!(cx, d, v);
        }
        _ => return None,
    }
    Some(Flow::Next)
}
