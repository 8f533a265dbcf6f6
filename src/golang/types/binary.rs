//! Binary expressions: arithmetic, bitwise and logical operators with exact constant folding
//! (`constant overflow`, `division by zero`), `x op= y`, and shifts (`1 << s` keeps its
//! untyped operand's kind until the context gives it a type).

use super::check::Checker;
use super::constant::{arith, compare, shift_value, ConstErr, Value};
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::{binop_str, expr_string};
use super::table::*;
use super::{ast, Basic, Mode, TypeId};
use ast::{BinOp, Expr, ExprKind};

impl Checker {
    pub(super) fn binary(&mut self, e: &Expr, op: BinOp, xe: &Expr, ye: &Expr) -> Operand {
        let text = expr_string(e);
        self.binary_core(e, &text, op, xe, ye)
    }

    /// `x op= y`: the operation's value (its left side evaluated once, as a use).
    pub(crate) fn binary_op_assign(&mut self, lhs: &Expr, op: BinOp, rhs: &Expr) -> Option<Operand> {
        let text = format!("{} {}= {}", expr_string(lhs), binop_str(op), expr_string(rhs));
        let x = self.binary_core(lhs, &text, op, lhs, rhs);
        (!x.is_invalid()).then_some(x)
    }

    /// The recorded type of an already checked left side, if assignable.
    pub(crate) fn lhs_var_noeval(&mut self, lhs: &Expr) -> Option<TypeId> {
        let tv = self.files[self.cur].info.types.get(&lhs.id).cloned()?;
        if tv.ty == INVALID {
            return None;
        }
        match tv.mode {
            Mode::Variable | Mode::MapIndex => Some(tv.ty),
            _ => {
                let s = expr_string(lhs);
                self.error(
                    start_pos(lhs),
                    format!("cannot assign to {s} (neither addressable nor a map index expression)"),
                );
                None
            }
        }
    }

    fn binary_core(&mut self, e: &Expr, text: &str, op: BinOp, xe: &Expr, ye: &Expr) -> Operand {
        let mut x = self.value_expr(xe);
        let mut y = self.value_expr(ye);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid();
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift_op(e, op, x, xe, y, ye);
        }
        if !self.match_types(&mut x, xe, &mut y, ye) {
            return Operand::invalid();
        }
        if matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) {
            return self.comparison(text, op, x, xe, y, ye);
        }
        if x.ty != y.ty {
            let (a, b) = (self.ts(x.ty), self.ts(y.ty));
            self.error(start_pos(xe), format!("invalid operation: {text} (mismatched types {a} and {b})"));
            return Operand::invalid();
        }
        if !self.op_defined(op, x.ty) {
            let d = self.describe(&x, xe);
            let s = binop_str(op);
            self.error(start_pos(xe), format!("invalid operation: operator {s} not defined on {d}"));
            return Operand::invalid();
        }
        let b = self.tt.basic_of(x.ty).unwrap_or(Basic::Int);
        let zero = y.val.as_ref().is_some_and(|v| v.is_numeric() && compare("==", v, &Value::Int(0)));
        if matches!(op, BinOp::Div | BinOp::Rem)
            && y.mode == Mode::Constant
            && (x.mode == Mode::Constant || is_integer(b))
            && zero
        {
            self.error(ye.pos, "invalid operation: division by zero");
            return Operand::invalid();
        }
        let (Some(a), Some(c)) = (x.val.clone(), y.val.clone()) else {
            return Operand::value(x.ty);
        };
        if x.mode != Mode::Constant || y.mode != Mode::Constant {
            return Operand::value(x.ty);
        }
        let v = match op {
            BinOp::LogAnd => Ok(Value::Bool(a == Value::Bool(true) && c == Value::Bool(true))),
            BinOp::LogOr => Ok(Value::Bool(a == Value::Bool(true) || c == Value::Bool(true))),
            BinOp::Add if matches!(a, Value::Str(_)) => match (a, c) {
                (Value::Str(mut p), Value::Str(q)) => {
                    p.extend(q);
                    Ok(Value::Str(p))
                }
                _ => Err(ConstErr::TooBig),
            },
            _ => arith(op_char(op), &a, &c, is_integer(b)),
        };
        match v {
            Ok(v) => {
                let v = if is_integer(b) && !is_untyped(b) { wrap_typed(v) } else { v };
                self.check_const_overflow(Operand { mode: Mode::Constant, ty: x.ty, val: Some(v), id: None }, e)
            }
            Err(ConstErr::DivByZero) => {
                self.error(ye.pos, "invalid operation: division by zero");
                Operand::invalid()
            }
            Err(ConstErr::TooBig) => {
                let what = match op {
                    BinOp::Add => "addition ",
                    BinOp::Sub => "subtraction ",
                    BinOp::Mul => "multiplication ",
                    BinOp::Xor => "bitwise XOR ",
                    _ => "",
                };
                self.error(op_pos(e), format!("constant {what}overflow"));
                Operand::invalid()
            }
        }
    }

    fn op_defined(&self, op: BinOp, t: TypeId) -> bool {
        let u = self.core_type(t);
        let Some(b) = self.tt.basic_of(u) else {
            return self.type_set_all(t, |c, b| c.op_on_basic(op, b));
        };
        self.op_on_basic(op, b)
    }

    pub(crate) fn op_on_basic(&self, op: BinOp, b: Basic) -> bool {
        match op {
            BinOp::Add => is_numeric(b) || is_string(b),
            BinOp::Sub | BinOp::Mul | BinOp::Div => is_numeric(b),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => is_integer(b),
            BinOp::LogAnd | BinOp::LogOr => is_boolean(b),
            _ => true,
        }
    }

    fn shift_op(&mut self, e: &Expr, op: BinOp, mut x: Operand, xe: &Expr, mut y: Operand, ye: &Expr) -> Operand {
        let xval = if x.mode == Mode::Constant { x.val.clone().filter(|v| v.is_integral()) } else { None };
        let x_int = self.type_set_all(x.ty, |_, b| is_integer(b));
        if !(x_int || self.is_untyped(x.ty) && xval.is_some()) {
            let d = self.describe(&x, xe);
            self.error(start_pos(xe), format!("invalid operation: shifted operand {d} must be integer"));
            return Operand::invalid();
        }
        if y.mode == Mode::Constant {
            let yv = y.val.as_ref().and_then(|v| v.to_int());
            match yv {
                Some(n) if n < 0 => {
                    let d = self.describe(&y, ye);
                    self.error(start_pos(ye), format!("invalid operation: negative shift count {d}"));
                    return Operand::invalid();
                }
                None => {
                    let d = self.describe(&y, ye);
                    let msg = if self.is_untyped(y.ty) && y.val.as_ref().is_some_and(|v| v.is_numeric()) {
                        format!("{d} truncated to uint")
                    } else {
                        format!("invalid operation: shift count {d} must be integer")
                    };
                    self.error(start_pos(ye), msg);
                    return Operand::invalid();
                }
                _ => {}
            }
            if self.is_untyped(y.ty) {
                let u = basic(Basic::Uint);
                y.val = y.val.as_ref().and_then(|v| v.to_int()).map(Value::Int);
                if !self.convert_untyped(&mut y, ye, u) {
                    return Operand::invalid();
                }
            }
        } else if !self.type_set_all(y.ty, |_, b| is_integer(b)) && !self.is_untyped(y.ty) {
            let d = self.describe(&y, ye);
            self.error(start_pos(ye), format!("invalid operation: shift count {d} must be integer"));
            return Operand::invalid();
        } else if self.is_untyped(y.ty) && !self.convert_untyped(&mut y, ye, basic(Basic::Uint)) {
            return Operand::invalid();
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let (Some(a), Some(n)) = (xval, y.val.as_ref().and_then(|v| v.to_int())) else { return Operand::invalid() };
            if self.is_untyped(x.ty) && self.tt.basic_of(x.ty) != Some(Basic::UntypedRune) {
                x.ty = basic(Basic::UntypedInt);
            }
            let a = match a {
                Value::Int(_) | Value::BigInt(_) => a,
                other => other.to_int().map(Value::Int).unwrap_or(other),
            };
            let r = match shift_value(&a, op == BinOp::Shl, n.clamp(0, 100_000) as u64) {
                Ok(v) => v,
                Err(_) => {
                    self.error(op_pos(e), "constant shift overflow");
                    return Operand::invalid();
                }
            };
            return self.check_const_overflow(Operand { mode: Mode::Constant, ty: x.ty, val: Some(r), id: None }, e);
        }
        if self.is_untyped(x.ty) && x.mode == Mode::Constant {
            // A non-constant shift of an untyped constant: the constant takes its type from
            // the context (recorded later by update_expr_type); alone it is an int.
            x.val = None;
            x.mode = Mode::Value;
            // It keeps its kind: `var g = 1.0 << n` makes it a float64, which Go rejects.
            return Operand::value(x.ty);
        }
        Operand::value(x.ty)
    }
}

fn op_char(op: BinOp) -> char {
    match op {
        BinOp::Add => '+',
        BinOp::Sub => '-',
        BinOp::Mul => '*',
        BinOp::Div => '/',
        BinOp::Rem => '%',
        BinOp::And => '&',
        BinOp::Or => '|',
        BinOp::Xor => '^',
        BinOp::AndNot => 'n',
        _ => '?',
    }
}

/// Typed integer constants are exact too (overflow is reported, never wrapped).
fn wrap_typed(v: Value) -> Value {
    v
}

/// A binary expression's operator position (where Go reports constant overflow).
fn op_pos(e: &Expr) -> ast::Pos {
    match &e.kind {
        ExprKind::Binary { op_pos, .. } => *op_pos,
        _ => e.pos,
    }
}
