//! Expressions to register code: constants, names, operators, selectors, indexing,
//! slicing, composite literals, function literals, type assertions, receives.

use super::func::FnC;
use super::tyinfo::Class;
use super::CResult;
use crate::golang::syntax::ast::{self, BinOp, Expr, ExprKind, UnOp};
use crate::golang::types::{Const, ObjId, ObjKind, Selection, Type, TypeId};
use crate::golang::vm::code::{AssertDesc, Cmp, CplxOp, Kind, Op, Reg, NO_REG};
use crate::golang::vm::value::{Closure, FuncRef, GoStr, Value};

impl FnC<'_> {
    /// The value of `e` in some register (possibly a local's own: do not write to it).
    pub fn expr(&mut self, e: &Expr) -> CResult<Reg> {
        if let Some(r) = self.const_expr(e)? {
            return Ok(r);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Name(_) => self.name(e),
            _ => {
                let d = self.alloc(1);
                self.expr_to(e, d)?;
                Ok(d)
            }
        }
    }

    /// The value of `e` converted for a location of type `t` (an interface wraps it).
    pub fn expr_as(&mut self, e: &Expr, t: TypeId) -> CResult<Reg> {
        let from = self.type_of(e);
        let r = self.expr(e)?;
        Ok(self.convert_for(r, from, t))
    }

    /// Wrap `r` (of type `from`) in an interface when `to` is one and `from` is not.
    pub fn convert_for(&mut self, r: Reg, from: TypeId, to: TypeId) -> Reg {
        let to = self.sub(to);
        if !self.b.is_iface(to) || self.b.is_iface(from) || self.is_nil_type(from) {
            return r;
        }
        let from = self.b.default_type(from);
        let d = self.alloc(1);
        if self.b.is_agg(from) {
            self.emit(Op::Copy(d, r));
            self.emit(Op::ToIface(d, d, from));
        } else {
            self.emit(Op::ToIface(d, r, from));
        }
        d
    }

    fn is_nil_type(&self, t: TypeId) -> bool {
        matches!(self.b.ty(t), Type::Basic(crate::golang::types::Basic::UntypedNil))
    }

    /// A constant expression's value, loaded.
    fn const_expr(&mut self, e: &Expr) -> CResult<Option<Reg>> {
        let Some(tv) = self.info().types.get(&e.id).cloned() else { return Ok(None) };
        let Some(c) = tv.value else { return Ok(None) };
        let t = self.sub(tv.ty);
        let t = self.b.default_type(t);
        let d = self.alloc(1);
        self.load_const(d, &c, t);
        Ok(Some(d))
    }

    pub fn load_const(&mut self, d: Reg, c: &Const, t: TypeId) {
        let class = self.b.class(t);
        if let Some(f32) = self.b.complex_of(t) {
            let (re, im) = match c {
                Const::Int(i) => (*i as f64, 0.0),
                Const::Float(f) => (*f, 0.0),
                Const::Complex(re, im) => (*re, *im),
                _ => (0.0, 0.0),
            };
            let k = self.b.konst(crate::golang::vm::complex::make(re, im, f32));
            self.emit(Op::Const(d, k));
            return;
        }
        let v = match c {
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) if matches!(class, Class::Float(_)) => Value::Float(*i as f64),
            Const::Int(i) => {
                let v = *i as i64;
                if let Ok(small) = i32::try_from(v) {
                    self.emit(Op::Int(d, small));
                    return;
                }
                Value::Int(v)
            }
            Const::Float(f) if matches!(class, Class::Int(_) | Class::Uint(_)) => Value::Int(*f as i64),
            Const::Float(f) => Value::Float(if class == Class::Float(true) { *f as f32 as f64 } else { *f }),
            Const::Complex(re, _) => Value::Float(*re),
            Const::String(s) => Value::Str(GoStr::new(s.clone())),
        };
        let k = self.b.konst(v);
        self.emit(Op::Const(d, k));
    }

    /// A name used as a value.
    fn name(&mut self, e: &Expr) -> CResult<Reg> {
        let Some(o) = self.obj_of_use(e.id) else { return Err(self.err(e.pos, "this name")) };
        if let Some(l) = self.locals.get(&o).copied() {
            if !l.cell {
                return Ok(l.reg);
            }
            let d = self.alloc(1);
            self.emit(Op::Load(d, l.reg));
            return Ok(d);
        }
        let d = self.alloc(1);
        self.name_to(e, o, d)?;
        Ok(d)
    }

    fn name_to(&mut self, e: &Expr, o: ObjId, d: Reg) -> CResult<()> {
        let kind = self.b.c.objects[o.0 as usize].kind.clone();
        match kind {
            ObjKind::Var { global: true, .. } => {
                let g = self.b.global(o);
                self.emit(Op::GetGlobal(d, g));
            }
            ObjKind::Var { .. } => {
                if let Some(l) = self.locals.get(&o).copied() {
                    self.emit(if l.cell { Op::Load(d, l.reg) } else { Op::Move(d, l.reg) });
                } else {
                    let i = self.capture(o);
                    self.emit(Op::Env(d, i));
                    if !self.by_value(o) {
                        self.emit(Op::Load(d, d));
                    }
                }
            }
            ObjKind::Func { .. } => {
                let targs = self.info().instances.get(&e.id).map(|(_, t)| t.clone()).unwrap_or_default();
                let targs: Vec<TypeId> = targs.into_iter().map(|t| self.sub(t)).collect();
                self.func_value(o, targs, e.pos, d)?;
            }
            ObjKind::Nil => {
                self.emit(Op::Nil(d));
            }
            ObjKind::Const(c) => {
                let t = self.type_of(e);
                self.load_const(d, &c, t);
            }
            _ => return Err(self.err(e.pos, "this kind of name")),
        }
        Ok(())
    }

    /// A function object as a func value.
    pub fn func_value(&mut self, o: ObjId, targs: Vec<TypeId>, pos: ast::Pos, d: Reg) -> CResult<()> {
        let file = self.file;
        match self.b.func_ref(o, targs, pos, file)? {
            FuncRef::Go(i) => {
                self.emit(Op::Closure(d, i, 0, 0));
            }
            FuncRef::Native(n) => {
                let k = self.b.konst(Closure::func(FuncRef::Native(n)));
                self.emit(Op::Const(d, k));
            }
        }
        Ok(())
    }

    /// The env index of a variable captured from an enclosing function.
    pub fn capture(&mut self, o: ObjId) -> u16 {
        if let Some(i) = self.captures.iter().position(|&c| c == o) {
            return i as u16;
        }
        self.captures.push(o);
        (self.captures.len() - 1) as u16
    }

    /// The value of `e` into register `d`.
    pub fn expr_to(&mut self, e: &Expr, d: Reg) -> CResult<()> {
        if let Some(tv) = self.info().types.get(&e.id).cloned() {
            if let Some(c) = tv.value {
                let t = self.sub(tv.ty);
                let t = self.b.default_type(t);
                self.load_const(d, &c, t);
                return Ok(());
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_to(x, d),
            ExprKind::Name(_) => {
                let Some(o) = self.obj_of_use(e.id) else { return Err(self.err(e.pos, "this name")) };
                self.name_to(e, o, d)
            }
            ExprKind::Binary { op, x, y, .. } => self.binary(e, *op, x, y, d),
            ExprKind::Unary(op, x) => self.unary(e, *op, x, d),
            ExprKind::Call { .. } => {
                let base = self.call(e, 1)?;
                self.emit(Op::Move(d, base));
                Ok(())
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel, d),
            ExprKind::Index(x, idx) => self.index(e, x, idx, d),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let xr = self.array_base(x)?;
                let b = |f: &mut Self, v: &Option<Box<Expr>>| -> CResult<Reg> {
                    match v {
                        Some(v) => f.expr(v),
                        None => Ok(NO_REG),
                    }
                };
                let (l, h, m) = (b(self, lo)?, b(self, hi)?, b(self, max)?);
                self.at(e.pos);
                self.emit(Op::SliceExpr(d, xr, l, h, m));
                Ok(())
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)?;
                self.at(e.pos);
                self.emit(Op::Load(d, p));
                Ok(())
            }
            ExprKind::TypeAssert(x, Some(t)) => self.assert(e, x, t, d, false),
            ExprKind::CompositeLit { elts, .. } => {
                let t = self.type_of(e);
                self.composite(t, elts, d)
            }
            ExprKind::FuncLit { ty, body } => self.func_lit(e, ty, body, d),
            _ => Err(self.err(e.pos, "this expression")),
        }
    }

    /// `x.(T)` into `d` (ok into `d+1` when `comma_ok`).
    pub fn assert(&mut self, e: &Expr, x: &Expr, t: &Expr, d: Reg, comma_ok: bool) -> CResult<()> {
        let src = self.type_of(x);
        let ty = self.type_of(t);
        let xr = self.expr(x)?;
        let zero = self.b.zero(ty);
        let iface = self.b.is_iface(ty);
        self.asserts.push(AssertDesc { ty, iface, src, zero, ok: comma_ok });
        self.at(e.pos);
        self.emit(Op::Assert(d, xr, (self.asserts.len() - 1) as u32));
        Ok(())
    }

    fn binary(&mut self, e: &Expr, op: BinOp, x: &Expr, y: &Expr, d: Reg) -> CResult<()> {
        if matches!(op, BinOp::LogAnd | BinOp::LogOr) {
            self.expr_to(x, d)?;
            let j = if op == BinOp::LogAnd { self.emit(Op::Jf(d, 0)) } else { self.emit(Op::Jt(d, 0)) };
            self.expr_to(y, d)?;
            let h = self.here();
            self.patch(j, h);
            return Ok(());
        }
        let xt = self.type_of(x);
        let yt = self.type_of(y);
        if matches!(op, BinOp::Eq | BinOp::Ne) {
            // Mixed interface/concrete comparisons convert the concrete side.
            let (a, b) = (self.expr(x)?, self.expr(y)?);
            let a = self.convert_for(a, xt, yt);
            let b = self.convert_for(b, yt, xt);
            self.at(e.pos);
            let ints = matches!(self.b.class(xt), Class::Int(_) | Class::Uint(_))
                && matches!(self.b.class(yt), Class::Int(_) | Class::Uint(_));
            if ints && op == BinOp::Eq {
                self.emit(Op::EqI(d, a, b));
            } else if op == BinOp::Eq {
                self.emit(Op::Eq(d, a, b));
            } else {
                self.emit(Op::Ne(d, a, b));
            }
            return Ok(());
        }
        let a = self.expr(x)?;
        let t = self.type_of(e);
        if let (BinOp::Add | BinOp::Sub, Class::Int(None) | Class::Uint(None), Some(k)) =
            (op, self.b.class(xt), self.small_const(y))
        {
            // `x + 1`, `n - 2`: an immediate operand.
            let k = if op == BinOp::Sub { -k } else { k };
            self.emit(Op::AddImm(d, a, k));
            return Ok(());
        }
        let b = self.expr(y)?;
        self.at(e.pos);
        self.arith(op, t, xt, a, b, d, yt)
    }

    /// An integer constant that fits an immediate operand.
    pub fn small_const(&self, e: &Expr) -> Option<i16> {
        match self.info().types.get(&e.id)?.value.as_ref()? {
            Const::Int(i) => i16::try_from(*i).ok().filter(|v| *v > i16::MIN),
            _ => None,
        }
    }

    /// `d = a op b` for operands of type `xt` (result type `t`; `yt` the right side's type).
    #[allow(clippy::too_many_arguments)]
    pub fn arith(&mut self, op: BinOp, t: TypeId, xt: TypeId, a: Reg, b: Reg, d: Reg, yt: TypeId) -> CResult<()> {
        let class = self.b.class(xt);
        let cmp = |c: Cmp| c;
        let ord = match op {
            BinOp::Lt => Some(cmp(Cmp::Lt)),
            BinOp::Le => Some(Cmp::Le),
            BinOp::Gt => Some(Cmp::Gt),
            BinOp::Ge => Some(Cmp::Ge),
            _ => None,
        };
        if let Some(c) = ord {
            let k = self.b.kind(xt);
            match (c, k) {
                (Cmp::Lt, Kind::Int) => self.emit(Op::LtI(d, a, b)),
                (Cmp::Le, Kind::Int) => self.emit(Op::LeI(d, a, b)),
                (Cmp::Gt, Kind::Int) => self.emit(Op::LtI(d, b, a)),
                (Cmp::Ge, Kind::Int) => self.emit(Op::LeI(d, b, a)),
                _ => self.emit(Op::Cmp(d, a, b, c, k)),
            };
            return Ok(());
        }
        let signed_count = matches!(self.b.class(yt), Class::Int(_));
        match class {
            Class::Float(f32) => {
                let o = match op {
                    BinOp::Add => Op::FAdd(d, a, b),
                    BinOp::Sub => Op::FSub(d, a, b),
                    BinOp::Mul => Op::FMul(d, a, b),
                    BinOp::Div => Op::FDiv(d, a, b),
                    _ => return Err(self.err(ast::Pos::default(), "this float operator")),
                };
                self.emit(o);
                if f32 {
                    self.emit(Op::F32(d));
                }
            }
            Class::Str => {
                self.emit(Op::Concat(d, a, b));
            }
            Class::Int(k) | Class::Uint(k) => {
                let unsigned = matches!(class, Class::Uint(_));
                let o = match op {
                    BinOp::Add => Op::Add(d, a, b),
                    BinOp::Sub => Op::Sub(d, a, b),
                    BinOp::Mul => Op::Mul(d, a, b),
                    BinOp::Div if unsigned => Op::DivU(d, a, b),
                    BinOp::Div => Op::Div(d, a, b),
                    BinOp::Rem if unsigned => Op::RemU(d, a, b),
                    BinOp::Rem => Op::Rem(d, a, b),
                    BinOp::And => Op::And(d, a, b),
                    BinOp::Or => Op::Or(d, a, b),
                    BinOp::Xor => Op::Xor(d, a, b),
                    BinOp::AndNot => Op::AndNot(d, a, b),
                    BinOp::Shl => Op::Shl(d, a, b, signed_count),
                    BinOp::Shr if unsigned => Op::ShrU(d, a, b, signed_count),
                    BinOp::Shr => Op::Shr(d, a, b, signed_count),
                    _ => return Err(self.err(ast::Pos::default(), "this integer operator")),
                };
                self.emit(o);
                if let Some(k) = k {
                    self.emit(Op::Trunc(d, k));
                }
            }
            _ if self.b.complex_of(xt).is_some() => {
                let c = match op {
                    BinOp::Add => CplxOp::Add,
                    BinOp::Sub => CplxOp::Sub,
                    BinOp::Mul => CplxOp::Mul,
                    BinOp::Div => CplxOp::Div,
                    _ => return Err(self.err(ast::Pos::default(), "this complex operator")),
                };
                self.emit(Op::Cplx(d, a, b, c, self.b.complex_of(t) == Some(true)));
            }
            _ => return Err(self.err(ast::Pos::default(), "this operator on operands of this type")),
        }
        Ok(())
    }

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr, d: Reg) -> CResult<()> {
        match op {
            UnOp::Plus => self.expr_to(x, d),
            UnOp::Not => {
                let r = self.expr(x)?;
                self.emit(Op::Not(d, r));
                Ok(())
            }
            UnOp::Neg => {
                let t = self.type_of(e);
                let r = self.expr(x)?;
                match self.b.class(t) {
                    Class::Float(_) => self.emit(Op::FNeg(d, r)),
                    _ if self.b.complex_of(t).is_some() => {
                        self.emit(Op::Cplx(d, r, r, CplxOp::Neg, self.b.complex_of(t) == Some(true)))
                    }
                    Class::Int(k) | Class::Uint(k) => {
                        self.emit(Op::Neg(d, r));
                        if let Some(k) = k {
                            self.emit(Op::Trunc(d, k));
                        }
                        0
                    }
                    _ => return Err(self.err(e.pos, "this negation")),
                };
                Ok(())
            }
            UnOp::BitNot => {
                let t = self.type_of(e);
                let r = self.expr(x)?;
                self.emit(Op::Com(d, r));
                if let Class::Int(Some(k)) | Class::Uint(Some(k)) = self.b.class(t) {
                    self.emit(Op::Trunc(d, k));
                }
                Ok(())
            }
            UnOp::Recv => {
                let ch = self.expr(x)?;
                let t = self.type_of(e);
                let z = self.b.zero(t);
                self.at(e.pos);
                self.emit(Op::Recv(d, ch, z, false));
                Ok(())
            }
            UnOp::Addr => self.addr_of(x, d),
        }
    }

    /// `&x` into `d`.
    pub fn addr_of(&mut self, x: &Expr, d: Reg) -> CResult<()> {
        match &x.kind {
            ExprKind::Paren(y) => self.addr_of(y, d),
            ExprKind::CompositeLit { elts, .. } => {
                let t = self.type_of(x);
                self.composite(t, elts, d)?;
                self.emit(Op::NewCell(d, d));
                Ok(())
            }
            ExprKind::Name(_) => {
                let Some(o) = self.obj_of_use(x.id) else { return Err(self.err(x.pos, "this address")) };
                if let Some(l) = self.locals.get(&o).copied() {
                    if l.cell {
                        self.emit(Op::Move(d, l.reg));
                        return Ok(());
                    }
                    return Err(self.err(x.pos, "taking this variable's address"));
                }
                if let ObjKind::Var { global: true, .. } = self.b.c.objects[o.0 as usize].kind {
                    let g = self.b.global(o);
                    self.emit(Op::AddrGlobal(d, g));
                    return Ok(());
                }
                if self.by_value(o) {
                    // Unreachable: a variable whose address is taken is never captured by value.
                    return Err(self.err(x.pos, "taking this captured variable's address"));
                }
                let i = self.capture(o);
                self.emit(Op::Env(d, i));
                Ok(())
            }
            ExprKind::Selector(base, _) => {
                let Some(Selection::Field { path, .. }) = self.info().selections.get(&x.id).cloned() else {
                    return Err(self.err(x.pos, "this address"));
                };
                let bt = self.type_of(base);
                let (r, t) = self.field_path(base, bt, &path[..path.len() - 1])?;
                let last = *path.last().expect("a field path");
                if matches!(self.b.uty(t), Type::Pointer(_)) {
                    self.emit(Op::AddrPField(d, r, last as u16));
                } else {
                    self.emit(Op::AddrField(d, r, last as u16));
                }
                Ok(())
            }
            ExprKind::Index(a, idx) => {
                let at = self.type_of(a);
                let ar = if matches!(self.b.uty(at), Type::Array(..)) { self.addr_base(a)? } else { self.expr(a)? };
                let i = self.expr(&idx[0])?;
                self.at(x.pos);
                self.emit(Op::AddrIndex(d, ar, i));
                Ok(())
            }
            ExprKind::Star(p) => self.expr_to(p, d),
            _ => Err(self.err(x.pos, "taking this address")),
        }
    }

    /// An array operand by reference (so `&a[i]` and `a[i] = v` reach the variable itself).
    pub fn addr_base(&mut self, a: &Expr) -> CResult<Reg> {
        self.expr(a)
    }

    /// Follow a field path from `x` (of type `t`): the register and type reached.
    pub fn field_path(&mut self, x: &Expr, t: TypeId, path: &[u32]) -> CResult<(Reg, TypeId)> {
        let mut r = self.expr(x)?;
        let mut t = t;
        for &i in path {
            let (ptr, st) = match self.b.uty(t).clone() {
                Type::Pointer(e) => (true, e),
                _ => (false, t),
            };
            let Type::Struct(fs) = self.b.uty(st).clone() else { return Err(self.err(x.pos, "this field path")) };
            let d = self.alloc(1);
            self.emit(if ptr { Op::PField(d, r, i as u16) } else { Op::Field(d, r, i as u16) });
            r = d;
            t = self.sub(fs[i as usize].ty);
        }
        Ok((r, t))
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &ast::Ident, d: Reg) -> CResult<()> {
        let s = self.info().selections.get(&e.id).cloned();
        match s {
            Some(Selection::Qualified(o)) => {
                let kind = self.b.c.objects[o.0 as usize].kind.clone();
                match kind {
                    ObjKind::Var { .. } => {
                        let g = self.b.global(o);
                        self.emit(Op::GetGlobal(d, g));
                    }
                    ObjKind::Const(c) => {
                        let t = self.type_of(e);
                        self.load_const(d, &c, t);
                    }
                    ObjKind::Func { .. } => {
                        let targs = self.info().instances.get(&e.id).map(|(_, t)| t.clone()).unwrap_or_default();
                        self.func_value(o, targs, e.pos, d)?;
                    }
                    _ => return Err(self.err(e.pos, "this qualified name")),
                }
                Ok(())
            }
            Some(Selection::Field { path, .. }) => {
                let t = self.type_of(x);
                self.at(e.pos);
                let (r, _) = self.field_path(x, t, &path)?;
                self.emit(Op::Move(d, r));
                Ok(())
            }
            Some(Selection::Method { .. }) => self.method_value(e, x, d),
            Some(Selection::MethodExpr { func }) => self.method_expr(e, x, &sel.name, func, d),
            None => Err(self.err(sel.pos, &format!("selector .{}", sel.name))),
        }
    }

    /// A method expression `T.M`, `(*T).M` or `I.M` into `d`: the method itself when `T` declares
    /// it with that receiver, else a function adapting the receiver (an interface's dynamic
    /// call, a pointer dereferenced for a value method, a promoted method's field path).
    fn method_expr(&mut self, e: &Expr, x: &Expr, name: &str, func: ObjId, d: Reg) -> CResult<()> {
        let t = self.type_of(x);
        let t = self.sub(t);
        if self.b.is_iface(t) {
            let sig = self.type_of(e);
            let sig = self.sub(sig);
            let f = self.b.iface_method_expr(t, name, sig);
            self.emit(Op::Closure(d, f, 0, 0));
            return Ok(());
        }
        let (is_ptr, base) = match self.b.ty(t).clone() {
            Type::Pointer(p) => (true, p),
            _ => (false, t),
        };
        let recv = match &self.b.c.objects[func.0 as usize].kind {
            ObjKind::Func { recv: Some(r), .. } => Some(*r),
            _ => None,
        };
        let recv_ptr = recv.is_some_and(|r| matches!(self.b.ty(r), Type::Pointer(_)));
        let recv_base = recv.map(|r| match self.b.ty(r).clone() {
            Type::Pointer(p) => p,
            _ => r,
        });
        let named = |b: &super::Builder, t: TypeId| match b.ty(t) {
            Type::Named { obj, .. } => Some(*obj),
            _ => None,
        };
        let declared_here = recv_base.is_some_and(|rb| named(self.b, rb) == named(self.b, base));
        if !declared_here {
            if let Some(f) = self.b.promoted_method_expr(base, is_ptr, name) {
                self.emit(Op::Closure(d, f, 0, 0));
                return Ok(());
            }
        }
        if is_ptr && !recv_ptr && declared_here {
            let targs = match self.b.ty(base).clone() {
                Type::Named { targs, .. } => targs,
                _ => Vec::new(),
            };
            let file = self.file;
            let f = self.b.func_ref(func, targs, e.pos, file)?;
            let c = Closure { func: f, env: Vec::new(), kind: crate::golang::vm::value::ClosureKind::Deref };
            let k = self.b.konst(Value::Func(std::rc::Rc::new(c)));
            self.emit(Op::Const(d, k));
            return Ok(());
        }
        let targs = match self.b.ty(base).clone() {
            Type::Named { targs, .. } => targs,
            _ => Vec::new(),
        };
        self.func_value(func, targs, e.pos, d)
    }

    fn index(&mut self, e: &Expr, x: &Expr, idx: &[Expr], d: Reg) -> CResult<()> {
        if let Some((o, targs)) = self.info().instances.get(&e.id).cloned() {
            let targs: Vec<TypeId> = targs.into_iter().map(|t| self.sub(t)).collect();
            // `x.M[T]`: a generic method's value, bound to `x`.
            if let ExprKind::Selector(recv, _) = &ast_unparen(x).kind {
                match self.info().selections.get(&ast_unparen(x).id).cloned() {
                    Some(Selection::Method { .. }) => return self.method_value_with(ast_unparen(x), recv, targs, d),
                    // `T.M[U]`: the method expression of a generic method.
                    Some(Selection::MethodExpr { func }) => {
                        let t = self.type_of(recv);
                        let t = self.sub(t);
                        let base = match self.b.ty(t).clone() {
                            Type::Pointer(p) => p,
                            _ => t,
                        };
                        let mut all = match self.b.ty(base).clone() {
                            Type::Named { targs, .. } => targs,
                            _ => Vec::new(),
                        };
                        all.extend(targs);
                        return self.func_value(func, all, e.pos, d);
                    }
                    _ => {}
                }
            }
            return self.func_value(o, targs, e.pos, d);
        }
        let xt = self.type_of(x);
        let mut under = self.b.uty(xt).clone();
        if let Type::Pointer(p) = under {
            under = self.b.uty(p).clone();
        }
        if let Type::Map(k, v) = under {
            let m = self.expr(x)?;
            let kr = self.expr_as(&idx[0], k)?;
            let z = self.b.zero(v);
            self.at(e.pos);
            self.emit(Op::MapIndex(d, m, kr, z, false));
            return Ok(());
        }
        let xr = self.array_base(x)?;
        // A constant index needs no register (`cs[2]`); the checker rejected negative ones.
        if let Some(Const::Int(k)) = self.info().types.get(&idx[0].id).and_then(|t| t.value.as_ref()) {
            if let Ok(k) = u32::try_from(*k) {
                self.at(e.pos);
                self.emit(Op::IndexK(d, xr, k));
                return Ok(());
            }
        }
        let i = self.expr(&idx[0])?;
        self.at(e.pos);
        self.emit(Op::Index(d, xr, i));
        Ok(())
    }
}

/// `e` without parentheses.
fn ast_unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => ast_unparen(x),
        _ => e,
    }
}
