//! Generics: type parameter lists and their constraints, core types, instantiation of
//! generic types and functions (explicit or inferred from call arguments, with constraint
//! type inference for `[S ~[]E, E any]`), and constraint satisfaction with Go's causes.

use super::check::Checker;
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Basic, Mode, NamedInfo, ObjId, ObjKind, Selection, Signature, Type, TypeId};
use ast::{Expr, ExprKind};
use std::collections::HashMap;

impl Checker {
    /// Declares a type parameter list in the current scope; returns the type names.
    pub(crate) fn declare_type_params(&mut self, fields: &[ast::Field]) -> Vec<ObjId> {
        self.declare_type_params_of(fields, None)
    }

    /// Declares type parameters; with `owner` (a generic type being declared, and whether it
    /// is an interface) they are its type parameters before their constraints are resolved,
    /// so a constraint may mention the type itself (`type Lesser[T Lesser[T]] interface{...}`,
    /// Go 1.26; an interface is taken as one before its methods are known).
    pub(crate) fn declare_type_params_of(&mut self, fields: &[ast::Field], owner: Option<(ObjId, bool)>) -> Vec<ObjId> {
        let mut objs = Vec::new();
        let mut groups = Vec::new();
        for f in fields {
            let mut g = Vec::new();
            for n in &f.names {
                let o = self.new_obj(&n.name, ObjKind::TypeName, INVALID, n.pos);
                let t = self.tt.intern(Type::TypeParam { obj: o, index: objs.len() as u32 });
                self.objs[o.0 as usize].ty = t;
                self.tt.named.insert(o, NamedInfo::default());
                let s = self.scope;
                self.declare(s, n, o);
                objs.push(o);
                g.push(o);
            }
            groups.push(g);
        }
        if let Some(n) = owner.and_then(|(o, _)| self.tt.named.get_mut(&o)) {
            n.type_params = objs.clone();
        }
        for (f, g) in fields.iter().zip(groups) {
            let c = self.type_expr(&f.ty);
            // The type being declared, used in its own constraint, is an interface later.
            let own = matches!(self.tt.get(c), Type::Named { obj, .. } if Some((*obj, true)) == owner);
            let c = if c == INVALID || own || self.tt.is_interface(c) {
                c
            } else {
                self.tt.intern(Type::Interface { methods: vec![], terms: vec![(false, c)], comparable: false })
            };
            for o in g {
                if let Some(n) = self.tt.named.get_mut(&o) {
                    n.underlying = Some(c);
                }
            }
        }
        objs
    }

    /// The terms of a type parameter's constraint (empty: no specific types).
    pub(crate) fn type_param_terms(&self, t: TypeId) -> Vec<(bool, TypeId)> {
        let Type::TypeParam { obj, .. } = self.tt.get(t) else { return vec![] };
        let Some(c) = self.tt.named.get(obj).and_then(|n| n.underlying) else { return vec![] };
        match self.tt.get(self.tt.underlying(c)) {
            Type::Interface { terms, .. } => terms.clone(),
            _ => vec![],
        }
    }

    /// The core type: the underlying type, or for a type parameter the single underlying
    /// type of all its constraint's terms (the parameter itself when there is none).
    pub(crate) fn core_type(&self, t: TypeId) -> TypeId {
        let Type::TypeParam { obj, .. } = self.tt.get(t) else { return self.tt.underlying(t) };
        let Some(c) = self.tt.named.get(obj).and_then(|n| n.underlying) else { return t };
        let Type::Interface { terms, .. } = self.tt.get(self.tt.underlying(c)) else { return t };
        let mut core = None;
        for (_, term) in terms {
            let u = self.tt.underlying(*term);
            match core {
                None => core = Some(u),
                Some(c) if c == u => {}
                Some(_) => return t,
            }
        }
        core.unwrap_or(t)
    }

    /// The generic function a call's callee names (not yet instantiated), if any.
    pub(crate) fn generic_of(&self, fun: &Expr) -> Option<(ObjId, Option<Vec<TypeId>>)> {
        let f = super::expr::unparen(fun);
        let o = match &f.kind {
            ExprKind::Name(_) => self.files[self.cur].info.uses.get(&f.id).copied(),
            ExprKind::Selector(_, sel) => match self.files[self.cur].info.selections.get(&f.id) {
                Some(Selection::Qualified(o)) => Some(*o),
                Some(Selection::Method { func, .. } | Selection::MethodExpr { func }) => Some(*func),
                _ => self.files[self.cur].info.uses.get(&sel.id).copied().filter(|_| false),
            },
            ExprKind::Index(..) => {
                let (g, targs) = self.partial_instances.get(&(self.cur, f.id))?;
                return Some((*g, Some(targs.clone())));
            }
            _ => None,
        }?;
        self.generic_funcs.contains_key(&o).then_some((o, None))
    }

    /// `F[int, string]`: an explicitly instantiated generic function.
    pub(crate) fn explicit_instance(&mut self, e: &Expr, _xe: &Expr, g: ObjId, x: &Operand, idx: &[Expr]) -> Operand {
        let tps = self.generic_funcs.get(&g).cloned().unwrap_or_default();
        let targs: Vec<TypeId> = idx.iter().map(|i| self.type_expr(i)).collect();
        if targs.contains(&INVALID) {
            return Operand::invalid();
        }
        let name = self.objs[g.0 as usize].name.clone();
        if targs.len() > tps.len() {
            self.error(
                start_pos(&idx[tps.len()]),
                format!("got {} type arguments but want {}", targs.len(), tps.len()),
            );
            return Operand::invalid();
        }
        if targs.len() < tps.len() {
            // `F[int](x)`: the rest is inferred at the call; not called, it is uninstantiated.
            let _ = name;
            self.partial_instances.insert((self.cur, e.id), (g, targs));
            self.generic_exprs.insert((self.cur, e.id));
            return Operand::value(x.ty);
        }
        if !self.check_constraints(&tps, &targs, &idx.iter().map(start_pos).collect::<Vec<_>>()) {
            return Operand::invalid();
        }
        let arg_at = |i: usize| idx.get(i).map(start_pos).unwrap_or(e.pos);
        if self.decl_stack.contains(&g) && !self.instantiation_ok(&tps, &targs, &arg_at) {
            return Operand::invalid();
        }
        let map: HashMap<ObjId, TypeId> = tps.iter().copied().zip(targs.iter().copied()).collect();
        let t = self.tt.subst(x.ty, &map);
        self.info().instances.insert(e.id, (g, targs));
        Operand::value(t)
    }

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

    fn mentions(&self, t: TypeId, tps: &[ObjId], d: u32) -> bool {
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

    /// Checks each type argument against its parameter's constraint.
    fn check_constraints(&mut self, tps: &[ObjId], targs: &[TypeId], pos: &[ast::Pos]) -> bool {
        let map: HashMap<ObjId, TypeId> = tps.iter().copied().zip(targs.iter().copied()).collect();
        for (i, (&tp, &t)) in tps.iter().zip(targs).enumerate() {
            let Some(c) = self.tt.named.get(&tp).and_then(|n| n.underlying) else { continue };
            let c = self.tt.subst(c, &map);
            if let Some(cause) = self.satisfies(t, c) {
                self.error(pos.get(i).copied().unwrap_or_default(), cause);
                return false;
            }
        }
        true
    }

    /// Why `t` does not satisfy constraint `c` (`None` if it does).
    pub(crate) fn satisfies(&mut self, t: TypeId, c: TypeId) -> Option<String> {
        let Type::Interface { terms, comparable, .. } = self.tt.get(self.tt.underlying(c)).clone() else { return None };
        let (ts, cs) = (self.ts(t), self.ts(c));
        if !terms.is_empty() && !self.in_terms(t, &terms) {
            let list: Vec<String> =
                terms.iter().map(|(tilde, x)| format!("{}{}", if *tilde { "~" } else { "" }, self.ts(*x))).collect();
            let tilde_hint = terms.iter().find(|(tl, x)| !tl && self.tt.underlying(t) == *x && t != *x);
            if let Some((_, x)) = tilde_hint {
                let xs = self.ts(*x);
                return Some(format!("{ts} does not satisfy {cs} (possibly missing ~ for {xs} in {cs})"));
            }
            return Some(format!("{ts} does not satisfy {cs} ({ts} missing in {})", list.join(" | ")));
        }
        if comparable && !self.comparable(t) {
            return Some(format!("{ts} does not satisfy comparable"));
        }
        if let Some(cause) = self.missing_method(t, c) {
            return Some(format!("{ts} does not satisfy {cs} {cause}"));
        }
        None
    }

    fn in_terms(&self, t: TypeId, terms: &[(bool, TypeId)]) -> bool {
        if let Type::TypeParam { obj, .. } = self.tt.get(t) {
            let Some(c) = self.tt.named.get(obj).and_then(|n| n.underlying) else { return false };
            let Type::Interface { terms: own, .. } = self.tt.get(self.tt.underlying(c)) else { return false };
            return !own.is_empty() && own.iter().all(|(_, x)| self.in_terms(*x, terms));
        }
        terms.iter().any(|&(tilde, x)| if tilde { self.tt.underlying(t) == self.tt.underlying(x) } else { t == x })
    }

    /// `List[int]`: instantiates a generic type.
    pub(crate) fn instantiate_type(&mut self, e: &Expr, x: &Expr, args: &[Expr]) -> TypeId {
        if let ExprKind::Name(n) = &x.kind {
            if let Some(a) = self.lookup(n).filter(|a| self.generic_aliases.contains_key(a)) {
                return self.instantiate_alias(e, x, a, args);
            }
        }
        let gt = self.type_name(x);
        if gt == INVALID {
            return INVALID;
        }
        let Some(g) = self.generic_type_obj(gt) else {
            let s = expr_string(x);
            self.error(start_pos(x), format!("{s} is not a generic type"));
            return INVALID;
        };
        let targs: Vec<TypeId> = args.iter().map(|a| self.type_expr(a)).collect();
        if targs.contains(&INVALID) {
            return INVALID;
        }
        let tps = self.tt.named.get(&g).map(|n| n.type_params.clone()).unwrap_or_default();
        let name = self.objs[g.0 as usize].name.clone();
        if targs.len() != tps.len() {
            let q = if targs.len() < tps.len() { "not enough" } else { "too many" };
            let at = start_pos(e);
            self.error(at, format!("{q} type arguments for type {name}: have {}, want {}", targs.len(), tps.len()));
            return INVALID;
        }
        let arg_at = |i: usize| args.get(i).map(start_pos).unwrap_or(e.pos);
        if self.decl_stack.contains(&g) && !self.instantiation_ok(&tps, &targs, &arg_at) {
            return INVALID;
        }
        // A type argument that is a type parameter whose own constraint is still being
        // resolved (`func Min[T Lesser[T]]`) is checked when used, not here.
        let pending = targs.iter().any(|&t| match self.tt.get(t) {
            Type::TypeParam { obj, .. } => self.tt.named.get(obj).is_some_and(|n| n.underlying.is_none()),
            _ => false,
        });
        let known = self.tt.named.get(&g).is_some_and(|n| n.underlying.is_some());
        if known && !pending && !self.check_constraints(&tps, &targs, &args.iter().map(start_pos).collect::<Vec<_>>()) {
            return INVALID;
        }
        let t = self.tt.instance_of(g, targs);
        self.check_inst_overflow(g, start_pos(e));
        t
    }

    /// `A[args]` for generic alias `a`: its right side with the type arguments substituted.
    fn instantiate_alias(&mut self, e: &Expr, x: &Expr, a: ObjId, args: &[Expr]) -> TypeId {
        let _ = self.type_name(x); // records the use
        let tps = self.generic_aliases.get(&a).cloned().unwrap_or_default();
        let targs: Vec<TypeId> = args.iter().map(|a| self.type_expr(a)).collect();
        if targs.contains(&INVALID) {
            return INVALID;
        }
        if targs.len() != tps.len() {
            let q = if targs.len() < tps.len() { "not enough" } else { "too many" };
            let name = self.objs[a.0 as usize].name.clone();
            let msg = format!("{q} type arguments for type {name}: have {}, want {}", targs.len(), tps.len());
            self.error(start_pos(e), msg);
            return INVALID;
        }
        if !self.check_constraints(&tps, &targs, &args.iter().map(start_pos).collect::<Vec<_>>()) {
            return INVALID;
        }
        let map: HashMap<ObjId, TypeId> = tps.iter().copied().zip(targs).collect();
        let rhs = self.objs[a.0 as usize].ty;
        self.tt.subst(rhs, &map)
    }

    /// Reports an instantiation the table's depth guard stopped (a cycle through several
    /// generic types, `A[P]` using `B[[]P]` using `A[P]`).
    pub(crate) fn check_inst_overflow(&mut self, g: ObjId, pos: ast::Pos) {
        if std::mem::take(&mut self.tt.inst_overflow) && !std::mem::replace(&mut self.inst_cycle_reported, true) {
            let n = self.objs[g.0 as usize].name.clone();
            self.error(pos, format!("instantiation cycle: {n} instantiates itself without end"));
        }
    }

    /// Inside the declaration of a generic type or function, using it with a type argument
    /// built from its own parameters (`T[[]P]`) would instantiate it forever: Go's
    /// `instantiation cycle`.
    fn instantiation_ok(&mut self, tps: &[ObjId], targs: &[TypeId], at: &dyn Fn(usize) -> ast::Pos) -> bool {
        for (i, (&tp, &ta)) in tps.iter().zip(targs).enumerate() {
            let own = matches!(self.tt.get(ta), Type::TypeParam { .. });
            if !own && self.mentions(ta, tps, 0) {
                let (n, p) = (self.objs[tp.0 as usize].name.clone(), self.objs[tp.0 as usize].pos);
                let file = self.files[self.cur].name.clone();
                let at = at(i);
                let ts = self.ts(ta);
                if std::mem::replace(&mut self.inst_cycle_reported, true) {
                    return false;
                }
                self.error(
                    p,
                    format!("instantiation cycle:\n\t./{file}:{}:{}: {n} instantiated as {ts}", at.line, at.col),
                );
                return false;
            }
        }
        true
    }

    /// `[T any, K comparable]` as messages print a generic type's parameters.
    pub(crate) fn generic_type_string(&self, g: ObjId) -> String {
        let tps = self.tt.named.get(&g).map(|n| n.type_params.clone()).unwrap_or_default();
        let parts: Vec<String> = tps
            .iter()
            .map(|o| {
                let c = self.tt.named.get(o).and_then(|n| n.underlying).map(|c| self.ts(c)).unwrap_or_default();
                format!("{} {c}", self.objs[o.0 as usize].name)
            })
            .collect();
        format!("[{}]", parts.join(", "))
    }
}
