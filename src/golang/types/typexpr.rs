//! Type expressions to types: names (and qualified names), pointers, arrays with constant
//! lengths, slices, maps with comparable keys, channels, functions, generic instantiations;
//! type declarations and their recursion checks (`invalid recursive type`). Struct and
//! interface literals are struct_iface.rs's.

use super::check::{Checker, DeclState};
use super::operand::Operand;
use super::table::{basic, INVALID};
use super::{ast, Basic, Mode, ObjId, ObjKind, Signature, Type, TypeAndValue, TypeId};
use ast::{Expr, ExprKind};

/// The most values (elements, counting nested arrays and struct fields) one array may hold:
/// the interpreter builds an array's zero value in full, so `var a [1e9]int` would take
/// gigabytes (the same bound as a slice's, `vm::ops::MAX_ELEMS`).
pub const MAX_ARRAY_VALUES: u64 = 1 << 25;

impl Checker {
    /// The type denoted by `e`, or an error (`undefined: T`, `x is not a type`).
    pub(crate) fn type_expr(&mut self, e: &Expr) -> TypeId {
        self.depth += 1;
        let t = if self.depth > super::expr::MAX_NESTING {
            self.nesting_error(e.pos);
            INVALID
        } else {
            self.type_expr_inner(e)
        };
        self.depth -= 1;
        self.info().types.insert(e.id, TypeAndValue { mode: Mode::TypeExpr, ty: t, value: None });
        t
    }

    fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Selector(..) => {
                let t = self.type_name(e);
                let alias = match &e.kind {
                    ExprKind::Name(n) => self.lookup(n).filter(|a| self.generic_aliases.contains_key(a)),
                    _ => None,
                };
                if let Some(a) = alias {
                    let n = self.objs[a.0 as usize].name.clone();
                    let parts: Vec<String> = self.generic_aliases[&a]
                        .iter()
                        .map(|o| {
                            let c = self.tt.named.get(o).and_then(|n| n.underlying).map(|c| self.ts(c));
                            format!("{} {}", self.objs[o.0 as usize].name, c.unwrap_or_default())
                        })
                        .collect();
                    let s = parts.join(", ");
                    self.error(e.pos, format!("cannot use generic type {n}[{s}] without instantiation"));
                    return INVALID;
                }
                if let Some(g) = self.generic_type_obj(t) {
                    let n = self.objs[g.0 as usize].name.clone();
                    let s = self.generic_type_string(g);
                    self.error(e.pos, format!("cannot use generic type {n}{s} without instantiation"));
                    return INVALID;
                }
                t
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => match self.var_type(x) {
                // As Go: a pointer to an invalid type is invalid (no follow-on errors).
                INVALID => INVALID,
                t => self.tt.intern(Type::Pointer(t)),
            },
            ExprKind::ArrayType { len: None, elem } => {
                let t = self.var_type(elem);
                self.tt.intern(Type::Slice(t))
            }
            ExprKind::ArrayType { len: Some(ast::ArrayLen::Auto), elem } => {
                self.error(e.pos, "invalid use of [...] array (outside a composite literal)");
                self.type_expr(elem);
                INVALID
            }
            ExprKind::ArrayType { len: Some(ast::ArrayLen::Expr(n)), elem } => {
                let len = self.array_len(n);
                let t = self.var_type(elem);
                len.map_or(INVALID, |len| self.array_of(e.pos, len, t))
            }
            ExprKind::MapType(k, v) => self.map_type(k, v),
            ExprKind::ChanType(dir, x) => {
                let t = self.var_type(x);
                self.tt.intern(Type::Chan(*dir, t))
            }
            ExprKind::FuncType(ft) => {
                let s = self.signature(ft);
                self.tt.intern(Type::Func(s))
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Index(x, args) => self.instantiate_type(e, x, args),
            ExprKind::Ellipsis(x) => {
                self.error(e.pos, "invalid use of ...");
                self.type_expr(x);
                INVALID
            }
            _ => {
                let x = self.expr(e);
                if x.ty != INVALID {
                    let s = super::printer::expr_string(e);
                    self.error(e.pos, format!("{s} is not a type"));
                }
                INVALID
            }
        }
    }

    /// A type used for values (variables, fields, parameters, elements): constraint
    /// interfaces are not allowed there.
    pub(crate) fn var_type(&mut self, e: &Expr) -> TypeId {
        let t = self.type_expr(e);
        if t != INVALID && !self.tt.is_type_param(t) {
            if let Type::Interface { terms, comparable, .. } = self.tt.get(self.tt.underlying(t)) {
                let why = if !terms.is_empty() {
                    Some("interface contains type constraints")
                } else if *comparable {
                    Some("interface is (or embeds) comparable")
                } else {
                    None
                };
                if let Some(why) = why {
                    let s = match &e.kind {
                        ExprKind::InterfaceType(_) => self.writer().explicit_interface(t),
                        _ => self.ts(t),
                    };
                    self.error(
                        super::expr::start_pos(e),
                        format!("cannot use type {s} outside a type constraint: {why}"),
                    );
                }
            }
        }
        t
    }

    /// `[len]elem`, or INVALID (with chanlab's "not supported yet" at `pos`) when its values
    /// would pass [`MAX_ARRAY_VALUES`].
    pub(crate) fn array_of(&mut self, pos: ast::Pos, len: u64, elem: TypeId) -> TypeId {
        if len.saturating_mul(self.tt.values_in(elem, 0)) > MAX_ARRAY_VALUES {
            self.error(pos, format!("chanlab does not support arrays of more than {MAX_ARRAY_VALUES} values yet"));
            return INVALID;
        }
        self.tt.intern(Type::Array(len, elem))
    }

    /// A (possibly qualified) type name; the generic type itself for a generic name.
    pub(crate) fn type_name(&mut self, e: &Expr) -> TypeId {
        let Some(o) = self.resolve_name_expr(e) else { return INVALID };
        match self.objs[o.0 as usize].kind {
            ObjKind::TypeName => {
                if self.ox[o.0 as usize].state == DeclState::Todo {
                    self.obj_decl(o);
                }
                if self.objs[o.0 as usize].pkg.is_empty() && self.pkg_path() == "main" {
                    self.spellings.note(&self.objs[o.0 as usize].name);
                }
                self.objs[o.0 as usize].ty
            }
            _ => {
                self.not_a_type(e, o);
                INVALID
            }
        }
    }

    /// `x (local variable) is not a type`; a package member is described as an operand
    /// (`fmt.Println (value of type func(...)) is not a type`).
    fn not_a_type(&mut self, e: &Expr, o: ObjId) {
        let obj = &self.objs[o.0 as usize];
        let msg = match (&e.kind, &obj.kind) {
            (ExprKind::Name(n), _) => format!("{n} ({}) is not a type", self.obj_kind_string(o)),
            (_, ObjKind::Const(c)) => {
                let v = self.const_vals.get(&o).cloned().unwrap_or_else(|| super::expr::const_to_value(c));
                let x = Operand { mode: Mode::Constant, ty: obj.ty, val: Some(v), id: None };
                format!("{} is not a type", self.describe(&x, e))
            }
            (_, ObjKind::Var { .. }) => {
                let x = Operand { mode: Mode::Variable, ty: obj.ty, val: None, id: None };
                format!("{} is not a type", self.describe(&x, e))
            }
            _ => {
                let x = Operand::value(obj.ty);
                format!("{} is not a type", self.describe(&x, e))
            }
        };
        self.error(e.pos, msg);
    }

    /// Resolves `x` or `pkg.X` to an object, reporting `undefined: x`.
    pub(crate) fn resolve_name_expr(&mut self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Name(n) => {
                let Some(o) = self.lookup(n) else {
                    let msg = if n == "_" { "cannot use _ as value or type".into() } else { format!("undefined: {n}") };
                    self.error(e.pos, msg);
                    return None;
                };
                self.record_use(e.id, o);
                // A package named where a type belongs is not a use of its import.
                if !matches!(self.objs[o.0 as usize].kind, ObjKind::Package(_)) {
                    self.mark_used(o);
                }
                if let Some(&imp) = self.dot_imported.get(&o) {
                    self.mark_used(imp);
                }
                Some(o)
            }
            ExprKind::Selector(x, sel) => {
                let ExprKind::Name(p) = &x.kind else {
                    let s = super::printer::expr_string(e);
                    self.error(e.pos, format!("{s} is not a type"));
                    return None;
                };
                let Some(po) = self.lookup(p) else {
                    self.error(x.pos, format!("undefined: {p}"));
                    return None;
                };
                self.record_use(x.id, po);
                self.mark_used(po);
                let ObjKind::Package(path) = self.objs[po.0 as usize].kind.clone() else {
                    let s = super::printer::expr_string(e);
                    self.error(sel.pos, format!("{s} is not a type"));
                    return None;
                };
                let o = self.package_member(&path, p, sel)?;
                self.info().selections.insert(e.id, super::Selection::Qualified(o));
                self.record_use(sel.id, o);
                Some(o)
            }
            _ => None,
        }
    }

    /// `pkg.Name` exported from package `path`, or `undefined: pkg.Name`.
    pub(crate) fn package_member(&mut self, path: &str, pkg_name: &str, sel: &ast::Ident) -> Option<ObjId> {
        let scope = self.pkgs.iter().find(|p| p.path == path).map(|p| p.scope)?;
        let exported = sel.name.chars().next().is_some_and(|c| c.is_uppercase());
        match self.scopes[scope].names.get(&sel.name).copied() {
            Some(o) if exported => Some(o),
            _ => {
                // Unexported names of chanlab's standard packages are not Go's: treat them as
                // absent, as Go would for names its own sources do not have.
                let lower = sel.name.to_lowercase();
                let alt = self.scopes[scope]
                    .names
                    .keys()
                    .filter(|k| k.to_lowercase() == lower && k.chars().next().is_some_and(|c| c.is_uppercase()))
                    .min()
                    .cloned();
                let msg = match alt {
                    Some(a) => format!("undefined: {pkg_name}.{} (but have {a})", sel.name),
                    None => format!("undefined: {pkg_name}.{}", sel.name),
                };
                self.error(sel.pos, msg);
                None
            }
        }
    }

    /// A constant, non-negative array length.
    fn array_len(&mut self, n: &Expr) -> Option<u64> {
        // A name is looked at before it is evaluated (so a variable there is not "used"): it
        // may be a type parameter declaration missing its constraint.
        if let ast::ExprKind::Name(name) = &n.kind {
            match self.lookup(name) {
                None => {
                    self.error(n.pos, format!("undefined array length {name} or missing type constraint"));
                    return None;
                }
                Some(o) if !matches!(self.objs[o.0 as usize].kind, ObjKind::Const(_)) => {
                    self.error(n.pos, format!("invalid array length {name}"));
                    return None;
                }
                Some(_) => {}
            }
        }
        let x = self.expr(n);
        if x.ty == INVALID {
            return None;
        }
        if x.mode != Mode::Constant {
            let d = self.describe(&x, n);
            self.error(super::expr::start_pos(n), format!("array length {d} must be constant"));
            return None;
        }
        let is_int = self.tt.basic_of(x.ty).is_some_and(super::table::is_integer);
        match x.val.as_ref().and_then(|v| v.to_int()) {
            Some(v) if (0..1 << 40).contains(&v) && (is_int || self.tt.basic_of(x.ty) == Some(Basic::UntypedFloat)) => {
                Some(v as u64)
            }
            Some(v) if v >= (1 << 40) => {
                self.error(n.pos, format!("chanlab does not support arrays of length {v} yet"));
                None
            }
            _ => {
                let d = self.describe(&x, n);
                let msg = match is_int {
                    true => format!("invalid array length {d}"),
                    false => format!("array length {d} must be integer"),
                };
                self.error(n.pos, msg);
                None
            }
        }
    }

    fn map_type(&mut self, k: &Expr, v: &Expr) -> TypeId {
        let kt = self.type_expr(k);
        let vt = self.var_type(v);
        if kt != INVALID && !self.type_params_in_scope_allow(kt) && !self.comparable(kt) && self.underlying_known(kt) {
            let s = self.ts(kt);
            // Go's syntax tree places a function type at its `(`: one past `func` as gofmt
            // writes it (chanlab's tree keeps only the keyword's position).
            let at = match &k.kind {
                ExprKind::FuncType(_) => ast::Pos { col: k.pos.col + 4, ..k.pos },
                _ => k.pos,
            };
            self.error(at, format!("invalid map key type {s}"));
        }
        self.tt.intern(Type::Map(kt, vt))
    }

    fn type_params_in_scope_allow(&self, t: TypeId) -> bool {
        self.tt.is_type_param(t)
    }

    /// Whether a named type's underlying type is known yet (it is not while declaring it).
    pub(crate) fn underlying_known(&self, t: TypeId) -> bool {
        match self.tt.get(t) {
            Type::Named { obj, targs } if targs.is_empty() => {
                self.tt.named.get(obj).is_some_and(|n| n.underlying.is_some())
            }
            _ => true,
        }
    }

    /// A function signature (parameter names are declared by the body's checker).
    pub(crate) fn signature(&mut self, ft: &ast::FuncType) -> Signature {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let t = if let ExprKind::Ellipsis(elem) = &f.ty.kind {
                if i + 1 != ft.params.len() || f.names.len() > 1 {
                    self.error(f.ty.pos, "can only use ... with final parameter in list");
                }
                variadic = true;
                let et = self.var_type(elem);
                let st = self.tt.intern(Type::Slice(et));
                self.info().types.insert(f.ty.id, TypeAndValue { mode: Mode::TypeExpr, ty: st, value: None });
                st
            } else {
                self.var_type(&f.ty)
            };
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.var_type(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        Signature { params, results, variadic }
    }

    /// Checks `type Name[TParams] T` (or an alias) for object `o`.
    pub(crate) fn type_spec(&mut self, o: ObjId, s: &ast::TypeSpec) {
        if s.alias {
            // A generic alias (Go 1.24) stands for its right side with the type arguments
            // substituted (`instantiate_type`).
            let scope = self.new_scope(Some(self.scope));
            let outer = std::mem::replace(&mut self.scope, scope);
            let tps = self.declare_type_params(&s.type_params);
            let t = self.type_expr(&s.ty);
            self.scope = outer;
            self.objs[o.0 as usize].ty = t;
            if !tps.is_empty() {
                self.generic_aliases.insert(o, tps);
            }
            return;
        }
        let scope = self.new_scope(Some(self.scope));
        let outer = std::mem::replace(&mut self.scope, scope);
        // Only an interface may be used in its own constraint; anything else is a type term.
        let iface = matches!(s.ty.kind, ExprKind::InterfaceType(_));
        let tps = self.declare_type_params_of(&s.type_params, Some((o, iface)));
        if let Some(n) = self.tt.named.get_mut(&o) {
            n.type_params = tps.clone();
        }
        let rhs = self.type_expr(&s.ty);
        self.scope = outer;
        let named_self = self.objs[o.0 as usize].ty;
        let under = if let Type::Named { obj, .. } = self.tt.get(rhs).clone() {
            if self.ox[obj.0 as usize].state == DeclState::Doing && !self.underlying_known(rhs) {
                self.report_cycle(obj);
                INVALID
            } else {
                self.tt.underlying(rhs)
            }
        } else if self.tt.is_type_param(rhs) {
            self.error(s.ty.pos, "cannot use a type parameter as RHS in type declaration");
            INVALID
        } else {
            rhs
        };
        if let Some(n) = self.tt.named.get_mut(&o) {
            n.underlying = Some(under);
        }
        if !tps.is_empty() {
            self.refresh_instances(o);
        }
        self.check_inst_overflow(o, s.name.pos);
        if self.contains_directly(under, named_self, 0) {
            let n = self.objs[o.0 as usize].name.clone();
            self.error(s.name.pos, format!("invalid recursive type: {n} refers to itself"));
            if let Some(n) = self.tt.named.get_mut(&o) {
                n.underlying = Some(INVALID);
            }
        }
    }

    /// `invalid recursive type A` with the chain of declarations from `start`.
    pub(crate) fn report_cycle(&mut self, start: ObjId) {
        let Some(i) = self.decl_stack.iter().position(|&o| o == start) else { return };
        let chain: Vec<ObjId> = self.decl_stack[i..].to_vec();
        let first = &self.objs[start.0 as usize];
        let (name, pos) = (first.name.clone(), first.pos);
        if chain.len() == 1 {
            self.error(pos, format!("invalid recursive type: {name} refers to itself"));
            return;
        }
        let file = self.files[self.cur].name.clone();
        let mut msg = format!("invalid recursive type {name}");
        for (k, &o) in chain.iter().enumerate() {
            let next = chain[(k + 1) % chain.len()];
            let ob = &self.objs[o.0 as usize];
            let nn = &self.objs[next.0 as usize].name;
            msg.push_str(&format!("\n\t./{file}:{}:{}: {} refers to {}", ob.pos.line, ob.pos.col, ob.name, nn));
        }
        self.error(pos, msg);
    }

    /// Whether `t` holds `target` by value (through struct fields and array elements).
    fn contains_directly(&self, t: TypeId, target: TypeId, depth: u32) -> bool {
        if depth > 50 {
            return false;
        }
        match self.tt.get(t) {
            Type::Named { .. } if t == target => true,
            Type::Named { .. } => {
                let u = self.tt.underlying(t);
                u != t && u != INVALID && self.contains_directly(u, target, depth + 1)
            }
            Type::Array(_, e) => self.contains_directly(*e, target, depth + 1),
            Type::Struct(fs) => fs.iter().any(|f| self.contains_directly(f.ty, target, depth + 1)),
            _ => false,
        }
    }

    /// Recomputes the underlying types of instances of generic type `o` created while it
    /// was being declared.
    fn refresh_instances(&mut self, o: ObjId) {
        let insts: Vec<(TypeId, Vec<TypeId>)> = self
            .tt
            .types
            .iter()
            .enumerate()
            .filter_map(|(i, t)| match t {
                Type::Named { obj, targs } if *obj == o && !targs.is_empty() => Some((TypeId(i as u32), targs.clone())),
                _ => None,
            })
            .collect();
        for (t, targs) in insts {
            self.tt.inst_underlying.remove(&t);
            self.tt.instance_of(o, targs);
        }
    }

    /// The generic type's name object if `t` is an uninstantiated generic type.
    pub(crate) fn generic_type_obj(&self, t: TypeId) -> Option<ObjId> {
        match self.tt.get(t) {
            Type::Named { obj, targs } if targs.is_empty() => {
                self.tt.named.get(obj).filter(|n| !n.type_params.is_empty()).map(|_| *obj)
            }
            _ => None,
        }
    }

    /// Marks an object used (variables, imports).
    pub(crate) fn mark_used(&mut self, o: ObjId) {
        self.ox[o.0 as usize].used = true;
    }

    #[allow(dead_code)]
    pub(crate) fn type_operand(&mut self, t: TypeId) -> Operand {
        Operand { mode: Mode::TypeExpr, ty: t, val: None, id: None }
    }

    #[allow(dead_code)]
    pub(crate) fn basic_t(&self, b: Basic) -> TypeId {
        basic(b)
    }
}
