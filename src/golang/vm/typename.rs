//! Types as Go prints them at run time (`%T`, panic messages): `main.Point`, `*main.T`,
//! `[]int`, `map[string]int`, `interface {}`.

use super::code::Program;
use super::value::RUNTIME_ERROR;
use crate::golang::syntax::ast::ChanDir;
use crate::golang::types::{Basic, ObjId, Signature, StructField, Type, TypeId, TypeTable};

/// The underlying type of `t` (instances of generic types substituted).
pub fn underlying(tt: &TypeTable, t: TypeId) -> TypeId {
    if t == RUNTIME_ERROR {
        return t;
    }
    tt.underlying(t)
}

fn basic_name(b: Basic) -> &'static str {
    use Basic::*;
    match b {
        Bool | UntypedBool => "bool",
        Int | UntypedInt => "int",
        Int8 => "int8",
        Int16 => "int16",
        Int32 | UntypedRune => "int32",
        Int64 => "int64",
        Uint => "uint",
        Uint8 => "uint8",
        Uint16 => "uint16",
        Uint32 => "uint32",
        Uint64 => "uint64",
        Uintptr => "uintptr",
        Float32 => "float32",
        Float64 | UntypedFloat => "float64",
        Complex64 => "complex64",
        Complex128 | UntypedComplex => "complex128",
        String | UntypedString => "string",
        UnsafePointer => "unsafe.Pointer",
        UntypedNil => "nil",
    }
}

/// `t` as `%T` prints it, from the type table and objects alone (while compiling).
pub fn type_string_parts(tt: &TypeTable, objects: &[crate::golang::types::Object], t: TypeId) -> String {
    match tt.types.get(t.0 as usize) {
        Some(Type::Named { obj, .. }) => match objects.get(obj.0 as usize) {
            Some(o) => format!("{}.{}", o.pkg.rsplit('/').next().unwrap_or(&o.pkg), o.name),
            None => "?".into(),
        },
        _ => "?".into(),
    }
}

/// `t` as `%T` prints it.
pub fn type_string(p: &Program, t: TypeId) -> String {
    let mut s = String::new();
    write_type(p, t, &mut s, 0);
    s
}

fn write_list(p: &Program, ts: &[TypeId], s: &mut String, depth: u32) {
    for (i, t) in ts.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_type(p, *t, s, depth + 1);
    }
}

/// Append `t` as `%T` prints it to `s` (`...` past a nesting depth of 20).
fn write_type(p: &Program, t: TypeId, s: &mut String, depth: u32) {
    if t == RUNTIME_ERROR {
        s.push_str("runtime.Error");
        return;
    }
    if depth > 20 {
        s.push_str("...");
        return;
    }
    let Some(ty) = p.types.types.get(t.0 as usize) else {
        s.push('?');
        return;
    };
    match ty {
        Type::Basic(b) => s.push_str(basic_name(*b)),
        Type::Named { obj, targs } => write_named(p, *obj, targs, s, depth),
        Type::Pointer(e) => {
            s.push('*');
            write_type(p, *e, s, depth + 1);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write_type(p, *e, s, depth + 1);
        }
        Type::Array(n, e) => {
            s.push_str(&format!("[{n}]"));
            write_type(p, *e, s, depth + 1);
        }
        Type::Map(k, v) => {
            s.push_str("map[");
            write_type(p, *k, s, depth + 1);
            s.push(']');
            write_type(p, *v, s, depth + 1);
        }
        Type::Chan(d, e) => {
            s.push_str(match d {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_type(p, *e, s, depth + 1);
        }
        Type::Struct(fields) => write_struct(p, fields, s, depth),
        Type::Func(sig) => {
            s.push_str("func");
            write_sig(p, sig, s, depth);
        }
        Type::Interface { methods, .. } => write_interface(p, methods, s, depth),
        Type::Tuple(ts) => {
            s.push('(');
            write_list(p, ts, s, depth);
            s.push(')');
        }
        Type::TypeParam { obj, .. } => {
            if let Some(o) = p.objects.get(obj.0 as usize) {
                s.push_str(&o.name)
            }
        }
    }
}

/// A named type: `pkg.Name` (the last element of the package path; none for the universe's
/// `error`, `any`, `comparable`), then an instance's type arguments `[int,string]`.
fn write_named(p: &Program, obj: ObjId, targs: &[TypeId], s: &mut String, depth: u32) {
    if let Some(o) = p.objects.get(obj.0 as usize) {
        if !o.pkg.is_empty() && o.name != "error" && o.name != "any" && o.name != "comparable" {
            s.push_str(o.pkg.rsplit('/').next().unwrap_or(&o.pkg));
            s.push('.');
        }
        s.push_str(&o.name);
    }
    if !targs.is_empty() {
        s.push('[');
        for (i, a) in targs.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            write_type(p, *a, s, depth + 1);
        }
        s.push(']');
    }
}

/// `struct { A int; B string "tag" }` (an embedded field shows its type only).
fn write_struct(p: &Program, fields: &[StructField], s: &mut String, depth: u32) {
    s.push_str("struct {");
    for (i, f) in fields.iter().enumerate() {
        s.push_str(if i == 0 { " " } else { "; " });
        if !f.embedded {
            s.push_str(&f.name);
            s.push(' ');
        }
        write_type(p, f.ty, s, depth + 1);
        if let Some(tag) = &f.tag {
            s.push(' ');
            s.push_str(&crate::golang::stdlib::strconv::quote(tag.as_bytes()));
        }
    }
    s.push_str(if fields.is_empty() { "}" } else { " }" });
}

/// `interface {}`, or `interface { M(int) string; N() }`.
fn write_interface(p: &Program, methods: &[(String, TypeId)], s: &mut String, depth: u32) {
    if methods.is_empty() {
        s.push_str("interface {}");
        return;
    }
    s.push_str("interface {");
    for (i, (name, mt)) in methods.iter().enumerate() {
        s.push_str(if i == 0 { " " } else { "; " });
        s.push_str(name);
        if let Some(Type::Func(sig)) = p.types.types.get(mt.0 as usize) {
            write_sig(p, sig, s, depth);
        }
    }
    s.push_str(" }");
}

/// A signature after `func` or a method name: `(int, ...string) (bool, error)`.
fn write_sig(p: &Program, sig: &Signature, s: &mut String, depth: u32) {
    s.push('(');
    for (i, t) in sig.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if sig.variadic && i + 1 == sig.params.len() {
            s.push_str("...");
            match p.types.types.get(t.0 as usize) {
                Some(Type::Slice(e)) => write_type(p, *e, s, depth + 1),
                _ => write_type(p, *t, s, depth + 1),
            }
        } else {
            write_type(p, *t, s, depth + 1);
        }
    }
    s.push(')');
    match sig.results.len() {
        0 => {}
        1 => {
            s.push(' ');
            write_type(p, sig.results[0], s, depth + 1);
        }
        _ => {
            s.push_str(" (");
            write_list(p, &sig.results, s, depth);
            s.push(')');
        }
    }
}
