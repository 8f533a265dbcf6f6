//! Operand names and literals: identifiers resolved to their objects (variables,
//! constants, `iota`, types, functions, packages, builtins, `nil`), the bookkeeping of a
//! use (unused variables, closure captures, initialisation dependencies), and basic literals.

use super::check::Checker;
use super::check::DeclState;
use super::constant::Value;
use super::expr::const_to_value;
use super::literal::{char_lit, float_lit, imag_lit, int_lit, string_lit, LitErr};
use super::operand::Operand;
use super::table::*;
use super::{ast, Basic, Mode, ObjId, ObjKind};
use ast::Expr;

impl Checker {
    pub(super) fn ident(&mut self, e: &Expr, n: &str) -> Operand {
        if n == "_" {
            self.error(e.pos, "cannot use _ as value or type");
            return Operand::invalid();
        }
        let Some(o) = self.lookup(n) else {
            self.error(e.pos, format!("undefined: {n}"));
            return Operand::invalid();
        };
        if self.ox[o.0 as usize].state != DeclState::Done {
            self.obj_decl(o);
        }
        self.record_use(e.id, o);
        // A package named outside a selector does not count as a use of its import.
        if !matches!(self.objs[o.0 as usize].kind, ObjKind::Package(_)) {
            self.use_obj(o);
        }
        let obj = &self.objs[o.0 as usize];
        let ty = obj.ty;
        match &obj.kind {
            ObjKind::Var { .. } => Operand { mode: Mode::Variable, ty, val: None, id: None },
            ObjKind::Const(_) if o == self.univ.iota => match self.iota {
                Some(i) => Operand { mode: Mode::Constant, ty, val: Some(Value::Int(i)), id: None },
                None => {
                    self.error(e.pos, "cannot use iota outside constant declaration");
                    Operand::invalid()
                }
            },
            ObjKind::Const(c) => {
                let v = self.const_vals.get(&o).cloned().unwrap_or_else(|| const_to_value(c));
                if ty == INVALID {
                    return Operand::invalid();
                }
                Operand { mode: Mode::Constant, ty, val: Some(v), id: None }
            }
            ObjKind::TypeName => Operand { mode: Mode::TypeExpr, ty, val: None, id: None },
            ObjKind::Func { .. } => {
                if self.generic_funcs.contains_key(&o) {
                    self.generic_exprs.insert((self.cur, e.id));
                }
                Operand { mode: Mode::Value, ty, val: None, id: None }
            }
            ObjKind::Package(_) => {
                self.error(e.pos, format!("use of package {n} not in selector"));
                Operand::invalid()
            }
            ObjKind::Builtin(_) => Operand { mode: Mode::Builtin, ty: VOID, val: None, id: None },
            ObjKind::Nil => Operand::value(basic(Basic::UntypedNil)),
            ObjKind::Label => Operand::invalid(),
        }
    }

    /// Notes a use of object `o`: used, captured by a closure, a dependency of the
    /// package-level declaration being checked.
    pub(crate) fn use_obj(&mut self, o: ObjId) {
        let i = o.0 as usize;
        self.ox[i].used = true;
        if let Some(&imp) = self.dot_imported.get(&o) {
            self.ox[imp.0 as usize].used = true;
        }
        let f = self.ox[i].func;
        let cur = self.fun.as_ref().map(|f| f.id).unwrap_or(0);
        if let ObjKind::Var { captured, .. } = &mut self.objs[i].kind {
            if f != 0 && f != cur {
                *captured = true;
            }
        }
        let global = f == 0 && matches!(self.objs[i].kind, ObjKind::Var { .. } | ObjKind::Func { .. });
        if global && self.ox[i].decl.is_some() {
            if let Some(&top) = self.decl_stack.last() {
                if !self.ox[top.0 as usize].deps.contains(&o) {
                    self.ox[top.0 as usize].deps.push(o);
                }
            }
        }
    }

    pub(super) fn basic_lit(&mut self, e: &Expr, l: &ast::Lit) -> Operand {
        use ast::LitKind::*;
        let (r, b) = match l.kind {
            Int => (int_lit(&l.raw), Basic::UntypedInt),
            Float => (float_lit(&l.raw), Basic::UntypedFloat),
            Imag => (imag_lit(&l.raw), Basic::UntypedComplex),
            Char => (char_lit(&l.raw), Basic::UntypedRune),
            String => (string_lit(&l.raw), Basic::UntypedString),
        };
        match r {
            Ok(v) => Operand { mode: Mode::Constant, ty: basic(b), val: Some(v), id: None },
            Err(LitErr::TooBig) => {
                self.error(e.pos, format!("chanlab does not support constants as large as {} yet", l.raw));
                Operand::invalid()
            }
            // The lexer has reported it (`newline in string`...); Go says nothing more.
            Err(LitErr::Malformed) => Operand::invalid(),
        }
    }
}
