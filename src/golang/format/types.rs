//! Types, signatures, parameter lists and the field lists of structs and interfaces, after
//! go/printer: struct fields align names, types, tags and trailing comments in columns;
//! a one-field struct or interface written on one line stays on one line.

use super::engine::{Printer, Ws};
use super::exprlist::{NO_INDENT, NO_MODE};
use crate::golang::syntax::ast::*;
use crate::golang::syntax::token::Tok;

/// What a parameter list belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ParamMode {
    Func,
    FuncT,
    TypeT,
}

impl Printer<'_, '_> {
    pub fn field_start(&self, f: &Field) -> usize {
        match f.names.first() {
            Some(n) => self.sm.off(n.pos),
            None => self.sm.outer_start(&f.ty),
        }
    }

    /// Whether a comment follows offset `end` on its line, before any token.
    pub fn has_line_comment(&self, end: usize) -> bool {
        let line = self.line_for(end);
        let next_tok = self.sm.next_tok(end).map_or(usize::MAX, |i| self.sm.toks[i].off);
        let next_tok = match self.sm.next_tok(end) {
            Some(i) if self.sm.toks[i].tok == Tok::Semi => self.sm.toks.get(i + 1).map_or(usize::MAX, |t| t.off),
            _ => next_tok,
        };
        self.sm.groups.iter().any(|g| {
            let c = &g.list[0];
            c.off >= end && c.off < next_tok && self.line_for(c.off) == line
        })
    }

    /// A type right after a declared name (a struct field's, a `var` or `type` spec's), in
    /// the parentheses the source had around it (the tree drops them; gofmt keeps them).
    pub fn type_after_name(&mut self, t: &Expr) {
        let Some(i) = self.name_type_paren(t) else { return self.expr(t) };
        self.set_pos(self.sm.toks[i].off);
        self.tok("(");
        self.expr(t);
        self.set_pos(self.sm.toks[self.sm.partner[i]].off);
        self.tok(")");
    }

    /// The `(` the source put around a type after a declared name, if any.
    fn name_type_paren(&self, t: &Expr) -> Option<usize> {
        let (s, e) = (self.sm.outer_start(t), self.sm.outer_end(t));
        let open = self.sm.prev_tok(s).filter(|&i| self.sm.toks[i].tok == Tok::Lparen);
        open.filter(|&i| {
            let c = self.sm.partner[i];
            c != i && self.sm.toks[c].off >= e && self.sm.next_tok(e) == Some(c) && !self.sm.is_grouping(i)
        })
    }

    /// Where a type after a declared name ends, its parentheses included.
    pub fn name_type_end(&self, t: &Expr) -> usize {
        match self.name_type_paren(t) {
            Some(i) => self.sm.toks[self.sm.partner[i]].end(),
            None => self.sm.outer_end(t),
        }
    }

    pub fn type_expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::ArrayType { len, elem } => {
                self.tok("[");
                match len {
                    Some(ArrayLen::Expr(n)) => self.expr(n),
                    Some(ArrayLen::Auto) => {
                        if let Some(i) = self.sm.find(self.sm.off(e.pos), Tok::DotDotDot) {
                            self.set_pos(self.sm.toks[i].off);
                        }
                        self.tok("...")
                    }
                    None => {}
                }
                self.tok("]");
                self.expr(elem);
            }
            ExprKind::StructType(fields) => {
                self.tok("struct");
                self.field_list(e, fields, None);
            }
            ExprKind::InterfaceType(elems) => self.interface_type(e, elems),
            ExprKind::FuncType(ft) => {
                self.tok("func");
                self.signature(ft, self.sm.off(e.pos));
            }
            ExprKind::MapType(k, v) => {
                self.tok("map");
                self.tok("[");
                self.expr(k);
                self.tok("]");
                self.expr(v);
            }
            ExprKind::ChanType(dir, v) => {
                match dir {
                    ChanDir::Both => self.tok("chan"),
                    ChanDir::Recv => {
                        self.tok("<-");
                        self.tok("chan");
                    }
                    ChanDir::Send => {
                        self.tok("chan");
                        if let Some(i) = self.sm.find(self.sm.off(e.pos), Tok::Arrow) {
                            self.set_pos(self.sm.toks[i].off);
                        }
                        self.tok("<-");
                    }
                }
                self.ws(Ws::Blank);
                self.expr(v);
            }
            _ => {}
        }
    }

    fn interface_type(&mut self, e: &Expr, elems: &[InterfaceElem]) {
        let at = self.sm.tok_at(self.sm.off(e.pos));
        let explicit = at.is_some_and(|i| self.sm.toks[i].tok == Tok::Interface);
        if !explicit {
            if let Some(InterfaceElem::Union(terms)) = elems.first() {
                self.union(terms);
            }
            return;
        }
        self.tok("interface");
        self.field_list(e, &[], Some(elems));
    }

    /// `~int | string`: like a chain of binary `|` expressions, a line break after `|`
    /// is kept and indents the rest.
    pub fn union(&mut self, terms: &[TypeTerm]) {
        for (i, t) in terms.iter().enumerate() {
            let start = self.term_start(t);
            let mut indented = false;
            if i > 0 {
                self.ws(Ws::Blank);
                if let Some(bar) = self.sm.prev_tok(start) {
                    self.set_pos(self.sm.toks[bar].off);
                }
                let xline = self.pos.line;
                self.tok("|");
                let yline = self.line_for(start);
                indented = xline != yline && self.linebreak(yline, 1, Ws::Indent, true) > 0;
                if !indented {
                    self.ws(Ws::Blank);
                }
            }
            self.set_pos(start);
            if t.tilde {
                self.tok("~");
            }
            self.expr(&t.ty);
            if indented {
                self.ws(Ws::Unindent);
            }
        }
    }

    /// Where a union term starts (at its `~`, if any).
    pub fn term_start(&self, t: &TypeTerm) -> usize {
        let s = self.sm.outer_start(&t.ty);
        match self.sm.prev_tok(s) {
            Some(i) if t.tilde => self.sm.toks[i].off,
            _ => s,
        }
    }

    /// A signature; its parameters open at or after `from`.
    pub fn signature(&mut self, ft: &FuncType, from: usize) {
        let Some(open) = self.sm.params_open(ft, from) else { return };
        if !ft.type_params.is_empty() {
            if let Some(b) = self.sm.find(from, Tok::Lbrack) {
                self.parameters(&ft.type_params, b, ParamMode::FuncT);
            }
        }
        self.parameters(&ft.params, open, ParamMode::Func);
        if ft.results.is_empty() {
            return;
        }
        self.ws(Ws::Blank);
        let close = self.sm.partner[open];
        let ropen = self.sm.toks.get(close + 1).filter(|t| t.tok == Tok::Lparen).map(|_| close + 1);
        match ropen {
            Some(r) if !(ft.results.len() == 1 && ft.results[0].names.is_empty()) => {
                self.parameters(&ft.results, r, ParamMode::Func)
            }
            _ => self.expr(&ft.results[0].ty),
        }
    }

    /// A parameter list whose opening bracket is token `open`.
    pub fn parameters(&mut self, fields: &[Field], open: usize, mode: ParamMode) {
        let (open_tok, close_tok) = if mode == ParamMode::Func { ("(", ")") } else { ("[", "]") };
        let close = self.sm.partner[open];
        let (oo, co) = (self.sm.toks[open].off, self.sm.toks[close].off);
        self.set_pos(oo);
        self.tok(open_tok);
        if !fields.is_empty() {
            let mut prev_line = self.line_for(oo);
            let mut ws = Ws::Indent;
            for (i, par) in fields.iter().enumerate() {
                let beg = self.line_for(self.field_start(par));
                let end = self.line_for(self.sm.outer_end(&par.ty));
                let needs_linebreak = 0 < prev_line && prev_line < beg;
                if i > 0 {
                    if !needs_linebreak {
                        self.set_pos(self.field_start(par));
                    }
                    self.tok(",");
                }
                if needs_linebreak && self.linebreak(beg, 0, ws, true) > 0 {
                    ws = Ws::Ignore;
                } else if i > 0 {
                    self.ws(Ws::Blank);
                }
                if !par.names.is_empty() {
                    self.ident_list(&par.names, ws == Ws::Indent);
                    self.ws(Ws::Blank);
                }
                self.expr(&par.ty);
                prev_line = end;
            }
            let closing = self.line_for(co);
            if 0 < prev_line && prev_line < closing {
                self.tok(",");
                self.linebreak(closing, 0, Ws::Ignore, true);
            } else if mode == ParamMode::TypeT
                && fields.len() == 1
                && fields[0].names.len() == 1
                && combines(&fields[0].ty)
            {
                self.tok(",");
            }
            if ws == Ws::Ignore {
                self.ws(Ws::Unindent);
            }
        }
        self.set_pos(co);
        self.tok(close_tok);
    }

    pub fn ident_list(&mut self, names: &[Ident], indent: bool) {
        let list: Vec<Expr> =
            names.iter().map(|n| Expr { id: n.id, pos: n.pos, kind: ExprKind::Name(n.name.clone()) }).collect();
        let mode = if indent { NO_MODE } else { NO_INDENT };
        self.expr_list(None, &list, 1, mode, None);
    }
}

fn combines(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Star(x) => !is_type_elem(x),
        _ => false,
    }
}

fn is_type_elem(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
    )
}
