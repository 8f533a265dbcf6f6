//! Method declarations: attaching a method to its receiver's named type (only types of this
//! package: `cannot define new methods on non-local type int`), duplicates, receivers of
//! generic types (`func (l *List[T]) Push(v T)`), and method signatures.

use super::check::{Checker, DeclRef, DeclState, ObjExtra};
use super::table::INVALID;
use super::{ast, ObjId, ObjKind, Type};
use ast::{Expr, ExprKind};

/// A receiver type expression taken apart: `*T[K, V]` → (T, true, [K, V]).
fn receiver_parts(e: &Expr) -> (&Expr, bool, Vec<&Expr>) {
    match &e.kind {
        ExprKind::Paren(x) => receiver_parts(x),
        ExprKind::Star(x) => {
            let (b, _, a) = receiver_parts(x);
            (b, true, a)
        }
        ExprKind::Index(x, args) => (x.as_ref(), false, args.iter().collect()),
        _ => (e, false, vec![]),
    }
}

impl Checker {
    /// Registers method declaration `decl` of file `f` with its receiver's type.
    pub(crate) fn collect_method(&mut self, f: usize, decl: usize) {
        self.cur = f;
        self.scope = self.files[f].scope;
        let file = self.files[f].ast.clone();
        let ast::Decl::Func(fd) = &file.decls[decl] else { return };
        let Some(recv) = &fd.recv else { return };
        let pkg = self.files[f].pkg;
        let (base, _, _) = receiver_parts(&recv.ty);
        let kind = ObjKind::Func { recv: None, body: fd.body.is_some() };
        let o = self.new_obj(&fd.name.name, kind, INVALID, fd.name.pos);
        self.ox[o.0 as usize] =
            ObjExtra { state: DeclState::Todo, ..ObjExtra::new(Some(DeclRef::Func { file: f, decl })) };
        self.record_def(fd.name.id, o);
        self.pkgs[pkg].objects.push(o);
        let Some(tobj) = self.receiver_base(base, pkg) else { return };
        if fd.name.name == "_" {
            return;
        }
        let prev =
            self.tt.named.get(&tobj).and_then(|n| n.methods.iter().find(|(n, _)| *n == fd.name.name).map(|m| m.1));
        if let Some(p) = prev {
            let pp = self.objs[p.0 as usize].pos;
            let tn = self.objs[tobj.0 as usize].name.clone();
            let file = self.files[f].name.clone();
            self.error(
                fd.name.pos,
                format!("method {tn}.{} already declared at ./{file}:{}:{}", fd.name.name, pp.line, pp.col),
            );
            return;
        }
        if let Some(n) = self.tt.named.get_mut(&tobj) {
            n.methods.push((fd.name.name.clone(), o));
        }
    }

    /// The named type of this package a receiver's base name denotes, or an error.
    fn receiver_base(&mut self, base: &Expr, pkg: usize) -> Option<ObjId> {
        let pscope = self.pkgs[pkg].scope;
        let name = match &base.kind {
            ExprKind::Name(n) => n.clone(),
            ExprKind::Selector(..) => {
                let s = super::printer::expr_string(base);
                self.error(base.pos, format!("cannot define new methods on non-local type {s}"));
                return None;
            }
            _ => {
                let s = super::printer::expr_string(base);
                self.error(base.pos, format!("invalid receiver type {s}"));
                return None;
            }
        };
        let Some(&o) = self.scopes[pscope].names.get(&name) else {
            if self.scopes[0].names.contains_key(&name) {
                self.error(base.pos, format!("cannot define new methods on non-local type {name}"));
            } else {
                self.error(base.pos, format!("undefined: {name}"));
            }
            return None;
        };
        if !matches!(self.objs[o.0 as usize].kind, ObjKind::TypeName) {
            self.error(base.pos, format!("{name} is not a type"));
            return None;
        }
        if !self.tt.named.contains_key(&o) {
            // An alias: the method belongs to the aliased type, if it is this package's.
            if self.ox[o.0 as usize].state == DeclState::Todo {
                self.obj_decl(o);
            }
            let t = self.objs[o.0 as usize].ty;
            return match self.tt.get(t).clone() {
                Type::Named { obj, targs }
                    if targs.is_empty() && self.objs[obj.0 as usize].pkg == self.pkgs[pkg].path =>
                {
                    Some(obj)
                }
                _ if t == INVALID => None,
                _ => {
                    self.error(base.pos, format!("cannot define new methods on non-local type {name}"));
                    None
                }
            };
        }
        Some(o)
    }

    /// Computes method `o`'s receiver type and signature.
    pub(crate) fn method_signature(&mut self, o: ObjId, fd: &ast::FuncDecl) {
        let Some(recv) = &fd.recv else { return };
        let (base, _, targ_names) = receiver_parts(&recv.ty);
        let scope = self.new_scope(Some(self.scope));
        let outer = std::mem::replace(&mut self.scope, scope);
        let pkg = self.files[self.cur].pkg;
        let pscope = self.pkgs[pkg].scope;
        let tobj = match &base.kind {
            ExprKind::Name(n) => self.scopes[pscope].names.get(n).copied(),
            _ => None,
        };
        if let Some(t) = tobj {
            if self.ox[t.0 as usize].state == DeclState::Todo {
                self.obj_decl(t);
            }
            let tps = self.tt.named.get(&t).map(|n| n.type_params.clone()).unwrap_or_default();
            if tps.len() != targ_names.len() && self.tt.named.contains_key(&t) {
                let n = &self.objs[t.0 as usize].name;
                let msg = if tps.is_empty() {
                    format!("{n} is not a generic type")
                } else {
                    format!(
                        "receiver declares {} type parameters, but receiver base type declares {}",
                        targ_names.len(),
                        tps.len()
                    )
                };
                self.error(base.pos, msg);
            } else {
                for (a, tp) in targ_names.iter().zip(&tps) {
                    if let ExprKind::Name(n) = &a.kind {
                        if n != "_" {
                            self.scopes[scope].names.insert(n.clone(), *tp);
                        }
                        self.record_def(a.id, *tp);
                    }
                }
            }
        }
        let rt = if tobj.is_some() { self.type_expr(&recv.ty) } else { INVALID };
        // Go 1.27: a method may declare type parameters of its own.
        let tparams = self.declare_type_params(&fd.ty.type_params);
        let sig = self.signature(&fd.ty);
        self.scope = outer;
        let t = self.tt.intern(Type::Func(sig));
        self.objs[o.0 as usize].ty = t;
        if !tparams.is_empty() {
            self.generic_funcs.insert(o, tparams);
        }
        if let ObjKind::Func { recv, .. } = &mut self.objs[o.0 as usize].kind {
            *recv = Some(rt);
        }
        self.func_scopes.insert(o, scope);
        self.check_receiver(o, fd, rt);
    }

    fn check_receiver(&mut self, o: ObjId, fd: &ast::FuncDecl, rt: super::TypeId) {
        if rt == INVALID {
            return;
        }
        let base = match self.tt.get(rt) {
            Type::Pointer(b) => *b,
            _ => rt,
        };
        let u = self.tt.underlying(base);
        if matches!(self.tt.get(u), Type::Pointer(_) | Type::Interface { .. }) {
            let s = self.ts(base);
            let pos = fd.recv.as_ref().map(|r| r.ty.pos).unwrap_or(fd.pos);
            self.error(pos, format!("invalid receiver type {s} (pointer or interface type)"));
            return;
        }
        if let Type::Struct(fields) = self.tt.get(u).clone() {
            if fields.iter().any(|f| f.name == fd.name.name) {
                let n = &fd.name.name;
                let mut msg = format!("field and method with the same name {n}");
                if let Some(p) = self.field_pos.get(&(u, n.clone())) {
                    let file = self.files[self.cur].name.clone();
                    msg.push_str(&format!("\n\t./{file}:{}:{}: other declaration of {n}", p.line, p.col));
                }
                self.error(fd.name.pos, msg);
            }
        }
        let _ = o;
    }
}
