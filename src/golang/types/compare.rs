//! Comparisons (`==`, `<`...): which types are comparable or ordered, Go's reasons when they
//! are not (`slice can only be compared to nil`, `mismatched types`), and constant results.

use super::check::Checker;
use super::constant::{compare, represent, Value};
use super::expr::{start_pos, unparen};
use super::operand::Operand;
use super::printer::binop_str;
use super::table::*;
use super::{ast, Basic, Mode, Type, TypeId};
use ast::{BinOp, Expr, ExprKind};

impl Checker {
    pub(super) fn comparison(&mut self, s: &str, op: BinOp, x: Operand, xe: &Expr, y: Operand, ye: &Expr) -> Operand {
        let ops = binop_str(op);
        let ok = self.assignable(&x, y.ty).is_ok() || self.assignable(&y, x.ty).is_ok();
        let (x_nil, y_nil) = (self.is_nil(&x) || self.is_nil_expr(xe), self.is_nil(&y) || self.is_nil_expr(ye));
        let mut err_at = xe;
        let mut cause = String::new();
        let mut failed = false;
        if !ok {
            cause = format!("mismatched types {} and {}", self.ts(x.ty), self.ts(y.ty));
            err_at = ye;
            failed = true;
        } else if matches!(op, BinOp::Eq | BinOp::Ne) {
            if x_nil || y_nil {
                let t = if x_nil { y.ty } else { x.ty };
                // `nil == nil`: untyped nil itself has no nil to compare with.
                if !self.has_nil(t) || self.tt.basic_of(t) == Some(Basic::UntypedNil) {
                    err_at = ye;
                    failed = true;
                }
            } else if !self.comparable(x.ty) {
                cause = self.incomparable_cause(x.ty);
                if self.tt.is_type_param(x.ty) {
                    cause = "incomparable types in type set".into();
                }
                failed = true;
            } else if !self.comparable(y.ty) {
                cause = self.incomparable_cause(y.ty);
                err_at = ye;
                failed = true;
            }
        } else if !self.ordered(x.ty) {
            failed = true;
        } else if !self.ordered(y.ty) {
            err_at = ye;
            failed = true;
        }
        if failed {
            if cause.is_empty() {
                let t = if std::ptr::eq(err_at, xe) { x.ty } else { y.ty };
                if self.tt.is_type_param(x.ty) || self.tt.is_type_param(y.ty) {
                    let tp = if self.tt.is_type_param(x.ty) { x.ty } else { y.ty };
                    cause = format!("type parameter {} cannot use operator {ops}", self.ts(tp));
                } else {
                    let what = self.composite_kind(t).unwrap_or_else(|| self.ts(t));
                    cause = format!("operator {ops} not defined on {what}");
                }
            }
            self.error(start_pos(err_at), format!("invalid operation: {s} ({cause})"));
            return Operand::invalid();
        }
        let ub = basic(Basic::UntypedBool);
        if let (Mode::Constant, Mode::Constant, Some(a), Some(b)) = (x.mode, y.mode, &x.val, &y.val) {
            let v = compare(ops, a, b);
            return Operand { mode: Mode::Constant, ty: ub, val: Some(Value::Bool(v)), id: None };
        }
        for (o, oe) in [(&x, xe), (&y, ye)] {
            if self.is_untyped(o.ty) && !self.is_nil(o) {
                let d = basic(default_basic(self.tt.basic_of(o.ty).unwrap_or(Basic::UntypedInt)));
                let mut o2 = o.clone();
                o2.ty = d;
                if o2.mode == Mode::Constant {
                    if let Some(v) = &o.val {
                        o2.val = represent(v, default_basic(self.tt.basic_of(o.ty).unwrap_or(Basic::Int))).ok();
                    }
                }
                self.update_expr_type(oe, &o2);
            }
        }
        Operand::value(ub)
    }

    /// Whether `e` is the predeclared `nil` (its operand may already carry a pointer type).
    pub(crate) fn is_nil_expr(&self, e: &Expr) -> bool {
        let e = unparen(e);
        matches!(e.kind, ExprKind::Name(_)) && self.files[self.cur].info.uses.get(&e.id) == Some(&self.univ.nil)
    }

    pub(crate) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.tt.get(self.tt.underlying(t)) {
            Type::Slice(_) | Type::Func(_) | Type::Map(..) => {
                format!("{} can only be compared to nil", self.composite_kind(t).unwrap_or_default())
            }
            Type::Struct(fs) => {
                for f in fs.clone() {
                    if !self.comparable(f.ty) {
                        return format!("struct containing {} cannot be compared", self.ts(f.ty));
                    }
                }
                String::new()
            }
            _ => String::new(),
        }
    }

    /// `struct`, `slice`... for a composite type, `None` for basic types.
    pub(crate) fn composite_kind(&self, t: TypeId) -> Option<String> {
        let k = match self.tt.get(self.tt.underlying(t)) {
            Type::Pointer(_) => "pointer",
            Type::Slice(_) => "slice",
            Type::Array(..) => "array",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            Type::Struct(_) => "struct",
            Type::Func(_) => "func",
            Type::Interface { .. } => "interface",
            _ => return None,
        };
        Some(k.into())
    }

    pub(crate) fn ordered(&self, t: TypeId) -> bool {
        self.type_set_all(t, |_, b| is_integer(b) || is_float(b) || is_string(b))
    }

    /// Whether values of `t` can be compared with `==`.
    pub(crate) fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, d: u32) -> bool {
        if d > 50 {
            return true;
        }
        if let Type::TypeParam { obj, .. } = self.tt.get(t) {
            let Some(c) = self.tt.named.get(obj).and_then(|n| n.underlying) else { return false };
            return match self.tt.get(self.tt.underlying(c)) {
                Type::Interface { comparable, terms, .. } => {
                    *comparable || (!terms.is_empty() && terms.iter().all(|(_, t)| self.comparable_depth(*t, d + 1)))
                }
                _ => false,
            };
        }
        match self.tt.get(self.tt.underlying(t)) {
            Type::Basic(b) => *b != Basic::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface { .. } => true,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable_depth(f.ty, d + 1)),
            Type::Array(_, e) => self.comparable_depth(*e, d + 1),
            _ => false,
        }
    }
}
