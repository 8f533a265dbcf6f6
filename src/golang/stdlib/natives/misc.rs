//! Natives for sort (swapping in any slice), os/signal and syscall.Kill (signals as
//! injectable outside events), runtime.Caller and math/rand.

use super::int;
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::Value;
use crate::runtime;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

pub fn register(reg: &mut Registry) {
    reg.add("sort.sliceLen", slice_len);
    reg.add("sort.sliceSwap", slice_swap);
    reg.add("signal.notify", notify);
    reg.add("signal.stop", stop);
    reg.add("syscall.raise", raise);
    reg.add("runtime.Caller", caller);
    reg.add("v2.runtimeRand", super::text::runtime_rand);
    reg.add("rand.rngCooked", super::rngcooked::rng_cooked);
    reg.add("v2.chachaBlock", super::chacha8::chacha_block);
    reg.add("rand.zigNorm", super::ziggurat::zig_norm);
    reg.add("rand.zigExp", super::ziggurat::zig_exp);
    reg.add("v2.zigNorm", super::ziggurat::zig_norm);
    reg.add("v2.zigExp", super::ziggurat::zig_exp);
}

/// The slice inside an `any` argument.
fn slice_of(v: &Value) -> Option<crate::golang::vm::value::SliceVal> {
    v.dynamic().and_then(|(_, s)| s.as_slice())
}

fn slice_len(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    NativeResult::one(Value::Int(slice_of(&a[0]).map_or(0, |s| s.len as i64)))
}

fn slice_swap(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (i, j) = (int(a, 1) as usize, int(a, 2) as usize);
    if let Some(s) = slice_of(&a[0]) {
        if i < s.len as usize && j < s.len as usize {
            let (x, y) = (s.get(i), s.get(j));
            s.set(i, y);
            s.set(j, x);
        }
    }
    NativeResult::none()
}

thread_local! {
    /// The on/off switches of the signal deliveries registered for each channel (by address),
    /// for signal.Stop. (Each delivery itself lives in the run's injectable events.)
    static DELIVERIES: RefCell<HashMap<usize, Vec<Rc<Cell<bool>>>>> = RefCell::new(HashMap::new());
    /// How many live Notify registrations the signal being raised reached (see [`raise`]).
    static HEARD: Cell<usize> = const { Cell::new(0) };
}

/// The name of signal `n`'s injectable event (the page's button for SIGINT says Ctrl+C).
fn signal_event(n: i64) -> String {
    match n {
        2 => "Ctrl+C (SIGINT)".to_string(),
        15 => "SIGTERM".to_string(),
        n => format!("signal {n}"),
    }
}

/// `notify(c, sigs)`: each signal becomes an event the page can inject; delivering it sends
/// the signal on `c` without blocking (a full channel misses it, as in Go).
fn notify(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let Value::Chan(c) = &a[0] else { return NativeResult::none() };
    let sigs = a[1].as_slice().map(|s| s.to_vec()).unwrap_or_default();
    for sig in sigs {
        let Some(name) = sig.dynamic().map(|(_, v)| signal_event(v.as_int())) else { continue };
        let on = Rc::new(Cell::new(true));
        DELIVERIES.with(|d| d.borrow_mut().entry(c.addr()).or_default().push(on.clone()));
        let c = c.clone();
        runtime::on_inject(&name, move || {
            if on.get() {
                HEARD.with(|h| h.set(h.get() + 1));
                c.try_send_internal(sig.clone());
            }
        });
    }
    NativeResult::none()
}

fn stop(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    if let Value::Chan(c) = &a[0] {
        let switches = DELIVERIES.with(|d| d.borrow_mut().remove(&c.addr())).unwrap_or_default();
        switches.iter().for_each(|on| on.set(false));
    }
    NativeResult::none()
}

/// `raise(sig)` (syscall.Kill of the program's own pid): the signal reaches every channel
/// Notify registered for it, as one from outside would. Nobody listening: the signal's
/// default action, which for these signals ends the process; `go run` then says
/// `signal: interrupt` (for SIGINT) and exits with status 1. Signal 0 only checks the pid.
fn raise(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let sig = int(a, 0);
    if sig == 0 {
        return NativeResult::none();
    }
    HEARD.with(|h| h.set(0));
    runtime::raise(&signal_event(sig));
    if HEARD.with(|h| h.get()) > 0 {
        return NativeResult::none();
    }
    let name = match sig {
        1 => "hangup",
        2 => "interrupt",
        3 => "quit",
        9 => "killed",
        10 => "user defined signal 1",
        12 => "user defined signal 2",
        13 => "broken pipe",
        14 => "alarm clock",
        15 => "terminated",
        _ => "",
    };
    if name.is_empty() {
        return NativeResult::none(); // e.g. SIGCHLD, SIGURG: ignored by default
    }
    runtime::eprint(format!("signal: {name}\n"));
    NativeResult::block(async move { runtime::exit::<NativeResult>(1).await })
}

/// `runtime.Caller(skip)`: the line of the Go frame `skip` levels above Caller's caller.
/// The program's functions are in `main.go`; a library function reports its package's
/// directory as the file (`log/`), with the line in chanlab's source of it.
fn caller(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let skip = int(a, 0).max(0) as usize;
    let frames = &cx.fiber.frames;
    let Some(f) = frames.len().checked_sub(1 + skip).and_then(|i| frames.get(i)) else {
        return NativeResult::Values(vec![Value::Int(0), super::str_val(""), Value::Int(0), Value::Bool(false)]);
    };
    let line = f.func.lines.get(f.pc.saturating_sub(1) as usize).copied().unwrap_or(0);
    let pkg = f.func.name.split('.').next().unwrap_or("main");
    let file = if pkg == "main" { "main.go".to_string() } else { format!("{pkg}/{pkg}.go") };
    let pc = Value::Int(f.pc as i64);
    NativeResult::Values(vec![pc, super::str_val(file), Value::Int(line as i64), Value::Bool(true)])
}
