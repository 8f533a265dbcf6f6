//! Declarations: imports, `const`/`var`/`type` specs (with type parameter lists and the
//! `type T[P any]` versus array-length ambiguity), function and method declarations, and
//! parameter lists (grouping `a, b int`, Go's missing-name/missing-type diagnostics).

use super::super::ast::*;
use super::super::lit;
use super::super::token::{Op, Tok};
use super::types::{flatten_terms, is_type_elem, make_union};
use super::Parser;

/// A parameter as parsed, before names and types are matched up.
pub(super) struct Param {
    pub pos: Pos,
    pub name: Option<Ident>,
    pub ty: Option<Expr>,
}

pub(super) fn name_expr(n: Ident) -> Expr {
    Expr { id: n.id, pos: n.pos, kind: ExprKind::Name(n.name) }
}

impl<'a> Parser<'a> {
    pub(super) fn import_spec(&mut self) -> Option<Import> {
        self.take_pragma();
        let pos = self.pos();
        let name = match self.tok() {
            Tok::Name => Some(self.name()),
            Tok::Dot => {
                let id = self.id();
                self.next();
                Some(Ident { id, pos, name: ".".into() })
            }
            _ => None,
        };
        if self.tok() != Tok::Literal {
            self.syntax_error("missing import path");
            self.advance(&[Tok::Semi, Tok::Rparen]);
            return None;
        }
        let (path_pos, raw, kind, bad) = (self.pos(), self.t.lit, self.t.kind, self.t.bad);
        self.next();
        if !bad && kind != LitKind::String {
            self.syntax_error_at(path_pos, "import path must be a string");
            return None;
        }
        let path = String::from_utf8_lossy(&lit::string_value(raw)).into_owned();
        Some(Import { pos, name, path, path_pos })
    }

    /// A `const`, `type` or `var` declaration (the keyword is current).
    pub(super) fn decl(&mut self) -> Decl {
        let kw = self.tok();
        self.next();
        match kw {
            Tok::Const => {
                let mut specs = Vec::new();
                self.group(|p| {
                    let iota = specs.len() as u32;
                    specs.push(p.const_spec(iota));
                });
                Decl::Const(specs)
            }
            Tok::Type => {
                let mut specs = Vec::new();
                self.group(|p| specs.push(p.type_spec()));
                Decl::Type(specs)
            }
            _ => {
                let mut specs = Vec::new();
                self.group(|p| specs.push(p.var_spec()));
                Decl::Var(specs)
            }
        }
    }

    fn const_spec(&mut self, iota: u32) -> ConstSpec {
        self.take_pragma();
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let (mut ty, mut values) = (None, Vec::new());
        if !matches!(self.tok(), Tok::EOF | Tok::Semi | Tok::Rparen) {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ConstSpec { pos, names, ty, values, iota }
    }

    fn var_spec(&mut self) -> VarSpec {
        self.take_pragma();
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let (mut ty, mut values) = (None, Vec::new());
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        VarSpec { pos, names, ty, values }
    }

    fn type_spec(&mut self) -> TypeSpec {
        self.take_pragma();
        let pos = self.pos();
        let name = self.name();
        let mut spec = TypeSpec { pos, name, type_params: Vec::new(), alias: false, ty: self.placeholder(pos) };
        let ty = if self.tok() == Tok::Lbrack {
            let lpos = self.pos();
            self.next();
            match self.tok() {
                Tok::Name => self.type_spec_bracket(lpos, &mut spec),
                Tok::Rbrack => {
                    self.next();
                    Some(self.slice_type(lpos))
                }
                _ => Some(self.array_type(lpos, None)),
            }
        } else {
            spec.alias = self.got_assign();
            self.type_or_nil()
        };
        match ty {
            Some(t) => spec.ty = t,
            None => {
                spec.ty = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[Tok::Semi, Tok::Rparen]);
            }
        }
        spec
    }

    /// `type T[` followed by a name: a type parameter list or an array length.
    fn type_spec_bracket(&mut self, lpos: Pos, spec: &mut TypeSpec) -> Option<Expr> {
        let n = self.name();
        let mut x = name_expr(n);
        if self.tok() != Tok::Lbrack {
            self.xnest += 1;
            let px = self.pexpr(Some(x), false);
            x = self.binary_expr(Some(px), 0);
            self.xnest -= 1;
        }
        let force = self.tok() == Tok::Comma;
        match self.extract_name(x, force) {
            Ok((pname, ptype)) if ptype.is_some() || self.tok() != Tok::Rbrack => {
                spec.type_params = self.param_list(Some(pname), ptype, Tok::Rbrack, true, false);
                spec.alias = self.got_assign();
                self.type_or_nil()
            }
            Ok((pname, _)) => Some(self.array_type(lpos, Some(name_expr(pname)))),
            Err(x) => Some(self.array_type(lpos, Some(x))),
        }
    }

    fn placeholder(&mut self, pos: Pos) -> Expr {
        self.expr_at(pos, ExprKind::Name("_".into()))
    }

    /// Go's `extractName`: splits `P *C`, `P *C | D` or `P(C)` into a type parameter name
    /// and its constraint; the expression back when it is none of those.
    fn extract_name(&mut self, x: Expr, force: bool) -> Result<(Ident, Option<Expr>), Expr> {
        let Expr { id, pos, kind } = x;
        match kind {
            ExprKind::Name(name) => Ok((Ident { id, pos, name }, None)),
            ExprKind::Binary { op: BinOp::Mul, op_pos, x: l, y: r } => match l.kind {
                ExprKind::Name(name) if force || is_type_elem(&r) => {
                    let star = Expr { id, pos: op_pos, kind: ExprKind::Star(r) };
                    Ok((Ident { id: l.id, pos: l.pos, name }, Some(star)))
                }
                lk => {
                    let l = Box::new(Expr { kind: lk, ..*l });
                    Err(Expr { id, pos, kind: ExprKind::Binary { op: BinOp::Mul, op_pos, x: l, y: r } })
                }
            },
            ExprKind::Binary { op: BinOp::Or, op_pos, x: l, y: r } => {
                let f = force || is_type_elem(&r);
                match self.extract_name(*l, f) {
                    Ok((name, Some(lhs))) => {
                        let kind = ExprKind::Binary { op: BinOp::Or, op_pos, x: Box::new(lhs), y: r };
                        let pos = name.pos;
                        Ok((name, Some(Expr { id, pos, kind })))
                    }
                    Ok((name, None)) => {
                        let kind = ExprKind::Binary { op: BinOp::Or, op_pos, x: Box::new(name_expr(name)), y: r };
                        Err(Expr { id, pos, kind })
                    }
                    Err(l) => {
                        Err(Expr { id, pos, kind: ExprKind::Binary { op: BinOp::Or, op_pos, x: Box::new(l), y: r } })
                    }
                }
            }
            ExprKind::Call { fun, mut args, ellipsis: None }
                if matches!(fun.kind, ExprKind::Name(_)) && args.len() == 1 && (force || is_type_elem(&args[0])) =>
            {
                let ExprKind::Name(name) = fun.kind else { unreachable!() };
                let arg = unparen(args.pop().unwrap_or_else(|| self.placeholder(pos)));
                Ok((Ident { id: fun.id, pos: fun.pos, name }, Some(arg)))
            }
            kind => Err(Expr { id, pos, kind }),
        }
    }

    /// A `func` declaration (the keyword at `pos` consumed); the declaration and its
    /// signature are positioned at the keyword.
    pub(super) fn func_decl(&mut self, pos: Pos) -> Option<FuncDecl> {
        self.take_pragma();
        let mut recv = None;
        let has_recv = self.got(Tok::Lparen);
        if has_recv {
            let rcvr = self.param_list(None, None, Tok::Rparen, false, false);
            let count: usize = rcvr.iter().map(|f| f.names.len().max(1)).sum();
            match count {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
            recv = rcvr.into_iter().next();
        }
        let (name, ty) = if self.tok() == Tok::Name {
            let name = self.name();
            let (tparams, mut ty) = self.func_type("", pos);
            ty.type_params = tparams;
            (name, ty)
        } else {
            let id = self.id();
            let name = Ident { id, pos: self.pos(), name: "_".into() };
            let ty = FuncType { pos, type_params: vec![], params: vec![], results: vec![] };
            self.syntax_error(if has_recv { "expected name" } else { "expected name or (" });
            self.advance(&[Tok::Lbrace, Tok::Semi]);
            (name, ty)
        };
        let body = if self.tok() == Tok::Lbrace { Some(self.func_body()) } else { None };
        Some(FuncDecl { pos, recv, name, ty, body })
    }

    pub(super) fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let errcnt = self.errcnt;
        let b = self.block_stmt("");
        self.fnest -= 1;
        if errcnt == self.errcnt {
            for (pos, msg) in super::super::branches::check(self.file, &b) {
                self.error_at(pos, msg);
            }
        }
        b
    }

    /// Go's `paramList`: parameters (or type parameters when `close` is `]`) up to `close`.
    pub(super) fn param_list(
        &mut self,
        name: Option<Ident>,
        typ: Option<Expr>,
        close: Tok,
        require_names: bool,
        dddok: bool,
    ) -> Vec<Field> {
        if let (Some(n), Some(t)) = (&name, &typ) {
            if self.tok() == close {
                self.next();
                let ty = if close == Tok::Rbrack { constraint(self, t.clone()) } else { t.clone() };
                return vec![Field { pos: n.pos, names: vec![n.clone()], ty, tag: None }];
            }
        }
        let (mut name, mut typ) = (name, typ);
        let mut list: Vec<Param> = Vec::new();
        let end = self.list("parameter list", Tok::Comma, close, |p| {
            let par = match typ.take() {
                Some(t) => Some(Param { pos: name.as_ref().map_or(t.pos, |n| n.pos), name: name.take(), ty: Some(t) }),
                None => p.param_decl_or_nil(name.take(), close),
            };
            list.extend(par);
            false
        });
        if list.is_empty() {
            return Vec::new();
        }
        self.check_params(&mut list, end, require_names);
        let mut fields = group_params(self, list);
        self.check_dots(&mut fields, dddok);
        if close == Tok::Rbrack {
            for f in &mut fields {
                let t = std::mem::replace(&mut f.ty, self.placeholder(f.pos));
                f.ty = constraint(self, t);
            }
        }
        fields
    }

    /// Matches names with types: `a, b int` or all-unnamed `int, string`; reports a mix.
    fn check_params(&mut self, list: &mut [Param], end: Pos, require_names: bool) {
        let named = list.iter().filter(|p| p.name.is_some() && p.ty.is_some()).count();
        let typed = list.iter().filter(|p| p.ty.is_some()).count();
        if named == 0 && !require_names {
            for par in list.iter_mut() {
                if let Some(n) = par.name.take() {
                    par.ty = Some(name_expr(n));
                }
            }
            return;
        }
        if named == list.len() {
            return;
        }
        let mut err_pos = None;
        let mut have_type = false;
        for par in list.iter().rev() {
            if let Some(t) = &par.ty {
                have_type = true;
                if par.name.is_none() {
                    err_pos = Some(t.pos);
                }
            } else if !have_type {
                err_pos = par.name.as_ref().map(|n| n.pos);
            }
        }
        let Some(mut pos) = err_pos else { return };
        let msg = if named == typed {
            pos = end;
            if require_names { "missing type constraint" } else { "missing parameter type" }.to_string()
        } else if require_names {
            let extra = if list.len() == 1 { " or invalid array length" } else { "" };
            format!("missing type parameter name{}", extra)
        } else {
            "missing parameter name".to_string()
        };
        self.syntax_error_at(pos, &msg);
    }

    /// `...T` only as the final parameter (and only where variadics are allowed).
    fn check_dots(&mut self, fields: &mut [Field], dddok: bool) {
        let total: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
        let mut seen = 0;
        let mut first = true;
        for f in fields.iter_mut() {
            let n = f.names.len().max(1);
            seen += n;
            if let ExprKind::Ellipsis(_) = f.ty.kind {
                if !dddok || seen < total || n > 1 {
                    if first {
                        first = false;
                        let msg = if dddok { "can only use ... with final parameter" } else { "invalid use of ..." };
                        self.error_at(f.ty.pos, msg.to_string());
                    }
                    let ty = std::mem::replace(&mut f.ty.kind, ExprKind::Name("_".into()));
                    if let ExprKind::Ellipsis(elem) = ty {
                        f.ty = *elem;
                    }
                }
            }
        }
    }

    /// Go's `paramDeclOrNil`: one parameter, or type parameter with its constraint.
    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: Tok) -> Option<Param> {
        let type_sets_ok = follow == Tok::Rbrack;
        let pos = name.as_ref().map_or(self.pos(), |n| n.pos);
        if name.is_none() && type_sets_ok && self.is_op(Op::Tilde) {
            return Some(self.embedded_elem(None));
        }
        let mut f = Param { pos, name: None, ty: None };
        if self.tok() == Tok::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok() == Tok::Lbrack {
                match self.array_or_targs() {
                    Err((ipos, args)) => {
                        let x = Box::new(name_expr(name));
                        let _ = ipos;
                        f.ty = Some(Expr { id: self.id(), pos: x.pos, kind: ExprKind::Index(x, args) });
                    }
                    Ok(t) => {
                        f.name = Some(name);
                        f.ty = Some(t);
                    }
                }
                return Some(self.maybe_union(f, type_sets_ok));
            }
            if self.tok() == Tok::Dot {
                f.ty = Some(self.qualified_name(Some(name)));
                return Some(self.maybe_union(f, type_sets_ok));
            }
            if type_sets_ok && self.is_op(Op::Or) {
                f.ty = Some(name_expr(name));
                return Some(self.embedded_elem(Some(f)));
            }
            f.name = Some(name);
        }
        if self.tok() == Tok::DotDotDot {
            let dpos = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => f.ty = Some(self.expr_at(dpos, ExprKind::Ellipsis(Box::new(elem)))),
                None => {
                    f.ty = Some(self.bad_expr());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(f);
        }
        if type_sets_ok && self.is_op(Op::Tilde) {
            f.ty = self.embedded_elem(None).ty;
            return Some(f);
        }
        f.ty = self.type_or_nil();
        if f.ty.is_some() {
            f = self.maybe_union(f, type_sets_ok);
        }
        if f.name.is_some() || f.ty.is_some() {
            return Some(f);
        }
        self.syntax_error(&format!("expected {}", follow.describe()));
        self.advance(&[Tok::Comma, follow]);
        None
    }

    fn maybe_union(&mut self, f: Param, type_sets_ok: bool) -> Param {
        if type_sets_ok && self.is_op(Op::Or) {
            self.embedded_elem(Some(f))
        } else {
            f
        }
    }

    pub(super) fn is_op(&self, op: Op) -> bool {
        self.tok() == Tok::Operator && self.t.op == op
    }

    /// Go's `embeddedElem`: a union of terms; `f`'s type (if any) is the first.
    pub(super) fn embedded_elem(&mut self, f: Option<Param>) -> Param {
        let mut f = f.unwrap_or(Param { pos: self.pos(), name: None, ty: None });
        let mut terms = match f.ty.take() {
            Some(t) => flatten_terms(t),
            None => vec![self.embedded_term()],
        };
        while self.is_op(Op::Or) {
            self.next();
            let t = self.embedded_term();
            terms.push(t);
        }
        f.ty = Some(make_union(self, f.pos, terms));
        f
    }

    pub(super) fn embedded_term(&mut self) -> TypeTerm {
        if self.is_op(Op::Tilde) {
            self.next();
            return TypeTerm { tilde: true, ty: self.type_() };
        }
        match self.type_or_nil() {
            Some(ty) => TypeTerm { tilde: false, ty },
            None => {
                let ty = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                self.advance(&[Tok::Operator, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                TypeTerm { tilde: false, ty }
            }
        }
    }
}

/// A type parameter's constraint: unions (`~int | string`, also written as binary `|`)
/// become an implicit `interface{ ~int | string }`.
fn constraint(p: &mut Parser, t: Expr) -> Expr {
    let pos = t.pos;
    let terms = flatten_terms(t);
    make_union(p, pos, terms)
}

/// Parameters to fields: each run of names without a type shares the next type.
fn group_params(p: &mut Parser, list: Vec<Param>) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    for par in list {
        match par.ty {
            Some(ty) => {
                let mut names = std::mem::take(&mut pending);
                names.extend(par.name);
                let pos = names.first().map_or(par.pos, |n| n.pos);
                fields.push(Field { pos, names, ty, tag: None });
            }
            None => pending.extend(par.name),
        }
    }
    if let Some(first) = pending.first() {
        let pos = first.pos;
        let ty = p.expr_at(pos, ExprKind::Name("_".into()));
        fields.push(Field { pos, names: pending, ty, tag: None });
    }
    fields
}

pub(super) fn unparen(mut x: Expr) -> Expr {
    while let ExprKind::Paren(inner) = x.kind {
        x = *inner;
    }
    x
}
