//! Expressions: the entry points (`expr`, `value_expr`), the dispatch on an expression's
//! kind, recording each expression's type and value in `Info::types`, and the nesting limit.
//! The constructs live in their own modules: names.rs (names, literals), unary.rs, binary.rs
//! (with shifts), compare.rs, untyped.rs (implicit conversion of untyped operands), call.rs,
//! lookup.rs (selectors), composite.rs (composite literals), index.rs (index, slice, type
//! assertions).

use super::check::Checker;
use super::constant::Value;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Mode, Type, TypeAndValue};
use ast::{Expr, ExprKind};

/// The leftmost position of an expression (where Go reports errors about it).
pub(crate) fn start_pos(e: &Expr) -> ast::Pos {
    match &e.kind {
        ExprKind::Binary { x, .. } => start_pos(x),
        ExprKind::Call { fun, .. } => start_pos(fun),
        ExprKind::Index(x, _) | ExprKind::Selector(x, _) | ExprKind::TypeAssert(x, _) => start_pos(x),
        ExprKind::Slice { x, .. } => start_pos(x),
        ExprKind::CompositeLit { ty: Some(t), .. } => start_pos(t).min(e.pos),
        _ => e.pos,
    }
}

/// How deeply expressions, statements and types may nest (the checker recurses; a deeper
/// program is rejected rather than overflowing the stack, natively or in wasm).
pub(crate) const MAX_NESTING: u32 = 100;

impl Checker {
    /// Reports (once) that the program nests deeper than chanlab supports.
    pub(crate) fn nesting_error(&mut self, pos: ast::Pos) {
        if !self.nesting_reported {
            self.nesting_reported = true;
            self.error(pos, format!("chanlab does not support nesting deeper than {MAX_NESTING} levels yet"));
        }
    }

    /// Checks `e` (any mode: a type, a builtin, a multi-value call...) and records it.
    pub(crate) fn expr(&mut self, e: &Expr) -> Operand {
        self.depth += 1;
        let mut x = if self.depth > MAX_NESTING {
            self.nesting_error(e.pos);
            Operand::invalid()
        } else {
            self.expr_inner(e)
        };
        self.depth -= 1;
        x.id = Some(e.id);
        self.record(e, &x);
        x
    }

    pub(crate) fn record(&mut self, e: &Expr, x: &Operand) {
        let value = match (&x.val, self.tt.basic_of(x.ty)) {
            (Some(v), Some(b)) if x.mode == Mode::Constant => Some(v.to_const(b)),
            _ => None,
        };
        let ty = if x.mode == Mode::NoValue { VOID } else { x.ty };
        self.info().types.insert(e.id, TypeAndValue { mode: x.mode, ty, value });
    }

    /// Checks `e` as a single value (not a type, a builtin, nothing, or several values).
    pub(crate) fn value_expr(&mut self, e: &Expr) -> Operand {
        let x = self.expr(e);
        self.single_value(x, e)
    }

    pub(crate) fn single_value(&mut self, x: Operand, e: &Expr) -> Operand {
        if x.is_invalid() {
            return x;
        }
        let s = expr_string(e);
        let msg = match x.mode {
            Mode::NoValue => format!("{s} (no value) used as value"),
            Mode::TypeExpr => format!("{s} (type) is not an expression"),
            Mode::Builtin => format!("{s} (built-in function {s}) must be called"),
            _ => {
                if let Type::Tuple(_) = self.tt.get(x.ty) {
                    let t = self.call_results_written(e, x.ty).unwrap_or_else(|| self.ts(x.ty));
                    format!("multiple-value {s} (value of type {t}) in single-value context")
                } else {
                    return x;
                }
            }
        };
        self.error(start_pos(e), msg);
        Operand::invalid()
    }

    fn expr_inner(&mut self, e: &Expr) -> Operand {
        match &e.kind {
            ExprKind::Name(n) => self.ident(e, n),
            ExprKind::BasicLit(l) => self.basic_lit(e, l),
            ExprKind::Paren(x) => {
                let mut o = self.expr(x);
                o.id = Some(e.id);
                o
            }
            ExprKind::FuncLit { ty, body } => self.func_lit(e, ty, body),
            ExprKind::CompositeLit { ty, elts, .. } => self.composite_lit(e, ty.as_deref(), elts, None),
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, idx) => self.index_expr(e, x, idx),
            ExprKind::Slice { x, lo, hi, max, three } => {
                self.slice_expr(e, x, [lo.as_deref(), hi.as_deref(), max.as_deref()], *three)
            }
            ExprKind::TypeAssert(x, t) => self.type_assert(e, x, t.as_deref()),
            ExprKind::Call { fun, args, ellipsis } => self.call(e, fun, args, *ellipsis),
            ExprKind::Star(x) => self.star(e, x),
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y, .. } => self.binary(e, *op, x, y),
            ExprKind::Ellipsis(_) => {
                self.error(e.pos, "invalid use of ...");
                Operand::invalid()
            }
            _ => {
                let t = self.type_expr(e);
                Operand { mode: Mode::TypeExpr, ty: t, val: None, id: None }
            }
        }
    }
}

pub(crate) fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

/// A contract constant back to an exact value.
pub(crate) fn const_to_value(c: &super::Const) -> Value {
    match c {
        super::Const::Bool(b) => Value::Bool(*b),
        super::Const::Int(i) => Value::Int(*i),
        super::Const::Float(f) => Value::Float(*f),
        super::Const::Complex(r, i) => Value::Complex(*r, *i),
        super::Const::String(s) => Value::Str(s.clone()),
    }
}
