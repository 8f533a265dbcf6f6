//! Natives the VM itself provides: the builtins `print`/`println` (to stderr, as Go's do)
//! and a minimal `fmt.Println`/`fmt.Printf`/`fmt.Sprintf` (`%d %s %v`) used until the
//! standard library's `fmt` registers its own (a later registration replaces these).

use super::native::{NativeCx, NativeResult, Registry};
use super::panics::print_basic;
use super::value::Value;
use crate::golang::types::{Basic, Type};

/// Register the VM's own natives.
pub fn register(reg: &mut Registry) {
    reg.add("builtin.print", builtin_print);
    reg.add("builtin.println", builtin_println);
    reg.add("builtin.close", builtin_close);
    reg.add("builtin.panic", builtin_panic);
    reg.add("builtin.runtimeErrorError", runtime_error_error);
    reg.add("runtime.Goexit", goexit);
    reg.add("sort.sliceSwap", slice_swap);
    reg.add("sort.sliceLen", slice_len);
    reg.add("fmt.Println", fmt_println);
    reg.add("fmt.Printf", fmt_printf);
    reg.add("fmt.Sprintf", fmt_sprintf);
    reg.add("fmt.Sprint", fmt_sprint);
}

/// What `print` writes for `v`: a string's own bytes (valid UTF-8 or not, as Go), else its
/// text.
fn print_bytes(v: &Value) -> Vec<u8> {
    match v {
        Value::Str(s) => s.as_bytes().to_vec(),
        v => print_basic(v).into_bytes(),
    }
}

fn builtin_print(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    crate::runtime::write_bytes(true, args.iter().flat_map(print_bytes).collect());
    NativeResult::none()
}

/// `defer close(ch)` / `go close(ch)`.
fn builtin_close(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    match args.first() {
        Some(Value::Chan(c)) => {
            let fut = c.close().at(cx.site());
            NativeResult::block(async move {
                fut.await;
                NativeResult::none()
            })
        }
        _ => NativeResult::Panic(Value::iface(super::value::RUNTIME_ERROR, Value::str("close of nil channel"))),
    }
}

/// The panic value `runtime.Goexit` raises: the fiber unwinds running deferred calls,
/// `recover` does not see it, and the goroutine ends.
pub struct Goexit;

fn goexit(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NativeResult::Panic(Value::Native(std::rc::Rc::new(Goexit)))
}

/// `Error()` of a runtime error value (the receiver is its message).
fn runtime_error_error(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    NativeResult::one(args.first().cloned().unwrap_or_else(|| Value::str("")))
}

/// `sort.sliceSwap(x any, i, j int)`: swap two elements of the slice inside `x`.
fn slice_swap(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let s = args.first().and_then(|x| x.dynamic()).and_then(|(_, v)| v.as_slice());
    let (i, j) = (args.get(1).map_or(0, Value::as_int), args.get(2).map_or(0, Value::as_int));
    if let Some(s) = s {
        if i >= 0 && j >= 0 && (i as u32) < s.len && (j as u32) < s.len {
            let mut a = s.arr.borrow_mut();
            a.swap(s.off as usize + i as usize, s.off as usize + j as usize);
        }
    }
    NativeResult::none()
}

/// `sort.sliceLen(x any) int`.
fn slice_len(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let n = args.first().and_then(|x| x.dynamic()).and_then(|(_, v)| v.as_slice()).map_or(0, |s| s.len);
    NativeResult::one(Value::Int(n as i64))
}

/// `defer panic(v)`.
fn builtin_panic(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    NativeResult::Panic(args.first().cloned().unwrap_or(Value::Nil))
}

fn builtin_println(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let mut out = args.iter().map(print_bytes).collect::<Vec<_>>().join(&b' ');
    out.push(b'\n');
    crate::runtime::write_bytes(true, out);
    NativeResult::none()
}

/// The variadic `...any` argument's elements.
fn varargs(args: &[Value]) -> Vec<Value> {
    args.last().and_then(Value::as_slice).map(|s| s.to_vec()).unwrap_or_default()
}

/// `%v` of a value, minimal: basic types, slices, structs, pointers, maps (unsorted).
pub fn format_v(cx: &NativeCx, v: &Value) -> String {
    match v {
        Value::Nil => "<nil>".into(),
        Value::Iface(b) => {
            let u = cx.underlying(b.0);
            match (cx.type_of(u), &b.1) {
                (
                    Type::Basic(
                        Basic::Uint | Basic::Uint8 | Basic::Uint16 | Basic::Uint32 | Basic::Uint64 | Basic::Uintptr,
                    ),
                    x,
                ) => (x.as_int() as u64).to_string(),
                (_, x) => format_v(cx, x),
            }
        }
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format!("{f}"),
        Value::Str(s) => s.to_string_lossy(),
        Value::Slice { .. } => {
            let items: Vec<String> =
                v.as_slice().map(|s| s.to_vec()).unwrap_or_default().iter().map(|x| format_v(cx, x)).collect();
            format!("[{}]", items.join(" "))
        }
        Value::Agg(a) => {
            let items: Vec<String> = a.borrow().iter().map(|x| format_v(cx, x)).collect();
            format!("{{{}}}", items.join(" "))
        }
        Value::Ptr(p) => match p.load() {
            Value::Agg(_) => format!("&{}", format_v(cx, &p.load())),
            _ => "0xc000012120".into(),
        },
        Value::Map(m) => {
            let m = m.borrow();
            let items: Vec<String> =
                m.entries.iter().flatten().map(|(k, x)| format!("{}:{}", format_v(cx, k), format_v(cx, x))).collect();
            format!("map[{}]", items.join(" "))
        }
        Value::Chan(_) | Value::Func(_) | Value::Native(_) => "0xc000012120".into(),
    }
}

fn sprint(cx: &NativeCx, items: &[Value], spaces: bool) -> String {
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        let is_str = |v: &Value| matches!(v, Value::Iface(b) if matches!(b.1, Value::Str(_)));
        if i > 0 && (spaces || !is_str(v) && !is_str(&items[i - 1])) {
            out.push(' ');
        }
        out.push_str(&format_v(cx, v));
    }
    out
}

fn fmt_println(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let s = sprint(cx, &varargs(args), true) + "\n";
    let n = s.len();
    crate::runtime::print(s);
    NativeResult::Values(vec![Value::Int(n as i64), Value::Nil])
}

fn fmt_sprint(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    NativeResult::one(Value::str(&sprint(cx, &varargs(args), false)))
}

/// `Sprintf` with `%d %s %v %%` (no flags or widths).
pub fn sprintf(cx: &NativeCx, format: &[u8], items: &[Value]) -> String {
    let mut out = String::new();
    let mut next = 0;
    let mut i = 0;
    let text = String::from_utf8_lossy(format).into_owned();
    let b = text.as_bytes();
    while i < b.len() {
        if b[i] != b'%' || i + 1 >= b.len() {
            let c = text[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let verb = b[i + 1];
        i += 2;
        if verb == b'%' {
            out.push('%');
            continue;
        }
        match items.get(next) {
            Some(v) => out.push_str(&format_v(cx, v)),
            None => out.push_str(&format!("%!{}(MISSING)", verb as char)),
        }
        next += 1;
    }
    out
}

fn fmt_printf(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let s = sprintf(cx, args.first().map(Value::as_bytes).unwrap_or(&[]), &varargs(args));
    let n = s.len();
    crate::runtime::print(s);
    NativeResult::Values(vec![Value::Int(n as i64), Value::Nil])
}

fn fmt_sprintf(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    NativeResult::one(Value::str(&sprintf(cx, args.first().map(Value::as_bytes).unwrap_or(&[]), &varargs(args))))
}
