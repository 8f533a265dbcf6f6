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

/// What follows `panic: ` for Go's chain of panics (oldest first, each with whether it was
/// recovered), as Go's `printpanics` prints it: one `panic: ` line per panic, later ones
/// indented by a tab, recovered ones marked `[recovered]`. A panic raised again with the
/// same value is printed once, the first as `[recovered, repanicked]` when it was recovered.
/// A memory fault's `[signal SIGSEGV ...]` line comes once, after the whole chain.
pub fn chain_text(fb: &mut Fiber, chain: &[(Value, bool)]) -> String {
    let mut out = String::new();
    let mut skip = false;
    let mut signal = None;
    for (i, (v, recovered)) in chain.iter().enumerate() {
        let repanicked = chain.get(i + 1).is_some_and(|(next, _)| same_value(v, next));
        if !std::mem::replace(&mut skip, repanicked) {
            if !out.is_empty() {
                out.push_str("\n\tpanic: ");
            }
            let text = indented(&panic_text(fb, v));
            let (value, sig) = text.split_at(text.find("\n[signal ").unwrap_or(text.len()));
            if !sig.is_empty() {
                signal = Some(sig.to_string());
            }
            out.push_str(value);
            match (recovered, repanicked) {
                (true, true) => out.push_str(" [recovered, repanicked]"),
                (true, false) => out.push_str(" [recovered]"),
                _ => {}
            }
        }
    }
    out + signal.as_deref().unwrap_or("")
}

/// Go's printindented: each newline of the value is followed by a tab (not the line a
/// memory fault adds, `[signal SIGSEGV: ...]`).
fn indented(text: &str) -> String {
    let (value, signal) = text.split_at(text.find("\n[signal ").unwrap_or(text.len()));
    value.replace('\n', "\n\t") + signal
}

/// Go's test for a panic raised again (the interface values are identical: same type and
/// same data; scalars and strings compare by value, as Go's static data would).
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Iface(x), Value::Iface(y)) => {
            std::rc::Rc::ptr_eq(x, y)
                || x.0 == y.0
                    && match (&x.1, &y.1) {
                        (Value::Int(p), Value::Int(q)) => p == q,
                        (Value::Bool(p), Value::Bool(q)) => p == q,
                        (Value::Str(p), Value::Str(q)) => p.as_bytes() == q.as_bytes(),
                        _ => false,
                    }
        }
        _ => false,
    }
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
        Float32 => match x {
            Value::Float(f) => print_float32(*f),
            x => print_basic(x),
        },
        Complex64 | Complex128 | UntypedComplex => super::complex::text(x, b == Complex64),
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

/// Go 1.27's `print(float64)`: the shortest decimal that reads back as `f`, as
/// `strconv.FormatFloat(f, 'g', -1, 64)` writes it (`1.5`, `1e+21`, `1e-07`, `+Inf`).
pub fn print_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    shortest_g(&format!("{f:e}"), &format!("{f}"))
}

/// Go 1.27's `print(float32)`: as [`print_float`], shortest for a float32.
pub fn print_float32(f: f64) -> String {
    let g = f as f32;
    if !g.is_finite() {
        return print_float(f);
    }
    shortest_g(&format!("{g:e}"), &format!("{g}"))
}

/// `%g` with the shortest digits: positional (`plain`, Rust's shortest) for exponents in
/// -4..6, else scientific (`sci` = Rust's `1.5e-7`) with Go's exponent (`e-07`).
fn shortest_g(sci: &str, plain: &str) -> String {
    let (m, e) = sci.split_once('e').unwrap_or((sci, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    if (-4..6).contains(&e) {
        return plain.to_string();
    }
    let esign = if e < 0 { '-' } else { '+' };
    format!("{m}e{esign}{:02}", e.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_go_print_does() {
        // Checked with Go 1.27.3's println.
        assert_eq!(print_float(1.5), "1.5");
        assert_eq!(print_float(-0.00025), "-0.00025");
        assert_eq!(print_float(1e21), "1e+21");
        assert_eq!(print_float(1e-7), "1e-07");
        assert_eq!(print_float(100.0), "100");
        assert_eq!(print_float(1234567.0), "1.234567e+06");
        assert_eq!(print_float(-0.0), "-0");
        assert_eq!(print_float32(0.1f32 as f64), "0.1");
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
