//! unicode, unicode/utf8 and math natives.

use super::{bytes, int, ret};
use crate::golang::stdlib::{unicode as uc, utf8};
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::Value;

macro_rules! rune_pred {
    ($($name:literal => $f:path),* $(,)?) => {
        fn register_preds(reg: &mut Registry) {
            $(reg.add($name, |_, a| NativeResult::one(Value::Bool($f(int(a, 0) as i32))));)*
        }
    };
}

rune_pred! {
    "unicode.IsLetter" => uc::is_letter,
    "unicode.IsDigit" => uc::is_digit,
    "unicode.IsNumber" => uc::is_number,
    "unicode.IsUpper" => uc::is_upper,
    "unicode.IsLower" => uc::is_lower,
    "unicode.IsSpace" => uc::is_space,
    "unicode.IsPunct" => uc::is_punct,
    "unicode.IsPrint" => uc::is_print,
    "unicode.IsGraphic" => uc::is_graphic,
    "unicode.IsControl" => uc::is_control,
}

macro_rules! rune_map {
    ($($name:literal => $f:path),* $(,)?) => {
        fn register_maps(reg: &mut Registry) {
            $(reg.add($name, |_, a| NativeResult::one(Value::Int($f(int(a, 0) as i32) as i64)));)*
        }
    };
}

rune_map! {
    "unicode.ToUpper" => uc::to_upper,
    "unicode.ToLower" => uc::to_lower,
    "unicode.ToTitle" => uc::to_title,
}

macro_rules! float_fn {
    ($($name:literal => |$x:ident| $e:expr),* $(,)?) => {
        fn register_math(reg: &mut Registry) {
            $(reg.add($name, |_, a| {
                let $x = a[0].as_float();
                NativeResult::one(Value::Float($e))
            });)*
        }
    };
}

float_fn! {
    "math.Sqrt" => |x| x.sqrt(),
    "math.Floor" => |x| x.floor(),
    "math.Ceil" => |x| x.ceil(),
    "math.Trunc" => |x| x.trunc(),
    "math.Round" => |x| x.round(),
    "math.RoundToEven" => |x| x.round_ties_even(),
    "math.Abs" => |x| x.abs(),
    "math.Exp" => |x| super::expo::exp(x),
    "math.Exp2" => |x| super::expo::exp2(x),
    "math.Expm1" => |x| super::powlog::expm1(x),
    "math.Log" => |x| super::gomath::log(x),
    "math.Log2" => |x| super::gomath::log2(x),
    "math.Log10" => |x| super::gomath::log10(x),
    "math.Log1p" => |x| super::powlog::log1p(x),
    "math.Sin" => |x| super::trig::sin(x),
    "math.Cos" => |x| super::trig::cos(x),
    "math.Tan" => |x| super::trig::tan(x),
    "math.Asin" => |x| super::gomath::asin(x),
    "math.Acos" => |x| super::gomath::acos(x),
    "math.Atan" => |x| super::gomath::atan(x),
    "math.Sinh" => |x| super::expo::sinh(x),
    "math.Cosh" => |x| super::expo::cosh(x),
    "math.Tanh" => |x| super::expo::tanh(x),
    "math.Cbrt" => |x| super::expo::cbrt(x),
    "math.Asinh" => |x| super::expo::asinh(x),
    "math.Acosh" => |x| super::expo::acosh(x),
    "math.Atanh" => |x| super::expo::atanh(x),
    "math.Erf" => |x| super::erf::erf(x),
    "math.Erfc" => |x| super::erf::erfc(x),
    "math.Erfinv" => |x| super::erf::erfinv(x),
    "math.Erfcinv" => |x| super::erf::erfinv(1.0 - x),
    "math.Gamma" => |x| super::gamma::gamma(x),
    "math.J0" => |x| super::bessel::j0(x),
    "math.J1" => |x| super::bessel::j1(x),
    "math.Y0" => |x| super::bessel::y0(x),
    "math.Y1" => |x| super::bessel::y1(x),
}

macro_rules! float2_fn {
    ($($name:literal => |$x:ident, $y:ident| $e:expr),* $(,)?) => {
        fn register_math2(reg: &mut Registry) {
            $(reg.add($name, |_, a| {
                let ($x, $y) = (a[0].as_float(), a[1].as_float());
                NativeResult::one(Value::Float($e))
            });)*
        }
    };
}

float2_fn! {
    "math.Pow" => |x, y| super::powlog::pow(x, y),
    "math.Atan2" => |y, x| super::gomath::atan2(y, x),
    "math.Hypot" => |x, y| super::expo::hypot(x, y),
    "math.Mod" => |x, y| super::expo::modulo(x, y),
    "math.Remainder" => |x, y| super::expo::remainder(x, y),
}

fn register_fma(reg: &mut Registry) {
    reg.add("math.FMA", |_, a| {
        NativeResult::one(Value::Float(a[0].as_float().mul_add(a[1].as_float(), a[2].as_float())))
    });
}

pub fn register(reg: &mut Registry) {
    register_preds(reg);
    register_maps(reg);
    register_math(reg);
    register_math2(reg);
    register_fma(reg);
    reg.add("bits.panicRuntime", |_, a| {
        NativeResult::Panic(Value::runtime_error(&String::from_utf8_lossy(bytes(a, 0))))
    });
    reg.add("math.Lgamma", |_, a| {
        let (v, sign) = super::lgamma::lgamma(a[0].as_float());
        ret(vec![Value::Float(v), Value::Int(sign)])
    });
    reg.add("math.Jn", |_, a| NativeResult::one(Value::Float(super::besseln::jn(int(a, 0), a[1].as_float()))));
    reg.add("math.Yn", |_, a| NativeResult::one(Value::Float(super::besseln::yn(int(a, 0), a[1].as_float()))));
    reg.add("math.Pow10", |_, a| NativeResult::one(Value::Float(super::expo::pow10(int(a, 0)))));
    reg.add("math.Ldexp", |_, a| NativeResult::one(Value::Float(super::expo::ldexp(a[0].as_float(), int(a, 1)))));
    reg.add("math.Float64bits", |_, a| NativeResult::one(Value::Int(a[0].as_float().to_bits() as i64)));
    reg.add("math.Float64frombits", |_, a| NativeResult::one(Value::Float(f64::from_bits(int(a, 0) as u64))));
    reg.add("math.Float32bits", |_, a| NativeResult::one(Value::Int((a[0].as_float() as f32).to_bits() as i64)));
    reg.add("math.Float32frombits", |_, a| NativeResult::one(Value::Float(f32::from_bits(int(a, 0) as u32) as f64)));
    reg.add("utf8.DecodeRuneInString", decode_rune);
    reg.add("utf8.DecodeLastRuneInString", decode_last_rune);
    reg.add("utf8.RuneLen", |_, a| NativeResult::one(Value::Int(utf8::rune_len(int(a, 0) as i32) as i64)));
    reg.add("utf8.AppendRune", append_rune);
    reg.add("utf8.RuneCountInString", |_, a| NativeResult::one(Value::Int(utf8::rune_count(bytes(a, 0)) as i64)));
    reg.add("utf8.ValidString", |_, a| NativeResult::one(Value::Bool(utf8::valid(bytes(a, 0)))));
    reg.add("utf8.FullRuneInString", |_, a| NativeResult::one(Value::Bool(utf8::full_rune(bytes(a, 0)))));
    reg.add("rand.runtimeRand", runtime_rand);
}

fn decode_rune(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (r, w) = utf8::decode_rune(bytes(a, 0));
    ret(vec![Value::Int(r as i64), Value::Int(w as i64)])
}

fn decode_last_rune(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (r, w) = utf8::decode_last_rune(bytes(a, 0));
    ret(vec![Value::Int(r as i64), Value::Int(w as i64)])
}

/// `AppendRune(p, r)`: appends to p's backing array when it has room, as `append` does.
fn append_rune(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let mut b = super::byte_slice(&a[0]);
    utf8::encode_rune(&mut b, int(a, 1) as i32);
    NativeResult::one(super::byte_slice_val(&b))
}

/// 64 random bits from the run's seeded generator (math/rand and math/rand/v2 build on it).
pub(crate) fn runtime_rand(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    let hi = crate::runtime::rand_below(u32::MAX) as u64;
    let lo = crate::runtime::rand_below(u32::MAX) as u64;
    NativeResult::one(Value::Int((hi << 32 | lo) as i64))
}
