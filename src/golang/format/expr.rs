//! Expressions and types, after go/printer's `expr1`: one function per kind of node, with
//! the source's parentheses put back (the tree drops most of them) and number literals
//! normalized as gofmt does (`0X1F` is `0x1F`, `1E3` is `1e3`).

use super::binary::{reduce_depth, unop_text, HIGHEST_PREC, LOWEST_PREC, UNARY_PREC};
use super::engine::{Printer, Ws, NO_EXTRA_BLANK, NO_EXTRA_LINEBREAK};
use super::exprlist::{COMMA_TERM, NO_MODE};
use crate::golang::syntax::ast::*;
use crate::golang::syntax::token::Tok;

impl Printer<'_, '_> {
    pub fn expr(&mut self, e: &Expr) {
        self.expr1(e, LOWEST_PREC, 1);
    }

    pub fn expr0(&mut self, e: &Expr, depth: usize) {
        self.expr1(e, LOWEST_PREC, depth);
    }

    /// An expression, in parentheses when the source had them (one pair for several).
    pub fn expr1(&mut self, e: &Expr, prec1: usize, depth: usize) {
        if let ExprKind::Paren(x) = &e.kind {
            return self.expr1(x, prec1, depth);
        }
        if self.sm.paren_layers(e) == 0 {
            self.set_pos(self.sm.start(e));
            return self.bare(e, prec1, depth);
        }
        self.set_pos(self.sm.outer_start(e));
        self.tok("(");
        self.set_pos(self.sm.start(e));
        self.bare(e, LOWEST_PREC, reduce_depth(depth));
        let end = self.sm.end(e);
        if let Some(i) = self.sm.find(end, Tok::Rparen) {
            self.set_pos(self.sm.toks[i].off);
        }
        self.tok(")");
    }

    /// Parentheses are stripped around a control clause's expression unless they hold a
    /// composite literal of a named type.
    pub fn expr_stripped(&mut self, e: &Expr) {
        if self.sm.paren_layers(e) > 0 && !has_named_complit(e) {
            self.set_pos(self.sm.start(e));
            self.bare(e, LOWEST_PREC, 1);
        } else {
            self.expr(e);
        }
    }

    fn bare(&mut self, e: &Expr, prec1: usize, depth: usize) {
        match &e.kind {
            ExprKind::Name(n) => self.ident(n),
            ExprKind::BasicLit(l) => self.lit(&normalize_number(l), l.kind == LitKind::Int),
            ExprKind::Binary { .. } => self.binary_expr(e, prec1, depth.max(1)),
            ExprKind::Star(x) => self.unary_like(e, "*", x, prec1, depth),
            ExprKind::Unary(op, x) => self.unary_like(e, unop_text(*op), x, prec1, depth),
            ExprKind::FuncLit { ty, body } => {
                self.tok("func");
                let start_col = self.out.col.saturating_sub(4);
                self.signature(ty, self.sm.off(e.pos));
                let d = self.distance_from(self.sm.off(e.pos), start_col);
                self.func_body(d, Ws::Blank, body);
            }
            ExprKind::Paren(x) => self.expr1(x, prec1, depth),
            ExprKind::Selector(x, sel) => {
                self.selector(x, sel, depth, false);
            }
            ExprKind::TypeAssert(x, t) => self.type_assert(x, t.as_deref(), depth),
            ExprKind::Index(x, idx) => self.index(x, idx, depth),
            ExprKind::Slice { x, lo, hi, max, three } => {
                let idx = [lo.as_deref(), hi.as_deref(), if *three { max.as_deref() } else { None }];
                let n = if *three { 3 } else { 2 };
                self.slice(x, &idx[..n], depth);
            }
            ExprKind::Call { fun, args, ellipsis } => self.call(fun, args, *ellipsis, depth),
            ExprKind::CompositeLit { ty, elts, rbrace } => self.complit(e, ty.as_deref(), elts, *rbrace, depth),
            ExprKind::Ellipsis(x) => {
                self.tok("...");
                self.expr(x);
            }
            _ => self.type_expr(e),
        }
    }

    fn unary_like(&mut self, e: &Expr, op: &'static str, x: &Expr, prec1: usize, depth: usize) {
        if UNARY_PREC < prec1 {
            self.tok("(");
            self.tok(op);
            self.expr1(x, UNARY_PREC, depth);
            self.tok(")");
            return;
        }
        let _ = e;
        self.tok(op);
        if op == "*" {
            self.expr(x);
        } else {
            self.expr1(x, UNARY_PREC, depth);
        }
    }

    pub fn distance_from(&self, start: usize, start_col: usize) -> usize {
        if self.pos.valid() && self.line_for(start) == self.pos.line {
            return self.out.col.saturating_sub(start_col);
        }
        super::engine::INFINITY
    }

    /// `x.sel`; true when a line break before `sel` indented what follows.
    fn selector(&mut self, x: &Expr, sel: &Ident, depth: usize, is_method: bool) -> bool {
        self.expr1(x, HIGHEST_PREC, depth);
        self.tok(".");
        let line = self.line_for(self.sm.off(sel.pos));
        if self.pos.valid() && self.pos.line < line {
            self.ws(Ws::Indent);
            self.ws(Ws::Newline);
            self.set_pos(self.sm.off(sel.pos));
            self.ident(&sel.name);
            if !is_method {
                self.ws(Ws::Unindent);
            }
            return true;
        }
        self.set_pos(self.sm.off(sel.pos));
        self.ident(&sel.name);
        false
    }

    fn type_assert(&mut self, x: &Expr, t: Option<&Expr>, depth: usize) {
        self.expr1(x, HIGHEST_PREC, depth);
        self.tok(".");
        let open = self.sm.find(self.sm.outer_end(x), Tok::Lparen);
        if let Some(i) = open {
            self.set_pos(self.sm.toks[i].off);
        }
        self.tok("(");
        match t {
            Some(t) => self.expr(t),
            None => self.tok("type"),
        }
        if let Some(i) = open {
            self.set_pos(self.sm.toks[self.sm.partner[i]].off);
        }
        self.tok(")");
    }

    /// The `[` after `x` and its `]`.
    fn brackets(&self, x: &Expr) -> (usize, usize) {
        match self.sm.find(self.sm.outer_end(x), Tok::Lbrack) {
            Some(i) => (self.sm.toks[i].off, self.sm.toks[self.sm.partner[i]].off),
            None => (0, 0),
        }
    }

    fn index(&mut self, x: &Expr, idx: &[Expr], depth: usize) {
        self.expr1(x, HIGHEST_PREC, 1);
        let (l, r) = self.brackets(x);
        self.set_pos(l);
        self.tok("[");
        if idx.len() == 1 {
            self.expr0(&idx[0], depth + 1);
        } else {
            self.expr_list(Some(l), idx, depth + 1, COMMA_TERM, Some(r));
        }
        self.set_pos(r);
        self.tok("]");
    }

    fn slice(&mut self, x: &Expr, idx: &[Option<&Expr>], depth: usize) {
        self.expr1(x, HIGHEST_PREC, 1);
        let (l, r) = self.brackets(x);
        self.set_pos(l);
        self.tok("[");
        let mut needs_blanks = false;
        if depth <= 1 {
            let count = idx.iter().filter(|i| i.is_some()).count();
            let bins = idx.iter().flatten().any(|i| self.bare_binary(i).is_some());
            needs_blanks = count > 1 && bins;
        }
        for (i, x) in idx.iter().enumerate() {
            if i > 0 {
                if idx[i - 1].is_some() && needs_blanks {
                    self.ws(Ws::Blank);
                }
                self.tok(":");
                if x.is_some() && needs_blanks {
                    self.ws(Ws::Blank);
                }
            }
            if let Some(x) = x {
                self.expr0(x, depth + 1);
            }
        }
        self.set_pos(r);
        self.tok("]");
    }

    fn call(&mut self, fun: &Expr, args: &[Expr], ellipsis: Option<Pos>, depth: usize) {
        let depth = if args.len() > 1 { depth + 1 } else { depth };
        let was_indented = match &fun.kind {
            ExprKind::Selector(x, sel) if self.sm.paren_layers(fun) == 0 => {
                self.set_pos(self.sm.start(fun));
                self.selector(x, sel, depth, true)
            }
            _ => {
                self.expr1(fun, HIGHEST_PREC, depth);
                false
            }
        };
        let open = self.sm.find(self.sm.outer_end(fun), Tok::Lparen).unwrap_or(0);
        let (lp, rp) = (
            self.sm.toks.get(open).map_or(0, |t| t.off),
            self.sm.toks.get(self.sm.partner.get(open).copied().unwrap_or(0)).map_or(0, |t| t.off),
        );
        self.set_pos(lp);
        self.tok("(");
        if let Some(ell) = ellipsis {
            let ell = self.sm.off(ell);
            self.expr_list(Some(lp), args, depth, NO_MODE, Some(ell));
            self.set_pos(ell);
            self.tok("...");
            if self.line_for(ell) < self.line_for(rp) {
                self.tok(",");
                self.ws(Ws::Formfeed);
            }
        } else {
            self.expr_list(Some(lp), args, depth, COMMA_TERM, Some(rp));
        }
        self.set_pos(rp);
        self.tok(")");
        if was_indented {
            self.ws(Ws::Unindent);
        }
    }

    fn complit(&mut self, e: &Expr, ty: Option<&Expr>, elts: &[Element], rbrace: Pos, depth: usize) {
        let lbrace = match ty {
            Some(t) => {
                self.expr1(t, HIGHEST_PREC, depth);
                self.sm.find(self.sm.outer_end(t), Tok::Lbrace).map_or(0, |i| self.sm.toks[i].off)
            }
            None => self.sm.off(e.pos),
        };
        self.level += 1;
        self.set_pos(lbrace);
        self.tok("{");
        self.element_list(lbrace, elts, self.sm.off(rbrace));
        let mut mode = NO_EXTRA_LINEBREAK;
        if !elts.is_empty() {
            mode |= NO_EXTRA_BLANK;
        }
        self.ws(Ws::Indent);
        self.ws(Ws::Unindent);
        self.toggle(mode);
        self.set_pos(self.sm.off(rbrace));
        self.tok("}");
        self.toggle(mode);
        self.level -= 1;
    }
}

fn has_named_complit(e: &Expr) -> bool {
    let mut found = false;
    visit(e, &mut |x| {
        if let ExprKind::CompositeLit { ty: Some(t), .. } = &x.kind {
            if is_type_name(t) {
                found = true;
            }
        }
    });
    found
}

fn is_type_name(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_) => true,
        ExprKind::Selector(x, _) => is_type_name(x),
        _ => false,
    }
}

/// Visits the expression and its operands (not function literal bodies).
fn visit(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _) => visit(x, f),
        ExprKind::Binary { x, y, .. } => {
            visit(x, f);
            visit(y, f);
        }
        ExprKind::Call { fun, args, .. } => {
            visit(fun, f);
            args.iter().for_each(|a| visit(a, f));
        }
        ExprKind::Index(x, i) => {
            visit(x, f);
            i.iter().for_each(|a| visit(a, f));
        }
        _ => {}
    }
}

/// A literal as gofmt prints it: numbers with lower-case prefixes and exponents and no
/// leading zeros in an imaginary integer; raw strings without carriage returns.
pub fn normalize_number(l: &Lit) -> String {
    let x = &l.raw;
    if x.starts_with('`') {
        // The scanner drops carriage returns from raw strings.
        return x.replace('\r', "");
    }
    if !matches!(l.kind, LitKind::Int | LitKind::Float | LitKind::Imag) || x.len() < 2 {
        return x.clone();
    }
    match &x[..2] {
        "0X" => {
            let y = format!("0x{}", &x[2..]);
            match y.rfind('P') {
                Some(i) => format!("{}p{}", &y[..i], &y[i + 1..]),
                None => y,
            }
        }
        "0x" => match x.rfind('P') {
            Some(i) => format!("{}p{}", &x[..i], &x[i + 1..]),
            None => x.clone(),
        },
        "0O" => format!("0o{}", &x[2..]),
        "0B" => format!("0b{}", &x[2..]),
        "0o" | "0b" => x.clone(),
        _ => {
            if let Some(i) = x.rfind('E') {
                return format!("{}e{}", &x[..i], &x[i + 1..]);
            }
            if x.ends_with('i') && !x.contains(['.', 'e']) {
                let t = x.trim_start_matches(['0', '_']);
                return if t == "i" { "0i".into() } else { t.into() };
            }
            x.clone()
        }
    }
}
