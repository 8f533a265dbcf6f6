//! Expressions: names, literals, unary and binary operators with exact constant folding,
//! comparisons, shifts, and the implicit conversion of untyped operands (recording each
//! expression's final type and value in `Info::types`).

use super::check::Checker;
use super::check::DeclState;
use super::constant::{arith, compare, represent, shift_value, ConstErr, Unrepr, Value};
use super::literal::{char_lit, float_lit, imag_lit, int_lit, string_lit, LitErr};
use super::operand::Operand;
use super::printer::{binop_str, expr_string, unop_str};
use super::table::*;
use super::{ast, Basic, Mode, ObjKind, Type, TypeAndValue, TypeId};
use ast::{BinOp, Expr, ExprKind, UnOp};

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
                if let Type::Tuple(ts) = self.tt.get(x.ty) {
                    let t = self.ts(x.ty);
                    let _ = ts;
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

    fn ident(&mut self, e: &Expr, n: &str) -> Operand {
        if n == "_" {
            self.error(e.pos, "cannot use _ as value");
            return Operand::invalid();
        }
        let Some(o) = self.lookup(n) else {
            self.error(e.pos, format!("undefined: {n}"));
            return Operand::invalid();
        };
        if self.ox[o.0 as usize].state != DeclState::Done {
            self.obj_decl(o);
        }
        self.record_use(e.id, o);
        self.use_obj(o);
        let obj = &self.objs[o.0 as usize];
        let ty = obj.ty;
        match &obj.kind {
            ObjKind::Var { .. } => Operand { mode: Mode::Variable, ty, val: None, id: None },
            ObjKind::Const(_) if o == self.univ.iota => match self.iota {
                Some(i) => Operand { mode: Mode::Constant, ty, val: Some(Value::Int(i)), id: None },
                None => {
                    self.error(e.pos, "cannot use iota outside constant declaration");
                    Operand::invalid()
                }
            },
            ObjKind::Const(c) => {
                let v = self.const_vals.get(&o).cloned().unwrap_or_else(|| const_to_value(c));
                if ty == INVALID {
                    return Operand::invalid();
                }
                Operand { mode: Mode::Constant, ty, val: Some(v), id: None }
            }
            ObjKind::TypeName => Operand { mode: Mode::TypeExpr, ty, val: None, id: None },
            ObjKind::Func { .. } => {
                if self.generic_funcs.contains_key(&o) {
                    self.generic_exprs.insert((self.cur, e.id));
                }
                Operand { mode: Mode::Value, ty, val: None, id: None }
            }
            ObjKind::Package(_) => {
                self.error(e.pos, format!("use of package {n} without selector"));
                Operand::invalid()
            }
            ObjKind::Builtin(_) => Operand { mode: Mode::Builtin, ty: VOID, val: None, id: None },
            ObjKind::Nil => Operand::value(basic(Basic::UntypedNil)),
            ObjKind::Label => Operand::invalid(),
        }
    }

    /// Notes a use of object `o`: used, captured by a closure, a dependency of the
    /// package-level declaration being checked.
    pub(crate) fn use_obj(&mut self, o: ObjId) {
        let i = o.0 as usize;
        self.ox[i].used = true;
        if let Some(&imp) = self.dot_imported.get(&o) {
            self.ox[imp.0 as usize].used = true;
        }
        let f = self.ox[i].func;
        let cur = self.fun.as_ref().map(|f| f.id).unwrap_or(0);
        if let ObjKind::Var { captured, .. } = &mut self.objs[i].kind {
            if f != 0 && f != cur {
                *captured = true;
            }
        }
        let global = f == 0 && matches!(self.objs[i].kind, ObjKind::Var { .. } | ObjKind::Func { .. });
        if global && self.ox[i].decl.is_some() {
            if let Some(&top) = self.decl_stack.last() {
                if !self.ox[top.0 as usize].deps.contains(&o) {
                    self.ox[top.0 as usize].deps.push(o);
                }
            }
        }
    }

    fn basic_lit(&mut self, e: &Expr, l: &ast::Lit) -> Operand {
        use ast::LitKind::*;
        let (r, b) = match l.kind {
            Int => (int_lit(&l.raw), Basic::UntypedInt),
            Float => (float_lit(&l.raw), Basic::UntypedFloat),
            Imag => (imag_lit(&l.raw), Basic::UntypedComplex),
            Char => (char_lit(&l.raw), Basic::UntypedRune),
            String => (string_lit(&l.raw), Basic::UntypedString),
        };
        match r {
            Ok(v) => Operand { mode: Mode::Constant, ty: basic(b), val: Some(v), id: None },
            Err(LitErr::TooBig) => {
                self.error(e.pos, format!("chanlab does not support constants as large as {} yet", l.raw));
                Operand::invalid()
            }
            Err(LitErr::Malformed) => {
                self.error(e.pos, format!("malformed constant: {}", l.raw));
                Operand::invalid()
            }
        }
    }

    fn star(&mut self, e: &Expr, x: &Expr) -> Operand {
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

    fn unary(&mut self, e: &Expr, op: UnOp, xe: &Expr) -> Operand {
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
                let (d, t) = (self.describe(&x, xe), self.ts(x.ty));
                self.error(start_pos(xe), format!("invalid operation: cannot receive from send-only channel {t} {d}"));
                Operand::invalid()
            }
            Type::Chan(_, elem) => Operand { mode: Mode::CommaOk, ty: elem, val: None, id: None },
            _ => {
                let (d, t) = (self.describe(&x, xe), self.ts(x.ty));
                self.error(start_pos(xe), format!("invalid operation: cannot receive from non-channel {t} {d}"));
                Operand::invalid()
            }
        }
    }

    fn binary(&mut self, e: &Expr, op: BinOp, xe: &Expr, ye: &Expr) -> Operand {
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

    fn comparison(&mut self, s: &str, op: BinOp, x: Operand, xe: &Expr, y: Operand, ye: &Expr) -> Operand {
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
                if !self.has_nil(t) {
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

fn rank(b: Basic) -> u8 {
    match b {
        Basic::UntypedInt => 1,
        Basic::UntypedRune => 2,
        Basic::UntypedFloat => 3,
        Basic::UntypedComplex => 4,
        _ => 0,
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

use super::ObjId;
