//! Declarations inside a function body: `var`, `const` and `type` declared in the current
//! block scope (locals are tracked for `declared and not used`).

use super::check::Checker;
use super::table::*;
use super::{ast, ObjId, ObjKind, Type};

impl Checker {
    pub(super) fn local_decl(&mut self, d: &ast::Decl) {
        match d {
            ast::Decl::Var(specs) => {
                for s in specs {
                    let objs: Vec<Option<ObjId>> = s
                        .names
                        .iter()
                        .map(|n| {
                            Some(self.new_obj(
                                &n.name,
                                ObjKind::Var { global: false, captured: false, addressed: false },
                                INVALID,
                                n.pos,
                            ))
                        })
                        .collect();
                    self.var_spec(s, &objs);
                    for (n, o) in s.names.iter().zip(&objs) {
                        let o = o.unwrap_or(ObjId(0));
                        let sc = self.scope;
                        if self.declare(sc, n, o) && n.name != "_" {
                            if let Some(f) = self.fun.as_mut() {
                                f.locals.push(o);
                            }
                        }
                    }
                }
            }
            ast::Decl::Const(specs) => {
                for (si, s) in specs.iter().enumerate() {
                    let mut objs = Vec::new();
                    for (ni, n) in s.names.iter().enumerate() {
                        let o = self.new_obj(&n.name, ObjKind::Const(super::Const::Int(0)), INVALID, n.pos);
                        let saved_iota = self.iota;
                        self.const_spec_value(o, specs, si, ni);
                        self.iota = saved_iota;
                        objs.push((n, o));
                    }
                    for (n, o) in objs {
                        let sc = self.scope;
                        self.declare(sc, n, o);
                    }
                }
            }
            ast::Decl::Type(specs) => {
                for s in specs {
                    let o = self.new_obj(&s.name.name, ObjKind::TypeName, INVALID, s.name.pos);
                    if !s.alias {
                        let t = self.tt.intern(Type::Named { obj: o, targs: vec![] });
                        self.objs[o.0 as usize].ty = t;
                        self.tt.named.insert(o, super::NamedInfo::default());
                    }
                    let sc = self.scope;
                    self.declare(sc, &s.name, o);
                    self.decl_stack.push(o);
                    self.ox[o.0 as usize].state = super::check::DeclState::Doing;
                    self.ox[o.0 as usize].decl =
                        Some(super::check::DeclRef::Type { file: self.cur, decl: usize::MAX, spec: 0 });
                    self.type_spec(o, s);
                    self.ox[o.0 as usize].state = super::check::DeclState::Done;
                    self.decl_stack.pop();
                }
            }
            ast::Decl::Func(fd) => self.error(fd.pos, "function declaration inside a function"),
        }
    }
}
