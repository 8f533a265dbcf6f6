//! Go's branch checks, done by its parser after each function body without syntax errors:
//! undefined, unused and duplicate labels, `break`/`continue`/`fallthrough` out of place,
//! and `goto` jumping into a block or over a variable declaration.

use super::ast::*;
use super::printer::expr_string;
use std::collections::HashMap;

struct Label {
    block: usize,
    pos: Pos,
    /// The labeled statement's number (its identity).
    stmt: usize,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: Pos,
    lstmt: Option<usize>,
}

/// What a `break` or `continue` without label would leave.
#[derive(Clone, Copy)]
enum Target {
    Loop,
    Select,
    /// A switch: whether it is a type switch, and its number of clauses.
    Switch(bool, usize),
}

#[derive(Clone, Copy)]
struct Ctx {
    breaks: Option<Target>,
    continues: bool,
    case_index: Option<usize>,
}

struct Goto {
    name: String,
    pos: Pos,
    id: usize,
}

struct Checker<'a> {
    file: &'a str,
    labels: HashMap<String, Label>,
    /// The kind of statement each labeled statement labels.
    labeled_kind: Vec<Option<Target>>,
    blocks: Vec<BlockInfo>,
    errors: Vec<(Pos, String)>,
    next_goto: usize,
}

/// The branch errors of one function body, in Go's order and wording.
pub fn check(file: &str, body: &Block) -> Vec<(Pos, String)> {
    let mut c = Checker {
        file,
        labels: HashMap::new(),
        labeled_kind: Vec::new(),
        blocks: Vec::new(),
        errors: Vec::new(),
        next_goto: 0,
    };
    let ctx = Ctx { breaks: None, continues: false, case_index: None };
    let fwd = c.block(None, ctx, None, body.lbrace, &body.stmts);
    for g in fwd {
        match c.labels.get_mut(&g.name) {
            Some(l) => {
                l.used = true;
                let start = c.blocks[l.block].start;
                let msg = format!("goto {} jumps into block starting at {}", g.name, c.at(start));
                c.errors.push((g.pos, msg));
            }
            None => c.errors.push((g.pos, format!("label {} not defined", g.name))),
        }
    }
    let mut unused: Vec<(Pos, String)> = c
        .labels
        .iter()
        .filter(|(_, l)| !l.used)
        .map(|(n, l)| (l.pos, format!("label {} defined and not used", n)))
        .collect();
    unused.sort();
    c.errors.extend(unused);
    c.errors
}

fn target_of(s: &Stmt) -> Option<Target> {
    match &s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => Some(Target::Loop),
        StmtKind::Select { .. } => Some(Target::Select),
        StmtKind::Switch { clauses, .. } => Some(Target::Switch(false, clauses.len())),
        StmtKind::TypeSwitch { clauses, .. } => Some(Target::Switch(true, clauses.len())),
        _ => None,
    }
}

impl Checker<'_> {
    fn at(&self, p: Pos) -> String {
        format!("./{}:{}:{}", self.file.strip_prefix("./").unwrap_or(self.file), p.line, p.col)
    }

    fn block(&mut self, parent: Option<usize>, ctx: Ctx, lstmt: Option<usize>, start: Pos, body: &[Stmt]) -> Vec<Goto> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo { parent, start, lstmt });
        let mut st = BlockState { var: None, fwd: Vec::new(), bad: Vec::new() };
        let n = body.iter().rposition(|s| !matches!(s.kind, StmtKind::Empty)).map_or(0, |i| i + 1);
        for (i, stmt) in body[..n].iter().enumerate() {
            let last = i + 1 == n;
            self.stmt(b, ctx, stmt, None, last, &mut st);
        }
        st.fwd
    }

    fn stmt(&mut self, b: usize, ctx: Ctx, stmt: &Stmt, lstmt: Option<usize>, last: bool, st: &mut BlockState) {
        match &stmt.kind {
            StmtKind::Decl(Decl::Var(specs)) => {
                if let Some(s) = specs.first() {
                    if let Some(n) = s.names.first() {
                        st.record_var(n.pos, n.name.clone());
                    }
                }
            }
            StmtKind::Labeled { label, stmt: inner } => {
                let mut l = None;
                if label.name != "_" {
                    let id = self.labeled_kind.len();
                    self.labeled_kind.push(target_of(inner));
                    self.declare(b, label, id);
                    self.resolve_forward(label, st);
                    l = Some(id);
                }
                self.stmt(b, ctx, inner, l, last, st);
            }
            StmtKind::Branch { kind, label: None } => self.plain_branch(*kind, stmt.pos, ctx, last),
            StmtKind::Branch { kind, label: Some(label) } => self.labeled_branch(*kind, label, b, st),
            StmtKind::Assign { lhs, op: AssignOp::Define, .. } => {
                let names: Vec<String> = lhs.iter().map(expr_string).collect();
                st.record_var(stmt.pos, names.join(", "));
            }
            StmtKind::Block(blk) => {
                let inner = Ctx { case_index: None, ..ctx };
                self.inner(b, inner, lstmt, blk.lbrace, &blk.stmts, st);
            }
            StmtKind::If { then, els, .. } => {
                let inner = Ctx { case_index: None, ..ctx };
                self.inner(b, inner, lstmt, then.lbrace, &then.stmts, st);
                if let Some(e) = els {
                    self.inner(b, inner, lstmt, e.pos, std::slice::from_ref(e), st);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                let inner = Ctx { breaks: Some(Target::Loop), continues: true, case_index: None };
                self.inner(b, inner, lstmt, body.lbrace, &body.stmts, st);
            }
            StmtKind::Switch { clauses, .. } => {
                for (i, c) in clauses.iter().enumerate() {
                    let inner = Ctx {
                        breaks: Some(Target::Switch(false, clauses.len())),
                        continues: ctx.continues,
                        case_index: Some(i),
                    };
                    self.inner(b, inner, lstmt, c.pos, &c.body, st);
                }
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                for (i, c) in clauses.iter().enumerate() {
                    let inner = Ctx {
                        breaks: Some(Target::Switch(true, clauses.len())),
                        continues: ctx.continues,
                        case_index: Some(i),
                    };
                    self.inner(b, inner, lstmt, c.pos, &c.body, st);
                }
            }
            StmtKind::Select { clauses, .. } => {
                let inner = Ctx { breaks: Some(Target::Select), continues: ctx.continues, case_index: None };
                for c in clauses {
                    self.inner(b, inner, lstmt, c.pos, &c.body, st);
                }
            }
            _ => {}
        }
    }

    fn inner(&mut self, b: usize, ctx: Ctx, lstmt: Option<usize>, start: Pos, body: &[Stmt], st: &mut BlockState) {
        let fwd = self.block(Some(b), ctx, lstmt, start, body);
        st.fwd.extend(fwd);
    }

    fn declare(&mut self, b: usize, label: &Ident, id: usize) {
        if let Some(alt) = self.labels.get(&label.name) {
            let msg = format!("label {} already defined at {}", label.name, self.at(alt.pos));
            self.errors.push((label.pos, msg));
            return;
        }
        self.labels.insert(label.name.clone(), Label { block: b, pos: label.pos, stmt: id, used: false });
    }

    /// Forward gotos to a label just declared in this block find it here.
    fn resolve_forward(&mut self, label: &Ident, st: &mut BlockState) {
        let mut keep = Vec::new();
        for g in std::mem::take(&mut st.fwd) {
            if g.name != label.name {
                keep.push(g);
                continue;
            }
            if let Some(l) = self.labels.get_mut(&label.name) {
                l.used = true;
            }
            if let Some((vpos, vname)) = &st.var {
                if st.bad.contains(&g.id) {
                    let msg = format!("goto {} jumps over declaration of {} at {}", g.name, vname, self.at(*vpos));
                    self.errors.push((g.pos, msg));
                }
            }
        }
        st.fwd = keep;
    }

    fn plain_branch(&mut self, kind: BranchKind, pos: Pos, ctx: Ctx, last: bool) {
        let msg = match kind {
            BranchKind::Break if ctx.breaks.is_none() => "break is not in a loop, switch, or select",
            BranchKind::Continue if !ctx.continues => "continue is not in a loop",
            BranchKind::Fallthrough => match (ctx.breaks, ctx.case_index) {
                (Some(Target::Switch(true, _)), _) => "cannot fallthrough in type switch",
                (Some(Target::Switch(false, _)), None) => "fallthrough statement out of place",
                (Some(Target::Switch(false, _)), Some(_)) if !last => "fallthrough statement out of place",
                (Some(Target::Switch(false, n)), Some(i)) if i + 1 == n => "cannot fallthrough final case in switch",
                (Some(Target::Switch(false, _)), Some(_)) => return,
                _ => "fallthrough statement out of place",
            },
            _ => return,
        };
        self.errors.push((pos, msg.to_string()));
    }

    fn labeled_branch(&mut self, kind: BranchKind, label: &Ident, b: usize, st: &mut BlockState) {
        let name = &label.name;
        match kind {
            BranchKind::Break | BranchKind::Continue => {
                let what = if kind == BranchKind::Break { "break" } else { "continue" };
                match self.enclosing_target(b, name) {
                    None => self.errors.push((label.pos, format!("{} label not defined: {}", what, name))),
                    Some(None) => self.errors.push((label.pos, format!("invalid {} label {}", what, name))),
                    Some(Some(t)) => {
                        let ok = kind == BranchKind::Break || matches!(t, Target::Loop);
                        if !ok {
                            self.errors.push((label.pos, format!("invalid {} label {}", what, name)));
                        }
                    }
                }
            }
            BranchKind::Goto => {
                if !self.goto_target(b, name) {
                    let id = self.next_goto;
                    self.next_goto += 1;
                    st.fwd.push(Goto { name: name.clone(), pos: label.pos, id });
                }
            }
            BranchKind::Fallthrough => {}
        }
    }

    /// `None`: no such label; `Some(None)`: not an enclosing target; else its kind.
    fn enclosing_target(&mut self, b: usize, name: &str) -> Option<Option<Target>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let id = l.stmt;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if self.blocks[i].lstmt == Some(id) {
                return Some(self.labeled_kind[id]);
            }
            cur = self.blocks[i].parent;
        }
        Some(None)
    }

    fn goto_target(&mut self, b: usize, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else { return false };
        l.used = true;
        let lb = l.block;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if i == lb {
                return true;
            }
            cur = self.blocks[i].parent;
        }
        false
    }
}

struct BlockState {
    /// The latest variable declaration in the block: its position and name(s).
    var: Option<(Pos, String)>,
    fwd: Vec<Goto>,
    /// Forward gotos that precede `var` (jumping to a later label skips it).
    bad: Vec<usize>,
}

impl BlockState {
    fn record_var(&mut self, pos: Pos, name: String) {
        self.var = Some((pos, name));
        self.bad = self.fwd.iter().map(|g| g.id).collect();
    }
}
