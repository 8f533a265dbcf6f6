//! Unary expressions: `*p` (indirection or a pointer type), `&x`, `<-ch`, `!`, `^`, `+`, `-`
//! with constant folding, and the overflow check every typed constant result goes through.

use super::check::Checker;
use super::constant::{arith, ConstErr, Unrepr, Value};
use super::expr::{start_pos, unparen};
use super::operand::Operand;
use super::printer::unop_str;
use super::table::*;
use super::{ast, Basic, Mode, ObjKind, Type};
use ast::{Expr, ExprKind, UnOp};

impl Checker {
    pub(super) fn star(&mut self, e: &Expr, x: &Expr) -> Operand {
        let o = self.expr(x);
        match o.mode {
            Mode::TypeExpr => {
                let t = self.tt.intern(Type::Pointer(o.ty));
                Operand { mode: Mode::TypeExpr, ty: t, val: None, id: None }
            }
            _ => {
                let o = self.single_value(o, x);
                if o.is_invalid() {
                    return o;
                }
                if self.is_nil(&o) {
                    self.error(e.pos, "invalid operation: cannot indirect nil");
                    return Operand::invalid();
                }
                match self.tt.get(self.core_type(o.ty)) {
                    Type::Pointer(b) => Operand { mode: Mode::Variable, ty: *b, val: None, id: None },
                    _ => {
                        let d = self.describe(&o, x);
                        self.error(start_pos(x), format!("invalid operation: cannot indirect {d}"));
                        Operand::invalid()
                    }
                }
            }
        }
    }

    pub(super) fn unary(&mut self, e: &Expr, op: UnOp, xe: &Expr) -> Operand {
        match op {
            UnOp::Addr => return self.address_of(e, xe),
            UnOp::Recv => return self.receive(e, xe),
            _ => {}
        }
        let x = self.value_expr(xe);
        if x.is_invalid() {
            return x;
        }
        let b = self.tt.basic_of(self.core_type(x.ty));
        let ok = match op {
            UnOp::Not => self.type_set_all(x.ty, |_, b| is_boolean(b)),
            UnOp::BitNot => self.type_set_all(x.ty, |_, b| is_integer(b)),
            _ => self.type_set_all(x.ty, |_, b| is_numeric(b)),
        };
        if !ok {
            let d = self.describe(&x, xe);
            self.error(start_pos(xe), format!("invalid operation: operator {} not defined on {d}", unop_str(op)));
            return Operand::invalid();
        }
        let Some(v) = x.val.clone().filter(|_| x.mode == Mode::Constant) else {
            return Operand::value(x.ty);
        };
        let b = b.unwrap_or(Basic::Int);
        let r = match op {
            UnOp::Not => Ok(Value::Bool(!matches!(v, Value::Bool(true)))),
            UnOp::Plus => Ok(v),
            UnOp::Neg => arith('-', &Value::Int(0), &v, false),
            _ => match v.to_int() {
                Some(i) if is_unsigned(b) => Ok(Value::Int(!i & ((1i128 << int_bits(b)) - 1))),
                Some(i) => Ok(Value::Int(!i)),
                None => Err(ConstErr::TooBig),
            },
        };
        let out = Operand { mode: Mode::Constant, ty: x.ty, val: r.ok(), id: None };
        self.check_const_overflow(out, e)
    }

    /// After a constant operation: a typed constant must fit its type.
    pub(crate) fn check_const_overflow(&mut self, x: Operand, e: &Expr) -> Operand {
        let Some(v) = &x.val else {
            self.error(start_pos(e), "constant overflow");
            return Operand::invalid();
        };
        let b = self.tt.basic_of(x.ty).unwrap_or(Basic::UntypedInt);
        if is_untyped(b) {
            return x;
        }
        match super::constant::represent_from(v, b, b) {
            Ok(v) => Operand { val: Some(v), ..x },
            Err(code) => {
                let xd = Operand { val: Some(v.clone()), ..x.clone() };
                let d = self.describe(&xd, e);
                let t = self.ts(self.tt.underlying(x.ty));
                let msg = match code {
                    Unrepr::Truncated => format!("{d} truncated to {t}"),
                    Unrepr::Overflows => format!("{d} overflows {t}"),
                    Unrepr::Mismatch => format!("cannot convert {d} to type {t}"),
                };
                self.error(start_pos(e), msg);
                Operand::invalid()
            }
        }
    }

    fn address_of(&mut self, _e: &Expr, xe: &Expr) -> Operand {
        let inner = unparen(xe);
        if let ExprKind::CompositeLit { .. } = inner.kind {
            let x = self.expr(xe);
            if x.is_invalid() {
                return x;
            }
            return Operand::value(self.tt.intern(Type::Pointer(x.ty)));
        }
        let x = self.value_expr(xe);
        if x.is_invalid() {
            return x;
        }
        if x.mode != Mode::Variable {
            let d = self.describe(&x, xe);
            self.error(start_pos(xe), format!("invalid operation: cannot take address of {d}"));
            return Operand::invalid();
        }
        self.mark_addressed(xe);
        Operand::value(self.tt.intern(Type::Pointer(x.ty)))
    }

    /// Marks the variable whose storage `e` denotes (`x`, `x.f`, `x[i]` of an array) as
    /// having its address taken.
    pub(crate) fn mark_addressed(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Paren(x) => self.mark_addressed(x),
            ExprKind::Name(_) => {
                if let Some(&o) = self.files[self.cur].info.uses.get(&e.id) {
                    if let ObjKind::Var { addressed, .. } = &mut self.objs[o.0 as usize].kind {
                        *addressed = true;
                    }
                }
            }
            ExprKind::Selector(x, _) => {
                if let Some(super::Selection::Field { indirect: false, .. }) =
                    self.files[self.cur].info.selections.get(&e.id)
                {
                    self.mark_addressed(x);
                }
            }
            ExprKind::Index(x, _) => {
                let t = self.files[self.cur].info.types.get(&x.id).map(|t| t.ty);
                if let Some(t) = t {
                    if matches!(self.tt.get(self.tt.underlying(t)), Type::Array(..)) {
                        self.mark_addressed(x);
                    }
                }
            }
            _ => {}
        }
    }

    fn receive(&mut self, e: &Expr, xe: &Expr) -> Operand {
        let x = self.value_expr(xe);
        if x.is_invalid() {
            return x;
        }
        let _ = e;
        match self.tt.get(self.core_type(x.ty)).clone() {
            Type::Chan(ast::ChanDir::Send, _) => {
                let (d, t) = (self.describe(&x, xe), self.expr_type_string(&x, xe));
                self.error(start_pos(xe), format!("invalid operation: cannot receive from send-only channel {t} {d}"));
                Operand::invalid()
            }
            Type::Chan(_, elem) => Operand { mode: Mode::CommaOk, ty: elem, val: None, id: None },
            _ => {
                let (d, t) = (self.describe(&x, xe), self.expr_type_string(&x, xe));
                self.error(start_pos(xe), format!("invalid operation: cannot receive from non-channel {t} {d}"));
                Operand::invalid()
            }
        }
    }
}
