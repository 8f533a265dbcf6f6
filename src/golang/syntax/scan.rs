//! The lexer's literal and comment scanning: numbers in every base (with `_` separators and
//! Go's exact diagnostics), runes and strings with escapes, comments, and the `//go:build`
//! directive's Go version.

use super::ast::LitKind;
use super::lexer::{base_name, fmt_u, is_decimal, is_hex, lower, quote_rune, Lexer};

impl<'a> Lexer<'a> {
    /// `{ digit | '_' }`: bit 0 of the result says digits were seen, bit 1 separators. For
    /// bases up to 10, the offset of the first digit too large for the base goes in `invalid`.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = '0' as i32 + base as i32;
            while is_decimal(self.ch) || self.ch == '_' as i32 {
                let mut ds = 1;
                if self.ch == '_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.r - self.chw - self.start);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == '_' as i32 {
                digsep |= if self.ch == '_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    pub(super) fn number(&mut self, mut seen_point: bool) {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = '\0';
        let mut digsep = 0;
        let mut invalid = None;
        if !seen_point {
            if self.ch == '0' as i32 {
                self.nextch();
                match lower(self.ch) as u8 {
                    b'x' => (base, prefix) = (16, 'x'),
                    b'o' => (base, prefix) = (8, 'o'),
                    b'b' => (base, prefix) = (2, 'b'),
                    _ => {
                        (base, prefix) = (8, '0');
                        digsep = 1;
                    }
                }
                if prefix != '0' {
                    self.nextch();
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch == '.' as i32 {
                if prefix == 'o' || prefix == 'b' {
                    self.error_here(format!("invalid radix point in {} literal", base_name(base)));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }
        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }
        if digsep & 1 == 0 && ok {
            self.error_here(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }
        self.exponent(&mut ok, &mut kind, prefix, &mut digsep);
        if self.ch == 'i' as i32 {
            kind = LitKind::Imag;
            self.nextch();
        }
        self.set_lit(kind, ok);
        if let (LitKind::Int, Some(i), true) = (kind, invalid, ok) {
            let c = self.tok.lit.as_bytes()[i];
            self.error_at(i, format!("invalid digit {} in {} literal", quote_rune(c as u32), base_name(base)));
            ok = false;
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(self.tok.lit) {
                self.error_at(i, "'_' must separate successive digits".into());
                ok = false;
            }
        }
        self.tok.bad = !ok;
    }

    fn exponent(&mut self, ok: &mut bool, kind: &mut LitKind, prefix: char, digsep: &mut u32) {
        let e = lower(self.ch);
        if e == 'e' as i32 || e == 'p' as i32 {
            if *ok {
                let c = quote_rune(self.ch as u32);
                if e == 'e' as i32 && prefix != '\0' && prefix != '0' {
                    self.error_here(format!("{} exponent requires decimal mantissa", c));
                    *ok = false;
                } else if e == 'p' as i32 && prefix != 'x' {
                    self.error_here(format!("{} exponent requires hexadecimal mantissa", c));
                    *ok = false;
                }
            }
            self.nextch();
            *kind = LitKind::Float;
            if self.ch == '+' as i32 || self.ch == '-' as i32 {
                self.nextch();
            }
            *digsep = self.digits(10, &mut None) | (*digsep & 2);
            if *digsep & 1 == 0 && *ok {
                self.error_here("exponent has no digits".into());
                *ok = false;
            }
        } else if prefix == 'x' && *kind == LitKind::Float && *ok {
            self.error_here("hexadecimal mantissa requires a 'p' exponent".into());
            *ok = false;
        }
    }

    pub(super) fn rune(&mut self) {
        let mut ok = true;
        self.nextch();
        let mut n = 0;
        loop {
            if self.ch == '\'' as i32 {
                if ok {
                    if n == 0 {
                        self.error_here("empty rune literal or unescaped '".into());
                        ok = false;
                    } else if n != 1 {
                        self.error_at(0, "more than one character in rune literal".into());
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                if !self.escape('\'') {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.ch == '\n' as i32 {
                if ok {
                    self.error_here("newline in rune literal".into());
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_at(0, "rune literal not terminated".into());
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.set_lit(LitKind::Char, ok);
    }

    pub(super) fn std_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.ch == '"' as i32 {
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                if !self.escape('"') {
                    ok = false;
                }
                continue;
            }
            if self.ch == '\n' as i32 {
                self.error_here("newline in string".into());
                ok = false;
                break;
            }
            if self.ch < 0 {
                self.error_at(0, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    pub(super) fn raw_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.ch == '`' as i32 {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_at(0, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    /// A `//` comment (the slashes consumed); a `//go:build` line before `package` sets the
    /// file's Go version.
    pub(super) fn line_comment(&mut self) {
        let from = self.r - self.chw;
        while self.ch >= 0 && self.ch != '\n' as i32 {
            self.nextch();
        }
        let text = self.src.get(from..self.r - self.chw).unwrap_or("");
        let text = text.strip_suffix('\r').unwrap_or(text);
        let full = self.src.get(from - 2..from + text.len()).unwrap_or("");
        self.comments.push(super::lexer::Comment { pos: self.tok.pos, text: full });
        if text.starts_with("go:") {
            let pos = super::ast::Pos { line: self.tok.pos.line, col: self.tok.pos.col + 2 };
            self.directives.push((pos, self.blank, text.to_string()));
        }
        if self.top {
            if let Some(expr) = text.strip_prefix("go:build") {
                if let Some(v) = build_go_version(expr) {
                    self.go_version = Some(v);
                }
            }
        }
    }

    /// Skips a `/* */` comment (the opening consumed).
    pub(super) fn skip_comment(&mut self) {
        while self.ch >= 0 {
            while self.ch == '*' as i32 {
                self.nextch();
                if self.ch == '/' as i32 {
                    self.nextch();
                    return;
                }
            }
            self.nextch();
        }
        self.error_at(0, "comment not terminated".into());
    }

    /// One escape after a backslash; false (with an error) when it is malformed.
    fn escape(&mut self, quote: char) -> bool {
        let c = self.ch;
        let (n, base, max): (u32, u32, u32) = match u8::try_from(c).map(char::from) {
            Ok(q) if q == quote => return self.advance_ok(),
            Ok('a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\') => return self.advance_ok(),
            Ok('0'..='7') => (3, 8, 255),
            Ok('x') => (2, 16, 255),
            Ok('u') => (4, 16, 0x10FFFF),
            Ok('U') => (8, 16, 0x10FFFF),
            _ => {
                if c < 0 {
                    return true;
                }
                self.error_here("unknown escape".into());
                return false;
            }
        };
        if base == 16 {
            self.nextch();
        }
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return true;
            }
            let d = if is_decimal(self.ch) {
                (self.ch - '0' as i32) as u32
            } else if is_hex(self.ch) {
                (lower(self.ch) - 'a' as i32) as u32 + 10
            } else {
                base
            };
            if d >= base {
                let msg = format!("invalid character {} in {} escape", quote_rune(self.ch as u32), base_name(base));
                self.error_here(msg);
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if x > max && base == 8 {
            self.error_here(format!("octal escape value {} > 255", x));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error_here(format!("escape is invalid Unicode code point {}", fmt_u(x)));
            return false;
        }
        true
    }

    fn advance_ok(&mut self) -> bool {
        self.nextch();
        true
    }
}

/// The index of the first misplaced `_` in a number literal (Go's `invalidSep`).
fn invalid_sep(x: &str) -> Option<usize> {
    let x = x.as_bytes();
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// The Go version a `//go:build` expression implies (go/build/constraint's `GoVersion`:
/// the least `go1.N` the expression needs to be true; `go1.21 && linux` is `(1, 21)`), or
/// `None` when it implies none or does not parse.
fn build_go_version(expr: &str) -> Option<(u32, u32)> {
    let mut p = BuildExpr { toks: build_tokens(expr)?, i: 0, depth: 0 };
    let v = p.or(1)?;
    if p.i != p.toks.len() {
        return None;
    }
    u32::try_from(v).ok().map(|n| (1, n))
}

fn build_tokens(expr: &str) -> Option<Vec<&str>> {
    let mut toks = Vec::new();
    let mut rest = expr.trim();
    while !rest.is_empty() {
        let n = if rest.starts_with("&&") || rest.starts_with("||") {
            2
        } else if rest.starts_with(['(', ')', '!']) {
            1
        } else {
            let n = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).unwrap_or(rest.len());
            if n == 0 {
                return None;
            }
            n
        };
        toks.push(&rest[..n]);
        rest = rest[n..].trim_start();
    }
    Some(toks)
}

/// A parser for build expressions computing go/build/constraint's `minVersion` (`-1`: no
/// version implied; `sign` is negative under `!`).
struct BuildExpr<'a> {
    toks: Vec<&'a str>,
    i: usize,
    depth: u32,
}

impl<'a> BuildExpr<'a> {
    fn peek(&self) -> Option<&'a str> {
        self.toks.get(self.i).copied()
    }

    fn or(&mut self, sign: i64) -> Option<i64> {
        let mut v = self.and(sign)?;
        while self.peek() == Some("||") {
            self.i += 1;
            let w = self.and(sign)?;
            v = if sign > 0 { v.min(w) } else { v.max(w) };
        }
        Some(v)
    }

    fn and(&mut self, sign: i64) -> Option<i64> {
        let mut v = self.not(sign)?;
        while self.peek() == Some("&&") {
            self.i += 1;
            let w = self.not(sign)?;
            v = if sign > 0 { v.max(w) } else { v.min(w) };
        }
        Some(v)
    }

    fn not(&mut self, sign: i64) -> Option<i64> {
        self.depth += 1;
        if self.depth > 100 {
            return None;
        }
        let tok = self.peek()?;
        self.i += 1;
        let v = match tok {
            "!" => self.not(-sign)?,
            "(" => {
                let v = self.or(sign)?;
                if self.peek() != Some(")") {
                    return None;
                }
                self.i += 1;
                v
            }
            "&&" | "||" | ")" => return None,
            _ if sign < 0 => -1,
            "go1" => 0,
            tag => tag.strip_prefix("go1.").and_then(|n| n.parse::<i64>().ok()).unwrap_or(-1),
        };
        self.depth -= 1;
        Some(v)
    }
}
