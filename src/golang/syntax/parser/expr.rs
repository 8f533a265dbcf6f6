//! Expressions: binary operators by precedence, unary operators (with `<-chan` re-association),
//! operands, and the primary-expression loop (selectors, type assertions, index and slice
//! expressions, instantiation, calls, composite literals under Go's `exprLev` rule).

use super::super::ast::*;
use super::super::printer::expr_string;
use super::super::token::{Op, Tok};
use super::decl::{name_expr, unparen};
use super::Parser;

/// Go's `isValue`: whether `x` is certainly a value (so `x[i] {` is no composite literal).
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit(_)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert(..)
        | ExprKind::Call { .. }
        | ExprKind::Unary(..)
        | ExprKind::Binary { .. } => true,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index(x, idx) => is_value(x) || (idx.len() == 1 && is_value(&idx[0])),
        _ => false,
    }
}

impl<'a> Parser<'a> {
    pub(super) fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    pub(super) fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(Tok::Comma) {
            list.push(self.expr());
        }
        list
    }

    pub(super) fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        // Each operator in a chain (`a + b + c`) deepens the tree by one: it counts toward
        // the nesting limit like a parenthesis, so later stages' recursion stays bounded.
        let mut levels = 0;
        while matches!(self.tok(), Tok::Operator | Tok::Star) && self.t.prec > prec {
            levels += 1;
            if !self.enter() {
                break;
            }
            let (op_pos, op, tprec) = (self.pos(), self.t.op, self.t.prec);
            self.next();
            let y = self.binary_expr(None, tprec);
            let pos = x.pos;
            let op = op.binop().unwrap_or(BinOp::Add);
            x = self.expr_at(pos, ExprKind::Binary { op, op_pos, x: Box::new(x), y: Box::new(y) });
        }
        for _ in 0..levels {
            self.leave();
        }
        x
    }

    pub(super) fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            return self.bad_expr();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    fn unary_expr_inner(&mut self) -> Expr {
        let pos = self.pos();
        match self.tok() {
            Tok::Operator | Tok::Star => {
                let op = match self.t.op {
                    Op::Mul => None,
                    Op::Add => Some(UnOp::Plus),
                    Op::Sub => Some(UnOp::Neg),
                    Op::Not => Some(UnOp::Not),
                    Op::Xor => Some(UnOp::BitNot),
                    Op::And => Some(UnOp::Addr),
                    Op::Tilde => {
                        self.next();
                        let ty = self.unary_expr();
                        let u = InterfaceElem::Union(vec![TypeTerm { tilde: true, ty }]);
                        return self.expr_at(pos, ExprKind::InterfaceType(vec![u]));
                    }
                    _ => return self.pexpr(None, true),
                };
                self.next();
                let x = self.unary_expr();
                let kind = match op {
                    None => ExprKind::Star(Box::new(x)),
                    Some(UnOp::Addr) => ExprKind::Unary(UnOp::Addr, Box::new(unparen(x))),
                    Some(op) => ExprKind::Unary(op, Box::new(x)),
                };
                self.expr_at(pos, kind)
            }
            Tok::Arrow => {
                self.next();
                let x = self.unary_expr();
                if let ExprKind::ChanType(..) = x.kind {
                    return self.recv_chan_type(pos, x);
                }
                self.expr_at(pos, ExprKind::Unary(UnOp::Recv, Box::new(x)))
            }
            _ => self.pexpr(None, true),
        }
    }

    /// `<-` before a channel type: `<-chan T` (re-associating `<-chan<- T` chains).
    #[inline(never)]
    fn recv_chan_type(&mut self, pos: Pos, mut x: Expr) -> Expr {
        let mut dir = ChanDir::Send;
        let mut t = &mut x;
        let mut bad: Option<String> = None;
        while dir == ChanDir::Send && matches!(t.kind, ExprKind::ChanType(..)) {
            let ExprKind::ChanType(d, elem) = &mut t.kind else { unreachable!() };
            dir = *d;
            if dir == ChanDir::Recv && bad.is_none() {
                bad = Some("unexpected <-, expected chan".into());
            }
            *d = ChanDir::Recv;
            t = elem;
        }
        if dir == ChanDir::Send && bad.is_none() {
            bad = Some(format!("unexpected {}, expected chan", expr_string(t)));
        }
        if let Some(msg) = bad {
            self.syntax_error(&msg);
        }
        x.pos = pos;
        x
    }

    fn operand(&mut self, keep_parens: bool) -> Expr {
        let pos = self.pos();
        match self.tok() {
            Tok::Name => {
                let n = self.name();
                name_expr(n)
            }
            Tok::Literal => {
                let lit = Lit { kind: self.t.kind, raw: self.t.lit.to_string() };
                self.next();
                self.expr_at(pos, ExprKind::BasicLit(lit))
            }
            Tok::Lparen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Tok::Rparen);
                if keep_parens || self.tok() == Tok::Lbrace {
                    return self.expr_at(pos, ExprKind::Paren(Box::new(x)));
                }
                x
            }
            Tok::Func => self.func_lit(pos),
            Tok::Lbrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => self.type_(),
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                x
            }
        }
    }

    /// `func(...) {...}` or a function type (the `func` current).
    #[inline(never)]
    fn func_lit(&mut self, pos: Pos) -> Expr {
        self.next();
        let (_, ty) = self.func_type("function type", pos);
        if self.tok() == Tok::Lbrace {
            self.xnest += 1;
            let body = self.func_body();
            self.xnest -= 1;
            return self.expr_at(pos, ExprKind::FuncLit { ty, body });
        }
        self.expr_at(pos, ExprKind::FuncType(ty))
    }

    /// Go's `pexpr`: an operand followed by selectors, indices, slices, assertions, calls
    /// and composite literals.
    pub(super) fn pexpr(&mut self, x: Option<Expr>, keep_parens: bool) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        // Like binary operators, each suffix (`.f`, `[i]`, `(args)`) deepens the tree.
        let mut levels = 0;
        while matches!(self.tok(), Tok::Dot | Tok::Lbrack | Tok::Lparen | Tok::Lbrace) {
            levels += 1;
            if !self.enter() {
                break;
            }
            match self.suffix(x) {
                Ok(y) => x = y,
                Err(y) => {
                    x = y;
                    break;
                }
            }
        }
        for _ in 0..levels {
            self.leave();
        }
        x
    }

    /// One suffix of a primary expression; `Err` (with `x` unchanged) where `{` starts no
    /// composite literal.
    fn suffix(&mut self, mut x: Expr) -> Result<Expr, Expr> {
        Ok(match self.tok() {
            Tok::Dot => self.dot_suffix(x),
            Tok::Lbrack => self.index_suffix(x),
            Tok::Lparen => {
                self.next();
                let (args, ellipsis) = self.arg_list();
                let pos = x.pos;
                self.expr_at(pos, ExprKind::Call { fun: Box::new(x), args, ellipsis })
            }
            _ => {
                let t = match &x.kind {
                    ExprKind::Paren(_) => unparen_ref(&x),
                    _ => &x,
                };
                let ok = match &t.kind {
                    ExprKind::Name(_) | ExprKind::Selector(..) => self.xnest >= 0,
                    ExprKind::Index(..) => self.xnest >= 0 && !is_value(t),
                    ExprKind::ArrayType { .. } | ExprKind::StructType(_) | ExprKind::MapType(..) => true,
                    _ => false,
                };
                if !ok {
                    return Err(x);
                }
                if let ExprKind::Paren(_) = x.kind {
                    self.syntax_error("cannot parenthesize type in composite literal");
                    x = unparen(x);
                }
                self.complit_expr(Some(x))
            }
        })
    }

    #[inline(never)]
    fn dot_suffix(&mut self, x: Expr) -> Expr {
        self.next();
        let pos = x.pos;
        match self.tok() {
            Tok::Name => {
                let sel = self.name();
                self.expr_at(pos, ExprKind::Selector(Box::new(x), sel))
            }
            Tok::Lparen => {
                self.next();
                let e = if self.got(Tok::Type) {
                    self.expr_at(pos, ExprKind::TypeAssert(Box::new(x), None))
                } else {
                    let t = self.type_();
                    self.expr_at(pos, ExprKind::TypeAssert(Box::new(x), Some(Box::new(t))))
                };
                self.want(Tok::Rparen);
                e
            }
            _ => {
                self.syntax_error("expected name or (");
                self.advance(&[Tok::Semi, Tok::Rparen]);
                x
            }
        }
    }

    #[inline(never)]
    fn index_suffix(&mut self, x: Expr) -> Expr {
        self.next();
        let pos = x.pos;
        let mut lo = None;
        if self.tok() != Tok::Colon {
            let (mut list, comma) = if self.tok() == Tok::Rbrack {
                self.syntax_error("expected operand");
                (vec![self.bad_expr()], false)
            } else {
                self.type_list(false)
            };
            if comma || self.tok() == Tok::Rbrack {
                self.want(Tok::Rbrack);
                return self.expr_at(pos, ExprKind::Index(Box::new(x), list));
            }
            lo = list.pop().map(Box::new);
        }
        if !self.got(Tok::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[Tok::Comma, Tok::Colon, Tok::Rbrack]);
        }
        self.xnest += 1;
        let (mut hi, mut max, mut three) = (None, None, false);
        if self.tok() != Tok::Colon && self.tok() != Tok::Rbrack {
            hi = Some(Box::new(self.expr()));
        }
        if self.tok() == Tok::Colon {
            three = true;
            if hi.is_none() {
                self.error("middle index required in 3-index slice");
                hi = Some(Box::new(self.bad_expr()));
            }
            self.next();
            if self.tok() != Tok::Rbrack {
                max = Some(Box::new(self.expr()));
            } else {
                self.error("final index required in 3-index slice");
                max = Some(Box::new(self.bad_expr()));
            }
        }
        self.xnest -= 1;
        self.want(Tok::Rbrack);
        self.expr_at(pos, ExprKind::Slice { x: Box::new(x), lo, hi, max, three })
    }

    #[inline(never)]
    fn arg_list(&mut self) -> (Vec<Expr>, Option<Pos>) {
        self.xnest += 1;
        let mut args = Vec::new();
        let mut ellipsis = None;
        self.list("argument list", Tok::Comma, Tok::Rparen, |p| {
            args.push(p.expr());
            if p.tok() == Tok::DotDotDot {
                ellipsis = Some(p.pos());
                p.next();
                return true;
            }
            false
        });
        self.xnest -= 1;
        (args, ellipsis)
    }

    /// `{ elements }` after a literal's type (`None` for an elided type).
    #[inline(never)]
    fn complit_expr(&mut self, ty: Option<Expr>) -> Expr {
        let pos = ty.as_ref().map_or(self.pos(), |t| t.pos);
        if !self.enter() {
            return self.bad_expr();
        }
        self.xnest += 1;
        self.want(Tok::Lbrace);
        let mut elts = Vec::new();
        let rbrace = self.list("composite literal", Tok::Comma, Tok::Rbrace, |p| {
            let e = p.bare_complit_expr();
            if p.tok() == Tok::Colon {
                p.next();
                let value = p.bare_complit_expr();
                elts.push(Element { key: Some(e), value });
            } else {
                elts.push(Element { key: None, value: e });
            }
            false
        });
        self.xnest -= 1;
        self.leave();
        self.expr_at(pos, ExprKind::CompositeLit { ty: ty.map(Box::new), elts, rbrace })
    }

    fn bare_complit_expr(&mut self) -> Expr {
        if self.tok() == Tok::Lbrace {
            return self.complit_expr(None);
        }
        self.expr()
    }
}

fn unparen_ref(mut x: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}
