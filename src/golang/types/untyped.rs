//! Untyped operands: matching a binary operation's operands (Go's `matchTypes`), giving an
//! untyped constant or value the type its context asks for (`convertUntyped`, the
//! `truncated to` / `overflows` / `cannot convert` messages), and re-recording the final type
//! of an untyped expression tree in `Info::types`.

use super::check::Checker;
use super::constant::{Unrepr, Value};
use super::expr::{const_to_value, start_pos};
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Basic, Mode, Type, TypeAndValue, TypeId};
use ast::{BinOp, Expr, ExprKind, UnOp};

impl Checker {
    /// Converts an untyped operand to the other operand's type where Go does.
    pub(crate) fn match_types(&mut self, x: &mut Operand, xe: &Expr, y: &mut Operand, ye: &Expr) -> bool {
        if self.may_convert(x, y) {
            if !self.convert_untyped(x, xe, y.ty) {
                return false;
            }
            if !self.convert_untyped(y, ye, x.ty) {
                return false;
            }
        }
        true
    }

    fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        let (xu, yu) = (self.is_untyped(x.ty), self.is_untyped(y.ty));
        if !xu && !yu {
            return false;
        }
        let all = |t: TypeId, f: fn(Basic) -> bool| self.type_set_all(t, |_, b| f(b));
        if all(x.ty, is_numeric) != all(y.ty, is_numeric) {
            return false;
        }
        if all(x.ty, is_string) != all(y.ty, is_string) {
            return false;
        }
        if self.is_nil(x) {
            return self.has_nil(y.ty);
        }
        if self.is_nil(y) {
            return self.has_nil(x.ty);
        }
        if self.is_pointer_like(x.ty) || self.is_pointer_like(y.ty) {
            return false;
        }
        all(x.ty, is_boolean) == all(y.ty, is_boolean)
    }

    fn is_pointer_like(&self, t: TypeId) -> bool {
        matches!(self.tt.get(self.tt.underlying(t)), Type::Pointer(_))
    }

    /// Whether every type in `t`'s type set (just `t` unless a type parameter) is basic and
    /// satisfies `f`.
    pub(crate) fn type_set_all(&self, t: TypeId, f: impl Fn(&Checker, Basic) -> bool) -> bool {
        if let Type::TypeParam { obj, .. } = self.tt.get(t) {
            let Some(c) = self.tt.named.get(obj).and_then(|n| n.underlying) else { return false };
            let Type::Interface { terms, .. } = self.tt.get(self.tt.underlying(c)) else { return false };
            return !terms.is_empty() && terms.iter().all(|(_, tt)| self.tt.basic_of(*tt).is_some_and(|b| f(self, b)));
        }
        self.tt.basic_of(t).is_some_and(|b| f(self, b))
    }

    pub(crate) fn has_nil(&self, t: TypeId) -> bool {
        if self.tt.is_type_param(t) {
            let terms = self.type_param_terms(t);
            return !terms.is_empty() && terms.iter().all(|&(_, x)| self.has_nil(x));
        }
        match self.tt.get(self.tt.underlying(t)) {
            Type::Basic(b) => *b == Basic::UnsafePointer || *b == Basic::UntypedNil,
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Interface { .. } => true,
            _ => false,
        }
    }

    /// Gives an untyped operand type `target` (Go's convertUntyped), reporting failures.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand, xe: &Expr, target: TypeId) -> bool {
        match self.implicit_type(x, target) {
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.val = Some(v);
                }
                if t != x.ty {
                    x.ty = t;
                    self.update_expr_type(xe, x);
                }
                true
            }
            Err(code) => {
                let t = if self.tt.is_type_param(target) { target } else { self.tt.underlying(target) };
                let d = self.describe(x, xe);
                let ts = self.ts(t);
                let msg = match code {
                    Unrepr::Truncated => format!("{d} truncated to {ts}"),
                    Unrepr::Overflows => format!("{d} overflows {ts}"),
                    Unrepr::Mismatch => format!("cannot convert {d} to type {ts}"),
                };
                self.error(start_pos(xe), msg);
                x.ty = INVALID;
                false
            }
        }
    }

    /// The type and value an untyped operand takes in a context of type `target`.
    pub(crate) fn implicit_type(&mut self, x: &Operand, target: TypeId) -> Result<(TypeId, Option<Value>), Unrepr> {
        if x.is_invalid() || !self.is_untyped(x.ty) || target == INVALID {
            return Ok((x.ty, None));
        }
        if self.is_untyped(target) {
            let (a, b) = (
                self.tt.basic_of(x.ty).unwrap_or(Basic::UntypedInt),
                self.tt.basic_of(target).unwrap_or(Basic::UntypedInt),
            );
            if is_numeric(a) && is_numeric(b) {
                return Ok((if rank(a) >= rank(b) { x.ty } else { target }, None));
            }
            return if a == b { Ok((x.ty, None)) } else { Err(Unrepr::Mismatch) };
        }
        if self.is_nil(x) {
            return if self.has_nil(target) { Ok((target, None)) } else { Err(Unrepr::Mismatch) };
        }
        if let Type::TypeParam { .. } = self.tt.get(target) {
            let ok = self.type_set_all(target, |c, b| {
                let _ = c;
                let xb = c.tt.basic_of(x.ty).unwrap_or(Basic::UntypedInt);
                (is_numeric(xb) && is_numeric(b))
                    || (is_string(xb) && is_string(b))
                    || (is_boolean(xb) && is_boolean(b))
            });
            return if ok { Ok((target, None)) } else { Err(Unrepr::Mismatch) };
        }
        let xb = self.tt.basic_of(x.ty).unwrap_or(Basic::UntypedInt);
        match self.tt.get(self.tt.underlying(target)).clone() {
            Type::Basic(tb) => {
                if x.mode == Mode::Constant {
                    let v = x.val.as_ref().ok_or(Unrepr::Mismatch)?;
                    if is_numeric(xb) && !is_numeric(tb)
                        || is_string(xb) != is_string(tb)
                        || is_boolean(xb) != is_boolean(tb)
                    {
                        return Err(Unrepr::Mismatch);
                    }
                    let v = super::constant::represent_from(v, xb, tb)?;
                    return Ok((target, Some(v)));
                }
                let ok = match xb {
                    Basic::UntypedBool => is_boolean(tb),
                    Basic::UntypedString => is_string(tb),
                    _ => is_numeric(tb),
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(Unrepr::Mismatch)
                }
            }
            Type::Interface { methods, terms, .. } if methods.is_empty() && terms.is_empty() => {
                Ok((basic(default_basic(xb)), None))
            }
            _ => Err(Unrepr::Mismatch),
        }
    }

    /// Re-records an untyped expression (and its untyped operands) with its final type.
    pub(crate) fn update_expr_type(&mut self, e: &Expr, x: &Operand) {
        let target = x.ty;
        let old = self.files[self.cur].info.types.get(&e.id).cloned();
        if let Some(old) = &old {
            if !self.is_untyped(old.ty) || self.is_untyped(target) {
                return;
            }
        }
        let b = self.tt.basic_of(target);
        if x.mode != Mode::Constant {
            match &e.kind {
                ExprKind::Paren(inner) => self.update_expr_type(inner, x),
                ExprKind::Unary(UnOp::Plus | UnOp::Neg | UnOp::BitNot | UnOp::Not, inner) => {
                    self.update_expr_type(inner, x)
                }
                ExprKind::Binary { op, x: a, y: c, .. } => match op {
                    BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {}
                    BinOp::Shl | BinOp::Shr => {
                        if !b.is_some_and(is_integer) && !self.tt.is_type_param(target) {
                            let ts = self.ts(target);
                            let s = expr_string(a);
                            self.error(
                                start_pos(a),
                                format!("invalid operation: shifted operand {s} (type {ts}) must be integer"),
                            );
                        }
                        self.update_expr_type(a, x);
                    }
                    _ => {
                        self.update_expr_type(a, x);
                        self.update_expr_type(c, x);
                    }
                },
                _ => {}
            }
        }
        let value = match (&x.val, b) {
            (Some(v), Some(b)) if x.mode == Mode::Constant => Some(v.to_const(b)),
            // An inner constant of a non-constant expression (`1.0` in `1.0 << n`): its value
            // in the final type.
            (_, Some(b)) => old.as_ref().and_then(|o| o.value.as_ref()).map(|c| {
                let v = const_to_value(c);
                super::constant::represent(&v, b).unwrap_or(v).to_const(b)
            }),
            _ => old.as_ref().and_then(|o| o.value.clone()),
        };
        let mode = old.map(|o| o.mode).unwrap_or(x.mode);
        self.info().types.insert(e.id, TypeAndValue { mode, ty: target, value });
    }
}

fn rank(b: Basic) -> u8 {
    match b {
        Basic::UntypedInt => 1,
        Basic::UntypedRune => 2,
        Basic::UntypedFloat => 3,
        Basic::UntypedComplex => 4,
        _ => 0,
    }
}
