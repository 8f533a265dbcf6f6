//! Index and slice expressions (strings, arrays and pointers to arrays, slices, maps) with
//! constant bounds checks (`index 5 out of bounds`, `invalid slice indices`), and type
//! assertions (`impossible type assertion`).

use super::check::Checker;
use super::constant::Value;
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Basic, Mode, Type};
use ast::Expr;

impl Checker {
    /// Checks an index (or size) expression: an integer, non-negative, below `max` when both
    /// are known; returns its constant value.
    pub(crate) fn index_value(&mut self, e: &Expr, max: Option<i128>) -> Option<i128> {
        let mut x = self.value_expr(e);
        if x.is_invalid() {
            return None;
        }
        if self.is_untyped(x.ty) && !self.convert_untyped(&mut x, e, basic(Basic::Int)) {
            return None;
        }
        if !self.type_set_all(x.ty, |_, b| is_integer(b)) {
            let d = self.describe(&x, e);
            self.error(start_pos(e), format!("invalid argument: index {d} must be integer"));
            return None;
        }
        if x.mode != Mode::Constant {
            return None;
        }
        let v = x.val.as_ref().and_then(|v| v.to_int())?;
        if v < 0 {
            let d = self.describe(&x, e);
            self.error(start_pos(e), format!("invalid argument: index {d} must not be negative"));
            return None;
        }
        if let Some(m) = max {
            if v >= m {
                self.error(start_pos(e), format!("invalid argument: index {} out of bounds [0:{m}]", expr_string(e)));
                return None;
            }
        }
        Some(v)
    }

    pub(crate) fn index_expr(&mut self, e: &Expr, xe: &Expr, idx: &[Expr]) -> Operand {
        let x = self.expr(xe);
        if x.is_invalid() {
            for i in idx {
                self.expr(i);
            }
            return x;
        }
        if x.mode == Mode::TypeExpr {
            let t = self.instantiate_type(e, xe, idx);
            return Operand { mode: Mode::TypeExpr, ty: t, val: None, id: None };
        }
        if let Some((g, _)) = self.generic_of(xe) {
            return self.explicit_instance(e, xe, g, &x, idx);
        }
        let x = self.single_value(x, xe);
        if x.is_invalid() {
            return x;
        }
        if idx.len() != 1 {
            self.error(start_pos(&idx[1.min(idx.len() - 1)]), "invalid operation: more than one index");
            return Operand::invalid();
        }
        let ie = &idx[0];
        let u = self.core_type(x.ty);
        match self.tt.get(u).clone() {
            Type::Basic(b) if is_string(b) => {
                let max = match (&x.val, x.mode) {
                    (Some(Value::Str(s)), Mode::Constant) => Some(s.len() as i128),
                    _ => None,
                };
                let i = self.index_value(ie, max);
                if let (Some(Value::Str(s)), Some(i)) = (&x.val, i) {
                    if x.mode == Mode::Constant {
                        let _ = s.get(i as usize);
                    }
                }
                Operand::value(basic(Basic::Uint8))
            }
            Type::Array(n, el) => {
                self.index_value(ie, Some(n as i128));
                let mode = if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value };
                Operand { mode, ty: el, val: None, id: None }
            }
            Type::Pointer(p) => match self.tt.get(self.tt.underlying(p)).clone() {
                Type::Array(n, el) => {
                    self.index_value(ie, Some(n as i128));
                    Operand { mode: Mode::Variable, ty: el, val: None, id: None }
                }
                _ => self.cannot_index(&x, xe, ie),
            },
            Type::Slice(el) => {
                self.index_value(ie, None);
                Operand { mode: Mode::Variable, ty: el, val: None, id: None }
            }
            Type::Map(k, v) => {
                let mut kx = self.value_expr(ie);
                self.assign_to(&mut kx, ie, Some(k), "map index");
                Operand { mode: Mode::MapIndex, ty: v, val: None, id: None }
            }
            _ => self.cannot_index(&x, xe, ie),
        }
    }

    fn cannot_index(&mut self, x: &Operand, xe: &Expr, ie: &Expr) -> Operand {
        self.expr(ie);
        let d = self.describe(x, xe);
        // Go reports it at the `[`, which the tree does not keep: it is just before the index.
        let at = start_pos(ie);
        self.error(ast::Pos { col: at.col.saturating_sub(1).max(1), ..at }, format!("cannot index {d}"));
        Operand::invalid()
    }

    pub(crate) fn slice_expr(&mut self, e: &Expr, xe: &Expr, parts: [Option<&Expr>; 3], three: bool) -> Operand {
        let x = self.value_expr(xe);
        if x.is_invalid() {
            return x;
        }
        let u = self.core_type(x.ty);
        let (result, max) = match self.tt.get(u).clone() {
            Type::Basic(b) if is_string(b) => {
                if three {
                    self.error(start_pos(e), "invalid operation: 3-index slice of string");
                    return Operand::invalid();
                }
                let max = match (&x.val, x.mode) {
                    (Some(Value::Str(s)), Mode::Constant) => Some(s.len() as i128 + 1),
                    _ => None,
                };
                let t = if self.is_untyped(x.ty) { basic(Basic::String) } else { x.ty };
                (t, max)
            }
            Type::Array(n, el) => {
                if x.mode != Mode::Variable {
                    let d = self.describe(&x, xe);
                    self.error(start_pos(e), format!("invalid operation: {d} (slice of unaddressable value)"));
                    return Operand::invalid();
                }
                self.mark_addressed(xe);
                (self.tt.intern(Type::Slice(el)), Some(n as i128 + 1))
            }
            Type::Pointer(p) => match self.tt.get(self.tt.underlying(p)).clone() {
                Type::Array(n, el) => (self.tt.intern(Type::Slice(el)), Some(n as i128 + 1)),
                _ => return self.cannot_slice(&x, xe),
            },
            Type::Slice(_) => (x.ty, None),
            _ => return self.cannot_slice(&x, xe),
        };
        let vals: Vec<(Option<i128>, &Expr)> = parts.iter().flatten().map(|p| (self.index_value(p, max), *p)).collect();
        // Go reports the first later index below an earlier positive one, at the later index.
        'pairs: for (i, &(x, _)) in vals.iter().enumerate() {
            let Some(x) = x.filter(|&x| x > 0) else { continue };
            for &(y, ye) in &vals[i + 1..] {
                if let Some(y) = y.filter(|&y| y < x) {
                    self.error(start_pos(ye), format!("invalid slice indices: {y} < {x}"));
                    break 'pairs;
                }
            }
        }
        Operand::value(result)
    }

    fn cannot_slice(&mut self, x: &Operand, xe: &Expr) -> Operand {
        let d = self.describe(x, xe);
        self.error(start_pos(xe), format!("cannot slice {d}"));
        Operand::invalid()
    }

    pub(crate) fn type_assert(&mut self, e: &Expr, xe: &Expr, t: Option<&Expr>) -> Operand {
        let x = self.value_expr(xe);
        let Some(te) = t else {
            self.error(e.pos, "invalid syntax tree: use of .(type) outside type switch");
            return Operand::invalid();
        };
        let ty = self.type_expr(te);
        if x.is_invalid() || ty == INVALID {
            return Operand::invalid();
        }
        if !self.tt.is_interface(x.ty) {
            let d = self.describe(&x, xe);
            self.error(start_pos(xe), format!("invalid operation: {d} is not an interface"));
            return Operand::invalid();
        }
        if !self.tt.is_interface(ty) {
            if let Some(cause) = self.missing_method(ty, x.ty) {
                let s = expr_string(e);
                let (a, b) = (self.ts(ty), self.ts(x.ty));
                self.error(
                    start_pos(e),
                    format!("impossible type assertion: {s}\n\t{a} does not implement {b} {cause}"),
                );
            }
        }
        Operand { mode: Mode::CommaOk, ty, val: None, id: None }
    }
}
