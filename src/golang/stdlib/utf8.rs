//! `unicode/utf8` over Go strings (byte slices that may hold invalid UTF-8): Go's decoding
//! rule (an invalid or short sequence decodes as `RuneError` of width 1).

pub const RUNE_ERROR: i32 = 0xFFFD;
pub const RUNE_SELF: i32 = 0x80;
pub const MAX_RUNE: i32 = 0x10FFFF;
pub const UTF_MAX: i32 = 4;

/// `utf8.ValidRune`: in range and not a surrogate.
pub fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// `utf8.DecodeRune`: the first rune of `s` and its width; `(RuneError, 0)` for empty input.
pub fn decode_rune(s: &[u8]) -> (i32, usize) {
    let Some(&b0) = s.first() else { return (RUNE_ERROR, 0) };
    if b0 < 0x80 {
        return (b0 as i32, 1);
    }
    let n = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (RUNE_ERROR, 1),
    };
    match s.get(..n).map(std::str::from_utf8) {
        Some(Ok(t)) => (t.chars().next().map_or(RUNE_ERROR, |c| c as i32), n),
        _ => (RUNE_ERROR, 1),
    }
}

/// `utf8.DecodeLastRune`.
pub fn decode_last_rune(s: &[u8]) -> (i32, usize) {
    if s.is_empty() {
        return (RUNE_ERROR, 0);
    }
    let end = s.len();
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim && s[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let (r, w) = decode_rune(&s[start..end]);
    if start + w != end {
        return (RUNE_ERROR, 1);
    }
    (r, w)
}

/// `utf8.RuneLen`: bytes needed to encode `r`, -1 if it is not a valid rune.
pub fn rune_len(r: i32) -> i32 {
    match r {
        _ if !valid_rune(r) => -1,
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        _ => 4,
    }
}

/// `utf8.AppendRune`: invalid runes encode as U+FFFD.
pub fn encode_rune(out: &mut Vec<u8>, r: i32) {
    let c = if valid_rune(r) { char::from_u32(r as u32) } else { None };
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.unwrap_or('\u{fffd}').encode_utf8(&mut buf).as_bytes());
}

/// `utf8.RuneCount`.
pub fn rune_count(s: &[u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < s.len() {
        i += decode_rune(&s[i..]).1;
        n += 1;
    }
    n
}

/// `utf8.Valid`.
pub fn valid(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}

/// `utf8.FullRune`: `s` starts with a complete (possibly invalid) encoding.
pub fn full_rune(s: &[u8]) -> bool {
    let Some(&b0) = s.first() else { return false };
    let need = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return true,
    };
    if s.len() >= need {
        return true;
    }
    // A short prefix is still "full" when its continuation bytes are already invalid.
    decode_rune(&[s, &[0x80, 0x80, 0x80][..need - s.len()]].concat()).1 == 1
}

/// The runes of `s` as `for range` yields them: `(byte offset, rune)`.
pub fn runes(s: &[u8]) -> impl Iterator<Item = (usize, i32)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, w) = decode_rune(&s[i..]);
        let at = i;
        i += w;
        Some((at, r))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(decode_rune("é!".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // a surrogate
        assert_eq!(decode_rune(b"\xe2\x82"), (RUNE_ERROR, 1)); // short
        assert_eq!(decode_last_rune("a世".as_bytes()), (0x4E16, 3));
        assert_eq!(decode_last_rune(b"a\x80"), (RUNE_ERROR, 1));
        assert_eq!(rune_count(b"h\xc3\xa9llo\xff"), 6);
        assert_eq!((rune_len(0x10FFFF), rune_len(0xD800), rune_len(-1)), (4, -1, -1));
        assert!(full_rune(b"\xe2\x82\xac") && !full_rune(b"\xe2\x82") && full_rune(b"\xe2a"));
        let mut v = Vec::new();
        encode_rune(&mut v, 0xD800);
        assert_eq!(v, "\u{fffd}".as_bytes());
    }
}
