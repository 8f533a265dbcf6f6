//! The braces of a struct or interface type and what is between them, after go/printer's
//! `fieldList`: names, types and tags of struct fields separated by alignment tabs, extra
//! tabs before a trailing comment so comments line up, one element per line.

use super::engine::{Printer, Ws};
use crate::golang::syntax::ast::*;
use crate::golang::syntax::token::Tok;

impl Printer<'_, '_> {
    /// `{ ... }` of a struct (`elems` is None) or an interface.
    pub fn field_list(&mut self, e: &Expr, fields: &[Field], elems: Option<&[InterfaceElem]>) {
        let Some(lb) = self.sm.find(self.sm.off(e.pos), Tok::Lbrace) else { return };
        let (lbrace, rbrace) = (self.sm.toks[lb].off, self.sm.toks[self.sm.partner[lb]].off);
        let n = elems.map_or(fields.len(), <[_]>::len);
        let has_comments = self.comment_before(self.pos_for(rbrace));
        let one_line = self.line_for(lbrace) == self.line_for(rbrace);
        if !has_comments && one_line {
            if n == 0 {
                self.set_pos(lbrace);
                self.tok("{");
                self.set_pos(rbrace);
                self.tok("}");
                return;
            }
            if self.is_one_line(fields, elems) {
                self.set_pos(lbrace);
                self.tok("{");
                self.ws(Ws::Blank);
                match elems {
                    None => self.struct_field(&fields[0], Ws::Blank, true),
                    Some(el) => self.interface_elem(&el[0]),
                }
                self.ws(Ws::Blank);
                self.set_pos(rbrace);
                self.tok("}");
                return;
            }
        }
        self.ws(Ws::Blank);
        self.set_pos(lbrace);
        self.tok("{");
        self.ws(Ws::Indent);
        if has_comments || n > 0 {
            self.ws(Ws::Formfeed);
        }
        let mut slot = None;
        for i in 0..n {
            let start = match elems {
                None => self.field_start(&fields[i]),
                Some(el) => self.elem_start(&el[i]),
            };
            if let Some(s) = slot {
                let sect = self.lines_from(s) > 0;
                self.linebreak(self.line_for(start), 1, Ws::Ignore, sect);
            }
            slot = Some(self.record_line());
            match elems {
                None => {
                    let sep = if fields.len() == 1 { Ws::Blank } else { Ws::Vtab };
                    self.struct_field(&fields[i], sep, false);
                }
                Some(el) => self.interface_elem(&el[i]),
            }
        }
        self.ws(Ws::Unindent);
        self.ws(Ws::Formfeed);
        self.set_pos(rbrace);
        self.tok("}");
    }

    fn elem_start(&self, e: &InterfaceElem) -> usize {
        match e {
            InterfaceElem::Method { name, .. } => self.sm.off(name.pos),
            InterfaceElem::Union(terms) => match terms.first() {
                Some(t) if t.tilde => {
                    let s = self.sm.outer_start(&t.ty);
                    self.sm.prev_tok(s).map_or(s, |i| self.sm.toks[i].off)
                }
                Some(t) => self.sm.outer_start(&t.ty),
                None => 0,
            },
        }
    }

    fn elem_end(&self, e: &InterfaceElem) -> usize {
        match e {
            InterfaceElem::Method { name, ty } => self.sm.func_type_end(ty, self.sm.off(name.pos) + name.name.len()),
            InterfaceElem::Union(terms) => terms.last().map_or(0, |t| self.sm.outer_end(&t.ty)),
        }
    }

    fn is_one_line(&mut self, fields: &[Field], elems: Option<&[InterfaceElem]>) -> bool {
        match elems {
            None => {
                if fields.len() != 1 {
                    return false;
                }
                let f = &fields[0];
                if f.tag.is_some() || self.has_line_comment(self.name_type_end(&f.ty)) {
                    return false;
                }
                let mut names = 0;
                for (i, n) in f.names.iter().enumerate() {
                    names += if i > 0 { 2 } else { 0 } + n.name.chars().count();
                    if names >= 30 {
                        break;
                    }
                }
                let names = names.min(1);
                names + self.expr_size(&f.ty, 30) <= 30
            }
            Some(el) => {
                if el.len() != 1 || self.has_line_comment(self.elem_end(&el[0])) {
                    return false;
                }
                // As go/printer measures it: a method counts one for its name and then
                // its type, `func(...) ...`.
                let e = el[0].clone();
                let size = match &e {
                    InterfaceElem::Method { name, ty } => {
                        let from = self.sm.off(name.pos) + name.name.len();
                        1 + self.measure(30, |q| {
                            q.tok("func");
                            q.signature(ty, from)
                        })
                    }
                    InterfaceElem::Union(_) => self.measure(30, |q| q.interface_elem(&e)),
                };
                size <= 30
            }
        }
    }

    fn struct_field(&mut self, f: &Field, sep: Ws, one_line: bool) {
        let mut extra_tabs;
        if !f.names.is_empty() {
            if one_line {
                for (i, n) in f.names.iter().enumerate() {
                    if i > 0 {
                        self.tok(",");
                        self.ws(Ws::Blank);
                    }
                    self.set_pos(self.sm.off(n.pos));
                    self.ident(&n.name);
                }
            } else {
                self.ident_list(&f.names, false);
            }
            self.ws(sep);
            self.type_after_name(&f.ty);
            extra_tabs = 1;
        } else {
            self.expr(&f.ty);
            extra_tabs = 2;
        }
        let mut end = self.name_type_end(&f.ty);
        if f.tag.is_some() {
            if let Some(i) = self.sm.next_tok(end).filter(|&i| self.sm.toks[i].tok == Tok::Literal) {
                if !f.names.is_empty() && sep == Ws::Vtab {
                    self.ws(sep);
                }
                self.ws(sep);
                let t = &self.sm.toks[i];
                self.set_pos(t.off);
                self.lit(t.text, false);
                end = t.end();
                extra_tabs = 0;
            }
        }
        if !one_line && self.has_line_comment(end) {
            for _ in 0..extra_tabs {
                self.ws(sep);
            }
        }
    }

    fn interface_elem(&mut self, e: &InterfaceElem) {
        match e {
            InterfaceElem::Method { name, ty } => {
                self.set_pos(self.sm.off(name.pos));
                self.ident(&name.name);
                self.signature(ty, self.sm.off(name.pos) + name.name.len());
            }
            InterfaceElem::Union(terms) => {
                self.set_pos(self.elem_start(e));
                self.union(terms)
            }
        }
    }
}
