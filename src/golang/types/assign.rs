//! Assignability (Go's rules, with the cause of a failure), assignments of operands to typed
//! targets with Go's messages, `=`, `op=` and `++`/`--` (declarations: var_decl.rs).

use super::check::Checker;
use super::expr::{start_pos, unparen};
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Basic, Mode, ObjKind, Type, TypeId};
use ast::{Expr, ExprKind};

impl Checker {
    /// Whether `x` can be assigned to type `t`; `Err(cause)` says why not ("" if no cause).
    pub(crate) fn assignable(&mut self, x: &Operand, t: TypeId) -> Result<(), String> {
        let v = x.ty;
        if v == t || v == INVALID || t == INVALID {
            return Ok(());
        }
        if self.is_untyped(v) {
            if let Type::TypeParam { .. } = self.tt.get(t) {
                return self.implicit_type(x, t).map(|_| ()).map_err(|_| String::new());
            }
            return self.implicit_type(x, t).map(|_| ()).map_err(|_| String::new());
        }
        let (vu, tu) = (self.tt.underlying(v), self.tt.underlying(t));
        let (vp, tp) = (self.tt.is_type_param(v), self.tt.is_type_param(t));
        if vu == tu && (!self.has_name(v) || !self.has_name(t)) && !vp && !tp {
            return Ok(());
        }
        if vp && !self.has_name(t) {
            let terms = self.type_param_terms(v);
            if !terms.is_empty() && terms.iter().all(|&(_, x)| self.tt.underlying(x) == t) {
                return Ok(());
            }
        }
        if tp && !self.has_name(v) {
            let terms = self.type_param_terms(t);
            if !terms.is_empty() && terms.iter().all(|&(_, x)| self.tt.underlying(x) == v) {
                return Ok(());
            }
        }
        if self.tt.is_interface(t) && !tp {
            return match self.missing_method(v, t) {
                None => Ok(()),
                Some(cause) => Err(format!("{} does not implement {} {cause}", self.ts(v), self.ts(t))),
            };
        }
        if self.tt.is_interface(v) && !vp && !self.tt.is_interface(t) && self.missing_method(t, v).is_none() {
            return Err("need type assertion".into());
        }
        if let (Type::Chan(ast::ChanDir::Both, ve), Type::Chan(_, te)) =
            (self.tt.get(vu).clone(), self.tt.get(tu).clone())
        {
            if ve == te && (!self.has_name(v) || !self.has_name(t)) {
                return Ok(());
            }
        }
        Err(String::new())
    }

    /// Whether `t` has a name (basic, named, type parameter).
    pub(crate) fn has_name(&self, t: TypeId) -> bool {
        matches!(self.tt.get(t), Type::Basic(_) | Type::Named { .. } | Type::TypeParam { .. })
    }

    /// Assigns `x` (of expression `e`) to a target of type `t` in `context` ("assignment",
    /// "argument", "return statement", "variable declaration"...), converting untyped values.
    pub(crate) fn assign_to(&mut self, x: &mut Operand, e: &Expr, t: Option<TypeId>, context: &str) -> bool {
        if x.is_invalid() {
            return false;
        }
        if self.generic_exprs.contains(&(self.cur, super::expr::unparen(e).id)) {
            self.uninstantiated(e);
            x.ty = INVALID;
            return false;
        }
        if matches!(x.mode, Mode::NoValue | Mode::TypeExpr | Mode::Builtin) {
            let y = self.single_value(x.clone(), e);
            *x = y;
            return false;
        }
        if self.is_untyped(x.ty) {
            let target = match t {
                None if self.is_nil(x) => {
                    self.error(start_pos(e), format!("use of untyped nil in {context}"));
                    x.ty = INVALID;
                    return false;
                }
                Some(t) if self.tt.is_interface(t) && !self.tt.is_type_param(t) && !self.is_nil(x) => {
                    basic(default_basic(self.tt.basic_of(x.ty).unwrap_or(Basic::UntypedInt)))
                }
                None => basic(default_basic(self.tt.basic_of(x.ty).unwrap_or(Basic::UntypedInt))),
                Some(t) => t,
            };
            match self.implicit_type(x, target) {
                Ok((nt, v)) => {
                    if let Some(v) = v {
                        x.val = Some(v);
                    }
                    x.ty = nt;
                    self.update_expr_type(e, x);
                }
                Err(code) => {
                    let d = self.value_desc.take().unwrap_or_else(|| self.describe(x, e));
                    let ts = self.assign_target.take().unwrap_or_else(|| self.ts(target));
                    let suffix = match code {
                        super::constant::Unrepr::Truncated => " (truncated)",
                        super::constant::Unrepr::Overflows => " (overflows)",
                        _ => "",
                    };
                    self.error(start_pos(e), format!("cannot use {d} as {ts} value in {context}{suffix}"));
                    x.ty = INVALID;
                    return false;
                }
            }
        }
        let Some(t) = t else { return true };
        if let Err(cause) = self.assignable(x, t) {
            let d = self.value_desc.take().unwrap_or_else(|| self.describe(x, e));
            let ts = self.assign_target.take().unwrap_or_else(|| self.ts(t));
            let msg = if cause.is_empty() {
                format!("cannot use {d} as {ts} value in {context}")
            } else {
                format!("cannot use {d} as {ts} value in {context}: {cause}")
            };
            self.error(start_pos(e), msg);
            x.ty = INVALID;
            return false;
        }
        true
    }

    /// Value `k` of multi-value expression `e` as Go's messages describe it: a call's
    /// `1st function result (value of type int)`, a comma-ok expression's value or its
    /// `ok value of (comma, ok) expression`.
    pub(crate) fn multi_value_desc(&self, k: usize, x: &Operand, e: &Expr) -> String {
        let ts = self.ts(x.ty);
        let e = unparen(e);
        match (&e.kind, k) {
            (ExprKind::Call { .. }, _) => format!("{} function result (value of type {ts})", ordinal(k + 1)),
            (_, 0) => {
                let what = if matches!(e.kind, ExprKind::Index(..)) { "map index" } else { "comma, ok" };
                format!("{} ({what} expression of type {ts})", expr_string(e))
            }
            _ if self.is_untyped(x.ty) => format!("ok value of (comma, ok) expression ({ts} value)"),
            _ => format!("ok value of (comma, ok) expression (value of type {ts})"),
        }
    }

    /// A generic function used as a value without (all) its type arguments.
    fn uninstantiated(&mut self, e: &Expr) {
        let inner = super::expr::unparen(e);
        if let (Some((g, targs)), ExprKind::Index(x, _)) =
            (self.partial_instances.get(&(self.cur, inner.id)).cloned(), &inner.kind)
        {
            let tps = self.generic_funcs.get(&g).cloned().unwrap_or_default();
            if let Some(&tp) = tps.get(targs.len()) {
                let (n, p) = (self.objs[tp.0 as usize].name.clone(), self.objs[tp.0 as usize].pos);
                let file = self.decl_file_of_pos(tp);
                let xs = expr_string(x);
                let at = start_pos(x);
                let at = ast::Pos { line: at.line, col: at.col + xs.len() as u32 };
                self.error(at, format!("cannot infer {n} (declared at ./{file}:{}:{})", p.line, p.col));
                return;
            }
        }
        let s = expr_string(e);
        self.error(start_pos(e), format!("cannot use generic function {s} without instantiation"));
    }

    /// Assignment used by constant declarations (the value keeps its constant mode).
    pub(crate) fn assignment(&mut self, x: &mut Operand, e: &Expr, t: TypeId, context: &str) {
        self.assign_to(x, e, Some(t), context);
        if !x.is_invalid() && x.mode == Mode::Constant {
            x.ty = t;
        }
    }

    /// The values of `rhs` for `n` targets: n:n single values, or one multi-value call
    /// (or comma-ok expression); `None` after reporting a mismatch.
    pub(crate) fn rhs_values(
        &mut self,
        n: usize,
        rhs: &[Expr],
        ret: Option<(&[TypeId], ast::Pos)>,
    ) -> Option<Vec<(Operand, Option<usize>)>> {
        let is_call = rhs.len() == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if n == rhs.len() && !is_call {
            return Some(rhs.iter().enumerate().map(|(i, e)| (self.expr_for_assign(e), Some(i))).collect());
        }
        if rhs.len() != 1 {
            let xs: Vec<Operand> = rhs.iter().map(|e| self.value_expr(e)).collect();
            if xs.iter().any(|x| x.is_invalid()) {
                return None;
            }
            match ret {
                Some((want, pos)) => self.return_error(pos, want, &xs, rhs),
                None => self.assign_error(rhs, n, rhs.len()),
            }
            return None;
        }
        let x = self.expr(&rhs[0]);
        if x.is_invalid() {
            return None;
        }
        if let Type::Tuple(ts) = self.tt.get(x.ty).clone() {
            if x.mode != Mode::NoValue {
                if ts.len() == n {
                    return Some(ts.iter().map(|&t| (Operand::value(t), None)).collect());
                }
                match ret {
                    Some((want, pos)) => {
                        let xs: Vec<Operand> = ts.iter().map(|&t| Operand::value(t)).collect();
                        self.return_error(pos, want, &xs, rhs)
                    }
                    None => self.assign_error(rhs, n, ts.len()),
                }
                return None;
            }
        }
        if n == 2 && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) && ret.is_none() {
            self.comma_ok.insert((self.cur, rhs[0].id));
            let b = basic(Basic::UntypedBool);
            return Some(vec![(Operand { mode: Mode::Value, ..x.clone() }, Some(0)), (Operand::value(b), None)]);
        }
        let x = self.single_value(x, &rhs[0]);
        if x.is_invalid() {
            return None;
        }
        if n == 1 {
            return Some(vec![(x, Some(0))]);
        }
        match ret {
            Some((want, pos)) => self.return_error(pos, want, &[x], rhs),
            None => self.assign_error(rhs, n, 1),
        }
        None
    }

    fn expr_for_assign(&mut self, e: &Expr) -> Operand {
        let x = self.expr(e);
        self.single_value(x, e)
    }

    pub(crate) fn assign_error(&mut self, rhs: &[Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let Some(e0) = rhs.first() else { return };
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &unparen(e0).kind {
                let f = expr_string(fun);
                self.error(start_pos(e0), format!("assignment mismatch: {vars} but {f} returns {vals}"));
                return;
            }
        }
        self.error(start_pos(e0), format!("assignment mismatch: {vars} but {vals}"));
    }

    pub(crate) fn return_error(&mut self, pos: ast::Pos, want: &[TypeId], have: &[Operand], rhs: &[Expr]) {
        let (l, r) = (want.len(), have.len());
        let (at, q) = if r > l {
            (rhs.get(l).map(start_pos).unwrap_or(pos), "too many")
        } else if r > 0 {
            (rhs.last().map(start_pos).unwrap_or(pos), "not enough")
        } else {
            (pos, "not enough")
        };
        let h: Vec<TypeId> = have.iter().map(|x| x.ty).collect();
        let hs = self.types_summary(&h, false, false);
        let ws = self.types_summary(want, false, false);
        self.error(at, format!("{q} return values\n\thave {hs}\n\twant {ws}"));
    }

    /// `(int, string)` as Go's "have/want" lines write type lists (`number` for untyped numbers).
    pub(crate) fn types_summary(&self, ts: &[TypeId], variadic: bool, dots: bool) -> String {
        let mut out = Vec::new();
        for (i, &t) in ts.iter().enumerate() {
            let mut s = if t == INVALID {
                "unknown type".to_string()
            } else if self.is_untyped(t) {
                if self.tt.basic_of(t).is_some_and(is_numeric) {
                    "number".to_string()
                } else {
                    self.ts(t).replace("untyped ", "")
                }
            } else {
                self.ts(t)
            };
            if i + 1 == ts.len() {
                if variadic {
                    if let Type::Slice(e) = self.tt.get(t) {
                        s = self.ts(*e);
                    }
                    s = format!("...{s}");
                } else if dots {
                    s.push_str("...");
                }
            }
            out.push(s);
        }
        format!("({})", out.join(", "))
    }

    /// Checks a left-hand side: its type, or `None` for `_` (a bare variable is not a use).
    pub(crate) fn lhs_var(&mut self, e: &Expr) -> Option<TypeId> {
        let inner = unparen(e);
        if let ExprKind::Name(n) = &inner.kind {
            if n == "_" {
                self.info().types.insert(e.id, super::TypeAndValue { mode: Mode::Variable, ty: INVALID, value: None });
                return None;
            }
        }
        let saved = match &inner.kind {
            ExprKind::Name(n) => self.lookup(n).map(|o| (o, self.ox[o.0 as usize].used)),
            _ => None,
        };
        let x = self.expr(e);
        if let Some((o, used)) = saved {
            if matches!(self.objs[o.0 as usize].kind, ObjKind::Var { .. }) {
                self.ox[o.0 as usize].used = used;
            }
        }
        if x.is_invalid() {
            return Some(INVALID);
        }
        match x.mode {
            Mode::Variable | Mode::MapIndex => Some(x.ty),
            _ => {
                if let ExprKind::Selector(base, _) = &inner.kind {
                    if self.files[self.cur].info.types.get(&base.id).is_some_and(|t| t.mode == Mode::MapIndex) {
                        let s = expr_string(e);
                        self.error(start_pos(e), format!("cannot assign to struct field {s} in map"));
                        return Some(INVALID);
                    }
                }
                let s = expr_string(e);
                let msg = format!("cannot assign to {s} (neither addressable nor a map index expression)");
                self.error(start_pos(e), msg);
                Some(INVALID)
            }
        }
    }

    /// `lhs... = rhs...`.
    pub(crate) fn assign_stmt(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let context = if lhs.len() > 1 { "multiple assignment" } else { "assignment" };
        let Some(vals) = self.rhs_values(lhs.len(), rhs, None) else {
            for l in lhs {
                self.lhs_var(l);
            }
            return;
        };
        for (k, (l, (mut x, ri))) in lhs.iter().zip(vals).enumerate() {
            let t = self.lhs_var(l);
            if t == Some(INVALID) {
                continue;
            }
            let ctx = if t.is_none() && context == "assignment" { "assignment to _ identifier" } else { context };
            let e = ri.map(|i| &rhs[i]).unwrap_or(&rhs[0]);
            self.assign_target = self.written_type_of(l);
            self.value_desc = (lhs.len() > 1 && rhs.len() == 1).then(|| self.multi_value_desc(k, &x, &rhs[0]));
            self.assign_to(&mut x, e, t, ctx);
            (self.assign_target, self.value_desc) = (None, None);
        }
    }

    /// `x op= y` and `x++`/`x--` (`y` is `1` for the latter).
    pub(crate) fn op_assign(&mut self, lhs: &Expr, op: ast::BinOp, rhs: &Expr, stmt: &ast::Stmt) {
        let _ = stmt;
        let x = self.binary_op_assign(lhs, op, rhs);
        let t = self.lhs_var_noeval(lhs);
        if let (Some(mut x), Some(t)) = (x, t) {
            self.assign_to(&mut x, rhs, Some(t), "assignment operation");
        }
    }
}

/// `1st`, `2nd`, `3rd`, `4th`...
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

pub(crate) fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
