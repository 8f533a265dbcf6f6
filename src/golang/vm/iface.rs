//! Interfaces at run time: method dispatch on a dynamic type, "does this value implement
//! that interface", type-assertion panics worded as Go words them, and `select`.

use super::code::{AssertDesc, SelCase, NO_REG};
use super::fiber::{chan_of, Blocker, Exit, Fiber};
use super::typename::type_string;
use super::value::{Closure, ClosureKind, Value, RUNTIME_ERROR};
use crate::golang::types::{Type, TypeId};
use std::rc::Rc;

impl Fiber {
    /// The func value for method `m` (a name index) of interface value `v`.
    pub(crate) fn iface_method(&self, v: &Value, m: u32) -> Result<Value, Value> {
        let Some((t, _)) = v.dynamic() else { return Err(super::ops::nil_deref()) };
        match self.m.prog.methods.get(&(t, m)) {
            Some(&(f, deref)) => {
                let kind = if deref { ClosureKind::Deref } else { ClosureKind::Plain };
                Ok(Value::Func(Rc::new(Closure { func: f, env: Vec::new(), kind })))
            }
            None => Err(super::ops::nil_deref()),
        }
    }

    pub(crate) fn is_iface_type(&self, t: TypeId) -> bool {
        let u = super::typename::underlying(&self.m.prog.types, t);
        matches!(self.m.prog.types.types.get(u.0 as usize), Some(Type::Interface { .. }))
    }

    /// Whether interface value `v` (non-nil) has every method of interface type `t`.
    pub(crate) fn implements(&self, v: &Value, t: TypeId) -> bool {
        let Some((dt, _)) = v.dynamic() else { return false };
        match self.m.prog.iface_methods.get(&t) {
            Some(ms) => ms.iter().all(|m| self.m.prog.methods.contains_key(&(dt, *m))),
            None => true,
        }
    }

    /// A map operation's panic `e`, naming the key's dynamic type when it is unhashable.
    pub(crate) fn key_error(&self, e: Value, k: &Value) -> Value {
        let unhashable = matches!(&e, Value::Iface(b) if b.0 == RUNTIME_ERROR
            && b.1.as_bytes() == b"runtime error: hash of unhashable type");
        match k.dynamic() {
            Some((dt, _)) if unhashable => {
                let msg = format!("hash of unhashable type {}", type_string(&self.m.prog, dt));
                Value::runtime_error(&msg)
            }
            _ => e,
        }
    }

    /// The panic value of a failed `x.(T)`.
    pub(crate) fn assert_error(&self, v: &Value, d: &AssertDesc) -> Value {
        let p = &self.m.prog;
        let src = type_string(p, d.src);
        let want = type_string(p, d.ty);
        let msg = match v.dynamic() {
            None if d.iface => format!("interface conversion: interface is nil, not {want}"),
            None => format!("interface conversion: {src} is nil, not {want}"),
            Some((dt, _)) if d.iface => {
                let missing = p
                    .iface_methods
                    .get(&d.ty)
                    .and_then(|ms| ms.iter().find(|m| !p.methods.contains_key(&(dt, **m))))
                    .map(|m| p.method_names[*m as usize].clone())
                    .unwrap_or_default();
                format!("interface conversion: {} is not {want}: missing method {missing}", type_string(p, dt))
            }
            Some((dt, _)) => {
                let got = type_string(p, dt);
                if got == want {
                    format!("interface conversion: {src} is {got}, not {want} (types from different scopes)")
                } else {
                    format!("interface conversion: {src} is {got}, not {want}")
                }
            }
        };
        Value::iface(RUNTIME_ERROR, Value::str(&msg))
    }

    /// A `select` with one case and no default: as Go compiles it, a plain channel operation
    /// (it waits as `chan receive` / `chan send`, not `select`).
    pub(crate) fn select_one(&mut self, c: &SelCase, base: usize, d: u16, site: &'static str) -> Exit {
        let ch = chan_of(&self.stack[base + c.ch as usize]);
        let (fut, recv): (std::pin::Pin<Box<dyn std::future::Future<Output = _>>>, _) = if c.send {
            let f = ch.send(self.stack[base + c.val as usize].clone()).at(site);
            (
                Box::pin(async move {
                    f.await;
                    (0, Value::Nil, false)
                }),
                (usize::MAX, Value::Nil),
            )
        } else {
            let f = ch.recv_ok().at(site);
            let at = if c.val == NO_REG { usize::MAX } else { base + c.val as usize };
            let zero = self.m.prog.zeros[c.zero as usize].copied();
            (
                Box::pin(async move {
                    let (v, ok) = f.await;
                    (0, v, ok)
                }),
                (at, zero),
            )
        };
        Exit::Await(Blocker::Select { fut, dst: base + d as usize, recv: vec![recv] })
    }
}
