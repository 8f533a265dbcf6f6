//! Struct and interface type literals: fields (duplicates, embedded fields and their
//! restrictions, tags), interface methods (explicit first, then embedded ones, as Go builds
//! a type set: `duplicate method M`), embedded interfaces and unions of type terms.

use super::check::Checker;
use super::table::INVALID;
use super::{ast, StructField, Type, TypeId};
use ast::{Expr, ExprKind};

impl Checker {
    pub(super) fn struct_type(&mut self, fields: &[ast::Field]) -> TypeId {
        let mut out: Vec<StructField> = Vec::new();
        let mut seen: Vec<(String, ast::Pos)> = Vec::new();
        let mut written: Vec<(String, String)> = Vec::new();
        let pkg = self.pkg_path().to_string();
        for f in fields {
            let t = self.var_type(&f.ty);
            if let Some(w) = self.written_func_type(&f.ty, t) {
                written.extend(f.names.iter().map(|n| (n.name.clone(), w.clone())));
            }
            let mut add = |c: &mut Checker, name: &str, pos: ast::Pos, embedded: bool| {
                if name != "_" {
                    if let Some((_, p)) = seen.iter().find(|(n, _)| n == name) {
                        let file = c.files[c.cur].name.clone();
                        c.error(
                            pos,
                            format!("{name} redeclared\n\t./{file}:{}:{}: other declaration of {name}", p.line, p.col),
                        );
                        // Go leaves the duplicate out of the struct.
                        return;
                    }
                    seen.push((name.to_string(), pos));
                }
                let exported = name.chars().next().is_some_and(|c| c.is_uppercase());
                let fpkg = if exported { String::new() } else { pkg.clone() };
                out.push(StructField { name: name.to_string(), ty: t, embedded, pkg: fpkg, tag: f.tag.clone() });
            };
            if f.names.is_empty() {
                let name = embedded_name(&f.ty);
                self.check_embedded_field(&f.ty, t);
                add(self, &name, f.ty.pos, true);
            } else {
                for n in &f.names {
                    add(self, &n.name, n.pos, false);
                }
            }
        }
        let t = self.tt.intern(Type::Struct(out));
        for (n, p) in seen {
            self.field_pos.entry((t, n)).or_insert(p);
        }
        for (n, w) in written {
            self.field_written.entry((t, n)).or_insert(w);
        }
        t
    }

    fn check_embedded_field(&mut self, e: &Expr, t: TypeId) {
        if t == INVALID {
            return;
        }
        let base = match self.tt.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        if self.tt.is_type_param(base) {
            self.error(e.pos, "embedded field type cannot be a (pointer to a) type parameter");
            return;
        }
        if matches!(self.tt.get(t), Type::Pointer(_)) {
            let u = self.tt.underlying(base);
            if matches!(self.tt.get(u), Type::Pointer(_)) {
                self.error(e.pos, "embedded field type cannot be a pointer");
            } else if self.tt.is_interface(base) {
                self.error(e.pos, "embedded field type cannot be a pointer to an interface");
            }
        }
    }

    pub(super) fn interface_type(&mut self, elems: &[ast::InterfaceElem]) -> TypeId {
        if elems.is_empty() && self.pkg_path() == "main" {
            self.spellings.note("interface{}");
        }
        let mut methods: Vec<(String, TypeId)> = Vec::new();
        let mut terms: Vec<(bool, TypeId)> = Vec::new();
        let mut comparable = false;
        // Where each method was declared or embedded: Go takes the explicit methods first.
        let mut positions: Vec<(String, ast::Pos)> = Vec::new();
        for el in elems {
            let ast::InterfaceElem::Method { name, ty } = el else { continue };
            let sig = self.signature(ty);
            let t = self.tt.intern(Type::Func(sig));
            if let Some(&(_, p)) = positions.iter().find(|(n, _)| *n == name.name) {
                self.duplicate_method(&name.name, name.pos, p);
                continue;
            }
            positions.push((name.name.clone(), name.pos));
            methods.push((name.name.clone(), t));
        }
        for el in elems {
            match el {
                ast::InterfaceElem::Method { .. } => {}
                ast::InterfaceElem::Union(ts) if ts.len() == 1 && !ts[0].tilde => {
                    let t = self.type_expr(&ts[0].ty);
                    if let Type::Named { obj, .. } = self.tt.get(t).clone() {
                        if !self.underlying_known(t) && self.decl_stack.contains(&obj) {
                            self.report_cycle(obj);
                            continue;
                        }
                    }
                    match self.tt.get(self.tt.underlying(t)).clone() {
                        Type::Interface { methods: m, terms: tm, comparable: c } if !self.tt.is_type_param(t) => {
                            // An embedded method may repeat one with an identical signature.
                            let at = ts[0].ty.pos;
                            for (n, mt) in m {
                                match methods.iter().find(|(x, _)| *x == n) {
                                    Some(&(_, other)) if other != mt => {
                                        let p = positions.iter().find(|(x, _)| *x == n).map_or(at, |p| p.1);
                                        self.duplicate_method(&n, at, p);
                                    }
                                    Some(_) => {}
                                    None => {
                                        positions.push((n.clone(), at));
                                        methods.push((n, mt));
                                    }
                                }
                            }
                            terms = intersect_terms(terms, tm);
                            comparable |= c;
                        }
                        _ if t == INVALID => {}
                        _ => terms = intersect_terms(terms, vec![(false, t)]),
                    }
                }
                ast::InterfaceElem::Union(ts) => {
                    let mut u = Vec::new();
                    for term in ts {
                        let t = self.type_expr(&term.ty);
                        if term.tilde && t != INVALID && self.tt.underlying(t) != t {
                            let s = self.ts(t);
                            self.error(
                                term.ty.pos,
                                format!("invalid use of ~ ({s} is not the underlying type of {s})"),
                            );
                        }
                        u.push((term.tilde, t));
                    }
                    terms = intersect_terms(terms, u);
                }
            }
        }
        methods.sort_by(|a, b| a.0.cmp(&b.0));
        self.tt.intern(Type::Interface { methods, terms, comparable })
    }

    /// `duplicate method M` at `at`, the other declaration (or embedding) at `other`.
    fn duplicate_method(&mut self, name: &str, at: ast::Pos, other: ast::Pos) {
        let file = self.files[self.cur].name.clone();
        let (l, c) = (other.line, other.col);
        self.error(at, format!("duplicate method {name}\n\t./{file}:{l}:{c}: other declaration of method {name}"));
    }
}

/// The implicit name of an embedded field (`T` for `*pkg.T[int]`).
pub(crate) fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector(_, s) => s.name.clone(),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => "?".into(),
    }
}

/// The intersection of two type sets given as term lists (empty = all types).
fn intersect_terms(a: Vec<(bool, TypeId)>, b: Vec<(bool, TypeId)>) -> Vec<(bool, TypeId)> {
    if a.is_empty() {
        return b;
    }
    if b.is_empty() {
        return a;
    }
    a.into_iter().filter(|x| b.contains(x)).collect()
}
