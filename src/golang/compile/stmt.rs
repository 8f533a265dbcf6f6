//! Statements to register code: declarations, assignments, `if`, branches and labels, go,
//! defer, return; loops (`loops.rs`, `range.rs`), switches (`switch.rs`) and `select`
//! (`select.rs`) have their own files.

use super::func::{FnC, Target};
use super::lvalue::Place;
use super::tyinfo::Class;
use super::CResult;
use crate::golang::syntax::ast::{self, AssignOp, BranchKind, Expr, ExprKind, Stmt, StmtKind};
use crate::golang::types::{ObjId, Type, TypeId};
use crate::golang::vm::code::{Op, Reg};

impl FnC<'_> {
    /// A block in its own scope.
    pub fn block(&mut self, stmts: &[Stmt]) -> CResult<()> {
        let saved = self.next;
        for s in stmts {
            self.stmt(s)?;
        }
        self.next = saved;
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.at(s.pos);
        let top = self.next;
        self.stmt_inner(s)?;
        // Temporaries die with the statement; declarations keep their registers.
        if !matches!(
            s.kind,
            StmtKind::Decl(_) | StmtKind::Assign { op: AssignOp::Define, .. } | StmtKind::Labeled { .. }
        ) {
            self.next = top;
        }
        Ok(())
    }

    pub(super) fn stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::Empty => Ok(()),
            StmtKind::Decl(ast::Decl::Var(specs)) => {
                for spec in specs {
                    self.var_spec(spec)?;
                }
                Ok(())
            }
            StmtKind::Decl(_) => Ok(()),
            StmtKind::Labeled { label, stmt } => {
                let h = self.here();
                self.labels.insert(label.name.clone(), h);
                self.pending_label = Some(label.name.clone());
                self.stmt(stmt)
            }
            StmtKind::Expr(e) => {
                self.expr(e)?;
                Ok(())
            }
            StmtKind::Send { ch, value } => self.send(s.pos, ch, value),
            StmtKind::IncDec { x, inc } => self.inc_dec(x, *inc),
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs),
            StmtKind::Go(e) => {
                let (f, b, n) = self.call_parts(e)?;
                self.at(s.pos);
                self.emit(Op::Go(f, b, n));
                Ok(())
            }
            StmtKind::Defer(e) => {
                let (f, b, n) = self.call_parts(e)?;
                match self.range_ctx.clone() {
                    Some(ctx) => self.range_defer(&ctx, f, b, n),
                    None => {
                        self.emit(Op::Defer(f, b, n));
                    }
                }
                Ok(())
            }
            StmtKind::Return(vals) => self.ret(vals),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref()),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If { init, cond, then, els } => self.if_stmt(init.as_deref(), cond, then, els.as_deref()),
            StmtKind::Switch { init, tag, clauses, .. } => self.switch(init.as_deref(), tag.as_ref(), clauses),
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => {
                self.type_switch(init.as_deref(), bind.as_ref(), x, clauses)
            }
            StmtKind::Select { clauses, .. } => self.select(s.pos, clauses),
            StmtKind::For { init, cond, post, body } => {
                self.for_loop(init.as_deref(), cond.as_ref(), post.as_deref(), body)
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.range(key.as_ref(), value.as_ref(), *define, x, body)
            }
        }
    }

    /// A send's channel and value registers: the value converted to the channel's element
    /// type, an aggregate copied (shared by `ch <- v` and a select's send case).
    pub(super) fn send_operands(&mut self, ch: &Expr, value: &Expr) -> CResult<(Reg, Reg)> {
        let ct = self.type_of(ch);
        let et = match self.b.uty(ct) {
            Type::Chan(_, e) => *e,
            _ => ct,
        };
        let c = self.expr(ch)?;
        let v = self.expr_as(value, et)?;
        Ok((c, self.copy_if_agg(v, et)))
    }

    /// `ch <- value`: the value, converted to the channel's element type (aggregates copied),
    /// sent at the statement's line.
    pub(super) fn send(&mut self, pos: ast::Pos, ch: &Expr, value: &Expr) -> CResult<()> {
        let (c, v) = self.send_operands(ch, value)?;
        self.at(pos);
        self.emit(Op::Send(c, v));
        Ok(())
    }

    /// `if init; cond { then } else els`.
    pub(super) fn if_stmt(
        &mut self,
        init: Option<&Stmt>,
        cond: &Expr,
        then: &ast::Block,
        els: Option<&Stmt>,
    ) -> CResult<()> {
        let saved = self.next;
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let jf = self.jump_unless(cond)?;
        self.block(&then.stmts)?;
        if let Some(e) = els {
            let j = self.emit(Op::Jmp(0));
            let h = self.here();
            self.patch(jf, h);
            self.stmt(e)?;
            let h = self.here();
            self.patch(j, h);
        } else {
            let h = self.here();
            self.patch(jf, h);
        }
        self.next = saved;
        Ok(())
    }

    pub(super) fn copy_if_agg(&mut self, r: Reg, t: TypeId) -> Reg {
        if self.b.is_agg(t) {
            let d = self.alloc(1);
            self.emit(Op::Copy(d, r));
            d
        } else {
            r
        }
    }

    pub(super) fn var_spec(&mut self, spec: &ast::VarSpec) -> CResult<()> {
        let objs: Vec<Option<ObjId>> = spec.names.iter().map(|n| self.obj_of_def(n.id)).collect();
        if spec.values.len() == 1 && objs.len() > 1 {
            let base = self.multi(&spec.values[0])?;
            for (i, o) in objs.iter().enumerate() {
                if let Some(o) = o {
                    self.declare(*o, Some(base + i as Reg));
                }
            }
            return Ok(());
        }
        let mut vals = Vec::new();
        for (i, o) in objs.iter().enumerate() {
            match (spec.values.get(i), o) {
                (Some(v), Some(o)) => {
                    self.name_make(Some(&spec.names[i].name), v);
                    let t = self.b.c.objects[o.0 as usize].ty;
                    let t = self.sub(t);
                    let r = self.expr_as(v, t)?;
                    vals.push(Some(r));
                }
                (Some(v), None) => {
                    self.expr(v)?;
                    vals.push(None);
                }
                _ => vals.push(None),
            }
        }
        for (o, v) in objs.iter().zip(vals) {
            if let Some(o) = o {
                self.declare(*o, v);
            }
        }
        Ok(())
    }

    pub(super) fn inc_dec(&mut self, x: &Expr, inc: bool) -> CResult<()> {
        let (p, t) = self.place(x)?;
        if let (Place::Reg(r), Class::Int(None)) = (p, self.b.class(t)) {
            self.emit(Op::AddImm(r, r, if inc { 1 } else { -1 }));
            return Ok(());
        }
        let cur = self.load_place(p, t);
        let d = self.alloc(1);
        match self.b.class(t) {
            Class::Float(f32) => {
                let one = self.alloc(1);
                let k = self.b.konst(crate::golang::vm::value::Value::Float(1.0));
                self.emit(Op::Const(one, k));
                self.emit(if inc { Op::FAdd(d, cur, one) } else { Op::FSub(d, cur, one) });
                if f32 {
                    self.emit(Op::F32(d));
                }
            }
            Class::Int(k) | Class::Uint(k) => {
                self.emit(Op::AddImm(d, cur, if inc { 1 } else { -1 }));
                if let Some(k) = k {
                    self.emit(Op::Trunc(d, k));
                }
            }
            _ => return Err(self.err(x.pos, "this ++/--")),
        }
        self.store(p, t, d);
        Ok(())
    }

    pub(super) fn is_new(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Name(n) if n != "_" => {
                let o = self.obj_of_def(e.id)?;
                (!self.locals.contains_key(&o)).then_some(o)
            }
            _ => None,
        }
    }

    pub(super) fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) -> CResult<()> {
        if let AssignOp::Op(bop) = op {
            let (p, t) = self.place(&lhs[0])?;
            let cur = self.load_place(p, t);
            let y = self.expr(&rhs[0])?;
            let yt = self.type_of(&rhs[0]);
            if let Place::Reg(r) = p {
                // A register variable: compute in place (`s += i` is one instruction).
                return self.arith(bop, t, t, cur, y, r, yt);
            }
            let d = self.alloc(1);
            self.arith(bop, t, t, cur, y, d, yt)?;
            self.store(p, t, d);
            return Ok(());
        }
        let define = op == AssignOp::Define;
        if rhs.len() == 1 && lhs.len() > 1 {
            let base = self.multi(&rhs[0])?;
            let tuple = self.type_of(&rhs[0]);
            let ts = match self.b.ty(tuple).clone() {
                Type::Tuple(ts) => ts,
                _ => vec![],
            };
            let places = self.targets(lhs, define)?;
            for (i, (p, t)) in places.into_iter().enumerate() {
                let from = ts.get(i).copied().unwrap_or(t);
                let v = self.convert_for(base + i as Reg, from, t);
                self.put(p, t, v, &lhs[i], define);
            }
            return Ok(());
        }
        if lhs.len() == 1 {
            self.name_make(target_name(&lhs[0]), &rhs[0]);
            if define {
                if let Some(o) = self.is_new(&lhs[0]) {
                    let t = self.b.c.objects[o.0 as usize].ty;
                    let t = self.sub(t);
                    let v = self.expr_as(&rhs[0], t)?;
                    self.declare(o, Some(v));
                    return Ok(());
                }
            }
            let (p, t) = self.place(&lhs[0])?;
            let v = self.expr_as(&rhs[0], t)?;
            self.store(p, t, v);
            return Ok(());
        }
        let places = self.targets(lhs, define)?;
        let mut vals = Vec::new();
        for (i, r) in rhs.iter().enumerate() {
            self.name_make(target_name(&lhs[i]), r);
            let v = self.expr_as(r, places[i].1)?;
            let tmp = self.alloc(1);
            self.emit(Op::Move(tmp, v));
            vals.push(tmp);
        }
        for (i, (p, t)) in places.into_iter().enumerate() {
            self.put(p, t, vals[i], &lhs[i], define);
        }
        Ok(())
    }

    /// Assignment targets (`None` place for a new variable of `:=`).
    pub(super) fn targets(&mut self, lhs: &[Expr], define: bool) -> CResult<Vec<(Option<Place>, TypeId)>> {
        let mut out = Vec::new();
        for l in lhs {
            if define {
                if let Some(o) = self.is_new(l) {
                    let t = self.b.c.objects[o.0 as usize].ty;
                    let t = self.sub(t);
                    out.push((None, t));
                    continue;
                }
            }
            let (p, t) = self.place(l)?;
            out.push((Some(p), t));
        }
        Ok(out)
    }

    pub(super) fn put(&mut self, p: Option<Place>, t: TypeId, v: Reg, l: &Expr, _define: bool) {
        match p {
            Some(p) => self.store(p, t, v),
            None => {
                if let Some(o) = self.is_new(l) {
                    self.declare(o, Some(v));
                }
            }
        }
    }

    pub(super) fn ret(&mut self, vals: &[Expr]) -> CResult<()> {
        if let Some(ctx) = self.range_ctx.clone() {
            return self.range_return(&ctx, vals);
        }
        let results = self.results.clone();
        let types = self.result_types.clone();
        if vals.len() == 1 && results.len() > 1 {
            let base = self.multi(&vals[0])?;
            for (i, &(r, cell)) in results.iter().enumerate() {
                let v = self.convert_for(base + i as Reg, types[i], types[i]);
                self.emit(if cell { Op::Store(r, v) } else { Op::Move(r, v) });
            }
        } else if vals.len() == 1 && !results[0].1 && !self.b.is_agg(types[0]) {
            let r = self.expr_as(&vals[0], types[0])?;
            self.emit(Op::Move(results[0].0, r));
        } else if !vals.is_empty() {
            let mut tmps = Vec::new();
            for (i, v) in vals.iter().enumerate() {
                let r = self.expr_as(v, types[i])?;
                let t = self.alloc(1);
                self.emit(if self.b.is_agg(types[i]) { Op::Copy(t, r) } else { Op::Move(t, r) });
                tmps.push(t);
            }
            for (i, &(r, cell)) in results.iter().enumerate() {
                self.emit(if cell { Op::Store(r, tmps[i]) } else { Op::Move(r, tmps[i]) });
            }
        }
        self.emit(Op::Ret);
        Ok(())
    }

    pub(super) fn branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&ast::Ident>) -> CResult<()> {
        let name = label.map(|l| l.name.clone());
        match kind {
            BranchKind::Goto => {
                let j = self.emit(Op::Jmp(0));
                self.gotos.push((j, name.unwrap_or_default(), s.pos));
            }
            BranchKind::Break | BranchKind::Continue => {
                self.break_continue(s.pos, kind == BranchKind::Continue, name)?;
            }
            BranchKind::Fallthrough => {
                // Handled by `switch` (a jump to the next clause's body).
                let j = self.emit(Op::Jmp(0));
                let id = self.ft_stack.last().copied().unwrap_or(0);
                self.gotos.push((j, format!("\u{0}fallthrough{id}"), s.pos));
            }
        }
        Ok(())
    }

    /// `break`/`continue`, to the innermost target or the one labelled `name`.
    pub(crate) fn break_continue(&mut self, pos: ast::Pos, cont: bool, name: Option<String>) -> CResult<()> {
        let idx = self.targets.iter().rposition(|t| match &name {
            Some(n) => t.label.as_deref() == Some(n.as_str()),
            None => !cont || t.is_loop,
        });
        let Some(i) = idx else {
            if let Some(ctx) = self.range_ctx.clone() {
                self.range_branch(&ctx, cont, name);
                return Ok(());
            }
            return Err(self.err(pos, "this break/continue"));
        };
        let j = self.emit(Op::Jmp(0));
        if cont {
            self.targets[i].continues.push(j);
        } else {
            self.targets[i].breaks.push(j);
        }
        Ok(())
    }

    pub(super) fn push_target(&mut self, is_loop: bool) {
        let label = self.pending_label.take();
        self.targets.push(Target { label, breaks: Vec::new(), continues: Vec::new(), is_loop });
    }

    /// Pop a target: patch its breaks to here, its continues to `cont`.
    pub(super) fn pop_target(&mut self, cont: u32) {
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

/// The name an assignment target gives a channel made for it: `jobs`, or a field's name.
fn target_name(lhs: &Expr) -> Option<&str> {
    match &lhs.kind {
        ExprKind::Name(n) => Some(n),
        ExprKind::Selector(_, field) => Some(&field.name),
        _ => None,
    }
}
