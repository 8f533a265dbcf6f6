//! Binary expressions, after go/printer: whether blanks go around an operator depends on
//! the precedences mixed in the expression and on its nesting depth (`a*b + c`, `x[i+1]`,
//! `f(a+b, c)`), and a line break after an operator is kept, indenting what follows.

use super::engine::{Printer, Ws};
use crate::golang::syntax::ast::*;

pub const LOWEST_PREC: usize = 0;
pub const UNARY_PREC: usize = 6;
pub const HIGHEST_PREC: usize = 7;

pub fn prec(op: BinOp) -> usize {
    use BinOp::*;
    match op {
        LogOr => 1,
        LogAnd => 2,
        Eq | Ne | Lt | Le | Gt | Ge => 3,
        Add | Sub | Or | Xor => 4,
        Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
    }
}

pub use crate::golang::syntax::printer::{binop_text as op_text, unop_text};

struct Walk {
    has4: bool,
    has5: bool,
    max_problem: usize,
}

impl Printer<'_, '_> {
    /// The binary expression `e` when it is one and not parenthesized.
    pub fn bare_binary<'e>(&self, e: &'e Expr) -> Option<(BinOp, &'e Expr, &'e Expr)> {
        match &e.kind {
            ExprKind::Binary { op, x, y, .. } if self.sm.paren_layers(e) == 0 => Some((*op, x, y)),
            _ => None,
        }
    }

    fn walk_binary(&self, op: BinOp, x: &Expr, y: &Expr) -> Walk {
        let p = prec(op);
        let mut w = Walk { has4: p == 4, has5: p == 5, max_problem: 0 };
        let merge = |w: &mut Walk, v: Walk| {
            w.has4 |= v.has4;
            w.has5 |= v.has5;
            w.max_problem = w.max_problem.max(v.max_problem);
        };
        if let Some((lop, lx, ly)) = self.bare_binary(x) {
            if prec(lop) >= p {
                let v = self.walk_binary(lop, lx, ly);
                merge(&mut w, v);
            }
        }
        if let Some((rop, rx, ry)) = self.bare_binary(y) {
            if prec(rop) > p {
                let v = self.walk_binary(rop, rx, ry);
                merge(&mut w, v);
            }
        } else if self.sm.paren_layers(y) == 0 {
            match &y.kind {
                ExprKind::Star(_) if op == BinOp::Div => w.max_problem = 5,
                ExprKind::Unary(u, _) => match (op_text(op), unop_text(*u)) {
                    ("&", "&") | ("&", "^") => w.max_problem = 5,
                    ("+", "+") | ("-", "-") => w.max_problem = w.max_problem.max(4),
                    _ => {}
                },
                _ => {}
            }
        }
        w
    }

    fn cutoff(&self, op: BinOp, x: &Expr, y: &Expr, depth: usize) -> usize {
        let w = self.walk_binary(op, x, y);
        if w.max_problem > 0 {
            return w.max_problem + 1;
        }
        if w.has4 && w.has5 {
            return if depth == 1 { 5 } else { 4 };
        }
        if depth == 1 {
            6
        } else {
            4
        }
    }

    fn diff_prec(&self, e: &Expr, p: usize) -> usize {
        match self.bare_binary(e) {
            Some((op, _, _)) if prec(op) == p => 0,
            _ => 1,
        }
    }

    pub fn binary_expr(&mut self, e: &Expr, prec1: usize, depth: usize) {
        let ExprKind::Binary { op, op_pos, x, y } = &e.kind else { return };
        let p = prec(*op);
        if p < prec1 {
            self.tok("(");
            self.expr0(e, reduce_depth(depth));
            self.tok(")");
            return;
        }
        let cutoff = self.cutoff(*op, x, y, depth);
        let mut print_blank = p < cutoff;
        let mut ws = Ws::Indent;
        self.expr1(x, p, depth + self.diff_prec(x, p));
        if print_blank {
            self.ws(Ws::Blank);
        }
        let xline = self.pos.line;
        let yline = self.line_for(self.sm.outer_start(y));
        self.set_pos(self.sm.off(*op_pos));
        self.tok(op_text(*op));
        if xline != yline && xline > 0 && yline > 0 && self.linebreak(yline, 1, ws, true) > 0 {
            ws = Ws::Ignore;
            print_blank = false;
        }
        if print_blank {
            self.ws(Ws::Blank);
        }
        self.expr1(y, p + 1, depth + 1);
        if ws == Ws::Ignore {
            self.ws(Ws::Unindent);
        }
    }
}

pub fn reduce_depth(depth: usize) -> usize {
    depth.saturating_sub(1).max(1)
}
