//! Calls: functions, methods (static and through interfaces), func values, builtins,
//! conversions; method values and function literals (closures); the parts of a call for
//! `go` and `defer`.

use super::func::FnC;
use super::tyinfo::Class;
use super::CResult;
use crate::golang::syntax::ast::{self, Expr, ExprKind};
use crate::golang::types::{Basic, Builtin, ObjId, ObjKind, Selection, Type, TypeId};
use crate::golang::vm::code::{CplxOp, IntKind, Kind, Op, Reg};
use crate::golang::vm::value::FuncRef;

/// An argument: an expression, or one value of a multi-value call already in a register.
enum Arg<'a> {
    Expr(&'a Expr),
    Reg(Reg, TypeId),
}

/// What a call calls.
enum Callee {
    Static(FuncRef),
    Iface(u32),
    Value(Reg),
}

impl FnC<'_> {
    /// Compile call `e`; its results are in registers `base..` (returned).
    pub fn call(&mut self, e: &Expr, _want: usize) -> CResult<Reg> {
        let ExprKind::Call { fun, args, ellipsis } = &e.kind else { unreachable!("a call") };
        if let Some(b) = self.builtin_of(e, fun) {
            return self.builtin(e, b, args, ellipsis.is_some());
        }
        if let Some(t) = self.conversion_of(e, fun) {
            let t = self.sub(t);
            let d = self.alloc(1);
            self.conversion(&args[0], t, d)?;
            return Ok(d);
        }
        let ft = self.type_of(fun);
        let Type::Func(sig) = self.b.uty(ft).clone() else { return Err(self.err(e.pos, "calling this")) };
        let nres = sig.results.len();
        let (callee, recv) = self.callee(fun)?;
        let nslots = args.len().max(sig.params.len()) + recv.is_some() as usize;
        let base = self.alloc(nslots.max(nres).max(1) as u16);
        let mut n = 0u16;
        if let Some(r) = recv {
            self.emit(Op::Move(base, r));
            n = 1;
        }
        n += self.args_into(&sig, args, ellipsis.is_some(), base + n)?;
        self.at(e.pos);
        match callee {
            Callee::Static(FuncRef::Go(f)) => self.emit(Op::Call(f, base)),
            Callee::Static(FuncRef::Native(f)) => self.emit(Op::CallNative(f, base, n)),
            Callee::Iface(m) => self.emit(Op::CallIface(m, base, n)),
            Callee::Value(r) => self.emit(Op::CallValue(r, base, n)),
        };
        self.next = self.next.max(base + nres.max(1) as u16);
        Ok(base)
    }

    /// The builtin a call calls, if it does.
    fn builtin_of(&self, e: &Expr, fun: &Expr) -> Option<Builtin> {
        if let Some(b) = self.info().builtins.get(&e.id) {
            return Some(*b);
        }
        let o = self.obj_of_use(strip(fun).id)?;
        match self.b.c.objects[o.0 as usize].kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    /// The target type of a conversion call `T(x)`, if it is one.
    fn conversion_of(&mut self, e: &Expr, fun: &Expr) -> Option<TypeId> {
        if let Some(t) = self.info().conversions.get(&e.id) {
            return Some(*t);
        }
        let tv = self.info().types.get(&strip(fun).id)?;
        (tv.mode == crate::golang::types::Mode::TypeExpr).then_some(tv.ty)
    }

    /// Evaluate arguments into `base..` for signature `sig` (packing a variadic tail; a
    /// single multi-value call spreads over the parameters).
    fn args_into(
        &mut self,
        sig: &crate::golang::types::Signature,
        args: &[Expr],
        spread: bool,
        base: Reg,
    ) -> CResult<u16> {
        let mut vals: Vec<Arg> = args.iter().map(Arg::Expr).collect();
        if args.len() == 1 {
            let at = self.type_of(&args[0]);
            if let Type::Tuple(ts) = self.b.ty(at).clone() {
                if ts.len() > 1 {
                    let r = self.call(&args[0], ts.len())?;
                    vals = ts.iter().enumerate().map(|(i, t)| Arg::Reg(r + i as Reg, *t)).collect();
                }
            }
        }
        let fixed = if sig.variadic { sig.params.len() - 1 } else { sig.params.len() };
        for (i, a) in vals.iter().enumerate().take(fixed) {
            self.put_arg(a, sig.params[i], base + i as Reg)?;
        }
        if !sig.variadic {
            return Ok(fixed as u16);
        }
        let st = sig.params[fixed];
        let d = base + fixed as Reg;
        if spread {
            self.put_arg(&vals[fixed], st, d)?;
        } else if vals.len() > fixed {
            let Type::Slice(et) = self.b.uty(st).clone() else {
                return Err(self.err(args[0].pos, "this variadic call"));
            };
            let n = (vals.len() - fixed) as u16;
            let tmp = self.alloc(n);
            for (i, a) in vals[fixed..].iter().enumerate() {
                self.put_arg(a, et, tmp + i as Reg)?;
            }
            self.emit(Op::MakeSlicelit(d, tmp, n));
        } else {
            self.emit(Op::Nil(d));
        }
        Ok(fixed as u16 + 1)
    }

    fn put_arg(&mut self, a: &Arg, t: TypeId, d: Reg) -> CResult<()> {
        match a {
            Arg::Expr(e) => self.arg_into(e, t, d),
            Arg::Reg(r, from) => {
                let t = self.sub(t);
                let v = self.convert_for(*r, *from, t);
                self.emit(Op::Move(d, v));
                Ok(())
            }
        }
    }

    pub(super) fn arg_into(&mut self, a: &Expr, t: TypeId, d: Reg) -> CResult<()> {
        let t = self.sub(t);
        let from = self.type_of(a);
        if !self.b.is_agg(t) && (!self.b.is_iface(t) || self.b.is_iface(from)) {
            // No conversion: evaluate straight into the argument's register.
            return self.expr_to(a, d);
        }
        let r = self.expr_as(a, t)?;
        if self.b.is_agg(t) {
            self.emit(Op::Copy(d, r));
        } else {
            self.emit(Op::Move(d, r));
        }
        Ok(())
    }

    /// The callee of `fun` and the receiver's register for a method call.
    fn callee(&mut self, fun: &Expr) -> CResult<(Callee, Option<Reg>)> {
        let fun = strip(fun);
        if let ExprKind::Name(_) = &fun.kind {
            if let Some(o) = self.obj_of_use(fun.id) {
                if matches!(self.b.c.objects[o.0 as usize].kind, ObjKind::Func { .. }) {
                    let targs = self.targs_at(fun.id);
                    let file = self.file;
                    return Ok((Callee::Static(self.b.func_ref(o, targs, fun.pos, file)?), None));
                }
            }
        }
        if let ExprKind::Index(inner, _) = &fun.kind {
            if let Some((o, targs)) = self.info().instances.get(&fun.id).cloned() {
                let mut targs: Vec<TypeId> = targs.into_iter().map(|t| self.sub(t)).collect();
                let sel = strip(inner);
                // `x.M[T](...)`: a generic method, called on `x`.
                if let (ExprKind::Selector(x, _), Some(Selection::Method { path, addr, deref, iface: false, .. })) =
                    (&sel.kind, self.info().selections.get(&sel.id).cloned())
                {
                    let r = self.receiver(x, &path, addr, deref)?;
                    let mut all = self.recv_targs(x, &path);
                    all.append(&mut targs);
                    let file = self.file;
                    return Ok((Callee::Static(self.b.func_ref(o, all, fun.pos, file)?), Some(r)));
                }
                let file = self.file;
                return Ok((Callee::Static(self.b.func_ref(o, targs, fun.pos, file)?), None));
            }
        }
        if let ExprKind::Selector(x, _) = &fun.kind {
            match self.info().selections.get(&fun.id).cloned() {
                Some(Selection::Qualified(o))
                    if matches!(self.b.c.objects[o.0 as usize].kind, ObjKind::Func { .. }) =>
                {
                    let targs = self.targs_at(fun.id);
                    let file = self.file;
                    return Ok((Callee::Static(self.b.func_ref(o, targs, fun.pos, file)?), None));
                }
                Some(Selection::Method { path, func, addr, deref, iface }) => {
                    let r = self.receiver(x, &path, addr, deref)?;
                    let r = if iface { self.boxed_receiver(x, &path, r) } else { r };
                    if iface {
                        let name = self.b.c.objects[func.0 as usize].name.clone();
                        return Ok((Callee::Iface(self.b.method_id(&name)), Some(r)));
                    }
                    let mut targs = self.recv_targs(x, &path);
                    targs.extend(self.targs_at(fun.id));
                    let file = self.file;
                    return Ok((Callee::Static(self.b.func_ref(func, targs, fun.pos, file)?), Some(r)));
                }
                _ => {}
            }
        }
        let r = self.expr(fun)?;
        Ok((Callee::Value(r), None))
    }

    fn targs_at(&mut self, id: ast::NodeId) -> Vec<TypeId> {
        let t = self.info().instances.get(&id).map(|(_, t)| t.clone()).unwrap_or_default();
        t.into_iter().map(|t| self.sub(t)).collect()
    }

    /// The type arguments of a method's receiver type (a generic type's instance).
    fn recv_targs(&mut self, x: &Expr, path: &[u32]) -> Vec<TypeId> {
        let mut t = self.type_of(x);
        for &i in path {
            let st = match self.b.uty(t).clone() {
                Type::Pointer(e) => e,
                _ => t,
            };
            if let Type::Struct(fs) = self.b.uty(st).clone() {
                t = self.sub(fs[i as usize].ty);
            }
        }
        if let Type::Pointer(e) = self.b.ty(t).clone() {
            t = e;
        }
        match self.b.ty(t).clone() {
            Type::Named { targs, .. } => targs,
            _ => Vec::new(),
        }
    }

    /// The receiver of a method call: `x` after `path`, its address or dereferenced as the
    /// method wants.
    fn receiver(&mut self, x: &Expr, path: &[u32], addr: bool, deref: bool) -> CResult<Reg> {
        let t = self.type_of(x);
        if addr {
            let d = self.alloc(1);
            if path.is_empty() {
                self.addr_of(x, d)?;
            } else {
                let (r, pt) = self.field_path(x, t, &path[..path.len() - 1])?;
                let last = path[path.len() - 1] as u16;
                if matches!(self.b.uty(pt), Type::Pointer(_)) {
                    self.emit(Op::AddrPField(d, r, last));
                } else {
                    self.emit(Op::AddrField(d, r, last));
                }
            }
            return Ok(d);
        }
        let (r, rt) = self.field_path(x, t, path)?;
        if deref {
            let d = self.alloc(1);
            self.emit(Op::Load(d, r));
            self.emit(Op::Copy(d, d));
            return Ok(d);
        }
        if self.b.is_agg(rt) {
            let d = self.alloc(1);
            self.emit(Op::Copy(d, r));
            return Ok(d);
        }
        Ok(r)
    }

    /// A type parameter's method is called through an interface: a receiver whose
    /// instantiated type is concrete is boxed with its dynamic type first.
    fn boxed_receiver(&mut self, x: &Expr, path: &[u32], r: Reg) -> Reg {
        let mut t = self.type_of(x);
        for &i in path {
            let st = match self.b.uty(t).clone() {
                Type::Pointer(e) => e,
                _ => t,
            };
            if let Type::Struct(fs) = self.b.uty(st).clone() {
                t = self.sub(fs[i as usize].ty);
            }
        }
        if self.b.is_iface(t) {
            return r;
        }
        let d = self.alloc(1);
        self.emit(Op::ToIface(d, r, t));
        d
    }

    /// A method value `x.M` into `d`.
    pub fn method_value(&mut self, e: &Expr, x: &Expr, d: Reg) -> CResult<()> {
        let own = self.targs_at(e.id);
        self.method_value_with(e, x, own, d)
    }

    /// A method value `x.M` (selector `e`) into `d`; `own`: a generic method's own type
    /// arguments (from `x.M[T]` or inferred).
    pub fn method_value_with(&mut self, e: &Expr, x: &Expr, own: Vec<TypeId>, d: Reg) -> CResult<()> {
        let Some(Selection::Method { path, func, addr, deref, iface }) = self.info().selections.get(&e.id).cloned()
        else {
            return Err(self.err(e.pos, "this method value"));
        };
        let r = self.receiver(x, &path, addr, deref)?;
        if iface {
            let r = self.boxed_receiver(x, &path, r);
            let name = self.b.c.objects[func.0 as usize].name.clone();
            let m = self.b.method_id(&name);
            self.emit(Op::BindIface(d, r, m));
            return Ok(());
        }
        let mut targs = self.recv_targs(x, &path);
        targs.extend(own);
        let f = self.alloc(1);
        self.func_value(func, targs, e.pos, f)?;
        self.emit(Op::BindMethod(d, f, r));
        Ok(())
    }

    /// A function literal into `d`: compiled now; its captured variables' cells become the
    /// closure's environment.
    pub fn func_lit(&mut self, e: &Expr, ty: &ast::FuncType, body: &ast::Block, d: Reg) -> CResult<()> {
        self.closures += 1;
        let name = if self.outer.is_some() {
            format!("{}.{}", self.name, self.closures)
        } else {
            format!("{}.func{}", self.name, self.closures)
        };
        let name = crate::golang::vm::sites::intern(name.as_bytes());
        let slot = self.b.reserve_func();
        let sig = self.type_of(e);
        let (f, captures) = {
            let mut c = FnC::new(&mut *self.b, self.file, name);
            c.subst = self.subst.clone();
            c.outer = Some(Default::default());
            c.at(e.pos);
            c.bind_signature(ty, None, sig)?;
            c.block(&body.stmts)?;
            c.at(body.rbrace);
            let caps = c.captures.clone();
            let np = c.nparams;
            (c.finish(np)?, caps)
        };
        self.b.set_func(slot, f);
        self.make_closure(d, slot, &captures);
        Ok(())
    }

    /// `d = closure of function slot` whose environment is the cells of `captures` (this
    /// function's locals, or its own captured cells), or their values for variables
    /// captured by value.
    pub fn make_closure(&mut self, d: Reg, slot: u32, captures: &[ObjId]) {
        let n = captures.len() as u16;
        let base = self.alloc(n.max(1));
        for (i, o) in captures.iter().enumerate() {
            let r = base + i as Reg;
            match self.locals.get(o).copied() {
                // A variable captured by value held in a cell here (a range-over-func body's
                // variables are always cells): its value.
                Some(l) if l.cell && self.by_value(*o) => {
                    self.emit(Op::Load(r, l.reg));
                }
                Some(l) => {
                    self.emit(Op::Move(r, l.reg));
                }
                None => {
                    let k = self.capture(*o);
                    self.emit(Op::Env(r, k));
                }
            }
        }
        self.emit(Op::Closure(d, slot, base, n));
    }

    /// `go`/`defer` of call `e`: a func value register and its arguments.
    pub fn call_parts(&mut self, e: &Expr) -> CResult<(Reg, Reg, u16)> {
        let ExprKind::Call { fun, args, ellipsis } = &e.kind else { return Err(self.err(e.pos, "this go/defer")) };
        if let Some(b) = self.builtin_of(e, fun) {
            // `defer close(ch)`, `defer println(...)`: wrap as a native call.
            return self.builtin_parts(e, b, args);
        }
        let ft = self.type_of(fun);
        let Type::Func(sig) = self.b.uty(ft).clone() else { return Err(self.err(e.pos, "this go/defer")) };
        let (callee, recv) = self.callee(fun)?;
        let fr = self.alloc(1);
        match callee {
            Callee::Static(FuncRef::Go(f)) => {
                self.emit(Op::Closure(fr, f, 0, 0));
            }
            Callee::Static(FuncRef::Native(n)) => {
                let k = self.b.konst(crate::golang::vm::value::Closure::func(FuncRef::Native(n)));
                self.emit(Op::Const(fr, k));
            }
            Callee::Iface(m) => {
                let r = recv.expect("a receiver");
                self.emit(Op::BindIface(fr, r, m));
            }
            Callee::Value(r) => {
                self.emit(Op::Move(fr, r));
            }
        }
        let nslots = args.len().max(sig.params.len()) + 1;
        let base = self.alloc(nslots as u16);
        let mut n = 0;
        if let (Some(r), false) = (recv, matches!(callee, Callee::Iface(_))) {
            self.emit(Op::Move(base, r));
            n = 1;
        }
        n += self.args_into(&sig, args, ellipsis.is_some(), base + n)?;
        Ok((fr, base, n))
    }

    /// Conversion `T(x)` into `d`.
    pub fn conversion(&mut self, x: &Expr, to: TypeId, d: Reg) -> CResult<()> {
        let from = self.type_of(x);
        if self.b.is_iface(to) {
            let r = self.expr_as(x, to)?;
            self.emit(Op::Move(d, r));
            return Ok(());
        }
        let r = self.expr(x)?;
        let (fc, tc) = (self.b.class(from), self.b.class(to));
        match (fc, tc) {
            (Class::Int(_) | Class::Uint(_), Class::Int(k) | Class::Uint(k)) => {
                self.emit(Op::Move(d, r));
                if let Some(k) = k {
                    self.emit(Op::Trunc(d, k));
                }
            }
            (Class::Int(_), Class::Float(f32)) | (Class::Uint(_), Class::Float(f32)) => {
                self.emit(if matches!(fc, Class::Uint(_)) { Op::UToF(d, r) } else { Op::IToF(d, r) });
                if f32 {
                    self.emit(Op::F32(d));
                }
            }
            (Class::Float(_), Class::Int(k) | Class::Uint(k)) => {
                // Go (amd64) converts to 8, 16 and signed 32 bits through a 32-bit conversion,
                // to uint32 through int64.
                let narrow = matches!(k, Some(IntKind::I8 | IntKind::I16 | IntKind::I32 | IntKind::U8 | IntKind::U16));
                self.emit(if narrow {
                    Op::FToI32(d, r)
                } else if matches!(tc, Class::Uint(None)) {
                    Op::FToU(d, r)
                } else {
                    Op::FToI(d, r)
                });
                if let Some(k) = k {
                    self.emit(Op::Trunc(d, k));
                }
            }
            (Class::Float(_), Class::Float(f32)) => {
                self.emit(Op::Move(d, r));
                if f32 {
                    self.emit(Op::F32(d));
                }
            }
            (Class::Int(_) | Class::Uint(_), Class::Str) => {
                self.emit(Op::RuneToStr(d, r));
            }
            (Class::Other, Class::Str) => {
                let rune =
                    matches!(self.b.uty(from), Type::Slice(e) if self.b.c.table.basic_of(*e) == Some(Basic::Int32));
                self.emit(if rune { Op::RunesToStr(d, r) } else { Op::BytesToStr(d, r) });
            }
            (Class::Str, Class::Other) => {
                let rune =
                    matches!(self.b.uty(to), Type::Slice(e) if self.b.c.table.basic_of(*e) == Some(Basic::Int32));
                self.emit(if rune { Op::StrToRunes(d, r) } else { Op::StrToBytes(d, r) });
            }
            _ if self.b.complex_of(to).is_some() => {
                self.emit(Op::Cplx(d, r, r, CplxOp::Conv, self.b.complex_of(to) == Some(true)));
            }
            // `(*[N]T)(s)` points into the slice's own array.
            _ if matches!(self.b.uty(from), Type::Slice(_))
                && matches!(self.b.uty(to), Type::Pointer(p) if matches!(self.b.uty(*p), Type::Array(..))) =>
            {
                let Type::Pointer(p) = self.b.uty(to).clone() else { unreachable!("a pointer") };
                let Type::Array(n, _) = self.b.uty(p).clone() else { unreachable!("an array") };
                self.emit(Op::SliceToArrayPtr(d, r, n as u32));
            }
            _ if matches!(self.b.uty(from), Type::Slice(_)) && matches!(self.b.uty(to), Type::Array(..)) => {
                let Type::Array(n, _) = self.b.uty(to).clone() else { unreachable!("an array") };
                self.emit(Op::SliceToArray(d, r, n as u32));
            }
            _ if self.b.is_agg(to) => {
                self.emit(Op::Copy(d, r));
            }
            _ => {
                self.emit(Op::Move(d, r));
            }
        }
        let _ = Kind::Int;
        Ok(())
    }

    /// Multi-value expression (a call, or a comma-ok form) into consecutive registers.
    pub fn multi(&mut self, e: &Expr) -> CResult<Reg> {
        match &strip(e).kind {
            ExprKind::Call { .. } => self.call(strip(e), 2),
            ExprKind::Index(x, idx) => {
                let mt = self.type_of(x);
                let Type::Map(kt, vt) = self.b.uty(mt).clone() else { return Err(self.err(e.pos, "this comma-ok")) };
                let m = self.expr(x)?;
                let k = self.expr_as(&idx[0], kt)?;
                let d = self.alloc(2);
                let z = self.b.zero(vt);
                self.emit(Op::MapIndex(d, m, k, z, true));
                Ok(d)
            }
            ExprKind::TypeAssert(x, Some(t)) => {
                let d = self.alloc(2);
                self.assert(e, x, t, d, true)?;
                Ok(d)
            }
            ExprKind::Unary(crate::golang::syntax::ast::UnOp::Recv, ch) => {
                let c = self.expr(ch)?;
                let t = self.type_of(strip(e));
                let t = match self.b.ty(t).clone() {
                    Type::Tuple(ts) => ts[0],
                    _ => t,
                };
                let z = self.b.zero(t);
                let d = self.alloc(2);
                self.at(e.pos);
                self.emit(Op::Recv(d, c, z, true));
                Ok(d)
            }
            _ => Err(self.err(e.pos, "this multi-value expression")),
        }
    }

    #[allow(dead_code)]
    fn obj_kind(&self, o: ObjId) -> &ObjKind {
        &self.b.c.objects[o.0 as usize].kind
    }
}

/// `e` without parentheses.
pub fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
