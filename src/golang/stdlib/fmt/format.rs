//! fmt's formatting of single operands (Go's `fmt.fmt`): flags, width and precision applied
//! to integers, floats, strings, bytes, runes and booleans, with Go's padding rules.

use crate::golang::stdlib::{strconv, utf8};

pub const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags, width and precision of one verb.
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags {
    pub wid: i64,
    pub prec: i64,
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v` and `%#v`: set instead of `plus`/`sharp` for the `v` verb.
    pub plus_v: bool,
    pub sharp_v: bool,
}

/// An output buffer with the current verb's flags.
#[derive(Default)]
pub struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.f.zero && !self.f.minus { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(pad, n as usize));
    }

    /// Write `b` padded to the width (counted in runes).
    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid - utf8::rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    /// `pad` with zero padding turned off (numbers that handle zeros themselves, strings
    /// in `%x`...).
    pub fn pad_no_zero(&mut self, b: &[u8]) {
        let zero = self.f.zero;
        self.f.zero = false;
        self.pad(b);
        self.f.zero = zero;
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// An integer in `base` (`u` holds the bits; `signed` says how to read them).
    pub fn fmt_integer(&mut self, u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { (u as i64).unsigned_abs() } else { u };
        let f = self.f;
        let mut prec = 0i64;
        if f.prec_present {
            prec = f.prec;
            if prec == 0 && u == 0 {
                let zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(f.wid);
                self.f.zero = zero;
                return;
            }
        } else if f.zero && !f.minus && f.wid_present {
            prec = f.wid;
            if negative || f.plus || f.space {
                prec -= 1;
            }
        }
        let mut rev = Vec::with_capacity(24);
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while (rev.len() as i64) < prec {
            rev.push(b'0');
        }
        if f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => rev.extend_from_slice(&[digits[16], b'0']),
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if f.plus {
            rev.push(b'+');
        } else if f.space {
            rev.push(b' ');
        }
        rev.reverse();
        self.pad_no_zero(&rev);
    }

    /// `%U`: `U+0041`, with `%#U` adding the quoted character.
    pub fn fmt_unicode(&mut self, u: u64) {
        let prec = if self.f.prec_present && self.f.prec > 4 { self.f.prec as usize } else { 4 };
        let mut s = format!("U+{:0prec$X}", u);
        if self.f.sharp && u <= utf8::MAX_RUNE as u64 && crate::golang::stdlib::unicode::is_print(u as i32) {
            s.push_str(" '");
            s.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            s.push('\'');
        }
        self.pad_no_zero(s.as_bytes());
    }

    /// `%c`.
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > utf8::MAX_RUNE as u64 { utf8::RUNE_ERROR } else { c as i32 };
        let mut b = Vec::new();
        utf8::encode_rune(&mut b, r);
        self.pad(&b);
    }

    /// `%q` of an integer: a quoted rune.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > utf8::MAX_RUNE as u64 { utf8::RUNE_ERROR } else { c as i32 };
        let q = strconv::quote_rune_with(r, self.f.plus, false);
        self.pad(q.as_bytes());
    }

    /// Cut `s` to the precision, counted in runes.
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if !self.f.prec_present {
            return s;
        }
        let mut n = self.f.prec;
        for (i, _) in utf8::runes(s) {
            n -= 1;
            if n < 0 {
                return &s[..i];
            }
        }
        s
    }

    /// `%s`.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%q` of a string; `%#q` uses backquotes when it can.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && can_backquote(s) {
            let mut q = vec![b'`'];
            q.extend_from_slice(s);
            q.push(b'`');
            self.pad(&q);
            return;
        }
        let q = strconv::quote_with(s, b'"', self.f.plus, false);
        self.pad(q.as_bytes());
    }

    /// `%x` / `%X` of a string or byte slice.
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let f = self.f;
        let mut length = s.len() as i64;
        if f.prec_present && f.prec < length {
            length = f.prec;
        }
        let mut width = 2 * length;
        if width <= 0 {
            if f.wid_present {
                self.write_padding(f.wid);
            }
            return;
        }
        if f.space {
            if f.sharp {
                width *= 2;
            }
            width += length - 1;
        } else if f.sharp {
            width += 2;
        }
        if f.wid_present && f.wid > width && !f.minus {
            self.write_padding(f.wid - width);
        }
        if f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if f.space && i > 0 {
                self.buf.push(b' ');
                if f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf.extend_from_slice(&[digits[(c >> 4) as usize], digits[(c & 15) as usize]]);
        }
        if f.wid_present && f.wid > width && f.minus {
            self.write_padding(f.wid - width);
        }
    }

    /// A float in format `verb` (`'g'`, `'e'`, `'f'`, `'b'`, `'x'`...) with default precision
    /// `prec` (-1 for shortest), `size` 32 or 64.
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present { self.f.prec } else { prec };
        let text = strconv::format_float(v, verb, prec.clamp(-1, 100_000) as i32, size);
        let mut num: Vec<u8> = Vec::with_capacity(text.len() + 1);
        if text.starts_with(['-', '+']) {
            num.extend_from_slice(text.as_bytes());
        } else {
            num.push(b'+');
            num.extend_from_slice(text.as_bytes());
        }
        let f = self.f;
        if f.space && num[0] == b'+' && !f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            if num[1] == b'N' && !f.space && !f.plus {
                num.remove(0);
            }
            self.pad_no_zero(&num);
            return;
        }
        if f.sharp && verb != b'b' {
            sharp_float(&mut num, verb, prec);
        }
        if f.plus || num[0] != b'+' {
            if f.zero && !f.minus && f.wid_present && f.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(f.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}

/// `%#g` and friends: keep a decimal point and the trailing zeros up to the precision.
fn sharp_float(num: &mut Vec<u8>, verb: u8, prec: i64) {
    let mut digits = match verb {
        b'v' | b'g' | b'G' | b'x' => {
            if prec == -1 {
                6
            } else {
                prec
            }
        }
        _ => 0,
    };
    let mut tail = Vec::new();
    let (mut has_point, mut nonzero) = (false, false);
    let mut i = 1;
    while i < num.len() {
        match num[i] {
            b'.' => has_point = true,
            b'p' | b'P' => {
                tail = num.split_off(i);
                break;
            }
            b'e' | b'E' if verb != b'x' && verb != b'X' => {
                tail = num.split_off(i);
                break;
            }
            c => {
                nonzero |= c != b'0';
                if nonzero {
                    digits -= 1;
                }
            }
        }
        i += 1;
    }
    if !has_point {
        if num.len() == 2 && num[1] == b'0' {
            digits -= 1;
        }
        num.push(b'.');
    }
    while digits > 0 {
        num.push(b'0');
        digits -= 1;
    }
    num.extend_from_slice(&tail);
}

/// `strconv.CanBackquote`: `s` can be a raw string literal unchanged.
pub fn can_backquote(s: &[u8]) -> bool {
    utf8::runes(s).all(|(i, r)| {
        let invalid = r == utf8::RUNE_ERROR && utf8::decode_rune(&s[i..]).1 == 1;
        !invalid && r != '`' as i32 && r != 0xFEFF && (r >= 0x20 || r == '\t' as i32) && r != 0x7f
    })
}
