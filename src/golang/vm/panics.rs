//! What `panic: ...` prints for a panic value, as Go's `printpanicval` does: an error's
//! `Error()`, a Stringer's `String()`, basic values as `print` prints them, named basic types
//! as `main.T(5)` / `main.S("x")`, anything else as `(main.T) 0x...`; a nil dereference adds
//! Go's `[signal SIGSEGV ...]` line.

use super::fiber::Fiber;
use super::typename::{type_string, underlying};
use super::value::{Value, RUNTIME_ERROR};
use crate::golang::types::{Basic, Type};

const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

/// The text after `panic: `, calling `Error()`/`String()` methods on the fiber.
pub fn panic_text(fb: &mut Fiber, v: &Value) -> String {
    if let Some((t, _)) = v.dynamic().filter(|(t, _)| *t != RUNTIME_ERROR) {
        for m in ["Error", "String"] {
            if let Some(f) = fb.m.method(t, m) {
                let recv = v.dynamic().map(|(_, x)| x.clone()).unwrap_or(Value::Nil);
                if let Ok(r) = fb.call_now(&f, vec![recv]) {
                    let s = r.first().map(|s| String::from_utf8_lossy(s.as_bytes()).into_owned()).unwrap_or_default();
                    return s;
                }
            }
        }
        let prog = fb.m.prog.clone();
        return custom(&prog, v);
    }
    panic_text_plain(v)
}

/// The text after `panic: ` without calling methods.
pub fn panic_text_plain(v: &Value) -> String {
    match v {
        Value::Nil => "runtime error: panic called with nil argument".into(),
        Value::Iface(b) if b.0 == RUNTIME_ERROR => {
            let s = String::from_utf8_lossy(b.1.as_bytes()).into_owned();
            if s == NIL_DEREF {
                format!("{s}\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
            } else {
                s
            }
        }
        Value::Iface(b) => print_basic(&b.1),
        v => print_basic(v),
    }
}

fn custom(prog: &super::code::Program, v: &Value) -> String {
    let Some((t, x)) = v.dynamic() else { return panic_text_plain(v) };
    if t == RUNTIME_ERROR {
        return panic_text_plain(v);
    }
    let name = type_string(prog, t);
    let u = underlying(&prog.types, t);
    let basic = match prog.types.types.get(u.0 as usize) {
        Some(Type::Basic(b)) => Some(*b),
        _ => None,
    };
    let named = matches!(prog.types.types.get(t.0 as usize), Some(Type::Named { .. }));
    match basic {
        Some(Basic::String) if named => format!("{name}(\"{}\")", String::from_utf8_lossy(x.as_bytes())),
        Some(b) if named => format!("{name}({})", print_typed(x, b)),
        Some(b) => print_typed(x, b),
        None => format!("({name}) 0xc000012120"),
    }
}

fn print_typed(x: &Value, b: Basic) -> String {
    use Basic::*;
    match b {
        Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => (x.as_int() as u64).to_string(),
        _ => print_basic(x),
    }
}

/// A value as Go's builtin `print` prints it.
pub fn print_basic(v: &Value) -> String {
    match v {
        Value::Nil => "nil".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => print_float(*f),
        Value::Str(s) => s.to_string_lossy(),
        _ => "0xc000012120".into(),
    }
}

/// Go's `print(float64)`: `+1.500000e+000`.
pub fn print_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    let s = format!("{:.6e}", f.abs());
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let sign = if f.is_sign_negative() { '-' } else { '+' };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}{m}e{esign}{:03}", e.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_go_print_does() {
        assert_eq!(print_float(1.5), "+1.500000e+000");
        assert_eq!(print_float(-0.00025), "-2.500000e-004");
    }

    #[test]
    fn nil_dereference_adds_the_signal_line() {
        let t = panic_text_plain(&Value::runtime_error("invalid memory address or nil pointer dereference"));
        assert!(t.ends_with("\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"), "{t}");
        assert_eq!(
            panic_text_plain(&Value::runtime_error("integer divide by zero")),
            "runtime error: integer divide by zero"
        );
    }
}
