//! The lexer: Go source text to [`Token`]s, one at a time, with Go's automatic semicolon
//! insertion and the scanner's error messages (`newline in string`, `invalid character
//! U+0040 '@'`...) at the positions Go's compiler reports them. It also records the Go
//! version of a `//go:build go1.N` line before the package clause, and every comment with
//! its position ([`Lexer::comments`], for gofmt's printer; the parser never sees them).

use super::ast::{LitKind, Pos};
use super::token::*;

/// The scanner state: the current character, the current token, the errors seen so far.
pub struct Lexer<'a> {
    pub(super) src: &'a str,
    pub(super) b: &'a [u8],
    /// The current character (`-1` at the end), its width and the offset after it.
    pub(super) ch: i32,
    pub(super) chw: usize,
    pub(super) r: usize,
    /// Where the current character is (1-based line and byte column).
    pub(super) line: u32,
    pub(super) col: u32,
    /// Where the current token's text starts.
    pub(super) start: usize,
    pub(super) nlsemi: bool,
    /// Whether no token after the comments before `package` has been read yet.
    pub top: bool,
    pub go_version: Option<(u32, u32)>,
    pub errors: Vec<(Pos, String)>,
    pub tok: Token<'a>,
    /// Offsets where the source had a byte of invalid UTF-8 (now a NUL): see
    /// [`super::parse_file_bytes`].
    pub invalid_utf8: Vec<usize>,
    /// Whether the current token (or comment) is the first thing on its line.
    pub(super) blank: bool,
    /// `//go:` directives read since the parser last took them: the position of `go:`,
    /// whether the comment began its line, and the text after `//`.
    pub directives: Vec<(Pos, bool, String)>,
    /// Every comment read so far (`//...` without a trailing `\r`, or `/*...*/`), in source
    /// order, with where it starts; the parser never looks at these (gofmt's printer does).
    pub comments: Vec<Comment<'a>>,
}

/// A comment as written, with the position of its first `/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Comment<'a> {
    pub pos: Pos,
    pub text: &'a str,
}

fn is_letter(c: i32) -> bool {
    (c >= 'a' as i32 && c <= 'z' as i32) || (c >= 'A' as i32 && c <= 'Z' as i32) || c == '_' as i32
}

pub(super) fn is_decimal(c: i32) -> bool {
    c >= '0' as i32 && c <= '9' as i32
}

pub(super) fn is_hex(c: i32) -> bool {
    is_decimal(c) || (c >= 'a' as i32 && c <= 'f' as i32) || (c >= 'A' as i32 && c <= 'F' as i32)
}

pub(super) fn lower(c: i32) -> i32 {
    if c >= 'A' as i32 && c <= 'Z' as i32 {
        c + 32
    } else {
        c
    }
}

pub(super) fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Go's `%#U`: `U+0040 '@'` (without the quoted character when it does not print).
pub fn fmt_u(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if is_print(ch) => format!("U+{:04X} '{}'", c, ch),
        _ => format!("U+{:04X}", c),
    }
}

fn is_print(c: char) -> bool {
    !(c.is_control() || c == '\u{feff}' || (c.is_whitespace() && c != ' '))
}

/// Go's `%q` of a rune: `'x'`, `'\n'`, `'\x00'`.
pub fn quote_rune(c: u32) -> String {
    let body = match c {
        0x07 => "\\a".into(),
        0x08 => "\\b".into(),
        0x0c => "\\f".into(),
        0x0a => "\\n".into(),
        0x0d => "\\r".into(),
        0x09 => "\\t".into(),
        0x0b => "\\v".into(),
        0x5c => "\\\\".into(),
        0x27 => "\\'".into(),
        _ => match char::from_u32(c) {
            Some(ch) if is_print(ch) => ch.to_string(),
            _ if c < 0x80 => format!("\\x{:02x}", c),
            _ if c < 0x10000 => format!("\\u{:04x}", c),
            _ => format!("\\U{:08x}", c),
        },
    };
    format!("'{}'", body)
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Self::with_invalid_utf8(src, Vec::new())
    }

    /// A lexer over `src` in which the NULs at the (sorted) offsets `invalid_utf8` stand
    /// for bytes of invalid UTF-8.
    pub fn with_invalid_utf8(src: &'a str, invalid_utf8: Vec<usize>) -> Self {
        let mut lx = Lexer {
            src,
            b: src.as_bytes(),
            ch: ' ' as i32,
            chw: 0,
            r: 0,
            line: 1,
            col: 1,
            start: 0,
            nlsemi: false,
            top: true,
            go_version: None,
            errors: Vec::new(),
            tok: Token {
                tok: Tok::EOF,
                pos: Pos { line: 1, col: 1 },
                lit: "",
                kind: LitKind::Int,
                bad: false,
                op: Op::None,
                prec: 0,
            },
            invalid_utf8,
            blank: true,
            directives: Vec::new(),
            comments: Vec::new(),
        };
        lx.nextch();
        lx
    }

    pub(super) fn error_here(&mut self, msg: String) {
        self.errors.push((Pos { line: self.line, col: self.col }, msg));
    }

    /// An error at a byte offset from the current token's start.
    pub(super) fn error_at(&mut self, offset: usize, msg: String) {
        let p = self.tok.pos;
        self.errors.push((Pos { line: p.line, col: p.col + offset as u32 }, msg));
    }

    pub(super) fn nextch(&mut self) {
        loop {
            self.col += self.chw as u32;
            if self.ch == '\n' as i32 {
                self.line += 1;
                self.col = 1;
            }
            if self.r >= self.b.len() {
                self.ch = -1;
                self.chw = 0;
                return;
            }
            let c = self.b[self.r];
            if c < 0x80 {
                self.r += 1;
                self.chw = 1;
                self.ch = c as i32;
                if c == 0 {
                    let msg = if self.invalid_utf8.binary_search(&(self.r - 1)).is_ok() {
                        "invalid UTF-8 encoding"
                    } else {
                        "invalid NUL character"
                    };
                    self.error_here(msg.into());
                    continue;
                }
                return;
            }
            let ch = self.src[self.r..].chars().next().unwrap_or('\u{fffd}');
            self.chw = ch.len_utf8();
            self.r += self.chw;
            self.ch = ch as i32;
            if ch == '\u{feff}' {
                if self.line > 1 || self.col > 1 {
                    self.error_here("invalid BOM in the middle of the file".into());
                }
                continue;
            }
            return;
        }
    }

    /// The current token's source text (an operator's or keyword's spelling too); empty for
    /// a semicolon inserted at a newline or at the end.
    pub fn token_text(&self) -> &'a str {
        self.segment()
    }

    /// The current token's text so far (up to, not including, the current character).
    pub(super) fn segment(&self) -> &'a str {
        let end = self.r - self.chw;
        self.src.get(self.start..end).unwrap_or("")
    }

    pub(super) fn set_lit(&mut self, kind: LitKind, ok: bool) {
        self.nlsemi = true;
        self.tok.tok = Tok::Literal;
        self.tok.lit = self.segment();
        self.tok.bad = !ok;
        self.tok.kind = kind;
    }

    /// Reads the next token into [`Lexer::tok`].
    pub fn next(&mut self) {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            let (start_line, start_col) = (self.line, self.col);
            while self.ch == ' ' as i32
                || self.ch == '\t' as i32
                || (self.ch == '\n' as i32 && !nlsemi)
                || self.ch == '\r' as i32
            {
                self.nextch();
            }
            self.blank = self.line > start_line || start_col == 1;
            self.tok = Token {
                tok: Tok::EOF,
                pos: Pos { line: self.line, col: self.col },
                lit: "",
                kind: LitKind::Int,
                bad: false,
                op: Op::None,
                prec: 0,
            };
            self.start = self.r - self.chw;
            if is_letter(self.ch) || (self.ch >= 0x80 && self.at_ident_char(true)) {
                self.nextch();
                self.ident();
                return;
            }
            if self.scan_token(nlsemi) {
                return;
            }
        }
    }

    /// Scans a token starting at the current character; false when the scan must restart
    /// (after a comment or an invalid character).
    fn scan_token(&mut self, nlsemi: bool) -> bool {
        let c = self.ch;
        if c == -1 {
            if nlsemi {
                self.tok.lit = "EOF";
                self.tok.tok = Tok::Semi;
            }
            return true;
        }
        if is_decimal(c) {
            self.number(false);
            return true;
        }
        let c = c as u8 as char;
        if self.ch >= 0x80 {
            return self.invalid_char();
        }
        match c {
            '\n' => {
                self.nextch();
                self.tok.lit = "newline";
                self.tok.tok = Tok::Semi;
            }
            '"' => self.std_string(),
            '`' => self.raw_string(),
            '\'' => self.rune(),
            '(' => self.simple(Tok::Lparen, false),
            '[' => self.simple(Tok::Lbrack, false),
            '{' => self.simple(Tok::Lbrace, false),
            ',' => self.simple(Tok::Comma, false),
            ';' => {
                self.simple(Tok::Semi, false);
                self.tok.lit = "semicolon";
            }
            ')' => self.simple(Tok::Rparen, true),
            ']' => self.simple(Tok::Rbrack, true),
            '}' => self.simple(Tok::Rbrace, true),
            ':' => {
                self.nextch();
                self.tok.tok = if self.eat('=') { Tok::Define } else { Tok::Colon };
            }
            '.' => self.dot(),
            '/' => return self.slash(nlsemi),
            _ => return self.operator(c),
        }
        true
    }

    fn invalid_char(&mut self) -> bool {
        let msg = format!("invalid character {}", fmt_u(self.ch as u32));
        self.error_here(msg);
        self.nextch();
        false
    }

    fn simple(&mut self, t: Tok, nlsemi: bool) {
        self.nextch();
        self.nlsemi = nlsemi;
        self.tok.tok = t;
    }

    fn eat(&mut self, c: char) -> bool {
        if self.ch == c as i32 {
            self.nextch();
            true
        } else {
            false
        }
    }

    fn dot(&mut self) {
        self.nextch();
        if is_decimal(self.ch) {
            self.number(true);
            return;
        }
        if self.ch == '.' as i32 && self.b.get(self.r) == Some(&b'.') {
            self.nextch();
            self.nextch();
            self.tok.tok = Tok::DotDotDot;
            return;
        }
        if self.ch == '.' as i32 && self.b.get(self.r) == Some(&b'\n') {
            // Go's scanner backs up over `..` followed by a newline and, doing so, counts
            // that newline once too often: every later line number is one more. Do the same.
            self.line += 1;
            self.col = 2;
        }
        self.tok.tok = Tok::Dot;
    }

    fn slash(&mut self, nlsemi: bool) -> bool {
        self.nextch();
        if self.ch == '/' as i32 {
            self.nextch();
            self.line_comment();
            return false;
        }
        if self.ch == '*' as i32 {
            self.nextch();
            let line = self.tok.pos.line;
            let from = self.r - self.chw - 2;
            self.skip_comment();
            let text = self.src.get(from..self.r - self.chw).unwrap_or("");
            self.comments.push(Comment { pos: self.tok.pos, text });
            if self.line > line && nlsemi {
                self.tok.lit = "newline";
                self.tok.tok = Tok::Semi;
                return true;
            }
            return false;
        }
        self.op(Op::Div, PREC_MUL);
        true
    }

    /// An operator token: `op`, `op=`, `++`, `--`, `&&`, `<-`...
    fn operator(&mut self, c: char) -> bool {
        self.nextch();
        let (op, prec) = match c {
            '+' | '-' => {
                let op = if c == '+' { Op::Add } else { Op::Sub };
                if self.eat(c) {
                    self.nlsemi = true;
                    self.tok = Token { tok: Tok::IncOp, op, prec: PREC_ADD, ..self.tok };
                    return true;
                }
                (op, PREC_ADD)
            }
            '*' => {
                let t = if self.eat('=') { Tok::AssignOp } else { Tok::Star };
                self.tok = Token { tok: t, op: Op::Mul, prec: PREC_MUL, ..self.tok };
                return true;
            }
            '%' => (Op::Rem, PREC_MUL),
            '&' if self.eat('&') => return self.plain(Op::AndAnd, PREC_ANDAND),
            '&' if self.eat('^') => (Op::AndNot, PREC_MUL),
            '&' => (Op::And, PREC_MUL),
            '|' if self.eat('|') => return self.plain(Op::OrOr, PREC_OROR),
            '|' => (Op::Or, PREC_ADD),
            '^' => (Op::Xor, PREC_ADD),
            '<' if self.eat('=') => return self.plain(Op::Leq, PREC_CMP),
            '<' if self.eat('<') => (Op::Shl, PREC_MUL),
            '<' if self.eat('-') => {
                self.tok.tok = Tok::Arrow;
                return true;
            }
            '<' => return self.plain(Op::Lss, PREC_CMP),
            '>' if self.eat('=') => return self.plain(Op::Geq, PREC_CMP),
            '>' if self.eat('>') => (Op::Shr, PREC_MUL),
            '>' => return self.plain(Op::Gtr, PREC_CMP),
            '=' if self.eat('=') => return self.plain(Op::Eql, PREC_CMP),
            '=' => {
                self.tok.tok = Tok::Assign;
                return true;
            }
            '!' if self.eat('=') => return self.plain(Op::Neq, PREC_CMP),
            '!' => return self.plain(Op::Not, 0),
            '~' => return self.plain(Op::Tilde, 0),
            _ => {
                // Not an operator after all: report the character and rescan after it.
                let msg = format!("invalid character {}", fmt_u(c as u32));
                self.errors.push((self.tok.pos, msg));
                return false;
            }
        };
        self.op(op, prec);
        true
    }

    fn plain(&mut self, op: Op, prec: u8) -> bool {
        self.tok = Token { tok: Tok::Operator, op, prec, ..self.tok };
        true
    }

    /// `op` or `op=` (the operator's first characters are consumed).
    fn op(&mut self, op: Op, prec: u8) {
        let t = if self.eat('=') { Tok::AssignOp } else { Tok::Operator };
        self.tok = Token { tok: t, op, prec, ..self.tok };
    }

    fn ident(&mut self) {
        while is_letter(self.ch) || is_decimal(self.ch) {
            self.nextch();
        }
        if self.ch >= 0x80 {
            while self.at_ident_char(false) {
                self.nextch();
            }
        }
        let lit = self.segment();
        if let Some(kw) = Tok::keyword(lit) {
            self.nlsemi = matches!(kw, Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return);
            self.tok.tok = kw;
            return;
        }
        self.nlsemi = true;
        self.tok.lit = lit;
        self.tok.tok = Tok::Name;
    }

    fn at_ident_char(&mut self, first: bool) -> bool {
        let Some(c) = u32::try_from(self.ch).ok().and_then(char::from_u32) else {
            return false;
        };
        if c.is_alphabetic() || c == '_' {
            return true;
        }
        if c.is_numeric() {
            if first {
                self.error_here(format!("identifier cannot begin with digit {}", fmt_u(c as u32)));
            }
            return true;
        }
        if self.ch >= 0x80 {
            self.error_here(format!("invalid character {} in identifier", fmt_u(c as u32)));
            return true;
        }
        false
    }
}

#[cfg(test)]
mod comment_tests {
    use super::*;

    #[test]
    fn records_comments_with_positions() {
        let src = "package main // pkg\n\n/* block\n   two */\nvar x = 1 //line\r\n";
        let mut lx = Lexer::new(src);
        let mut toks = Vec::new();
        while lx.tok.tok != Tok::EOF || toks.is_empty() {
            lx.next();
            toks.push(lx.tok.tok);
        }
        let got: Vec<(u32, u32, &str)> = lx.comments.iter().map(|c| (c.pos.line, c.pos.col, c.text)).collect();
        assert_eq!(got, vec![(1, 14, "// pkg"), (3, 1, "/* block\n   two */"), (5, 11, "//line")]);
        let want = [Tok::Package, Tok::Name, Tok::Semi, Tok::Var, Tok::Name, Tok::Assign, Tok::Literal, Tok::Semi];
        assert_eq!(&toks[..want.len()], &want, "comments must not change the tokens");
    }
}
