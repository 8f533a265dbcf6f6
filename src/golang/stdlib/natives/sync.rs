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
    reg.add("(*sync.RWMutex).TryLock", |_, a| rw_try(a, RwMutex::try_lock));
    reg.add("(*sync.RWMutex).TryRLock", |_, a| rw_try(a, RwMutex::try_rlock));
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

/// Where each type keeps its runtime object (field indexes from the struct `recv` points to,
/// see go/sync/mutex.go), and its printed state word.
const MUTEX_OBJ: &[usize] = &[1, 1];
const MUTEX_STATE: &[usize] = &[1, 0];
const RW_OBJ: &[usize] = &[1];
const WG_OBJ: &[usize] = &[2];
const WG_STATE: &[usize] = &[1, 2];
const COND_OBJ: &[usize] = &[1];

/// The slot at `path` inside the struct `recv` points to: (the aggregate, the index).
fn slot(recv: &Value, path: &[usize]) -> Option<(crate::golang::vm::value::Agg, usize)> {
    let Value::Ptr(p) = recv else { return None };
    let Value::Agg(mut a) = p.load() else { return None };
    let (&last, inner) = path.split_last()?;
    for &i in inner {
        let next = match a.borrow().get(i) {
            Some(Value::Agg(b)) => b.clone(),
            _ => return None,
        };
        a = next;
    }
    let n = a.borrow().len();
    (last < n).then_some((a, last))
}

/// The runtime object at `path` in the struct `recv` points to, made on first use.
pub(crate) fn object<T: Clone + 'static>(recv: &Value, path: &[usize], make: impl FnOnce() -> T) -> Option<T> {
    let (a, i) = slot(recv, path)?;
    let mut fields = a.borrow_mut();
    if let Value::Native(rc) = &fields[i] {
        if let Some(x) = rc.downcast_ref::<T>() {
            return Some(x.clone());
        }
    }
    let x = make();
    fields[i] = Value::Native(Rc::new(x.clone()));
    Some(x)
}

/// Set the integer at `path` (the state word `%v` shows).
fn set_int(recv: &Value, path: &[usize], v: i64) {
    if let Some((a, i)) = slot(recv, path) {
        a.borrow_mut()[i] = Value::Int(v);
    }
}

/// Run a blocking runtime operation on the lazily made object of `args[0]`.
macro_rules! blocking {
    ($name:ident, $ty:ty, $path:expr, $make:expr, |$o:ident| $body:expr) => {
        fn $name(_: &mut NativeCx, args: &[Value]) -> NativeResult {
            let Some($o) = object::<$ty>(&args[0], $path, $make) else { return nil_deref() };
            NativeResult::block(async move {
                $body.await;
                NativeResult::none()
            })
        }
    };
}

blocking!(rw_lock, RwMutex, RW_OBJ, RwMutex::new, |m| m.lock());
blocking!(rw_unlock, RwMutex, RW_OBJ, RwMutex::new, |m| m.unlock());
blocking!(rw_rlock, RwMutex, RW_OBJ, RwMutex::new, |m| m.rlock());
blocking!(rw_runlock, RwMutex, RW_OBJ, RwMutex::new, |m| m.runlock());
blocking!(wg_wait, WaitGroup, WG_OBJ, WaitGroup::new, |w| w.wait());

fn mutex_lock(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let Some(m) = object::<Mutex>(&args[0], MUTEX_OBJ, Mutex::new) else { return nil_deref() };
    let recv = args[0].clone();
    NativeResult::block(async move {
        m.lock().await;
        set_int(&recv, MUTEX_STATE, 1);
        NativeResult::none()
    })
}

fn mutex_unlock(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let Some(m) = object::<Mutex>(&args[0], MUTEX_OBJ, Mutex::new) else { return nil_deref() };
    set_int(&args[0], MUTEX_STATE, 0);
    NativeResult::block(async move {
        m.unlock().await;
        NativeResult::none()
    })
}

fn mutex_try_lock(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let Some(m) = object::<Mutex>(&args[0], MUTEX_OBJ, Mutex::new) else { return nil_deref() };
    let ok = m.try_lock();
    if ok {
        set_int(&args[0], MUTEX_STATE, 1);
    }
    ret(vec![Value::Bool(ok)])
}

fn rw_try(args: &[Value], f: fn(&RwMutex) -> bool) -> NativeResult {
    let Some(m) = object::<RwMutex>(&args[0], RW_OBJ, RwMutex::new) else { return nil_deref() };
    ret(vec![Value::Bool(f(&m))])
}

fn wg_add(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let Some(w) = object::<WaitGroup>(&args[0], WG_OBJ, WaitGroup::new) else { return nil_deref() };
    let (delta, recv) = (int(args, 1), args[0].clone());
    NativeResult::block(async move {
        w.add(delta).await;
        set_int(&recv, WG_STATE, w.counter().max(0) << 32);
        NativeResult::none()
    })
}

/// The runtime Mutex behind a Cond's `L` (a `*sync.Mutex` in an interface).
fn cond_of(args: &[Value]) -> Result<Cond, NativeResult> {
    let Value::Ptr(p) = &args[0] else { return Err(nil_deref()) };
    let Value::Agg(a) = p.load() else { return Err(nil_deref()) };
    let locker = a.borrow().first().cloned().unwrap_or_default();
    let mutex = match locker.dynamic() {
        Some((_, lp @ Value::Ptr(_))) => object::<Mutex>(lp, MUTEX_OBJ, Mutex::new),
        _ => None,
    };
    let Some(mutex) = mutex else {
        return Err(NativeResult::Panic(Value::runtime_error("chanlab's sync.Cond needs L to be a *sync.Mutex")));
    };
    object::<Cond>(&args[0], COND_OBJ, || Cond::new(&mutex)).ok_or_else(nil_deref)
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
