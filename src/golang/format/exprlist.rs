//! Lists of expressions (call arguments, composite literal elements, assignment sides),
//! after go/printer's `exprList`: a list stays on one line when the source had it so;
//! otherwise the source's line breaks are kept, a run of `key: value` lines gets aligned
//! values unless the key sizes vary too much, and a trailing comma is added before a
//! closing bracket on its own line. Also the size of a node printed on one line.

use super::engine::{Position, Printer, Ws, INFINITY};
use crate::golang::syntax::ast::*;

pub const NO_MODE: u8 = 0;
pub const COMMA_TERM: u8 = 1;
pub const NO_INDENT: u8 = 2;

/// One list element: an expression, or a composite literal's `key: value`.
#[derive(Clone, Copy)]
pub enum Item<'e> {
    E(&'e Expr),
    KV(&'e Expr, &'e Expr),
}

impl Printer<'_, '_> {
    fn item_start(&self, it: Item) -> usize {
        match it {
            Item::E(x) | Item::KV(x, _) => self.sm.outer_start(x),
        }
    }

    fn item_end(&self, it: Item) -> usize {
        match it {
            Item::E(x) | Item::KV(_, x) => self.sm.outer_end(x),
        }
    }

    pub fn expr_list(&mut self, prev: Option<usize>, list: &[Expr], depth: usize, mode: u8, next: Option<usize>) {
        let items: Vec<Item> = list.iter().map(Item::E).collect();
        self.items(prev, &items, depth, mode, next);
    }

    pub fn element_list(&mut self, lbrace: usize, elts: &[Element], rbrace: usize) {
        let items: Vec<Item> = elts
            .iter()
            .map(|e| match &e.key {
                Some(k) => Item::KV(k, &e.value),
                None => Item::E(&e.value),
            })
            .collect();
        self.items(Some(lbrace), &items, 1, COMMA_TERM, Some(rbrace));
    }

    fn item(&mut self, it: Item, depth: usize, aligned: bool) {
        match it {
            Item::E(x) => self.expr0(x, depth),
            Item::KV(k, v) => {
                self.expr(k);
                if let Some(i) = self.sm.find(self.sm.outer_end(k), crate::golang::syntax::token::Tok::Colon) {
                    self.set_pos(self.sm.toks[i].off);
                }
                self.tok(":");
                self.ws(if aligned { Ws::Vtab } else { Ws::Blank });
                self.expr(v);
            }
        }
    }

    fn items(&mut self, prev0: Option<usize>, list: &[Item], depth: usize, mode: u8, next0: Option<usize>) {
        if list.is_empty() {
            return;
        }
        let prev = prev0.map(|o| self.pos_for(o)).unwrap_or_default();
        let next = next0.map(|o| self.pos_for(o)).unwrap_or_default();
        let mut line = self.line_for(self.item_start(list[0]));
        let end_line = self.line_for(self.item_end(list[list.len() - 1]));
        if prev.valid() && prev.line == line && line == end_line {
            return self.one_line(list, depth);
        }
        let mut ws = if mode & NO_INDENT == 0 { Ws::Indent } else { Ws::Ignore };
        let mut prev_break: isize = -1;
        if prev.valid() && prev.line < line && self.linebreak(line, 0, ws, true) > 0 {
            ws = Ws::Ignore;
            prev_break = 0;
        }
        let (mut size, mut log2sum, mut count) = (0usize, 0.0f64, 0usize);
        let mut prev_line = prev.line;
        for (i, &x) in list.iter().enumerate() {
            line = self.line_for(self.item_start(x));
            let prev_size = size;
            size = self.item_size(x, 1_000_000);
            if size <= 1_000_000 && prev.valid() && next.valid() {
                if let Item::KV(k, _) = x {
                    size = self.expr_size(k, 1_000_000);
                }
            } else {
                size = 0;
            }
            let use_ff = breaks_alignment(prev_size, size, log2sum, count);
            let needs_linebreak = 0 < prev_line && prev_line < line;
            if i > 0 {
                if !needs_linebreak {
                    self.set_pos(self.item_start(x));
                }
                self.tok(",");
                let mut needs_blank = true;
                if needs_linebreak {
                    let nbreaks = self.linebreak(line, 0, ws, use_ff || prev_break + 1 < i as isize);
                    if nbreaks > 0 {
                        ws = Ws::Ignore;
                        prev_break = i as isize;
                        needs_blank = false;
                    }
                    if nbreaks > 1 {
                        log2sum = 0.0;
                        count = 0;
                    }
                }
                if needs_blank {
                    self.ws(Ws::Blank);
                }
            }
            let aligned = list.len() > 1 && matches!(x, Item::KV(..)) && size > 0 && needs_linebreak;
            self.item(x, depth, aligned);
            if size > 0 {
                log2sum += (size as f64).log2();
                count += 1;
            }
            prev_line = line;
        }
        self.list_end(mode, next, ws);
    }

    /// A list on the line of what precedes it: `a, b, c`.
    fn one_line(&mut self, list: &[Item], depth: usize) {
        for (i, &x) in list.iter().enumerate() {
            if i > 0 {
                self.set_pos(self.item_start(x));
                self.tok(",");
                self.ws(Ws::Blank);
            }
            self.item(x, depth, false);
        }
    }

    /// After a multi-line list: the trailing comma before a closing bracket on its own line,
    /// and the end of the list's indentation.
    fn list_end(&mut self, mode: u8, next: Position, ws: Ws) {
        if mode & COMMA_TERM != 0 && next.valid() && self.pos.line < next.line {
            self.tok(",");
            if ws == Ws::Ignore && mode & NO_INDENT == 0 {
                self.ws(Ws::Unindent);
            }
            self.ws(Ws::Formfeed);
            return;
        }
        if ws == Ws::Ignore && mode & NO_INDENT == 0 {
            self.ws(Ws::Unindent);
        }
    }

    fn item_size(&mut self, it: Item, max: usize) -> usize {
        match it {
            Item::E(x) => self.expr_size(x, max),
            Item::KV(k, v) => {
                let key = (v.id.0, 3);
                if let Some(&s) = self.sm.memo.borrow().get(&key) {
                    return s;
                }
                let s = self.measure(max, |q| q.item(it, 1, false));
                self.sm.memo.borrow_mut().insert(key, s);
                let _ = k;
                s
            }
        }
    }

    /// The size of an expression printed on one line, or more than `max`.
    pub fn expr_size(&mut self, e: &Expr, max: usize) -> usize {
        let key = (e.id.0, 2);
        if let Some(&s) = self.sm.memo.borrow().get(&key) {
            return s;
        }
        let s = self.measure(max, |q| q.expr(e));
        self.sm.memo.borrow_mut().insert(key, s);
        s
    }

    /// Prints something with a fresh printer without comments or alignment; its length if
    /// it fits on one line within `max`, else `max + 1`.
    pub fn measure(&mut self, max: usize, f: impl FnOnce(&mut Printer)) -> usize {
        let mut q = Printer::new(self.sm, false);
        f(&mut q);
        q.implied_semi = false;
        q.flush(Position { offset: INFINITY, line: INFINITY, col: 0 }, "EOF");
        let text = super::tabwriter::trim_raw(&q.output);
        if text.len() <= max && !text.contains('\n') {
            text.len()
        } else {
            max + 1
        }
    }
}

/// Whether an item's size differs enough from the previous ones (their geometric mean) to
/// end the run of aligned `key: value` lines (go/printer's heuristic).
fn breaks_alignment(prev_size: usize, size: usize, log2sum: f64, count: usize) -> bool {
    if prev_size == 0 || size == 0 {
        return true;
    }
    if count == 0 || (prev_size <= 40 && size <= 40) {
        return false;
    }
    let geomean = (log2sum / count as f64).exp2();
    let ratio = size as f64 / geomean;
    2.5 * ratio <= 1.0 || 2.5 <= ratio
}
