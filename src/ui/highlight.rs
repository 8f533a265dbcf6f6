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
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut plain_start = 0;
    fn flush<'a>(out: &mut Vec<(Tok, &'a str)>, from: usize, to: usize, s: &'a str) {
        if to > from {
            out.push((Tok::Plain, &s[from..to]));
        }
    }
    while i < b.len() {
        let c = b[i];
        let start = i;
        let tok = if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            Some(Tok::Comment)
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
                i += 1;
            }
            i = (i + 2).min(b.len());
            Some(Tok::Comment)
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c && b[i] != b'\n' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(b.len());
            Some(Tok::Str)
        } else if c == b'`' {
            i += 1;
            while i < b.len() && b[i] != b'`' {
                i += 1;
            }
            i = (i + 1).min(b.len());
            Some(Tok::Str)
        } else if c.is_ascii_digit() && (start == 0 || !is_ident(b[start - 1])) {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'_') {
                i += 1;
            }
            Some(Tok::Num)
        } else if is_ident_start(c) {
            while i < b.len() && is_ident(b[i]) {
                i += 1;
            }
            let w = &src[start..i];
            let prev_dot = start > 0 && b[start - 1] == b'.';
            if !prev_dot && KEYWORDS.contains(&w) {
                Some(Tok::Keyword)
            } else if !prev_dot && BUILTINS.contains(&w) {
                Some(Tok::Builtin)
            } else if !prev_dot && TYPES.contains(&w) {
                Some(Tok::Type)
            } else if b.get(i) == Some(&b'(') {
                Some(Tok::Func)
            } else {
                None
            }
        } else {
            // Step over one UTF-8 character.
            i += 1;
            while i < b.len() && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            None
        };
        if let Some(t) = tok {
            flush(&mut out, plain_start, start, src);
            out.push((t, &src[start..i]));
            plain_start = i;
        }
    }
    flush(&mut out, plain_start, b.len(), src);
    out
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
