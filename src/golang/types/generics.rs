//! Generics: type parameter lists and their constraints, core types, instantiation of
//! generic types and functions (explicit; inferred ones are infer.rs's), and constraint
//! satisfaction with Go's causes.

use super::check::Checker;
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, NamedInfo, ObjId, ObjKind, Selection, Type, TypeId};
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

    /// Checks each type argument against its parameter's constraint.
    pub(super) fn check_constraints(&mut self, tps: &[ObjId], targs: &[TypeId], pos: &[ast::Pos]) -> bool {
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
    pub(super) fn instantiation_ok(&mut self, tps: &[ObjId], targs: &[TypeId], at: &dyn Fn(usize) -> ast::Pos) -> bool {
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
