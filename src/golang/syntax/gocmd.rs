//! The go command's own look at a file before compiling it: `go build` reads the package
//! clause and imports with `go/parser`, so mistakes there are reported in that parser's
//! words, as `main.go:1:1: expected 'package', found main` (no `./`, no
//! `# command-line-arguments` header).

use super::ast::{LitKind, Pos};
use super::lexer::Lexer;
use super::token::Tok;

/// How `go/parser` names the token in `found X`.
fn found(lx: &Lexer, src: &str) -> (Pos, String) {
    let t = lx.tok;
    let desc = match t.tok {
        Tok::Name | Tok::Literal => t.lit.to_string(),
        Tok::EOF => "'EOF'".to_string(),
        Tok::Semi if t.lit == "newline" => "newline".to_string(),
        Tok::Semi if t.lit == "EOF" => "'EOF'".to_string(),
        Tok::Semi => "';'".to_string(),
        Tok::Operator | Tok::Star => format!("'{}'", t.op.text()),
        Tok::AssignOp => format!("'{}='", t.op.text()),
        Tok::IncOp => format!("'{0}{0}'", t.op.text()),
        other => format!("'{}'", other.text()),
    };
    let pos = if matches!(t.tok, Tok::EOF) || (t.tok == Tok::Semi && t.lit == "EOF") { eof_pos(src) } else { t.pos };
    (pos, desc)
}

/// Where `go/token` puts the end of the file: a final newline starts no new line.
fn eof_pos(src: &str) -> Pos {
    let body = src.strip_suffix('\n').unwrap_or(src);
    let line = body.matches('\n').count() as u32 + 1;
    let start = body.rfind('\n').map_or(0, |i| i + 1);
    Pos { line, col: (src.len() - start) as u32 + 1 }
}

/// The lexer as the go command's header reader uses it: lexical errors are kept in
/// `go/scanner`'s words, positioned with the token being read.
struct Hdr<'a> {
    lx: Lexer<'a>,
    src: &'a str,
    lexical: Vec<(Pos, String)>,
}

impl Hdr<'_> {
    fn next(&mut self) {
        let before = self.lx.errors.len();
        self.lx.next();
        for i in before..self.lx.errors.len() {
            let (pos, msg) = self.lx.errors[i].clone();
            let e = scanner_wording(pos, &msg, &self.lx);
            self.lexical.push(e);
        }
    }

    fn tok(&self) -> Tok {
        self.lx.tok.tok
    }

    fn found(&self) -> (Pos, String) {
        found(&self.lx, self.src)
    }
}

/// The go command's first complaint about the package clause and imports, if any: a
/// lexical error there (in `go/scanner`'s words) or a structural one. Like the go command,
/// this looks only at the header its byte reader delimits ([`header_len`]).
pub fn check(src: &str) -> Option<(Pos, String)> {
    let head = src.get(..header_len(src.as_bytes())).unwrap_or(src);
    let mut h = Hdr { lx: Lexer::new(head), src: head, lexical: Vec::new() };
    let structural = header(&mut h);
    let mut errs = h.lexical;
    if let Some(e) = structural {
        // go/parser drops a parse error on the line of the error before it.
        if !errs.iter().any(|(p, _)| p.line == e.0.line) {
            errs.push(e);
        }
    }
    errs.into_iter().min_by_key(|e| e.0)
}

/// `go/scanner`'s wording (and position) for an error our lexer reported while reading
/// the token now current.
fn scanner_wording(pos: Pos, msg: &str, lx: &Lexer) -> (Pos, String) {
    let at_lit = lx.tok.pos;
    let raw = lx.tok.lit.starts_with('`');
    match msg {
        "unknown escape" => (pos, "unknown escape sequence".into()),
        "newline in string" | "string not terminated" if raw => (at_lit, "raw string literal not terminated".into()),
        "newline in string" | "string not terminated" => (at_lit, "string literal not terminated".into()),
        "newline in rune literal" | "rune literal not terminated" => (at_lit, "rune literal not terminated".into()),
        "more than one character in rune literal" => (at_lit, "illegal rune literal".into()),
        m if m.starts_with("empty rune literal") => (at_lit, "illegal rune literal".into()),
        m if m.starts_with("invalid character U+") => {
            let m = m.strip_suffix(" in identifier").unwrap_or(m);
            (pos, m.replacen("invalid character", "illegal character", 1))
        }
        m if m.starts_with("identifier cannot begin with digit ") => {
            (pos, m.replacen("identifier cannot begin with digit", "illegal character", 1))
        }
        m => (pos, m.to_string()),
    }
}

fn header(h: &mut Hdr) -> Option<(Pos, String)> {
    h.next();
    if h.tok() != Tok::Package {
        let (pos, f) = h.found();
        return Some((pos, format!("expected 'package', found {}", f)));
    }
    h.next();
    if h.tok() != Tok::Name {
        let (pos, f) = h.found();
        return Some((pos, format!("expected 'IDENT', found {}", f)));
    }
    h.next();
    if h.tok() != Tok::Semi {
        return None;
    }
    h.next();
    while h.tok() == Tok::Import {
        h.next();
        if h.tok() == Tok::Lparen {
            h.next();
            while !matches!(h.tok(), Tok::Rparen | Tok::EOF) {
                if let Some(e) = import_spec(h).or_else(|| expect_semi(h)) {
                    return Some(e);
                }
            }
            if h.tok() != Tok::Rparen {
                return None;
            }
            h.next();
        } else if let Some(e) = import_spec(h) {
            return Some(e);
        }
        if h.tok() != Tok::Semi {
            return None;
        }
        h.next();
    }
    None
}

/// go/parser's `expectSemi`: a `;` (or newline), optional before `)` and `}`.
fn expect_semi(h: &mut Hdr) -> Option<(Pos, String)> {
    match h.tok() {
        Tok::Rparen | Tok::Rbrace => None,
        Tok::Semi => {
            h.next();
            None
        }
        _ => {
            let (pos, f) = h.found();
            Some((pos, format!("expected ';', found {}", f)))
        }
    }
}

fn import_spec(h: &mut Hdr) -> Option<(Pos, String)> {
    if matches!(h.tok(), Tok::Name | Tok::Dot) {
        h.next();
    }
    let t = h.lx.tok;
    match (t.tok, t.kind) {
        (Tok::Literal, LitKind::String) => {
            h.next();
            None
        }
        // go/token counts identifiers as literals too.
        (Tok::Literal | Tok::Name, _) => Some((t.pos, "import path must be a string".into())),
        _ => Some((t.pos, "missing import path".into())),
    }
}

/// How many bytes of `src` the go command hands to `go/parser` (go/build's import reader):
/// through the imports, stopping before the first byte that cannot continue them, or the
/// whole file when that reader sees something it does not expect.
pub fn header_len(src: &[u8]) -> usize {
    let mut r = ImportReader { b: src, n: 0, peek: 0, failed: false, eof: false };
    r.read_keyword(b"package");
    r.read_ident();
    while r.peek_byte(true) == b'i' {
        r.read_keyword(b"import");
        if r.peek_byte(true) == b'(' {
            r.next_byte(false);
            while r.peek_byte(true) != b')' && !r.failed {
                r.read_import();
            }
            r.next_byte(false);
        } else {
            r.read_import();
        }
    }
    if r.failed || r.eof {
        return if r.failed { src.len() } else { r.n };
    }
    r.n.saturating_sub(1)
}

/// A port of go/build's byte-level import reader (`failed` covers its syntax and NUL errors).
struct ImportReader<'a> {
    b: &'a [u8],
    /// Bytes read so far.
    n: usize,
    peek: u8,
    failed: bool,
    eof: bool,
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl ImportReader<'_> {
    fn read_byte(&mut self) -> u8 {
        match self.b.get(self.n) {
            Some(&c) => {
                self.n += 1;
                if c == 0 {
                    self.failed = true;
                }
                c
            }
            None => {
                self.eof = true;
                0
            }
        }
    }

    fn peek_byte(&mut self, skip_space: bool) -> u8 {
        if self.failed {
            return 0;
        }
        let mut c = if self.peek == 0 { self.read_byte() } else { self.peek };
        while !self.failed && !self.eof && skip_space {
            match c {
                b' ' | 0x0c | b'\t' | b'\r' | b'\n' | b';' => c = self.read_byte(),
                b'/' => {
                    c = self.read_byte();
                    if c == b'/' {
                        while c != b'\n' && !self.failed && !self.eof {
                            c = self.read_byte();
                        }
                    } else if c == b'*' {
                        let mut c1 = 0u8;
                        while (c != b'*' || c1 != b'/') && !self.failed {
                            if self.eof {
                                self.failed = true;
                            }
                            (c, c1) = (c1, self.read_byte());
                        }
                    } else {
                        self.failed = true;
                    }
                    c = self.read_byte();
                }
                _ => break,
            }
        }
        self.peek = c;
        c
    }

    fn next_byte(&mut self, skip_space: bool) -> u8 {
        let c = self.peek_byte(skip_space);
        self.peek = 0;
        c
    }

    fn read_keyword(&mut self, kw: &[u8]) {
        self.peek_byte(true);
        for &k in kw {
            if self.next_byte(false) != k {
                self.failed = true;
                return;
            }
        }
        if is_ident_byte(self.peek_byte(false)) {
            self.failed = true;
        }
    }

    fn read_ident(&mut self) {
        if !is_ident_byte(self.peek_byte(true)) {
            self.failed = true;
            return;
        }
        while is_ident_byte(self.peek_byte(false)) {
            self.peek = 0;
        }
    }

    fn read_string(&mut self) {
        match self.next_byte(true) {
            b'`' => {
                while !self.failed {
                    if self.next_byte(false) == b'`' {
                        break;
                    }
                    if self.eof {
                        self.failed = true;
                    }
                }
            }
            b'"' => {
                while !self.failed {
                    let c = self.next_byte(false);
                    if c == b'"' {
                        break;
                    }
                    if self.eof || c == b'\n' {
                        self.failed = true;
                    }
                    if c == b'\\' {
                        self.next_byte(false);
                    }
                }
            }
            _ => self.failed = true,
        }
    }

    fn read_import(&mut self) {
        let c = self.peek_byte(true);
        if c == b'.' {
            self.peek = 0;
        } else if is_ident_byte(c) {
            self.read_ident();
        }
        self.read_string();
    }
}
