//! Variable declarations: `var a, b T = x, y` (local or package level; a missing or extra
//! init expression, a type inferred from the value) and `a, b := x, y` (at least one new
//! variable on the left).

use super::check::Checker;
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, ObjId, ObjKind, TypeId};
use ast::{Expr, ExprKind};

impl Checker {
    /// `var a, b T = x, y` (local or package level) for objects `objs` (`None` for `_`).
    pub(crate) fn var_spec(&mut self, s: &ast::VarSpec, objs: &[Option<ObjId>]) {
        let t = s.ty.as_ref().map(|t| self.var_type(t));
        if let (Some(t), Some(te)) = (t, &s.ty) {
            let written = self.written_func_type(te, t);
            for o in objs.iter().flatten() {
                self.objs[o.0 as usize].ty = t;
                if let Some(w) = &written {
                    self.written_types.insert(*o, w.clone());
                }
            }
        }
        if s.values.is_empty() {
            if t.is_none() {
                self.error(s.pos, "missing type or init expr");
            }
            return;
        }
        if s.values.len() > s.names.len() && s.values.len() != 1 {
            let extra = &s.values[s.names.len()];
            for v in &s.values {
                self.value_expr(v);
            }
            self.error(start_pos(extra), format!("extra init expr {}", expr_string(extra)));
            self.invalidate(objs, t);
            return;
        }
        if s.values.len() < s.names.len() && s.values.len() != 1 {
            for v in &s.values {
                self.value_expr(v);
            }
            let n = &s.names[s.values.len()];
            self.error(n.pos, format!("missing init expr for {}", n.name));
            self.invalidate(objs, t);
            return;
        }
        // One value per name is a declaration; the values of one expression an assignment.
        let multi = s.names.len() > 1 && s.values.len() == 1;
        let context = if multi { "multiple assignment" } else { "variable declaration" };
        let Some(vals) = self.rhs_values(s.names.len(), &s.values, None) else {
            self.invalidate(objs, t);
            return;
        };
        // The declared type is written as the program spells it (`[]interface{}`).
        let spelling = s.ty.as_ref().and_then(super::printer::written_spelling);
        if let Some(n) = spelling {
            self.spellings.prefer(n);
        }
        for (k, (mut x, ri)) in vals.into_iter().enumerate() {
            let e = ri.map(|i| &s.values[i]).unwrap_or(&s.values[0]);
            self.value_desc = multi.then(|| self.multi_value_desc(k, &x, &s.values[0]));
            self.init_var(objs[k], &mut x, e, t, context);
            self.value_desc = None;
        }
        if spelling.is_some() {
            self.spellings.prefer("");
        }
    }

    fn invalidate(&mut self, objs: &[Option<ObjId>], t: Option<TypeId>) {
        if t.is_none() {
            for o in objs.iter().flatten() {
                self.objs[o.0 as usize].ty = INVALID;
            }
        }
    }

    /// Initialises variable `o` (or `_`) with `x`, inferring its type if not declared.
    pub(crate) fn init_var(&mut self, o: Option<ObjId>, x: &mut Operand, e: &Expr, t: Option<TypeId>, context: &str) {
        if x.is_invalid() {
            if let (Some(o), None) = (o, t) {
                self.objs[o.0 as usize].ty = INVALID;
            }
            return;
        }
        self.assign_to(x, e, t, context);
        if let (Some(o), None) = (o, t) {
            self.objs[o.0 as usize].ty = x.ty;
            let written = self.expr_type_string(x, e);
            if !x.is_invalid() && written != self.ts(x.ty) {
                self.written_types.insert(o, written);
            }
        }
    }

    /// `a, b := x, y`: declares the new names, assigns the old ones.
    pub(crate) fn short_var_decl(&mut self, stmt_pos: ast::Pos, lhs: &[Expr], rhs: &[Expr]) {
        let mut vars: Vec<Option<ObjId>> = Vec::new();
        let mut new_vars: Vec<(ast::Ident, ObjId)> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut bad = false;
        for l in lhs {
            let ExprKind::Name(n) = &l.kind else {
                self.error(start_pos(l), format!("non-name {} on left side of :=", expr_string(l)));
                bad = true;
                vars.push(None);
                continue;
            };
            if n != "_" {
                if seen.contains(n) {
                    self.error(l.pos, format!("{n} repeated on left side of :="));
                    bad = true;
                    vars.push(None);
                    continue;
                }
                seen.push(n.clone());
            }
            if let Some(&o) = self.scopes[self.scope].names.get(n) {
                self.record_use(l.id, o);
                if matches!(self.objs[o.0 as usize].kind, ObjKind::Var { .. }) {
                    vars.push(Some(o));
                } else {
                    self.error(l.pos, format!("cannot assign to {n}"));
                    vars.push(None);
                }
                continue;
            }
            let kind = ObjKind::Var { global: false, captured: false, addressed: false };
            let o = self.new_obj(n, kind, INVALID, l.pos);
            let ident = ast::Ident { id: l.id, pos: l.pos, name: n.clone() };
            if n != "_" {
                new_vars.push((ident, o));
                if let Some(f) = self.fun.as_mut() {
                    f.locals.push(o);
                }
            } else {
                self.record_def(l.id, o);
            }
            vars.push(Some(o));
        }
        let new_ids: Vec<ObjId> = new_vars.iter().map(|(_, o)| *o).collect();
        let context = if lhs.len() > 1 { "multiple assignment" } else { "assignment" };
        if let Some(vals) = self.rhs_values(lhs.len(), rhs, None) {
            for (k, (mut x, ri)) in vals.into_iter().enumerate() {
                let e = ri.map(|i| &rhs[i]).unwrap_or(&rhs[0]);
                let o = vars[k];
                let is_new =
                    o.is_some_and(|o| new_ids.contains(&o)) || matches!(&lhs[k].kind, ExprKind::Name(n) if n == "_");
                let t = if is_new { None } else { o.map(|o| self.objs[o.0 as usize].ty) };
                if !is_new && o.is_none() {
                    continue;
                }
                let target = if matches!(&lhs[k].kind, ExprKind::Name(n) if n == "_") { None } else { o };
                self.value_desc = (lhs.len() > 1 && rhs.len() == 1).then(|| self.multi_value_desc(k, &x, &rhs[0]));
                self.init_var(target, &mut x, e, t, context);
                self.value_desc = None;
            }
        } else {
            for o in &new_ids {
                self.objs[o.0 as usize].ty = INVALID;
            }
        }
        for (ident, o) in new_vars {
            let scope = self.scope;
            self.declare(scope, &ident, o);
        }
        if new_ids.is_empty() && !bad {
            self.error(stmt_pos, "no new variables on left side of :=");
        }
    }
}
