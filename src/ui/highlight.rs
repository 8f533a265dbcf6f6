//! A small Go tokenizer for syntax highlighting, and the code view's HTML (one element per
//! source line, so changed lines and lines named by a report can be marked).

/// What a piece of Go source is, as a CSS class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Keyword,
    Builtin,
    Type,
    Str,
    Num,
    Comment,
    Func,
    Plain,
}

impl Tok {
    pub fn class(self) -> &'static str {
        match self {
            Tok::Keyword => "kw",
            Tok::Builtin => "bi",
            Tok::Type => "ty",
            Tok::Str => "st",
            Tok::Num => "nu",
            Tok::Comment => "co",
            Tok::Func => "fn",
            Tok::Plain => "",
        }
    }
}

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];
const BUILTINS: &[&str] = &[
    "append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new", "panic", "print", "println",
    "real", "recover", "nil", "true", "false", "iota",
];
const TYPES: &[&str] = &[
    "bool",
    "byte",
    "complex64",
    "complex128",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "any",
];

/// Split Go source into tokens; every byte of `src` is in exactly one token.
pub fn tokenize(src: &str) -> Vec<(Tok, &str)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut plain_start = 0;
    while i < src.len() {
        let start = i;
        let (tok, end) = scan(src, start);
        i = end;
        if let Some(t) = tok {
            flush_plain(&mut out, &src[plain_start..start]);
            out.push((t, &src[start..i]));
            plain_start = i;
        }
    }
    flush_plain(&mut out, &src[plain_start..]);
    out
}

/// Plain text between two tokens, if any.
fn flush_plain<'a>(out: &mut Vec<(Tok, &'a str)>, text: &'a str) {
    if !text.is_empty() {
        out.push((Tok::Plain, text));
    }
}

/// What starts at byte `i` of `src`, and the byte after it (`None`: plain text, such as an
/// identifier, an operator or a space).
fn scan(src: &str, i: usize) -> (Option<Tok>, usize) {
    let b = src.as_bytes();
    let c = b[i];
    let next = b.get(i + 1);
    if c == b'/' && next == Some(&b'/') {
        (Some(Tok::Comment), line_end(b, i))
    } else if c == b'/' && next == Some(&b'*') {
        (Some(Tok::Comment), block_comment_end(b, i))
    } else if c == b'"' || c == b'\'' {
        (Some(Tok::Str), quoted_end(b, i))
    } else if c == b'`' {
        (Some(Tok::Str), raw_string_end(b, i))
    } else if c.is_ascii_digit() && (i == 0 || !is_ident(b[i - 1])) {
        (Some(Tok::Num), skip_while(b, i, |x| x.is_ascii_alphanumeric() || x == b'.' || x == b'_'))
    } else if is_ident_start(c) {
        let end = skip_while(b, i, is_ident);
        (word(src, i, end), end)
    } else {
        // One UTF-8 character.
        (None, skip_while(b, i + 1, |x| (x & 0xC0) == 0x80))
    }
}

/// The first byte at or after `i` that `keep` refuses (or the end).
fn skip_while(b: &[u8], mut i: usize, keep: impl Fn(u8) -> bool) -> usize {
    while i < b.len() && keep(b[i]) {
        i += 1;
    }
    i
}

/// The end of a `//` comment: the line's end.
fn line_end(b: &[u8], i: usize) -> usize {
    skip_while(b, i, |x| x != b'\n')
}

/// The end of a `/* */` comment (or of the source, if it is never closed).
fn block_comment_end(b: &[u8], mut i: usize) -> usize {
    i += 2;
    while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
        i += 1;
    }
    (i + 2).min(b.len())
}

/// The end of a `"…"` or `'…'` literal starting at `i`: its closing quote (a backslash
/// escapes the next byte), or the line's end if it is not closed.
fn quoted_end(b: &[u8], mut i: usize) -> usize {
    let quote = b[i];
    i += 1;
    while i < b.len() && b[i] != quote && b[i] != b'\n' {
        if b[i] == b'\\' {
            i += 1;
        }
        i += 1;
    }
    (i + 1).min(b.len())
}

/// The end of a raw string literal starting at `i`: after its closing backquote.
fn raw_string_end(b: &[u8], i: usize) -> usize {
    (skip_while(b, i + 1, |x| x != b'`') + 1).min(b.len())
}

/// The class of the identifier `src[start..end]`: a keyword, builtin or predeclared type
/// (not after a `.`), a called function, or plain.
fn word(src: &str, start: usize, end: usize) -> Option<Tok> {
    let b = src.as_bytes();
    let w = &src[start..end];
    let prev_dot = start > 0 && b[start - 1] == b'.';
    if !prev_dot && KEYWORDS.contains(&w) {
        Some(Tok::Keyword)
    } else if !prev_dot && BUILTINS.contains(&w) {
        Some(Tok::Builtin)
    } else if !prev_dot && TYPES.contains(&w) {
        Some(Tok::Type)
    } else if b.get(end) == Some(&b'(') {
        Some(Tok::Func)
    } else {
        None
    }
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_ident(c: u8) -> bool {
    is_ident_start(c) || c.is_ascii_digit()
}

/// Escape text for HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The code view's HTML: one `<span class="line">` per source line (1-based `data-line`),
/// with `changed` and `reported` classes on the lines listed.
pub fn code_html(src: &str, changed: &[u32], reported: &[u32]) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for (tok, text) in tokenize(src) {
        for (k, piece) in text.split('\n').enumerate() {
            if k > 0 {
                lines.push(String::new());
            }
            if piece.is_empty() {
                continue;
            }
            let cur = lines.last_mut().unwrap();
            match tok.class() {
                "" => cur.push_str(&escape(piece)),
                c => cur.push_str(&format!("<span class=\"{c}\">{}</span>", escape(piece))),
            }
        }
    }
    if src.ends_with('\n') {
        lines.pop();
    }
    let mut html = String::with_capacity(src.len() * 2);
    for (i, l) in lines.iter().enumerate() {
        let n = i as u32 + 1;
        let mut class = String::from("line");
        if changed.contains(&n) {
            class.push_str(" changed");
        }
        if reported.contains(&n) {
            class.push_str(" reported");
        }
        html.push_str(&format!(
            "<span class=\"{class}\" data-line=\"{n}\"><span class=\"ln\" aria-hidden=\"true\">{n}</span>{l}\n</span>"
        ));
    }
    html
}
