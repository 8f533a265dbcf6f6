//! Statements to register code: declarations, assignments, control flow (if, for, range,
//! switch, type switch, select, labels, goto), go, defer, return.

use super::call::strip;
use super::func::{FnC, Target};
use super::lvalue::Place;
use super::tyinfo::Class;
use super::CResult;
use crate::golang::syntax::ast::{self, AssignOp, BranchKind, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::golang::types::{ObjId, Type, TypeId};
use crate::golang::vm::code::{Op, Reg, SelCase, SelectDesc, NO_REG};

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

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
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

    fn stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
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

    /// `ch <- value`: the value, converted to the channel's element type (aggregates copied),
    /// sent at the statement's line.
    fn send(&mut self, pos: ast::Pos, ch: &Expr, value: &Expr) -> CResult<()> {
        let ct = self.type_of(ch);
        let et = match self.b.uty(ct) {
            Type::Chan(_, e) => *e,
            _ => ct,
        };
        let c = self.expr(ch)?;
        let v = self.expr_as(value, et)?;
        let v = self.copy_if_agg(v, et);
        self.at(pos);
        self.emit(Op::Send(c, v));
        Ok(())
    }

    /// `if init; cond { then } else els`.
    fn if_stmt(&mut self, init: Option<&Stmt>, cond: &Expr, then: &ast::Block, els: Option<&Stmt>) -> CResult<()> {
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

    fn copy_if_agg(&mut self, r: Reg, t: TypeId) -> Reg {
        if self.b.is_agg(t) {
            let d = self.alloc(1);
            self.emit(Op::Copy(d, r));
            d
        } else {
            r
        }
    }

    fn var_spec(&mut self, spec: &ast::VarSpec) -> CResult<()> {
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

    fn inc_dec(&mut self, x: &Expr, inc: bool) -> CResult<()> {
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

    fn is_new(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Name(n) if n != "_" => {
                let o = self.obj_of_def(e.id)?;
                (!self.locals.contains_key(&o)).then_some(o)
            }
            _ => None,
        }
    }

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) -> CResult<()> {
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
    fn targets(&mut self, lhs: &[Expr], define: bool) -> CResult<Vec<(Option<Place>, TypeId)>> {
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

    fn put(&mut self, p: Option<Place>, t: TypeId, v: Reg, l: &Expr, _define: bool) {
        match p {
            Some(p) => self.store(p, t, v),
            None => {
                if let Some(o) = self.is_new(l) {
                    self.declare(o, Some(v));
                }
            }
        }
    }

    fn ret(&mut self, vals: &[Expr]) -> CResult<()> {
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

    fn branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&ast::Ident>) -> CResult<()> {
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

    fn push_target(&mut self, is_loop: bool) {
        let label = self.pending_label.take();
        self.targets.push(Target { label, breaks: Vec::new(), continues: Vec::new(), is_loop });
    }

    /// Pop a target: patch its breaks to here, its continues to `cont`.
    fn pop_target(&mut self, cont: u32) {
        let t = self.targets.pop().expect("a target");
        let h = self.here();
        for j in t.breaks {
            self.patch(j, h);
        }
        for j in t.continues {
            self.patch(j, cont);
        }
    }

    fn for_loop(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &ast::Block,
    ) -> CResult<()> {
        let saved = self.next;
        let before: Vec<ObjId> = self.locals.keys().copied().collect();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let loop_vars: Vec<(ObjId, Reg)> =
            self.locals.iter().filter(|(o, l)| l.cell && !before.contains(o)).map(|(o, l)| (*o, l.reg)).collect();
        self.push_target(true);
        // Bottom-tested: jump to the test, body, post, test jumps back to the body.
        let to_test = self.emit(Op::Jmp(0));
        let top = self.here();
        self.block(&body.stmts)?;
        let cont = self.here();
        if self.per_iteration {
            for (_, r) in &loop_vars {
                let t = self.alloc(1);
                self.emit(Op::Load(t, *r));
                self.emit(Op::NewCell(*r, t));
            }
        }
        if let Some(p) = post {
            self.stmt(p)?;
        }
        let test = self.here();
        self.patch(to_test, test);
        match cond {
            Some(c) => {
                let inner = self.next;
                self.loop_jump(c, top)?;
                self.next = inner;
                self.fuse_increment(cont, test);
            }
            None => {
                self.emit(Op::Jmp(top));
            }
        }
        self.pop_target(cont);
        self.next = saved;
        Ok(())
    }

    /// A counted loop's `i++; if i < n goto top` (the post statement's last instruction and
    /// the test, the only one, at `test`) as one instruction. The test stays after it: the
    /// loop's entry jumps there, and when the fused instruction falls through, the test fails
    /// again and the loop ends.
    fn fuse_increment(&mut self, cont: u32, test: u32) {
        let test = test as usize;
        if test == 0 || test - 1 < cont as usize || self.code.len() != test + 1 {
            return;
        }
        let fused = match (self.code[test - 1], self.code[test]) {
            (Op::AddImm(i, j, 1), Op::JltK(a, k, t)) if i == j && i == a => Op::IncJltK(a, k, t),
            (Op::AddImm(i, j, 1), Op::JltI(a, b, t)) if i == j && i == a && b != a => Op::IncJltI(a, b, t),
            _ => return,
        };
        self.code[test - 1] = fused;
    }

    /// Jump back to `top` while `c` holds (a fused compare for `i < n` on ints, `i < k` for a
    /// constant `k`).
    fn loop_jump(&mut self, c: &Expr, top: u32) -> CResult<()> {
        if let ExprKind::Binary { op: ast::BinOp::Lt, x, y, .. } = &strip(c).kind {
            let xt = self.type_of(x);
            if matches!(self.b.class(xt), Class::Int(_))
                && self.info().types.get(&c.id).and_then(|t| t.value.clone()).is_none()
            {
                let k = match self.info().types.get(&y.id).and_then(|t| t.value.clone()) {
                    Some(crate::golang::types::Const::Int(k)) => i32::try_from(k).ok(),
                    _ => None,
                };
                if let Some(k) = k {
                    let a = self.expr(x)?;
                    self.emit(Op::JltK(a, k, top));
                    return Ok(());
                }
                let a = self.expr(x)?;
                let b = self.expr(y)?;
                self.emit(Op::JltI(a, b, top));
                return Ok(());
            }
        }
        let r = self.expr(c)?;
        self.emit(Op::Loop(r, top));
        Ok(())
    }

    /// Jump (to be patched) when `c` is false; `a < b` on ints is one instruction.
    fn jump_unless(&mut self, c: &Expr) -> CResult<usize> {
        if let ExprKind::Binary { op: ast::BinOp::Lt | ast::BinOp::Ge, x, y, .. } = &strip(c).kind {
            let xt = self.type_of(x);
            let konst = self.info().types.get(&c.id).and_then(|t| t.value.clone()).is_some();
            if matches!(self.b.class(xt), Class::Int(_)) && !konst {
                let a = self.expr(x)?;
                let b = self.expr(y)?;
                let lt = matches!(&strip(c).kind, ExprKind::Binary { op: ast::BinOp::Lt, .. });
                // `a < b` false ⇔ a >= b; `a >= b` false ⇔ b > a ⇔ ... use JgeI on swapped
                // operands only for `<`; `>=` falls back.
                if lt {
                    return Ok(self.emit(Op::JgeI(a, b, 0)));
                }
                let r = self.alloc(1);
                self.emit(Op::LeI(r, b, a));
                return Ok(self.emit(Op::Jf(r, 0)));
            }
        }
        let r = self.expr(c)?;
        Ok(self.emit(Op::Jf(r, 0)))
    }

    fn switch(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, clauses: &[ast::CaseClause]) -> CResult<()> {
        let saved = self.next;
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let tag_t = tag.map(|t| self.type_of(t));
        let tag_r = match tag {
            Some(t) => {
                let r = self.expr(t)?;
                let d = self.alloc(1);
                self.emit(Op::Move(d, r));
                Some(d)
            }
            None => None,
        };
        self.push_target(false);
        let mut body_jumps = Vec::new();
        let mut default = None;
        for (ci, cl) in clauses.iter().enumerate() {
            let Some(exprs) = &cl.exprs else {
                default = Some(ci);
                continue;
            };
            for e in exprs {
                self.at(e.pos);
                let top = self.next;
                let c = match (tag_r, tag_t) {
                    (Some(tr), Some(tt)) => {
                        let et = self.type_of(e);
                        let v = self.expr(e)?;
                        let v = self.convert_for(v, et, tt);
                        let tr2 = self.convert_for(tr, tt, et);
                        let d = self.alloc(1);
                        self.emit(Op::Eq(d, tr2, v));
                        d
                    }
                    _ => self.expr(e)?,
                };
                body_jumps.push((ci, self.emit(Op::Jt(c, 0))));
                self.next = top;
            }
        }
        let to_default = self.emit(Op::Jmp(0));
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        for cl in clauses.iter() {
            starts.push(self.here());
            self.fallthrough_id += 1;
            let id = self.fallthrough_id;
            self.ft_stack.push(id);
            self.block(&cl.body)?;
            self.ft_stack.pop();
            ends.push((self.emit(Op::Jmp(0)), id));
        }
        let end = self.here();
        for (ci, j) in body_jumps {
            self.patch(j, starts[ci]);
        }
        self.patch(to_default, default.map_or(end, |d| starts[d]));
        for (i, (j, id)) in ends.into_iter().enumerate() {
            self.patch(j, end);
            let next = starts.get(i + 1).copied().unwrap_or(end);
            let key = format!("\u{0}fallthrough{id}");
            self.labels.insert(key, next);
        }
        self.pop_target(end);
        self.next = saved;
        Ok(())
    }

    fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        _bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[ast::TypeCaseClause],
    ) -> CResult<()> {
        let saved = self.next;
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let src_t = self.type_of(x);
        let xr = {
            let r = self.expr(x)?;
            let d = self.alloc(1);
            self.emit(Op::Move(d, r));
            d
        };
        self.push_target(false);
        let (jumps, default) = self.type_switch_tests(xr, clauses);
        let to_default = self.emit(Op::Jmp(0));
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        for cl in clauses {
            starts.push(self.here());
            let top = self.next;
            if let Some(o) = self.info().implicits.get(&cl.id).copied() {
                self.type_switch_bind(o, cl, xr, src_t);
            }
            self.block(&cl.body)?;
            self.next = top;
            ends.push(self.emit(Op::Jmp(0)));
        }
        let end = self.here();
        for (ci, j) in jumps {
            self.patch(j, starts[ci]);
        }
        self.patch(to_default, default.map_or(end, |d| starts[d]));
        for j in ends {
            self.patch(j, end);
        }
        self.pop_target(end);
        self.next = saved;
        Ok(())
    }

    /// Emits the type tests of a type switch's cases, in source order, on the value in `xr`;
    /// returns each test's clause index and jump (to patch to the clause's start), and which
    /// clause is the default.
    fn type_switch_tests(&mut self, xr: Reg, clauses: &[ast::TypeCaseClause]) -> (Vec<(usize, usize)>, Option<usize>) {
        let mut jumps = Vec::new();
        let mut default = None;
        for (ci, cl) in clauses.iter().enumerate() {
            let Some(types) = &cl.types else {
                default = Some(ci);
                continue;
            };
            for t in types {
                let d = self.alloc(1);
                let is_nil = matches!(&t.kind, ExprKind::Name(n) if n == "nil")
                    && self.obj_of_use(t.id).is_some_and(|o| {
                        matches!(self.b.c.objects[o.0 as usize].kind, crate::golang::types::ObjKind::Nil)
                    });
                if is_nil {
                    self.emit(Op::IsNil(d, xr));
                } else {
                    let tt = self.type_of(t);
                    self.emit(Op::IsType(d, xr, tt));
                }
                jumps.push((ci, self.emit(Op::Jt(d, 0))));
            }
        }
        (jumps, default)
    }

    /// Declares a type switch clause's implicit variable `o`: the value asserted to the clause's
    /// type when it lists a single non-interface type, else the switched value itself.
    fn type_switch_bind(&mut self, o: ObjId, cl: &ast::TypeCaseClause, xr: Reg, src_t: TypeId) {
        let single = cl.types.as_ref().filter(|ts| ts.len() == 1).map(|ts| ts[0].clone());
        let single_t = single.as_ref().map(|t| self.type_of(t));
        let v = match single {
            Some(t)
                if !self.b.is_iface(single_t.unwrap_or(TypeId(0)))
                    && !matches!(&t.kind, ExprKind::Name(n) if n == "nil") =>
            {
                let ty = self.type_of(&t);
                let zero = self.b.zero(ty);
                self.asserts.push(crate::golang::vm::code::AssertDesc { ty, iface: false, src: src_t, zero, ok: true });
                let d = self.alloc(2);
                self.emit(Op::Assert(d, xr, (self.asserts.len() - 1) as u32));
                d
            }
            _ => xr,
        };
        self.declare(o, Some(v));
    }

    fn select(&mut self, pos: ast::Pos, clauses: &[ast::CommClause]) -> CResult<()> {
        let saved = self.next;
        let (desc, bodies, default_clause) = self.select_cases(clauses)?;
        let which = self.alloc(1);
        let k = self.selects.len() as u32;
        self.selects.push(desc.clone());
        // Go waits at the `select` keyword's line, but a lone case without default is a plain
        // channel operation at the case's line.
        match (clauses.len(), clauses.first()) {
            (1, Some(c)) if c.comm.is_some() => self.at(c.pos),
            _ => self.at(pos),
        }
        self.emit(Op::Select(which, k));
        self.push_target(false);
        let (ends, targets) = self.select_bodies(which, clauses, &desc, &bodies, default_clause)?;
        self.selects[k as usize].targets = targets;
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        self.pop_target(end);
        self.next = saved;
        let _ = NO_REG;
        Ok(())
    }

    /// Evaluates each select case's channel (and value to send), describing the cases in source
    /// order; also gives, per case, its clause index and the receiving statement, and which
    /// clause is the default.
    #[allow(clippy::type_complexity)]
    fn select_cases<'a>(
        &mut self,
        clauses: &'a [ast::CommClause],
    ) -> CResult<(SelectDesc, Vec<(usize, Option<&'a Stmt>)>, Option<usize>)> {
        let mut desc = SelectDesc { cases: Vec::new(), default: false, targets: Vec::new() };
        let mut bodies: Vec<(usize, Option<&Stmt>)> = Vec::new();
        let mut default_clause = None;
        for (ci, cl) in clauses.iter().enumerate() {
            let Some(comm) = &cl.comm else {
                desc.default = true;
                default_clause = Some(ci);
                continue;
            };
            match &comm.kind {
                StmtKind::Send { ch, value } => {
                    let ct = self.type_of(ch);
                    let et = match self.b.uty(ct) {
                        Type::Chan(_, e) => *e,
                        _ => ct,
                    };
                    let c = self.expr(ch)?;
                    let v = self.expr_as(value, et)?;
                    let v = self.copy_if_agg(v, et);
                    desc.cases.push(SelCase { send: true, ch: c, val: v, zero: 0 });
                    bodies.push((ci, None));
                }
                StmtKind::Expr(_) | StmtKind::Assign { .. } => {
                    let recv = match &comm.kind {
                        StmtKind::Assign { rhs, .. } => &rhs[0],
                        StmtKind::Expr(e2) => e2,
                        _ => unreachable!("matched above"),
                    };
                    let ExprKind::Unary(UnOp::Recv, ch) = &strip(recv).kind else {
                        return Err(self.err(comm.pos, "this select case"));
                    };
                    let ct = self.type_of(ch);
                    let et = match self.b.uty(ct) {
                        Type::Chan(_, e) => *e,
                        _ => ct,
                    };
                    let c = self.expr(ch)?;
                    let dst = self.alloc(2);
                    let zero = self.b.zero(et);
                    desc.cases.push(SelCase { send: false, ch: c, val: dst, zero });
                    bodies.push((ci, Some(comm)));
                }
                _ => return Err(self.err(comm.pos, "this select case")),
            }
        }
        Ok((desc, bodies, default_clause))
    }

    /// Emits each select clause's body (the default last), run when `which` names its case;
    /// returns the jumps from the ends of the bodies, to patch to the select's end, and where
    /// each body starts.
    fn select_bodies(
        &mut self,
        which: Reg,
        clauses: &[ast::CommClause],
        desc: &SelectDesc,
        bodies: &[(usize, Option<&Stmt>)],
        default_clause: Option<usize>,
    ) -> CResult<(Vec<usize>, Vec<u32>)> {
        let mut ends = Vec::new();
        let mut targets = Vec::new();
        let n = desc.cases.len();
        let mut order: Vec<(usize, usize)> = bodies.iter().enumerate().map(|(i, (ci, _))| (i, *ci)).collect();
        if let Some(d) = default_clause {
            order.push((n, d));
        }
        for (case_idx, ci) in order {
            let t = self.alloc(1);
            let kr = self.alloc(1);
            self.emit(Op::Int(kr, case_idx as i32));
            self.emit(Op::EqI(t, which, kr));
            let skip = self.emit(Op::Jf(t, 0));
            targets.push(self.here());
            let top = self.next;
            if let Some((_, Some(comm))) = bodies.get(case_idx) {
                self.select_bind_recv(comm, desc.cases[case_idx].val)?;
            }
            self.block(&clauses[ci].body)?;
            self.next = top;
            ends.push(self.emit(Op::Jmp(0)));
            let h = self.here();
            self.patch(skip, h);
        }
        Ok((ends, targets))
    }

    /// Assigns (or declares, with `:=`) a receiving case's value and ok flag, held from `dst`,
    /// to its left-hand side.
    fn select_bind_recv(&mut self, comm: &Stmt, dst: Reg) -> CResult<()> {
        if let StmtKind::Assign { lhs, op, .. } = &comm.kind {
            let define = *op == AssignOp::Define;
            for (i, l) in lhs.iter().enumerate() {
                let v = dst + i as Reg;
                if define {
                    if let Some(o) = self.is_new(l) {
                        self.declare(o, Some(v));
                        continue;
                    }
                }
                let (p, t) = self.place(l)?;
                self.store(p, t, v);
            }
        }
        Ok(())
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
