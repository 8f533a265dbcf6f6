//! `for k, v := range x` over integers, slices, arrays, strings (by rune), maps (random
//! order) and channels; each iteration declares its own variables (Go 1.22).

use super::func::FnC;
use super::CResult;
use crate::golang::syntax::ast::{self, Expr};
use crate::golang::types::{Type, TypeId};
use crate::golang::vm::code::{Op, Reg};

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
        if let Type::Pointer(p) = ut {
            ut = self.b.uty(p).clone();
        }
        let xr = {
            let r = self.expr(x)?;
            let d = self.alloc(1);
            self.emit(Op::Move(d, r));
            d
        };
        let (k, v) = (self.alloc(1), self.alloc(2));
        let idx = self.alloc(1);
        let lim = self.alloc(1);
        self.emit(Op::Int(idx, 0));
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
                if value.is_some() {
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
                let z = self.b.zero(et);
                top = self.here();
                self.emit(Op::Recv(k, xr, z, true));
                exit = self.emit(Op::Jf(k + 1, 0));
                step = None;
            }
            other => return Err(self.err(x.pos, &format!("range over this {other:?}"))),
        }
        let (kt, vt) = self.range_types(&ut, xt);
        self.push_range_target();
        let inner = self.next;
        self.bind_range(key, k, kt, define)?;
        self.bind_range(value, v, vt, define)?;
        self.block(&body.stmts)?;
        self.next = inner;
        let cont = self.here();
        if let Some(s) = step {
            self.emit(s);
        }
        self.emit(Op::Jmp(top));
        let end = self.here();
        self.patch(exit, end);
        self.pop_range_target(cont);
        self.next = saved;
        Ok(())
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
