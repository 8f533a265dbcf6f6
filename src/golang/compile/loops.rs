//! `for` loops: the three-clause form compiled bottom-tested, with `i < n` as one jump and
//! a counted loop's `i++` fused into it.

use super::call::strip;
use super::func::FnC;
use super::tyinfo::Class;
use super::CResult;
use crate::golang::syntax::ast::{self, Expr, ExprKind, Stmt};
use crate::golang::types::ObjId;
use crate::golang::vm::code::{Op, Reg};

impl FnC<'_> {
    pub(super) fn for_loop(
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
    pub(super) fn fuse_increment(&mut self, cont: u32, test: u32) {
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
    pub(super) fn loop_jump(&mut self, c: &Expr, top: u32) -> CResult<()> {
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
    pub(super) fn jump_unless(&mut self, c: &Expr) -> CResult<usize> {
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
}
