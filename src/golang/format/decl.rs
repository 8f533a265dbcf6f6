//! Declarations and the file, after go/printer: one blank line between declarations of
//! different kinds or with a doc comment, `var`/`const` groups aligned in columns (names,
//! types, `= values`, comments), type groups aligned, function bodies kept on one line when
//! the source had them so and they are short.

use super::engine::{Printer, Ws};
use super::exprlist::NO_MODE;
use super::types::ParamMode;
use crate::golang::syntax::ast::*;
use crate::golang::syntax::token::Tok;

/// A top-level declaration with the token index of its keyword.
pub enum TopDecl<'f> {
    Import(Vec<&'f Import>),
    Decl(&'f Decl),
}

impl Printer<'_, '_> {
    pub fn file(&mut self, f: &File) {
        let pkg = self.sm.find(0, Tok::Package).map_or(0, |i| self.sm.toks[i].off);
        self.set_pos(pkg);
        self.tok("package");
        self.ws(Ws::Blank);
        self.set_pos(self.sm.off(f.package.pos));
        self.ident(&f.package.name);
        let kws = self.top_keywords();
        let mut list: Vec<(usize, TopDecl)> = Vec::new();
        let mut k = 0;
        for (ki, &t) in kws.iter().enumerate() {
            if self.sm.toks[t].tok != Tok::Import {
                break;
            }
            let end = kws.get(ki + 1).map_or(usize::MAX, |&n| self.sm.toks[n].off);
            let from = self.sm.toks[t].off;
            let specs = f.imports.iter().filter(|i| (from..end).contains(&self.sm.off(i.pos))).collect();
            list.push((t, TopDecl::Import(specs)));
            k = ki + 1;
        }
        for d in &f.decls {
            let t = match d {
                Decl::Func(fd) => self.sm.tok_at(self.sm.off(fd.pos)).unwrap_or(0),
                _ => kws.get(k).copied().unwrap_or(0),
            };
            k += 1;
            list.push((t, TopDecl::Decl(d)));
        }
        self.decl_list(&list);
        self.ws(Ws::Newline);
    }

    /// The keywords at the top level of the file, in order.
    fn top_keywords(&self) -> Vec<usize> {
        let mut depth = 0i32;
        let mut out = Vec::new();
        for (i, t) in self.sm.toks.iter().enumerate() {
            match t.tok {
                Tok::Lparen | Tok::Lbrack | Tok::Lbrace => depth += 1,
                Tok::Rparen | Tok::Rbrack | Tok::Rbrace => depth -= 1,
                Tok::Import | Tok::Var | Tok::Const | Tok::Type | Tok::Func if depth == 0 && self.starts_decl(i) => {
                    out.push(i)
                }
                _ => {}
            }
        }
        out
    }

    /// Whether keyword token `i` begins a declaration (first on its line, or after `;`).
    fn starts_decl(&self, i: usize) -> bool {
        match i.checked_sub(1) {
            None => true,
            Some(j) => {
                let prev = &self.sm.toks[j];
                prev.tok == Tok::Semi || self.line_for(prev.off) < self.line_for(self.sm.toks[i].off)
            }
        }
    }

    fn decl_list(&mut self, list: &[(usize, TopDecl)]) {
        let mut tok = Tok::EOF;
        for (t, d) in list {
            let prev = tok;
            tok = self.sm.toks.get(*t).map_or(Tok::EOF, |x| x.tok);
            let off = self.sm.toks.get(*t).map_or(0, |x| x.off);
            if !self.output.is_empty() {
                let min = if prev != tok || self.has_doc(off) { 2 } else { 1 };
                let multi = tok == Tok::Func && self.decl_lines(d, off) > 1;
                self.linebreak(self.line_for(off), min, Ws::Ignore, multi);
            }
            match d {
                TopDecl::Import(specs) => self.import_decl(*t, specs),
                TopDecl::Decl(d) => self.decl(d, off),
            }
        }
    }

    fn decl_lines(&self, d: &TopDecl, off: usize) -> usize {
        match d {
            TopDecl::Decl(Decl::Func(f)) => {
                let end = match &f.body {
                    Some(b) => self.sm.off(b.rbrace),
                    None => self.sm.func_type_end(&f.ty, self.sm.off(f.name.pos) + f.name.name.len()),
                };
                self.line_for(end) - self.line_for(off) + 1
            }
            _ => 1,
        }
    }

    /// Whether a doc comment ends on the line just before the token at `off`.
    pub fn has_doc(&self, off: usize) -> bool {
        let line = self.line_for(off);
        let prev_tok_end = self.sm.prev_tok(off).map_or(0, |i| self.sm.toks[i].end());
        self.sm.groups.iter().any(|g| {
            let first = &g.list[0];
            let last = &g.list[g.list.len() - 1];
            first.off >= prev_tok_end
                && last.end <= off
                && self.line_for(last.end.saturating_sub(1)) + 1 == line
                && (prev_tok_end == 0 || self.line_for(first.off) != self.line_for(prev_tok_end))
        })
    }

    fn import_decl(&mut self, t: usize, specs: &[&Import]) {
        let off = self.sm.toks[t].off;
        self.set_pos(off);
        self.tok("import");
        self.ws(Ws::Blank);
        let grouped = self.sm.toks.get(t + 1).is_some_and(|x| x.tok == Tok::Lparen);
        if !grouped {
            if let Some(s) = specs.first() {
                self.import_spec(s);
            }
            return;
        }
        let lp = t + 1;
        let items: Vec<usize> = specs.iter().map(|s| self.import_start(s)).collect();
        self.group(lp, specs.len(), &items, |p, i, _n| p.import_spec(specs[i]));
    }

    fn import_start(&self, s: &Import) -> usize {
        self.sm.off(s.name.as_ref().map_or(s.path_pos, |n| n.pos))
    }

    fn import_spec(&mut self, s: &Import) {
        if let Some(n) = &s.name {
            self.set_pos(self.sm.off(n.pos));
            self.ident(&n.name);
            self.ws(Ws::Blank);
        }
        let po = self.sm.off(s.path_pos);
        let text = self.sm.tok_at(po).map_or("", |i| self.sm.toks[i].text);
        self.set_pos(po);
        self.lit(text, false);
    }

    /// `( specs )` of a grouped declaration whose `(` is token `lp`.
    fn group(&mut self, lp: usize, n: usize, starts: &[usize], mut spec: impl FnMut(&mut Self, usize, usize)) {
        let rp = self.sm.partner[lp];
        self.set_pos(self.sm.toks[lp].off);
        self.tok("(");
        if n > 0 {
            self.ws(Ws::Indent);
            self.ws(Ws::Formfeed);
            let mut slot: Option<usize> = None;
            for (i, &start) in starts.iter().enumerate().take(n) {
                if let Some(s) = slot {
                    let sect = self.lines_from(s) > 0;
                    self.linebreak(self.line_for(start), 1, Ws::Ignore, sect);
                }
                slot = Some(self.record_line());
                spec(self, i, n);
            }
            self.ws(Ws::Unindent);
            self.ws(Ws::Formfeed);
        }
        self.set_pos(self.sm.toks[rp].off);
        self.tok(")");
    }

    /// A declaration whose keyword is at `off`.
    pub fn decl(&mut self, d: &Decl, off: usize) {
        let t = self.sm.tok_at(off).unwrap_or(0);
        match d {
            Decl::Func(f) => self.func_decl(f),
            Decl::Var(specs) => {
                let vs: Vec<Spec> =
                    specs.iter().map(|s| Spec { names: &s.names, ty: s.ty.as_ref(), values: &s.values }).collect();
                self.value_decl(t, "var", &vs);
            }
            Decl::Const(specs) => {
                let vs: Vec<Spec> =
                    specs.iter().map(|s| Spec { names: &s.names, ty: s.ty.as_ref(), values: &s.values }).collect();
                self.value_decl(t, "const", &vs);
            }
            Decl::Type(specs) => {
                self.set_pos(off);
                self.tok("type");
                self.ws(Ws::Blank);
                let grouped = self.sm.toks.get(t + 1).is_some_and(|x| x.tok == Tok::Lparen);
                if !grouped {
                    if let Some(s) = specs.first() {
                        self.type_spec(s, 1);
                    }
                    return;
                }
                let starts: Vec<usize> = specs.iter().map(|s| self.sm.off(s.name.pos)).collect();
                self.group(t + 1, specs.len(), &starts, |p, i, n| p.type_spec(&specs[i], n));
            }
        }
    }

    fn type_spec(&mut self, s: &TypeSpec, n: usize) {
        let no = self.sm.off(s.name.pos);
        self.set_pos(no);
        self.ident(&s.name.name);
        if !s.type_params.is_empty() {
            if let Some(b) = self.sm.find(no, Tok::Lbrack) {
                self.parameters(&s.type_params, b, ParamMode::TypeT);
            }
        }
        self.ws(if n == 1 { Ws::Blank } else { Ws::Vtab });
        if s.alias {
            self.tok("=");
            self.ws(Ws::Blank);
        }
        self.type_after_name(&s.ty);
    }
}

/// A `var` or `const` spec.
pub struct Spec<'f> {
    pub names: &'f [Ident],
    pub ty: Option<&'f Expr>,
    pub values: &'f [Expr],
}

impl Printer<'_, '_> {
    fn spec_end(&self, s: &Spec) -> usize {
        if let Some(v) = s.values.last() {
            return self.sm.outer_end(v);
        }
        if let Some(t) = s.ty {
            return self.name_type_end(t);
        }
        s.names.last().map_or(0, |n| self.sm.off(n.pos) + n.name.len())
    }

    fn value_decl(&mut self, t: usize, kw: &'static str, specs: &[Spec]) {
        self.set_pos(self.sm.toks.get(t).map_or(0, |x| x.off));
        self.tok(kw);
        self.ws(Ws::Blank);
        let grouped = self.sm.toks.get(t + 1).is_some_and(|x| x.tok == Tok::Lparen);
        if !grouped && specs.len() == 1 {
            return self.value_spec_single(&specs[0], true);
        }
        if !grouped {
            return;
        }
        let starts: Vec<usize> = specs.iter().map(|s| s.names.first().map_or(0, |n| self.sm.off(n.pos))).collect();
        let keep = keep_type_column(specs);
        self.group(t + 1, specs.len(), &starts, |p, i, n| {
            if n > 1 {
                p.value_spec(&specs[i], keep[i])
            } else {
                p.value_spec_single(&specs[i], false)
            }
        });
    }

    /// A spec alone: not aligned; a multi-line name list indented when `do_indent`.
    fn value_spec_single(&mut self, s: &Spec, do_indent: bool) {
        self.set_pos(s.names.first().map_or(0, |n| self.sm.off(n.pos)));
        self.ident_list(s.names, do_indent);
        if let Some(t) = s.ty {
            self.ws(Ws::Blank);
            self.type_after_name(t);
        }
        if !s.values.is_empty() {
            self.ws(Ws::Blank);
            self.tok("=");
            self.ws(Ws::Blank);
            self.expr_list(None, s.values, 1, NO_MODE, None);
        }
    }

    fn value_spec(&mut self, s: &Spec, keep_type: bool) {
        self.set_pos(s.names.first().map_or(0, |n| self.sm.off(n.pos)));
        self.ident_list(s.names, false);
        let mut extra_tabs = 3;
        if s.ty.is_some() || keep_type {
            self.ws(Ws::Vtab);
            extra_tabs -= 1;
        }
        if let Some(t) = s.ty {
            self.type_after_name(t);
        }
        if !s.values.is_empty() {
            self.ws(Ws::Vtab);
            self.tok("=");
            self.ws(Ws::Blank);
            self.expr_list(None, s.values, 1, NO_MODE, None);
            extra_tabs -= 1;
        }
        if self.has_line_comment(self.spec_end(s)) {
            for _ in 0..extra_tabs {
                self.ws(Ws::Vtab);
            }
        }
    }
}

fn keep_type_column(specs: &[Spec]) -> Vec<bool> {
    let mut m = vec![false; specs.len()];
    let mut i0: Option<usize> = None;
    let mut keep = false;
    for (i, s) in specs.iter().enumerate() {
        if !s.values.is_empty() {
            if i0.is_none() {
                i0 = Some(i);
                keep = false;
            }
        } else if let Some(a) = i0.take() {
            if keep {
                m[a..i].iter_mut().for_each(|x| *x = true);
            }
        }
        if s.ty.is_some() {
            keep = true;
        }
    }
    if let Some(a) = i0 {
        if keep {
            m[a..].iter_mut().for_each(|x| *x = true);
        }
    }
    m
}
