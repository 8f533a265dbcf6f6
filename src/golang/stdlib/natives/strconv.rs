//! strconv natives over the Rust cores in `../strconv`.

use super::{bytes, int, ret, str_val};
use crate::golang::stdlib::strconv::{self as core, NumErr};
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::Value;

pub fn register(reg: &mut Registry) {
    reg.add("strconv.parseInt", parse_int);
    reg.add("strconv.parseUint", parse_uint);
    reg.add("strconv.parseFloat", parse_float);
    reg.add("strconv.parseFloatPrefix", parse_float_prefix);
    reg.add("strconv.FormatInt", format_int);
    reg.add("strconv.FormatUint", format_uint);
    reg.add("strconv.FormatFloat", format_float);
    reg.add("strconv.quote", quote);
    reg.add("strconv.quoteRune", quote_rune);
    reg.add("strconv.unquote", unquote);
    reg.add("strconv.unquoteChar", unquote_char);
    reg.add("strconv.CanBackquote", can_backquote);
    reg.add("strconv.IsPrint", is_print);
    reg.add("strconv.IsGraphic", is_graphic);
}

/// The error code the Go side turns into a *NumError.
fn code(e: Option<NumErr>) -> Value {
    Value::Int(match e {
        None => 0,
        Some(NumErr::Syntax) => 1,
        Some(NumErr::Range) => 2,
        Some(NumErr::Base) => 3,
        Some(NumErr::BitSize) => 4,
    })
}

fn parse_int(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (v, e) = core::parse_int(bytes(a, 0), int(a, 1), int(a, 2));
    ret(vec![Value::Int(v), code(e)])
}

fn parse_uint(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (v, e) = core::parse_uint(bytes(a, 0), int(a, 1), int(a, 2));
    ret(vec![Value::Int(v as i64), code(e)])
}

fn parse_float(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (v, e) = core::parse_float(bytes(a, 0), int(a, 1));
    ret(vec![Value::Float(v), code(e)])
}

/// `(value, length, error code)` for the float literal `s` starts with (length 0 and a
/// syntax error when none).
fn parse_float_prefix(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let s = bytes(a, 0);
    let Some(n) = core::float_prefix_len(s) else {
        return ret(vec![Value::Float(0.0), Value::Int(0), code(Some(NumErr::Syntax))]);
    };
    let (v, e) = core::parse_float(&s[..n], int(a, 1));
    ret(vec![Value::Float(v), Value::Int(n as i64), code(e)])
}

fn base(cx: &NativeCx, a: &[Value]) -> Result<u32, NativeResult> {
    let b = int(a, 1);
    if !(2..=36).contains(&b) {
        return Err(super::panic_str(cx, "strconv: illegal AppendInt/FormatInt base"));
    }
    Ok(b as u32)
}

fn format_int(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    match base(cx, a) {
        Ok(b) => NativeResult::one(str_val(core::format_int(int(a, 0), b))),
        Err(p) => p,
    }
}

fn format_uint(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    match base(cx, a) {
        Ok(b) => NativeResult::one(str_val(core::format_uint(int(a, 0) as u64, b))),
        Err(p) => p,
    }
}

fn format_float(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let x = a[0].as_float();
    let s = core::format_float(x, int(a, 1) as u8, int(a, 2).clamp(-1, 1 << 20) as i32, int(a, 3) as u32);
    NativeResult::one(str_val(s))
}

fn quote(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    NativeResult::one(str_val(core::quote_with(bytes(a, 0), b'"', a[1].as_bool(), a[2].as_bool())))
}

fn quote_rune(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    NativeResult::one(str_val(core::quote_rune_with(int(a, 0) as i32, a[1].as_bool(), a[2].as_bool())))
}

fn unquote(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    match core::unquote(bytes(a, 0)) {
        Some(v) => ret(vec![str_val(v), Value::Bool(true)]),
        None => ret(vec![str_val(""), Value::Bool(false)]),
    }
}

fn unquote_char(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    match core::unquote_char(bytes(a, 0), int(a, 1) as u8) {
        Some((r, mb, tail)) => ret(vec![Value::Int(r as i64), Value::Bool(mb), str_val(tail), Value::Bool(true)]),
        None => ret(vec![Value::Int(0), Value::Bool(false), str_val(""), Value::Bool(false)]),
    }
}

fn can_backquote(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    NativeResult::one(Value::Bool(crate::golang::stdlib::fmt::can_backquote(bytes(a, 0))))
}

fn is_print(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    NativeResult::one(Value::Bool(crate::golang::stdlib::unicode::is_print(int(a, 0) as i32)))
}

fn is_graphic(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    NativeResult::one(Value::Bool(crate::golang::stdlib::unicode::is_graphic(int(a, 0) as i32)))
}
