//! Which local variables need heap cells: those a function literal refers to from outside
//! (captured) and those whose address is taken (`&x`, a pointer-method call on `x`).
//! Computed from the tree, so the compiler does not depend on the checker's flags.

use crate::golang::syntax::ast::{AssignOp, Block, Decl, Expr, ExprKind, Stmt, StmtKind, UnOp, VarSpec};
use crate::golang::types::{Info, ObjId, Selection, Type, TypeTable};
use std::collections::HashSet;

/// Collects names used and declared in a subtree.
struct Walk<'a> {
    info: &'a Info,
    tt: &'a TypeTable,
    uses: Vec<ObjId>,
    defs: HashSet<ObjId>,
    cells: &'a mut HashSet<ObjId>,
}

/// Add to `cells` every variable of `body` (a function body) that needs a cell.
pub(crate) fn find_cells(info: &Info, tt: &TypeTable, body: &Block, cells: &mut HashSet<ObjId>) {
    let mut w = Walk { info, tt, uses: Vec::new(), defs: HashSet::new(), cells };
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
            StmtKind::IncDec { x, .. } => self.expr(x),
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
                    self.def(e.id);
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
            if op == AssignOp::Define {
                self.def(l.id);
            }
            self.expr(l);
        }
        rhs.iter().for_each(|v| self.expr(v));
    }

    /// A range over a function: its body runs as a closure, so the outer variables it uses
    /// need cells.
    fn range_func(&mut self, key: Option<&Expr>, value: Option<&Expr>, x: &Expr, body: &Block) {
        self.expr(x);
        let mut inner =
            Walk { info: self.info, tt: self.tt, uses: Vec::new(), defs: HashSet::new(), cells: self.cells };
        for e in [key, value].into_iter().flatten() {
            inner.def(e.id);
            inner.expr(e);
        }
        inner.stmts(&body.stmts);
        let (uses, defs) = (inner.uses, inner.defs);
        for u in uses {
            if !defs.contains(&u) {
                self.cells.insert(u);
                self.uses.push(u);
            }
        }
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
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(_) => {
                if let Some(o) = self.info.uses.get(&e.id) {
                    self.uses.push(*o);
                }
            }
            ExprKind::FuncLit { ty, body } => {
                let mut inner =
                    Walk { info: self.info, tt: self.tt, uses: Vec::new(), defs: HashSet::new(), cells: self.cells };
                for f in ty.params.iter().chain(ty.results.iter()) {
                    for n in &f.names {
                        inner.def(n.id);
                    }
                }
                inner.stmts(&body.stmts);
                let (uses, defs) = (inner.uses, inner.defs);
                for u in uses {
                    if !defs.contains(&u) {
                        self.cells.insert(u);
                        self.uses.push(u);
                    }
                }
            }
            ExprKind::Unary(UnOp::Addr, x) => {
                if let ExprKind::Name(_) = &strip(x).kind {
                    if let Some(o) = self.info.uses.get(&strip(x).id) {
                        self.cells.insert(*o);
                    }
                }
                self.expr(x);
            }
            ExprKind::Selector(x, _) => {
                if let Some(Selection::Method { addr: true, path, .. }) = self.info.selections.get(&e.id) {
                    if path.is_empty() {
                        if let Some(o) = self.info.uses.get(&strip(x).id) {
                            self.cells.insert(*o);
                        }
                    }
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
