//! The Rust natives behind the body-less functions of the Go sources in `../go`, one module
//! per package group, registered by name (`fmt.Sprintf`, `(*sync.Mutex).Lock`).

mod atomic;
mod bessel;
mod bessel_tables;
mod besseln;
mod chacha8;
mod control;
mod erf;
mod expo;
mod fmt;
mod gamma;
mod gomath;
mod goval;
mod lgamma;
mod misc;
mod os;
mod powlog;
mod rngcooked;
mod strconv;
mod sync;
pub(crate) mod testing;
mod text;
mod time;
mod trig;
mod trigreduce;
mod ziggurat;

use crate::golang::types::{Basic, Type};
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::{GoStr, Value};

/// Register every standard-library native.
pub fn register(reg: &mut Registry) {
    control::register(reg);
    fmt::register(reg);
    os::register(reg);
    strconv::register(reg);
    text::register(reg);
    testing::register(reg);
    sync::register(reg);
    time::register(reg);
    misc::register(reg);
}

/// A Go string value from bytes.
pub(crate) fn str_val(b: impl Into<Vec<u8>>) -> Value {
    Value::Str(GoStr::new(b.into()))
}

/// The bytes of a `[]byte` value.
pub(crate) fn byte_slice(v: &Value) -> Vec<u8> {
    v.as_slice().map(|s| s.to_vec().iter().map(|b| b.as_int() as u8).collect()).unwrap_or_default()
}

/// A `[]byte` value.
pub(crate) fn byte_slice_val(b: &[u8]) -> Value {
    Value::slice(b.iter().map(|&c| Value::Int(c as i64)).collect())
}

/// Argument `i` as an integer (0 if absent).
pub(crate) fn int(args: &[Value], i: usize) -> i64 {
    args.get(i).map_or(0, Value::as_int)
}

/// Argument `i` as string bytes.
pub(crate) fn bytes(args: &[Value], i: usize) -> &[u8] {
    args.get(i).map_or(&[], Value::as_bytes)
}

/// Results of a native.
pub(crate) fn ret(vals: Vec<Value>) -> NativeResult {
    NativeResult::Values(vals)
}

/// `panic(msg)` with a string value, as Go's library panics are.
pub(crate) fn panic_str(cx: &NativeCx, msg: &str) -> NativeResult {
    match cx.types().index.get(&Type::Basic(Basic::String)) {
        Some(&t) => NativeResult::Panic(Value::iface(t, str_val(msg.as_bytes()))),
        None => NativeResult::Panic(Value::runtime_error(msg)),
    }
}

#[cfg(test)]
mod tests;
