//! `strconv`'s Rust cores: integer and float formatting, parsing with Go's error kinds, and
//! quoting. The Go side (`go/strconv/strconv.go`) wraps the errors as `*strconv.NumError`.

mod atoi;
mod ftoa;
mod prefix;
mod quote;

pub use atoi::{parse_bool, parse_float, parse_int, parse_uint, underscore_ok, NumErr};
pub use ftoa::format_float;
pub use prefix::float_prefix_len;
pub use quote::{quote, quote_rune_with, quote_with, unquote, unquote_char};

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `strconv.FormatUint(v, base)` (`base` in 2..=36).
pub fn format_uint(mut v: u64, base: u32) -> String {
    let base = base.clamp(2, 36) as u64;
    let mut buf = Vec::new();
    loop {
        buf.push(DIGITS[(v % base) as usize]);
        v /= base;
        if v == 0 {
            break;
        }
    }
    buf.reverse();
    String::from_utf8(buf).unwrap_or_default()
}

/// `strconv.FormatInt(v, base)`.
pub fn format_int(v: i64, base: u32) -> String {
    if v < 0 {
        format!("-{}", format_uint(v.unsigned_abs(), base))
    } else {
        format_uint(v as u64, base)
    }
}

#[cfg(test)]
mod tests;
