//! Edited code in share links, pure (tested natively by tests/editor_share.rs): the source
//! compressed with raw deflate and written in base64url (`code=…` in the link), read back
//! with limits, so a huge, malformed or hostile link gets a clear message and never more
//! than [`MAX_CODE`] bytes of text. The code read from a link is data: it only ever becomes
//! the editor's text, never markup.

/// The longest link the site writes; a longer program is not put in the link.
pub const MAX_LINK: usize = 8 * 1024;
/// The longest source a link may unpack to.
pub const MAX_CODE: usize = 256 * 1024;
/// The longest `code=` value read from a link (before unpacking).
const MAX_PACKED: usize = 64 * 1024;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn b64(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for k in 0..=c.len() {
            s.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
        }
    }
    s
}

/// Read base64url (padding and standard `+/` accepted); `None` on any other character.
pub fn unb64(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The `code=` value for a source.
pub fn pack(src: &str) -> String {
    b64(&miniz_oxide::deflate::compress_to_vec(src.as_bytes(), 9))
}

/// A source from a link's `code=` value, or a message saying what is wrong with it.
pub fn unpack(v: &str) -> Result<String, String> {
    if v.len() > MAX_PACKED {
        return Err(format!(
            "The code in this link is too long ({} KB): links hold programs up to {} KB.",
            v.len() / 1024,
            MAX_PACKED / 1024
        ));
    }
    let bytes =
        unb64(v).ok_or("The code in this link is damaged (it is not base64url): showing the example instead.")?;
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_CODE).map_err(|e| {
        if matches!(e.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
            format!("The code in this link unpacks to more than {} KB: not loaded.", MAX_CODE / 1024)
        } else {
            "The code in this link is damaged (it does not unpack): showing the example instead.".to_string()
        }
    })?;
    String::from_utf8(raw).map_err(|_| "The code in this link is not text (not UTF-8): not loaded.".to_string())
}

/// Remove `code=` from a link's settings: `None` without one, else the source or a message.
pub fn take_code(sets: &mut Vec<(String, String)>) -> Option<Result<String, String>> {
    let i = sets.iter().position(|(k, _)| k == "code")?;
    let (_, v) = sets.remove(i);
    sets.retain(|(k, _)| k != "code");
    Some(unpack(&v))
}
