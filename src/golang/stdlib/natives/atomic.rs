//! sync/atomic natives: each operation is one indivisible step on a `*intN`/`*uintN`/`*any`
//! (the VM runs one goroutine at a time, so no locking is needed), with sized wraparound.

use super::sync::ptr;
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::{equal, Value};

/// How to wrap a result to the operand's size.
#[derive(Clone, Copy)]
enum W {
    I32,
    U32,
    B64,
}

fn wrap(w: W, v: i64) -> i64 {
    match w {
        W::I32 => v as i32 as i64,
        W::U32 => v as u32 as i64,
        W::B64 => v,
    }
}

/// Every atomic operation synchronises on its variable (a happens-before edge for the race
/// detector, keyed by the variable's address as the VM's pointers give it).
fn sync(p: &crate::golang::vm::value::Ptr) {
    let (a, i) = p.addr();
    crate::runtime::race_sync(a.wrapping_add(i as usize));
}

fn nil_deref() -> NativeResult {
    NativeResult::Panic(Value::runtime_error("invalid memory address or nil pointer dereference"))
}

/// Apply `op(old, arg) -> (new, result)` to `*args[0]`.
fn update(args: &[Value], w: W, op: impl Fn(i64, i64) -> (i64, Value)) -> NativeResult {
    let Some(p) = ptr(&args[0]) else { return nil_deref() };
    sync(p);
    let old = p.load().as_int();
    let (new, res) = op(old, args.get(1).map_or(0, Value::as_int));
    p.store(Value::Int(wrap(w, new)));
    NativeResult::one(res)
}

macro_rules! int_ops {
    ($w:expr, $add:ident, $and:ident, $or:ident, $load:ident, $store:ident, $swap:ident, $cas:ident) => {
        fn $add(_: &mut NativeCx, a: &[Value]) -> NativeResult {
            update(a, $w, |o, d| (o.wrapping_add(d), Value::Int(wrap($w, o.wrapping_add(d)))))
        }
        fn $and(_: &mut NativeCx, a: &[Value]) -> NativeResult {
            update(a, $w, |o, m| (o & m, Value::Int(o)))
        }
        fn $or(_: &mut NativeCx, a: &[Value]) -> NativeResult {
            update(a, $w, |o, m| (o | m, Value::Int(o)))
        }
        fn $load(_: &mut NativeCx, a: &[Value]) -> NativeResult {
            match ptr(&a[0]) {
                Some(p) => {
                    sync(p);
                    NativeResult::one(p.load())
                }
                None => nil_deref(),
            }
        }
        fn $store(_: &mut NativeCx, a: &[Value]) -> NativeResult {
            match ptr(&a[0]) {
                Some(p) => {
                    sync(p);
                    p.store(a[1].clone());
                    NativeResult::none()
                }
                None => nil_deref(),
            }
        }
        fn $swap(_: &mut NativeCx, a: &[Value]) -> NativeResult {
            update(a, $w, |o, n| (n, Value::Int(o)))
        }
        fn $cas(_: &mut NativeCx, a: &[Value]) -> NativeResult {
            let Some(p) = ptr(&a[0]) else { return nil_deref() };
            sync(p);
            let ok = p.load().as_int() == a[1].as_int();
            if ok {
                p.store(a[2].clone());
            }
            NativeResult::one(Value::Bool(ok))
        }
    };
}

int_ops!(W::I32, add_i32, and_i32, or_i32, load_i32, store_i32, swap_i32, cas_i32);
int_ops!(W::U32, add_u32, and_u32, or_u32, load_u32, store_u32, swap_u32, cas_u32);
int_ops!(W::B64, add_64, and_64, or_64, load_64, store_64, swap_64, cas_64);

macro_rules! set {
    ($reg:ident, $ty:literal, $add:ident, $and:ident, $or:ident, $load:ident, $store:ident, $swap:ident, $cas:ident) => {
        $reg.add(concat!("atomic.Add", $ty), $add);
        $reg.add(concat!("atomic.And", $ty), $and);
        $reg.add(concat!("atomic.Or", $ty), $or);
        $reg.add(concat!("atomic.Load", $ty), $load);
        $reg.add(concat!("atomic.Store", $ty), $store);
        $reg.add(concat!("atomic.Swap", $ty), $swap);
        $reg.add(concat!("atomic.CompareAndSwap", $ty), $cas);
    };
}

pub fn register(reg: &mut Registry) {
    set!(reg, "Int32", add_i32, and_i32, or_i32, load_i32, store_i32, swap_i32, cas_i32);
    set!(reg, "Uint32", add_u32, and_u32, or_u32, load_u32, store_u32, swap_u32, cas_u32);
    set!(reg, "Int64", add_64, and_64, or_64, load_64, store_64, swap_64, cas_64);
    set!(reg, "Uint64", add_64, and_64, or_64, load_64, store_64, swap_64, cas_64);
    set!(reg, "Uintptr", add_64, and_64, or_64, load_64, store_64, swap_64, cas_64);
    reg.add("atomic.loadAny", load_64);
    reg.add("atomic.storeAny", store_64);
    reg.add("atomic.swapAny", swap_any);
    reg.add("atomic.casAny", cas_any);
    reg.add("atomic.sameType", same_type);
}

fn swap_any(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let Some(p) = ptr(&a[0]) else { return nil_deref() };
    sync(p);
    let old = p.load();
    p.store(a[1].clone());
    NativeResult::one(old)
}

fn cas_any(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let Some(p) = ptr(&a[0]) else { return nil_deref() };
    sync(p);
    let ok = equal(&p.load(), &a[1]).unwrap_or(false);
    if ok {
        p.store(a[2].clone());
    }
    NativeResult::one(Value::Bool(ok))
}

fn same_type(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let t = |v: &Value| v.dynamic().map(|(t, _)| t);
    NativeResult::one(Value::Bool(t(&a[0]) == t(&a[1])))
}
