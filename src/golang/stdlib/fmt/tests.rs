//! fmt against real Go 1.27.3: each case's expected text is what Go printed for the same
//! operands (the Go program is in the comment of each group). `TV` is a test value tree.

// Test inputs such as 3.14159 are values to format, not approximations of PI.
#![allow(clippy::approx_constant)]

use super::Method as M;
use super::{errorf, sprint, sprintf, sprintln, Kind, Value};

/// A test value: enough of Go's values to exercise every path of the printer.
#[derive(Clone)]
enum TV {
    Nil,
    Bool(bool),
    Int(i64, &'static str),
    Uint(u64, &'static str),
    F64(f64),
    F32(f32),
    C128(f64, f64),
    Str(&'static str),
    Slice(&'static str, Option<Vec<TV>>),
    Array(&'static str, Vec<TV>),
    Map(&'static str, Vec<(TV, TV)>),
    Struct(&'static str, Vec<(&'static str, TV)>),
    Ptr(&'static str, u64, Option<Box<TV>>),
    Iface(&'static str, Option<Box<TV>>),
    /// A named type with a `String` (or `Error` if `err`) method returning `Ok` or panicking.
    Method(&'static str, Box<TV>, bool, Result<&'static str, &'static str>),
}
use TV::*;

fn bytes(s: &str) -> TV {
    Slice("[]uint8", Some(s.bytes().map(|b| Uint(b as u64, "uint8")).collect()))
}
fn ints(v: &[i64]) -> TV {
    Slice("[]int", Some(v.iter().map(|&i| Int(i, "int")).collect()))
}
fn int(i: i64) -> TV {
    Int(i, "int")
}
fn t(a: i64, b: &'static str) -> TV {
    Struct("main.T", vec![("A", int(a)), ("B", Str(b))])
}
fn s_(i: i64) -> TV {
    Method("main.S", Box::new(int(i)), false, Ok("S!"))
}
fn err(msg: &'static str) -> TV {
    let inner = Struct("errors.errorString", vec![("s", Str(msg))]);
    Method("*errors.errorString", Box::new(Ptr("*errors.errorString", 0xc000, Some(Box::new(inner)))), true, Ok(msg))
}

impl Value for TV {
    fn kind(&self) -> Kind {
        match self {
            Nil => Kind::Invalid,
            Bool(_) => Kind::Bool,
            Int(..) => Kind::Int,
            Uint(..) => Kind::Uint,
            F64(_) => Kind::Float64,
            F32(_) => Kind::Float32,
            C128(..) => Kind::Complex128,
            Str(_) => Kind::String,
            Slice(..) => Kind::Slice,
            Array(..) => Kind::Array,
            Map(..) => Kind::Map,
            Struct(..) => Kind::Struct,
            Ptr(..) => Kind::Pointer,
            Iface(..) => Kind::Interface,
            Method(_, v, ..) => v.kind(),
        }
    }
    fn type_string(&self) -> String {
        match self {
            Nil => "<nil>",
            Bool(_) => "bool",
            Int(_, t) | Uint(_, t) => t,
            F64(_) => "float64",
            F32(_) => "float32",
            C128(..) => "complex128",
            Str(_) => "string",
            Slice(t, _) | Array(t, _) | Map(t, _) | Struct(t, _) | Ptr(t, ..) | Iface(t, _) | Method(t, ..) => t,
        }
        .to_string()
    }
    fn bool(&self) -> bool {
        matches!(self, Bool(true))
    }
    fn int(&self) -> u64 {
        match self {
            Int(i, _) => *i as u64,
            Uint(u, _) => *u,
            Method(_, v, ..) => v.int(),
            _ => 0,
        }
    }
    fn float(&self) -> f64 {
        match self {
            F64(f) => *f,
            F32(f) => *f as f64,
            _ => 0.0,
        }
    }
    fn complex(&self) -> (f64, f64) {
        match self {
            C128(r, i) => (*r, *i),
            _ => (0.0, 0.0),
        }
    }
    fn string(&self) -> Vec<u8> {
        match self {
            Str(s) => s.as_bytes().to_vec(),
            _ => vec![],
        }
    }
    fn len(&self) -> usize {
        match self {
            Slice(_, Some(v)) | Array(_, v) => v.len(),
            Struct(_, f) => f.len(),
            Method(_, v, ..) => v.len(),
            _ => 0,
        }
    }
    fn index(&self, i: usize) -> Self {
        match self {
            Slice(_, Some(v)) | Array(_, v) => v[i].clone(),
            Method(_, v, ..) => v.index(i),
            _ => Nil,
        }
    }
    fn is_nil(&self) -> bool {
        matches!(self, Slice(_, None) | Ptr(_, 0, _))
    }
    fn map_entries(&self) -> Vec<(Self, Self)> {
        match self {
            Map(_, e) => e.clone(),
            _ => vec![],
        }
    }
    fn field(&self, i: usize) -> (String, bool, Self) {
        match self {
            Struct(_, f) => {
                let (name, v) = &f[i];
                (name.to_string(), name.starts_with(|c: char| c.is_uppercase()), v.clone())
            }
            Method(_, v, ..) => v.field(i),
            _ => unreachable!(),
        }
    }
    fn elem(&self) -> Option<Self> {
        match self {
            Ptr(_, _, e) | Iface(_, e) => e.as_deref().cloned(),
            Method(_, v, ..) => v.elem(),
            _ => None,
        }
    }
    fn pointer(&self) -> u64 {
        match self {
            Ptr(_, a, _) => *a,
            Method(_, v, ..) => v.pointer(),
            _ => 0,
        }
    }
    fn elem_is_byte(&self) -> bool {
        matches!(self, Slice("[]uint8", _))
    }
    fn call(&mut self, m: M) -> Option<Result<Vec<u8>, Vec<u8>>> {
        match self {
            Method(_, _, is_err, r) if *is_err == (m == M::Error) && m != M::GoString => {
                Some(r.map(|s| s.as_bytes().to_vec()).map_err(|s| s.as_bytes().to_vec()))
            }
            _ => None,
        }
    }
}

fn f(format: &str, mut args: Vec<TV>) -> String {
    String::from_utf8(sprintf(format.as_bytes(), &mut args)).unwrap()
}

#[test]
fn print_and_println_spacing() {
    // fmt.Sprintln(1, "a", 2.5, true, nil); fmt.Sprint("a", 1, 2, "b", "c", 3.0)
    let mut a = vec![int(1), Str("a"), F64(2.5), Bool(true), Nil];
    assert_eq!(sprintln(&mut a), b"1 a 2.5 true <nil>\n");
    let mut b = vec![Str("a"), int(1), int(2), Str("b"), Str("c"), F64(3.0)];
    assert_eq!(sprint(&mut b), b"a1 2bc3");
    // fmt.Sprintln(S(1), []S{1, 2}, "3")
    let mut c = vec![s_(1), Slice("[]main.S", Some(vec![s_(1), s_(2)])), Str("3")];
    assert_eq!(sprintln(&mut c), b"S! [S! S!] 3\n");
}

#[test]
fn integers_runes_strings() {
    let ns = [42, 42, 42, -42, 255, 255, 8, 8, 5, 255, 8, 3, 3].map(int).to_vec();
    assert_eq!(
        f("%d %5d %-5d| %05d %x %X %o %O %b %#x %#o %+d % d", ns),
        "42    42 42   | -0042 ff FF 10 0o10 101 0xff 010 +3  3"
    );
    let rs = vec![Int(65, "int32"), Int(120, "int32"), int(0x1F600), Int(65, "int32"), int(7)];
    assert_eq!(f("%c %q %U %#U %q", rs), "A 'x' U+1F600 U+0041 'A' '\\a'");
    let ss = ["hello", "hello", "hello", "héllo", "hi\n", "hi", "hi", "a`b", "ab"].map(Str).to_vec();
    assert_eq!(
        f("%s|%10s|%-10s|%.2s|%q|%x|% X|%#q|%#q", ss),
        "hello|     hello|hello     |hé|\"hi\\n\"|6869|68 69|\"a`b\"|`ab`"
    );
    let mix = vec![int(-255), F64(-3.14159), Str("é"), F64(1.0), F64(1e6), Uint(7, "uint8")];
    assert_eq!(f("%x %08.3f %+q %#v %#v %#v", mix), "-ff -003.142 \"\\u00e9\" 1 1e+06 0x7");
    let pad = vec![Str("abcdef"), Str("a"), int(-42), Str("hello")];
    assert_eq!(f("%10.3s|%-8q|%08d|%12x|", pad), "       abc|\"a\"     |-0000042|  68656c6c6f|");
    assert_eq!(f("%#x % x %# x %X", vec![Str("hi"); 4]), "0x6869 68 69 0x68 0x69 6869");
    let small = vec![Bool(true), Bool(false), Int(-5, "int8"), Int(-5, "int8"), Uint(65535, "uint16"), int(-8)];
    assert_eq!(f("%5t|%-7t|%v|%x|%X|%o", small), " true|false  |-5|-5|FFFF|-10");
    let big = vec![Int(i64::MIN, "int64"), Uint(u64::MAX, "uint64")];
    assert_eq!(f("%v %v", big), "-9223372036854775808 18446744073709551615");
    assert_eq!(f("%d%%", vec![int(50)]), "50%");
}

#[test]
fn floats_and_complex() {
    let fs =
        [3.14159, 3.14159, 31415.9, 0.000123, 1e21, 1e-7, 3.14159, 2.5, 12345.678, 1e21, 1e-7, 100.0].map(F64).to_vec();
    assert_eq!(
        f("%f %.2f %e %E %g %G %8.3f %-8.2f| %+.1e %v %v %v", fs),
        "3.141590 3.14 3.141590e+04 1.230000E-04 1e+21 1E-07    3.142 2.50    | +1.2e+04 1e+21 1e-07 100"
    );
    assert_eq!(f("%v %.2f", vec![C128(1.0, -2.0); 2]), "(1-2i) (1.00-2.00i)");
    assert_eq!(f("%6.2v|%v|%v", vec![F64(3.14159), F32(0.1), F32(16777216.0)]), "   3.1|0.1|1.6777216e+07");
    let r = vec![F64(2.5), F64(3.5), F64(0.05), F64(99.5), Int(233, "int32"), Int(120, "int32")];
    assert_eq!(f("%.0f %.0f %.1f %5.1f%% %3c|%-4c|", r), "2 4 0.1  99.5%   é|x   |");
    let g = [0.0, 0.0, 1e100, 123456.0, 1.0 / 3.0, 2.0, 1.0, 2.5].map(F64).to_vec();
    assert_eq!(f("%g %g %g %.3g %.10g %#g %#.3g %#v", g), "0 0 1e+100 1.23e+05 0.3333333333 2.00000 1.00 2.5");
    assert_eq!(f("%e %.3e %b", vec![F64(0.0), F64(1e-300), F64(1.0)]), "0.000000e+00 1.000e-300 4503599627370496p-52");
    assert_eq!(f("%x %X", vec![F64(3.5), F64(-1.0)]), "0x1.cp+01 -0X1P+00");
}

#[test]
fn errors_in_formats() {
    assert_eq!(f("%d", vec![Str("hi")]), "%!d(string=hi)");
    assert_eq!(f("%d %d", vec![int(1)]), "1 %!d(MISSING)");
    assert_eq!(f("%d", vec![int(1), int(2)]), "1%!(EXTRA int=2)");
    assert_eq!(f("%", vec![]), "%!(NOVERB)");
    assert_eq!(f("%*d", vec![Str("x"), int(5)]), "%!(BADWIDTH)5");
    assert_eq!(f("%[2]d %[1]d", vec![int(1), int(2)]), "2 1");
    assert_eq!(f("%[3]d", vec![int(1)]), "%!d(BADINDEX)");
    let bad = vec![int(5), Nil, ints(&[1, 2]), ints(&[10, 11]), t(1, "x")];
    assert_eq!(f("%s %d %d %x %s", bad), "%!s(int=5) %!d(<nil>) [1 2] [a b] {%!s(int=1) x}");
    assert_eq!(f("%w", vec![err("x")]), "%!w(*errors.errorString=&{x})");
    assert_eq!(f("%!", vec![int(1)]), "%!!(int=1)");
    let star = vec![int(2), F64(3.14159), int(4), int(7), int(-4), int(7)];
    assert_eq!(f("%.*f|%-*d|%*d", star), "3.14|7   |7   ");
    assert_eq!(f("%[1]d %[1]x %[1]o %#[1]b", vec![int(10)]), "10 a 12 0b1010");
    let panicky = Method("main.P", Box::new(int(1)), false, Err("boom"));
    let p2 = Method("main.P", Box::new(int(2)), false, Err("boom"));
    assert_eq!(f("%v %d", vec![panicky, p2]), "%!v(PANIC=String method: boom) 2");
}

#[test]
fn composites() {
    assert_eq!(f("%v %+v %#v", vec![t(1, "x"); 3]), "{1 x} {A:1 B:x} main.T{A:1, B:\"x\"}");
    let p = |a, b| Ptr("*main.T", 0xc000, Some(Box::new(t(a, b))));
    assert_eq!(f("%v %+v", vec![p(1, "x"), p(2, "y")]), "&{1 x} &{A:2 B:y}");
    let m = Map("map[string]int", vec![(Str("b"), int(2)), (Str("a"), int(1))]);
    assert_eq!(f("%v %#v", vec![m.clone(), m]), "map[a:1 b:2] map[string]int{\"a\":1, \"b\":2}");
    let strs = Slice("[]string", Some(vec![Str("a"), Str("b")]));
    let lists = vec![ints(&[1, 2, 3]), ints(&[1, 2, 3]), Slice("[]int", None), strs.clone()];
    assert_eq!(f("%v %#v %#v %q", lists), "[1 2 3] []int{1, 2, 3} []int(nil) [\"a\" \"b\"]");
    assert_eq!(f("%s", vec![strs]), "[a b]");
    assert_eq!(f("%s %x %X %v %#v %q", vec![bytes("hi"); 6]), "hi 6869 6869 [104 105] []byte{0x68, 0x69} \"hi\"");
    let u = Struct("main.U", vec![("A", s_(1)), ("b", s_(2))]);
    assert_eq!(f("%v %+v", vec![u.clone(), u]), "{S! 2} {A:S! b:2}");
    let ts = vec![int(1), Str("s"), ints(&[]), Map("map[string]int", vec![]), t(0, ""), p(0, ""), Nil];
    assert_eq!(f("%T %T %T %T %T %T %T", ts), "int string []int map[string]int main.T *main.T <nil>");
    let anys =
        Slice("[]interface {}", Some(vec![Iface("interface {}", None), Iface("interface {}", Some(Box::new(int(1))))]));
    let anys2 = Slice("[]interface {}", Some(vec![Iface("interface {}", None)]));
    assert_eq!(f("%v %#v", vec![anys, anys2]), "[<nil> 1] []interface {}{interface {}(nil)}");
    assert_eq!(f("%p %v %#v", vec![Ptr("*int", 0, None); 3]), "0x0 <nil> (*int)(nil)");
    let errs = Slice("[]error", Some(vec![Iface("error", Some(Box::new(err("e1"))))]));
    assert_eq!(f("%v %q %v %s", vec![err("boom"), err("boom"), errs, Nil]), "boom \"boom\" [e1] %!s(<nil>)");
    let bm = Map("map[int]bool", vec![(int(3), Bool(true)), (int(1), Bool(false)), (int(2), Bool(true))]);
    let arr = Array("[2]bool", vec![Bool(true), Bool(false)]);
    let w = vec![bm, arr, Str("abcdef"), ints(&[1]), t(0, "")];
    assert_eq!(
        f("%v %v %.3v %10v|%-10v|", w),
        "map[1:false 2:true 3:true] [true false] abc [         1]|{0                    }|"
    );
    let empty = Struct("struct {}", vec![]);
    let with_slice = Struct("struct { A []int }", vec![("A", ints(&[1]))]);
    let with_ptr = Struct("struct { P *main.T }", vec![("P", Ptr("*main.T", 0, None))]);
    assert_eq!(f("%v %v %+v", vec![empty, with_slice, with_ptr]), "{} {[1]} {P:<nil>}");
    let ts = Slice("[]main.T", Some(vec![t(1, "a")]));
    assert_eq!(f("%+v", vec![ts]), "[{A:1 B:a}]");
}

#[test]
fn errorf_collects_wrapped_operands() {
    let mut args = vec![err("a"), int(1), err("b")];
    let (msg, wrapped) = errorf(b"x: %w %d %w", &mut args);
    assert_eq!((String::from_utf8(msg).unwrap().as_str(), wrapped), ("x: a 1 b", vec![0, 2]));
    let mut args = vec![int(1)];
    let (msg, _) = errorf(b"%w", &mut args);
    assert_eq!(msg, b"%!w(int=1)");
}
