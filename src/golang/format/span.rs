//! Where a node of the syntax tree starts and ends in the source (byte offsets), and how many
//! pairs of source parentheses wrap it: the tree keeps start positions only and drops most
//! parentheses, so both are recovered from the token map.

use super::srcmap::SrcMap;
use crate::golang::syntax::ast::*;
use crate::golang::syntax::token::Tok;

impl SrcMap<'_> {
    /// The offset of an expression's first own token (inside any parentheses around it).
    pub fn start(&self, e: &Expr) -> usize {
        match &e.kind {
            ExprKind::Call { fun, .. } => self.start(fun),
            ExprKind::Selector(x, _)
            | ExprKind::Index(x, _)
            | ExprKind::Slice { x, .. }
            | ExprKind::TypeAssert(x, _) => self.start(x),
            ExprKind::Binary { x, .. } => self.start(x),
            ExprKind::CompositeLit { ty: Some(t), .. } => self.start(t),
            _ => self.off(e.pos),
        }
    }

    /// The offset of an expression's first token, parentheses around it included.
    pub fn outer_start(&self, e: &Expr) -> usize {
        let (s, _) = self.wrapped(e);
        s
    }

    /// The offset just after an expression's last own token.
    pub fn end(&self, e: &Expr) -> usize {
        if let Some(&v) = self.memo.borrow().get(&(e.id.0, 0)) {
            return v;
        }
        let v = self.end_uncached(e);
        self.memo.borrow_mut().insert((e.id.0, 0), v);
        v
    }

    fn end_uncached(&self, e: &Expr) -> usize {
        let after = |x: &Expr, t: Tok| -> usize {
            let from = self.outer_end(x);
            match self.find(from, t) {
                Some(i) => self.after_partner(i),
                None => from,
            }
        };
        match &e.kind {
            ExprKind::Name(n) => self.off(e.pos) + n.len(),
            ExprKind::BasicLit(l) => self.off(e.pos) + l.raw.len(),
            ExprKind::CompositeLit { rbrace, .. } => self.off(*rbrace) + 1,
            ExprKind::FuncLit { body, .. } => self.off(body.rbrace) + 1,
            ExprKind::Paren(x) => match self.find(self.outer_end(x), Tok::Rparen) {
                Some(i) => self.toks[i].end(),
                None => self.outer_end(x),
            },
            ExprKind::Selector(_, s) => self.off(s.pos) + s.name.len(),
            ExprKind::Index(x, _) | ExprKind::Slice { x, .. } => after(x, Tok::Lbrack),
            ExprKind::TypeAssert(x, _) | ExprKind::Call { fun: x, .. } => after(x, Tok::Lparen),
            ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Ellipsis(x) => self.outer_end(x),
            ExprKind::Binary { y, .. } => self.outer_end(y),
            ExprKind::ArrayType { elem, .. } => self.outer_end(elem),
            ExprKind::MapType(_, v) | ExprKind::ChanType(_, v) => self.outer_end(v),
            ExprKind::StructType(_) | ExprKind::InterfaceType(_) => match self.find(self.off(e.pos), Tok::Lbrace) {
                Some(i) => self.after_partner(i),
                None => self.off(e.pos),
            },
            ExprKind::FuncType(ft) => self.func_type_end(ft, self.off(e.pos)),
        }
    }

    /// The end of a signature whose parameters open at or after `from`.
    pub fn func_type_end(&self, ft: &FuncType, from: usize) -> usize {
        let Some(open) = self.params_open(ft, from) else { return from };
        let close = self.partner[open];
        let end = self.after_partner(open);
        match ft.results.last() {
            None => end,
            Some(last) => {
                let le = self.outer_end(&last.ty);
                match self.next_tok(le) {
                    Some(i) if self.toks[i].tok == Tok::Rparen && self.partner[i] == close + 1 => self.toks[i].end(),
                    _ => le,
                }
            }
        }
    }

    /// The `(` of a signature's parameters (after its type parameters, if any).
    pub fn params_open(&self, ft: &FuncType, from: usize) -> Option<usize> {
        let mut i = self.next_tok(from)?;
        if self.toks[i].tok == Tok::Func {
            i += 1;
        }
        if !ft.type_params.is_empty() || self.toks.get(i)?.tok == Tok::Lbrack {
            let b = self.find(self.toks[i].off, Tok::Lbrack)?;
            i = self.partner[b] + 1;
        }
        let open = self.find(self.toks.get(i)?.off, Tok::Lparen)?;
        Some(open)
    }

    /// The end of an expression, parentheses around it included.
    pub fn outer_end(&self, e: &Expr) -> usize {
        self.wrapped(e).1
    }

    /// How many pairs of grouping parentheses directly wrap the expression in the source.
    pub fn paren_layers(&self, e: &Expr) -> usize {
        if let ExprKind::Paren(x) = &e.kind {
            return self.paren_layers(x);
        }
        if let Some(&v) = self.memo.borrow().get(&(e.id.0, 1)) {
            return v;
        }
        let v = self.layers_uncached(e);
        self.memo.borrow_mut().insert((e.id.0, 1), v);
        v
    }

    fn layers_uncached(&self, e: &Expr) -> usize {
        let (mut s, mut t) = (self.start(e), self.end(e));
        let mut n = 0;
        while let (Some(a), Some(b)) = (self.prev_tok(s), self.next_tok(t)) {
            if self.partner[a] != b || a == b || !self.is_grouping(a) {
                break;
            }
            n += 1;
            s = self.toks[a].off;
            t = self.toks[b].end();
        }
        n
    }

    fn wrapped(&self, e: &Expr) -> (usize, usize) {
        if let ExprKind::Paren(x) = &e.kind {
            return self.wrapped(x);
        }
        let (mut s, mut t) = (self.start(e), self.end(e));
        for _ in 0..self.paren_layers(e) {
            if let (Some(a), Some(b)) = (self.prev_tok(s), self.next_tok(t)) {
                s = self.toks[a].off;
                t = self.toks[b].end();
            }
        }
        (s, t)
    }

    /// Where a statement starts (Go's `Pos()`: an assignment at its left side).
    pub fn stmt_start(&self, s: &Stmt) -> usize {
        match &s.kind {
            StmtKind::Assign { lhs, .. } if !lhs.is_empty() => self.outer_start(&lhs[0]),
            StmtKind::IncDec { x, .. } | StmtKind::Expr(x) => self.outer_start(x),
            StmtKind::Send { ch, .. } => self.outer_start(ch),
            _ => self.off(s.pos),
        }
    }
}
