//! `goto` checks (Go's compiler does them on the syntax tree): a goto may not jump into a
//! block (`goto L jumps into block starting at ./main.go:10:2`) nor forward over a variable
//! declaration of the same block (`goto L jumps over declaration of x at ./main.go:7:4`).

use super::check::Checker;
use super::{ast, Pos};
use ast::{Stmt, StmtKind};

/// A label: its name and the start of the block declaring it.
struct Label {
    name: String,
    block: Pos,
}

/// A goto not yet matched with a later label of the same or an enclosing block.
#[derive(Clone)]
struct Fwd {
    label: String,
    pos: Pos,
    /// Blocks enclosing the goto.
    chain: Vec<Pos>,
}

#[derive(Default)]
struct Walk {
    labels: Vec<Label>,
    errors: Vec<(Pos, String)>,
    /// Blocks enclosing the current statement, innermost last.
    chain: Vec<Pos>,
}

impl Checker {
    /// Reports gotos jumping into blocks or over variable declarations in `body`.
    pub(crate) fn check_gotos(&mut self, body: &ast::Block) {
        let mut w = Walk::default();
        w.collect(&body.stmts, body.lbrace);
        w.chain.clear();
        let file = self.files[self.cur].name.clone();
        let left = w.block(&body.stmts, body.lbrace, &file);
        for f in left {
            // Unresolved: a backward jump (fine when the label's block encloses the goto) or
            // a jump into a block.
            if let Some(l) = w.labels.iter().find(|l| l.name == f.label) {
                if !f.chain.contains(&l.block) {
                    let b = l.block;
                    w.errors.push((
                        f.pos,
                        format!("goto {} jumps into block starting at ./{file}:{}:{}", f.label, b.line, b.col),
                    ));
                }
            }
        }
        for (pos, msg) in w.errors {
            self.error(pos, msg);
        }
    }
}

impl Walk {
    /// Records every label with the blocks enclosing it.
    fn collect(&mut self, stmts: &[Stmt], start: Pos) {
        self.chain.push(start);
        for s in stmts {
            self.collect_stmt(s);
        }
        self.chain.pop();
    }

    fn collect_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                let block = self.chain.last().copied().unwrap_or_default();
                self.labels.push(Label { name: label.name.clone(), block });
                self.collect_stmt(stmt);
            }
            _ => {
                for (stmts, start) in nested(s) {
                    self.collect(stmts, start);
                }
            }
        }
    }

    /// Walks a block; returns its unresolved forward gotos.
    fn block(&mut self, stmts: &[Stmt], start: Pos, file: &str) -> Vec<Fwd> {
        self.chain.push(start);
        let mut fwd: Vec<Fwd> = Vec::new();
        let mut bad: Vec<Fwd> = Vec::new();
        let mut var: Option<(String, Pos)> = None;
        for s in stmts {
            self.stmt(s, file, &mut fwd, &mut bad, &mut var);
        }
        self.chain.pop();
        fwd
    }

    fn stmt(&mut self, s: &Stmt, file: &str, fwd: &mut Vec<Fwd>, bad: &mut Vec<Fwd>, var: &mut Option<(String, Pos)>) {
        match &s.kind {
            StmtKind::Decl(ast::Decl::Var(specs)) => {
                if let Some(n) = specs.first().and_then(|sp| sp.names.first()) {
                    *var = Some((n.name.clone(), n.pos));
                    *bad = fwd.clone();
                }
            }
            StmtKind::Assign { lhs, op: ast::AssignOp::Define, .. } => {
                // The statement's position is its `:=`, where Go reports the declaration.
                if let Some(ast::Expr { kind: ast::ExprKind::Name(n), .. }) = lhs.first() {
                    *var = Some((n.clone(), s.pos));
                    *bad = fwd.clone();
                }
            }
            StmtKind::Labeled { label, stmt } => {
                let name = &label.name;
                fwd.retain(|f| {
                    if &f.label != name {
                        return true;
                    }
                    if bad.iter().any(|b| b.pos == f.pos && &b.label == name) {
                        if let Some((v, p)) = var {
                            self.errors.push((
                                f.pos,
                                format!("goto {name} jumps over declaration of {v} at ./{file}:{}:{}", p.line, p.col),
                            ));
                        }
                    }
                    false
                });
                self.stmt(stmt, file, fwd, bad, var);
            }
            StmtKind::Branch { kind: ast::BranchKind::Goto, label: Some(l) } => {
                fwd.push(Fwd { label: l.name.clone(), pos: l.pos, chain: self.chain.clone() });
            }
            _ => {
                for (stmts, start) in nested(s) {
                    let left = self.block(stmts, start, file);
                    fwd.extend(left);
                }
            }
        }
    }
}

/// The statement lists nested directly in `s`, with where each block starts.
fn nested(s: &Stmt) -> Vec<(&[Stmt], Pos)> {
    match &s.kind {
        StmtKind::Block(b) => vec![(&b.stmts[..], b.lbrace)],
        StmtKind::If { then, els, .. } => {
            let mut v = vec![(&then.stmts[..], then.lbrace)];
            if let Some(e) = els {
                match &e.kind {
                    StmtKind::Block(b) => v.push((&b.stmts[..], b.lbrace)),
                    _ => v.extend(nested(e)),
                }
            }
            v
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => vec![(&body.stmts[..], body.lbrace)],
        StmtKind::Switch { clauses, .. } => clauses.iter().map(|c| (&c.body[..], c.pos)).collect(),
        StmtKind::TypeSwitch { clauses, .. } => clauses.iter().map(|c| (&c.body[..], c.pos)).collect(),
        StmtKind::Select { clauses, .. } => clauses.iter().map(|c| (&c.body[..], c.pos)).collect(),
        _ => vec![],
    }
}
