//! Assignment targets: variables (registers, cells, captured, global), fields, elements,
//! map entries, `*p`, and `_`.

use super::func::FnC;
use super::CResult;
use crate::golang::syntax::ast::{Expr, ExprKind, UnOp};
use crate::golang::types::{ObjKind, Selection, Type, TypeId};
use crate::golang::vm::code::{Op, Reg};

/// Where an assignment stores.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place {
    Blank,
    Reg(Reg),
    /// Through a pointer in a register (a cell, `*p`).
    Ptr(Reg),
    Global(u32),
    Field(Reg, u16),
    PField(Reg, u16),
    Index(Reg, Reg),
    Map(Reg, Reg),
}

impl FnC<'_> {
    /// The place `e` denotes (operands evaluated now), and its type.
    pub fn place(&mut self, e: &Expr) -> CResult<(Place, TypeId)> {
        let t = self.type_of(e);
        let p = match &e.kind {
            ExprKind::Paren(x) => return self.place(x),
            ExprKind::Name(n) if n == "_" => Place::Blank,
            ExprKind::Name(_) => {
                let Some(o) = self.obj_of_use(e.id).or_else(|| self.obj_of_def(e.id)) else {
                    return Ok((Place::Blank, t));
                };
                if let Some(l) = self.locals.get(&o).copied() {
                    if l.cell {
                        Place::Ptr(l.reg)
                    } else {
                        Place::Reg(l.reg)
                    }
                } else if let ObjKind::Var { global: true, .. } = self.b.c.objects[o.0 as usize].kind {
                    Place::Global(self.b.global(o))
                } else if self.by_value(o) {
                    // Unreachable: a variable captured by value is never assigned.
                    return Err(self.err(e.pos, "assigning this captured variable"));
                } else {
                    let i = self.capture(o);
                    let r = self.alloc(1);
                    self.emit(Op::Env(r, i));
                    Place::Ptr(r)
                }
            }
            ExprKind::Selector(x, _) => match self.info().selections.get(&e.id).cloned() {
                Some(Selection::Field { path, .. }) => {
                    let xt = self.type_of(x);
                    let (r, pt) = self.field_path(x, xt, &path[..path.len() - 1])?;
                    let last = path[path.len() - 1] as u16;
                    if matches!(self.b.uty(pt), Type::Pointer(_)) {
                        Place::PField(r, last)
                    } else {
                        Place::Field(r, last)
                    }
                }
                Some(Selection::Qualified(o)) => Place::Global(self.b.global(o)),
                _ => return Err(self.err(e.pos, "assigning to this")),
            },
            ExprKind::Index(x, idx) => {
                let xt = self.type_of(x);
                // Operands are evaluated now, before any assignment (copied out of locals).
                if let Type::Map(kt, _) = self.b.uty(xt).clone() {
                    let m = self.expr(x)?;
                    let k = self.expr_as(&idx[0], kt)?;
                    let k = self.snapshot(k);
                    Place::Map(m, k)
                } else {
                    let xr = self.array_base(x)?;
                    let xr = self.snapshot(xr);
                    let i = self.expr(&idx[0])?;
                    let i = self.snapshot(i);
                    Place::Index(xr, i)
                }
            }
            ExprKind::Star(p) | ExprKind::Unary(UnOp::Addr, p) => {
                let r = self.expr(p)?;
                Place::Ptr(r)
            }
            _ => return Err(self.err(e.pos, "assigning to this")),
        };
        Ok((p, t))
    }

    /// A temporary copy of `r` (so a later assignment to a local does not change it).
    fn snapshot(&mut self, r: Reg) -> Reg {
        let t = self.alloc(1);
        self.emit(Op::Move(t, r));
        t
    }

    /// Store register `v` (already converted to the place's type) into `p`.
    pub fn store(&mut self, p: Place, t: TypeId, v: Reg) {
        let v = if self.b.is_agg(t) {
            let c = self.alloc(1);
            self.emit(Op::Copy(c, v));
            c
        } else {
            v
        };
        match p {
            Place::Blank => {}
            Place::Reg(r) => {
                if r != v {
                    self.emit(Op::Move(r, v));
                }
            }
            Place::Ptr(r) => {
                self.emit(Op::Store(r, v));
            }
            Place::Global(g) => {
                self.emit(Op::SetGlobal(g, v));
            }
            Place::Field(r, i) => {
                self.emit(Op::SetField(r, i, v));
            }
            Place::PField(r, i) => {
                self.emit(Op::SetPField(r, i, v));
            }
            Place::Index(x, i) => {
                self.emit(Op::SetIndex(x, i, v));
            }
            Place::Map(m, k) => {
                self.emit(Op::MapSet(m, k, v));
            }
        }
    }

    /// Load the current value of place `p` (for `x op= y`, `x++`).
    pub fn load_place(&mut self, p: Place, t: TypeId) -> Reg {
        let d = self.alloc(1);
        match p {
            Place::Blank => {}
            Place::Reg(r) => return r,
            Place::Ptr(r) => {
                self.emit(Op::Load(d, r));
            }
            Place::Global(g) => {
                self.emit(Op::GetGlobal(d, g));
            }
            Place::Field(r, i) => {
                self.emit(Op::Field(d, r, i));
            }
            Place::PField(r, i) => {
                self.emit(Op::PField(d, r, i));
            }
            Place::Index(x, i) => {
                self.emit(Op::Index(d, x, i));
            }
            Place::Map(m, k) => {
                let z = self.b.zero(t);
                self.emit(Op::MapIndex(d, m, k, z, false));
            }
        }
        d
    }
}
