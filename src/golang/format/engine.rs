//! The printer's core, after go/printer: tokens are written as they come while whitespace
//! is held back in a buffer, so that comments found in the source before the next token can
//! be placed among it (see `comments`). Positions track both the source (`pos`) and the
//! output (`out`), which is how line breaks of the source are kept.

use super::srcmap::SrcMap;
use super::tabwriter::ESC;

pub const MAX_NEWLINES: usize = 2;
pub const INFINITY: usize = 1 << 30;

/// Whitespace items, held back until the next token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ws {
    Ignore,
    Blank,
    Vtab,
    Newline,
    Formfeed,
    Indent,
    Unindent,
}

impl Ws {
    fn byte(self) -> u8 {
        match self {
            Ws::Blank => b' ',
            Ws::Vtab => b'\x0b',
            Ws::Newline => b'\n',
            Ws::Formfeed => b'\x0c',
            _ => 0,
        }
    }
}

/// Printer modes, toggled around composite literals and one-line bodies.
pub const NO_EXTRA_BLANK: u8 = 1;
pub const NO_EXTRA_LINEBREAK: u8 = 2;

/// A position: byte offset, line, column (line 0: unknown).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub offset: usize,
    pub line: usize,
    pub col: usize,
}

impl Position {
    pub fn valid(&self) -> bool {
        self.line > 0
    }
}

pub struct Printer<'s, 'a> {
    pub sm: &'s SrcMap<'a>,
    pub output: Vec<u8>,
    pub indent: i32,
    pub level: i32,
    pub mode: u8,
    pub end_alignment: bool,
    pub implied_semi: bool,
    /// The last token written: its text, `IDENT`, `INT`, `LIT`, or empty after whitespace.
    pub last_tok: &'static str,
    pub prev_open: &'static str,
    pub wsbuf: Vec<Ws>,
    pub pos: Position,
    pub out: Position,
    pub last: Position,
    pub line_slots: Vec<usize>,
    pub line_ptr: Option<usize>,
    /// Whether comments are printed (not when measuring a node's size).
    pub with_comments: bool,
    pub cindex: usize,
    pub comment: Option<usize>,
    pub comment_offset: usize,
    pub comment_newline: bool,
    /// Where `//go:build` and `// +build` comments start in `output`.
    pub go_build: Vec<usize>,
    pub plus_build: Vec<usize>,
}

impl<'s, 'a> Printer<'s, 'a> {
    pub fn new(sm: &'s SrcMap<'a>, with_comments: bool) -> Self {
        let start = Position { offset: 0, line: 1, col: 1 };
        let mut p = Printer {
            sm,
            output: Vec::new(),
            indent: 0,
            level: 0,
            mode: 0,
            end_alignment: false,
            implied_semi: false,
            last_tok: "",
            prev_open: "",
            wsbuf: Vec::new(),
            pos: start,
            out: start,
            last: Position::default(),
            line_slots: Vec::new(),
            line_ptr: None,
            with_comments,
            cindex: 0,
            comment: None,
            comment_offset: INFINITY,
            comment_newline: false,
            go_build: Vec::new(),
            plus_build: Vec::new(),
        };
        p.next_comment();
        p
    }

    /// The position of a byte offset in the source.
    pub fn pos_for(&self, off: usize) -> Position {
        Position { offset: off, line: self.sm.line(off), col: self.sm.col(off) }
    }

    pub fn line_for(&self, off: usize) -> usize {
        self.sm.line(off)
    }

    pub fn set_pos(&mut self, off: usize) {
        self.pos = self.pos_for(off);
    }

    /// A slot that receives the output line of the next token (go/printer's `recordLine`).
    pub fn record_line(&mut self) -> usize {
        self.line_slots.push(0);
        self.line_ptr = Some(self.line_slots.len() - 1);
        self.line_slots.len() - 1
    }

    pub fn lines_from(&self, slot: usize) -> usize {
        self.out.line.saturating_sub(self.line_slots[slot])
    }

    fn write_indent(&mut self) {
        let n = self.indent.max(0) as usize;
        self.output.extend(std::iter::repeat_n(b'\t', n));
        self.pos.offset += n;
        self.pos.col += n;
        self.out.col += n;
    }

    /// Writes a whitespace byte `n` times.
    pub fn write_byte(&mut self, ch: u8, n: usize) {
        let mut ch = ch;
        if self.end_alignment {
            match ch {
                b'\t' | b'\x0b' => ch = b' ',
                b'\n' | b'\x0c' => {
                    ch = b'\x0c';
                    self.end_alignment = false;
                }
                _ => {}
            }
        }
        if self.out.col == 1 {
            self.write_indent();
        }
        self.output.extend(std::iter::repeat_n(ch, n));
        self.pos.offset += n;
        if ch == b'\n' || ch == b'\x0c' {
            self.pos.line += n;
            self.out.line += n;
            self.pos.col = 1;
            self.out.col = 1;
            return;
        }
        self.pos.col += n;
        self.out.col += n;
    }

    /// Writes a token, literal or comment text at source position `pos`.
    pub fn write_string(&mut self, pos: Position, s: &str, is_lit: bool) {
        if self.out.col == 1 {
            self.write_indent();
        }
        if pos.valid() {
            self.pos = pos;
        }
        if is_lit {
            self.output.push(ESC);
        }
        self.output.extend_from_slice(s.as_bytes());
        let nlines = s.bytes().filter(|&b| b == b'\n' || b == b'\x0c').count();
        self.pos.offset += s.len();
        if nlines > 0 {
            self.end_alignment = true;
            let li = s.rfind(['\n', '\x0c']).unwrap_or(0);
            let c = s.len() - li;
            self.pos.line += nlines;
            self.out.line += nlines;
            self.pos.col = c;
            self.out.col = c;
        } else {
            self.pos.col += s.len();
            self.out.col += s.len();
        }
        if is_lit {
            self.output.push(ESC);
        }
        self.last = self.pos;
    }

    /// Writes the first `n` buffered whitespace items.
    pub fn write_whitespace(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            match self.wsbuf[i] {
                Ws::Ignore => {}
                Ws::Indent => self.indent += 1,
                Ws::Unindent => self.indent = (self.indent - 1).max(0),
                ch @ (Ws::Newline | Ws::Formfeed) => {
                    if i + 1 < n && self.wsbuf[i + 1] == Ws::Unindent {
                        self.wsbuf[i] = Ws::Unindent;
                        self.wsbuf[i + 1] = Ws::Formfeed;
                        continue;
                    }
                    self.write_byte(ch.byte(), 1);
                }
                ch => self.write_byte(ch.byte(), 1),
            }
            i += 1;
        }
        self.wsbuf.drain(..n);
    }

    /// Buffers whitespace.
    pub fn ws(&mut self, w: Ws) {
        self.note_prev_open();
        if w == Ws::Ignore {
            return;
        }
        if w == Ws::Newline || w == Ws::Formfeed {
            self.implied_semi = false;
        }
        self.wsbuf.push(w);
        self.last_tok = "";
    }

    /// Toggles printer mode bits.
    pub fn toggle(&mut self, m: u8) {
        self.note_prev_open();
        self.mode ^= m;
    }

    fn note_prev_open(&mut self) {
        match self.last_tok {
            "" => {}
            "(" | "[" => self.prev_open = self.last_tok,
            _ => self.prev_open = "",
        }
    }

    /// Prints a token (keyword, operator, punctuation).
    pub fn tok(&mut self, s: &'static str) {
        self.note_prev_open();
        if may_combine(self.last_tok, s.as_bytes()[0]) {
            self.wsbuf.clear();
            self.wsbuf.push(Ws::Blank);
        }
        let implied = matches!(s, "break" | "continue" | "fallthrough" | "return" | "++" | "--" | ")" | "]" | "}");
        self.last_tok = s;
        self.emit(s, false, implied);
    }

    /// Prints an identifier.
    pub fn ident(&mut self, s: &str) {
        self.note_prev_open();
        self.last_tok = "IDENT";
        self.emit(s, false, true);
    }

    /// Prints a literal; `int` marks an integer (a following `.` must be spaced).
    pub fn lit(&mut self, s: &str, int: bool) {
        self.note_prev_open();
        self.last_tok = if int { "INT" } else { "LIT" };
        self.emit(s, true, true);
    }

    fn emit(&mut self, data: &str, is_lit: bool, implied: bool) {
        let next = self.pos;
        let (wrote_newline, dropped_ff) = self.flush(next, self.last_tok);
        let mut implied = implied;
        if !self.implied_semi {
            let mut n = next.line.saturating_sub(self.pos.line).min(MAX_NEWLINES);
            if wrote_newline && n == MAX_NEWLINES {
                n = MAX_NEWLINES - 1;
            }
            if n > 0 {
                let ch = if dropped_ff { b'\x0c' } else { b'\n' };
                self.write_byte(ch, n);
                implied = false;
            }
        }
        if let Some(slot) = self.line_ptr.take() {
            self.line_slots[slot] = self.out.line;
        }
        self.write_string(next, data, is_lit);
        self.implied_semi = implied;
    }

    /// Prints pending comments before `next`, and pending whitespace.
    pub fn flush(&mut self, next: Position, tok: &str) -> (bool, bool) {
        if self.comment_before(next) {
            self.intersperse_comments(next, tok)
        } else {
            let n = self.wsbuf.len();
            self.write_whitespace(n);
            (false, false)
        }
    }

    /// go/printer's `linebreak`: at least `min` line breaks, as many as the source had
    /// before `line` (two at most); a new section starts with a formfeed.
    pub fn linebreak(&mut self, line: usize, min: usize, ws: Ws, new_section: bool) -> usize {
        let mut n = line.saturating_sub(self.pos.line).min(MAX_NEWLINES).max(min);
        let mut nbreaks = 0;
        if n > 0 {
            self.ws(ws);
            if new_section {
                self.ws(Ws::Formfeed);
                n -= 1;
                nbreaks = 2;
            }
            nbreaks += n;
            for _ in 0..n {
                self.ws(Ws::Newline);
            }
        }
        nbreaks
    }
}

fn may_combine(prev: &str, next: u8) -> bool {
    match prev {
        "INT" => next == b'.',
        "+" => next == b'+',
        "-" => next == b'-',
        "/" => next == b'*',
        "<" => next == b'-' || next == b'<',
        "&" => next == b'&' || next == b'^',
        _ => false,
    }
}
