//! Which local variables need heap cells: those a function literal refers to from outside
//! (captured) and those whose address is taken (`&x`, a pointer-method call on `x`).
//! Computed from the tree, so the compiler does not depend on the checker's flags.
//!
//! A captured variable that nothing changes after its declaration (never assigned, never
//! incremented, never addressed, no field or array element of it assigned) needs no cell:
//! the closure may hold a copy of its value, as Go's compiler captures such variables by
//! value. [`Escapes::by_value`] names them.

use crate::golang::syntax::ast::{AssignOp, Block, Decl, Expr, ExprKind, Stmt, StmtKind, UnOp, VarSpec};
use crate::golang::types::{Info, ObjId, Selection, Type, TypeTable};
use std::collections::HashSet;

/// What the walks of a program's function bodies found.
#[derive(Default)]
pub(crate) struct Escapes {
    /// Variables captured by a function literal or addressed.
    cells: HashSet<ObjId>,
    /// Variables changed after their declaration (assigned, incremented, addressed, a part
    /// assigned).
    mutated: HashSet<ObjId>,
    /// Variables declared in a walked body (others are never captured by value).
    declared: HashSet<ObjId>,
}

impl Escapes {
    /// Whether `o` is captured or addressed (a cell unless [`Escapes::by_value`]).
    pub(crate) fn needs_cell(&self, o: ObjId) -> bool {
        self.cells.contains(&o)
    }

    /// Whether captured variable `o` never changes after its declaration, so closures may
    /// hold its value instead of a cell (the caller checks the type is not an aggregate).
    pub(crate) fn by_value(&self, o: ObjId) -> bool {
        self.declared.contains(&o) && !self.mutated.contains(&o)
    }
}

/// Collects names used and declared in a subtree.
struct Walk<'a> {
    info: &'a Info,
    tt: &'a TypeTable,
    uses: Vec<ObjId>,
    defs: HashSet<ObjId>,
    out: &'a mut Escapes,
}

/// Add to `out` what `body` (a function body) shows: the variables that need a cell, and
/// those changed after their declaration.
pub(crate) fn find_cells(info: &Info, tt: &TypeTable, body: &Block, out: &mut Escapes) {
    let mut w = Walk { info, tt, uses: Vec::new(), defs: HashSet::new(), out };
    w.stmts(&body.stmts);
}

impl Walk<'_> {
    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Branch { .. } => {}
            StmtKind::Decl(Decl::Var(specs)) => self.var_decl(specs),
            StmtKind::Decl(_) => {}
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => {
                self.mutate(x);
                self.expr(x)
            }
            StmtKind::Assign { lhs, rhs, op } => self.assign(lhs, *op, rhs),
            StmtKind::Return(vs) => vs.iter().for_each(|v| self.expr(v)),
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If { init, cond, then, els } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.stmts(&then.stmts);
                self.opt_stmt(els);
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    c.exprs.iter().flatten().for_each(|e| self.expr(e));
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, clauses, .. } => {
                self.opt_stmt(init);
                self.expr(x);
                for c in clauses {
                    if let Some(o) = self.info.implicits.get(&c.id) {
                        self.defs.insert(*o);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select { clauses, .. } => {
                for c in clauses {
                    self.opt_stmt(&c.comm);
                    self.stmts(&c.body);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.stmts(&body.stmts);
            }
            StmtKind::Range { key, value, x, body, .. } if self.is_func(x) => {
                self.range_func(key.as_ref(), value.as_ref(), x, body)
            }
            StmtKind::Range { key, value, x, body, .. } => {
                for e in [key, value].into_iter().flatten() {
                    self.def_or_mutate(e);
                    self.expr(e);
                }
                self.expr(x);
                self.stmts(&body.stmts);
            }
        }
    }

    /// `var` declarations: each name is declared here, after its values' uses.
    fn var_decl(&mut self, specs: &[VarSpec]) {
        for sp in specs {
            for n in &sp.names {
                self.def(n.id);
            }
            sp.values.iter().for_each(|v| self.expr(v));
        }
    }

    /// An assignment; with `:=` its left-hand names are declared here.
    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        for l in lhs {
            match op {
                AssignOp::Define => self.def_or_mutate(l),
                _ => self.mutate(l),
            }
            self.expr(l);
        }
        rhs.iter().for_each(|v| self.expr(v));
    }

    /// A range over a function: its body runs as a closure, so the outer variables it uses
    /// need cells.
    fn range_func(&mut self, key: Option<&Expr>, value: Option<&Expr>, x: &Expr, body: &Block) {
        self.expr(x);
        let mut inner = Walk { info: self.info, tt: self.tt, uses: Vec::new(), defs: HashSet::new(), out: self.out };
        for e in [key, value].into_iter().flatten() {
            inner.def_or_mutate(e);
            inner.expr(e);
        }
        inner.stmts(&body.stmts);
        let (uses, defs) = (inner.uses, inner.defs);
        self.captured(uses, &defs);
    }

    fn is_func(&self, x: &Expr) -> bool {
        self.info.types.get(&x.id).is_some_and(|tv| matches!(self.tt.get(self.tt.underlying(tv.ty)), Type::Func(_)))
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn def(&mut self, id: crate::golang::syntax::ast::NodeId) {
        if let Some(o) = self.info.defs.get(&id) {
            self.defs.insert(*o);
            self.out.declared.insert(*o);
        }
    }

    /// A name on the left of `:=` (or a `range` clause): declared there, or, when `:=`
    /// reuses a variable already declared, assigned.
    fn def_or_mutate(&mut self, e: &Expr) {
        match self.info.defs.contains_key(&e.id) {
            true => self.def(e.id),
            false => self.mutate(e),
        }
    }

    /// `e` is assigned: the variable it is, or whose field or array element it is.
    fn mutate(&mut self, e: &Expr) {
        let e = strip(e);
        match &e.kind {
            ExprKind::Name(_) => {
                if let Some(o) = self.info.uses.get(&e.id).or_else(|| self.info.defs.get(&e.id)) {
                    self.out.mutated.insert(*o);
                }
            }
            // A field of a struct value, an element of an array value: part of the variable.
            // Through a pointer, a slice or a map, the variable itself does not change.
            ExprKind::Selector(x, _) | ExprKind::Index(x, _) if !self.is_reference(x) => self.mutate(x),
            _ => {}
        }
    }

    /// Whether `x`'s type reaches its contents through a reference (pointer, slice, map), so
    /// assigning `x.f` or `x[i]` leaves `x` itself unchanged.
    fn is_reference(&self, x: &Expr) -> bool {
        self.info.types.get(&x.id).is_some_and(|tv| {
            matches!(self.tt.get(self.tt.underlying(tv.ty)), Type::Pointer(_) | Type::Slice(_) | Type::Map(..))
        })
    }

    /// Uses in a function literal's body (`uses`) that it does not declare (`defs`): captured.
    fn captured(&mut self, uses: Vec<ObjId>, defs: &HashSet<ObjId>) {
        for u in uses {
            if !defs.contains(&u) {
                self.out.cells.insert(u);
                self.uses.push(u);
            }
        }
    }

    /// A function literal: its parameters are its own; its results change at every
    /// `return`; what it uses from outside is captured.
    fn func_lit(&mut self, ty: &crate::golang::syntax::ast::FuncType, body: &Block) {
        let mut inner = Walk { info: self.info, tt: self.tt, uses: Vec::new(), defs: HashSet::new(), out: self.out };
        for f in &ty.params {
            for n in &f.names {
                inner.def(n.id);
            }
        }
        // Named results change at every `return`.
        for n in ty.results.iter().flat_map(|f| &f.names) {
            inner.def(n.id);
            if let Some(o) = inner.info.defs.get(&n.id) {
                inner.out.mutated.insert(*o);
            }
        }
        inner.stmts(&body.stmts);
        let (uses, defs) = (inner.uses, inner.defs);
        self.captured(uses, &defs);
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(_) => {
                if let Some(o) = self.info.uses.get(&e.id) {
                    self.uses.push(*o);
                }
            }
            ExprKind::FuncLit { ty, body } => self.func_lit(ty, body),
            ExprKind::Unary(UnOp::Addr, x) => {
                if let ExprKind::Name(_) = &strip(x).kind {
                    if let Some(o) = self.info.uses.get(&strip(x).id) {
                        self.out.cells.insert(*o);
                    }
                }
                // `&x.f`, `&a[i]`: the variable may change through the pointer.
                self.mutate(x);
                self.expr(x);
            }
            ExprKind::Selector(x, _) => {
                if let Some(Selection::Method { addr: true, path, .. }) = self.info.selections.get(&e.id) {
                    if path.is_empty() {
                        if let Some(o) = self.info.uses.get(&strip(x).id) {
                            self.out.cells.insert(*o);
                        }
                    }
                    self.mutate(x);
                }
                self.expr(x);
            }
            ExprKind::BasicLit(_) => {}
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        if !matches!(k.kind, ExprKind::Name(_)) {
                            self.expr(k);
                        }
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::Index(x, idx) => {
                self.expr(x);
                idx.iter().for_each(|i| self.expr(i));
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b);
                }
            }
            ExprKind::TypeAssert(x, _) => self.expr(x),
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            _ => {}
        }
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
