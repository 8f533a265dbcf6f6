//! sync and sync/atomic natives. A Mutex, RWMutex, WaitGroup or Cond keeps its runtime object
//! in its first field (of type `any`), created on first use so zero values work; blocking
//! operations await the runtime, which reports their wait reasons.

use super::{int, ret};
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::{Ptr, Value};
use crate::runtime::{Cond, Mutex, RwMutex, WaitGroup};
use std::rc::Rc;

pub fn register(reg: &mut Registry) {
    reg.add("(*sync.Mutex).Lock", mutex_lock);
    reg.add("(*sync.Mutex).Unlock", mutex_unlock);
    reg.add("(*sync.Mutex).TryLock", mutex_try_lock);
    reg.add("(*sync.RWMutex).Lock", rw_lock);
    reg.add("(*sync.RWMutex).Unlock", rw_unlock);
    reg.add("(*sync.RWMutex).RLock", rw_rlock);
    reg.add("(*sync.RWMutex).RUnlock", rw_runlock);
    reg.add("(*sync.WaitGroup).Add", wg_add);
    reg.add("(*sync.WaitGroup).Wait", wg_wait);
    reg.add("(*sync.Cond).Wait", cond_wait);
    reg.add("(*sync.Cond).Signal", cond_signal);
    reg.add("(*sync.Cond).Broadcast", cond_broadcast);
    super::atomic::register(reg);
}

fn nil_deref() -> NativeResult {
    NativeResult::Panic(Value::runtime_error("invalid memory address or nil pointer dereference"))
}

/// The runtime object in field `field` of the struct `recv` points to, made on first use.
pub(crate) fn object<T: Clone + 'static>(recv: &Value, field: usize, make: impl FnOnce() -> T) -> Option<T> {
    let Value::Ptr(p) = recv else { return None };
    let Value::Agg(a) = p.load() else { return None };
    let mut fields = a.borrow_mut();
    if let Some(Value::Native(rc)) = fields.get(field) {
        if let Some(x) = rc.downcast_ref::<T>() {
            return Some(x.clone());
        }
    }
    let x = make();
    if let Some(slot) = fields.get_mut(field) {
        *slot = Value::Native(Rc::new(x.clone()));
    }
    Some(x)
}

/// Run a blocking runtime operation on the lazily made object of `args[0]`.
macro_rules! blocking {
    ($name:ident, $ty:ty, $make:expr, |$o:ident| $body:expr) => {
        fn $name(_: &mut NativeCx, args: &[Value]) -> NativeResult {
            let Some($o) = object::<$ty>(&args[0], 0, $make) else { return nil_deref() };
            NativeResult::block(async move {
                $body.await;
                NativeResult::none()
            })
        }
    };
}

blocking!(mutex_lock, Mutex, Mutex::new, |m| m.lock());
blocking!(mutex_unlock, Mutex, Mutex::new, |m| m.unlock());
blocking!(rw_lock, RwMutex, RwMutex::new, |m| m.lock());
blocking!(rw_unlock, RwMutex, RwMutex::new, |m| m.unlock());
blocking!(rw_rlock, RwMutex, RwMutex::new, |m| m.rlock());
blocking!(rw_runlock, RwMutex, RwMutex::new, |m| m.runlock());
blocking!(wg_wait, WaitGroup, WaitGroup::new, |w| w.wait());

fn mutex_try_lock(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let Some(m) = object::<Mutex>(&args[0], 0, Mutex::new) else { return nil_deref() };
    ret(vec![Value::Bool(m.try_lock())])
}

fn wg_add(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let Some(w) = object::<WaitGroup>(&args[0], 0, WaitGroup::new) else { return nil_deref() };
    let delta = int(args, 1);
    NativeResult::block(async move {
        w.add(delta).await;
        NativeResult::none()
    })
}

/// The runtime Mutex behind a Cond's `L` (a `*sync.Mutex` in an interface).
fn cond_of(args: &[Value]) -> Result<Cond, NativeResult> {
    let Value::Ptr(p) = &args[0] else { return Err(nil_deref()) };
    let Value::Agg(a) = p.load() else { return Err(nil_deref()) };
    let locker = a.borrow().first().cloned().unwrap_or_default();
    let mutex = match locker.dynamic() {
        Some((_, lp @ Value::Ptr(_))) => object::<Mutex>(lp, 0, Mutex::new),
        _ => None,
    };
    let Some(mutex) = mutex else {
        return Err(NativeResult::Panic(Value::runtime_error("chanlab's sync.Cond needs L to be a *sync.Mutex")));
    };
    object::<Cond>(&args[0], 1, || Cond::new(&mutex)).ok_or_else(nil_deref)
}

fn cond_wait(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    match cond_of(args) {
        Ok(c) => NativeResult::block(async move {
            c.wait().await;
            NativeResult::none()
        }),
        Err(e) => e,
    }
}

fn cond_signal(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    match cond_of(args) {
        Ok(c) => {
            c.signal();
            NativeResult::none()
        }
        Err(e) => e,
    }
}

fn cond_broadcast(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    match cond_of(args) {
        Ok(c) => {
            c.broadcast();
            NativeResult::none()
        }
        Err(e) => e,
    }
}

/// The pointer argument of an atomic function.
pub(crate) fn ptr(v: &Value) -> Option<&Ptr> {
    match v {
        Value::Ptr(p) => Some(p),
        _ => None,
    }
}
