//! `switch` statements: expression switches (cases tested in order, `fallthrough`) and type
//! switches (each clause's variable typed as its case).

use super::func::FnC;
use super::CResult;
use crate::golang::syntax::ast::{self, Expr, ExprKind, Stmt};
use crate::golang::types::{ObjId, TypeId};
use crate::golang::vm::code::{Op, Reg};

impl FnC<'_> {
    pub(super) fn switch(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
    ) -> CResult<()> {
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

    pub(super) fn type_switch(
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
    pub(super) fn type_switch_tests(
        &mut self,
        xr: Reg,
        clauses: &[ast::TypeCaseClause],
    ) -> (Vec<(usize, usize)>, Option<usize>) {
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
    pub(super) fn type_switch_bind(&mut self, o: ObjId, cl: &ast::TypeCaseClause, xr: Reg, src_t: TypeId) {
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
}
