//! Function bodies and statements: scopes, declarations, assignments, control flow (if,
//! switch, type switch, select, for, range), branch and label validity, terminating
//! statements (`missing return`) and unused variables (`declared and not used: x`).

use super::check::Checker;
use super::expr::{start_pos, unparen};
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Basic, Builtin, Mode, ObjId, ObjKind, Signature, Type, TypeId};
use ast::{BranchKind, Expr, ExprKind, Stmt, StmtKind};
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
        let outer = self.fun.replace(FuncCtx { id, results: sig.results.clone(), ..Default::default() });
        if let Some((r, ObjKind::Func { recv: Some(rt), .. })) = recv {
            self.declare_params(std::slice::from_ref(r), &[rt]);
        }
        self.declare_params(&fd.ty.params, &sig.params);
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
        let outer = self.fun.replace(FuncCtx { id, results: sig.results.clone(), ..Default::default() });
        let saved_iota = self.iota.take();
        self.declare_params(&ft.params, &sig.params);
        self.declare_results(&ft.results, &sig.results);
        self.body(body, &sig);
        self.iota = saved_iota;
        self.fun = outer;
        self.scope = saved_scope;
        Operand::value(t)
    }

    fn declare_params(&mut self, fields: &[ast::Field], types: &[TypeId]) {
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
                let s = self.scope;
                self.declare(s, n, o);
            }
        }
    }

    fn declare_results(&mut self, fields: &[ast::Field], types: &[TypeId]) {
        let named = fields.iter().any(|f| !f.names.is_empty());
        if let Some(f) = self.fun.as_mut() {
            f.named_results = named;
        }
        self.declare_params(fields, types);
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

    pub(crate) fn stmt_list(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s, None);
        }
    }

    /// A clause body; `fall_ok` when its last statement may be `fallthrough`.
    fn clause_body(&mut self, stmts: &[Stmt], fall: Option<&str>) {
        let n = stmts.len();
        for (i, s) in stmts.iter().enumerate() {
            let f = if i + 1 == n { fall } else { None };
            self.stmt(s, f);
        }
    }

    fn open_scope(&mut self) -> usize {
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

    fn local_decl(&mut self, d: &ast::Decl) {
        match d {
            ast::Decl::Var(specs) => {
                for s in specs {
                    let objs: Vec<Option<ObjId>> = s
                        .names
                        .iter()
                        .map(|n| {
                            Some(self.new_obj(
                                &n.name,
                                ObjKind::Var { global: false, captured: false, addressed: false },
                                INVALID,
                                n.pos,
                            ))
                        })
                        .collect();
                    self.var_spec(s, &objs);
                    for (n, o) in s.names.iter().zip(&objs) {
                        let o = o.unwrap_or(ObjId(0));
                        let sc = self.scope;
                        if self.declare(sc, n, o) && n.name != "_" {
                            if let Some(f) = self.fun.as_mut() {
                                f.locals.push(o);
                            }
                        }
                    }
                }
            }
            ast::Decl::Const(specs) => {
                for (si, s) in specs.iter().enumerate() {
                    let mut objs = Vec::new();
                    for (ni, n) in s.names.iter().enumerate() {
                        let o = self.new_obj(&n.name, ObjKind::Const(super::Const::Int(0)), INVALID, n.pos);
                        let saved_iota = self.iota;
                        self.const_spec_value(o, specs, si, ni);
                        self.iota = saved_iota;
                        objs.push((n, o));
                    }
                    for (n, o) in objs {
                        let sc = self.scope;
                        self.declare(sc, n, o);
                    }
                }
            }
            ast::Decl::Type(specs) => {
                for s in specs {
                    let o = self.new_obj(&s.name.name, ObjKind::TypeName, INVALID, s.name.pos);
                    if !s.alias {
                        let t = self.tt.intern(Type::Named { obj: o, targs: vec![] });
                        self.objs[o.0 as usize].ty = t;
                        self.tt.named.insert(o, super::NamedInfo::default());
                    }
                    let sc = self.scope;
                    self.declare(sc, &s.name, o);
                    self.decl_stack.push(o);
                    self.ox[o.0 as usize].state = super::check::DeclState::Doing;
                    self.ox[o.0 as usize].decl =
                        Some(super::check::DeclRef::Type { file: self.cur, decl: usize::MAX, spec: 0 });
                    self.type_spec(o, s);
                    self.ox[o.0 as usize].state = super::check::DeclState::Done;
                    self.decl_stack.pop();
                }
            }
            ast::Decl::Func(fd) => self.error(fd.pos, "function declaration inside a function"),
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
                let (d, t) = (self.describe(&c, ch), self.ts(c.ty));
                self.error(start_pos(ch), format!("invalid operation: cannot send to receive-only channel {t} {d}"));
            }
            Type::Chan(_, elem) => {
                self.assign_to(&mut v, value, Some(elem), "send");
            }
            _ => {
                let (d, t) = (self.describe(&c, ch), self.ts(c.ty));
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
                let s = expr_string(e);
                self.error(start_pos(e), format!("{what} discards result of {s}"));
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
        for ((mut x, ri), &t) in vals.into_iter().zip(&results) {
            let e = ri.map(|i| &es[i]).unwrap_or(&es[0]);
            self.assign_to(&mut x, e, Some(t), "return statement");
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

    fn cond(&mut self, e: &Expr, what: &str) {
        let mut x = self.value_expr(e);
        if x.is_invalid() {
            return;
        }
        if !self.type_set_all(x.ty, |_, b| is_boolean(b)) {
            self.error(start_pos(e), format!("non-boolean condition in {what} statement"));
            return;
        }
        if self.is_untyped(x.ty) {
            self.assign_to(&mut x, e, Some(basic(Basic::Bool)), "condition");
        }
    }

    fn if_stmt(&mut self, init: Option<&Stmt>, cond: &Expr, then: &ast::Block, els: Option<&Stmt>) {
        let saved = self.open_scope();
        if let Some(i) = init {
            self.stmt(i, None);
        }
        self.cond(cond, "if");
        let s2 = self.open_scope();
        self.stmt_list(&then.stmts);
        self.scope = s2;
        if let Some(e) = els {
            self.stmt(e, None);
        }
        self.scope = saved;
    }

    fn with_target<R>(&mut self, label: Option<&str>, is_loop: bool, f: impl FnOnce(&mut Checker) -> R) -> R {
        if let Some(fc) = self.fun.as_mut() {
            fc.targets.push((label.map(String::from), is_loop));
        }
        let r = f(self);
        if let Some(fc) = self.fun.as_mut() {
            fc.targets.pop();
        }
        r
    }

    fn switch_stmt(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
        label: Option<&str>,
    ) {
        let saved = self.open_scope();
        if let Some(i) = init {
            self.stmt(i, None);
        }
        let mut t = None;
        if let Some(te) = tag {
            let mut x = self.value_expr(te);
            if !x.is_invalid() {
                self.assign_to(&mut x, te, None, "switch expression");
                if !x.is_invalid() && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                    let d = self.describe(&x, te);
                    self.error(start_pos(te), format!("cannot switch on {d}"));
                    x.ty = INVALID;
                }
                t = Some(x);
            }
        }
        let mut defaults = 0;
        let n = clauses.len();
        let outer_cases = std::mem::take(&mut self.switch_cases);
        self.with_target(label, false, |c| {
            for (i, cl) in clauses.iter().enumerate() {
                match &cl.exprs {
                    None => {
                        defaults += 1;
                        if defaults > 1 {
                            c.error(cl.pos, "multiple defaults in switch");
                        }
                    }
                    Some(es) => {
                        for e in es {
                            c.case_expr(e, tag, t.as_ref());
                        }
                    }
                }
                let s = c.open_scope();
                let fall = if i + 1 == n { Some("final case in switch") } else { Some("") };
                c.clause_body(&cl.body, fall);
                c.scope = s;
            }
        });
        self.switch_cases = outer_cases;
        self.scope = saved;
    }

    fn case_expr(&mut self, e: &Expr, tag_e: Option<&Expr>, tag: Option<&Operand>) {
        let mut x = self.value_expr(e);
        if x.is_invalid() {
            return;
        }
        match (tag, tag_e) {
            (Some(t), Some(te)) => {
                if t.is_invalid() {
                    return;
                }
                let mut y = t.clone();
                // Go converts an untyped case value to the tag's type first.
                if self.is_untyped(x.ty) && !self.is_untyped(y.ty) && !self.convert_untyped(&mut x, e, y.ty) {
                    return;
                }
                if !self.match_types(&mut x, e, &mut y, te) {
                    return;
                }
                let ok = self.assignable(&x, y.ty).is_ok() || self.assignable(&y, x.ty).is_ok();
                if !ok {
                    let (xs, ts) = (expr_string(e), expr_string(te));
                    let cause = format!("mismatched types {} and {}", self.ts(x.ty), self.ts(y.ty));
                    self.error(start_pos(e), format!("invalid case {xs} in switch on {ts} ({cause})"));
                } else {
                    if self.is_untyped(x.ty) {
                        self.assign_to(&mut x, e, Some(y.ty), "switch case");
                    }
                    self.duplicate_case(&x, e);
                }
            }
            _ => {
                if !self.type_set_all(x.ty, |_, b| is_boolean(b)) {
                    let d = self.describe(&x, e);
                    self.error(
                        start_pos(e),
                        format!(
                            "invalid case {} in switch (mismatched types {} and bool)",
                            expr_string(e),
                            self.ts(x.ty)
                        )
                        .replace(&d, &d),
                    );
                } else {
                    self.assign_to(&mut x, e, Some(basic(Basic::Bool)), "switch case");
                }
            }
        }
    }

    /// `duplicate case 1 (constant of type int) in expression switch`.
    fn duplicate_case(&mut self, x: &Operand, e: &Expr) {
        let (Mode::Constant, Some(v)) = (x.mode, &x.val) else { return };
        let prev = self.switch_cases.iter().find(|(pv, pt, _)| pv == v && *pt == x.ty).map(|c| c.2);
        match prev {
            Some(p) => {
                let d = self.describe(x, e);
                let file = self.files[self.cur].name.clone();
                self.error(
                    start_pos(e),
                    format!("duplicate case {d} in expression switch\n\t./{file}:{}:{}: previous case", p.line, p.col),
                );
            }
            None => self.switch_cases.push((v.clone(), x.ty, start_pos(e))),
        }
    }

    fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        xe: &Expr,
        clauses: &[ast::TypeCaseClause],
        label: Option<&str>,
    ) {
        let saved = self.open_scope();
        if let Some(i) = init {
            self.stmt(i, None);
        }
        let x = self.value_expr(xe);
        if !x.is_invalid() && !self.tt.is_interface(x.ty) {
            let d = self.describe(&x, xe);
            self.error(start_pos(xe), format!("{d} is not an interface"));
        }
        let xt = if x.is_invalid() || !self.tt.is_interface(x.ty) { INVALID } else { x.ty };
        let mut implicits = Vec::new();
        let mut defaults = 0;
        self.with_target(label, false, |c| {
            let mut seen = Vec::new();
            for cl in clauses {
                let mut single = None;
                match &cl.types {
                    None => {
                        defaults += 1;
                        if defaults > 1 {
                            c.error(cl.pos, "multiple defaults in switch");
                        }
                    }
                    Some(ts) => {
                        for te in ts {
                            let t = c.case_type(te, xt, xe, &mut seen);
                            single = if ts.len() == 1 { t } else { None };
                        }
                    }
                }
                let s = c.open_scope();
                if let Some(b) = bind {
                    let t = single.unwrap_or(xt);
                    let o =
                        c.new_obj(&b.name, ObjKind::Var { global: false, captured: false, addressed: false }, t, b.pos);
                    let sc = c.scope;
                    c.scopes[sc].names.insert(b.name.clone(), o);
                    c.info().implicits.insert(cl.id, o);
                    implicits.push(o);
                }
                c.clause_body(&cl.body, Some("in type switch"));
                c.scope = s;
            }
        });
        if let Some(b) = bind {
            let o = self.new_obj(&b.name, ObjKind::Var { global: false, captured: false, addressed: false }, xt, b.pos);
            self.record_def(b.id, o);
            if b.name == "_" {
                self.error(b.pos, "no new variable on left side of :=");
            } else if !implicits.iter().any(|o| self.ox[o.0 as usize].used) && !x.is_invalid() {
                self.error(b.pos, format!("{} declared and not used", b.name));
            }
        }
        self.scope = saved;
    }

    /// A type switch case: a type (or `nil`) that `x`'s type may hold, not listed before in
    /// this switch (`seen`: the earlier cases, `None` for `nil`).
    fn case_type(
        &mut self,
        te: &Expr,
        xt: TypeId,
        xe: &Expr,
        seen: &mut Vec<(Option<TypeId>, ast::Pos)>,
    ) -> Option<TypeId> {
        let case = if matches!(&te.kind, ExprKind::Name(n) if n == "nil") && self.lookup("nil") == Some(self.univ.nil) {
            self.expr(te);
            None
        } else {
            match self.type_expr(te) {
                INVALID => return Some(INVALID),
                t => Some(t),
            }
        };
        if let Some(&(_, p)) = seen.iter().find(|(t, _)| *t == case) {
            let ts = case.map_or_else(|| "nil".to_string(), |t| self.ts(t));
            let file = self.files[self.cur].name.clone();
            self.error(
                start_pos(te),
                format!("duplicate case {ts} in type switch\n\t./{file}:{}:{}: previous case", p.line, p.col),
            );
            return case;
        }
        seen.push((case, start_pos(te)));
        let t = case?;
        if xt == INVALID {
            return Some(t);
        }
        if !self.tt.is_interface(t) {
            if let Some(cause) = self.missing_method(t, xt) {
                let x = Operand { mode: Mode::Variable, ty: xt, val: None, id: None };
                let d = self.describe(&x, xe);
                let ts = self.ts(t);
                self.error(
                    start_pos(te),
                    format!(
                        "impossible type switch case: {}\n\t{d} cannot have dynamic type {ts} {cause}",
                        expr_string(te)
                    ),
                );
            }
        }
        Some(t)
    }

    fn select_stmt(&mut self, clauses: &[ast::CommClause], label: Option<&str>) {
        self.with_target(label, false, |c| {
            for cl in clauses {
                let s = c.open_scope();
                if let Some(comm) = &cl.comm {
                    let ok = match &comm.kind {
                        StmtKind::Send { .. } => true,
                        StmtKind::Expr(e) => is_recv(e),
                        StmtKind::Assign { rhs, op: ast::AssignOp::Assign | ast::AssignOp::Define, .. } => {
                            rhs.len() == 1 && is_recv(&rhs[0])
                        }
                        _ => false,
                    };
                    if !ok {
                        let at = match &comm.kind {
                            StmtKind::Assign { lhs, .. } => lhs.first().map(start_pos).unwrap_or(comm.pos),
                            _ => comm.pos,
                        };
                        c.error(at, "select case must be send or receive (possibly with assignment)");
                    }
                    c.stmt(comm, None);
                }
                c.clause_body(&cl.body, None);
                c.scope = s;
            }
        });
    }

    fn for_stmt(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &ast::Block,
        label: Option<&str>,
    ) {
        let saved = self.open_scope();
        if let Some(i) = init {
            self.stmt(i, None);
        }
        if let Some(c) = cond {
            self.cond(c, "for");
        }
        if let Some(p) = post {
            if let StmtKind::Assign { op: ast::AssignOp::Define, .. } = p.kind {
                self.error(p.pos, "cannot declare in post statement of for loop");
            }
            self.stmt(p, None);
        }
        self.with_target(label, true, |c| {
            let s = c.open_scope();
            c.stmt_list(&body.stmts);
            c.scope = s;
        });
        self.scope = saved;
    }

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

fn is_recv(e: &Expr) -> bool {
    matches!(unparen(e).kind, ExprKind::Unary(ast::UnOp::Recv, _))
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
