//! `strconv.Quote`, `QuoteToASCII`, `QuoteToGraphic`, `QuoteRune...`, `Unquote`,
//! `UnquoteChar`: Go's escaping rules over Go strings (bytes, possibly invalid UTF-8).

use crate::golang::stdlib::unicode;
use crate::golang::stdlib::utf8;

/// Escape one rune for a literal quoted with `quote`.
fn escape_rune(out: &mut String, r: i32, quote: u8, ascii: bool, graphic: bool) {
    if r == quote as i32 || r == '\\' as i32 {
        out.push('\\');
        out.push(r as u8 as char);
        return;
    }
    let printable = if ascii {
        r < 0x80 && unicode::is_print(r)
    } else {
        unicode::is_print(r) || graphic && unicode::is_graphic(r)
    };
    if printable {
        out.push(char::from_u32(r as u32).unwrap_or('\u{fffd}'));
        return;
    }
    match r {
        7 => out.push_str("\\a"),
        8 => out.push_str("\\b"),
        12 => out.push_str("\\f"),
        10 => out.push_str("\\n"),
        13 => out.push_str("\\r"),
        9 => out.push_str("\\t"),
        11 => out.push_str("\\v"),
        _ if r < 0x20 || r == 0x7f => out.push_str(&format!("\\x{:02x}", r)),
        _ if !utf8::valid_rune(r) => out.push_str("\\ufffd"),
        _ if r < 0x10000 => out.push_str(&format!("\\u{:04x}", r)),
        _ => out.push_str(&format!("\\U{:08x}", r)),
    }
}

/// Quote `s` with `quote` (`"` for strings); invalid UTF-8 bytes become `\xHH`.
pub fn quote_with(s: &[u8], quote: u8, ascii: bool, graphic: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote as char);
    let mut i = 0;
    while i < s.len() {
        let (r, w) = utf8::decode_rune(&s[i..]);
        if w == 1 && r == utf8::RUNE_ERROR {
            out.push_str(&format!("\\x{:02x}", s[i]));
        } else {
            escape_rune(&mut out, r, quote, ascii, graphic);
        }
        i += w;
    }
    out.push(quote as char);
    out
}

/// `strconv.Quote`.
pub fn quote(s: &[u8]) -> String {
    quote_with(s, b'"', false, false)
}

/// `strconv.QuoteRune` (and `...ToASCII`, `...ToGraphic`): an invalid rune quotes as U+FFFD.
pub fn quote_rune_with(r: i32, ascii: bool, graphic: bool) -> String {
    let r = if utf8::valid_rune(r) { r } else { utf8::RUNE_ERROR };
    let mut out = String::from("'");
    escape_rune(&mut out, r, b'\'', ascii, graphic);
    out.push('\'');
    out
}

/// `strconv.UnquoteChar`: the first (possibly escaped) character of `s` inside a literal
/// quoted with `quote`: `(value, multibyte, rest)`; `multibyte` if the value is a rune to
/// encode as UTF-8 rather than a single byte.
pub fn unquote_char(s: &[u8], quote: u8) -> Option<(i32, bool, &[u8])> {
    let c = *s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, w) = utf8::decode_rune(s);
        return Some((r, true, &s[w..]));
    }
    if c != b'\\' {
        return Some((c as i32, false, &s[1..]));
    }
    let e = *s.get(1)?;
    let rest = &s[2..];
    let simple = match e {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(b'\\' as i32),
        b'\'' | b'"' if e == quote => Some(e as i32),
        _ => None,
    };
    if let Some(v) = simple {
        return Some((v, false, rest));
    }
    match e {
        b'x' | b'u' | b'U' => {
            let n = match e {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits = std::str::from_utf8(rest.get(..n)?).ok()?;
            let v = u32::from_str_radix(digits, 16).ok()? as i64;
            if e == b'x' {
                return Some((v as i32, false, &rest[n..]));
            }
            utf8::valid_rune(v as i32).then_some((v as i32, true, &rest[n..]))
        }
        b'0'..=b'7' => {
            let digits = std::str::from_utf8(s.get(1..4)?).ok()?;
            let v = u32::from_str_radix(digits, 8).ok()?;
            (v <= 255).then_some((v as i32, false, &s[4..]))
        }
        _ => None,
    }
}

/// `strconv.Unquote`: the value of a Go string or rune literal, `None` for invalid syntax.
pub fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    let n = s.len();
    if n < 2 || s[0] != s[n - 1] {
        return None;
    }
    let (quote, body) = (s[0], &s[1..n - 1]);
    match quote {
        b'`' => {
            if body.contains(&b'`') {
                return None;
            }
            Some(body.iter().copied().filter(|&c| c != b'\r').collect())
        }
        b'"' | b'\'' => {
            let mut out = Vec::new();
            let mut rest = body;
            let mut count = 0;
            while !rest.is_empty() {
                if rest[0] == b'\n' {
                    return None;
                }
                let (v, multi, tail) = unquote_char(rest, quote)?;
                if multi && v >= 0x80 {
                    utf8::encode_rune(&mut out, v);
                } else {
                    out.push(v as u8);
                }
                rest = tail;
                count += 1;
            }
            // Go accepts `''` (an empty rune literal decodes as a zero-width rune).
            if quote == b'\'' && count > 1 {
                return None;
            }
            Some(out)
        }
        _ => None,
    }
}
