//! What the compiler asks about types: zero values, integer widths, element sizes (for
//! `append`'s growth), interface-ness; and the method tables for dynamic dispatch.

use super::{Builder, CResult};
use crate::golang::types::{Basic, ObjKind, Type, TypeId};
use crate::golang::vm::code::{IntKind, Kind};
use crate::golang::vm::value::{FuncRef, Value};

/// How values of a type behave in arithmetic and comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Int(Option<IntKind>),
    Uint(Option<IntKind>),
    Float(bool),
    Str,
    Bool,
    Other,
}

impl Builder {
    pub(crate) fn under(&self, t: TypeId) -> TypeId {
        self.c.table.underlying(t)
    }

    pub(crate) fn ty(&self, t: TypeId) -> &Type {
        self.c.table.get(t)
    }

    pub(crate) fn uty(&self, t: TypeId) -> &Type {
        self.c.table.get(self.under(t))
    }

    pub(crate) fn is_iface(&self, t: TypeId) -> bool {
        matches!(self.uty(t), Type::Interface { .. })
    }

    /// Struct or array: copied on assignment.
    pub(crate) fn is_agg(&self, t: TypeId) -> bool {
        matches!(self.uty(t), Type::Struct(_) | Type::Array(..))
    }

    /// A complex type: `Some(true)` for complex64, `Some(false)` for complex128.
    pub(crate) fn complex_of(&self, t: TypeId) -> Option<bool> {
        match self.uty(t) {
            Type::Basic(Basic::Complex64) => Some(true),
            Type::Basic(Basic::Complex128 | Basic::UntypedComplex) => Some(false),
            _ => None,
        }
    }

    pub(crate) fn class(&self, t: TypeId) -> Class {
        use Basic::*;
        match self.uty(t) {
            Type::Basic(b) => match b {
                Int | Int64 | UntypedInt => Class::Int(None),
                Int8 => Class::Int(Some(IntKind::I8)),
                Int16 => Class::Int(Some(IntKind::I16)),
                Int32 | UntypedRune => Class::Int(Some(IntKind::I32)),
                Uint | Uint64 | Uintptr => Class::Uint(None),
                Uint8 => Class::Uint(Some(IntKind::U8)),
                Uint16 => Class::Uint(Some(IntKind::U16)),
                Uint32 => Class::Uint(Some(IntKind::U32)),
                Float32 => Class::Float(true),
                Float64 | UntypedFloat => Class::Float(false),
                String | UntypedString => Class::Str,
                Bool | UntypedBool => Class::Bool,
                _ => Class::Other,
            },
            _ => Class::Other,
        }
    }

    pub(crate) fn kind(&self, t: TypeId) -> Kind {
        match self.class(t) {
            Class::Uint(_) => Kind::Uint,
            Class::Float(_) => Kind::Float,
            Class::Str => Kind::Str,
            _ => Kind::Int,
        }
    }

    /// The default type of an untyped constant type.
    pub(crate) fn default_type(&mut self, t: TypeId) -> TypeId {
        let b = match self.ty(t) {
            Type::Basic(Basic::UntypedBool) => Basic::Bool,
            Type::Basic(Basic::UntypedInt) => Basic::Int,
            Type::Basic(Basic::UntypedRune) => Basic::Int32,
            Type::Basic(Basic::UntypedFloat) => Basic::Float64,
            Type::Basic(Basic::UntypedString) => Basic::String,
            _ => return t,
        };
        self.c.table.intern(Type::Basic(b))
    }

    /// The zero value of `t`, as a value.
    pub(crate) fn zero_value(&self, t: TypeId, depth: u32) -> Value {
        if depth > 50 {
            return Value::Nil;
        }
        match self.uty(t) {
            Type::Basic(b) => match b {
                Basic::Bool | Basic::UntypedBool => Value::Bool(false),
                Basic::String | Basic::UntypedString => Value::str(""),
                Basic::Float32 | Basic::Float64 | Basic::UntypedFloat => Value::Float(0.0),
                Basic::UntypedNil => Value::Nil,
                Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex => {
                    crate::golang::vm::complex::make(0.0, 0.0, false)
                }
                _ => Value::Int(0),
            },
            Type::Struct(fs) => Value::agg(fs.iter().map(|f| self.zero_value(f.ty, depth + 1)).collect()),
            Type::Array(n, e) => {
                let z = self.zero_value(*e, depth + 1);
                Value::agg((0..*n).map(|_| z.copied()).collect())
            }
            _ => Value::Nil,
        }
    }

    /// The index of `t`'s zero value in the program's table.
    pub(crate) fn zero(&mut self, t: TypeId) -> u32 {
        if let Some(&z) = self.zero_ids.get(&t) {
            return z;
        }
        let v = self.zero_value(t, 0);
        self.zeros.push(v);
        self.zero_values.push(self.c.table.values_in(t, 0));
        let z = (self.zeros.len() - 1) as u32;
        self.zero_ids.insert(t, z);
        z
    }

    /// Size in bytes of a value of `t` as Go lays it out (for `append`'s capacity rounding),
    /// and whether it holds pointers.
    pub(crate) fn size_of(&self, t: TypeId, depth: u32) -> (u64, bool) {
        use Basic::*;
        if depth > 20 {
            return (8, true);
        }
        match self.uty(t) {
            Type::Basic(b) => match b {
                Bool | Int8 | Uint8 => (1, false),
                Int16 | Uint16 => (2, false),
                Int32 | Uint32 | Float32 | UntypedRune => (4, false),
                String | UntypedString => (16, true),
                Complex128 => (16, false),
                Complex64 => (8, false),
                _ => (8, false),
            },
            Type::Interface { .. } => (16, true),
            Type::Slice(_) => (24, true),
            Type::Array(n, e) => {
                let (s, p) = self.size_of(*e, depth + 1);
                (s * n, p)
            }
            Type::Struct(fs) => {
                let mut size = 0u64;
                let mut align = 1u64;
                let mut ptr = false;
                for f in fs {
                    let (s, p) = self.size_of(f.ty, depth + 1);
                    let a = s.clamp(1, 8).next_power_of_two().min(8);
                    size = size.div_ceil(a) * a + s;
                    align = align.max(a);
                    ptr |= p;
                }
                (size.div_ceil(align) * align, ptr)
            }
            _ => (8, true),
        }
    }

    /// `append`'s element-size operand: bytes, top bit set if the element holds pointers.
    pub(crate) fn esize(&self, elem: TypeId) -> u16 {
        let (s, p) = self.size_of(elem, 0);
        (s.min(0x7fff) as u16) | if p { 0x8000 } else { 0 }
    }

    /// Fill the dynamic-dispatch tables: every named type's methods (and its pointer type's),
    /// and every interface type's method names.
    pub(crate) fn method_tables(&mut self) -> CResult<()> {
        let n = self.c.table.types.len();
        for i in 0..n {
            let t = TypeId(i as u32);
            match self.ty(t).clone() {
                Type::Named { obj, targs } => {
                    self.named_methods(t, obj, targs)?;
                    self.promoted_methods(t);
                }
                Type::Interface { methods, .. } => {
                    let ids = methods.iter().map(|(m, _)| self.method_id(m)).collect();
                    self.iface_out.insert(t, ids);
                }
                _ => {}
            }
        }
        // Runtime errors (`runtime.Error`): `Error()` and `RuntimeError()`.
        if let Some(n) = self.native("builtin.runtimeErrorError") {
            let rt = crate::golang::vm::value::RUNTIME_ERROR;
            for m in ["Error", "RuntimeError"] {
                let id = self.method_id(m);
                self.methods_out.insert((rt, id), (FuncRef::Native(n), false));
            }
        }
        // Named interface types: their underlying interface's methods.
        for i in 0..n {
            let t = TypeId(i as u32);
            if matches!(self.ty(t), Type::Named { .. }) {
                let u = self.under(t);
                if let Some(ms) = self.iface_out.get(&u).cloned() {
                    self.iface_out.insert(t, ms);
                }
            }
        }
        Ok(())
    }

    fn named_methods(&mut self, t: TypeId, obj: crate::golang::types::ObjId, targs: Vec<TypeId>) -> CResult<()> {
        let methods = self.c.table.named.get(&obj).map(|n| n.methods.clone()).unwrap_or_default();
        if methods.is_empty() || self.is_iface(t) {
            return Ok(());
        }
        let ptr = self.c.table.intern(Type::Pointer(t));
        for (name, m) in methods {
            if self.has_own_type_params(m) {
                continue;
            }
            let ptr_recv = match &self.c.objects[m.0 as usize].kind {
                ObjKind::Func { recv: Some(r), .. } => matches!(self.ty(*r), Type::Pointer(_)),
                _ => false,
            };
            let pos = self.c.objects[m.0 as usize].pos;
            let f: FuncRef = match self.func_ref(m, targs.clone(), pos, 0) {
                Ok(f) => f,
                Err(_) => continue,
            };
            let id = self.method_id(&name);
            if ptr_recv {
                self.methods_out.insert((ptr, id), (f, false));
            } else {
                self.methods_out.insert((t, id), (f, false));
                self.methods_out.insert((ptr, id), (f, true));
            }
        }
        Ok(())
    }
}
