//! Types: named and qualified types with instantiation (`pkg.T[int]`), pointers, arrays and
//! slices, maps, channels (`<-chan <-chan int`), function signatures, structs (tags,
//! embedded fields) and interfaces (methods, embedded types, unions with `~T`).

use super::super::ast::*;
use super::super::lit;
use super::super::token::Tok;
use super::decl::name_expr;
use super::Parser;

/// Go's `isTypeElem`: whether an expression can only be a type (so `[P *C]` declares a
/// type parameter rather than an array length).
pub(super) fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..) => true,
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Unary(_, x) | ExprKind::Star(x) | ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

/// The union terms an expression stands for: an implicit union interface, a `|` chain,
/// or a single plain term.
pub(super) fn flatten_terms(t: Expr) -> Vec<TypeTerm> {
    let mut out = Vec::new();
    flatten_into(t, &mut out);
    out
}

fn flatten_into(t: Expr, out: &mut Vec<TypeTerm>) {
    match t.kind {
        ExprKind::Binary { op: BinOp::Or, x, y, .. } => {
            flatten_into(*x, out);
            flatten_into(*y, out);
        }
        ExprKind::InterfaceType(mut elems) if is_implicit_union(&elems) => {
            if let Some(InterfaceElem::Union(terms)) = elems.pop() {
                out.extend(terms);
            }
        }
        kind => out.push(TypeTerm { tilde: false, ty: Expr { kind, ..t } }),
    }
}

fn is_implicit_union(elems: &[InterfaceElem]) -> bool {
    matches!(elems, [InterfaceElem::Union(terms)] if terms.len() > 1 || terms.iter().any(|t| t.tilde))
}

/// Terms as a type: a single plain term is itself; otherwise an implicit interface.
pub(super) fn make_union(p: &mut Parser, pos: Pos, mut terms: Vec<TypeTerm>) -> Expr {
    if terms.len() == 1 && !terms[0].tilde {
        return terms.pop().map(|t| t.ty).unwrap_or_else(|| p.bad_expr());
    }
    p.expr_at(pos, ExprKind::InterfaceType(vec![InterfaceElem::Union(terms)]))
}

impl<'a> Parser<'a> {
    pub(super) fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[Tok::Comma, Tok::Colon, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                t
            }
        }
    }

    pub(super) fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            return Some(self.bad_expr());
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    #[inline(never)]
    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let pos = self.pos();
        let kind = match self.tok() {
            Tok::Star => {
                self.next();
                ExprKind::Star(Box::new(self.type_()))
            }
            Tok::Arrow => {
                self.next();
                self.want(Tok::Chan);
                ExprKind::ChanType(ChanDir::Recv, Box::new(self.chan_elem()))
            }
            Tok::Func => {
                self.next();
                ExprKind::FuncType(self.func_type("function type", pos).1)
            }
            Tok::Lbrack => {
                self.next();
                if self.got(Tok::Rbrack) {
                    return Some(self.slice_type(pos));
                }
                return Some(self.array_type(pos, None));
            }
            Tok::Chan => {
                self.next();
                let dir = if self.got(Tok::Arrow) { ChanDir::Send } else { ChanDir::Both };
                ExprKind::ChanType(dir, Box::new(self.chan_elem()))
            }
            Tok::Map => {
                self.next();
                self.want(Tok::Lbrack);
                let k = self.type_();
                self.want(Tok::Rbrack);
                let v = self.type_();
                ExprKind::MapType(Box::new(k), Box::new(v))
            }
            Tok::Struct => return Some(self.struct_type()),
            Tok::Interface => return Some(self.interface_type()),
            Tok::Name => return Some(self.qualified_name(None)),
            Tok::Lparen => {
                self.next();
                let t = self.type_();
                self.want(Tok::Rparen);
                return Some(t);
            }
            _ => return None,
        };
        Some(self.expr_at(pos, kind))
    }

    /// `[N]T` or `[...]T` after the `[` (with the length, when already parsed).
    pub(super) fn array_type(&mut self, pos: Pos, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(l) => ArrayLen::Expr(Box::new(l)),
            None if self.got(Tok::DotDotDot) => ArrayLen::Auto,
            None => {
                self.xnest += 1;
                let e = self.expr();
                self.xnest -= 1;
                ArrayLen::Expr(Box::new(e))
            }
        };
        if self.tok() == Tok::Comma {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Tok::Rbrack);
        let elem = self.type_();
        self.expr_at(pos, ExprKind::ArrayType { len: Some(len), elem: Box::new(elem) })
    }

    pub(super) fn slice_type(&mut self, pos: Pos) -> Expr {
        let elem = self.type_();
        self.expr_at(pos, ExprKind::ArrayType { len: None, elem: Box::new(elem) })
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("missing channel element type");
                t
            }
        }
    }

    /// `[` types `]` or an array type after a name: `Ok` for a type, `Err` with the `[`
    /// position and the list for type arguments.
    pub(super) fn array_or_targs(&mut self) -> Result<Expr, (Pos, Vec<Expr>)> {
        let pos = self.pos();
        self.want(Tok::Lbrack);
        if self.got(Tok::Rbrack) {
            return Ok(self.slice_type(pos));
        }
        let (mut n, comma) = self.type_list(false);
        self.want(Tok::Rbrack);
        if !comma {
            if let Some(elem) = self.type_or_nil() {
                let len = ArrayLen::Expr(Box::new(n.pop().unwrap_or_else(|| self.bad_expr())));
                return Ok(self.expr_at(pos, ExprKind::ArrayType { len: Some(len), elem: Box::new(elem) }));
            }
        }
        Err((pos, n))
    }

    /// A type list inside `[...]`: expressions (or types when `strict`); whether a comma
    /// was seen.
    pub(super) fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let x = if strict { self.type_() } else { self.expr() };
        let mut list = vec![x];
        let mut comma = false;
        if self.got(Tok::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(Tok::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }

    /// `Name`, `pkg.Name`, either with type arguments.
    pub(super) fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
        let mut x = match name {
            Some(n) => name_expr(n),
            None if self.tok() == Tok::Name => {
                let n = self.name();
                name_expr(n)
            }
            None => {
                let x = self.bad_expr();
                self.syntax_error("expected name");
                self.advance(&[Tok::Dot, Tok::Semi, Tok::Rbrace]);
                x
            }
        };
        if self.tok() == Tok::Dot {
            self.next();
            let sel = self.name();
            let pos = x.pos;
            x = self.expr_at(pos, ExprKind::Selector(Box::new(x), sel));
        }
        if self.tok() == Tok::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    fn type_instance(&mut self, typ: Expr) -> Expr {
        self.want(Tok::Lbrack);
        let args = if self.tok() == Tok::Rbrack {
            self.syntax_error("expected type argument list");
            vec![self.bad_expr()]
        } else {
            self.type_list(true).0
        };
        self.want(Tok::Rbrack);
        let pos = typ.pos;
        self.expr_at(pos, ExprKind::Index(Box::new(typ), args))
    }

    /// A signature after `func` (and the name): type parameters, parameters, results.
    /// `context` is set where type parameters are not allowed (`function type`).
    pub(super) fn func_type(&mut self, context: &str, pos: Pos) -> (Vec<Field>, FuncType) {
        let tpos = self.pos();
        let mut tparams = Vec::new();
        if self.got(Tok::Lbrack) {
            if !context.is_empty() {
                self.syntax_error_at(tpos, &format!("{} must have no type parameters", context));
            }
            if self.tok() == Tok::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Tok::Rbrack, true, false);
            }
        }
        self.want(Tok::Lparen);
        let params = self.param_list(None, None, Tok::Rparen, false, true);
        let results = self.func_result();
        (tparams, FuncType { pos, type_params: Vec::new(), params, results })
    }

    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Tok::Lparen) {
            return self.param_list(None, None, Tok::Rparen, false, false);
        }
        let pos = self.pos();
        match self.type_or_nil() {
            Some(ty) => vec![Field { pos, names: vec![], ty, tag: None }],
            None => vec![],
        }
    }

    fn struct_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Tok::Struct);
        self.want(Tok::Lbrace);
        let mut fields = Vec::new();
        self.list("struct type", Tok::Semi, Tok::Rbrace, |p| {
            p.field_decl(&mut fields);
            false
        });
        self.expr_at(pos, ExprKind::StructType(fields))
    }

    fn tag(&mut self) -> Option<String> {
        if self.tok() != Tok::Literal {
            return None;
        }
        let raw = self.t.lit;
        self.next();
        Some(String::from_utf8_lossy(&lit::string_value(raw)).into_owned())
    }

    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let pos = self.pos();
        match self.tok() {
            Tok::Name => {
                let name = self.name();
                if matches!(self.tok(), Tok::Dot | Tok::Literal | Tok::Semi | Tok::Rbrace) {
                    let ty = self.qualified_name(Some(name));
                    let tag = self.tag();
                    fields.push(Field { pos, names: vec![], ty, tag });
                    return;
                }
                let mut names = self.name_list(name);
                let ty = if names.len() == 1 && self.tok() == Tok::Lbrack {
                    match self.array_or_targs() {
                        Ok(t) => t,
                        Err((_, args)) => {
                            let x = Box::new(names.pop().map(name_expr).unwrap_or_else(|| self.bad_expr()));
                            let ty = self.expr_at(pos, ExprKind::Index(x, args));
                            let tag = self.tag();
                            fields.push(Field { pos, names: vec![], ty, tag });
                            return;
                        }
                    }
                } else {
                    self.type_()
                };
                let tag = self.tag();
                fields.push(Field { pos, names, ty, tag });
            }
            Tok::Star => {
                self.next();
                let ty = if self.tok() == Tok::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Tok::Rparen);
                    t
                } else {
                    self.qualified_name(None)
                };
                let tag = self.tag();
                let ty = self.expr_at(pos, ExprKind::Star(Box::new(ty)));
                fields.push(Field { pos, names: vec![], ty, tag });
            }
            Tok::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let ty = if self.tok() == Tok::Star {
                    let spos = self.pos();
                    self.next();
                    let t = self.qualified_name(None);
                    self.expr_at(spos, ExprKind::Star(Box::new(t)))
                } else {
                    self.qualified_name(None)
                };
                self.got(Tok::Rparen);
                let tag = self.tag();
                fields.push(Field { pos, names: vec![], ty, tag });
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
            }
        }
    }

    fn interface_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Tok::Interface);
        self.want(Tok::Lbrace);
        let mut elems = Vec::new();
        self.list("interface type", Tok::Semi, Tok::Rbrace, |p| {
            let e = p.interface_elem();
            elems.push(e);
            false
        });
        self.expr_at(pos, ExprKind::InterfaceType(elems))
    }

    fn interface_elem(&mut self) -> InterfaceElem {
        let first = if self.tok() == Tok::Name {
            match self.method_decl() {
                Ok(m) => return m,
                Err(t) => Some(t),
            }
        } else {
            None
        };
        let pos = first.as_ref().map_or(self.pos(), |t| t.pos);
        let f = super::decl::Param { pos, name: None, ty: first };
        let f = self.embedded_elem(Some(f).filter(|f| f.ty.is_some()));
        let terms = f.ty.map(super::types::flatten_terms).unwrap_or_default();
        InterfaceElem::Union(terms)
    }

    /// Go's `methodDecl`: a method (`Ok`) or the start of an embedded element (`Err`).
    fn method_decl(&mut self) -> Result<InterfaceElem, Expr> {
        let name = self.name();
        const CONTEXT: &str = "interface method";
        match self.tok() {
            Tok::Lparen => {
                let pos = name.pos;
                let ty = self.func_type(CONTEXT, pos).1;
                Ok(InterfaceElem::Method { name, ty })
            }
            Tok::Lbrack => self.method_or_instance(name),
            _ => Err(self.qualified_name(Some(name))),
        }
    }

    fn method_or_instance(&mut self, name: Ident) -> Result<InterfaceElem, Expr> {
        let lpos = self.pos();
        self.next();
        if self.tok() == Tok::Rbrack {
            let pos = self.pos();
            self.next();
            if self.tok() == Tok::Lparen {
                self.error_at(pos, "empty type parameter list".into());
                let ty = self.func_type(CONTEXT_IM, name.pos).1;
                return Ok(InterfaceElem::Method { name, ty });
            }
            self.error_at(pos, "empty type argument list".into());
            return Err(name_expr(name));
        }
        let list = self.param_list(None, None, Tok::Rbrack, false, false);
        if list.is_empty() {
            if self.tok() == Tok::Lparen {
                let ty = self.func_type(CONTEXT_IM, name.pos).1;
                return Ok(InterfaceElem::Method { name, ty });
            }
            return Err(name_expr(name));
        }
        if !list[0].names.is_empty() {
            let ty = self.func_type(CONTEXT_IM, name.pos).1;
            self.error_at(lpos, "interface method must have no type parameters".into());
            return Ok(InterfaceElem::Method { name, ty });
        }
        let pos = name.pos;
        let args = list.into_iter().map(|f| f.ty).collect();
        Err(self.expr_at(pos, ExprKind::Index(Box::new(name_expr(name)), args)))
    }
}

const CONTEXT_IM: &str = "interface method";
