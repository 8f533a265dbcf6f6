//! fmt's value walker (Go's `printArg`/`printValue`): one operand and one verb, through
//! composite values, calling `Error`/`String`/`GoString` where Go would.

use super::format::{Fmt, LDIGITS, UDIGITS};
use super::{sort, Kind, Method, Value};

/// A printer: the output so far and the state of the current verb.
#[derive(Default)]
pub struct Printer {
    pub fmt: Fmt,
    /// Inside `%!verb(type=value)`: methods are not called.
    erroring: bool,
    /// `Errorf`: `%w` is allowed.
    wrap_errs: bool,
    /// Argument indexes of the `%w` verbs seen.
    pub wrapped: Vec<usize>,
    pub(super) reordered: bool,
    /// Below an unexported struct field: methods are not called (Go's `CanInterface`).
    no_methods: bool,
}

impl Printer {
    pub fn new(wrap_errs: bool) -> Self {
        Printer { wrap_errs, ..Default::default() }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.fmt.buf
    }

    pub(super) fn write(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    /// `Print`: spaces between operands when neither side is a string.
    pub fn do_print<V: Value>(&mut self, args: &mut [V]) {
        let mut prev_string = false;
        for (i, arg) in args.iter_mut().enumerate() {
            let is_string = arg.kind() == Kind::String;
            if i > 0 && !is_string && !prev_string {
                self.write(b" ");
            }
            self.print_arg(arg, 'v');
            prev_string = is_string;
        }
    }

    /// `Println`: spaces between all operands, then a newline.
    pub fn do_println<V: Value>(&mut self, args: &mut [V]) {
        for (i, arg) in args.iter_mut().enumerate() {
            if i > 0 {
                self.write(b" ");
            }
            self.print_arg(arg, 'v');
        }
        self.write(b"\n");
    }

    /// `%!verb(type=value)`.
    pub(super) fn bad_verb<V: Value>(&mut self, v: Option<&mut V>, verb: char) {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(");
        match v {
            Some(v) if v.kind() != Kind::Invalid => {
                self.write(v.type_string().as_bytes());
                self.write(b"=");
                self.print_value(v, 'v', 0);
            }
            _ => self.write(b"<nil>"),
        }
        self.write(b")");
        self.erroring = false;
    }

    pub(super) fn write_rune(&mut self, r: char) {
        let mut b = [0u8; 4];
        self.write(r.encode_utf8(&mut b).as_bytes());
    }

    /// One operand of a verb (`depth` 0).
    pub fn print_arg<V: Value>(&mut self, arg: &mut V, verb: char) {
        if arg.kind() == Kind::Invalid {
            match verb {
                'T' | 'v' => self.fmt.pad(b"<nil>"),
                _ => self.bad_verb(None::<&mut V>, verb),
            }
            return;
        }
        match verb {
            'T' => return self.fmt.fmt_s(arg.type_string().as_bytes()),
            'p' => return self.fmt_pointer(arg, 'p'),
            _ => {}
        }
        if !self.handle_methods(arg, verb) {
            self.print_value(arg, verb, 0);
        }
    }

    /// Call `Error`/`String` (or `GoString` for `%#v`) if the verb accepts a string.
    fn handle_methods<V: Value>(&mut self, v: &mut V, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            let is_err = v.call(Method::Error);
            if is_err.is_none() || !self.wrap_errs {
                self.bad_verb(Some(v), verb);
                return true;
            }
            verb = 'v';
            return self.method_result(v, is_err, verb, "Error");
        }
        if self.fmt.f.sharp_v {
            return match v.call(Method::GoString) {
                None => false,
                Some(Ok(s)) => {
                    self.fmt.fmt_s(&s);
                    true
                }
                r => self.method_result(v, r, verb, "GoString"),
            };
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        if let Some(r) = v.call(Method::Error) {
            return self.method_result(v, Some(r), verb, "Error");
        }
        if let Some(r) = v.call(Method::String) {
            return self.method_result(v, Some(r), verb, "String");
        }
        false
    }

    /// Print a method's result as a string, or its panic as `%!v(PANIC=String method: x)`.
    fn method_result<V: Value>(
        &mut self,
        v: &mut V,
        r: Option<Result<Vec<u8>, Vec<u8>>>,
        verb: char,
        name: &str,
    ) -> bool {
        match r {
            None => false,
            Some(Ok(s)) => {
                self.fmt_string(None::<&mut V>, &s, verb);
                true
            }
            Some(Err(panic)) => {
                if v.kind() == Kind::Pointer && v.is_nil() {
                    self.write(b"<nil>");
                    return true;
                }
                let flags = self.fmt.f;
                self.fmt.clear_flags();
                self.write(b"%!");
                self.write_rune(verb);
                self.write(b"(PANIC=");
                self.write(name.as_bytes());
                self.write(b" method: ");
                self.write(&panic);
                self.write(b")");
                self.fmt.f = flags;
                true
            }
        }
    }

    /// A value reached at `depth` (operands are depth 0; their elements deeper).
    pub(super) fn print_value<V: Value>(&mut self, v: &mut V, verb: char, depth: usize) {
        let methods = depth > 0 && !self.no_methods && v.kind() != Kind::Invalid;
        if methods && self.handle_methods(v, verb) {
            return;
        }
        match v.kind() {
            Kind::Invalid => {
                if depth == 0 {
                    self.write(b"<invalid reflect.Value>");
                } else if verb == 'v' {
                    self.write(b"<nil>");
                } else {
                    self.bad_verb(None::<&mut V>, verb);
                }
            }
            Kind::Bool => match verb {
                't' | 'v' => self.fmt.fmt_boolean(v.bool()),
                _ => self.bad_verb(Some(v), verb),
            },
            Kind::Int => self.fmt_integer(v, v.int(), true, verb),
            Kind::Uint => self.fmt_integer(v, v.int(), false, verb),
            Kind::Float32 => self.fmt_float(v, v.float(), 32, verb),
            Kind::Float64 => self.fmt_float(v, v.float(), 64, verb),
            Kind::Complex64 => self.fmt_complex(v, 64, verb),
            Kind::Complex128 => self.fmt_complex(v, 128, verb),
            Kind::String => {
                let s = v.string();
                self.fmt_string(Some(v), &s, verb)
            }
            Kind::Map => self.print_map(v, verb, depth),
            Kind::Struct => self.print_struct(v, verb, depth),
            Kind::Interface => match v.elem() {
                Some(mut e) => self.print_value(&mut e, verb, depth + 1),
                None if self.fmt.f.sharp_v => {
                    self.write(v.type_string().as_bytes());
                    self.write(b"(nil)");
                }
                None => self.write(b"<nil>"),
            },
            Kind::Array | Kind::Slice => self.print_list(v, verb, depth),
            Kind::Pointer => {
                if depth == 0 && !v.is_nil() {
                    if let Some(mut e) = v.elem() {
                        if matches!(e.kind(), Kind::Array | Kind::Slice | Kind::Struct | Kind::Map) {
                            self.write(b"&");
                            return self.print_value(&mut e, verb, depth + 1);
                        }
                    }
                }
                self.fmt_pointer(v, verb)
            }
            Kind::Chan | Kind::Func | Kind::UnsafePointer => self.fmt_pointer(v, verb),
        }
    }

    pub(super) fn fmt_integer<V: Value>(&mut self, v: &mut V, u: u64, signed: bool, verb: char) {
        let f = &mut self.fmt;
        match verb {
            'v' if f.f.sharp_v && !signed => self.fmt_0x64(u, true),
            'v' | 'd' => f.fmt_integer(u, 10, signed, verb, LDIGITS),
            'b' => f.fmt_integer(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => f.fmt_integer(u, 8, signed, verb, LDIGITS),
            'x' => f.fmt_integer(u, 16, signed, verb, LDIGITS),
            'X' => f.fmt_integer(u, 16, signed, verb, UDIGITS),
            'c' => f.fmt_c(u),
            'q' => f.fmt_qc(u),
            'U' => f.fmt_unicode(u),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_0x64(&mut self, u: u64, leading_0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading_0x;
        self.fmt.fmt_integer(u, 16, false, 'v', LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    fn fmt_float<V: Value>(&mut self, v: &mut V, x: f64, size: u32, verb: char) {
        match verb {
            'v' => self.fmt.fmt_float(x, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(x, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(x, size, verb as u8, 6),
            'F' => self.fmt.fmt_float(x, size, b'f', 6),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_complex<V: Value>(&mut self, v: &mut V, size: u32, verb: char) {
        if !matches!(verb, 'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E') {
            return self.bad_verb(Some(v), verb);
        }
        let (re, im) = v.complex();
        let plus = self.fmt.f.plus;
        self.write(b"(");
        self.fmt_float(v, re, size / 2, verb);
        self.fmt.f.plus = true;
        self.fmt_float(v, im, size / 2, verb);
        self.write(b"i)");
        self.fmt.f.plus = plus;
    }

    /// A string operand (or a method's result, `v` None).
    fn fmt_string<V: Value>(&mut self, v: Option<&mut V>, s: &[u8], verb: char) {
        match verb {
            'v' if self.fmt.f.sharp_v => self.fmt.fmt_q(s),
            'v' | 's' => self.fmt.fmt_s(s),
            'x' => self.fmt.fmt_sbx(s, LDIGITS),
            'X' => self.fmt.fmt_sbx(s, UDIGITS),
            'q' => self.fmt.fmt_q(s),
            _ => self.bad_verb(v, verb),
        }
    }

    /// `%p`, and `%v` of chans, funcs and pointers.
    pub(super) fn fmt_pointer<V: Value>(&mut self, v: &mut V, verb: char) {
        if !matches!(v.kind(), Kind::Chan | Kind::Func | Kind::Map | Kind::Pointer | Kind::Slice | Kind::UnsafePointer)
        {
            return self.bad_verb(Some(v), verb);
        }
        let u = v.pointer();
        match verb {
            'v' if self.fmt.f.sharp_v => {
                self.write(b"(");
                self.write(v.type_string().as_bytes());
                self.write(b")(");
                if u == 0 {
                    self.write(b"nil");
                } else {
                    self.fmt_0x64(u, true);
                }
                self.write(b")");
            }
            'v' if u == 0 => self.fmt.pad(b"<nil>"),
            'v' | 'p' => self.fmt_0x64(u, !self.fmt.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(v, u, false, verb),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn separator(&mut self, i: usize) {
        if i > 0 {
            self.write(if self.fmt.f.sharp_v { b", " } else { b" " });
        }
    }

    fn print_map<V: Value>(&mut self, v: &mut V, verb: char, depth: usize) {
        if self.fmt.f.sharp_v {
            self.write(v.type_string().as_bytes());
            if v.is_nil() {
                return self.write(b"(nil)");
            }
            self.write(b"{");
        } else {
            self.write(b"map[");
        }
        let mut entries = v.map_entries();
        sort::sort_entries(&mut entries);
        for (i, (k, e)) in entries.iter_mut().enumerate() {
            self.separator(i);
            self.print_value(k, verb, depth + 1);
            self.write(b":");
            self.print_value(e, verb, depth + 1);
        }
        self.write(if self.fmt.f.sharp_v { b"}" } else { b"]" });
    }

    fn print_struct<V: Value>(&mut self, v: &mut V, verb: char, depth: usize) {
        if self.fmt.f.sharp_v {
            self.write(v.type_string().as_bytes());
        }
        self.write(b"{");
        for i in 0..v.len() {
            self.separator(i);
            let (name, exported, mut f) = v.field(i);
            if (self.fmt.f.plus_v || self.fmt.f.sharp_v) && !name.is_empty() {
                self.write(name.as_bytes());
                self.write(b":");
            }
            let saved = self.no_methods;
            self.no_methods |= !exported;
            self.print_value(&mut f, verb, depth + 1);
            self.no_methods = saved;
        }
        self.write(b"}");
    }

    fn print_list<V: Value>(&mut self, v: &mut V, verb: char, depth: usize) {
        if matches!(verb, 's' | 'q' | 'x' | 'X') && v.elem_is_byte() {
            let bytes: Vec<u8> = (0..v.len()).map(|i| v.index(i).int() as u8).collect();
            return self.fmt_bytes(v, &bytes, verb);
        }
        if self.fmt.f.sharp_v {
            let ty = v.type_string();
            // An operand of type []byte is printed by its static name (Go's printArg).
            let ty = if depth == 0 && ty == "[]uint8" { "[]byte".to_string() } else { ty };
            self.write(ty.as_bytes());
            if v.kind() == Kind::Slice && v.is_nil() {
                return self.write(b"(nil)");
            }
            self.write(b"{");
        } else {
            self.write(b"[");
        }
        for i in 0..v.len() {
            self.separator(i);
            self.print_value(&mut v.index(i), verb, depth + 1);
        }
        self.write(if self.fmt.f.sharp_v { b"}" } else { b"]" });
    }

    /// `%s %q %x %X` of a byte slice or array.
    fn fmt_bytes<V: Value>(&mut self, _v: &mut V, b: &[u8], verb: char) {
        match verb {
            's' => self.fmt.fmt_s(b),
            'x' => self.fmt.fmt_sbx(b, LDIGITS),
            'X' => self.fmt.fmt_sbx(b, UDIGITS),
            _ => self.fmt.fmt_q(b),
        }
    }
}
