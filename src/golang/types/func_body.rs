//! Function bodies: a declaration's or literal's scope, parameters and results, its labels,
//! `missing return`, and its unused variables (`declared and not used: x`).

use super::check::Checker;
use super::operand::Operand;
use super::table::*;
use super::{ast, ObjId, ObjKind, Signature, Type, TypeId};
use ast::{Expr, Stmt, StmtKind};
use std::collections::HashMap;

/// The function (declaration or literal) being checked.
#[derive(Clone, Debug, Default)]
pub(crate) struct FuncCtx {
    pub id: u32,
    pub results: Vec<TypeId>,
    pub named_results: bool,
    /// Locals declared in this function (for `declared and not used`).
    pub locals: Vec<ObjId>,
    /// Labels: name → (object, position, used).
    pub labels: HashMap<String, (ObjId, ast::Pos, bool)>,
    /// Enclosing breakable statements: (label, is a loop).
    pub targets: Vec<(Option<String>, bool)>,
    /// Result types of function type written with parameter names (`written_func_type`).
    pub written_results: Vec<Option<String>>,
}

impl Checker {
    /// Checks a function declaration's body.
    pub(crate) fn func_body(&mut self, o: ObjId, fd: &ast::FuncDecl, body: &ast::Block) {
        let Some(sig) = self.tt.sig(self.objs[o.0 as usize].ty).cloned() else { return };
        let parent = self.func_scopes.get(&o).copied().unwrap_or(self.scope);
        let recv = fd.recv.as_ref().map(|r| (r, self.objs[o.0 as usize].kind.clone()));
        let saved_scope = self.scope;
        self.scope = self.new_scope(Some(parent));
        let id = self.next_func;
        self.next_func += 1;
        let written_results = self.written_results(&fd.ty, &sig);
        let outer =
            self.fun.replace(FuncCtx { id, results: sig.results.clone(), written_results, ..Default::default() });
        if let Some((r, ObjKind::Func { recv: Some(rt), .. })) = recv {
            self.declare_params(std::slice::from_ref(r), &[rt], "receiver");
        }
        self.declare_params(&fd.ty.params, &sig.params, "parameter");
        self.declare_results(&fd.ty.results, &sig.results);
        self.body(body, &sig);
        self.fun = outer;
        self.scope = saved_scope;
    }

    /// Checks a function literal: a closure over the enclosing function's variables.
    pub(crate) fn func_lit(&mut self, _e: &Expr, ft: &ast::FuncType, body: &ast::Block) -> Operand {
        let sig = self.signature(ft);
        let t = self.tt.intern(Type::Func(sig.clone()));
        let saved_scope = self.scope;
        self.scope = self.new_scope(Some(saved_scope));
        let id = self.next_func;
        self.next_func += 1;
        let written_results = self.written_results(ft, &sig);
        let outer =
            self.fun.replace(FuncCtx { id, results: sig.results.clone(), written_results, ..Default::default() });
        let saved_iota = self.iota.take();
        self.declare_params(&ft.params, &sig.params, "parameter");
        self.declare_results(&ft.results, &sig.results);
        self.body(body, &sig);
        self.iota = saved_iota;
        self.fun = outer;
        self.scope = saved_scope;
        Operand::value(t)
    }

    fn declare_params(&mut self, fields: &[ast::Field], types: &[TypeId], kind: &'static str) {
        let mut k = 0;
        for f in fields {
            if f.names.is_empty() {
                k += 1;
                continue;
            }
            for n in &f.names {
                let t = types.get(k).copied().unwrap_or(INVALID);
                k += 1;
                let o =
                    self.new_obj(&n.name, ObjKind::Var { global: false, captured: false, addressed: false }, t, n.pos);
                self.ox[o.0 as usize].used = true;
                self.var_kinds.insert(o, kind);
                if let Some(w) = self.written_func_type(&f.ty, t) {
                    self.written_types.insert(o, w);
                }
                let s = self.scope;
                self.declare(s, n, o);
            }
        }
    }

    /// Each result's type as written when it is a function type with parameter names.
    fn written_results(&self, ft: &ast::FuncType, sig: &Signature) -> Vec<Option<String>> {
        let exprs = ft.results.iter().flat_map(|f| std::iter::repeat_n(&f.ty, f.names.len().max(1)));
        exprs.zip(&sig.results).map(|(te, &t)| self.written_func_type(te, t)).collect()
    }

    fn declare_results(&mut self, fields: &[ast::Field], types: &[TypeId]) {
        let named = fields.iter().any(|f| !f.names.is_empty());
        if let Some(f) = self.fun.as_mut() {
            f.named_results = named;
        }
        self.declare_params(fields, types, "result variable");
        if named {
            let ids: Vec<ObjId> = fields
                .iter()
                .flat_map(|f| f.names.iter())
                .filter_map(|n| self.files[self.cur].info.defs.get(&n.id).copied())
                .collect();
            self.result_vars.insert(self.fun.as_ref().map(|f| f.id).unwrap_or(0), ids);
        }
    }

    fn body(&mut self, body: &ast::Block, sig: &Signature) {
        self.collect_labels(&body.stmts);
        self.stmt_list(&body.stmts);
        if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts, None) {
            self.error(body.rbrace, "missing return");
        }
        self.report_unused();
    }

    fn report_unused(&mut self) {
        let Some(f) = self.fun.as_ref() else { return };
        let mut unused: Vec<ObjId> = f.locals.iter().copied().filter(|o| !self.ox[o.0 as usize].used).collect();
        unused.sort_by_key(|o| self.objs[o.0 as usize].pos);
        for o in unused {
            let (name, pos) = (self.objs[o.0 as usize].name.clone(), self.objs[o.0 as usize].pos);
            self.error(pos, format!("declared and not used: {name}"));
        }
    }

    /// Collects a function's labels (not those of nested function literals).
    fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.collect_labels_stmt(s);
        }
    }

    fn collect_labels_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if label.name != "_" {
                    // A label defined twice is the parser's error (`syntax::branches`).
                    let prev = self.fun.as_ref().and_then(|f| f.labels.get(&label.name)).map(|v| v.1);
                    if prev.is_none() {
                        let o = self.new_obj(&label.name, ObjKind::Label, INVALID, label.pos);
                        self.record_def(label.id, o);
                        if let Some(f) = self.fun.as_mut() {
                            f.labels.insert(label.name.clone(), (o, label.pos, false));
                        }
                    }
                }
                self.collect_labels_stmt(stmt);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts);
                if let Some(e) = els {
                    self.collect_labels_stmt(e);
                }
            }
            StmtKind::Switch { clauses, .. } => clauses.iter().for_each(|c| self.collect_labels(&c.body)),
            StmtKind::TypeSwitch { clauses, .. } => clauses.iter().for_each(|c| self.collect_labels(&c.body)),
            StmtKind::Select { clauses, .. } => clauses.iter().for_each(|c| self.collect_labels(&c.body)),
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.collect_labels(&body.stmts),
            _ => {}
        }
    }
}
