//! Live controls: a Go function the page (or a test) can call while the program runs, by
//! name (`context.control("cancel", cancel)` makes the "cancel()" button call `cancel`).

use super::bytes;
use crate::golang::vm::fiber::Fiber;
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::Value;
use crate::runtime;

pub fn register(reg: &mut Registry) {
    reg.add("context.control", control);
}

/// `control(name string, f func())`: injecting `name` calls `f` in a new goroutine at the
/// current virtual time (an injection runs outside every goroutine, and `f` may block).
fn control(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let name = String::from_utf8_lossy(bytes(args, 0)).into_owned();
    let f = args.get(1).cloned().unwrap_or(Value::Nil);
    let m = cx.fiber.m.clone();
    runtime::on_inject(&name, move || {
        Fiber::new(m.clone()).spawn_value(f.clone(), Vec::new(), "");
    });
    NativeResult::none()
}
