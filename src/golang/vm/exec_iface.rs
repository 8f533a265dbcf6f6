//! Interface instructions: conversion to an interface, type assertions, type tests.

use super::code::Op;
use super::exec_cold::{Cx, Flow};
use super::value::Value;

/// Runs `op` if it is one of this file's instructions.
pub(super) fn exec(cx: &mut Cx<'_>, op: Op) -> Option<Flow> {
    match op {
        Op::ToIface(d, s, t) => {
            let v = std::mem::take(&mut r!(cx, s));
            set!(cx, s, v.clone());
            set!(cx, d, Value::iface(t, v));
        }
        Op::Assert(d, s, k) => {
            let desc = &cx.func.asserts[k as usize];
            let v = r!(cx, s).clone();
            let got = if desc.iface {
                Some(v.clone()).filter(|v| cx.fb.implements(v, desc.ty))
            } else {
                match &v {
                    Value::Iface(b) if b.0 == desc.ty => Some(b.1.clone()),
                    _ => None,
                }
            };
            let found = got.is_some();
            match got {
                Some(x) => set!(cx, d, x),
                None if desc.ok => set!(cx, d, cx.fb.m.prog.zeros[desc.zero as usize].copied()),
                None => {
                    let e = cx.fb.assert_error(&v, desc);
                    throw!(e)
                }
            }
            if desc.ok {
                set!(cx, d + 1, Value::Bool(found));
            }
        }
        Op::IsType(d, s, t) => {
            let v = r!(cx, s).clone();
            let is = match &v {
                Value::Iface(b) => b.0 == t || cx.fb.is_iface_type(t) && cx.fb.implements(&v, t),
                _ => false,
            };
            set!(cx, d, Value::Bool(is));
        }
        _ => return None,
    }
    Some(Flow::Next)
}
