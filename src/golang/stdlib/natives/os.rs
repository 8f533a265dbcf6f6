//! os, runtime and errors natives: the standard streams, arguments, exit, scheduling
//! queries, and the dynamic-type checks errors.Is/As need.

use super::{byte_slice, int, ret, str_val};
use crate::golang::types::Type;
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::{Ptr, Value};
use crate::runtime;

pub fn register(reg: &mut Registry) {
    reg.add("os.args", args);
    reg.add("os.write", write);
    reg.add("os.Exit", exit);
    reg.add("runtime.Gosched", gosched);
    reg.add("runtime.NumGoroutine", num_goroutine);
    reg.add("runtime.GOMAXPROCS", gomaxprocs);
    reg.add("runtime.NumCPU", num_cpu);
    reg.add("runtime.GC", nothing);
    reg.add("errors.comparable", comparable);
    reg.add("errors.checkTarget", check_target);
    reg.add("errors.assignTo", assign_to);
    reg.add("errors.unwrapKind", unwrap_kind);
}

fn nothing(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NativeResult::none()
}

fn args(cx: &mut NativeCx, _: &[Value]) -> NativeResult {
    let a = cx.args().iter().map(|s| str_val(s.as_bytes())).collect();
    NativeResult::one(Value::slice(a))
}

thread_local! {
    /// Standard output being collected instead of written (a test binary running an
    /// Example function compares it with the example's output comment).
    static CAPTURE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Start collecting standard output (`true`), or stop and return what was collected.
pub(crate) fn capture_stdout(on: bool) -> Option<String> {
    CAPTURE.with(|c| std::mem::replace(&mut *c.borrow_mut(), on.then(String::new)))
}

/// `write(fd, b)`: fd 1 is stdout, anything else stderr; the bytes go out exactly.
fn write(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let bytes = byte_slice(&args[1]);
    let stdout = int(args, 0) == 1;
    if stdout {
        let text = || String::from_utf8_lossy(&bytes).into_owned();
        if CAPTURE.with(|c| c.borrow_mut().as_mut().map(|buf| buf.push_str(&text())).is_some()) {
            return NativeResult::none();
        }
    }
    runtime::write_bytes(!stdout, bytes);
    NativeResult::none()
}

thread_local! {
    /// A test binary is running tests: `os.Exit(0)` panics (go test's -test.paniconexit0).
    static PANIC_ON_EXIT0: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Make `os.Exit(0)` panic (while a test binary runs its tests) or exit again.
pub(crate) fn panic_on_exit0(on: bool) {
    PANIC_ON_EXIT0.with(|p| p.set(on))
}

fn exit(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let code = int(args, 0) as i32;
    if code == 0 && PANIC_ON_EXIT0.with(|p| p.get()) {
        return super::panic_str(cx, "unexpected call to os.Exit(0) during test");
    }
    NativeResult::block(async move { runtime::exit::<NativeResult>(code).await })
}

fn gosched(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NativeResult::block(async {
        runtime::gosched().await;
        NativeResult::none()
    })
}

fn num_goroutine(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NativeResult::one(Value::Int(runtime::num_goroutine() as i64))
}

/// `runtime.GOMAXPROCS(n)`: the previous setting (the run's); chanlab does not change it.
fn gomaxprocs(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NativeResult::one(Value::Int(runtime::gomaxprocs() as i64))
}

fn num_cpu(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NativeResult::one(Value::Int(8))
}

/// Whether the dynamic type of an interface value is comparable.
fn comparable(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let ok = match args[0].dynamic() {
        None => true,
        Some((t, _)) => type_comparable(cx, t),
    };
    NativeResult::one(Value::Bool(ok))
}

fn type_comparable(cx: &NativeCx, t: crate::golang::types::TypeId) -> bool {
    if t == crate::golang::vm::value::RUNTIME_ERROR {
        return true;
    }
    match cx.type_of(cx.underlying(t)).clone() {
        Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
        Type::Array(_, e) => type_comparable(cx, e),
        Type::Struct(fields) => fields.iter().all(|f| type_comparable(cx, f.ty)),
        _ => true,
    }
}

/// errors.As's argument check: a non-nil pointer to an interface or to an error type.
fn check_target(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let panic = |msg: &str| super::panic_str(cx, msg);
    let Some((t, v)) = args[0].dynamic() else { return panic("errors: target must be a non-nil pointer") };
    let Type::Pointer(elem) = cx.type_of(cx.underlying(t)).clone() else {
        return panic("errors: target must be a non-nil pointer");
    };
    if v.is_nil() {
        return panic("errors: target must be a non-nil pointer");
    }
    let is_iface = matches!(cx.type_of(cx.underlying(elem)), Type::Interface { .. });
    if !is_iface && cx.method(elem, "Error").is_none() {
        return panic("errors: *target must be interface or implement error");
    }
    NativeResult::none()
}

/// Store `err` in `*target` if err's dynamic type is the target's element type (or
/// implements it, for an interface element).
fn assign_to(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let (Some((et, ev)), Some((tt, tv))) = (args[0].dynamic(), args[1].dynamic()) else {
        return NativeResult::one(Value::Bool(false));
    };
    let (Type::Pointer(elem), Value::Ptr(p)) = (cx.type_of(cx.underlying(tt)).clone(), tv) else {
        return NativeResult::one(Value::Bool(false));
    };
    let ok = if let Type::Interface { methods, .. } = cx.type_of(cx.underlying(elem)).clone() {
        let ok = methods.iter().all(|(name, _)| cx.method(et, name).is_some());
        if ok {
            store(p, args[0].clone());
        }
        ok
    } else {
        let ok = et == elem;
        if ok {
            store(p, ev.copied());
        }
        ok
    };
    ret(vec![Value::Bool(ok)])
}

fn store(p: &Ptr, v: Value) {
    p.store(v)
}

/// Which `Unwrap` the dynamic type of an error has: 0 none, 1 `Unwrap() error`, 2
/// `Unwrap() []error` (told apart by the method's declared result type).
fn unwrap_kind(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let kind = args[0].dynamic().map_or(0, |(t, _)| unwrap_result(cx, t));
    NativeResult::one(Value::Int(kind))
}

fn unwrap_result(cx: &NativeCx, t: crate::golang::types::TypeId) -> i64 {
    if cx.method(t, "Unwrap").is_none() {
        return 0;
    }
    let base = match cx.type_of(t) {
        Type::Pointer(e) => *e,
        _ => t,
    };
    let Type::Named { obj, .. } = cx.type_of(base) else { return 1 };
    let Some(info) = cx.types().named.get(obj) else { return 1 };
    let Some((_, m)) = info.methods.iter().find(|(n, _)| n == "Unwrap") else { return 1 };
    let sig = cx.program().objects[m.0 as usize].ty;
    match cx.type_of(sig) {
        Type::Func(s) if s.results.len() == 1 && matches!(cx.type_of(s.results[0]), Type::Slice(_)) => 2,
        _ => 1,
    }
}
