//! Composite literals: structs (keyed, positional, promoted fields), arrays, slices and
//! maps, with elided inner types and `&T` (index and slice expressions: index.rs).

use super::check::Checker;
use super::constant::Value;
use super::expr::start_pos;
use super::operand::Operand;
use super::printer::expr_string;
use super::table::*;
use super::{ast, Mode, Selection, Type, TypeId};
use ast::{Element, Expr, ExprKind};

impl Checker {
    /// `T{...}` (or `{...}` inside another literal, typed by `hint`).
    pub(crate) fn composite_lit(
        &mut self,
        e: &Expr,
        ty: Option<&Expr>,
        elts: &[Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let Some((typ, auto_len)) = self.literal_type(e, ty, hint) else { return Operand::invalid() };
        if typ == INVALID {
            for el in elts {
                self.elt_value(&el.value, None);
            }
            return Operand::invalid();
        }
        let mut base = typ;
        if ty.is_none() {
            if let Type::Pointer(b) = self.tt.get(self.tt.underlying(typ)) {
                base = *b;
            }
        }
        if !self.underlying_known(base) {
            if let Type::Named { obj, .. } = self.tt.get(base).clone() {
                self.report_cycle(obj);
                if let Some(n) = self.tt.named.get_mut(&obj) {
                    n.underlying = Some(INVALID);
                }
            }
            return Operand::invalid();
        }
        let u = self.core_type(base);
        let typ = match self.tt.get(u).clone() {
            Type::Struct(fields) => {
                self.struct_lit(e, base, &fields, elts);
                typ
            }
            Type::Array(n, el) => {
                let len = self.indexed_elts(elts, el, if auto_len { None } else { Some(n as i128) });
                if auto_len {
                    let t = self.array_of(e.pos, len as u64, el);
                    if t == INVALID {
                        return Operand::invalid();
                    }
                    if let Some(te) = ty {
                        self.info()
                            .types
                            .insert(te.id, super::TypeAndValue { mode: Mode::TypeExpr, ty: t, value: None });
                    }
                    t
                } else {
                    typ
                }
            }
            Type::Slice(el) => {
                self.indexed_elts(elts, el, None);
                typ
            }
            Type::Map(k, v) => {
                self.map_lit(e, elts, k, v);
                typ
            }
            _ => {
                let ts = self.ts(typ);
                self.error(e.pos, format!("invalid composite literal type {ts}"));
                for el in elts {
                    self.elt_value(&el.value, None);
                }
                return Operand::invalid();
            }
        };
        Operand::value(typ)
    }

    /// A literal's type: written (`[...]T` with its length still open), or given by the
    /// enclosing literal.
    fn literal_type(&mut self, e: &Expr, ty: Option<&Expr>, hint: Option<TypeId>) -> Option<(TypeId, bool)> {
        match (ty, hint) {
            (Some(t), _) => match &t.kind {
                ExprKind::ArrayType { len: Some(ast::ArrayLen::Auto), elem } => {
                    let el = self.type_expr(elem);
                    Some((self.tt.intern(Type::Array(0, el)), true))
                }
                _ => Some((self.type_expr(t), false)),
            },
            (None, Some(h)) => Some((h, false)),
            (None, None) => {
                self.error(e.pos, "invalid composite literal type: missing type");
                None
            }
        }
    }

    /// An element value, typed by `hint` when it is an elided composite literal.
    fn elt_value(&mut self, v: &Expr, hint: Option<TypeId>) -> Operand {
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &v.kind {
            let mut x = self.composite_lit(v, None, elts, hint);
            x.id = Some(v.id);
            self.record(v, &x);
            return x;
        }
        self.value_expr(v)
    }

    /// Whether field `name` (reached by `path`) clashes with one given before in the same
    /// struct literal (reported): the same promoted field twice, or an embedded field and a
    /// field promoted through it.
    fn literal_field_clash(&mut self, el: &Element, name: &str, path: &[u32], given: &[(Vec<u32>, String)]) -> bool {
        let at = el.key.as_ref().map(start_pos).unwrap_or(el.value.pos);
        for (q, alt) in given {
            let msg = if q.as_slice() == path {
                if path.len() == 1 {
                    continue; // a direct duplicate is reported by the caller
                }
                format!("duplicate field name {name} in struct literal")
            } else if path.starts_with(q) {
                format!("cannot specify promoted field {name} and enclosing embedded field {alt}")
            } else if q.starts_with(path) {
                format!("cannot specify embedded field {name} and enclosed promoted field {alt}")
            } else {
                continue;
            };
            self.error(at, msg);
            return true;
        }
        false
    }

    fn struct_lit(&mut self, e: &Expr, t: TypeId, fields: &[super::StructField], elts: &[Element]) {
        if elts.is_empty() {
            return;
        }
        if elts[0].key.is_some() {
            self.struct_lit_keyed(t, fields, elts);
        } else {
            self.struct_lit_positional(e, t, fields, elts);
        }
    }

    /// `T{Name: v, ...}`: each key a field of `T` (or, Go 1.27, one promoted through
    /// embedded structs), given once, exported or local.
    fn struct_lit_keyed(&mut self, t: TypeId, fields: &[super::StructField], elts: &[Element]) {
        let ts = self.ts(t);
        let pkg = self.pkg_path().to_string();
        let mut seen = vec![false; fields.len()];
        // Paths of the fields given so far, with their names (promoted ones included).
        let mut given: Vec<(Vec<u32>, String)> = Vec::new();
        for el in elts {
            let Some(k) = &el.key else {
                self.error(start_pos(&el.value), "mixture of field:value and value elements in struct literal");
                self.elt_value(&el.value, None);
                continue;
            };
            let ExprKind::Name(name) = &k.kind else {
                self.error(start_pos(k), format!("invalid field name {} in struct literal", expr_string(k)));
                self.elt_value(&el.value, None);
                continue;
            };
            let Some(i) = fields.iter().position(|f| f.name == *name) else {
                self.promoted_field_elt(t, el, k, name, &mut given);
                continue;
            };
            if !fields[i].pkg.is_empty() && fields[i].pkg != pkg {
                self.error(k.pos, format!("cannot refer to unexported field {name} in struct literal of type {ts}"));
            }
            if seen[i] {
                self.error(k.pos, format!("duplicate field name {name} in struct literal"));
            } else if !self.literal_field_clash(el, name, &[i as u32], &given) {
                given.push((vec![i as u32], name.clone()));
            }
            seen[i] = true;
            let mut x = self.elt_value(&el.value, Some(fields[i].ty));
            self.assign_target = self.field_written.get(&(self.tt.underlying(t), name.clone())).cloned();
            self.assign_to(&mut x, &el.value, Some(fields[i].ty), "struct literal");
            self.assign_target = None;
        }
    }

    /// A key that is not one of the struct's own fields: a promoted field (Go 1.27), reached
    /// without a pointer indirection, or `unknown field`.
    fn promoted_field_elt(
        &mut self,
        t: TypeId,
        el: &Element,
        k: &Expr,
        name: &str,
        given: &mut Vec<(Vec<u32>, String)>,
    ) {
        let super::lookup::Found::Field { path, ty, indirect } = self.lookup_field_or_method(t, false, name) else {
            let ts = self.ts(t);
            self.error(k.pos, format!("unknown field {name} in struct literal of type {ts}"));
            self.elt_value(&el.value, None);
            return;
        };
        if indirect {
            self.error(k.pos, format!("invalid implicit pointer indirection to reach {name}"));
            self.elt_value(&el.value, None);
            return;
        }
        if !self.literal_field_clash(el, name, &path, given) {
            given.push((path.clone(), name.to_string()));
        }
        self.info().selections.insert(k.id, Selection::Field { path, indirect: false });
        let mut x = self.elt_value(&el.value, Some(ty));
        self.assign_to(&mut x, &el.value, Some(ty), "struct literal");
    }

    /// `T{v1, v2}`: one value per field, in order, none of them unexported from another package.
    fn struct_lit_positional(&mut self, e: &Expr, t: TypeId, fields: &[super::StructField], elts: &[Element]) {
        let ts = self.ts(t);
        let pkg = self.pkg_path().to_string();
        for (i, el) in elts.iter().enumerate() {
            if let Some(k) = &el.key {
                self.error(start_pos(k), "mixture of field:value and value elements in struct literal");
                self.elt_value(&el.value, None);
                continue;
            }
            let Some(f) = fields.get(i) else {
                self.elt_value(&el.value, None);
                self.error(start_pos(&el.value), format!("too many values in struct literal of type {ts}"));
                return;
            };
            let mut x = self.elt_value(&el.value, Some(f.ty));
            if !f.pkg.is_empty() && f.pkg != pkg {
                self.error(
                    start_pos(&el.value),
                    format!("implicit assignment to unexported field {} in struct literal of type {ts}", f.name),
                );
                continue;
            }
            self.assign_target = self.field_written.get(&(self.tt.underlying(t), f.name.clone())).cloned();
            self.assign_to(&mut x, &el.value, Some(f.ty), "struct literal");
            self.assign_target = None;
        }
        if elts.len() < fields.len() {
            let at = match &e.kind {
                ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                _ => e.pos,
            };
            self.error(at, format!("too few values in struct literal of type {ts}"));
        }
    }

    /// Array or slice elements (optionally keyed by constant indices); returns the length.
    fn indexed_elts(&mut self, elts: &[Element], el: TypeId, max: Option<i128>) -> i128 {
        let mut idx: i128 = 0;
        let mut len: i128 = 0;
        let mut seen: Vec<i128> = Vec::new();
        for e in elts {
            if let Some(k) = &e.key {
                match self.index_value(k, max) {
                    Some(i) => idx = i,
                    None => {
                        let x = self.expr(k);
                        if !x.is_invalid() && x.mode != Mode::Constant {
                            let s = expr_string(k);
                            self.error(start_pos(k), format!("index {s} must be integer constant"));
                        }
                    }
                }
            } else if let Some(m) = max {
                if idx >= m {
                    self.error(start_pos(&e.value), format!("index {idx} is out of bounds (>= {m})"));
                }
            }
            if seen.contains(&idx) {
                self.error(
                    e.key.as_ref().map(start_pos).unwrap_or(e.value.pos),
                    format!("duplicate index {idx} in array or slice literal"),
                );
            }
            seen.push(idx);
            let mut x = self.elt_value(&e.value, Some(el));
            self.assign_to(&mut x, &e.value, Some(el), "array or slice literal");
            idx += 1;
            len = len.max(idx);
        }
        len
    }

    fn map_lit(&mut self, _e: &Expr, elts: &[Element], k: TypeId, v: TypeId) {
        let mut keys: Vec<Value> = Vec::new();
        for el in elts {
            let Some(ke) = &el.key else {
                self.error(start_pos(&el.value), "missing key in map literal");
                self.elt_value(&el.value, None);
                continue;
            };
            let mut kx = self.elt_value(ke, Some(k));
            if self.assign_to(&mut kx, ke, Some(k), "map literal")
                && kx.mode == Mode::Constant
                && !self.tt.is_interface(k)
            {
                if let Some(val) = &kx.val {
                    if keys.contains(val) {
                        let s = expr_string(ke);
                        self.error(start_pos(ke), format!("duplicate key {s} in map literal"));
                    }
                    keys.push(val.clone());
                }
            }
            let mut vx = self.elt_value(&el.value, Some(v));
            self.assign_to(&mut vx, &el.value, Some(v), "map literal");
        }
    }
}
