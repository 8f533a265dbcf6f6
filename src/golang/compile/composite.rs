//! Composite literals: structs (with promoted fields named), arrays, slices and maps, as
//! one aggregate built from its elements.

use super::func::FnC;
use super::CResult;
use crate::golang::syntax::ast::{self, Expr, ExprKind, UnOp};
use crate::golang::types::{Const, Selection, Type, TypeId};
use crate::golang::vm::code::{Op, Reg, NO_REG};
use crate::golang::vm::value::Value;

impl FnC<'_> {
    /// `T{F: v}` with `F` promoted through embedded structs (Go 1.27): sets the field of the
    /// struct value in `d` (of struct type `t`) along the path the checker recorded on `key`.
    pub(super) fn promoted_field_into(&mut self, d: Reg, t: TypeId, key: ast::NodeId, value: &Expr) -> CResult<()> {
        let Some(Selection::Field { path, .. }) = self.info().selections.get(&key).cloned() else {
            return Err(self.err(value.pos, "this promoted field"));
        };
        let (mut cur, mut ct) = (d, t);
        for (k, &i) in path.iter().enumerate() {
            let Type::Struct(fs) = self.b.uty(ct).clone() else { return Err(self.err(value.pos, "this field path")) };
            let ft = self.sub(fs[i as usize].ty);
            if k + 1 == path.len() {
                let v = self.alloc(1);
                self.elem_into(value, ft, v)?;
                self.emit(Op::SetField(cur, i as u16, v));
            } else {
                let r = self.alloc(1);
                self.emit(Op::Field(r, cur, i as u16));
                (cur, ct) = (r, ft);
            }
        }
        Ok(())
    }

    /// When `x` (in `xr`) is a pointer to an array, a nil check: Go dereferences it to index,
    /// slice or range over the array (a nil slice, also `Value::Nil`, is only empty).
    pub fn nil_check_array_ptr(&mut self, x: &Expr, xr: Reg) {
        let t = self.type_of(x);
        if matches!(self.b.uty(t), Type::Pointer(_)) {
            self.emit(Op::NilCheck(xr));
        }
    }

    /// The register holding what `x[i]` or `x[lo:hi]` indexes, nil-checked when a pointer to
    /// an array. For `(*p)[i]` it is `p` itself: the element is read, written or sliced in
    /// the array `p` points to (a slice converted to an array pointer shares the slice's
    /// array, which `*p` as a value would copy).
    pub fn array_base(&mut self, x: &Expr) -> CResult<Reg> {
        let mut inner = x;
        while let ExprKind::Paren(y) = &inner.kind {
            inner = y;
        }
        if let ExprKind::Star(p) = &inner.kind {
            let pt = self.type_of(p);
            if matches!(self.b.uty(pt), Type::Pointer(a) if matches!(self.b.uty(*a), Type::Array(..))) {
                let r = self.expr(p)?;
                self.at(inner.pos);
                self.emit(Op::NilCheck(r));
                return Ok(r);
            }
        }
        let xr = self.expr(x)?;
        self.nil_check_array_ptr(x, xr);
        Ok(xr)
    }

    /// A composite literal of type `t` into `d`.
    pub fn composite(&mut self, t: TypeId, elts: &[ast::Element], d: Reg) -> CResult<()> {
        let t = self.sub(t);
        let (ptr, t) = match self.b.uty(t).clone() {
            Type::Pointer(e) => (true, e),
            _ => (false, t),
        };
        match self.b.uty(t).clone() {
            Type::Struct(fields) => {
                let base = self.alloc(fields.len() as u16);
                for (i, f) in fields.iter().enumerate() {
                    let z = self.b.zero(f.ty);
                    self.emit(Op::Zero(base + i as Reg, z));
                }
                let mut promoted = Vec::new();
                for (i, el) in elts.iter().enumerate() {
                    let fi = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Name(n) => match fields.iter().position(|f| &f.name == n) {
                                Some(fi) => fi,
                                None => {
                                    promoted.push((k.id, &el.value));
                                    continue;
                                }
                            },
                            _ => i,
                        },
                        None => i,
                    };
                    self.elem_into(&el.value, fields[fi].ty, base + fi as Reg)?;
                }
                self.emit(Op::MakeAgg(d, base, fields.len() as u16));
                for (key, value) in promoted {
                    self.promoted_field_into(d, t, key, value)?;
                }
            }
            Type::Array(n, et) => {
                let z = self.b.zero(t);
                self.emit(Op::Zero(d, z));
                self.fill_indexed(elts, et, d, false)?;
                let _ = n;
            }
            Type::Slice(et) => {
                let keyed = elts.iter().any(|e| e.key.is_some());
                if !keyed {
                    let base = self.alloc(elts.len().max(1) as u16);
                    for (i, el) in elts.iter().enumerate() {
                        self.elem_into(&el.value, et, base + i as Reg)?;
                    }
                    self.emit(Op::MakeSlicelit(d, base, elts.len() as u16));
                } else {
                    let n = self.literal_len(elts);
                    let nr = self.alloc(1);
                    let k = self.b.konst(Value::Int(n as i64));
                    self.emit(Op::Const(nr, k));
                    let z = self.b.zero(et);
                    self.emit(Op::MakeSlice(d, nr, NO_REG, z));
                    self.fill_indexed(elts, et, d, true)?;
                }
            }
            Type::Map(kt, vt) => {
                self.emit(Op::MakeMap(d));
                for el in elts {
                    let Some(k) = &el.key else { continue };
                    let kr = self.alloc(1);
                    self.elem_into(k, kt, kr)?;
                    let vr = self.alloc(1);
                    self.elem_into(&el.value, vt, vr)?;
                    self.emit(Op::MapSet(d, kr, vr));
                }
            }
            _ => return Err(self.err(elts.first().map(|e| e.value.pos).unwrap_or_default(), "this composite literal")),
        }
        if ptr {
            self.emit(Op::NewCell(d, d));
        }
        Ok(())
    }

    pub(super) fn literal_len(&self, elts: &[ast::Element]) -> usize {
        let mut i = 0usize;
        let mut n = 0usize;
        for el in elts {
            if let Some(k) = &el.key {
                if let Some(Const::Int(v)) = self.info().types.get(&k.id).and_then(|tv| tv.value.clone()) {
                    i = v as usize;
                }
            }
            i += 1;
            n = n.max(i);
        }
        n
    }

    pub(super) fn fill_indexed(&mut self, elts: &[ast::Element], et: TypeId, d: Reg, _slice: bool) -> CResult<()> {
        let mut i = 0i64;
        for el in elts {
            if let Some(k) = &el.key {
                if let Some(Const::Int(v)) = self.info().types.get(&k.id).and_then(|tv| tv.value.clone()) {
                    i = v as i64;
                }
            }
            let v = self.alloc(1);
            self.elem_into(&el.value, et, v)?;
            let ir = self.alloc(1);
            self.emit(Op::Int(ir, i as i32));
            self.emit(Op::SetIndex(d, ir, v));
            i += 1;
        }
        Ok(())
    }

    /// A composite literal element (its type elided when it is itself a literal).
    pub(super) fn elem_into(&mut self, v: &Expr, t: TypeId, d: Reg) -> CResult<()> {
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &v.kind {
            return self.composite(t, elts, d);
        }
        if let ExprKind::Unary(UnOp::Addr, inner) = &v.kind {
            if let ExprKind::CompositeLit { ty: None, elts, .. } = &inner.kind {
                self.composite(t, elts, d)?;
                return Ok(());
            }
        }
        let r = self.expr_as(v, t)?;
        if self.b.is_agg(t) {
            self.emit(Op::Copy(d, r));
        } else if r != d {
            self.emit(Op::Move(d, r));
        }
        Ok(())
    }
}
