//! Where everything sits in the source: the tokens (from a second pass of the lexer, without
//! the semicolons it inserts), their matching brackets, line starts, and the comments grouped
//! as go/parser groups them. The syntax tree keeps only start positions; the printer asks
//! this map for the rest (closing parentheses, colons, where an expression ends).

use crate::golang::syntax::ast::Pos;
use crate::golang::syntax::lexer::Lexer;
use crate::golang::syntax::token::Tok;

/// One token as written.
#[derive(Clone, Debug)]
pub struct STok<'a> {
    pub off: usize,
    pub tok: Tok,
    pub text: &'a str,
    /// Whether a semicolon was inserted (at a line end) just before this token.
    pub after_semi: bool,
}

impl STok<'_> {
    pub fn end(&self) -> usize {
        self.off + self.text.len()
    }
}

/// One comment: byte offsets of its start and end, and its text.
#[derive(Clone, Debug)]
pub struct Comment {
    pub off: usize,
    pub end: usize,
    pub text: String,
}

/// Comments with at most one line between them and no token in between.
#[derive(Clone, Debug)]
pub struct Group {
    pub list: Vec<Comment>,
}

pub struct SrcMap<'a> {
    pub src: &'a str,
    pub line_starts: Vec<usize>,
    pub toks: Vec<STok<'a>>,
    /// For each bracket token, the index of its partner (or itself when unmatched).
    pub partner: Vec<usize>,
    pub groups: Vec<Group>,
    /// Memoized spans (node id, what) for [`SrcMap::end`] and [`SrcMap::paren_layers`].
    pub memo: std::cell::RefCell<std::collections::HashMap<(u32, u8), usize>>,
}

impl<'a> SrcMap<'a> {
    pub fn new(src: &'a str) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        let mut m = SrcMap {
            src,
            line_starts,
            toks: Vec::new(),
            partner: Vec::new(),
            groups: Vec::new(),
            memo: Default::default(),
        };
        let raw = m.lex();
        m.match_brackets();
        m.group_comments(raw);
        m
    }

    fn lex(&mut self) -> Vec<Comment> {
        let mut lx = Lexer::new(self.src);
        let mut n = 0;
        let mut after_semi = false;
        loop {
            lx.next();
            n += 1;
            let t = lx.tok;
            if t.tok == Tok::EOF || n > self.src.len() + 10 {
                break;
            }
            if t.tok == Tok::Semi && t.lit != "semicolon" {
                after_semi = true;
                continue;
            }
            let off = self.off(t.pos);
            let text = lx.token_text();
            let text = if text.is_empty() { t.lit } else { text };
            self.toks.push(STok { off, tok: t.tok, text, after_semi });
            after_semi = false;
        }
        let cs: Vec<Comment> = lx
            .comments
            .iter()
            .map(|c| {
                let off = self.off(c.pos);
                Comment { off, end: off + c.text.len(), text: c.text.to_string() }
            })
            .collect();
        cs
    }

    fn match_brackets(&mut self) {
        self.partner = (0..self.toks.len()).collect();
        let mut stack: Vec<usize> = Vec::new();
        for i in 0..self.toks.len() {
            match self.toks[i].tok {
                Tok::Lparen | Tok::Lbrack | Tok::Lbrace => stack.push(i),
                Tok::Rparen | Tok::Rbrack | Tok::Rbrace => {
                    if let Some(j) = stack.pop() {
                        self.partner[i] = j;
                        self.partner[j] = i;
                    }
                }
                _ => {}
            }
        }
    }

    /// go/parser's grouping: a comment on the line of the token before it starts a group of
    /// the comments on that line only; otherwise a group runs while each comment starts at
    /// most one line after the previous one ended, with no token in between.
    fn group_comments(&mut self, raw: Vec<Comment>) {
        let mut groups: Vec<Group> = Vec::new();
        let mut cur: Vec<Comment> = Vec::new();
        let mut max_gap = 1;
        for c in raw {
            if let Some(last) = cur.last() {
                let between = self.tok_between(last.end, c.off);
                let gap = self.line(c.off) - self.line(last.end.saturating_sub(1).max(last.off));
                if between || gap > max_gap {
                    groups.push(Group { list: std::mem::take(&mut cur) });
                }
            }
            if cur.is_empty() {
                let prev = self.prev_tok(c.off);
                max_gap = match prev {
                    Some(i) if self.line(self.toks[i].end()) == self.line(c.off) => 0,
                    _ => 1,
                };
            }
            cur.push(c);
        }
        if !cur.is_empty() {
            groups.push(Group { list: cur });
        }
        self.groups = groups;
    }

    fn tok_between(&self, a: usize, b: usize) -> bool {
        match self.next_tok(a) {
            Some(i) => self.toks[i].off < b,
            None => false,
        }
    }

    /// The byte offset of a (line, byte column) position.
    pub fn off(&self, p: Pos) -> usize {
        let l = (p.line as usize).clamp(1, self.line_starts.len());
        (self.line_starts[l - 1] + (p.col as usize).saturating_sub(1)).min(self.src.len())
    }

    /// The 1-based line of an offset.
    pub fn line(&self, off: usize) -> usize {
        match self.line_starts.binary_search(&off) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    pub fn col(&self, off: usize) -> usize {
        off - self.line_starts[self.line(off) - 1] + 1
    }

    /// The first token at or after `off`.
    pub fn next_tok(&self, off: usize) -> Option<usize> {
        let i = self.toks.partition_point(|t| t.off < off);
        (i < self.toks.len()).then_some(i)
    }

    /// The last token starting before `off`.
    pub fn prev_tok(&self, off: usize) -> Option<usize> {
        let i = self.toks.partition_point(|t| t.off < off);
        i.checked_sub(1)
    }

    /// The token starting exactly at `off`.
    pub fn tok_at(&self, off: usize) -> Option<usize> {
        self.toks.binary_search_by_key(&off, |t| t.off).ok()
    }

    /// The first token of kind `tok` at or after `off`.
    pub fn find(&self, off: usize, tok: Tok) -> Option<usize> {
        let i = self.next_tok(off)?;
        (i..self.toks.len()).find(|&j| self.toks[j].tok == tok)
    }

    /// The offset just after the partner of the bracket token `i`.
    pub fn after_partner(&self, i: usize) -> usize {
        self.toks[self.partner[i]].end()
    }

    /// Whether the `(` token `i` groups an expression or type (rather than opening a call,
    /// a parameter list, a type assertion or a declaration group).
    pub fn is_grouping(&self, i: usize) -> bool {
        if self.toks[i].tok != Tok::Lparen {
            return false;
        }
        let Some(prev) = i.checked_sub(1) else { return true };
        if self.toks[i].after_semi {
            return true;
        }
        // `[](T)`: the element type of a slice type in parentheses.
        if self.toks[prev].tok == Tok::Rbrack && prev > 0 && self.partner[prev] == prev - 1 {
            return true;
        }
        !matches!(
            self.toks[prev].tok,
            Tok::Name
                | Tok::Literal
                | Tok::Rparen
                | Tok::Rbrack
                | Tok::Rbrace
                | Tok::Dot
                | Tok::Func
                | Tok::Import
                | Tok::Var
                | Tok::Const
                | Tok::Type
                | Tok::Interface
                | Tok::Struct
        )
    }
}
