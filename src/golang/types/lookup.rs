//! Field and method lookup through embedded fields (breadth first by depth, ambiguity at
//! equal depth), method sets (value vs pointer receivers), interface satisfaction with Go's
//! causes (`missing method M`, `method M has pointer receiver`), and selector expressions.

use super::check::{Checker, DeclState};
use super::operand::Operand;
use super::printer::expr_string;
use super::table::INVALID;
use super::{ast, Mode, ObjId, ObjKind, Selection, Signature, Type, TypeId};
use std::collections::HashMap;

/// What a lookup found.
#[derive(Clone, Debug)]
#[allow(clippy::enum_variant_names)] // `Found::NotFound` reads as Go's lookup result
pub(crate) enum Found {
    Field {
        path: Vec<u32>,
        ty: TypeId,
        indirect: bool,
    },
    /// `recv_ptr`: the receiver reached by `path` is a pointer; `sig` is substituted for
    /// generic receivers.
    Method {
        path: Vec<u32>,
        func: ObjId,
        sig: TypeId,
        indirect: bool,
        iface: bool,
        recv_ptr: bool,
    },
    NotFound,
    Ambiguous,
    /// A pointer-receiver method on a value that is not addressable.
    PtrRecv,
}

impl Checker {
    /// Looks `name` up in type `t` (`addressable`: the operand is a variable).
    pub(crate) fn lookup_field_or_method(&mut self, t: TypeId, addressable: bool, name: &str) -> Found {
        if name == "_" {
            return Found::NotFound;
        }
        let (base, is_ptr) = match self.tt.get(t) {
            Type::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        if is_ptr && self.tt.is_interface(base) {
            return Found::NotFound;
        }
        let mut current = vec![(base, Vec::<u32>::new(), is_ptr, false, is_ptr)];
        let mut seen: Vec<TypeId> = Vec::new();
        for _depth in 0..32 {
            if current.is_empty() {
                break;
            }
            let mut found: Option<Found> = None;
            let mut next = Vec::new();
            for entry in current {
                if self.lookup_entry(entry, name, &mut seen, &mut found, &mut next) {
                    return Found::Ambiguous;
                }
            }
            if let Some(f) = found {
                if let Found::Method { func, indirect, iface: false, .. } = &f {
                    if self.has_ptr_recv(*func) && !indirect && !addressable {
                        return Found::PtrRecv;
                    }
                }
                return f;
            }
            current = consolidate(next);
        }
        Found::NotFound
    }

    /// Looks `name` up in one type at the current depth: a method of a named type, a field of
    /// a struct (queueing embedded fields for the next depth), or an interface method.
    /// Returns true when the name is ambiguous.
    fn lookup_entry(
        &mut self,
        entry: Entry,
        name: &str,
        seen: &mut Vec<TypeId>,
        found: &mut Option<Found>,
        next: &mut Vec<Entry>,
    ) -> bool {
        let (mut typ, path, indirect, multiples, ptr) = entry;
        if let Type::Named { obj, targs } = self.tt.get(typ).clone() {
            if seen.contains(&typ) {
                return false;
            }
            seen.push(typ);
            if let Some(m) = self.named_method(obj, name) {
                if found.is_some() || multiples {
                    return true;
                }
                let sig = self.method_sig_for(m, obj, &targs);
                *found = Some(Found::Method { path, func: m, sig, indirect, iface: false, recv_ptr: ptr });
                return false;
            }
            typ = self.tt.underlying(typ);
        }
        if let Type::TypeParam { obj, .. } = self.tt.get(typ).clone() {
            typ = self.tt.named.get(&obj).and_then(|n| n.underlying).unwrap_or(INVALID);
            typ = self.tt.underlying(typ);
        }
        match self.tt.get(typ).clone() {
            Type::Struct(fields) => {
                for (i, f) in fields.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(i as u32);
                    if f.name == name && (f.pkg.is_empty() || f.pkg == self.pkg_path()) {
                        if found.is_some() || multiples {
                            return true;
                        }
                        *found = Some(Found::Field { path: p, ty: f.ty, indirect });
                        continue;
                    }
                    if f.embedded {
                        let (ft, fp) = match self.tt.get(f.ty) {
                            Type::Pointer(b) => (*b, true),
                            _ => (f.ty, false),
                        };
                        next.push((ft, p, indirect || fp, multiples, fp));
                    }
                }
            }
            Type::Interface { methods, .. } => {
                if let Some((_, mt)) = methods.iter().find(|(n, _)| n == name) {
                    if found.is_some() || multiples {
                        return true;
                    }
                    let func = self.iface_method_obj(typ, name, *mt);
                    *found = Some(Found::Method { path, func, sig: *mt, indirect, iface: true, recv_ptr: false });
                }
            }
            _ => {}
        }
        false
    }

    /// The method `name` declared on named type `obj`.
    pub(crate) fn named_method(&mut self, obj: ObjId, name: &str) -> Option<ObjId> {
        let m = self.tt.named.get(&obj)?.methods.iter().find(|(n, _)| n == name).map(|(_, m)| *m)?;
        let exported = name.chars().next().is_some_and(|c| c.is_uppercase());
        if !exported && self.objs[m.0 as usize].pkg != self.pkg_path() {
            return None;
        }
        if self.ox[m.0 as usize].state == DeclState::Todo {
            self.obj_decl(m);
        }
        Some(m)
    }

    pub(crate) fn has_ptr_recv(&self, m: ObjId) -> bool {
        match self.objs[m.0 as usize].kind {
            ObjKind::Func { recv: Some(r), .. } => matches!(self.tt.get(r), Type::Pointer(_)),
            _ => false,
        }
    }

    /// A method's signature with the receiver type's type arguments substituted.
    fn method_sig_for(&mut self, m: ObjId, obj: ObjId, targs: &[TypeId]) -> TypeId {
        let sig = self.objs[m.0 as usize].ty;
        if targs.is_empty() {
            return sig;
        }
        let tps = self.tt.named.get(&obj).map(|n| n.type_params.clone()).unwrap_or_default();
        let map: HashMap<ObjId, TypeId> = tps.into_iter().zip(targs.iter().copied()).collect();
        self.tt.subst(sig, &map)
    }

    /// An object standing for interface `iface`'s method `name` (for `Selection::Method`).
    fn iface_method_obj(&mut self, iface: TypeId, name: &str, sig: TypeId) -> ObjId {
        if let Some(&o) = self.iface_methods.get(&(iface, name.to_string())) {
            return o;
        }
        let o = self.new_obj(name, ObjKind::Func { recv: Some(iface), body: false }, sig, ast::Pos::default());
        self.ox[o.0 as usize].func = 0;
        self.iface_methods.insert((iface, name.to_string()), o);
        o
    }

    /// Why `v` does not implement interface `t` (`None` if it does): Go's cause text.
    pub(crate) fn missing_method(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        let Type::Interface { methods, .. } = self.tt.get(self.tt.underlying(t)).clone() else { return None };
        let v_iface = self.tt.is_interface(v);
        for (name, want) in methods {
            if v_iface {
                let vm = match self.tt.get(self.tt.underlying(v)) {
                    Type::Interface { methods: vm, .. } => vm.iter().find(|(n, _)| *n == name).map(|(_, t)| *t),
                    _ => None,
                };
                match vm {
                    None => return Some(format!("(missing method {name})")),
                    Some(h) if h != want => return Some(self.wrong_type(&name, h, want)),
                    _ => continue,
                }
            }
            match self.lookup_field_or_method(v, false, &name) {
                Found::Method { sig, .. } if sig == want => {}
                Found::Method { sig, func, .. } => {
                    // A generic method (Go 1.27) shows its type parameters: `M[U any](U)`.
                    let tps = self.generic_funcs.get(&func).cloned().unwrap_or_default();
                    let parts: Vec<String> = tps
                        .iter()
                        .map(|o| {
                            let c = self.tt.named.get(o).and_then(|n| n.underlying).map(|c| self.ts(c));
                            format!("{} {}", self.objs[o.0 as usize].name, c.unwrap_or_default())
                        })
                        .collect();
                    let shown = if parts.is_empty() { name.clone() } else { format!("{name}[{}]", parts.join(", ")) };
                    let msg = self.wrong_type(&shown, sig, want);
                    let msg = msg.replacen(&format!("method {shown})"), &format!("method {name})"), 1);
                    return Some(msg.replacen(&format!("want {shown}("), &format!("want {name}("), 1));
                }
                Found::PtrRecv => return Some(format!("(method {name} has pointer receiver)")),
                Found::Field { .. } => return Some(format!("({}.{name} is a field, not a method)", self.ts(v))),
                Found::Ambiguous => return Some(format!("(ambiguous selector {}.{name})", self.ts(v))),
                Found::NotFound => {
                    if matches!(self.tt.get(v), Type::Pointer(b) if self.tt.is_interface(*b)) {
                        return Some(format!("(type {} is pointer to interface, not interface)", self.ts(v)));
                    }
                    return Some(format!("(missing method {name})"));
                }
            }
        }
        None
    }

    fn wrong_type(&self, name: &str, have: TypeId, want: TypeId) -> String {
        let f = |t: TypeId| {
            let mut s = name.to_string();
            if let Type::Func(sig) = self.tt.get(t) {
                super::table::TypeWriter {
                    tt: &self.tt,
                    objs: &self.objs,
                    pkg: self.pkg_path(),
                    quoted: &self.quoted,
                    names: &self.spellings,
                }
                .signature(&mut s, sig, 0);
            }
            s
        };
        format!("(wrong type for method {name})\n\t\thave {}\n\t\twant {}", f(have), f(want))
    }

    /// `x.sel`: a package member, a field, a method value, or a method expression.
    pub(crate) fn selector(&mut self, e: &ast::Expr, xe: &ast::Expr, sel: &ast::Ident) -> Operand {
        if let ast::ExprKind::Name(p) = &xe.kind {
            if let Some(po) = self.lookup(p) {
                if let ObjKind::Package(path) = self.objs[po.0 as usize].kind.clone() {
                    self.record_use(xe.id, po);
                    self.mark_used(po);
                    return self.qualified(e, &path, p, sel);
                }
            }
        }
        let x = self.expr(xe);
        if x.is_invalid() {
            return x;
        }
        if x.mode == Mode::TypeExpr {
            return self.method_expr(e, x.ty, sel);
        }
        let x = self.single_value(x, xe);
        if x.is_invalid() {
            return x;
        }
        let found = self.lookup_field_or_method(x.ty, x.mode == Mode::Variable, &sel.name);
        self.select_found(e, xe, &x, sel, found)
    }

    fn select_found(&mut self, e: &ast::Expr, xe: &ast::Expr, x: &Operand, sel: &ast::Ident, found: Found) -> Operand {
        let xs = expr_string(xe);
        let n = &sel.name;
        match found {
            Found::Field { path, ty, indirect } => {
                self.info().selections.insert(e.id, Selection::Field { path, indirect });
                let mode = if x.mode == Mode::Variable || indirect { Mode::Variable } else { Mode::Value };
                Operand { mode, ty, val: None, id: None }
            }
            Found::Method { path, func, sig, iface, recv_ptr, .. } => {
                let ptr = self.has_ptr_recv(func);
                let addr = !iface && ptr && !recv_ptr;
                let deref = !iface && !ptr && recv_ptr;
                if addr {
                    self.mark_addressed(xe);
                }
                self.use_obj(func);
                if self.generic_funcs.contains_key(&func) {
                    self.generic_exprs.insert((self.cur, e.id));
                }
                self.info().selections.insert(e.id, Selection::Method { path, func, addr, deref, iface });
                self.record_use(sel.id, func);
                Operand::value(sig)
            }
            Found::Ambiguous => {
                self.error(sel.pos, format!("ambiguous selector {xs}.{n}"));
                Operand::invalid()
            }
            Found::PtrRecv => {
                let t = self.ts(x.ty);
                self.error(sel.pos, format!("cannot call pointer method {n} on {t}"));
                Operand::invalid()
            }
            Found::NotFound => {
                let why = self.lookup_error(x.ty, n);
                self.error(sel.pos, format!("{xs}.{n} undefined ({why})"));
                Operand::invalid()
            }
        }
    }

    fn lookup_error(&mut self, t: TypeId, n: &str) -> String {
        let ts = self.ts(t);
        if let Type::Pointer(b) = self.tt.get(t) {
            if self.tt.is_interface(*b) {
                return format!("type {ts} is pointer to interface, not interface");
            }
        }
        // A differently capitalised field or method?
        let names = self.all_selectable_names(t);
        if let Some((_, is_field)) = names.iter().find(|(a, _)| a == n) {
            let what = if *is_field { "field" } else { "method" };
            return format!("cannot refer to unexported {what} {n}");
        }
        if let Some((alt, is_field)) = names.into_iter().find(|(a, _)| a.to_lowercase() == n.to_lowercase() && a != n) {
            let what = if is_field { "field" } else { "method" };
            let exported = alt.chars().next().is_some_and(|c| c.is_uppercase());
            let base = match self.tt.get(t) {
                Type::Pointer(b) => *b,
                _ => t,
            };
            let foreign = matches!(self.tt.get(base), Type::Named { obj, .. } if self.objs[obj.0 as usize].pkg != self.pkg_path());
            if !exported && foreign {
                return format!("type {ts} has no field or method {n}, but does have unexported {what} {alt}");
            }
            return format!("type {ts} has no field or method {n}, but does have {what} {alt}");
        }
        format!("type {ts} has no field or method {n}")
    }

    fn all_selectable_names(&self, t: TypeId) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        let base = match self.tt.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        if let Type::Named { obj, .. } = self.tt.get(base) {
            if let Some(n) = self.tt.named.get(obj) {
                out.extend(n.methods.iter().map(|(m, _)| (m.clone(), false)));
            }
        }
        match self.tt.get(self.tt.underlying(base)) {
            Type::Struct(fs) => out.extend(fs.iter().map(|f| (f.name.clone(), true))),
            Type::Interface { methods, .. } => out.extend(methods.iter().map(|(m, _)| (m.clone(), false))),
            _ => {}
        }
        out
    }

    /// `T.M` / `(*T).M`: a function taking the receiver first.
    fn method_expr(&mut self, e: &ast::Expr, t: TypeId, sel: &ast::Ident) -> Operand {
        let found = self.lookup_field_or_method(t, false, &sel.name);
        let ts = self.ts(t);
        let n = &sel.name;
        match found {
            Found::Method { func, sig, .. } => {
                self.use_obj(func);
                self.info().selections.insert(e.id, Selection::MethodExpr { func });
                self.record_use(sel.id, func);
                let Some(s) = self.tt.sig(sig).cloned() else { return Operand::invalid() };
                let mut params = vec![t];
                params.extend(s.params);
                let ft = self.tt.intern(Type::Func(Signature { params, results: s.results, variadic: s.variadic }));
                Operand::value(ft)
            }
            Found::PtrRecv => {
                self.error(sel.pos, format!("invalid method expression {ts}.{n} (needs pointer receiver (*{ts}).{n})"));
                Operand::invalid()
            }
            _ => {
                self.error(sel.pos, format!("{ts}.{n} undefined (type {ts} has no field or method {n})"));
                Operand::invalid()
            }
        }
    }

    fn qualified(&mut self, e: &ast::Expr, path: &str, pkg_name: &str, sel: &ast::Ident) -> Operand {
        let Some(o) = self.package_member(path, pkg_name, sel) else { return Operand::invalid() };
        if self.ox[o.0 as usize].state == DeclState::Todo {
            self.obj_decl(o);
        }
        self.info().selections.insert(e.id, Selection::Qualified(o));
        self.record_use(sel.id, o);
        self.use_obj(o);
        let obj = &self.objs[o.0 as usize];
        let ty = obj.ty;
        match &obj.kind {
            ObjKind::Var { .. } => Operand { mode: Mode::Variable, ty, val: None, id: None },
            ObjKind::Const(c) => {
                let v = self.const_vals.get(&o).cloned().unwrap_or_else(|| super::expr::const_to_value(c));
                Operand { mode: Mode::Constant, ty, val: Some(v), id: None }
            }
            ObjKind::TypeName => Operand { mode: Mode::TypeExpr, ty, val: None, id: None },
            ObjKind::Func { .. } => {
                if self.generic_funcs.contains_key(&o) {
                    self.generic_exprs.insert((self.cur, e.id));
                }
                Operand::value(ty)
            }
            _ => Operand::invalid(),
        }
    }
}

/// Merges entries for the same type at one depth, marking them as multiples.
/// A type to search at some depth: (type, field path, a pointer was followed, the type occurs
/// several times at this depth, the type was reached through a pointer field).
type Entry = (TypeId, Vec<u32>, bool, bool, bool);

fn consolidate(list: Vec<Entry>) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for e in list {
        if let Some(prev) = out.iter_mut().find(|p| p.0 == e.0) {
            prev.3 = true;
        } else {
            out.push(e);
        }
    }
    out
}
