//! `for k, v := range x`: what each kind of `x` yields (integers, strings, arrays and
//! pointers to arrays, slices, maps, channels, Go 1.23 iterator functions), the iteration
//! variables (declared per iteration with `:=`, or assigned with `=`) and the body.

use super::check::Checker;
use super::expr::start_pos;
use super::operand::Operand;
use super::table::*;
use super::{ast, Basic, Mode, ObjId, ObjKind, Type, TypeId};
use ast::{Expr, ExprKind};

impl Checker {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn range_stmt(
        &mut self,
        _s: &ast::Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        xe: &Expr,
        body: &ast::Block,
        label: Option<&str>,
    ) {
        let saved = self.open_scope_pub();
        let mut x = self.value_expr(xe);
        let x0 = x.clone();
        let yields = if x.is_invalid() { None } else { self.range_types(&mut x, xe) };
        let nvars = if value.is_some() {
            2
        } else if key.is_some() {
            1
        } else {
            0
        };
        let (kt, vt) = match &yields {
            Some((k, v, max)) => {
                if nvars > *max {
                    let d = self.describe(&x0, xe);
                    let extra = if *max == 1 { value.unwrap_or(xe) } else { key.unwrap_or(xe) };
                    let msg = if *max == 0 {
                        format!("range over {d} permits no iteration variables")
                    } else {
                        format!("range over {d} permits only one iteration variable")
                    };
                    self.error(start_pos(extra), msg);
                }
                (*k, *v)
            }
            None => (INVALID, INVALID),
        };
        let vars = [(key, kt), (value, vt)];
        if define {
            let mut new = Vec::new();
            for (e, t) in vars.iter() {
                let Some(e) = e else { continue };
                let ExprKind::Name(n) = &e.kind else {
                    self.error(start_pos(e), format!("non-name {} on left side of :=", super::printer::expr_string(e)));
                    continue;
                };
                let o = self.new_obj(n, ObjKind::Var { global: false, captured: false, addressed: false }, *t, e.pos);
                self.info().types.insert(e.id, super::TypeAndValue { mode: Mode::Variable, ty: *t, value: None });
                new.push((ast::Ident { id: e.id, pos: e.pos, name: n.clone() }, o));
            }
            for (id, o) in new {
                if id.name != "_" {
                    if let Some(f) = self.fun.as_mut() {
                        f.locals.push(o);
                    }
                }
                let sc = self.scope;
                self.declare(sc, &id, o);
            }
        } else {
            for (e, t) in vars.iter() {
                let Some(e) = e else { continue };
                let lt = self.lhs_var(e);
                if let (Some(lt), true) = (lt, *t != INVALID) {
                    if lt != INVALID {
                        let mut o = Operand { mode: Mode::Value, ty: *t, val: None, id: None };
                        self.assign_to(&mut o, e, Some(lt), "range clause");
                    }
                }
            }
        }
        self.range_body(body, label);
        self.scope = saved;
    }

    fn range_body(&mut self, body: &ast::Block, label: Option<&str>) {
        if let Some(fc) = self.fun.as_mut() {
            fc.targets.push((label.map(String::from), true));
        }
        let s = self.open_scope_pub();
        self.stmt_list(&body.stmts);
        self.scope = s;
        if let Some(fc) = self.fun.as_mut() {
            fc.targets.pop();
        }
    }

    pub(crate) fn open_scope_pub(&mut self) -> usize {
        let saved = self.scope;
        self.scope = self.new_scope(Some(saved));
        saved
    }

    /// What ranging over `x` yields: key type, value type, how many variables it permits.
    fn range_types(&mut self, x: &mut Operand, xe: &Expr) -> Option<(TypeId, TypeId, usize)> {
        let int = basic(Basic::Int);
        // An untyped integer constant takes its default type (`range 'a'` yields runes); an
        // untyped float or complex cannot be ranged over, whatever its value.
        let ub = self.tt.basic_of(x.ty).filter(|_| self.is_untyped(x.ty) && x.mode == Mode::Constant);
        if let Some(b) = ub.filter(|&b| is_integer(b)) {
            let t = basic(default_basic(b));
            if !self.convert_untyped(x, xe, t) {
                return None;
            }
            return Some((t, INVALID, 1));
        }
        let u = self.core_type(x.ty);
        let r = match self.tt.get(u).clone() {
            Type::Basic(b) if is_string(b) => (int, basic(Basic::Int32), 2),
            Type::Basic(b) if is_integer(b) => (x.ty, INVALID, 1),
            Type::Array(_, e) | Type::Slice(e) => (int, e, 2),
            Type::Pointer(p) => match self.tt.get(self.tt.underlying(p)).clone() {
                Type::Array(_, e) => (int, e, 2),
                _ => return self.cannot_range(x, xe),
            },
            Type::Map(k, v) => (k, v, 2),
            Type::Chan(dir, e) => {
                if dir == ast::ChanDir::Send {
                    let (d, t) = (self.describe(x, xe), self.ts(x.ty));
                    self.error(start_pos(xe), format!("cannot range over {d}: receive from send-only channel {t}"));
                    return None;
                }
                (e, INVALID, 1)
            }
            Type::Func(sig) => return self.range_func(x, xe, &sig),
            _ => return self.cannot_range(x, xe),
        };
        Some(r)
    }

    fn range_func(&mut self, x: &Operand, xe: &Expr, sig: &super::Signature) -> Option<(TypeId, TypeId, usize)> {
        let yield_sig = sig.params.first().and_then(|&p| self.tt.sig(p).cloned());
        // Go's checks, in its order.
        let why = match &yield_sig {
            _ if sig.params.len() != 1 => "wrong argument count",
            _ if !sig.results.is_empty() => "unexpected results",
            None => "argument is not func",
            Some(ys) if ys.params.len() > 2 => "yield func has too many parameters",
            Some(ys) if ys.results.len() != 1 || ys.results[0] != basic(Basic::Bool) => match ys.results.first() {
                Some(&r) if ys.results.len() == 1 && self.tt.basic_of(self.tt.underlying(r)) == Some(Basic::Bool) => {
                    "yield func returns user-defined boolean, not bool"
                }
                _ => "yield func does not return bool",
            },
            Some(ys) if ys.variadic => {
                let (d, t) = (self.describe(x, xe), self.ts(sig.params[0]));
                self.error(start_pos(xe), format!("cannot range over {d}: yield func of type {t} cannot be variadic"));
                return None;
            }
            Some(ys) => {
                let k = ys.params.first().copied().unwrap_or(INVALID);
                let v = ys.params.get(1).copied().unwrap_or(INVALID);
                return Some((k, v, ys.params.len()));
            }
        };
        let d = self.describe(x, xe);
        self.error(start_pos(xe), format!("cannot range over {d}: func must be func(yield func(...) bool): {why}"));
        None
    }

    fn cannot_range(&mut self, x: &Operand, xe: &Expr) -> Option<(TypeId, TypeId, usize)> {
        let d = self.describe(x, xe);
        self.error(start_pos(xe), format!("cannot range over {d}"));
        None
    }

    #[allow(dead_code)]
    fn unused_obj(&self, _o: ObjId) {}
}
