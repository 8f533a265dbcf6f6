//! Statements: the dispatch on a statement's kind (with the nesting limit) and the simple
//! statements: expression statements, sends, `x++`, `go` and `defer`, `return`, branches.
//! The others live in their own modules: assign.rs (assignments, `:=`), local_decl.rs,
//! control.rs (if, for, select), switch.rs (expression and type switches), range.rs, and
//! terminating.rs (`missing return`).

use super::check::Checker;
use super::expr::{start_pos, unparen};
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Builtin, Mode, Type, TypeId};
use ast::{BranchKind, Expr, ExprKind, Stmt, StmtKind};

impl Checker {
    pub(crate) fn stmt_list(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s, None);
        }
    }

    /// A clause body; `fall_ok` when its last statement may be `fallthrough`.
    pub(super) fn clause_body(&mut self, stmts: &[Stmt], fall: Option<&str>) {
        let n = stmts.len();
        for (i, s) in stmts.iter().enumerate() {
            let f = if i + 1 == n { fall } else { None };
            self.stmt(s, f);
        }
    }

    pub(super) fn open_scope(&mut self) -> usize {
        let saved = self.scope;
        self.scope = self.new_scope(Some(saved));
        saved
    }

    /// Checks one statement; `fall` is `Some("")` where `fallthrough` is allowed, or the
    /// reason it is not (`final case`, `type switch`).
    pub(crate) fn stmt(&mut self, s: &Stmt, fall: Option<&str>) {
        if self.full {
            return;
        }
        self.depth += 1;
        if self.depth > super::expr::MAX_NESTING {
            self.nesting_error(s.pos);
            self.depth -= 1;
            return;
        }
        self.stmt_inner(s, fall, None);
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &Stmt, fall: Option<&str>, label: Option<&str>) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { stmt, label } => self.stmt_inner(stmt, fall, Some(&label.name)),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value } => self.send_stmt(ch, value),
            StmtKind::IncDec { x, inc } => self.inc_dec(s, x, *inc),
            StmtKind::Assign { lhs, op, rhs } => match op {
                ast::AssignOp::Define => self.short_var_decl(s.pos, lhs, rhs),
                ast::AssignOp::Assign => self.assign_stmt(lhs, rhs),
                ast::AssignOp::Op(op) => {
                    if let (Some(l), Some(r)) = (lhs.first(), rhs.first()) {
                        self.op_assign(l, *op, r, s);
                    }
                }
            },
            StmtKind::Go(e) => self.go_defer(e, "go"),
            StmtKind::Defer(e) => self.go_defer(e, "defer"),
            StmtKind::Return(es) => self.return_stmt(s, es),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref(), fall),
            StmtKind::Block(b) => {
                let saved = self.open_scope();
                self.stmt_list(&b.stmts);
                self.scope = saved;
            }
            StmtKind::If { init, cond, then, els } => self.if_stmt(init.as_deref(), cond, then, els.as_deref()),
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.switch_stmt(init.as_deref(), tag.as_ref(), clauses, label)
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => {
                self.type_switch(init.as_deref(), bind.as_ref(), x, clauses, label)
            }
            StmtKind::Select { clauses, .. } => self.select_stmt(clauses, label),
            StmtKind::For { init, cond, post, body } => {
                self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, label)
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body, label)
            }
        }
    }

    fn expr_stmt(&mut self, e: &Expr) {
        let x = self.expr(e);
        if x.is_invalid() {
            return;
        }
        let inner = unparen(e);
        let is_stmt = match &inner.kind {
            ExprKind::Unary(ast::UnOp::Recv, _) => true,
            ExprKind::Call { .. } => {
                let conv = self.files[self.cur].info.conversions.contains_key(&inner.id);
                let b = self.files[self.cur].info.builtins.get(&inner.id).copied();
                !conv
                    && !matches!(
                        b,
                        Some(
                            Builtin::Append
                                | Builtin::Cap
                                | Builtin::Complex
                                | Builtin::Imag
                                | Builtin::Len
                                | Builtin::Make
                                | Builtin::Max
                                | Builtin::Min
                                | Builtin::New
                                | Builtin::Real
                        )
                    )
            }
            _ => false,
        };
        let msg = match x.mode {
            Mode::Builtin => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ if is_stmt => return,
            _ => "is not used",
        };
        let d = self.describe(&x, e);
        self.error(start_pos(e), format!("{d} {msg}"));
    }

    fn send_stmt(&mut self, ch: &Expr, value: &Expr) {
        let c = self.value_expr(ch);
        let mut v = self.value_expr(value);
        if c.is_invalid() || v.is_invalid() {
            return;
        }
        match self.tt.get(self.core_type(c.ty)).clone() {
            Type::Chan(ast::ChanDir::Recv, _) => {
                let (d, t) = (self.describe(&c, ch), self.expr_type_string(&c, ch));
                self.error(start_pos(ch), format!("invalid operation: cannot send to receive-only channel {t} {d}"));
            }
            Type::Chan(_, elem) => {
                self.assign_to(&mut v, value, Some(elem), "send");
            }
            _ => {
                let (d, t) = (self.describe(&c, ch), self.expr_type_string(&c, ch));
                self.error(start_pos(ch), format!("invalid operation: cannot send to non-channel {t} {d}"));
            }
        }
    }

    fn inc_dec(&mut self, s: &Stmt, x: &Expr, inc: bool) {
        let one = Expr {
            id: ast::NodeId(u32::MAX),
            pos: s.pos,
            kind: ExprKind::BasicLit(ast::Lit { kind: ast::LitKind::Int, raw: "1".into() }),
        };
        let op = if inc { ast::BinOp::Add } else { ast::BinOp::Sub };
        let o = self.value_expr(x);
        if o.is_invalid() {
            return;
        }
        if !self.type_set_all(o.ty, |_, b| is_numeric(b)) {
            let d = self.describe(&o, x);
            let which = if inc { "++" } else { "--" };
            self.error(
                start_pos(x),
                format!("invalid operation: {}{which} (non-numeric type {})", expr_string(x), self.ts(o.ty))
                    .replace(&d, &d),
            );
            return;
        }
        self.op_assign(x, op, &one, s);
        self.info().types.remove(&one.id);
    }

    fn go_defer(&mut self, e: &Expr, what: &str) {
        let inner = unparen(e);
        if !matches!(inner.kind, ExprKind::Call { .. }) {
            self.expr(e);
            self.error(start_pos(e), format!("expression in {what} must be function call"));
            return;
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return;
        }
        if self.files[self.cur].info.conversions.contains_key(&inner.id) {
            let d = self.describe(&x, e);
            self.error(start_pos(e), format!("{what} requires function call, not conversion {d}"));
            return;
        }
        if let Some(b) = self.files[self.cur].info.builtins.get(&inner.id).copied() {
            if matches!(
                b,
                Builtin::Append
                    | Builtin::Cap
                    | Builtin::Complex
                    | Builtin::Imag
                    | Builtin::Len
                    | Builtin::Make
                    | Builtin::Max
                    | Builtin::Min
                    | Builtin::New
                    | Builtin::Real
            ) {
                let d = self.describe(&x, e);
                self.error(start_pos(e), format!("{what} discards result of {d}"));
            }
        }
    }

    fn return_stmt(&mut self, s: &Stmt, es: &[Expr]) {
        let (results, named) = self.fun.as_ref().map(|f| (f.results.clone(), f.named_results)).unwrap_or_default();
        if es.is_empty() {
            if !results.is_empty() && !named {
                let ws = self.types_summary(&results, false, false);
                self.error(s.pos, format!("not enough return values\n\thave ()\n\twant {ws}"));
            }
            if named {
                self.check_shadowed_results(s);
            }
            return;
        }
        if results.is_empty() {
            let xs: Vec<Operand> = es.iter().map(|e| self.value_expr(e)).collect();
            if xs.iter().any(|x| x.is_invalid()) {
                return;
            }
            let hs: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
            let h = self.types_summary(&hs, false, false);
            self.error(start_pos(&es[0]), format!("too many return values\n\thave {h}\n\twant ()"));
            return;
        }
        let Some(vals) = self.rhs_values(results.len(), es, Some((&results, s.pos))) else { return };
        let written = self.fun.as_ref().map(|f| f.written_results.clone()).unwrap_or_default();
        for (k, ((mut x, ri), &t)) in vals.into_iter().zip(&results).enumerate() {
            let e = ri.map(|i| &es[i]).unwrap_or(&es[0]);
            self.assign_target = written.get(k).cloned().flatten();
            self.value_desc = (results.len() > 1 && es.len() == 1).then(|| self.multi_value_desc(k, &x, &es[0]));
            self.assign_to(&mut x, e, Some(t), "return statement");
            (self.assign_target, self.value_desc) = (None, None);
        }
    }

    /// `result parameter x not in scope at return` when a named result is shadowed.
    fn check_shadowed_results(&mut self, s: &Stmt) {
        let id = self.fun.as_ref().map(|f| f.id).unwrap_or(0);
        let Some(vars) = self.result_vars.get(&id).cloned() else { return };
        for v in vars {
            let name = self.objs[v.0 as usize].name.clone();
            if name == "_" {
                continue;
            }
            if let Some(o) = self.lookup(&name) {
                if o != v {
                    let p = self.objs[o.0 as usize].pos;
                    let file = self.files[self.cur].name.clone();
                    self.error(s.pos, format!("result parameter {name} not in scope at return\n\t./{file}:{}:{}: inner declaration of var {name} {}", p.line, p.col, self.ts(self.objs[o.0 as usize].ty)));
                }
            }
        }
    }

    /// A branch statement: its label resolved. Whether it is valid (`break is not in a loop`,
    /// `label L not defined`, `goto L jumps into block`...) is checked by the parser
    /// (`syntax::branches`), as Go's compiler does.
    fn branch(&mut self, _s: &Stmt, _kind: BranchKind, label: Option<&ast::Ident>, _fall: Option<&str>) {
        if let Some(l) = label {
            self.use_label(l);
        }
    }

    /// Marks label `l` used and records the use.
    fn use_label(&mut self, l: &ast::Ident) {
        let found = self.fun.as_mut().and_then(|f| f.labels.get_mut(&l.name)).map(|v| {
            v.2 = true;
            v.0
        });
        if let Some(o) = found {
            self.record_use(l.id, o);
        }
    }
}
