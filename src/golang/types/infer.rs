//! Type inference for a generic call: unifying parameter types with typed arguments,
//! constraint type inference (`[S ~[]E, E any]`), untyped constants' defaults, and the
//! failures Go words as part of the call (`in call to F, ...`).

use super::check::Checker;
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Basic, Mode, ObjId, Signature, Type, TypeId};
use ast::{Expr, ExprKind};
use std::collections::HashMap;

impl Checker {
    /// Infers a generic call's type arguments from its arguments; records the instance and
    /// returns the instantiated signature.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn infer_call(
        &mut self,
        e: &Expr,
        fun: &Expr,
        g: ObjId,
        sig: &Signature,
        explicit: Option<Vec<TypeId>>,
        xs: &[Operand],
        idx: &[Option<usize>],
        args: &[Expr],
    ) -> Option<Signature> {
        let tps = self.generic_funcs.get(&g).cloned().unwrap_or_default();
        let ddd = matches!(e.kind, ExprKind::Call { ellipsis: Some(_), .. });
        let params = self.params_for_args(sig, xs.len(), ddd);
        let mut map: HashMap<ObjId, TypeId> = tps.iter().copied().zip(explicit.unwrap_or_default()).collect();
        let mut untyped: Vec<(usize, TypeId)> = Vec::new();
        for (i, (x, &p)) in xs.iter().zip(params.iter()).enumerate() {
            if self.is_untyped(x.ty) {
                if let Type::TypeParam { .. } = self.tt.get(p) {
                    untyped.push((i, p));
                }
                continue;
            }
            if !self.unify(p, x.ty, &tps, &mut map, 0) {
                let ae = idx[i].map(|k| &args[k]).unwrap_or(&args[0]);
                let (at, pt) = (self.expr_type_string(x, ae), self.ts(p));
                let sub = self.tt.subst(p, &map);
                let inferred = self.ts(sub);
                let s = expr_string(ae);
                self.error(
                    start_pos(ae),
                    format!(
                        "in call to {}, type {at} of {s} does not match inferred type {inferred} for {pt}",
                        expr_string(fun)
                    ),
                );
                return None;
            }
        }
        let fs = expr_string(fun);
        let arg_pos = |i: usize| idx[i].map(|k| start_pos(&args[k])).unwrap_or(e.pos);
        // Go's order: typed arguments, then constraints, then untyped constants' defaults.
        self.constraint_inference(&tps, &mut map);
        if !self.inferred_have_methods(&fs, &tps, &map, super::call::call_lparen(e)) {
            return None;
        }
        if !self.infer_untyped(&untyped, xs, &mut map, &arg_pos) {
            // Go words it as part of the call's inference.
            if let Some(last) = self.errors.last_mut() {
                if !last.msg.starts_with("in call to") {
                    last.msg = format!("in call to {fs}, {}", last.msg);
                }
            }
            return None;
        }
        self.constraint_inference(&tps, &mut map);
        let targs = self.inferred_targs(e, fun, &tps, &map)?;
        let lparen = super::call::call_lparen(e);
        if self.decl_stack.contains(&g) && !self.instantiation_ok(&tps, &targs, &|_| lparen) {
            return None;
        }
        let pos: Vec<ast::Pos> = vec![super::call::call_lparen(e); targs.len()];
        if !self.check_constraints(&tps, &targs, &pos) {
            return None;
        }
        let ft = self.tt.intern(Type::Func(sig.clone()));
        let inst = self.tt.subst(ft, &map);
        let f = super::expr::unparen(fun);
        self.info().instances.insert(f.id, (g, targs));
        self.info().types.insert(f.id, super::TypeAndValue { mode: Mode::Value, ty: inst, value: None });
        self.tt.sig(inst).cloned()
    }

    /// The inferred type arguments in order, or `in call to F, cannot infer T`.
    fn inferred_targs(
        &mut self,
        e: &Expr,
        fun: &Expr,
        tps: &[ObjId],
        map: &HashMap<ObjId, TypeId>,
    ) -> Option<Vec<TypeId>> {
        let mut targs = Vec::new();
        for &tp in tps {
            match map.get(&tp) {
                Some(&t) => targs.push(t),
                None => {
                    let (n, p) = (self.objs[tp.0 as usize].name.clone(), self.objs[tp.0 as usize].pos);
                    let file = self.decl_file_of_pos(tp);
                    let at = super::call::call_lparen(e);
                    let fs = expr_string(fun);
                    self.error(
                        at,
                        format!("in call to {fs}, cannot infer {n} (declared at ./{file}:{}:{})", p.line, p.col),
                    );
                    return None;
                }
            }
        }
        Some(targs)
    }

    /// The parameter type each of `n` arguments is passed to (variadic parameters expanded,
    /// unless the call passes a slice with `...`).
    fn params_for_args(&self, sig: &Signature, n: usize, ddd: bool) -> Vec<TypeId> {
        let mut params = sig.params.clone();
        if sig.variadic && !params.is_empty() && n + 1 >= params.len() {
            let last = params.pop().unwrap_or(INVALID);
            let elem = match self.tt.get(last) {
                Type::Slice(e) => *e,
                _ => INVALID,
            };
            while params.len() < n {
                params.push(if ddd { last } else { elem });
            }
        }
        params
    }

    /// Untyped constant arguments for bare type parameters: the default type of the
    /// "largest" kind among them (`1, 2.5` → `float64`).
    fn infer_untyped(
        &mut self,
        untyped: &[(usize, TypeId)],
        xs: &[Operand],
        map: &mut HashMap<ObjId, TypeId>,
        at: &dyn Fn(usize) -> ast::Pos,
    ) -> bool {
        let mut best: HashMap<ObjId, Basic> = HashMap::new();
        for &(i, p) in untyped {
            let Type::TypeParam { obj, .. } = self.tt.get(p).clone() else { continue };
            if map.contains_key(&obj) {
                continue;
            }
            let Some(b) = self.tt.basic_of(xs[i].ty) else { continue };
            if b == Basic::UntypedNil {
                continue;
            }
            let rank = |b: Basic| match b {
                Basic::UntypedInt => 1,
                Basic::UntypedRune => 2,
                Basic::UntypedFloat => 3,
                Basic::UntypedComplex => 4,
                _ => 0,
            };
            let cur = best.get(&obj).copied();
            if let Some(c) = cur {
                if c != b && (rank(c) == 0 || rank(b) == 0) {
                    let (cs, bs) = (super::table::basic_name(c), super::table::basic_name(b));
                    let n = self.objs[obj.0 as usize].name.clone();
                    self.error(at(i), format!("mismatched types {cs} and {bs} (cannot infer {n})"));
                    return false;
                }
            }
            if cur.is_none_or(|c| rank(b) > rank(c)) {
                best.insert(obj, b);
            }
        }
        for (o, b) in best {
            map.insert(o, basic(default_basic(b)));
        }
        true
    }

    /// Infers type parameters from constraints with a core type (`S ~[]E` gives `E`).
    fn constraint_inference(&mut self, tps: &[ObjId], map: &mut HashMap<ObjId, TypeId>) {
        for _ in 0..tps.len() {
            let mut changed = false;
            for &tp in tps {
                let Some(c) = self.tt.named.get(&tp).and_then(|n| n.underlying) else { continue };
                let Type::Interface { terms, .. } = self.tt.get(self.tt.underlying(c)).clone() else { continue };
                if terms.len() != 1 {
                    continue;
                }
                let (tilde, core) = terms[0];
                match map.get(&tp).copied() {
                    Some(t) => {
                        let t = if tilde { self.core_type(t) } else { t };
                        let before = map.len();
                        self.unify(core, t, tps, map, 0);
                        changed |= map.len() != before;
                    }
                    None => {
                        let sub = self.tt.subst(core, map);
                        if !self.mentions_any(sub, tps) {
                            map.insert(tp, sub);
                            changed = true;
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
    }

    fn mentions_any(&self, t: TypeId, tps: &[ObjId]) -> bool {
        self.mentions(t, tps, 0)
    }

    pub(super) fn mentions(&self, t: TypeId, tps: &[ObjId], d: u32) -> bool {
        if d > 30 {
            return false;
        }
        match self.tt.get(t) {
            Type::TypeParam { obj, .. } => tps.contains(obj),
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => self.mentions(*e, tps, d + 1),
            Type::Map(k, v) => self.mentions(*k, tps, d + 1) || self.mentions(*v, tps, d + 1),
            Type::Named { targs, .. } => targs.iter().any(|a| self.mentions(*a, tps, d + 1)),
            Type::Func(s) => s.params.iter().chain(&s.results).any(|a| self.mentions(*a, tps, d + 1)),
            Type::Struct(fs) => fs.iter().any(|f| self.mentions(f.ty, tps, d + 1)),
            _ => false,
        }
    }

    /// Unifies parameter type `p` with argument type `a`, binding type parameters `tps`;
    /// false on a conflicting binding.
    fn unify(&mut self, p: TypeId, a: TypeId, tps: &[ObjId], map: &mut HashMap<ObjId, TypeId>, d: u32) -> bool {
        if d > 40 || p == a && !self.mentions(p, tps, 0) {
            return true;
        }
        let pt = self.tt.get(p).clone();
        if let Type::TypeParam { obj, .. } = pt {
            if tps.contains(&obj) {
                return match map.get(&obj) {
                    Some(&t) => {
                        t == a
                            || self.tt.underlying(t) == self.tt.underlying(a)
                                && (!self.has_name(t) || !self.has_name(a))
                    }
                    None => {
                        map.insert(obj, a);
                        true
                    }
                };
            }
            return true;
        }
        if let (Type::Named { targs, .. }, false) = (&pt, matches!(self.tt.get(a), Type::Named { .. })) {
            // Inexact: a generic defined type against an unnamed type unifies its underlying.
            if !targs.is_empty() {
                let u = self.tt.underlying(p);
                return u == p || self.unify(u, a, tps, map, d + 1);
            }
        }
        let at = match (&pt, self.tt.get(a)) {
            (Type::Named { .. }, _) => self.tt.get(a).clone(),
            (_, Type::Named { .. }) => self.tt.get(self.tt.underlying(a)).clone(),
            (_, t) => t.clone(),
        };
        match (pt, at) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, tps, map, d + 1)
            }
            (Type::Array(n, x), Type::Array(m, y)) if n == m => self.unify(x, y, tps, map, d + 1),
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, tps, map, d + 1),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, tps, map, d + 1) && self.unify(v1, v2, tps, map, d + 1)
            }
            (Type::Func(s1), Type::Func(s2))
                if s1.params.len() == s2.params.len() && s1.results.len() == s2.results.len() =>
            {
                let pairs: Vec<(TypeId, TypeId)> = s1
                    .params
                    .iter()
                    .chain(&s1.results)
                    .copied()
                    .zip(s2.params.iter().chain(&s2.results).copied())
                    .collect();
                pairs.into_iter().all(|(x, y)| self.unify(x, y, tps, map, d + 1))
            }
            (Type::Named { obj: o1, targs: t1 }, Type::Named { obj: o2, targs: t2 })
                if o1 == o2 && t1.len() == t2.len() =>
            {
                t1.into_iter().zip(t2).all(|(x, y)| self.unify(x, y, tps, map, d + 1))
            }
            (Type::Struct(f1), Type::Struct(f2)) if f1.len() == f2.len() => {
                f1.into_iter().zip(f2).all(|(x, y)| self.unify(x.ty, y.ty, tps, map, d + 1))
            }
            _ => true,
        }
    }

    /// During inference, a type argument already known for a parameter whose constraint
    /// lists no types must have the constraint's methods (Go words this failure as part of
    /// the call: `in call to F, T (type X) does not satisfy C (missing method M)`).
    fn inferred_have_methods(&mut self, fs: &str, tps: &[ObjId], map: &HashMap<ObjId, TypeId>, at: ast::Pos) -> bool {
        for &tp in tps {
            let (Some(&tx), Some(c)) = (map.get(&tp), self.tt.named.get(&tp).and_then(|n| n.underlying)) else {
                continue;
            };
            let Type::Interface { terms, methods, .. } = self.tt.get(self.tt.underlying(c)) else { continue };
            if !terms.is_empty() || methods.is_empty() || self.tt.is_type_param(tx) {
                continue;
            }
            let c = self.tt.subst(c, map);
            if let Some(cause) = self.missing_method(tx, c) {
                let (name, xs, cs) = (self.objs[tp.0 as usize].name.clone(), self.ts(tx), self.ts(c));
                self.error(at, format!("in call to {fs}, {name} (type {xs}) does not satisfy {cs} {cause}"));
                return false;
            }
        }
        true
    }
}
