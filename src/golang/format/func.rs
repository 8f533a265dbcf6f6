//! Function declarations and bodies, after go/printer: a body the source wrote on one line
//! stays there when header and body fit in 100 columns and it has at most five statements.

use super::engine::{Printer, Ws, INFINITY, NO_EXTRA_LINEBREAK};
use super::types::ParamMode;
use crate::golang::syntax::ast::*;
use crate::golang::syntax::token::Tok;

const MAX_SIZE: usize = 100;

impl Printer<'_, '_> {
    pub fn func_decl(&mut self, d: &FuncDecl) {
        let off = self.sm.off(d.pos);
        self.set_pos(off);
        self.tok("func");
        self.ws(Ws::Blank);
        let start_col = self.out.col.saturating_sub(5);
        if let Some(recv) = &d.recv {
            if let Some(i) = self.sm.find(off, Tok::Lparen) {
                self.parameters(std::slice::from_ref(recv), i, ParamMode::Func);
            }
            self.ws(Ws::Blank);
        }
        let no = self.sm.off(d.name.pos);
        self.set_pos(no);
        self.ident(&d.name.name);
        self.signature(&d.ty, no + d.name.name.len());
        let dist = self.distance_from(off, start_col);
        if let Some(b) = &d.body {
            self.func_body(dist, Ws::Vtab, b);
        }
    }

    fn body_size(&mut self, b: &Block, max: usize) -> usize {
        let (l, r) = (self.sm.off(b.lbrace), self.sm.off(b.rbrace));
        if self.line_for(l) != self.line_for(r) || b.stmts.len() > 5 {
            return max + 1;
        }
        let mut size = self.comment_size_before(self.pos_for(r));
        for (i, s) in b.stmts.iter().enumerate() {
            if size > max {
                break;
            }
            if i > 0 {
                size += 2;
            }
            size += self.stmt_size(s, max);
        }
        size
    }

    fn stmt_size(&mut self, s: &Stmt, max: usize) -> usize {
        let key = (self.sm.stmt_start(s) as u32, 4);
        if let Some(&v) = self.sm.memo.borrow().get(&key) {
            return v;
        }
        let v = self.measure(max, |q| q.stmt(s, false));
        self.sm.memo.borrow_mut().insert(key, v);
        v
    }

    pub fn func_body(&mut self, header: usize, sep: Ws, b: &Block) {
        let level = self.level;
        self.level = 0;
        let size = self.body_size(b, MAX_SIZE);
        if header < INFINITY && header + size <= MAX_SIZE {
            self.ws(sep);
            self.set_pos(self.sm.off(b.lbrace));
            self.tok("{");
            if !b.stmts.is_empty() {
                self.ws(Ws::Blank);
                for (i, s) in b.stmts.iter().enumerate() {
                    if i > 0 {
                        self.tok(";");
                        self.ws(Ws::Blank);
                    }
                    self.stmt(s, i + 1 == b.stmts.len());
                }
                self.ws(Ws::Blank);
            }
            self.toggle(NO_EXTRA_LINEBREAK);
            self.set_pos(self.sm.off(b.rbrace));
            self.tok("}");
            self.toggle(NO_EXTRA_LINEBREAK);
        } else {
            if sep != Ws::Ignore {
                self.ws(Ws::Blank);
            }
            self.block(b, 1);
        }
        self.level = level;
    }
}
