//! The operand: what checking an expression yields (its mode, type and constant value), and
//! its description in messages (`x (variable of type int)`, `300 (untyped int constant)`).

use super::check::Checker;
use super::constant::Value;
use super::printer::expr_string;
use super::table::{is_untyped, INVALID};
use super::{ast, Basic, ChanDir, Mode, NodeId, ObjId, ObjKind, Type, TypeId};

/// A checked expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
    /// The expression's node (for recording its final type).
    pub id: Option<NodeId>,
}

impl Operand {
    pub fn invalid() -> Operand {
        Operand { mode: Mode::Value, ty: INVALID, val: None, id: None }
    }

    pub fn value(ty: TypeId) -> Operand {
        Operand { mode: Mode::Value, ty, val: None, id: None }
    }

    pub fn is_invalid(&self) -> bool {
        self.ty == INVALID
    }
}

fn mode_string(m: Mode) -> &'static str {
    match m {
        Mode::NoValue => "no value",
        Mode::Builtin => "built-in",
        Mode::TypeExpr => "type",
        Mode::Constant => "constant",
        Mode::Variable => "variable",
        Mode::MapIndex => "map index expression",
        Mode::Value => "value",
        Mode::CommaOk => "comma, ok expression",
    }
}

impl Checker {
    pub(crate) fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.tt.get(t), Type::Basic(b) if is_untyped(*b))
    }

    pub(crate) fn is_nil(&self, x: &Operand) -> bool {
        matches!(self.tt.get(x.ty), Type::Basic(Basic::UntypedNil))
    }

    /// `x (variable of type int)` as Go's messages describe operand `x` of expression `e`.
    pub(crate) fn describe(&self, x: &Operand, e: &ast::Expr) -> String {
        if self.is_nil(x) {
            return "nil".into();
        }
        let expr = expr_string(e);
        let mut s = format!("{expr} (");
        let mut has_type = false;
        if !matches!(x.mode, Mode::NoValue | Mode::Builtin | Mode::TypeExpr) {
            if self.is_untyped(x.ty) {
                s.push_str(&self.ts(x.ty));
                s.push(' ');
            } else {
                has_type = true;
            }
        }
        s.push_str(mode_string(x.mode));
        if x.mode == Mode::Constant {
            if let Some(v) = &x.val {
                let vs = super::constant::value_string_kind(v, self.tt.basic_of(x.ty).unwrap_or(Basic::Int));
                if vs != expr {
                    s.push(' ');
                    s.push_str(&vs);
                }
            }
        }
        if has_type {
            let ts = self.expr_type_string(x, e);
            s.push_str(" of ");
            s.push_str(&self.type_desc(x.ty, &ts));
            s.push_str("type ");
            s.push_str(&ts);
            if let Type::TypeParam { obj, .. } = self.tt.get(x.ty) {
                if let Some(c) = self.tt.named.get(obj).and_then(|n| n.underlying) {
                    s.push_str(" constrained by ");
                    s.push_str(&self.ts(c));
                }
            }
        }
        s.push(')');
        s
    }

    /// The type of `x` (expression `e`) as Go writes it: the type of a function literal or
    /// of a declared function keeps its parameter names (`func(s string) (int, error)`).
    pub(crate) fn expr_type_string(&self, x: &Operand, e: &ast::Expr) -> String {
        let inner = super::expr::unparen(e);
        if let Some(w) = self.written_type_of(inner) {
            return w;
        }
        // A composite literal's, a conversion's or `make`'s type as written.
        let info = &self.files[self.cur].info;
        let written_te = match &inner.kind {
            ast::ExprKind::CompositeLit { ty: Some(te), .. } => Some(&**te),
            ast::ExprKind::Call { fun, .. } if info.conversions.contains_key(&inner.id) => Some(&**fun),
            ast::ExprKind::Call { args, .. } => {
                info.builtins.get(&inner.id).filter(|b| **b == super::Builtin::Make).and(args.first())
            }
            _ => None,
        };
        if let Some(w) = written_te.and_then(|te| self.written_func_type(te, x.ty)) {
            return w;
        }
        let ft = match &inner.kind {
            ast::ExprKind::FuncLit { ty, .. } => Some(ty.clone()),
            ast::ExprKind::Name(_) => self.declared_func_type(inner.id),
            ast::ExprKind::Selector(_, sel) => self.declared_func_type(sel.id),
            _ => None,
        };
        if let (Some(ft), Some(sig)) = (ft, self.tt.sig(x.ty)) {
            let (ps, rs) = (field_names(&ft.params), field_names(&ft.results));
            let named = ps.iter().chain(&rs).any(|n| !n.is_empty());
            if named && ps.len() == sig.params.len() && rs.len() == sig.results.len() {
                return self.writer().func_with_names(sig, &ps, &rs);
            }
        }
        self.ts(x.ty)
    }

    /// The type of variable or field `e` as declared, where Go's spelling keeps parameter
    /// names the type table does not (`written_types`, `field_written`).
    pub(crate) fn written_type_of(&self, e: &ast::Expr) -> Option<String> {
        let info = &self.files[self.cur].info;
        match &super::expr::unparen(e).kind {
            ast::ExprKind::Name(_) => {
                info.uses.get(&super::expr::unparen(e).id).and_then(|o| self.written_types.get(o)).cloned()
            }
            ast::ExprKind::Selector(x, sel) => {
                let Some(super::Selection::Field { path, .. }) = info.selections.get(&super::expr::unparen(e).id)
                else {
                    return None;
                };
                let xt = info.types.get(&x.id).filter(|_| path.len() == 1)?.ty;
                let base = match self.tt.get(self.tt.underlying(xt)) {
                    Type::Pointer(b) => *b,
                    _ => xt,
                };
                self.field_written.get(&(self.tt.underlying(base), sel.name.clone())).cloned()
            }
            _ => None,
        }
    }

    /// The type `t` that type expression `te` denotes, as Go writes it when that differs from
    /// the type table's spelling: a function type written with parameter names keeps them
    /// (`func(s string) int`), also inside slices, arrays, pointers, maps and channels
    /// (`[]func(x int) int`); `None` for any other type expression.
    pub(crate) fn written_func_type(&self, te: &ast::Expr, t: TypeId) -> Option<String> {
        let inner = |e: &ast::Expr, t: TypeId| self.written_func_type(e, t).unwrap_or_else(|| self.ts(t));
        match (&te.kind, self.tt.get(t)) {
            (ast::ExprKind::Paren(x), _) => self.written_func_type(x, t),
            (ast::ExprKind::FuncType(ft), _) => {
                let sig = self.tt.sig(t)?;
                let (ps, rs) = (field_names(&ft.params), field_names(&ft.results));
                let named = ps.iter().chain(&rs).any(|n| !n.is_empty());
                (named && ps.len() == sig.params.len() && rs.len() == sig.results.len())
                    .then(|| self.writer().func_with_names(sig, &ps, &rs))
            }
            (ast::ExprKind::ArrayType { len: None, elem }, Type::Slice(e)) => {
                Some(format!("[]{}", self.written_func_type(elem, *e)?))
            }
            (ast::ExprKind::ArrayType { elem, .. }, Type::Array(n, e)) => {
                Some(format!("[{n}]{}", self.written_func_type(elem, *e)?))
            }
            (ast::ExprKind::Star(x), Type::Pointer(e)) => Some(format!("*{}", self.written_func_type(x, *e)?)),
            (ast::ExprKind::MapType(k, v), Type::Map(kt, vt)) => {
                self.written_func_type(v, *vt)?;
                Some(format!("map[{}]{}", inner(k, *kt), inner(v, *vt)))
            }
            (ast::ExprKind::ChanType(_, x), Type::Chan(dir, e)) => {
                let d = match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                };
                Some(format!("{d}{}", self.written_func_type(x, *e)?))
            }
            _ => None,
        }
    }

    /// The parameter types as written of the declared function `fun` calls (one per
    /// parameter), empty when it is not a declared function.
    pub(crate) fn param_type_exprs(&self, fun: &ast::Expr) -> Vec<ast::Expr> {
        let ft = match &super::expr::unparen(fun).kind {
            ast::ExprKind::Name(_) => self.declared_func_type(super::expr::unparen(fun).id),
            ast::ExprKind::Selector(_, sel) => self.declared_func_type(sel.id),
            _ => None,
        };
        let Some(ft) = ft else { return Vec::new() };
        ft.params.iter().flat_map(|f| std::iter::repeat_n(f.ty.clone(), f.names.len().max(1))).collect()
    }

    /// The signature as written of the function or method whose use is recorded at `id`
    /// (not a generic one).
    /// The results of call `e` (tuple type `tuple`) as Go writes them when the called
    /// function or method was declared with result names: `(n int, err error)`.
    pub(crate) fn call_results_written(&self, e: &ast::Expr, tuple: TypeId) -> Option<String> {
        let ast::ExprKind::Call { fun, .. } = &super::expr::unparen(e).kind else { return None };
        let fun = super::expr::unparen(fun);
        let ft = match &fun.kind {
            ast::ExprKind::Name(_) => self.declared_func_type(fun.id),
            ast::ExprKind::Selector(_, sel) => self.declared_func_type(sel.id),
            _ => None,
        }?;
        let Type::Tuple(ts) = self.tt.get(tuple) else { return None };
        let names = field_names(&ft.results);
        if names.len() != ts.len() || names.iter().all(|n| n.is_empty()) {
            return None;
        }
        let parts: Vec<String> = ts
            .iter()
            .zip(&names)
            .map(|(&t, n)| if n.is_empty() { self.ts(t) } else { format!("{n} {}", self.ts(t)) })
            .collect();
        Some(format!("({})", parts.join(", ")))
    }

    fn declared_func_type(&self, id: ast::NodeId) -> Option<ast::FuncType> {
        let o = *self.files[self.cur].info.uses.get(&id)?;
        let Some(super::check::DeclRef::Func { file, decl }) = self.ox[o.0 as usize].decl else { return None };
        match self.files.get(file)?.ast.decls.get(decl)? {
            ast::Decl::Func(fd) if fd.ty.type_params.is_empty() => Some(fd.ty.clone()),
            _ => None,
        }
    }

    /// What object `o` is, as Go names it where a type was expected (`x (local variable) is
    /// not a type`).
    pub(crate) fn obj_kind_string(&self, o: ObjId) -> &'static str {
        match &self.objs[o.0 as usize].kind {
            ObjKind::Package(_) => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::Var { .. } if self.ox[o.0 as usize].func == 0 => "package-level variable",
            ObjKind::Var { .. } => self.var_kinds.get(&o).copied().unwrap_or("local variable"),
            ObjKind::Func { .. } => "function",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
            ObjKind::Label => "label",
            ObjKind::TypeName => "type",
        }
    }

    /// `written` is the type as the message writes it: Go describes a named type or an alias
    /// (`any`), not a type literal, so the empty interface reads `interface type any` but
    /// `type interface{}`.
    pub(crate) fn type_desc(&self, t: TypeId, written: &str) -> String {
        let named = matches!(self.tt.get(t), Type::Named { .. }) || t == super::table::ANY && written == "any";
        if !named {
            return String::new();
        }
        let mut d = String::new();
        if self.generic_type_obj(t).is_some() {
            d.push_str("generic ");
        }
        let u = self.tt.underlying(t);
        let what = match self.tt.get(u) {
            Type::Basic(b) => super::table::basic_name(*b),
            Type::Pointer(_) => "pointer",
            Type::Slice(_) => "slice",
            Type::Array(..) => "array",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            Type::Struct(_) => "struct",
            Type::Func(_) => "func",
            Type::Interface { .. } => "interface",
            Type::Tuple(_) => "tuple",
            _ => "",
        };
        d.push_str(what);
        d.push(' ');
        d
    }
}

/// Each parameter's name, `""` for an unnamed one (`a, b int` gives two names).
fn field_names(fields: &[ast::Field]) -> Vec<String> {
    fields
        .iter()
        .flat_map(|f| match f.names.is_empty() {
            true => vec![String::new()],
            false => f.names.iter().map(|n| n.name.clone()).collect(),
        })
        .collect()
}
