//! The Go syntax tree: what the parser builds and the type checker and compiler read.
//!
//! Every expression, identifier and type-switch clause carries a [`NodeId`], unique within a
//! [`File`] (numbered by the parser from 0, `File::node_count` of them), so later stages keep
//! side tables (`types::Info`) in vectors indexed by id instead of annotating the tree. Every
//! node carries the [`Pos`] Go's error messages use (line and byte column, both from 1).
//! Types are expressions (`[]int`, `map[K]V`, `*T`, `chan<- T`...), as in `go/ast`: whether an
//! expression denotes a type or a value is the checker's business.

/// A source position: line and column (bytes, 1-based), as Go's compiler prints them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// An id for expressions, identifiers and type-switch clauses, dense from 0 within a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

/// A source file: `package`, imports, top-level declarations.
#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    /// The Go version of a `//go:build go1.N` line before `package` (e.g. `(1, 21)`), as
    /// go/build/constraint's `GoVersion` computes it (`go1.21 && linux` is 1.21, `!go1.22`
    /// none): before 1.22 loop variables are shared by all iterations. Go's checker uses
    /// the larger of this and go1.21.
    pub go_version: Option<(u32, u32)>,
    /// How many [`NodeId`]s the parser handed out.
    pub node_count: u32,
}

/// `import name "path"`; `name` is `_`, `.` or an identifier when given.
#[derive(Clone, Debug)]
pub struct Import {
    pub pos: Pos,
    pub name: Option<Ident>,
    /// The path, unquoted (`golang.org/x/sync/errgroup`).
    pub path: String,
    pub path_pos: Pos,
}

/// A name where it is written (a declaration, a label, a selector's right side...).
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub id: NodeId,
    pub pos: Pos,
    pub name: String,
}

/// A top-level or block-level declaration.
#[derive(Clone, Debug)]
// A file has few declarations; boxing `FuncDecl` would only add a pointer chase.
#[allow(clippy::large_enum_variant)]
pub enum Decl {
    Var(Vec<VarSpec>),
    /// Const specs in order; a spec with no type and no values repeats the previous spec's
    /// (with its own `iota`), which the checker resolves.
    Const(Vec<ConstSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// The spec's index in its `const (...)` group: the value of `iota`.
    pub iota: u32,
}

/// `type Name[TParams] T` or the alias `type Name = T`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub pos: Pos,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub alias: bool,
    pub ty: Expr,
}

/// `func (recv) Name[TParams](params) results { body }`; no body for functions bound to
/// natives (standard-library stubs). `pos` (and `ty.pos`) is the `func` keyword; the type
/// parameters are in `ty.type_params`.
#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub pos: Pos,
    pub recv: Option<Field>,
    pub name: Ident,
    pub ty: FuncType,
    pub body: Option<Block>,
}

/// A parameter, result, struct field, or type parameter group: `a, b int`, an embedded
/// field `*T` (no names), or an unnamed parameter `int`.
#[derive(Clone, Debug)]
pub struct Field {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// A struct field's tag, unquoted.
    pub tag: Option<String>,
}

/// A function's signature. A variadic last parameter has type [`ExprKind::Ellipsis`].
#[derive(Clone, Debug)]
pub struct FuncType {
    pub pos: Pos,
    pub type_params: Vec<Field>,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

/// An expression or type. `pos` is where it starts (Go's `StartPos`, which its error
/// messages use): a call, selector, index or binary expression is at its left operand; a
/// unary expression, `*x`, a literal, a type at its first token; a composite literal at its
/// type (at `{` when elided).
#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A name used as an operand or a type (`x`, `int`, `fmt` in `fmt.Println`).
    Name(String),
    BasicLit(Lit),
    /// `T{...}`; `ty` is `None` for an elided type inside another composite literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        rbrace: Pos,
    },
    FuncLit {
        ty: FuncType,
        body: Block,
    },
    /// `(x)`, kept where Go's parser keeps it (around operands in expressions); parentheses
    /// around types (`(*T)`, `chan (<-chan int)`) are dropped.
    Paren(Box<Expr>),
    /// `x.sel`: a field, a method, or a package member (`fmt.Println`).
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or a generic instantiation `F[int, string]` (several indices).
    Index(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` for the three-index form).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `None` is `x.(type)` (only as a type switch's guard).
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// `f(args)` or `f(args...)` (`ellipsis` is where the `...` is).
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: Option<Pos>,
    },
    /// `*x`: a dereference, or a pointer type.
    Star(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary {
        op: BinOp,
        op_pos: Pos,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `[N]T`, `[...]T` (len [`ArrayLen::Auto`]) or the slice type `[]T` (len `None`).
    ArrayType {
        len: Option<ArrayLen>,
        elem: Box<Expr>,
    },
    StructType(Vec<Field>),
    FuncType(FuncType),
    /// `interface{...}`. A type parameter's constraint written as a union or with `~`
    /// (`[T ~int | string]`, `[S ~[]E]`) is an implicit interface: an `InterfaceType` with
    /// one `Union` element, positioned at the constraint; a plain constraint (`[T any]`,
    /// `[T int]`) stays as written. `~x` in an ordinary expression is also such a one-term
    /// interface, positioned at `~` (Go: `cannot use ~ outside of interface or type constraint`).
    InterfaceType(Vec<InterfaceElem>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    /// `...T` as a variadic parameter's type.
    Ellipsis(Box<Expr>),
}

#[derive(Clone, Debug)]
pub enum ArrayLen {
    Expr(Box<Expr>),
    /// `[...]T{...}`: the length is the literal's.
    Auto,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

/// A literal as written; the checker computes its exact value.
#[derive(Clone, Debug, PartialEq)]
pub struct Lit {
    pub kind: LitKind,
    /// The token's text as in the source (`0x1F`, `1_000`, `'\n'`, `"a\tb"`, a raw string).
    pub raw: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// An interface element: a method, or an embedded type or union (`~int | ~string`).
#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        ty: FuncType,
    },
    /// One or more terms joined by `|`; a single plain term is an embedded interface.
    Union(Vec<TypeTerm>),
}

#[derive(Clone, Debug)]
pub struct TypeTerm {
    pub tilde: bool,
    pub ty: Expr,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub lbrace: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

/// A statement. `pos` is its first token, except for assignments (`=`, `:=`, `op=`),
/// `x++`/`x--` and sends, which are at their operator as in Go's tree (Go reports `no new
/// variables on left side of :=` there; the left side's start is `lhs[0].pos`). A labeled
/// statement is at its label; a `Range` at `for`.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, ...
    Op(BinOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Decl(Decl),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    /// `go f(x)`: the expression is a call.
    Go(Expr),
    /// `defer f(x)`: the expression is a call.
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    /// `els` is an `If` or a `Block` statement.
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    /// `switch bind := x.(type) { ... }`; `x` is the operand of `.(type)`, not the assertion.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<TypeCaseClause>,
        rbrace: Pos,
    },
    Select {
        clauses: Vec<CommClause>,
        rbrace: Pos,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x` (`define`), `for k, v = range x`, `for range x`. With `define`,
    /// `key` and `value` are `Name` expressions declaring the variables.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

/// `case a, b:` (or `default:` when `exprs` is `None`) and its statements.
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
}

/// A type switch clause; `id` names the clause's implicit variable (when the switch binds one).
/// In `types`, `nil` in the list is the `Name("nil")` expression.
#[derive(Clone, Debug)]
pub struct TypeCaseClause {
    pub id: NodeId,
    pub pos: Pos,
    pub types: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
}

/// `case <comm>:` of a select (`default:` when `comm` is `None`); `comm` is a `Send`, an
/// `Expr` receive, or an `Assign` (`=` or `:=`) whose right side is a receive.
#[derive(Clone, Debug)]
pub struct CommClause {
    pub pos: Pos,
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}
