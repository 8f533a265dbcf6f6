//! Switch statements: expression switches (case values against the tag, duplicate constant
//! cases, multiple defaults) and type switches (impossible cases, duplicate types, the
//! clause's implicit variable).

use super::check::Checker;
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Basic, Mode, ObjKind, TypeId};
use ast::{Expr, ExprKind, Stmt};

impl Checker {
    pub(super) fn switch_stmt(
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
                    // A switch without a tag switches on `true`.
                    let (xs, ts) = (expr_string(e), self.ts(x.ty));
                    self.error(
                        start_pos(e),
                        format!("invalid case {xs} in switch on true (mismatched types {ts} and bool)"),
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

    pub(super) fn type_switch(
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
}
