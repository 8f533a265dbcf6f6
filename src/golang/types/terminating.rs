//! Terminating statements (the Go spec's rule behind `missing return`): `return`, `goto`,
//! `panic(...)`, infinite `for` loops without `break`, and `if`/`switch`/`select` whose every
//! branch terminates.

use super::check::Checker;
use super::expr::unparen;
use super::{ast, Builtin, ObjKind};
use ast::{BranchKind, Expr, ExprKind, Stmt, StmtKind};

impl Checker {
    /// Whether a statement list ends in a terminating statement (Go spec).
    pub(crate) fn is_terminating_list(&self, stmts: &[Stmt], label: Option<&str>) -> bool {
        let last = stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty));
        last.is_some_and(|s| self.is_terminating(s, label))
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind: BranchKind::Goto | BranchKind::Fallthrough, .. } => true,
            StmtKind::Expr(e) => self.is_panic_call(e),
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, None),
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, Some(&label.name)),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e, None))
                    && self.is_terminating_list(&then.stmts, None)
            }
            StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts, label, true),
            StmtKind::Switch { clauses, .. } => {
                clauses.iter().any(|c| c.exprs.is_none())
                    && clauses
                        .iter()
                        .all(|c| self.is_terminating_list(&c.body, None) && !has_break(&c.body, label, true))
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.types.is_none())
                    && clauses
                        .iter()
                        .all(|c| self.is_terminating_list(&c.body, None) && !has_break(&c.body, label, true))
            }
            StmtKind::Select { clauses, .. } => {
                clauses.iter().all(|c| self.is_terminating_list(&c.body, None) && !has_break(&c.body, label, true))
            }
            _ => false,
        }
    }

    fn is_panic_call(&self, e: &Expr) -> bool {
        let ExprKind::Call { fun, .. } = &unparen(e).kind else { return false };
        let ExprKind::Name(_) = &unparen(fun).kind else { return false };
        self.files[self.cur]
            .info
            .uses
            .get(&unparen(fun).id)
            .is_some_and(|o| matches!(self.objs[o.0 as usize].kind, ObjKind::Builtin(Builtin::Panic)))
    }
}

/// Whether `stmts` contain a `break` leaving the enclosing statement (unlabelled at the top
/// level of breakable nesting, or labelled with `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Break, label: l } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled { stmt, .. } => stmt_has_break(stmt, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top) || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::Switch { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_break(&body.stmts, label, false),
        _ => false,
    }
}
