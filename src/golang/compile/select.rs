//! `select` statements: the cases' channels and values evaluated in source order, one
//! `Select` instruction, then each clause's body (a select that completes at once jumps
//! straight to the chosen body).

use super::call::strip;
use super::func::FnC;
use super::CResult;
use crate::golang::syntax::ast::{self, AssignOp, ExprKind, Stmt, StmtKind, UnOp};
use crate::golang::types::Type;
use crate::golang::vm::code::{Op, Reg, SelCase, SelectDesc, NO_REG};

impl FnC<'_> {
    pub(super) fn select(&mut self, pos: ast::Pos, clauses: &[ast::CommClause]) -> CResult<()> {
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
    pub(super) fn select_cases<'a>(
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
                    let (c, v) = self.send_operands(ch, value)?;
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
    pub(super) fn select_bodies(
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
    pub(super) fn select_bind_recv(&mut self, comm: &Stmt, dst: Reg) -> CResult<()> {
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
