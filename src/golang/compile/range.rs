//! `for k, v := range x` over integers, slices, arrays, strings (by rune), maps (random
//! order) and channels; each iteration declares its own variables (Go 1.22).

use super::func::FnC;
use super::CResult;
use crate::golang::syntax::ast::{self, Expr};
use crate::golang::types::{ObjId, Type, TypeId};
use crate::golang::vm::code::{Op, Reg};

/// A compiled range-over-func body: the `yield` closure, its captures, and its exits to
/// labelled targets outside the loop (label, is continue).
type RangeBody = (crate::golang::vm::code::Func, Vec<ObjId>, Vec<(String, bool)>);

impl FnC<'_> {
    pub(crate) fn range(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
    ) -> CResult<()> {
        let saved = self.next;
        let xt = self.type_of(x);
        let mut ut = self.b.uty(xt).clone();
        // Ranging over an array value with a value variable iterates over a copy: writes to
        // the array in the body are not seen.
        let copy = value.is_some() && matches!(ut, Type::Array(..));
        let mut array_ptr = false;
        if let Type::Pointer(p) = ut {
            ut = self.b.uty(p).clone();
            array_ptr = true;
        }
        let xr = {
            let r = self.expr(x)?;
            let d = self.alloc(1);
            self.emit(if copy { Op::Copy(d, r) } else { Op::Move(d, r) });
            d
        };
        // Over a pointer to an array: the values need the array (a nil pointer panics), the
        // indices only its constant length.
        if array_ptr && value.is_some() {
            self.emit(Op::NilCheck(xr));
        } else if array_ptr {
            if let Type::Pointer(at) = self.b.uty(xt).clone() {
                let z = self.b.zero(at);
                self.emit(Op::Zero(xr, z));
            }
        }
        let (k, v) = (self.alloc(1), self.alloc(2));
        let idx = self.alloc(1);
        let lim = self.alloc(1);
        self.emit(Op::Int(idx, 0));
        if let Type::Func(sig) = &ut {
            self.range_func(key, value, define, xr, sig, body, x.pos)?;
            self.next = saved;
            return Ok(());
        }
        let (top, exit, step) = self.range_head(&ut, xt, xr, (k, v), (idx, lim), value.is_some(), x.pos)?;
        let (kt, vt) = self.range_types(&ut, xt);
        self.push_range_target();
        let inner = self.next;
        self.bind_range(key, k, kt, define)?;
        self.bind_range(value, v, vt, define)?;
        self.block(&body.stmts)?;
        self.next = inner;
        let cont = self.here();
        self.range_back_edge(top, exit, step);
        let end = self.here();
        self.patch(exit, end);
        self.pop_range_target(cont);
        self.next = saved;
        Ok(())
    }

    /// The end of a range loop's body: the step, then back to the top. Where the top is one
    /// test (an index against its limit, a receive's `ok`), the test is repeated here instead,
    /// jumping back past it: one instruction per iteration fewer, and `idx++; idx < lim` is
    /// then one instruction.
    fn range_back_edge(&mut self, top: u32, exit: usize, step: Option<Op>) {
        // The repeated test belongs to the `for` line (a receive blocked there is reported
        // at it).
        let saved = std::mem::replace(&mut self.line, self.lines[top as usize]);
        self.repeat_head(top, exit, step);
        self.line = saved;
    }

    fn repeat_head(&mut self, top: u32, exit: usize, step: Option<Op>) {
        match (self.code[top as usize], self.code[exit], step) {
            (Op::JgeI(i, lim, _), _, Some(Op::AddImm(j, j2, 1))) if exit == top as usize && i == j && j == j2 => {
                self.emit(Op::IncJltI(i, lim, top + 1));
            }
            (Op::Recv(k, c, z, true), Op::Jf(ok, _), None) if exit == top as usize + 1 && ok == k + 1 => {
                self.emit(Op::Recv(k, c, z, true));
                self.emit(Op::Loop(ok, top + 2));
            }
            _ => {
                if let Some(s) = step {
                    self.emit(s);
                }
                self.emit(Op::Jmp(top));
            }
        }
    }

    /// Emits the head of a range loop over `xr` (of type `xt`, underlying `ut`; not a function):
    /// the setup, then at the loop's top the exit test and the fetch of the next key into `k`
    /// and value into `v`. Returns the top, the exit jump (to patch to the loop's end), and the
    /// step to emit before jumping back to the top, if any.
    #[allow(clippy::too_many_arguments)]
    fn range_head(
        &mut self,
        ut: &Type,
        xt: TypeId,
        xr: Reg,
        (k, v): (Reg, Reg),
        (idx, lim): (Reg, Reg),
        want_value: bool,
        pos: ast::Pos,
    ) -> CResult<(u32, usize, Option<Op>)> {
        let top;
        let exit;
        let mut step: Option<Op> = Some(Op::AddImm(idx, idx, 1));
        match ut {
            Type::Basic(_) if self.b.class(xt) != super::tyinfo::Class::Str => {
                self.emit(Op::Move(lim, xr));
                top = self.here();
                exit = self.emit(Op::JgeI(idx, lim, 0));
                self.emit(Op::Move(k, idx));
            }
            Type::Basic(_) => {
                self.emit(Op::Len(lim, xr));
                top = self.here();
                exit = self.emit(Op::JgeI(idx, lim, 0));
                self.emit(Op::Move(k, idx));
                self.emit(Op::StrNext(v, xr, idx));
                step = Some(Op::Add(idx, idx, v + 1));
            }
            Type::Slice(_) | Type::Array(..) => {
                self.emit(Op::Len(lim, xr));
                top = self.here();
                exit = self.emit(Op::JgeI(idx, lim, 0));
                self.emit(Op::Move(k, idx));
                if want_value {
                    self.emit(Op::Index(v, xr, idx));
                }
            }
            Type::Map(..) => {
                self.emit(Op::MapIter(lim, xr));
                top = self.here();
                exit = self.emit(Op::MapNext(lim, k, 0));
                self.emit(Op::Move(v, k + 1));
                step = None;
            }
            Type::Chan(_, et) => {
                let z = self.b.zero(*et);
                top = self.here();
                self.emit(Op::Recv(k, xr, z, true));
                exit = self.emit(Op::Jf(k + 1, 0));
                step = None;
            }
            _ => return Err(self.err(pos, "range over this")),
        }
        Ok((top, exit, step))
    }

    /// A range-over-func loop's cells (synthetic variables its body's closure shares): the exit
    /// code (0 running, 2 returned, 3.. a labelled exit), the enclosing function's results, and
    /// the frame depth its `return` unwinds to.
    #[allow(clippy::type_complexity)]
    fn range_cells(&mut self) -> (ObjId, Reg, Vec<ObjId>, Vec<TypeId>, ObjId) {
        let ph = |f: &mut Self| {
            f.b.placeholders += 1;
            ObjId(u32::MAX - f.b.placeholders)
        };
        let code = ph(self);
        let cr = self.alloc(1);
        self.emit(Op::Int(cr, 0));
        self.emit(Op::NewCell(cr, cr));
        self.locals.insert(code, super::func::Local { reg: cr, cell: true });
        let result_types = match &self.range_ctx {
            Some(c) => c.result_types.clone(),
            None => self.result_types.clone(),
        };
        let mut results = Vec::new();
        for t in &result_types {
            let o = ph(self);
            let r = self.alloc(1);
            let z = self.b.zero(*t);
            self.emit(Op::Zero(r, z));
            self.emit(Op::NewCell(r, r));
            self.locals.insert(o, super::func::Local { reg: r, cell: true });
            results.push(o);
        }
        let depth = match &self.range_ctx {
            Some(c) => c.depth,
            None => {
                let o = ph(self);
                let r = self.alloc(1);
                self.emit(Op::FrameDepth(r));
                self.emit(Op::NewCell(r, r));
                self.locals.insert(o, super::func::Local { reg: r, cell: true });
                o
            }
        };
        (code, cr, results, result_types, depth)
    }

    /// After a range-over-func loop's call: a `return` in the body returns the values it left
    /// in the result cells; a `break L`/`continue L` to a target outside the loop goes there.
    fn range_func_exits(
        &mut self,
        cr: Reg,
        results: &[ObjId],
        exits: Vec<(String, bool)>,
        pos: ast::Pos,
    ) -> CResult<()> {
        let c = self.alloc(2);
        self.emit(Op::Load(c, cr));
        self.emit(Op::Int(c + 1, 2));
        self.emit(Op::EqI(c, c, c + 1));
        let skip = self.emit(Op::Jf(c, 0));
        let regs: Vec<Reg> = results
            .iter()
            .map(|o| {
                let r = self.alloc(1);
                let cell = self.locals[o].reg;
                self.emit(Op::Load(r, cell));
                r
            })
            .collect();
        self.return_regs(&regs);
        let h = self.here();
        self.patch(skip, h);
        // A `break L`/`continue L` in the body to a target outside the loop.
        for (i, (l, cont)) in exits.into_iter().enumerate() {
            self.emit(Op::Load(c, cr));
            self.emit(Op::Int(c + 1, 3 + i as i32));
            self.emit(Op::EqI(c, c, c + 1));
            let skip = self.emit(Op::Jf(c, 0));
            self.break_continue(pos, cont, Some(l))?;
            let h = self.here();
            self.patch(skip, h);
        }
        Ok(())
    }

    /// `for k, v := range f`: the body becomes the `yield` closure passed to `f`.
    #[allow(clippy::too_many_arguments)]
    fn range_func(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        fr: Reg,
        sig: &crate::golang::types::Signature,
        body: &ast::Block,
        pos: ast::Pos,
    ) -> CResult<()> {
        let saved = self.next;
        let label = self.pending_label.take();
        let Some(Type::Func(ysig)) = sig.params.first().map(|&y| self.b.uty(y).clone()) else {
            return Err(self.err(pos, "range over this function"));
        };
        let (code, cr, results, result_types, depth) = self.range_cells();
        self.closures += 1;
        let name = crate::golang::vm::sites::intern(format!("{}-range{}", self.name, self.closures).as_bytes());
        let slot = self.b.reserve_func();
        let ctx = super::func::RangeCtx { code, results: results.clone(), result_types, ret: 0, depth, label };
        let (f, captures, exits) = self.range_body(name, &ysig, [key, value], define, body, ctx)?;
        self.b.set_func(slot, f);
        let call = self.alloc(2);
        self.make_closure(call, slot, &captures);
        self.at(pos);
        self.emit(Op::CallValue(fr, call, 1));
        self.range_func_exits(cr, &results, exits, pos)?;
        self.next = saved;
        Ok(())
    }

    /// Compile a range-over-func body as the `yield` closure `name`.
    fn range_body(
        &mut self,
        name: &'static str,
        ysig: &crate::golang::types::Signature,
        vars: [Option<&Expr>; 2],
        define: bool,
        body: &ast::Block,
        ctx: super::func::RangeCtx,
    ) -> CResult<RangeBody> {
        let mut c = super::func::FnC::new(&mut *self.b, self.file, name);
        c.subst = self.subst.clone();
        c.outer = Some(Default::default());
        c.line = self.line;
        let np = ysig.params.len() as u16;
        c.alloc(np);
        c.nparams = np;
        for (i, e) in vars.iter().enumerate().take(np as usize) {
            let Some(e) = e else { continue };
            let r = i as Reg;
            if define {
                if let Some(o) = c.obj_of_def(e.id) {
                    let cell = c.needs_cell(o);
                    if cell {
                        c.emit(Op::NewCell(r, r));
                    }
                    c.locals.insert(o, super::func::Local { reg: r, cell });
                }
            } else {
                let (p, pt) = c.place(e)?;
                c.store(p, pt, r);
            }
        }
        let ret = c.alloc(1);
        let k = c.b.konst(crate::golang::vm::value::Value::Bool(true));
        c.emit(Op::Const(ret, k));
        c.results = vec![(ret, false)];
        c.range_ctx = Some(super::func::RangeCtx { ret, ..ctx });
        c.block(&body.stmts)?;
        c.emit(Op::Const(ret, k));
        let caps = c.captures.clone();
        let exits = std::mem::take(&mut c.range_exits);
        Ok((c.finish(np)?, caps, exits))
    }

    /// Set the range-over-func exit code cell.
    pub(crate) fn range_set_code(&mut self, ctx: &super::func::RangeCtx, v: i32) {
        let i = self.capture(ctx.code);
        let t = self.alloc(2);
        self.emit(Op::Env(t, i));
        self.emit(Op::Int(t + 1, v));
        self.emit(Op::Store(t, t + 1));
    }

    /// `defer f(args)` inside a range-over-func body: onto the enclosing function's frame.
    pub(crate) fn range_defer(&mut self, ctx: &super::func::RangeCtx, f: Reg, b: Reg, n: u16) {
        let i = self.capture(ctx.depth);
        let t = self.alloc(1);
        self.emit(Op::Env(t, i));
        self.emit(Op::Load(t, t));
        self.emit(Op::DeferAt(t, f, b, n));
    }

    /// `break`/`continue` (to `label`, if any) with no target in this range-over-func body:
    /// the loop's own (`continue` returns true, `break` false) or one outside it (exit code
    /// `3 + i`, returns false).
    pub(crate) fn range_branch(&mut self, ctx: &super::func::RangeCtx, cont: bool, label: Option<String>) {
        let own = label.is_none() || label == ctx.label;
        if !own {
            let l = label.unwrap_or_default();
            let i = match self.range_exits.iter().position(|e| e.0 == l && e.1 == cont) {
                Some(i) => i,
                None => {
                    self.range_exits.push((l, cont));
                    self.range_exits.len() - 1
                }
            };
            self.range_set_code(ctx, 3 + i as i32);
        } else if !cont {
            self.range_set_code(ctx, 1);
        }
        let k = self.b.konst(crate::golang::vm::value::Value::Bool(own && cont));
        self.emit(Op::Const(ctx.ret, k));
        self.emit(Op::Ret);
    }

    /// `return vals` inside a range-over-func body.
    pub(crate) fn range_return(&mut self, ctx: &super::func::RangeCtx, vals: &[Expr]) -> CResult<()> {
        let mut regs = Vec::new();
        if vals.len() == 1 && ctx.results.len() > 1 {
            let base = self.multi(&vals[0])?;
            regs = (0..ctx.results.len()).map(|i| base + i as Reg).collect();
        } else {
            for (i, v) in vals.iter().enumerate() {
                let r = self.expr_as(v, ctx.result_types[i])?;
                let t = self.alloc(1);
                self.emit(Op::Move(t, r));
                regs.push(t);
            }
        }
        self.return_regs(&regs);
        Ok(())
    }

    /// Return the values in `regs` (none: a bare return) from this function, or from the
    /// function enclosing this range-over-func body.
    pub(crate) fn return_regs(&mut self, regs: &[Reg]) {
        if let Some(ctx) = self.range_ctx.clone() {
            for (i, r) in regs.iter().enumerate() {
                let k = self.capture(ctx.results[i]);
                let t = self.alloc(1);
                self.emit(Op::Env(t, k));
                self.emit(Op::Store(t, *r));
            }
            self.range_set_code(&ctx, 2);
            let k = self.b.konst(crate::golang::vm::value::Value::Bool(false));
            self.emit(Op::Const(ctx.ret, k));
            self.emit(Op::Ret);
            return;
        }
        let results = self.results.clone();
        for (i, &(r, cell)) in results.iter().enumerate() {
            if let Some(v) = regs.get(i) {
                self.emit(if cell { Op::Store(r, *v) } else { Op::Move(r, *v) });
            }
        }
        self.emit(Op::Ret);
    }

    fn range_types(&mut self, ut: &Type, xt: TypeId) -> (TypeId, TypeId) {
        let int = self.b.c.table.intern(Type::Basic(crate::golang::types::Basic::Int));
        let rune = self.b.c.table.intern(Type::Basic(crate::golang::types::Basic::Int32));
        match ut {
            Type::Slice(e) | Type::Array(_, e) => (int, *e),
            Type::Map(k, v) => (*k, *v),
            Type::Chan(_, e) => (*e, *e),
            Type::Basic(_) if self.b.class(xt) == super::tyinfo::Class::Str => (int, rune),
            _ => (xt, xt),
        }
    }

    fn bind_range(&mut self, e: Option<&Expr>, r: Reg, t: TypeId, define: bool) -> CResult<()> {
        let Some(e) = e else { return Ok(()) };
        if define {
            if let Some(o) = self.obj_of_def(e.id) {
                self.declare(o, Some(r));
            }
            return Ok(());
        }
        let (p, pt) = self.place(e)?;
        let v = self.convert_for(r, t, pt);
        self.store(p, pt, v);
        Ok(())
    }

    fn push_range_target(&mut self) {
        let label = self.pending_label.take();
        self.targets.push(super::func::Target { label, breaks: Vec::new(), continues: Vec::new(), is_loop: true });
    }

    fn pop_range_target(&mut self, cont: u32) {
        let t = self.targets.pop().expect("a target");
        let h = self.here();
        for j in t.breaks {
            self.patch(j, h);
        }
        for j in t.continues {
            self.patch(j, cont);
        }
    }
}
