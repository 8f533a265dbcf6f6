//! Scopes (universe → package → file → function blocks) and the universe's predeclared
//! objects: basic types, `byte`/`rune`/`any` aliases, `error`, `comparable`, `true`/`false`,
//! `iota`, `nil` and the builtin functions.

use super::table::{basic, ANY, BASICS, INVALID};
use super::{Basic, Builtin, Const, ObjId, ObjKind, Object, Signature, Type, TypeTable};
use super::{NamedInfo, Pos};
use std::collections::HashMap;

/// A scope: names declared directly in it and its parent.
#[derive(Clone, Debug, Default)]
pub(crate) struct Scope {
    pub parent: Option<usize>,
    pub names: HashMap<String, ObjId>,
}

/// The universe's objects the checker needs by name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Universe {
    pub iota: ObjId,
    pub nil: ObjId,
}

fn add(objs: &mut Vec<Object>, scope: &mut Scope, name: &str, kind: ObjKind, ty: super::TypeId) -> ObjId {
    let id = ObjId(objs.len() as u32);
    objs.push(Object { name: name.into(), kind, ty, pkg: String::new(), pos: Pos::default() });
    scope.names.insert(name.into(), id);
    id
}

const BUILTINS: [(&str, Builtin); 18] = [
    ("append", Builtin::Append),
    ("cap", Builtin::Cap),
    ("clear", Builtin::Clear),
    ("close", Builtin::Close),
    ("complex", Builtin::Complex),
    ("copy", Builtin::Copy),
    ("delete", Builtin::Delete),
    ("imag", Builtin::Imag),
    ("len", Builtin::Len),
    ("make", Builtin::Make),
    ("max", Builtin::Max),
    ("min", Builtin::Min),
    ("new", Builtin::New),
    ("panic", Builtin::Panic),
    ("print", Builtin::Print),
    ("println", Builtin::Println),
    ("real", Builtin::Real),
    ("recover", Builtin::Recover),
];

/// Builds the universe scope into `objs` and `tt`.
pub(crate) fn universe(objs: &mut Vec<Object>, tt: &mut TypeTable) -> (Scope, Universe) {
    let mut s = Scope::default();
    for b in BASICS {
        let name = super::table::basic_name(b);
        if !name.contains(' ') && !name.contains('.') {
            add(objs, &mut s, name, ObjKind::TypeName, basic(b));
        }
    }
    add(objs, &mut s, "byte", ObjKind::TypeName, basic(Basic::Uint8));
    add(objs, &mut s, "rune", ObjKind::TypeName, basic(Basic::Int32));
    add(objs, &mut s, "any", ObjKind::TypeName, ANY);
    let error = named(objs, tt, &mut s, "error");
    let string = basic(Basic::String);
    let err_sig = tt.intern(Type::Func(Signature { params: vec![], results: vec![string], variadic: false }));
    let err_iface =
        tt.intern(Type::Interface { methods: vec![("Error".into(), err_sig)], terms: vec![], comparable: false });
    tt.named.insert(error, NamedInfo { underlying: Some(err_iface), ..Default::default() });
    let comparable = named(objs, tt, &mut s, "comparable");
    let comp_iface = tt.intern(Type::Interface { methods: vec![], terms: vec![], comparable: true });
    tt.named.insert(comparable, NamedInfo { underlying: Some(comp_iface), ..Default::default() });
    let ub = basic(Basic::UntypedBool);
    add(objs, &mut s, "true", ObjKind::Const(Const::Bool(true)), ub);
    add(objs, &mut s, "false", ObjKind::Const(Const::Bool(false)), ub);
    let iota = add(objs, &mut s, "iota", ObjKind::Const(Const::Int(0)), basic(Basic::UntypedInt));
    let nil = add(objs, &mut s, "nil", ObjKind::Nil, basic(Basic::UntypedNil));
    for (name, b) in BUILTINS {
        add(objs, &mut s, name, ObjKind::Builtin(b), INVALID);
    }
    let _ = (error, comparable);
    (s, Universe { iota, nil })
}

fn named(objs: &mut Vec<Object>, tt: &mut TypeTable, s: &mut Scope, name: &str) -> ObjId {
    let id = ObjId(objs.len() as u32);
    let ty = tt.intern(Type::Named { obj: id, targs: vec![] });
    add(objs, s, name, ObjKind::TypeName, ty);
    id
}
