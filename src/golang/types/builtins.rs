//! The builtin functions: `len`, `cap`, `append`, `make`, `new`, `delete`, `close`, `copy`,
//! `panic`, `recover`, `print`, `println`, `min`, `max`, `clear`, `complex`, `real`, `imag`,
//! with Go's argument rules, constant results (`len` of a constant string, `min` of
//! constants) and messages.

use super::check::Checker;
use super::constant::{compare, Value};
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Basic, Builtin, Mode, Signature, Type};
use ast::Expr;

/// (name, minimum arguments, variadic)
fn spec(b: Builtin) -> (&'static str, usize, bool) {
    use Builtin::*;
    match b {
        Append => ("append", 1, true),
        Cap => ("cap", 1, false),
        Clear => ("clear", 1, false),
        Close => ("close", 1, false),
        Complex => ("complex", 2, false),
        Copy => ("copy", 2, false),
        Delete => ("delete", 2, false),
        Imag => ("imag", 1, false),
        Len => ("len", 1, false),
        Make => ("make", 1, true),
        Max => ("max", 1, true),
        Min => ("min", 1, true),
        New => ("new", 1, false),
        Panic => ("panic", 1, false),
        Print => ("print", 0, true),
        Println => ("println", 0, true),
        Real => ("real", 1, false),
        Recover => ("recover", 0, false),
    }
}

impl Checker {
    pub(crate) fn builtin_call(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: Option<ast::Pos>) -> Operand {
        if !self.builtin_arg_count(e, b, args, ellipsis) {
            let evaluated = ellipsis.is_none() && !matches!(b, Builtin::Make | Builtin::New);
            if !evaluated {
                for a in args {
                    self.expr(a);
                }
            }
            return Operand::invalid();
        }
        match b {
            Builtin::Make => return self.builtin_make(e, args),
            Builtin::New => return self.builtin_new(&args[0]),
            _ => {}
        }
        let (xs, _) = self.call_args(args);
        let Some(mut xs) = xs else { return Operand::invalid() };
        if xs.len() < spec(b).1 {
            return Operand::invalid();
        }
        self.builtin_checked(e, b, &mut xs, args, ellipsis)
    }

    /// Go's argument-count rule for builtin `b` (and `...` only for `append`).
    fn builtin_arg_count(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: Option<ast::Pos>) -> bool {
        let (name, n, variadic) = spec(b);
        if ellipsis.is_some() && b != Builtin::Append {
            self.error(start_pos(e), format!("invalid operation: invalid use of ... with built-in {name}"));
            return false;
        }
        let q = if args.len() < n {
            "not enough"
        } else if !variadic && args.len() > n {
            "too many"
        } else {
            return true;
        };
        // Go evaluates ordinary arguments first and says nothing more when one is invalid
        // (`make` and `new` are counted before their arguments are looked at).
        if !matches!(b, Builtin::Make | Builtin::New) {
            let mut valid = true;
            for a in args {
                valid &= !self.expr(a).is_invalid();
            }
            if !valid {
                return false;
            }
        }
        // Go 1.27 reports a builtin's argument count at the call.
        let cs = expr_string(e);
        self.error(
            start_pos(e),
            format!("invalid operation: {q} arguments for {cs} (expected {n}, found {})", args.len()),
        );
        false
    }

    /// A builtin call whose arguments `xs` are checked values.
    fn builtin_checked(
        &mut self,
        e: &Expr,
        b: Builtin,
        xs: &mut [Operand],
        args: &[Expr],
        ellipsis: Option<ast::Pos>,
    ) -> Operand {
        match b {
            Builtin::Len | Builtin::Cap => self.builtin_len(b, &xs[0], &args[0]),
            Builtin::Append => self.builtin_append(e, xs, args, ellipsis),
            Builtin::Clear => {
                let u = self.tt.get(self.core_type(xs[0].ty)).clone();
                if !matches!(u, Type::Map(..) | Type::Slice(_)) {
                    let d = self.describe(&xs[0], &args[0]);
                    self.error(
                        start_pos(&args[0]),
                        format!(
                            "invalid argument: cannot clear {d}: argument must be (or constrained by) map or slice"
                        ),
                    );
                }
                Operand { mode: Mode::NoValue, ty: VOID, val: None, id: None }
            }
            Builtin::Close => {
                match self.tt.get(self.core_type(xs[0].ty)).clone() {
                    Type::Chan(ast::ChanDir::Recv, _) => {
                        let d = self.describe(&xs[0], &args[0]);
                        self.error(
                            start_pos(&args[0]),
                            format!("invalid operation: cannot close receive-only channel {d}"),
                        );
                    }
                    Type::Chan(..) => {}
                    _ => {
                        let d = self.describe(&xs[0], &args[0]);
                        self.error(start_pos(&args[0]), format!("invalid operation: cannot close non-channel {d}"));
                    }
                }
                Operand { mode: Mode::NoValue, ty: VOID, val: None, id: None }
            }
            Builtin::Copy => self.builtin_copy(xs, args),
            Builtin::Delete => {
                match self.tt.get(self.core_type(xs[0].ty)).clone() {
                    Type::Map(k, _) => {
                        let mut key = xs[1].clone();
                        self.assign_to(&mut key, &args[1], Some(k), "argument to delete");
                    }
                    _ => {
                        let d = self.describe(&xs[0], &args[0]);
                        self.error(start_pos(&args[0]), format!("invalid argument: {d} is not a map"));
                    }
                }
                Operand { mode: Mode::NoValue, ty: VOID, val: None, id: None }
            }
            Builtin::Panic => {
                let mut x = xs[0].clone();
                self.assign_to(&mut x, &args[0], Some(ANY), "argument to panic");
                Operand { mode: Mode::NoValue, ty: VOID, val: None, id: None }
            }
            Builtin::Print | Builtin::Println => {
                for (x, a) in xs.iter_mut().zip(args) {
                    self.assign_to(x, a, None, &format!("argument to built-in {}", spec(b).0));
                }
                Operand { mode: Mode::NoValue, ty: VOID, val: None, id: None }
            }
            Builtin::Recover => Operand::value(ANY),
            Builtin::Min | Builtin::Max => self.builtin_minmax(b, xs, args),
            Builtin::Complex | Builtin::Real | Builtin::Imag => self.builtin_complex(e, b, xs, args),
            Builtin::Make | Builtin::New => Operand::invalid(),
        }
    }

    /// `new(T)`, or Go 1.26's `new(expr)`: a pointer to a new variable holding the value.
    fn builtin_new(&mut self, a: &Expr) -> Operand {
        let x = self.expr(a);
        if x.is_invalid() {
            return x;
        }
        if x.mode == Mode::TypeExpr {
            return Operand::value(self.tt.intern(Type::Pointer(x.ty)));
        }
        let mut x = self.single_value(x, a);
        if x.is_invalid() || !self.assign_to(&mut x, a, None, "argument to new") {
            return Operand::invalid();
        }
        Operand::value(self.tt.intern(Type::Pointer(x.ty)))
    }

    fn builtin_len(&mut self, b: Builtin, x: &Operand, a: &Expr) -> Operand {
        let int = basic(Basic::Int);
        let u = self.core_type(x.ty);
        let u = match self.tt.get(u) {
            Type::Pointer(p) if matches!(self.tt.get(self.tt.underlying(*p)), Type::Array(..)) => {
                self.tt.underlying(*p)
            }
            _ => u,
        };
        let ok = match self.tt.get(u).clone() {
            Type::Basic(bb) if is_string(bb) && b == Builtin::Len => {
                if let (Mode::Constant, Some(Value::Str(s))) = (x.mode, &x.val) {
                    return Operand { mode: Mode::Constant, ty: int, val: Some(Value::Int(s.len() as i128)), id: None };
                }
                true
            }
            Type::Array(n, _) => {
                if !has_call_or_recv(a) {
                    return Operand { mode: Mode::Constant, ty: int, val: Some(Value::Int(n as i128)), id: None };
                }
                true
            }
            Type::Slice(_) | Type::Chan(..) => true,
            Type::Map(..) => b == Builtin::Len,
            _ => self.tt.is_type_param(x.ty) && self.type_set_all(x.ty, |_, bb| is_string(bb)) && b == Builtin::Len,
        };
        if !ok {
            let d = self.describe(x, a);
            let name = spec(b).0;
            self.error(start_pos(a), format!("invalid argument: {d} for built-in {name}"));
            return Operand::invalid();
        }
        Operand::value(int)
    }

    fn builtin_append(&mut self, e: &Expr, xs: &mut [Operand], args: &[Expr], ellipsis: Option<ast::Pos>) -> Operand {
        let s = xs[0].clone();
        let st = self.core_type(s.ty);
        let Type::Slice(elem) = self.tt.get(st).clone() else {
            let why = if self.is_nil(&s) {
                "argument must be a slice; have untyped nil".to_string()
            } else {
                format!("argument must be a slice; have {}", self.describe(&s, &args[0]))
            };
            self.error(start_pos(&args[0]), format!("invalid append: {why}"));
            return Operand::invalid();
        };
        if xs.len() == 2
            && ellipsis.is_some()
            && self.tt.basic_of(elem) == Some(Basic::Uint8)
            && self.tt.basic_of(xs[1].ty).is_some_and(is_string)
        {
            let mut y = xs[1].clone();
            self.assign_to(&mut y, &args[1], Some(basic(Basic::String)), "argument to append");
            return Operand::value(s.ty);
        }
        let variadic_param = self.tt.intern(Type::Slice(elem));
        let sig = Signature { params: vec![s.ty, variadic_param], results: vec![s.ty], variadic: true };
        let idx: Vec<Option<usize>> =
            (0..xs.len()).map(|i| if args.len() == xs.len() { Some(i) } else { None }).collect();
        let fun = Expr { id: ast::NodeId(u32::MAX), pos: e.pos, kind: ast::ExprKind::Name("append".into()) };
        // Elements take the slice's element type as written (`[]func(event string)`).
        let elem_written = self.written_type_of(&args[0]).and_then(|w| w.strip_prefix("[]").map(String::from));
        if ellipsis.is_none() && elem_written.is_some() {
            self.arg_written = Some((0..xs.len()).map(|i| elem_written.clone().filter(|_| i > 0)).collect());
        }
        self.arguments(e, &fun, &sig, xs, &idx, args, ellipsis);
        Operand::value(s.ty)
    }

    fn builtin_copy(&mut self, xs: &[Operand], args: &[Expr]) -> Operand {
        let int = basic(Basic::Int);
        let dst = self.core_type(xs[0].ty);
        let Type::Slice(de) = self.tt.get(dst).clone() else {
            let d = self.describe(&xs[0], &args[0]);
            self.error(start_pos(&args[0]), format!("invalid copy: argument must be a slice; have {d}"));
            return Operand::invalid();
        };
        let src = self.core_type(xs[1].ty);
        let se = match self.tt.get(src).clone() {
            Type::Slice(se) => se,
            Type::Basic(b) if is_string(b) => basic(Basic::Uint8),
            _ => {
                let d = self.describe(&xs[1], &args[1]);
                self.error(start_pos(&args[1]), format!("invalid copy: argument must be a slice; have {d}"));
                return Operand::invalid();
            }
        };
        if de != se {
            let (a, b) = (self.describe(&xs[0], &args[0]), self.describe(&xs[1], &args[1]));
            let (ds, ss) = (self.ts(de), self.ts(se));
            self.error(
                start_pos(&args[0]),
                format!("invalid copy: arguments {a} and {b} have different element types {ds} and {ss}"),
            );
        }
        Operand::value(int)
    }

    fn builtin_make(&mut self, e: &Expr, args: &[Expr]) -> Operand {
        let t = self.type_expr(&args[0]);
        if t == INVALID {
            return Operand::invalid();
        }
        let min = match self.tt.get(self.core_type(t)) {
            Type::Slice(_) => 2,
            Type::Map(..) | Type::Chan(..) => 1,
            _ => {
                let s = expr_string(&args[0]);
                self.error(
                    start_pos(&args[0]),
                    format!("invalid argument: cannot make {s}: type must be slice, map, or channel"),
                );
                return Operand::invalid();
            }
        };
        if args.len() < min || args.len() > min + 1 {
            let cs = expr_string(e);
            self.error(
                start_pos(e),
                format!("invalid operation: {cs} expects {min} or {} arguments; found {}", min + 1, args.len()),
            );
            return Operand::invalid();
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            if let Some(v) = self.index_value(a, None) {
                sizes.push(v);
            }
        }
        if sizes.len() == 2 && sizes[0] > sizes[1] {
            self.error(start_pos(&args[1]), "invalid argument: length and capacity swapped");
        }
        Operand::value(t)
    }

    fn builtin_minmax(&mut self, b: Builtin, xs: &mut [Operand], args: &[Expr]) -> Operand {
        for (x, a) in xs.iter().zip(args) {
            if !self.ordered(x.ty) {
                let d = self.describe(x, a);
                self.error(start_pos(a), format!("invalid argument: {d} cannot be ordered"));
                return Operand::invalid();
            }
        }
        let mut acc = xs[0].clone();
        for i in 1..xs.len() {
            let mut y = xs[i].clone();
            if !self.match_types(&mut acc, &args[0], &mut y, &args[i]) {
                return Operand::invalid();
            }
            if acc.ty != y.ty {
                let (p, t, s) = (self.ts(acc.ty), self.ts(y.ty), expr_string(&args[i]));
                self.error(
                    start_pos(&args[i]),
                    format!("invalid argument: mismatched types {p} (previous argument) and {t} (type of {s})"),
                );
                return Operand::invalid();
            }
            if let (Mode::Constant, Mode::Constant, Some(a), Some(c)) = (acc.mode, y.mode, &acc.val, &y.val) {
                let take_y = if b == Builtin::Min { compare("<", c, a) } else { compare(">", c, a) };
                if take_y {
                    acc.val = Some(c.clone());
                }
            } else {
                acc.mode = Mode::Value;
                acc.val = None;
            }
        }
        if acc.mode != Mode::Constant {
            for (x, a) in xs.iter_mut().zip(args) {
                if self.is_untyped(x.ty) {
                    self.assign_to(x, a, Some(acc.ty), "argument");
                }
            }
            if self.is_untyped(acc.ty) {
                acc.ty = basic(default_basic(self.tt.basic_of(acc.ty).unwrap_or(Basic::Int)));
            }
        }
        Operand { id: None, ..acc }
    }

    fn builtin_complex(&mut self, _e: &Expr, b: Builtin, xs: &mut [Operand], args: &[Expr]) -> Operand {
        if b == Builtin::Complex {
            let (mut x, mut y) = (xs[0].clone(), xs[1].clone());
            if !self.match_types(&mut x, &args[0], &mut y, &args[1]) {
                return Operand::invalid();
            }
            let t = match self.tt.basic_of(x.ty) {
                Some(Basic::Float32) => basic(Basic::Complex64),
                Some(Basic::Float64) => basic(Basic::Complex128),
                Some(bb) if is_untyped(bb) && is_numeric(bb) => basic(Basic::UntypedComplex),
                _ => {
                    let ts = self.ts(x.ty);
                    self.error(
                        start_pos(&args[0]),
                        format!("invalid argument: arguments have type {ts}, expected floating-point"),
                    );
                    return Operand::invalid();
                }
            };
            if let (Some(a), Some(c)) = (&x.val, &y.val) {
                if x.mode == Mode::Constant && y.mode == Mode::Constant {
                    return Operand {
                        mode: Mode::Constant,
                        ty: t,
                        val: Some(Value::Complex(a.to_f64(), c.to_f64())),
                        id: None,
                    };
                }
            }
            return Operand::value(t);
        }
        let x = xs[0].clone();
        let t = match self.tt.basic_of(x.ty) {
            Some(Basic::Complex64) => basic(Basic::Float32),
            Some(Basic::Complex128) => basic(Basic::Float64),
            Some(bb) if is_untyped(bb) && is_numeric(bb) => basic(Basic::UntypedFloat),
            _ => {
                let ts = self.ts(x.ty);
                self.error(
                    start_pos(&args[0]),
                    format!("invalid argument: argument has type {ts}, expected complex type"),
                );
                return Operand::invalid();
            }
        };
        if let (Mode::Constant, Some(v)) = (x.mode, &x.val) {
            let (re, im) = match v {
                Value::Complex(r, i) => (*r, *i),
                v => (v.to_f64(), 0.0),
            };
            let r = if b == Builtin::Real { re } else { im };
            return Operand { mode: Mode::Constant, ty: t, val: Some(Value::Float(r)), id: None };
        }
        Operand::value(t)
    }
}

/// Whether an expression contains a (non-constant) call or receive: `len` of such an array
/// is not constant.
fn has_call_or_recv(e: &Expr) -> bool {
    use ast::ExprKind::*;
    match &e.kind {
        Call { .. } | Unary(ast::UnOp::Recv, _) => true,
        Paren(x) | Selector(x, _) | Star(x) | Unary(_, x) => has_call_or_recv(x),
        Index(x, i) => has_call_or_recv(x) || i.iter().any(has_call_or_recv),
        Binary { x, y, .. } => has_call_or_recv(x) || has_call_or_recv(y),
        _ => false,
    }
}
