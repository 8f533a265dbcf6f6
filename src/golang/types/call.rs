//! Calls: function and method calls (argument counts, variadic `...`, multi-value spreading,
//! inference of a generic function's type arguments), and conversions `T(x)`.

use super::check::Checker;
use super::constant::{represent, Value};
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Basic, Mode, ObjKind, Signature, Type, TypeId};
use ast::{Expr, ExprKind};

impl Checker {
    pub(crate) fn call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], ellipsis: Option<ast::Pos>) -> Operand {
        let f = self.expr(fun);
        if f.is_invalid() {
            for a in args {
                self.expr(a);
            }
            return Operand::invalid();
        }
        match f.mode {
            Mode::TypeExpr => {
                // Go names the target as written (`byte(300)` vs `uint8(300)`).
                if let ExprKind::Name(n) = &super::expr::unparen(fun).kind {
                    if matches!(n.as_str(), "byte" | "uint8" | "rune" | "int32" | "any") {
                        // Only the program's own spellings count (as in `type_name`): the
                        // standard library's conversions must not change its messages.
                        if self.pkg_path() == "main" {
                            self.spellings.note(n);
                        }
                        self.spellings.prefer(n);
                    }
                }
                let r = self.conversion_call(e, f.ty, args, ellipsis);
                self.spellings.prefer("");
                return r;
            }
            Mode::Builtin => {
                let b = match self.files[self.cur]
                    .info
                    .uses
                    .get(&super::expr::unparen(fun).id)
                    .map(|o| self.objs[o.0 as usize].kind.clone())
                {
                    Some(ObjKind::Builtin(b)) => b,
                    _ => return Operand::invalid(),
                };
                self.info().builtins.insert(e.id, b);
                return self.builtin_call(e, b, args, ellipsis);
            }
            Mode::NoValue => {
                let s = expr_string(fun);
                self.error(start_pos(fun), format!("invalid operation: cannot call non-function {s} (no value)"));
                return Operand::invalid();
            }
            _ => {}
        }
        let f = self.single_value(f, fun);
        if f.is_invalid() {
            return f;
        }
        let Some(sig) = self.tt.sig(self.core_type(f.ty)).cloned() else {
            let (d, t) = (self.describe(&f, fun), self.ts(f.ty));
            // Go leaves the arguments unchecked (their variables are not used by this call).
            self.error(start_pos(e), format!("invalid operation: cannot call {d}: {t} is not a function"));
            return Operand::invalid();
        };
        let (xs, exprs) = self.call_args(args);
        let Some(xs) = xs else { return Operand::invalid() };
        let sig = match self.generic_of(fun) {
            Some((g, explicit)) => match self.infer_call(e, fun, g, &sig, explicit, &xs, &exprs, args) {
                Some(s) => s,
                None => return Operand::invalid(),
            },
            None => sig,
        };
        if !self.arguments(e, fun, &sig, &xs, &exprs, args, ellipsis) {
            return self.call_result(&sig);
        }
        self.call_result(&sig)
    }

    /// The operand of a call with signature `sig`.
    fn call_result(&mut self, sig: &Signature) -> Operand {
        match sig.results.len() {
            0 => Operand { mode: Mode::NoValue, ty: VOID, val: None, id: None },
            1 => Operand::value(sig.results[0]),
            _ => Operand::value(self.tt.intern(Type::Tuple(sig.results.clone()))),
        }
    }

    /// Evaluates call arguments; a single multi-value call is spread. Each operand comes with
    /// the index of its expression (`None` for spread values).
    pub(crate) fn call_args(&mut self, args: &[Expr]) -> (Option<Vec<Operand>>, Vec<Option<usize>>) {
        if args.len() == 1 {
            let x = self.expr(&args[0]);
            if x.is_invalid() {
                return (None, vec![]);
            }
            if let (Type::Tuple(ts), true) = (self.tt.get(x.ty).clone(), x.mode != Mode::NoValue) {
                if ts.len() > 1 {
                    let n = ts.len();
                    return (Some(ts.into_iter().map(Operand::value).collect()), vec![None; n]);
                }
            }
            let x = self.single_value(x, &args[0]);
            if x.is_invalid() {
                return (None, vec![]);
            }
            return (Some(vec![x]), vec![Some(0)]);
        }
        let mut out = Vec::new();
        let mut ok = true;
        for a in args.iter() {
            let x = self.value_expr(a);
            ok &= !x.is_invalid();
            out.push(x);
        }
        let idx = (0..args.len()).map(Some).collect();
        (if ok { Some(out) } else { None }, idx)
    }

    /// Checks argument count and assignability (Go's `arguments`).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn arguments(
        &mut self,
        e: &Expr,
        fun: &Expr,
        sig: &Signature,
        xs: &[Operand],
        idx: &[Option<usize>],
        args: &[Expr],
        ellipsis: Option<ast::Pos>,
    ) -> bool {
        let given_written = self.arg_written.take();
        let nargs = xs.len();
        let mut npars = sig.params.len();
        let mut params = sig.params.clone();
        let fs = expr_string(fun);
        if sig.variadic {
            if ellipsis.is_some() {
                if args.len() == 1 && nargs > 1 {
                    self.error(start_pos(e), format!("cannot use ... with {nargs}-valued {}", expr_string(&args[0])));
                    return false;
                }
            } else if nargs + 1 >= npars {
                let last = params.pop().unwrap_or(INVALID);
                let elem = match self.tt.get(last) {
                    Type::Slice(el) => *el,
                    _ => INVALID,
                };
                while params.len() < nargs {
                    params.push(elem);
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ellipsis.is_some() {
            self.error(start_pos(e), format!("cannot use ... in call to non-variadic {fs}"));
            return false;
        }
        if nargs != npars {
            let (at, q) = if nargs > npars {
                (self.arg_pos(&xs[npars], idx[npars], args, e), "too many")
            } else if nargs > 0 {
                (self.arg_pos(&xs[nargs - 1], idx[nargs - 1], args, e), "not enough")
            } else {
                (start_pos(e), "not enough")
            };
            let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
            let h = self.types_summary(&have, false, ellipsis.is_some());
            let w = self.types_summary(&sig.params, sig.variadic, false);
            self.error(at, format!("{q} arguments in call to {fs}\n\thave {h}\n\twant {w}"));
            return false;
        }
        let mut ok = true;
        // A parameter of function type keeps its written parameter names in messages.
        let written = given_written.unwrap_or_else(|| {
            let exprs = self.param_type_exprs(fun);
            let fixed = |i: usize| !sig.variadic || i + 1 < sig.params.len();
            let w = |i: usize| exprs.get(i).filter(|_| fixed(i)).and_then(|te| self.written_func_type(te, params[i]));
            (0..xs.len()).map(w).collect()
        });
        for (i, x) in xs.iter().enumerate() {
            let mut x = x.clone();
            let ae = idx[i].map(|k| &args[k]).unwrap_or(&args[0]);
            self.assign_target = written.get(i).cloned().flatten();
            ok &= self.assign_to(&mut x, ae, Some(params[i]), &format!("argument to {fs}"));
            self.assign_target = None;
        }
        ok
    }

    fn arg_pos(&self, _x: &Operand, idx: Option<usize>, args: &[Expr], e: &Expr) -> ast::Pos {
        match idx {
            Some(k) => start_pos(&args[k]),
            None => args.first().map(start_pos).unwrap_or(e.pos),
        }
    }

    /// `T(x)`.
    fn conversion_call(&mut self, e: &Expr, t: TypeId, args: &[Expr], ellipsis: Option<ast::Pos>) -> Operand {
        let ts = self.ts(t);
        match args.len() {
            0 => {
                self.error(start_pos(e), format!("missing argument in conversion to {ts}"));
                return Operand::invalid();
            }
            1 => {}
            n => {
                for a in args {
                    self.expr(a);
                }
                self.error(start_pos(&args[n - 1]), format!("too many arguments in conversion to {ts}"));
                return Operand::invalid();
            }
        }
        if ellipsis.is_some() {
            self.error(start_pos(&args[0]), format!("invalid use of ... in conversion to {ts}"));
            return Operand::invalid();
        }
        let x = self.value_expr(&args[0]);
        if x.is_invalid() {
            return x;
        }
        self.info().conversions.insert(e.id, t);
        self.conversion(x, &args[0], t)
    }

    /// Converts `x` to `t` (Go's conversion rules, constants folded).
    pub(crate) fn conversion(&mut self, mut x: Operand, xe: &Expr, t: TypeId) -> Operand {
        let tb = self.tt.basic_of(t).filter(|_| !self.tt.is_type_param(t));
        let xb = self.tt.basic_of(x.ty);
        if x.mode == Mode::Constant && tb.is_some_and(|b| b != Basic::UnsafePointer) {
            let tb = tb.unwrap_or(Basic::Int);
            let v = x.val.clone().unwrap_or(Value::Int(0));
            let r = match super::constant::represent_from(&v, xb.unwrap_or(tb), tb) {
                Ok(v) => Some(v),
                Err(_) if xb.is_some_and(is_integer) && is_string(tb) => {
                    let c =
                        v.to_int().and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32).unwrap_or('\u{FFFD}');
                    Some(Value::Str(c.to_string().into_bytes()))
                }
                Err(_) => None,
            };
            let Some(v) = r else {
                let ts = self.ts(t);
                if xb.is_some_and(is_integer) && is_integer(tb) {
                    let vs = super::constant::value_string_kind(&v, xb.unwrap_or(Basic::Int));
                    self.error(start_pos(xe), format!("constant {vs} overflows {ts}"));
                } else {
                    let d = self.describe(&x, xe);
                    self.error(start_pos(xe), format!("cannot convert {d} to type {ts}"));
                }
                return Operand::invalid();
            };
            if self.is_untyped(x.ty) {
                let mut y = x.clone();
                y.ty = if is_string(tb) && xb.is_some_and(is_integer) {
                    basic(default_basic(xb.unwrap_or(Basic::Int)))
                } else {
                    t
                };
                y.val = Some(v.clone());
                self.update_expr_type(xe, &y);
            }
            return Operand { mode: Mode::Constant, ty: t, val: Some(v), id: None };
        }
        if !self.convertible(&x, t) {
            let d = self.describe(&x, xe);
            let ts = self.ts(t);
            self.error(start_pos(xe), format!("cannot convert {d} to type {ts}"));
            return Operand::invalid();
        }
        if self.is_untyped(x.ty) {
            let final_t = if self.is_nil(&x) {
                t
            } else if self.tt.is_interface(t) || x.mode == Mode::Constant || self.tt.basic_of(t).is_none() {
                basic(default_basic(xb.unwrap_or(Basic::UntypedInt)))
            } else {
                t
            };
            x.ty = final_t;
            if x.mode == Mode::Constant {
                x.val = x.val.as_ref().and_then(|v| represent(v, default_basic(xb.unwrap_or(Basic::Int))).ok());
            }
            self.update_expr_type(xe, &x);
        }
        Operand::value(t)
    }

    /// Whether a non-constant `x` converts to `t`.
    fn convertible(&mut self, x: &Operand, t: TypeId) -> bool {
        if self.assignable(x, t).is_ok() {
            return true;
        }
        let (vp, tp) = (self.tt.is_type_param(x.ty), self.tt.is_type_param(t));
        if vp || tp {
            let vs = if vp { self.type_param_terms(x.ty).into_iter().map(|t| t.1).collect() } else { vec![x.ty] };
            let ts = if tp { self.type_param_terms(t).into_iter().map(|t| t.1).collect() } else { vec![t] };
            if vs.is_empty() || ts.is_empty() {
                return false;
            }
            return vs.iter().all(|&v| ts.iter().all(|&u| self.convertible(&Operand::value(v), u)));
        }
        let v = x.ty;
        let (vu, tu) = (self.core_type(v), self.core_type(t));
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.tt.get(v).clone(), self.tt.get(t).clone()) {
            if self.identical_ignore_tags(self.tt.underlying(a), self.tt.underlying(b)) {
                return true;
            }
        }
        let (vb, tb) = (self.tt.basic_of(vu), self.tt.basic_of(tu));
        if let (Some(a), Some(b)) = (vb, tb) {
            if (is_integer(a) || is_float(a)) && (is_integer(b) || is_float(b)) {
                return true;
            }
            if is_complex(a) && is_complex(b) {
                return true;
            }
            if is_integer(a) && is_string(b) {
                return true;
            }
        }
        if let Some(b) = tb {
            if is_string(b) && self.bytes_or_runes(vu) {
                return true;
            }
        }
        if let Some(a) = vb {
            if is_string(a) && self.bytes_or_runes(tu) {
                return true;
            }
        }
        if let (Type::Slice(e), Type::Array(_, ae)) = (self.tt.get(vu).clone(), self.tt.get(tu).clone()) {
            return e == ae;
        }
        if let (Type::Slice(e), Type::Pointer(p)) = (self.tt.get(vu).clone(), self.tt.get(tu).clone()) {
            if let Type::Array(_, ae) = self.tt.get(self.tt.underlying(p)) {
                return e == *ae;
            }
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        self.identical_no_tags(a, b, 0)
    }

    /// Whether `a` and `b` are identical when struct tags are ignored (at any depth).
    fn identical_no_tags(&self, a: TypeId, b: TypeId, depth: u32) -> bool {
        if a == b {
            return true;
        }
        if depth > 64 {
            return false;
        }
        let same = |x: TypeId, y: TypeId| self.identical_no_tags(x, y, depth + 1);
        let all = |x: &[TypeId], y: &[TypeId]| x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(*p, *q));
        match (self.tt.get(a), self.tt.get(b)) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => same(*x, *y),
            (Type::Array(n, x), Type::Array(m, y)) => n == m && same(*x, *y),
            (Type::Map(k, v), Type::Map(k2, v2)) => same(*k, *k2) && same(*v, *v2),
            (Type::Chan(d, x), Type::Chan(d2, y)) => d == d2 && same(*x, *y),
            (Type::Func(s), Type::Func(t)) => {
                s.variadic == t.variadic && all(&s.params, &t.params) && all(&s.results, &t.results)
            }
            (Type::Struct(f), Type::Struct(g)) => {
                f.len() == g.len()
                    && f.iter().zip(g).all(|(p, q)| {
                        p.name == q.name && p.embedded == q.embedded && p.pkg == q.pkg && same(p.ty, q.ty)
                    })
            }
            _ => false,
        }
    }

    fn bytes_or_runes(&self, t: TypeId) -> bool {
        match self.tt.get(self.tt.underlying(t)) {
            Type::Slice(e) => matches!(self.tt.basic_of(*e), Some(Basic::Uint8 | Basic::Int32)),
            _ => false,
        }
    }
}

/// The position of a call's `(` (just after the function expression, as usually written).
pub(crate) fn call_lparen(e: &Expr) -> ast::Pos {
    match &e.kind {
        ExprKind::Call { fun, .. } => {
            let s = expr_string(fun);
            let p = start_pos(fun);
            if s.contains('\n') {
                return e.pos;
            }
            ast::Pos { line: p.line, col: p.col + s.len() as u32 }
        }
        _ => e.pos,
    }
}
