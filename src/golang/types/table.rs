//! The type table: interning, the predeclared basic types, predicates on types (integer?
//! untyped? comparable?), underlying types and substitution of type parameters. Writing
//! types as Go's messages do is type_writer.rs's (re-exported here).

use super::{Basic, ObjKind, Object, Signature, StructField, Type, TypeId, TypeTable};
use std::collections::HashMap;

pub(crate) use super::type_writer::{package_name, Spellings, TypeWriter};

/// Every basic kind, in the order they are interned (so `TypeId(i)` is `BASICS[i]`).
pub(crate) const BASICS: [Basic; 25] = [
    Basic::Bool,
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::Complex64,
    Basic::Complex128,
    Basic::String,
    Basic::UnsafePointer,
    Basic::UntypedBool,
    Basic::UntypedInt,
    Basic::UntypedRune,
    Basic::UntypedFloat,
    Basic::UntypedComplex,
    Basic::UntypedString,
    Basic::UntypedNil,
];

/// The type of erroneous expressions (never reaches the compiler).
pub(crate) const INVALID: TypeId = TypeId(25);
/// The empty interface (`any`).
pub(crate) const ANY: TypeId = TypeId(26);
/// The empty tuple (the "type" of a call without results).
pub(crate) const VOID: TypeId = TypeId(27);

/// The interned id of a basic type.
pub(crate) fn basic(b: Basic) -> TypeId {
    TypeId(BASICS.iter().position(|&x| x == b).unwrap_or(0) as u32)
}

impl TypeTable {
    /// A table holding the basic types, the invalid type, `any` and the empty tuple.
    pub fn new() -> TypeTable {
        let mut t = TypeTable::default();
        for b in BASICS {
            t.intern(Type::Basic(b));
        }
        let invalid =
            StructField { name: "<invalid>".into(), ty: TypeId(0), embedded: false, pkg: String::new(), tag: None };
        t.intern(Type::Struct(vec![invalid]));
        t.intern(Type::Interface { methods: vec![], terms: vec![], comparable: false });
        t.intern(Type::Tuple(vec![]));
        t
    }

    /// The id of `ty`, interning it if new.
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.index.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.index.insert(ty, id);
        id
    }

    /// The type with id `t`.
    pub fn get(&self, t: TypeId) -> &Type {
        &self.types[t.0 as usize]
    }

    /// How many values a value of `t` is made of: an array's length times its element's,
    /// a struct's fields' sum, else 1 (saturating; an unresolved type counts 1).
    pub fn values_in(&self, t: TypeId, depth: u32) -> u64 {
        if depth > 20 {
            return 1;
        }
        match self.get(self.underlying(t)) {
            Type::Array(n, e) => n.saturating_mul(self.values_in(*e, depth + 1)),
            Type::Struct(fs) => fs.iter().fold(0u64, |s, f| s.saturating_add(self.values_in(f.ty, depth + 1))).max(1),
            _ => 1,
        }
    }

    /// The underlying type: a named type's (instances substituted), else `t` itself.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        let mut t = t;
        for _ in 0..100 {
            match self.get(t) {
                Type::Named { obj, targs } => {
                    let next = if targs.is_empty() {
                        self.named.get(obj).and_then(|n| n.underlying)
                    } else {
                        self.inst_underlying.get(&t).copied()
                    };
                    match next {
                        Some(u) => t = u,
                        None => return INVALID,
                    }
                }
                _ => return t,
            }
        }
        INVALID
    }

    /// The basic kind of `t`'s underlying type, if basic.
    pub fn basic_of(&self, t: TypeId) -> Option<Basic> {
        match self.get(self.underlying(t)) {
            Type::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub(crate) fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.get(self.underlying(t)), Type::Interface { .. }) && !self.is_type_param(t)
    }

    pub(crate) fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::TypeParam { .. })
    }

    /// Substitutes type parameters (by their type name's `ObjId`) in `t`.
    pub fn subst(&mut self, t: TypeId, map: &HashMap<super::ObjId, TypeId>) -> TypeId {
        self.subst_depth(t, map, 0)
    }

    fn subst_depth(&mut self, t: TypeId, map: &HashMap<super::ObjId, TypeId>, depth: u32) -> TypeId {
        if map.is_empty() || depth > 64 {
            return t;
        }
        let d = depth + 1;
        let ty = self.get(t).clone();
        let new = match ty {
            Type::TypeParam { obj, .. } => return map.get(&obj).copied().unwrap_or(t),
            Type::Basic(_) => return t,
            Type::Named { obj, targs } => {
                if targs.is_empty() {
                    return t;
                }
                let targs: Vec<TypeId> = targs.iter().map(|&a| self.subst_depth(a, map, d)).collect();
                return self.instance_of(obj, targs);
            }
            Type::Pointer(e) => Type::Pointer(self.subst_depth(e, map, d)),
            Type::Slice(e) => Type::Slice(self.subst_depth(e, map, d)),
            Type::Array(n, e) => Type::Array(n, self.subst_depth(e, map, d)),
            Type::Map(k, v) => Type::Map(self.subst_depth(k, map, d), self.subst_depth(v, map, d)),
            Type::Chan(dir, e) => Type::Chan(dir, self.subst_depth(e, map, d)),
            Type::Struct(fields) => Type::Struct(
                fields.into_iter().map(|f| StructField { ty: self.subst_depth(f.ty, map, d), ..f }).collect(),
            ),
            Type::Func(sig) => Type::Func(Signature {
                params: sig.params.iter().map(|&p| self.subst_depth(p, map, d)).collect(),
                results: sig.results.iter().map(|&p| self.subst_depth(p, map, d)).collect(),
                variadic: sig.variadic,
            }),
            Type::Interface { methods, terms, comparable } => Type::Interface {
                methods: methods.into_iter().map(|(n, m)| (n, self.subst_depth(m, map, d))).collect(),
                terms: terms.into_iter().map(|(b, m)| (b, self.subst_depth(m, map, d))).collect(),
                comparable,
            },
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|&p| self.subst_depth(p, map, d)).collect()),
        };
        self.intern(new)
    }

    /// The instance `obj[targs]` of a generic named type, with its substituted underlying
    /// type recorded in `inst_underlying`.
    pub fn instance_of(&mut self, obj: super::ObjId, targs: Vec<TypeId>) -> TypeId {
        let t = self.intern(Type::Named { obj, targs: targs.clone() });
        if self.inst_underlying.contains_key(&t) {
            return t;
        }
        let Some(info) = self.named.get(&obj).cloned() else { return t };
        if self.inst_depth > 40 {
            self.inst_overflow = true;
            return t;
        }
        // Placeholder first: a recursive generic type refers to its own instance.
        self.inst_underlying.insert(t, INVALID);
        if let Some(u) = info.underlying {
            let map: HashMap<_, _> = info.type_params.iter().copied().zip(targs).collect();
            self.inst_depth += 1;
            let su = self.subst(u, &map);
            self.inst_depth -= 1;
            self.inst_underlying.insert(t, su);
        }
        t
    }

    pub(crate) fn sig(&self, t: TypeId) -> Option<&Signature> {
        match self.get(self.underlying(t)) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }
}

/// Go's name of a basic type.
pub(crate) fn basic_name(b: Basic) -> &'static str {
    use Basic::*;
    match b {
        Bool => "bool",
        Int => "int",
        Int8 => "int8",
        Int16 => "int16",
        Int32 => "int32",
        Int64 => "int64",
        Uint => "uint",
        Uint8 => "uint8",
        Uint16 => "uint16",
        Uint32 => "uint32",
        Uint64 => "uint64",
        Uintptr => "uintptr",
        Float32 => "float32",
        Float64 => "float64",
        Complex64 => "complex64",
        Complex128 => "complex128",
        String => "string",
        UnsafePointer => "unsafe.Pointer",
        UntypedBool => "untyped bool",
        UntypedInt => "untyped int",
        UntypedRune => "untyped rune",
        UntypedFloat => "untyped float",
        UntypedComplex => "untyped complex",
        UntypedString => "untyped string",
        UntypedNil => "untyped nil",
    }
}

/// Predicates on basic kinds.
pub(crate) fn is_integer(b: Basic) -> bool {
    use Basic::*;
    matches!(
        b,
        Int | Int8
            | Int16
            | Int32
            | Int64
            | Uint
            | Uint8
            | Uint16
            | Uint32
            | Uint64
            | Uintptr
            | UntypedInt
            | UntypedRune
    )
}

pub(crate) fn is_unsigned(b: Basic) -> bool {
    use Basic::*;
    matches!(b, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
}

pub(crate) fn is_float(b: Basic) -> bool {
    matches!(b, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
}

pub(crate) fn is_complex(b: Basic) -> bool {
    matches!(b, Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex)
}

pub(crate) fn is_numeric(b: Basic) -> bool {
    is_integer(b) || is_float(b) || is_complex(b)
}

pub(crate) fn is_string(b: Basic) -> bool {
    matches!(b, Basic::String | Basic::UntypedString)
}

pub(crate) fn is_boolean(b: Basic) -> bool {
    matches!(b, Basic::Bool | Basic::UntypedBool)
}

pub(crate) fn is_untyped(b: Basic) -> bool {
    use Basic::*;
    matches!(b, UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil)
}

/// The default type of an untyped kind (`untyped int` → `int`).
pub(crate) fn default_basic(b: Basic) -> Basic {
    use Basic::*;
    match b {
        UntypedBool => Bool,
        UntypedInt => Int,
        UntypedRune => Int32,
        UntypedFloat => Float64,
        UntypedComplex => Complex128,
        UntypedString => String,
        other => other,
    }
}

/// The size in bits of a sized integer kind (int and uint are 64 bits).
pub(crate) fn int_bits(b: Basic) -> u32 {
    use Basic::*;
    match b {
        Int8 | Uint8 => 8,
        Int16 | Uint16 => 16,
        Int32 | Uint32 => 32,
        _ => 64,
    }
}

/// Whether an object is a type name (for `TypeWriter` users).
#[allow(dead_code)]
pub(crate) fn is_type_name(o: &Object) -> bool {
    matches!(o.kind, ObjKind::TypeName)
}
