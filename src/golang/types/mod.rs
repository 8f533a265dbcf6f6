//! The type checker: Go's rules and Go 1.27's error messages; its results are what the
//! compiler reads (this file is the contract between `types` and `compile`).
//!
//! Entry: [`check_program`] takes the parsed main-package files, loads the standard packages
//! they import (from [`crate::golang::stdlib::package_files`]), and returns a [`Checked`]:
//! one [`TypeTable`], every [`Object`], every file (main and standard) with its [`Info`], and
//! the packages in initialisation order with their variables' initialisation order.
//!
//! Notes for the compiler:
//! - `Info::types` holds every expression's type. For a constant expression only the
//!   outermost node's entry is final (value and type after implicit conversion, e.g. `1` in
//!   `var x float64 = 1` is recorded as `float64` `Float(1.0)`): use `value` when it is set
//!   and do not descend. A non-constant untyped expression (`1 << s`, `a == b`) has its final
//!   type recorded on each node.
//! - A type's underlying type: [`TypeTable::underlying`] (instances of generic types are
//!   substituted). Generic functions: substitute with [`TypeTable::subst`].
//! - `Info::conversions` marks calls `T(x)` that are conversions (by the call's `NodeId`).
//! - `Info::builtins` marks calls of builtins (`len`, `append`...) with the builtin.
//!   `new(x)` accepts a value as well as a type (Go 1.26): the argument's entry in
//!   `Info::types` says which (`Mode::TypeExpr` or a value).
//! - No untyped type reaches `Info::types` except `untyped nil` where nothing gave it a type;
//!   `nil` converted to a pointer, slice, map, channel, function or interface is recorded with
//!   that type.
//! - A composite literal inside another with its type elided (`[]*P{{1, 2}}`) is recorded
//!   with the element type; when that is a pointer `*T`, the literal means `&T{...}`.
//! - Functions and methods are `ObjKind::Func`; `body: false` is a native (bound by
//!   `fmt.Println`, `(*sync.Mutex).Lock` from the object's `pkg`, name and receiver). A
//!   method's `recv` is its receiver type (`T` or `*T`; for a generic type `List[T]` with the
//!   type's own parameters) and its `ty` the signature without the receiver.
//! - `Selection::Method` with `iface: true` names a synthetic `Func` object whose `recv` is
//!   the interface type: only its name matters (dynamic dispatch). A method called on a value
//!   of type-parameter type is such a selection too (the constraint's method): after
//!   substitution, dispatch on the concrete type's method set.
//! - Errors: at most ten then `too many errors` (Go's order and limit). The parser's
//!   non-fatal errors (lexical and branch errors, `syntax::parse_file_partial`) go first via
//!   [`check_program_after`]. Branch validity (labels, `goto`, `break`, `fallthrough`) is the
//!   parser's; the checker only resolves labels. An error with line 0 has no position (the
//!   linker's `function main is undeclared`, go run's `not a main package`). An error with
//!   `go_command` set (a bad import path) is the go command's: print it alone, without
//!   `# command-line-arguments`. Print the errors as returned: the limit is applied.
//! - A type parameter is a `TypeName` object whose type is `Type::TypeParam`; its constraint
//!   is `table.named[&obj].underlying`. A method of a generic type uses the type's own
//!   parameter objects (`table.named[&type].type_params`) whatever names its receiver gives
//!   them (`func (l *List[U]) Push(v U)`): to compile it for `List[int]`, substitute those
//!   with the instance's `targs`. `Info::instances` has each use of a generic function
//!   (by the callee's `Name`/`Selector` node when inferred, the `Index` node when explicit).
//! - A type switch's clauses each have an implicit variable (`Info::implicits`) of the case's
//!   type when the clause lists one type, else of the switched expression's type.
//! - `v, ok := m[k]` / `<-ch` / `x.(T)`: the right side's mode is `MapIndex` or `CommaOk`.
//! - `byte` and `rune` are `uint8` and `int32` (same ids); `any` is the empty interface.
//!
//! Types are interned in a [`TypeTable`] and named by [`TypeId`]; two structurally identical
//! unnamed types get the same id, so type identity is id equality. Declared objects (variables,
//! constants, functions, type names, packages, labels) live in [`Checked::objects`], named
//! by [`ObjId`]. Standard files are named `path/file.go` (`fmt/print.go`). Every side table is indexed by the syntax tree's `NodeId` of one file (a program
//! of several packages has one [`Info`] per file, sharing one `TypeTable` and object list).

use super::syntax::ast::{self, ChanDir, NodeId, Pos};
use std::collections::HashMap;

mod assign;
mod bigfloat;
mod bigint;
mod binary;
mod builtins;
mod call;
mod check;
mod compare;
mod composite;
mod constant;
mod control;
mod decls;
mod expr;
mod func_body;
mod generics;
mod index;
mod infer;
mod literal;
mod local_decl;
mod lookup;
mod methods;
mod names;
mod operand;
mod printer;
mod range;
mod represent;
mod scope;
mod std_cache;
mod std_list;
mod stmt;
mod struct_iface;
mod switch;
mod table;
mod terminating;
#[cfg(test)]
mod tests;
mod type_writer;
mod typexpr;
mod unary;
mod untyped;
mod var_decl;

pub use check::{check_after, check_program, check_program_after, check_with, std_loader, Loader};
pub use std_cache::{check_after_cached, preparse};

/// A type error as Go's compiler reports it (`./main.go:12:5: declared and not used: x`).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeError {
    pub pos: Pos,
    pub msg: String,
    /// The file's name (`main.go`).
    pub file: String,
    /// The go command's own error (a bad import path), not the compiler's: `go run` prints
    /// it alone, as `main.go:3:8: package foo/bar is not in std (...)` (no `./`, no
    /// `# command-line-arguments` header).
    pub go_command: bool,
}

impl TypeError {
    /// A compiler error at `pos` in `file`.
    pub fn new(file: &str, pos: Pos, msg: impl Into<String>) -> TypeError {
        TypeError { pos, msg: msg.into(), file: file.into(), go_command: false }
    }
}

/// `./main.go:L:C: msg`; an error without a position (line 0) is the message alone (the
/// linker's `runtime.main_main·f: function main is undeclared in the main package`).
impl std::fmt::Display for TypeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.pos.line == 0 {
            return write!(f, "{}", self.msg);
        }
        if self.go_command {
            return write!(f, "{}:{}:{}: {}", self.file, self.pos.line, self.pos.col, self.msg);
        }
        write!(f, "./{}:{}:{}: {}", self.file, self.pos.line, self.pos.col, self.msg)
    }
}

/// A checked program: everything the compiler needs.
#[derive(Debug)]
pub struct Checked {
    pub table: TypeTable,
    pub objects: Vec<Object>,
    /// Every file: the main files first (in the order given), then the standard packages'.
    pub files: Vec<CheckedFile>,
    /// Packages in initialisation order (imports before importers); `main` is last.
    pub packages: Vec<Package>,
}

/// One checked file.
#[derive(Debug)]
pub struct CheckedFile {
    pub name: String,
    pub ast: std::rc::Rc<ast::File>,
    pub info: std::rc::Rc<Info>,
    /// Index into [`Checked::packages`].
    pub package: usize,
}

/// One package: its files and how it initialises.
#[derive(Debug)]
pub struct Package {
    /// The import path (`main`, `fmt`, `golang.org/x/sync/errgroup`).
    pub path: String,
    /// Indices into [`Checked::files`].
    pub files: Vec<usize>,
    /// Package-level variable initialisations in Go's order (by dependency, then declaration).
    pub init_order: Vec<Initializer>,
    /// The package's `init` functions in source order.
    pub inits: Vec<ObjId>,
    /// `main.main` (for the main package).
    pub main: Option<ObjId>,
}

/// `var a, b = x, y` or `var a, b = f()` at package level: the variables (`None` for `_`)
/// and where the spec is: `files[file].ast.decls[decl]` is a `Decl::Var`, `spec` its index.
#[derive(Clone, Debug)]
pub struct Initializer {
    pub file: usize,
    pub decl: usize,
    pub spec: usize,
    pub lhs: Vec<Option<ObjId>>,
}

/// An interned type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

/// A declared object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(Basic),
    /// A defined type (`type Celsius float64`, `sync.Mutex`, an instantiated generic type):
    /// `obj` is its type name; `targs` are the type arguments of an instance.
    Named {
        obj: ObjId,
        targs: Vec<TypeId>,
    },
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<StructField>),
    Func(Signature),
    /// Methods sorted by name (embedded interfaces flattened); `terms` is the type set of a
    /// constraint (`~int | string`), empty for a basic interface.
    Interface {
        methods: Vec<(String, TypeId)>,
        terms: Vec<(bool, TypeId)>,
        comparable: bool,
    },
    /// The types of a multi-value call.
    Tuple(Vec<TypeId>),
    /// A type parameter of a generic function or type (`obj` is its type name).
    TypeParam {
        obj: ObjId,
        index: u32,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    /// The package path of an unexported field's package (field identity), empty if exported.
    pub pkg: String,
    /// The field's tag, unquoted (part of the struct type's identity).
    pub tag: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T` (its type here is `[]T`).
    pub variadic: bool,
}

/// A constant's exact value (untyped arithmetic is exact; typed values fit their type).
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    /// Exact integer (i128 covers every typed integer; untyped beyond it is an overflow error).
    Int(i128),
    Float(f64),
    Complex(f64, f64),
    String(Vec<u8>),
}

/// What a declared name is.
#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable: global (package-level), local, parameter, result, or a type switch's
    /// implicit variable. `captured` is set when a closure refers to it, `addressed` when its
    /// address is taken: the compiler gives such a variable a heap cell.
    Var {
        global: bool,
        captured: bool,
        addressed: bool,
    },
    Const(Const),
    TypeName,
    /// A function or method; `body` is false for a native-bound stub.
    Func {
        recv: Option<TypeId>,
        body: bool,
    },
    Package(String),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// The package path (`main`, `fmt`, `golang.org/x/sync/errgroup`).
    pub pkg: String,
    pub pos: Pos,
}

/// A checked expression: its type, its constant value if it is one, and whether it denotes a
/// type, a value, a builtin, or nothing (a call of a function with no results).
#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: TypeId,
    pub value: Option<Const>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    Variable,
    /// A map index expression (`m[k]`): assignable, comma-ok capable, not addressable.
    MapIndex,
    Value,
    /// A receive or type assertion that may be used with comma-ok.
    CommaOk,
}

/// `x.f` resolved.
#[derive(Clone, Debug)]
pub enum Selection {
    /// A struct field; `path` are the field indices through embedded fields, `indirect` if a
    /// pointer is followed on the way.
    Field { path: Vec<u32>, indirect: bool },
    /// `x.M` bound to `x` (a method value, or the callee of a method call). `path` reaches the
    /// embedded receiver; `func` is the method; `addr`/`deref` say whether `&x` or `*x` is
    /// taken for the receiver; `iface` if `x` (after `path`) is an interface.
    Method { path: Vec<u32>, func: ObjId, addr: bool, deref: bool, iface: bool },
    /// `T.M` or `(*T).M`: a method expression, a function taking the receiver first.
    MethodExpr { func: ObjId },
    /// `pkg.Name`.
    Qualified(ObjId),
}

/// Everything the checker learned about one file.
#[derive(Clone, Debug, Default)]
pub struct Info {
    /// By expression `NodeId`.
    pub types: HashMap<NodeId, TypeAndValue>,
    /// Names being declared (idents in declarations, `:=` left sides that are new, params):
    /// by the `Ident`'s `NodeId`.
    pub defs: HashMap<NodeId, ObjId>,
    /// Names used (a `Name` expression or a label) by its `NodeId`.
    pub uses: HashMap<NodeId, ObjId>,
    /// Selector expressions by the selector's `NodeId`.
    pub selections: HashMap<NodeId, Selection>,
    /// Type switch clauses' implicit variables by the clause's `NodeId`.
    pub implicits: HashMap<NodeId, ObjId>,
    /// Generic function uses (a `Name`, `Selector` or `Index` expression) by `NodeId`:
    /// the function and its inferred or explicit type arguments.
    pub instances: HashMap<NodeId, (ObjId, Vec<TypeId>)>,
    /// Calls `T(x)` that are conversions, by the call's `NodeId`: the target type.
    pub conversions: HashMap<NodeId, TypeId>,
    /// Calls of builtins (`len(x)`, `append(s, v...)`), by the call's `NodeId`.
    pub builtins: HashMap<NodeId, Builtin>,
}

/// Every type, interned.
#[derive(Clone, Debug, Default)]
pub struct TypeTable {
    pub types: Vec<Type>,
    pub index: HashMap<Type, TypeId>,
    /// A named type's underlying type and methods (by the type name's `ObjId`).
    pub named: HashMap<ObjId, NamedInfo>,
    /// Instances of generic types (`List[int]`): their substituted underlying type.
    pub inst_underlying: HashMap<TypeId, TypeId>,
    /// How deeply instantiations are nested right now (a guard against instantiation
    /// cycles, `type T[P any] struct{ f *T[[]P] }`, which the checker rejects).
    pub inst_depth: u32,
    /// Set when that guard stopped an instantiation (the checker then rejects the program).
    pub inst_overflow: bool,
}

#[derive(Clone, Debug, Default)]
pub struct NamedInfo {
    pub underlying: Option<TypeId>,
    /// Methods declared on the type (value and pointer receivers), by name.
    pub methods: Vec<(String, ObjId)>,
    pub type_params: Vec<ObjId>,
}
