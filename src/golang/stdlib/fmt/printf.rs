//! `Printf`'s format string (Go's `doPrintf`): flags, width, precision, `*`, explicit
//! argument indexes `%[2]d`, and the error forms for missing, extra and bad arguments.

use super::print::Printer;
use super::{Kind, Value};

fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// A decimal number at `s[start..end]`: `(value, found, index after it)`.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let (mut num, mut found, mut i) = (0i64, false, start);
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        found = true;
        i += 1;
    }
    (num, found, i)
}

/// `[n]` at the start of `s`: `(index, bytes consumed, ok)`.
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (n, ok, after) = parse_num(s, 1, i);
            if !ok || after != i {
                return (0, i + 1, false);
            }
            return (n - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// An operand used as a width or precision (`*`): an integer that fits.
fn int_from_arg<V: Value>(args: &[V], n: usize) -> (i64, bool, usize) {
    let Some(a) = args.get(n) else { return (0, false, n) };
    let (mut num, mut ok) = match a.kind() {
        Kind::Int => (a.int() as i64, true),
        Kind::Uint if (a.int() as i64) >= 0 => (a.int() as i64, true),
        _ => (0, false),
    };
    if too_large(num) {
        (num, ok) = (0, false);
    }
    (num, ok, n + 1)
}

struct State {
    arg_num: usize,
    good_arg_num: bool,
    after_index: bool,
}

impl Printer {
    /// `[n]` at `fmt[i..]`, if any: moves the argument number.
    fn arg_number(&mut self, st: &mut State, fmt: &[u8], i: usize, nargs: usize) -> usize {
        if fmt.len() <= i || fmt[i] != b'[' {
            st.after_index = false;
            return i;
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&fmt[i..]);
        if ok && (0..nargs as i64).contains(&index) {
            st.arg_num = index as usize;
            st.after_index = true;
            return i + wid;
        }
        st.good_arg_num = false;
        st.after_index = ok;
        i + wid
    }

    /// Flags after `%`: `Ok(index after them)`, or `Err(index after the verb)` when a
    /// simple verb (`%d`, `%-5v`...) was printed straight away.
    fn flags<V: Value>(&mut self, st: &mut State, fmt: &[u8], mut i: usize, args: &mut [V]) -> Result<usize, usize> {
        self.fmt.clear_flags();
        while i < fmt.len() {
            let c = fmt[i];
            let f = &mut self.fmt.f;
            match c {
                b'#' => f.sharp = true,
                b'0' => f.zero = true,
                b'+' => f.plus = true,
                b'-' => f.minus = true,
                b' ' => f.space = true,
                b'a'..=b'z' if st.arg_num < args.len() => {
                    self.verb(c as char, st.arg_num, args);
                    st.arg_num += 1;
                    return Err(i + 1);
                }
                _ => return Ok(i),
            }
            i += 1;
        }
        Ok(i)
    }

    /// Print operand `n` with `verb` (`%v`/`%w` move `#` and `+` to their `v` forms).
    fn verb<V: Value>(&mut self, verb: char, n: usize, args: &mut [V]) {
        if verb == 'w' {
            self.wrapped.push(n);
        }
        if verb == 'v' || verb == 'w' {
            let f = &mut self.fmt.f;
            (f.sharp_v, f.sharp) = (f.sharp, false);
            (f.plus_v, f.plus) = (f.plus, false);
        }
        self.print_arg(&mut args[n], verb);
    }

    /// Width and precision (numbers, `*`, argument indexes); returns the verb's index.
    fn width_prec<V: Value>(&mut self, st: &mut State, fmt: &[u8], mut i: usize, args: &[V]) -> usize {
        let end = fmt.len();
        i = self.arg_number(st, fmt, i, args.len());
        if i < end && fmt[i] == b'*' {
            i += 1;
            let (w, ok, n) = int_from_arg(args, st.arg_num);
            (self.fmt.f.wid, self.fmt.f.wid_present, st.arg_num) = (w, ok, n);
            if !ok {
                self.write(b"%!(BADWIDTH)");
            }
            if w < 0 {
                self.fmt.f.wid = -w;
                self.fmt.f.minus = true;
                self.fmt.f.zero = false;
            }
            st.after_index = false;
        } else {
            let (w, ok, ni) = parse_num(fmt, i, end);
            (self.fmt.f.wid, self.fmt.f.wid_present, i) = (w, ok, ni);
            if st.after_index && ok {
                st.good_arg_num = false;
            }
        }
        if i + 1 < end && fmt[i] == b'.' {
            i += 1;
            if st.after_index {
                st.good_arg_num = false;
            }
            i = self.arg_number(st, fmt, i, args.len());
            if i < end && fmt[i] == b'*' {
                i += 1;
                let (p, ok, n) = int_from_arg(args, st.arg_num);
                (self.fmt.f.prec, self.fmt.f.prec_present, st.arg_num) = (p, ok, n);
                if p < 0 {
                    (self.fmt.f.prec, self.fmt.f.prec_present) = (0, false);
                }
                if !ok {
                    self.write(b"%!(BADPREC)");
                }
                st.after_index = false;
            } else {
                let (p, ok, ni) = parse_num(fmt, i, end);
                (self.fmt.f.prec, self.fmt.f.prec_present, i) = (if ok { p } else { 0 }, true, ni);
            }
        }
        if !st.after_index {
            i = self.arg_number(st, fmt, i, args.len());
        }
        i
    }

    /// `Printf`.
    pub fn do_printf<V: Value>(&mut self, fmt: &[u8], args: &mut [V]) {
        let end = fmt.len();
        let mut st = State { arg_num: 0, good_arg_num: true, after_index: false };
        self.reordered = false;
        let mut i = 0;
        while i < end {
            st.good_arg_num = true;
            let start = i;
            while i < end && fmt[i] != b'%' {
                i += 1;
            }
            self.write(&fmt[start..i]);
            if i >= end {
                break;
            }
            let next = match self.flags(&mut st, fmt, i + 1, args) {
                Ok(next) => next,
                Err(after) => {
                    i = after;
                    continue;
                }
            };
            i = self.width_prec(&mut st, fmt, next, args);
            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }
            let (r, size) = crate::golang::stdlib::utf8::decode_rune(&fmt[i..]);
            i += size;
            let verb = char::from_u32(r as u32).unwrap_or('\u{fffd}');
            if verb == '%' {
                self.write(b"%");
            } else if !st.good_arg_num {
                self.bad_index(verb, "(BADINDEX)");
            } else if st.arg_num >= args.len() {
                self.bad_index(verb, "(MISSING)");
            } else {
                self.verb(verb, st.arg_num, args);
                st.arg_num += 1;
            }
        }
        if !self.reordered && st.arg_num < args.len() {
            self.extra(&mut args[st.arg_num..]);
        }
        if self.reordered {
            self.wrapped.sort_unstable();
        }
    }

    fn bad_index(&mut self, verb: char, what: &str) {
        self.write(b"%!");
        self.write_rune(verb);
        self.write(what.as_bytes());
    }

    /// `%!(EXTRA type=value, ...)`.
    fn extra<V: Value>(&mut self, rest: &mut [V]) {
        self.fmt.clear_flags();
        self.write(b"%!(EXTRA ");
        for (i, a) in rest.iter_mut().enumerate() {
            if i > 0 {
                self.write(b", ");
            }
            if a.kind() == Kind::Invalid {
                self.write(b"<nil>");
            } else {
                self.write(a.type_string().as_bytes());
                self.write(b"=");
                self.print_arg(a, 'v');
            }
        }
        self.write(b")");
    }
}
