//! Node id tests: a full walk over the tree finds every id once, all below `node_count`.

use super::ast::*;

#[derive(Default)]
pub struct Ids(pub Vec<u32>);

impl Ids {
    pub fn file(&mut self, f: &File) {
        self.ident(&f.package);
        for i in &f.imports {
            if let Some(n) = &i.name {
                self.ident(n);
            }
        }
        for d in &f.decls {
            self.decl(d);
        }
    }

    fn ident(&mut self, i: &Ident) {
        self.0.push(i.id.0);
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Var(specs) => {
                for s in specs {
                    s.names.iter().for_each(|n| self.ident(n));
                    s.ty.iter().chain(&s.values).for_each(|e| self.expr(e));
                }
            }
            Decl::Const(specs) => {
                for s in specs {
                    s.names.iter().for_each(|n| self.ident(n));
                    s.ty.iter().chain(&s.values).for_each(|e| self.expr(e));
                }
            }
            Decl::Type(specs) => {
                for s in specs {
                    self.ident(&s.name);
                    self.fields(&s.type_params);
                    self.expr(&s.ty);
                }
            }
            Decl::Func(f) => {
                if let Some(r) = &f.recv {
                    self.fields(std::slice::from_ref(r));
                }
                self.ident(&f.name);
                self.func_type(&f.ty);
                if let Some(b) = &f.body {
                    self.block(b);
                }
            }
        }
    }

    fn fields(&mut self, fs: &[Field]) {
        for f in fs {
            f.names.iter().for_each(|n| self.ident(n));
            self.expr(&f.ty);
        }
    }

    fn func_type(&mut self, t: &FuncType) {
        self.fields(&t.type_params);
        self.fields(&t.params);
        self.fields(&t.results);
    }

    fn exprs(&mut self, es: &[Expr]) {
        es.iter().for_each(|e| self.expr(e));
    }

    fn opt(&mut self, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    pub fn expr(&mut self, e: &Expr) {
        self.0.push(e.id.0);
        match &e.kind {
            ExprKind::Name(_) | ExprKind::BasicLit(_) => {}
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.opt(ty);
                for el in elts {
                    el.key.iter().for_each(|k| self.expr(k));
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { ty, body } => {
                self.func_type(ty);
                self.block(body);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Ellipsis(x) => self.expr(x),
            ExprKind::Selector(x, sel) => {
                self.expr(x);
                self.ident(sel);
            }
            ExprKind::Index(x, idx) => {
                self.expr(x);
                self.exprs(idx);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                self.opt(lo);
                self.opt(hi);
                self.opt(max);
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x);
                self.opt(t);
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                self.exprs(args);
            }
            ExprKind::Binary { x, y, .. } | ExprKind::MapType(x, y) => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::ArrayType { len, elem } => {
                if let Some(ArrayLen::Expr(l)) = len {
                    self.expr(l);
                }
                self.expr(elem);
            }
            ExprKind::StructType(fs) => self.fields(fs),
            ExprKind::FuncType(t) => self.func_type(t),
            ExprKind::InterfaceType(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, ty } => {
                            self.ident(name);
                            self.func_type(ty);
                        }
                        InterfaceElem::Union(terms) => terms.iter().for_each(|t| self.expr(&t.ty)),
                    }
                }
            }
            ExprKind::ChanType(_, x) => self.expr(x),
        }
    }

    fn block(&mut self, b: &Block) {
        b.stmts.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Labeled { label, stmt } => {
                self.ident(label);
                self.stmt(stmt);
            }
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                self.exprs(lhs);
                self.exprs(rhs);
            }
            StmtKind::Return(xs) => self.exprs(xs),
            StmtKind::Branch { label, .. } => label.iter().for_each(|l| self.ident(l)),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { init, cond, then, els } => {
                init.iter().for_each(|s| self.stmt(s));
                self.expr(cond);
                self.block(then);
                els.iter().for_each(|s| self.stmt(s));
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                init.iter().for_each(|s| self.stmt(s));
                tag.iter().for_each(|t| self.expr(t));
                for c in clauses {
                    c.exprs.iter().for_each(|es| self.exprs(es));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => {
                init.iter().for_each(|s| self.stmt(s));
                bind.iter().for_each(|b| self.ident(b));
                self.expr(x);
                for c in clauses {
                    self.0.push(c.id.0);
                    c.types.iter().for_each(|es| self.exprs(es));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::Select { clauses, .. } => {
                for c in clauses {
                    c.comm.iter().for_each(|s| self.stmt(s));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::For { init, cond, post, body } => {
                init.iter().for_each(|s| self.stmt(s));
                cond.iter().for_each(|c| self.expr(c));
                post.iter().for_each(|s| self.stmt(s));
                self.block(body);
            }
            StmtKind::Range { key, value, x, body, .. } => {
                key.iter().chain(value).for_each(|e| self.expr(e));
                self.expr(x);
                self.block(body);
            }
        }
    }
}

fn check_ids(src: &str) {
    let f = super::parse_file("main.go", src).unwrap_or_else(|e| panic!("{:?}", e));
    let mut ids = Ids::default();
    ids.file(&f);
    let mut v = ids.0;
    v.sort();
    let n = v.len();
    v.dedup();
    assert_eq!(n, v.len(), "an id is used twice");
    assert!(v.iter().all(|&i| i < f.node_count));
    // Ids are dense up to the few a parse discards (rewritten constraints and `...`).
    assert!(f.node_count as usize <= n + n / 10 + 2, "{} ids for {} nodes", f.node_count, n);
}

#[test]
fn ids_small_program() {
    check_ids("package main\nfunc f(a, b int) int { x := a + b*2; return x }\n");
}

#[test]
fn ids_unique_everywhere() {
    check_ids(super::tests::EVERYDAY);
    check_ids(super::tests::GENERIC);
    let (course, _) = crate::course::Course::load();
    for ex in course.examples() {
        let p = ex.resolve(std::iter::empty()).unwrap();
        check_ids(&ex.render(&p).unwrap().source);
    }
}
